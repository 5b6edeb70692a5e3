"""图表: horizontal bars by region for one year, sorted by value, split beyond 25 regions, missing named
under the chart (never drawn as zero); live references with cached values for WPS."""
import zipfile
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.chart_sheet import MAX_BARS, TABLE_COLUMN, bars_of, chart_height_cm, round_up

from invented_reviewed import CATALOG, cell, one_year, report


def test_bars_sorted_by_value_missing_listed_unconfirmed_marked():
    spec = CATALOG.get("reconsideration_cases")
    reports = one_year() + [report("云溪县", 2024, {"reconsideration_cases": None})]
    bars, missing = bars_of(sorted(reports, key=lambda r: r.metadata.region.encode("gb18030")), spec)
    assert [(bar.label, bar.value) for bar in bars] == [("石门市", 150), ("白鹭区", 112), ("青禾县*", 45)]
    assert [bar.unreviewed for bar in bars] == [False, False, True]
    assert missing == ["云溪县"]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    target = export_workbook(one_year(), CATALOG, tmp_path_factory.mktemp("chart") / "图表.xlsx",
                             exported_at=datetime(2025, 4, 8))
    return target, openpyxl.load_workbook(target)


def test_horizontal_bars_largest_on_top(workbook):
    _, book = workbook
    charts = book["图表"]._charts
    assert [(c.tagname, c.type) for c in charts] == [("barChart", "bar"), ("barChart", "bar")]
    for chart in charts:
        assert chart.x_axis.scaling.orientation == "maxMin"  # first category (largest) at the top
        assert chart.y_axis.crosses == "max"  # and the value axis still at the bottom
        assert chart.x_axis.delete is False and chart.y_axis.delete is False
    assert charts[1].y_axis.scaling.max == 100  # a rate's axis ends at 100 %


def test_data_table_and_references(workbook):
    _, book = workbook
    sheet = book["图表"]
    column = openpyxl.utils.get_column_letter(TABLE_COLUMN)
    values = openpyxl.utils.get_column_letter(TABLE_COLUMN + 1)
    table = [(sheet[f"{column}{r}"].value, sheet[f"{values}{r}"].value) for r in range(1, 5)]
    assert table == [("地区", "行政复议案件数（件）"), ("石门市", 150), ("白鹭区", 112), ("青禾县*", 45)]
    series = sheet._charts[0].series[0]
    assert (series.cat.strRef.f, series.val.numRef.f) == (f"'图表'!${column}$2:${column}$4",
                                                          f"'图表'!${values}$2:${values}$4")
    assert sheet[f"{values}4"].number_format == '"*"#,##0'  # the unconfirmed figure keeps its mark
    assert sheet.print_area == "'图表'!$A$1:$L$" + str(sheet.print_area.split("$")[-1])  # the table is not printed


def test_charts_carry_cached_values_and_titles(workbook):
    target, _ = workbook
    with zipfile.ZipFile(target) as archive:
        first = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert "<numCache>" in first and "<v>150</v>" in first and "<v>45</v>" in first
    assert "<strCache>" in first and "<v>青禾县*</v>" in first
    assert "行政复议案件数（件，2024年度）（含未审核数值）" in first
    assert 'typeface="宋体"' in first  # titles, axes and labels in the workbook's one font, not the theme's


def height_cm(chart) -> float:
    """The drawn height (a chart read back keeps it in its anchor, in EMU)."""
    return chart.anchor.ext.height / 360000


def many(count: int, missing: int = 0):
    reports = [report(f"第{number:02d}县", 2024, {"reconsideration_cases": number * 10}) for number in range(count)]
    reports += [report(f"缺{number:02d}县", 2024, {"reconsideration_cases": None}) for number in range(missing)]
    return reports


def test_more_than_25_regions_are_split_and_none_is_drawn_as_zero(tmp_path):
    target = export_workbook(many(30, missing=3), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["图表"]
    charts = [c for c in sheet._charts if c.series[0].val.numRef.f.startswith("'图表'!$O$")]
    assert len(charts) == 2
    assert [c.series[0].val.numRef.f for c in charts] == ["'图表'!$O$2:$O$26", "'图表'!$O$27:$O$31"]
    # one scale for both halves, so they compare at a glance
    assert {c.y_axis.scaling.max for c in charts} == {round_up(290)}
    # as tall as their bars need
    assert height_cm(charts[0]) == pytest.approx(chart_height_cm(MAX_BARS))
    assert height_cm(charts[1]) == pytest.approx(chart_height_cm(5))
    notes = [c.value for row in sheet.iter_rows(max_col=1) for c in row if isinstance(c.value, str)]
    assert "无数值的地区（3 个，报告中未找到或无此项）：缺00县、缺01县、缺02县" in notes
    with zipfile.ZipFile(target) as archive:
        cached = [archive.read(f"xl/charts/chart{n}.xml").decode("utf-8") for n in (1, 2)]
    assert all("缺00县" not in xml for xml in cached)  # no bar, not even an empty one


def test_charts_never_straddle_a_page_break(tmp_path):
    target = export_workbook(many(60), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["图表"]
    breaks = sorted(b.id for b in sheet.row_breaks.brk)
    assert breaks
    for chart in sheet._charts:
        first_row = chart.anchor._from.row + 1
        rows = -(-height_cm(chart) * 72 / 2.54 // 15)
        assert not any(first_row <= edge < first_row + rows - 1 for edge in breaks)


def test_a_year_without_figures_gets_no_chart_sheet(tmp_path):
    reviewed = report("青禾县", 2024, {"gov_meetings": 3})
    target = export_workbook([reviewed], CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert "图表" not in openpyxl.load_workbook(target).sheetnames


def test_a_rate_chart_with_an_unconfirmed_figure(tmp_path):
    reports = [report("青禾县", 2024, {"head_appearance_rate": cell("head_appearance_rate", 98.5, CellStatus.AUTO)}),
               report("白鹭区", 2024, {"head_appearance_rate": 100})]
    target = export_workbook(reports, CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert "行政机关负责人出庭应诉率（2024年度）（含未审核数值）" in xml and "<v>青禾县*</v>" in xml
