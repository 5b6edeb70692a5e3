"""The 图表 sheet: bar charts by region over a data table on the same sheet.

The charts are openpyxl charts referring to the cells of the table (not pictures),
so they stay live when a figure is edited in Excel or WPS.  WPS has shown charts of
other xlsx writers as blank; the tests reopen the file and check the references.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumData, NumVal, StrData, StrRef, StrVal
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog, IndicatorSpec
from ..core.review import CellStatus, ReviewedReport
from .cells import clean_text, styled_cell
from .columns import header_label
from .page import print_landscape
from .styles import StyleBook

SHEET_NAME = "图表"
# What leaders look at first: caseload of administrative reconsideration and how often
# the heads of agencies appear in court themselves.
CHART_INDICATORS = ("reconsideration_cases", "head_appearance_rate")
CHART_HEIGHT_ROWS = 20
LABELLED_BARS_MAX = 30


def chart_specs(catalog: Catalog) -> list[IndicatorSpec]:
    return [spec for spec in (catalog.get(i) for i in CHART_INDICATORS) if spec is not None]


def bar_label(report: ReviewedReport, with_year: bool) -> str:
    """Region (and year when several years are exported); the file name when no region is known."""
    meta = report.metadata
    label = meta.region or Path(report.file).stem
    return f"{label}（{meta.year}）" if with_year and meta.year else label


def write_chart_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    specs = chart_specs(catalog)
    sheet = workbook.create_sheet(SHEET_NAME)
    sheet.column_dimensions["A"].width = 18
    for index in range(2, len(specs) + 2):
        sheet.column_dimensions[get_column_letter(index)].width = 20
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, "地区", header)]
                 + [styled_cell(sheet, header_label(spec, unit_on_own_line=True), header) for spec in specs])
    with_year = len({r.metadata.year for r in reports}) > 1
    label_style = styles.text("left")
    for report in reports:
        cells = {cell.indicator_id: cell for cell in report.cells}
        row = [styled_cell(sheet, bar_label(report, with_year), label_style)]
        for spec in specs:
            cell = cells.get(spec.id)
            row.append(styled_cell(sheet, _figure(report, spec),
                                   styles.number(spec.kind, False, cell.status if cell else None)))
        sheet.append(row)

    last_row = len(reports) + 1
    anchor_column = get_column_letter(len(specs) + 3)
    labels = [clean_text(bar_label(report, with_year)) for report in reports]  # the cache is raw XML text
    for index, spec in enumerate(specs):
        chart = _bar_chart(sheet, spec, index + 2, last_row, labelled=len(reports) <= LABELLED_BARS_MAX)
        _cache(chart, header_label(spec, unit_on_own_line=True), labels, [_figure(report, spec) for report in reports])
        sheet.add_chart(chart, f"{anchor_column}{2 + index * CHART_HEIGHT_ROWS}")


def _figure(report: ReviewedReport, spec: IndicatorSpec) -> float | int | None:
    cell = report.cell(spec.id)
    return cell.value if cell is not None and cell.status is not CellStatus.ABSENT else None


def _cache(chart: BarChart, title: str, labels: list[str], figures: list[float | int | None]) -> None:
    """Store the current values beside the references, as Excel does.

    Readers that draw from the cache without recalculating (WPS among them) would
    otherwise show an empty chart; the categories become a string reference, since
    openpyxl declares them numeric and the region names are text.
    """
    series = chart.series[0]
    series.tx = SeriesLabel(strRef=StrRef(f=series.tx.strRef.f, strCache=StrData(ptCount=1, pt=[StrVal(0, title)])))
    series.cat = AxDataSource(strRef=StrRef(
        f=series.cat.numRef.f,
        strCache=StrData(ptCount=len(labels), pt=[StrVal(i, label) for i, label in enumerate(labels)]),
    ))
    series.val.numRef.numCache = NumData(
        formatCode="General", ptCount=len(figures),
        pt=[NumVal(idx=i, v=figure) for i, figure in enumerate(figures) if figure is not None],
    )


def _bar_chart(sheet, spec: IndicatorSpec, column: int, last_row: int, labelled: bool) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.title = f"{spec.name}（按地区）"
    chart.y_axis.title = spec.unit
    chart.x_axis.title = "地区"
    # openpyxl 3.1 leaves axes marked as deleted unless told otherwise; Excel then hides them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.y_axis.scaling.min = 0  # bars from zero, or small differences look huge
    if spec.kind == "rate":
        chart.y_axis.scaling.max = 100
    chart.width = max(16.0, min(0.8 * (last_row - 1), 48.0))
    chart.height = 9.0
    chart.add_data(Reference(sheet, min_col=column, min_row=1, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last_row))
    if labelled:
        # Every flag spelled out: LibreOffice and WPS treat a missing one as "show".
        chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False,
                                         showLegendKey=False, showPercent=False, showBubbleSize=False)
    return chart
