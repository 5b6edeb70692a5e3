"""汇总: one year's headline indicators on one A4 page, as a bureau's own 汇总表."""
import json
from datetime import date, datetime

import openpyxl
import pytest

from lawgov_desktop.core.catalog import default_catalog, load_catalog
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.columns import headline_specs
from lawgov_desktop.export.page import PAGE_WIDTH_UNITS
from lawgov_desktop.export.status_marks import STATUS_LOOKS

from invented_reviewed import CATALOG, HEADLINE_ORDER, batch, finished, one_year, report

EXPORTED_AT = datetime(2025, 4, 8, 15, 30)
FIRST_DATA_ROW = 5
REGION, FIRST_VALUE = 2, 3


def export(tmp_path, reports, catalog=CATALOG, **options):
    target = export_workbook(reports, catalog, tmp_path / "汇总表.xlsx", unit_name="石门市司法局",
                             exported_at=EXPORTED_AT, **options)
    return openpyxl.load_workbook(target)


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return export(tmp_path_factory.mktemp("summary"), one_year())["汇总"]


def column_of(indicator_id: str) -> int:
    return FIRST_VALUE + HEADLINE_ORDER.index(indicator_id)


def row_of(sheet, region: str) -> int:
    (row,) = [r for r in range(FIRST_DATA_ROW, sheet.max_row + 1) if sheet.cell(r, REGION).value == region]
    return row


def texts(sheet) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


# Title, byline and the year of each table

def test_title_says_unreviewed_values_are_left(sheet):
    assert sheet["A1"].value == "2024年度法治政府建设年度报告主要指标汇总表（含未审核数值）"
    assert sheet["A2"].value == "填报单位：石门市司法局"
    assert sheet["D2"].value == "共 3 份报告"


def test_title_without_the_note_once_everything_is_reviewed(tmp_path):
    workbook = export(tmp_path, finished(one_year()))
    assert workbook["汇总"]["A1"].value == "2024年度法治政府建设年度报告主要指标汇总表"


def test_an_unchecked_blank_alone_keeps_the_note(tmp_path):
    """Nothing found and nobody checked: the table is not reviewed yet, though it has no figure to mark."""
    reviewed = finished([report("青禾县", 2024, {"reconsideration_cases": 40})])[0]
    from dataclasses import replace
    from lawgov_desktop.core.review import ReportStatus

    cells = tuple(replace(c, status=CellStatus.NOT_MENTIONED) if c.indicator_id == "publicity_events" else c
                  for c in reviewed.cells)
    workbook = export(tmp_path, [replace(reviewed, cells=cells, status=ReportStatus.IN_REVIEW)])
    assert workbook["汇总"]["A1"].value.endswith("（含未审核数值）")


def test_a_table_per_year_newest_first(tmp_path):
    from lawgov_desktop.core.review import ReportStatus

    reports = batch() + [report("石门市", None, {"gov_meetings": 3}, file="/报告/无年度.docx",
                                status=ReportStatus.PENDING)]
    workbook = export(tmp_path, reports)
    summaries = [name for name in workbook.sheetnames if name.endswith("汇总")]
    assert summaries == ["2024年汇总", "2023年汇总", "年度不详汇总"]
    assert workbook["2023年汇总"]["A1"].value == "2023年度法治政府建设年度报告主要指标汇总表"
    assert workbook["年度不详汇总"]["A1"].value == "法治政府建设年度报告主要指标汇总表（年度不详）（含未审核数值）"
    # each region once per table
    regions = [workbook["2024年汇总"].cell(r, REGION).value for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + 2)]
    assert regions == ["白鹭区", "青禾县"]


def test_the_year_chosen_at_export(tmp_path):
    workbook = export(tmp_path, batch(), years=[2023])
    assert workbook.sheetnames[0] == "汇总"
    assert workbook["汇总"]["A1"].value.startswith("2023年度")
    assert workbook["汇总"].cell(FIRST_DATA_ROW, REGION).value == "青禾县"


# The headline indicators

