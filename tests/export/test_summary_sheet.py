"""The 汇总 sheet as a bureau would print it: layout, formats, print setup, values."""
from datetime import date, datetime

import openpyxl
import pytest

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.styles import STATUS_FILLS

from invented_reviewed import CATALOG, SUMMARY_ORDER, batch, report

EXPORTED_AT = datetime(2025, 4, 8, 15, 30)
FIRST_DATA_ROW = 5


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary")
    target = export_workbook(batch(), CATALOG, folder / "汇总表.xlsx", unit_name="石门市司法局",
                             exported_at=EXPORTED_AT)
    return openpyxl.load_workbook(target)


@pytest.fixture
def sheet(workbook):
    return workbook["汇总"]


def column_of(indicator_id: str) -> int:
    return 6 + SUMMARY_ORDER.index(indicator_id)


def test_sheets_in_order(workbook):
    assert workbook.sheetnames == ["汇总", "指标明细", "问题清单", "同比", "图表", "说明"]


def test_title_and_byline(sheet):
    assert sheet["A1"].value == "2023—2024年度法治政府建设年度报告主要指标汇总表"
    assert sheet["A2"].value == "填报单位：石门市司法局"
    assert sheet["G2"].value == "导出日期：2025年4月8日"


def test_title_names_the_single_year(tmp_path):
    target = export_workbook([report(year=2024)], CATALOG, tmp_path / "a.xlsx", exported_at=EXPORTED_AT)
    assert openpyxl.load_workbook(target)["汇总"]["A1"].value == "2024年度法治政府建设年度报告主要指标汇总表"


