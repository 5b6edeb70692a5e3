"""The batch database: what goes in comes back, edits are kept with their history."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from invented_reports import INDICATOR_IDS, TEXT, failed_report, make_report
from lawgov_desktop import paths
from lawgov_desktop.core.review import CellStatus, ReportStatus
from lawgov_desktop.core.types import FOUND_BY_GRAMMAR, FOUND_BY_PHRASING, Evidence
from lawgov_desktop.store import BatchStore
from lawgov_desktop.store.codec import indicator_from_json, indicator_to_json
from lawgov_desktop.store.schema import SCHEMA_VERSION


@pytest.fixture
def store(tmp_path):
    with BatchStore(tmp_path / "batch.sqlite3", reviewer="张审核") as opened:
        opened.create_batch("测试批次")
        yield opened


def test_default_location_is_the_user_data_dir(isolated_user_dirs):
    with BatchStore() as store:
        assert store.path == paths.database_file()
        assert store.path.is_relative_to(isolated_user_dirs)


def test_database_is_wal_with_full_sync_and_current_schema(store):
    connection = sqlite3.connect(store.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_added_report_comes_back_as_reviewed_cells(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    [reviewed] = store.reviewed_reports()
    assert reviewed.report_id == report_id
    assert reviewed.metadata.region == "青禾县" and reviewed.metadata.year == 2024
    assert [c.indicator_id for c in reviewed.cells] == INDICATOR_IDS
    meetings = reviewed.cell("gov_meetings")
    assert (meetings.value, meetings.unit, meetings.status) == (12, "次", CellStatus.AUTO)
    assert TEXT[meetings.evidence.start:meetings.evidence.end] == meetings.evidence.text
    assert reviewed.cell("enforcement_staff_certified").approx is True
    assert reviewed.cell("legal_aid_cases").status is CellStatus.NOT_MENTIONED
    assert reviewed.status is ReportStatus.PENDING
    assert reviewed.findings[0].severity == "警告"
    assert store.document_text(report_id) == TEXT


def test_values_keep_their_python_type(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    reviewed = store.reviewed_report(report_id)
    assert isinstance(reviewed.cell("reconsideration_cases").value, int)
    assert isinstance(reviewed.cell("reconsideration_completion_rate").value, float)


def test_alternatives_survive_for_the_editor(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    alternatives = store.extraction(report_id)["gov_meetings"].alternatives
    assert [a.value for a in alternatives] == [13]


def test_which_reader_found_a_value_survives_the_store(store):
    report = make_report()
    inferred = replace(report.indicators[0], found_by=FOUND_BY_PHRASING)
    report_id = store.add_report(replace(report, indicators=(inferred,) + report.indicators[1:]), INDICATOR_IDS)
    found_by = {i: v.found_by for i, v in store.extraction(report_id).items() if v.value is not None}
    assert found_by[inferred.id] == FOUND_BY_PHRASING
    assert {v for i, v in found_by.items() if i != inferred.id} == {FOUND_BY_GRAMMAR}


def test_a_value_stored_before_the_reader_was_kept_reads_as_the_grammars():
    data = indicator_to_json(make_report().indicators[0])
    del data["found_by"]
    assert indicator_from_json(data).found_by == FOUND_BY_GRAMMAR


def test_same_text_under_another_name_is_recognised_not_added(store):
    first = store.add_report(make_report("/a/青禾县.txt"), INDICATOR_IDS)
    assert store.last_add_was_duplicate is False
    second = store.add_report(make_report("/b/复制的报告.txt"), INDICATOR_IDS)
    assert second == first and store.last_add_was_duplicate is True
    assert store.aliases(first) == ["/b/复制的报告.txt"]
    assert len(store.reviewed_reports()) == 1
    assert store.reviewed_reports()[0].extra["duplicates"] == "/b/复制的报告.txt"


def test_same_text_in_another_batch_is_a_separate_report(store):
    first = store.add_report(make_report(), INDICATOR_IDS)
    other_batch = store.create_batch("另一批")
    assert store.add_report(make_report(), INDICATOR_IDS, other_batch) != first


def test_failed_file_is_kept_with_its_message_and_no_cells(store):
    report_id = store.add_report(failed_report(), INDICATOR_IDS)
    reviewed = store.reviewed_report(report_id)
    assert reviewed.errors == ("《坏文件.pdf》没有可提取的文字",)
    assert reviewed.cells == () and reviewed.status is ReportStatus.UNREVIEWED
    assert store.add_report(failed_report(), INDICATOR_IDS) == report_id


def test_update_cell_changes_value_and_writes_the_audit_trail(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    evidence = Evidence(0, 4, "青禾县人")
    cell = store.update_cell(report_id, "gov_meetings", 13, CellStatus.CORRECTED, "报告原文笔误", evidence)
    assert (cell.value, cell.status, cell.note, cell.evidence) == (13, CellStatus.CORRECTED, "报告原文笔误", evidence)
    assert cell.reviewer == "张审核" and cell.changed_at
    [entry] = store.audit_trail(report_id)
    assert (entry.old_value, entry.new_value) == (12, 13)
    assert (entry.old_status, entry.new_status) == (CellStatus.AUTO, CellStatus.CORRECTED)
    assert (entry.note, entry.reviewer, entry.indicator_id) == ("报告原文笔误", "张审核", "gov_meetings")


def test_update_cell_keeps_evidence_unless_given(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    before = store.cell(report_id, "gov_meetings").evidence
    assert store.update_cell(report_id, "gov_meetings", 12, CellStatus.CONFIRMED).evidence == before
    assert store.update_cell(report_id, "gov_meetings", None, CellStatus.ABSENT, evidence=None).evidence is None


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ({}, ReportStatus.PENDING),
        ({"gov_meetings": CellStatus.CONFIRMED}, ReportStatus.IN_REVIEW),
        ({i: CellStatus.CONFIRMED for i in INDICATOR_IDS[:-2]}
         | {"legal_aid_cases": CellStatus.ABSENT, "mediation_disputes": CellStatus.CORRECTED}, ReportStatus.DONE),
    ],
)
def test_report_status_follows_the_cells(store, statuses, expected):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    for indicator_id, status in statuses.items():
        store.update_cell(report_id, indicator_id, 1, status)
    assert store.reviewed_report(report_id).status is expected


def test_edits_survive_closing_and_reopening(tmp_path):
    path = tmp_path / "batch.sqlite3"
    with BatchStore(path) as store:
        batch = store.create_batch("一")
        report_id = store.add_report(make_report(), INDICATOR_IDS)
        store.update_cell(report_id, "reconsideration_cases", 46, CellStatus.CORRECTED, "复核台账")
    with BatchStore(path) as store:
        assert [b.name for b in store.recent_batches()] == ["一"]
        store.open_batch(batch)
        cell = store.reviewed_reports()[0].cell("reconsideration_cases")
        assert (cell.value, cell.status, cell.note) == (46, CellStatus.CORRECTED, "复核台账")


def test_recent_batches_most_recently_opened_first(store):
    second = store.create_batch("第二批")
    store.open_batch(store.batch_named("测试批次"))
    assert [b.name for b in store.recent_batches()] == ["测试批次", "第二批"]
    assert store.batch(second).report_count == 0


def test_corrupt_database_is_moved_aside_and_a_fresh_one_started(tmp_path):
    path = tmp_path / "batch.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with BatchStore(path) as store:
        assert store.recovery_message and "已损坏" in store.recovery_message
        store.create_batch("新批次")
    moved = list(tmp_path.glob("batch.sqlite3.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not")
    assert moved[0].name in store.recovery_message


def test_backup_copies_after_edits_only(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    assert store.backups.backup_if_due(force=True) is None  # nothing edited yet
    store.update_cell(report_id, "gov_meetings", 12, CellStatus.CONFIRMED)
    assert store.backups.backup_if_due() is None  # interval not reached
    copy = store.backups.backup_if_due(force=True)
    copied = sqlite3.connect(copy).execute("SELECT status FROM cells WHERE indicator_id='gov_meetings'").fetchone()
    assert copied == ("已确认",)