def test_headline_columns_come_from_the_catalog(sheet):
    assert [sheet.cell(3, c).value for c in (1, 2, 3, 5, 6, 7)] == [
        "序号", "地区", "矛盾纠纷化解", "普法宣传", "发布日期", "审核状态"]
    assert [sheet.cell(4, c).value for c in range(3, 6)] == [
        "行政复议案件数\n（件）", "行政机关负责人出庭应诉率", "普法宣传活动场次\n（场次）"]


def test_the_bundled_catalog_marks_the_ten_of_the_issue():
    assert [spec.id for spec in headline_specs(default_catalog())] == [
        "law_study_sessions", "legality_reviews", "normative_docs_reviewed", "hotline_completion_rate",
        "enforcement_staff_certified", "case_file_reviews", "reconsideration_cases", "litigation_cases",
        "head_appearance_rate", "publicity_events"]


def test_a_bureau_chooses_its_own_headline_indicators(tmp_path):
    own = tmp_path / "indicators.json"
    own.write_text(json.dumps({"indicators": [{"id": "publicity_events", "headline": False},
                                              {"id": "legal_aid_cases", "headline": True}]}), encoding="utf-8")
    ids = [spec.id for spec in headline_specs(load_catalog(user_file=own))]
    assert "publicity_events" not in ids and "legal_aid_cases" in ids
    assert len(ids) == 10


def test_a_non_boolean_mark_is_refused_with_its_field_named(tmp_path):
    from lawgov_desktop.core.errors import CatalogError

    own = tmp_path / "indicators.json"
    own.write_text(json.dumps({"indicators": [{"id": "gov_meetings", "headline": "true"}]}), encoding="utf-8")
    with pytest.raises(CatalogError, match="headline"):
        load_catalog(user_file=own)


def test_without_any_mark_the_first_ten_indicators(tmp_path):
    from dataclasses import replace

    catalog = default_catalog()
    unmarked = replace(catalog, indicators=tuple(replace(s, headline=False) for s in catalog.indicators))
    assert len(headline_specs(unmarked)) == 10
    workbook = export(tmp_path, [report()], unmarked)
    assert workbook["汇总"].max_column == 2 + 10 + 2


def test_full_size_on_a4(tmp_path):
    """Ten headline columns and the fixed ones fit the page at 100 %: the page is never squeezed."""
    sheet = export(tmp_path, [report()], default_catalog())["汇总"]
    widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in range(1, sheet.max_column + 1)]
    assert sheet.max_column == 14 and sum(widths) <= PAGE_WIDTH_UNITS + 1e-9


# Rows, marks and totals

def test_rows_sorted_by_region(sheet):
    assert [sheet.cell(r, REGION).value for r in range(5, 8)] == ["白鹭区", "青禾县", "石门市"]
    assert [sheet.cell(r, 1).value for r in range(5, 8)] == [1, 2, 3]
    assert [sheet.cell(r, 7).value for r in range(5, 8)] == ["待审", "审核中", "已完成"]
    published = [sheet.cell(r, 6) for r in range(5, 8)]
    assert [c.value.date() if c.value else None for c in published] == [None, date(2025, 3, 28), date(2025, 3, 28)]
    assert published[1].number_format == "yyyy-mm-dd"


@pytest.mark.parametrize("region, indicator_id, value, number_format, italic", [
    ("青禾县", "reconsideration_cases", 45, '"*"#,##0', True),  # automatic: marked
    ("白鹭区", "reconsideration_cases", 112, "#,##0", False),  # confirmed
    ("石门市", "head_appearance_rate", 95.0, '0.0"%"', False),  # a rate: one decimal and “%”, always
    ("青禾县", "head_appearance_rate", 100, '0.0"%"', False),
    ("青禾县", "publicity_events", "—", None, False),  # 无此项
])
def test_figures_and_their_marks(sheet, region, indicator_id, value, number_format, italic):
    shown = sheet.cell(row_of(sheet, region), column_of(indicator_id))
    assert shown.value == value
    if number_format:
        assert shown.number_format == number_format and shown.data_type == "n"
    assert bool(shown.font.i) is italic


