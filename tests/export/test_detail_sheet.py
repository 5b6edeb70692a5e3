"""指标明细: one row per report × indicator that has a figure or a decision, with its evidence and reviewer."""
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.detail_sheet import HEADERS

from invented_reviewed import CATALOG, SUMMARY_ORDER, batch


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    target = export_workbook(batch(), CATALOG, tmp_path_factory.mktemp("detail") / "明细.xlsx",
                             exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["指标明细"]
    header, *data = sheet.iter_rows()
    assert tuple(c.value for c in header) == (
        "地区", "年度", "文件", "指标", "数值", "单位", "约", "状态", "依据原文", "置信度", "审核人", "最后修改时间", "备注")
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:M{len(data) + 1}"
    return [{name: c for name, c in zip(HEADERS, row)} for row in data]


def _listed(report, spec_id):
    """Cells still 空 (nothing found, not reviewed) are left out of the sheet."""
    cell = report.cell(spec_id)
    return cell is not None and cell.status is not CellStatus.EMPTY


def test_one_row_per_report_and_indicator_with_a_figure_or_decision(rows):
    expected = sum(1 for r in batch() for spec_id in SUMMARY_ORDER if _listed(r, spec_id))
    assert len(rows) == expected
    assert 0 < expected < len(batch()) * len(CATALOG.indicators)  # the batch does have 空 cells
    assert "空" not in {r["状态"].value for r in rows}


def test_values_equal_the_reviewed_values(rows):
    expected = [(r.metadata.region, CATALOG.get(spec_id).name, r.cell(spec_id).value)
                for r in batch() for spec_id in SUMMARY_ORDER if _listed(r, spec_id)]
    assert [(r["地区"].value, r["指标"].value, r["数值"].value) for r in rows] == expected


def find(rows, region, year, indicator_id):
    name = CATALOG.get(indicator_id).name
    (row,) = [r for r in rows if (r["地区"].value, r["年度"].value, r["指标"].value) == (region, year, name)]
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
    assert row["置信度"].value == 0.88
    assert row["审核人"].value == "李审核"
    # local time without zone or seconds, as Excel shows times
    expected = datetime.fromisoformat("2025-04-02T09:30:15+08:00").astimezone().strftime("%Y-%m-%d %H:%M")
    assert row["最后修改时间"].value == expected
    assert row["文件"].value == "青禾县2024年度法治政府建设情况报告.docx"


def test_open_and_approximate_values_are_marked(rows):
    automatic = find(rows, "青禾县", 2024, "reconsideration_cases")["数值"]
    assert automatic.value == 45 and automatic.fill.fgColor.rgb.endswith("FFF2CC")
    approx = find(rows, "青禾县", 2024, "cadre_training_persons")["数值"]
    assert approx.value == 1200 and approx.number_format == '"约"#,##0'
    confirmed = find(rows, "白鹭区", 2024, "head_appearance_rate")
    assert confirmed["数值"].value == 87.3 and confirmed["数值"].fill.fill_type is None
    assert confirmed["状态"].fill.fill_type is None
    # legal_aid_amount is 空 there: listed in the CSV, not on this sheet
    name = CATALOG.get("legal_aid_amount").name
    assert not [r for r in rows if (r["地区"].value, r["年度"].value, r["指标"].value) == ("白鹭区", 2024, name)]
