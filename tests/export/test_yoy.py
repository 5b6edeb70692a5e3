"""同比: a region's year y next to its year y+1, from the reviewed values."""
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.yoy import year_on_year

from invented_reviewed import CATALOG, batch, cell, report


def test_pairs_consecutive_years_of_one_region():
    changes = year_on_year(batch(), CATALOG)
    assert {(c.region, c.earlier_year, c.later_year) for c in changes} == {("青禾县", 2023, 2024)}


@pytest.mark.parametrize("indicator_id, earlier, later, change, relative", [
    ("gov_meetings", 10, 12, 2, 20.0),
    ("reconsideration_cases", 40, 45, 5, 12.5),
    ("head_appearance_rate", 90.5, 100, 9.5, None),  # rates: percentage points, no relative change
    ("publicity_events", 70, None, None, None),  # 2024 says 无此项: shown, not compared
    ("legal_aid_amount", None, 35.5, None, None),
])
def test_changes(indicator_id, earlier, later, change, relative):
    (found,) = [c for c in year_on_year(batch(), CATALOG) if c.spec.id == indicator_id]
    assert (found.earlier.value if found.earlier else None) == earlier
    assert (found.later.value if found.later else None) == later
    assert found.change == change
    assert found.relative_change == relative


def test_indicator_missing_in_both_years_is_left_out():
    ids = {c.spec.id for c in year_on_year(batch(), CATALOG)}
    assert "cadre_training_persons" in ids  # 2024 has it
    both_missing = year_on_year([report(year=2023), report(year=2024)], CATALOG)
    assert both_missing == []


def test_gap_years_and_first_report_of_a_year():
    reports = [report(year=2021, cells={"gov_meetings": 3}), report(year=2023, cells={"gov_meetings": 5}),
               report(year=2024, cells={"gov_meetings": 9}), report(year=2024, cells={"gov_meetings": 99})]
    changes = year_on_year(reports, CATALOG)
    assert [(c.earlier_year, c.later_year, c.change) for c in changes] == [(2023, 2024, 4)]


def test_unconfirmed_marks_the_row():
    reports = [report(year=2023, cells={"gov_meetings": 3}),
               report(year=2024, cells={"gov_meetings": cell("gov_meetings", 4, CellStatus.AUTO)})]
    (change,) = year_on_year(reports, CATALOG)
    assert change.unconfirmed


def test_sheet_lists_what_can_be_compared(tmp_path):
    """Only indicators with a figure in both years: a 同比 row without its 增减 says nothing."""
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["同比"]
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
    assert set(rows) == {"政府常务会议研究法治政府建设次数（次）", "行政复议案件数（件）", "行政机关负责人出庭应诉率"}
    meetings = rows["政府常务会议研究法治政府建设次数（次）"]
    assert [c.value for c in meetings] == ["青禾县", "政府常务会议研究法治政府建设次数（次）", 2023, 10, 2024, 12, 2,
                                           20.0, "均已确认"]
    assert meetings[3].number_format == '#,##0"次"'
    cases = rows["行政复议案件数（件）"]
    assert cases[5].number_format == '"*"#,##0"件"' and cases[8].value == "含未确认数值"
    rate = rows["行政机关负责人出庭应诉率"]
    assert rate[3].number_format == '0.0"%"' and rate[5].number_format == '0.0"%"'
    assert rate[6].value == 9.5 and "个百分点" in rate[6].number_format
    assert rate[7].value is None  # no relative change of a rate
    assert sheet.oddHeader.center.text == "同比（含未审核数值）"


def test_no_pair_no_sheet(tmp_path):
    target = export_workbook([report(year=2024)], CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert "同比" not in openpyxl.load_workbook(target).sheetnames