def test_unconfirmed_and_unchecked_cells_keep_their_colour(sheet):
    automatic = sheet.cell(row_of(sheet, "青禾县"), column_of("reconsideration_cases"))
    assert automatic.fill.fgColor.rgb.endswith(STATUS_LOOKS[CellStatus.AUTO].fill)
    unchecked = sheet.cell(row_of(sheet, "白鹭区"), column_of("publicity_events"))
    assert unchecked.value is None and unchecked.fill.fgColor.rgb.endswith(STATUS_LOOKS[CellStatus.NOT_MENTIONED].fill)
    confirmed = sheet.cell(row_of(sheet, "石门市"), column_of("reconsideration_cases"))
    assert confirmed.fill.fill_type is None


def test_approximate_figure_shows_yue_once_and_stays_numeric(tmp_path):
    reviewed = report("青禾县", 2024, {"reconsideration_cases": 1, "publicity_events": None})
    from dataclasses import replace

    cells = tuple(replace(c, value=1200, approx=True, status=CellStatus.AUTO)
                  if c.indicator_id == "publicity_events" else c for c in reviewed.cells)
    sheet = export(tmp_path, [replace(reviewed, cells=cells)])["汇总"]
    shown = sheet.cell(FIRST_DATA_ROW, column_of("publicity_events"))
    assert shown.value == 1200 and shown.number_format == '"*约"#,##0'


def test_totals_are_formulas_over_the_rows(sheet):
    total, mean = FIRST_DATA_ROW + 3, FIRST_DATA_ROW + 4
    assert sheet.cell(total, REGION).value == "合计" and sheet.cell(mean, REGION).value == "简单平均"
    cases, rate, events = (column_of(i) for i in HEADLINE_ORDER)
    assert sheet.cell(total, cases).value == "=SUM(C5:C7)"
    assert sheet.cell(total, rate).value is None  # rates are not added up
    assert sheet.cell(mean, rate).value == "=AVERAGE(D5:D7)"
    assert sheet.cell(mean, cases).value is None
    assert sheet.cell(total, events).value == "=SUM(E5:E7)"
    # a total that adds an unconfirmed figure is marked like it
    assert sheet.cell(total, cases).number_format == '"*"#,##0'
    assert sheet.cell(total, events).number_format == "#,##0"  # 300 confirmed, 无此项, blank


def test_no_totals_for_a_single_report(tmp_path):
    sheet = export(tmp_path, [report()])["汇总"]
    assert "合计" not in texts(sheet)


def test_key_and_signature_lines_under_the_table(sheet):
    note = sheet.cell(FIRST_DATA_ROW + 5, 1).value
    assert note.startswith("注：1. 带“*”号的数值") and "“—”" in note and "简单平均" in note
    signatures = sheet.cell(FIRST_DATA_ROW + 6, 1).value
    for label in ("填表人：", "审核人：", "联系电话：", "制表日期：2025年4月8日"):
        assert label in signatures


def test_fonts_borders_and_row_heights(sheet):
    assert sheet["A1"].font.name == "宋体" and sheet["A1"].font.bold
    data = sheet.cell(FIRST_DATA_ROW, FIRST_VALUE)
    assert data.font.name == "宋体" and data.font.sz == 10
    assert {data.border.left.style, data.border.right.style, data.border.top.style,
            data.border.bottom.style} == {"thin"}
    assert all(sheet.row_dimensions[r].height for r in range(1, FIRST_DATA_ROW + 7))


def test_print_setup(sheet):
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and setup.paperSize == 9  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)  # a safety net: the columns fit at 100 %
    assert sheet.print_title_rows == "$3:$4"
    assert sheet.freeze_panes == "C5"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    margins = sheet.page_margins
    assert margins.footer < margins.bottom - 0.3  # the page number has room inside the margin


def test_empty_input_still_gives_the_table_head(tmp_path):
    workbook = export(tmp_path, [])
    assert workbook.sheetnames == ["汇总", "全部指标", "指标明细", "说明", "指标口径"]
    assert workbook["汇总"]["A1"].value == "法治政府建设年度报告主要指标汇总表"
