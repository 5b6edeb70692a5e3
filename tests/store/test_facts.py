"""The report facts (地区, 年度, 报告主体, 发布日期): corrected by the reviewer, audited, undone."""
from __future__ import annotations

import pytest

from invented_reports import INDICATOR_IDS, make_report
from lawgov_desktop.core.review import CellStatus, ReportFact
from lawgov_desktop.store import BatchStore


@pytest.fixture
def store(tmp_path):
    with BatchStore(tmp_path / "batch.sqlite3", reviewer="王审核") as opened:
        opened.create_batch("测试批次")
        yield opened


def test_a_corrected_fact_replaces_the_extracted_one_and_is_audited(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    store.set_fact(report_id, ReportFact.PUBLISH_DATE, "2025-03-01", audit_note="以门户网站发布时间为准")
    reviewed = store.reviewed_report(report_id)
    assert reviewed.metadata.publish_date == "2025-03-01"
    assert reviewed.metadata.region == "青禾县"  # the others stay as extracted
    assert reviewed.corrected_facts == (ReportFact.PUBLISH_DATE,)
    (entry,) = store.audit_trail(report_id)
    assert entry.fact is ReportFact.PUBLISH_DATE and entry.indicator_id == "fact:publish_date"
    assert (entry.old_value, entry.new_value) == (None, "2025-03-01")
    assert (entry.old_status, entry.new_status) == (CellStatus.AUTO, CellStatus.CORRECTED)
    assert entry.note == "以门户网站发布时间为准" and entry.reviewer == "王审核"


def test_dropping_the_correction_brings_back_the_extracted_fact(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    store.set_fact(report_id, ReportFact.YEAR, 2023)
    assert store.reviewed_report(report_id).metadata.year == 2023
    store.set_fact(report_id, ReportFact.YEAR, None, corrected=False, audit_note="撤销")
    reviewed = store.reviewed_report(report_id)
    assert reviewed.metadata.year == 2024 and reviewed.corrected_facts == ()
    assert [(e.old_value, e.new_value) for e in store.audit_trail(report_id)] == [(2024, 2023), (2023, 2024)]


def test_a_fact_can_be_cleared(store):
    report_id = store.add_report(make_report(), INDICATOR_IDS)
    store.set_fact(report_id, ReportFact.REGION, None)
    reviewed = store.reviewed_report(report_id)
    assert reviewed.metadata.region is None and reviewed.corrected_facts == (ReportFact.REGION,)
