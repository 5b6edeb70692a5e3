"""指标明细: one row per report × indicator with the evidence and who changed it last."""
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.rows import DETAIL_HEADERS

from invented_reviewed import CATALOG, SUMMARY_ORDER, batch


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    target = export_workbook(batch(), CATALOG, tmp_path_factory.mktemp("detail") / "明细.xlsx",
                             exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["指标明细"]
    header, *data = sheet.iter_rows()
    assert tuple(c.value for c in header) == DETAIL_HEADERS
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:P{len(data) + 1}"
    return [{name: c for name, c in zip(DETAIL_HEADERS, row)} for row in data]


def test_one_row_per_report_and_indicator(rows):
    assert len(rows) == len(batch()) * len(CATALOG.indicators)
    assert [r["指标代码"].value for r in rows[:len(SUMMARY_ORDER)]] == list(SUMMARY_ORDER)


def test_values_equal_the_reviewed_values(rows):
    expected = [(r.metadata.region, spec_id, r.cell(spec_id).value) for r in batch() for spec_id in SUMMARY_ORDER]
    assert [(r["地区"].value, r["指标代码"].value, r["数值"].value) for r in rows] == expected


def find(rows, region, year, indicator_id):
    (row,) = [r for r in rows if (r["地区"].value, r["年度"].value, r["指标代码"].value) == (region, year, indicator_id)]
    return row


@pytest.mark.parametrize("indicator_id, status, approx, evidence", [
    ("gov_meetings", "已修改", "", "召开常务会议12次"),
    ("reconsideration_cases", "自动", "", "全年共受理行政复议案件45件"),
    ("cadre_training_persons", "自动", "约", "培训领导干部约1200人次"),
    ("publicity_events", "无此项", "", None),
    ("head_appearance_rate", "已确认", "", None),
])
def test_status_approx_and_evidence(rows, indicator_id, status, approx, evidence):
    row = find(rows, "青禾县", 2024, indicator_id)
    assert row["状态"].value == status
    assert (row["约"].value or "") == approx
    assert row["依据原文"].value == evidence


def test_unit_confidence_reviewer_and_time(rows):
    row = find(rows, "青禾县", 2024, "gov_meetings")
    assert row["单位"].value == "次"
    assert row["置信度"].value == pytest.approx(0.875)
    assert row["审核人"].value == "李审核"
    changed = row["最后修改时间"].value
    assert isinstance(changed, datetime) and changed.tzinfo is None  # Excel has no time zones
    assert row["最后修改时间"].number_format == "yyyy-mm-dd hh:mm"
    assert row["文件"].value == "青禾县2024年度法治政府建设情况报告.docx"
    assert row["类别"].value == "组织领导与学法"
    assert row["指标"].value == "政府常务会议研究法治政府建设次数"


def test_rate_keeps_its_format(rows):
    row = find(rows, "白鹭区", 2024, "head_appearance_rate")
    assert row["数值"].value == 87.3 and row["数值"].number_format == "0.0#"
