"""A batch saved by the previous release (schema 1, written by commit d8394eb) opens and migrates.

``data/schema1_batch.sqlite3`` was written by that release's own code
(``data/make_schema1_batch.py``): two reports, edits of every kind, cells the
extractor left 空 and an undo back to 空 in the audit trail.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from lawgov_desktop.core.review import CellStatus, ReportFact, ReportStatus
from lawgov_desktop.store import BatchStore
from lawgov_desktop.store.schema import SCHEMA_VERSION

SCHEMA1 = Path(__file__).parent / "data" / "schema1_batch.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def old_batch(tmp_path) -> Path:
    target = tmp_path / "batch.sqlite3"
    shutil.copyfile(SCHEMA1, target)
    return target


def test_the_file_really_is_schema_1_with_empty_cells():
    connection = sqlite3.connect(f"{SCHEMA1.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert connection.execute("PRAGMA user_version").fetchone() == (1,)
    assert connection.execute("SELECT COUNT(*) FROM cells WHERE status = '空'").fetchone() == (3,)
    assert connection.execute("SELECT COUNT(*) FROM audit WHERE '空' IN (old_status, new_status)").fetchone() == (3,)
    connection.close()


def test_it_opens_for_review_and_every_empty_cell_is_not_mentioned(old_batch):
    with BatchStore(old_batch) as store:
        assert store.recovery_message is None
        (batch,) = store.batches()
        assert batch.name == "2024年度报告" and batch.report_count == 2
        first, second = store.reviewed_reports(batch.id)
        assert first.cell("gov_meetings").status is CellStatus.CONFIRMED
        assert first.cell("reconsideration_cases").value == 46
        assert first.cell("reconsideration_cases").note == "以台账为准"
        assert first.cell("legal_aid_cases").status is CellStatus.ABSENT
        assert first.cell("mediation_disputes").status is CellStatus.NOT_MENTIONED
        assert second.cell("mediation_disputes").status is CellStatus.NOT_MENTIONED
        assert first.status is ReportStatus.IN_REVIEW and first.pending_cells == 4
        trail = store.audit_trail(second.report_id)
        assert [(e.old_status, e.new_status) for e in trail] == [
            (CellStatus.NOT_MENTIONED, CellStatus.CORRECTED), (CellStatus.CORRECTED, CellStatus.NOT_MENTIONED)]
        # schema 2's facts work on a migrated report
        store.reviewer = "李审核"
        store.set_fact(first.report_id, ReportFact.YEAR, 2023)
        assert store.reviewed_report(first.report_id).metadata.year == 2023
    connection = sqlite3.connect(old_batch)
    assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert connection.execute("SELECT COUNT(*) FROM cells WHERE status = '空'").fetchone() == (0,)
    connection.close()


def test_it_is_read_for_export_without_being_written(old_batch):
    before = _digest(old_batch)
    with BatchStore(old_batch, read_only=True) as store:
        reports = store.reviewed_reports(store.batches()[0].id)
        assert [r.cell("mediation_disputes").status for r in reports] == [CellStatus.NOT_MENTIONED] * 2
    assert _digest(old_batch) == before
    assert sorted(p.name for p in old_batch.parent.iterdir()) == ["batch.sqlite3"]