def test_merged_ranges(sheet):
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:M1", "A2:E2", "G2:M2"} <= merged
    # fixed columns span both header rows; categories span their indicators
    assert {"A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "L3:L4", "M3:M4"} <= merged
    assert {"F3:G3", "H3:J3"} <= merged
    assert not any(r.startswith("K3") for r in merged)  # 普法宣传 has one indicator: nothing to merge


def test_two_header_rows(sheet):
    assert [sheet.cell(3, c).value for c in range(1, 6)] == ["序号", "地区", "年度", "报告单位", "发布日期"]
    assert [sheet.cell(3, c).value for c in (6, 8, 11, 12, 13)] == [
        "组织领导与学法", "矛盾纠纷化解", "普法宣传", "问题数", "审核状态"]
    # the unit on a line of its own, so wrapping never strands a lone “）”
    assert [sheet.cell(4, c).value for c in range(6, 12)] == [
        "政府常务会议研究法治政府建设次数\n（次）", "领导干部法治培训人次\n（人次）", "行政复议案件数\n（件）",
        "行政机关负责人出庭应诉率\n（%）", "法律援助经费\n（万元）", "普法宣传活动场次\n（场次）"]


def test_one_row_per_report_with_the_input_values(sheet):
    reports = batch()
    for offset, reviewed in enumerate(reports):
        row = FIRST_DATA_ROW + offset
        meta = reviewed.metadata
        assert [sheet.cell(row, c).value for c in range(1, 4)] == [offset + 1, meta.region, meta.year]
        assert sheet.cell(row, 4).value == meta.issuer
        for spec in CATALOG.indicators:
            value = reviewed.cell(spec.id)
            shown = sheet.cell(row, column_of(spec.id)).value
            assert shown == ("—" if value.status is CellStatus.ABSENT else value.value), (row, spec.id)
        assert sheet.cell(row, 12).value == len(reviewed.findings)
        assert sheet.cell(row, 13).value == reviewed.status.value


def test_publish_date_is_a_date_cell(sheet):
    assert sheet.cell(FIRST_DATA_ROW, 5).value.date() == date(2025, 3, 28)
    assert sheet.cell(FIRST_DATA_ROW, 5).number_format == "yyyy-mm-dd"
    assert sheet.cell(FIRST_DATA_ROW + 2, 5).value is None  # 白鹭区: no date known


@pytest.mark.parametrize("indicator_id, expected", [
    ("gov_meetings", "#,##0"),
    ("cadre_training_persons", "#,##0"),
    ("head_appearance_rate", "0.0#"),
    ("legal_aid_amount", "#,##0.00"),
])
def test_number_formats_by_kind(sheet, indicator_id, expected):
    assert sheet.cell(FIRST_DATA_ROW, column_of(indicator_id)).number_format == expected


def test_approximate_value_shows_yue_and_stays_numeric(sheet):
    shown = sheet.cell(FIRST_DATA_ROW + 1, column_of("cadre_training_persons"))
    assert shown.value == 1200 and shown.data_type == "n"
    assert shown.number_format == '"约"#,##0'


@pytest.mark.parametrize("offset, indicator_id, fill", [
    (1, "reconsideration_cases", STATUS_FILLS[CellStatus.AUTO]),  # automatic, unconfirmed
    (1, "cadre_training_persons", STATUS_FILLS[CellStatus.AUTO]),
    (2, "legal_aid_amount", STATUS_FILLS[CellStatus.EMPTY]),  # nothing found, unchecked
    (1, "gov_meetings", None),  # 已修改
    (0, "gov_meetings", None),  # 已确认
    (1, "publicity_events", None),  # 无此项
])
def test_unconfirmed_cells_are_filled(sheet, offset, indicator_id, fill):
    shown = sheet.cell(FIRST_DATA_ROW + offset, column_of(indicator_id))
    if fill is None:
        assert shown.fill.fill_type is None
    else:
        assert shown.fill.fill_type == "solid" and shown.fill.fgColor.rgb.endswith(fill)


def test_legend_under_the_table(sheet):
    legend_row = FIRST_DATA_ROW + len(batch()) + 1
    assert sheet.cell(legend_row, 1).fill.fgColor.rgb.endswith(STATUS_FILLS[CellStatus.AUTO])
    assert "尚未经人工确认" in sheet.cell(legend_row, 2).value
    assert sheet.cell(legend_row + 1, 1).fill.fgColor.rgb.endswith(STATUS_FILLS[CellStatus.EMPTY])


def test_fonts_borders_and_widths(sheet):
    assert sheet["A1"].font.name == "宋体" and sheet["A1"].font.bold
    assert sheet["F4"].font.name == "宋体" and sheet["F4"].alignment.wrap_text
    data = sheet.cell(FIRST_DATA_ROW, 6)
    assert data.font.name == "仿宋"
    assert {data.border.left.style, data.border.right.style, data.border.top.style,
            data.border.bottom.style} == {"thin"}
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width


def test_frozen_header_and_first_columns(sheet):
    assert sheet.freeze_panes == "C5"


def test_print_setup(sheet):
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert setup.paperSize == 9  # A4
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_title_rows == "$3:$4"
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text


def test_full_catalog_layout(tmp_path):
    """The bundled catalog: every indicator gets a column under its category."""
    catalog = default_catalog()
    target = export_workbook([report()], catalog, tmp_path / "full.xlsx", exported_at=EXPORTED_AT)
    sheet = openpyxl.load_workbook(target)["汇总"]
    headers = [sheet.cell(4, c).value for c in range(6, 6 + len(catalog.indicators))]
    assert len(headers) == len(set(headers)) == len(catalog.indicators)
    assert all(h.endswith("\n（%）") for h, s in zip(headers, _grouped(catalog)) if s.kind == "rate")
    category_merges = [r for r in sheet.merged_cells.ranges if r.min_row == r.max_row == 3]
    assert sum(r.size["columns"] for r in category_merges) + _single_categories(catalog) == len(catalog.indicators)


def _grouped(catalog):
    from lawgov_desktop.export.columns import ordered_specs

    return ordered_specs(catalog)


def _single_categories(catalog):
    from lawgov_desktop.export.columns import grouped_indicators

    return sum(1 for g in grouped_indicators(catalog) if len(g.specs) == 1)


def test_empty_input_still_gives_the_table_head(tmp_path):
    target = export_workbook([], CATALOG, tmp_path / "empty.xlsx", exported_at=EXPORTED_AT)
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["汇总", "指标明细", "说明"]
    assert workbook["汇总"]["A1"].value == "法治政府建设年度报告主要指标汇总表"
