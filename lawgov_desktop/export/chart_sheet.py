"""The 图表 sheet of one year: horizontal bars by region, sorted by value, sized to fit.

One chart per indicator and year, largest at the top; more than ``MAX_BARS`` regions are
split into charts of at most that many, each as tall as its bars need, placed so that no
chart straddles a page break.  A region without a figure gets no bar (a bar of zero
would say “none”), and is named in a line under the chart.  A region whose figure is
unconfirmed carries “*” after its name, and the title says （含未审核数值）.

The charts are openpyxl charts referring to a data table on the same sheet, outside the
print area (not pictures), so they stay live when a figure is edited in Excel or WPS,
and they carry cached values because WPS has shown charts of other xlsx writers as blank.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import ceil, floor, log10

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, NumData, NumVal, StrData, StrRef, StrVal
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Font, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from ..core.catalog import Catalog, IndicatorSpec
from ..core.review import ReviewedReport
from .cells import clean_text, styled_cell
from .columns import NUMBER_FORMATS, header_label
from .indicator_table import merge
from .page import PAGE_HEIGHT_POINTS, print_landscape, set_row_height, set_widths
from .status_marks import PLAIN, UNREVIEWED_NOTE, StatusLook, is_unreviewed, look_of
from .styles import BODY_SIZE, StyleBook
from .text_fit import fitted_height
from .years import YearTable, region_label

SHEET_NAME = "图表"
# What leaders look at first: caseload of administrative reconsideration and how often
# the heads of agencies appear in court themselves.
CHART_INDICATORS = ("reconsideration_cases", "head_appearance_rate")
MAX_BARS = 25
PRINT_COLUMNS, PRINT_COLUMN_WIDTH = 12, 9.5  # the page the charts are drawn on
TABLE_COLUMN = PRINT_COLUMNS + 2  # data tables start here, outside the print area
ROW_POINTS = 15.0
CHART_WIDTH_CM = 24.0
CHART_FRAME_CM, BAR_PITCH_CM = 3.0, 0.5  # title and value axis; one bar with its gap
MIN_BARS_HEIGHT = 4  # a chart of one or two bars still gets room for every region's name
POINTS_PER_CM = 72 / 2.54
UNCONFIRMED_MARK = "*"
MISSING_NOTE = "无数值的地区（{count} 个，报告中未找到或无此项）：{names}"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | int
    look: StatusLook  # PLAIN for a reviewed figure

    @property
    def unreviewed(self) -> bool:
        return not self.look.reviewed


def chart_specs(catalog: Catalog) -> list[IndicatorSpec]:
    return [spec for spec in (catalog.get(i) for i in CHART_INDICATORS) if spec is not None]


def _figure(report: ReviewedReport, spec: IndicatorSpec) -> float | int | None:
    cell = report.cell(spec.id)
    return cell.value if cell is not None else None  # 无此项 has no value either


def bars_of(reports, spec: IndicatorSpec) -> tuple[list[Bar], list[str]]:
    """Bars sorted by value, largest first (ties in region order), and the regions without a figure."""
    bars, missing = [], []
    for report in reports:  # already in region order; the sort below is stable
        value = _figure(report, spec)
        label = region_label(report)
        if value is None:
            missing.append(label)
            continue
        cell = report.cell(spec.id)
        look = look_of(cell.status) if is_unreviewed(cell, report.status) else PLAIN
        bars.append(Bar(label + (UNCONFIRMED_MARK if not look.reviewed else ""), value, look))
    bars.sort(key=lambda bar: -bar.value)
    return bars, missing


def has_charts(table: YearTable, catalog: Catalog) -> bool:
    return any(bars_of(table.reports, spec)[0] for spec in chart_specs(catalog))


def round_up(top: float) -> float:
    """The first of 1, 2, 5 × 10ⁿ above ``top`` (with room for the value label)."""
    step = 10 ** floor(log10(max(top, 1)))
    for factor in (1, 2, 5, 10):
        if factor * step >= top * 1.15:
            return factor * step
    return 20 * step


def chart_height_cm(bars: int) -> float:
    return CHART_FRAME_CM + BAR_PITCH_CM * max(bars, MIN_BARS_HEIGHT)


class PageRows:
    """Places blocks down the sheet in rows of ``ROW_POINTS`` so none straddles a page break."""

    def __init__(self) -> None:
        self.next_row = 1
        self.used = 0.0
        self.breaks: list[int] = []
        self.heights: dict[int, float] = {}

    def place(self, points: float, rows: int, keep_with: float = 0.0) -> int:
        """The first row of a block ``points`` tall taking ``rows`` rows, and a row of space after it;
        ``keep_with`` more points (the note under a chart) must fit on the same page."""
        if self.used and self.used + points + keep_with > PAGE_HEIGHT_POINTS - ROW_POINTS:
            self.breaks.append(self.next_row - 1)
            self.used = 0.0
        row = self.next_row
        self.next_row += rows + 1
        self.used += points + ROW_POINTS
        return row


def write_chart_sheet(workbook, styles: StyleBook, table: YearTable, catalog: Catalog,
                      sheet_name: str = SHEET_NAME) -> None:
    specs = chart_specs(catalog)
    plotted = [(spec, *bars_of(table.reports, spec)) for spec in specs]
    sheet = workbook.create_sheet(sheet_name)
    set_widths(sheet, [PRINT_COLUMN_WIDTH] * PRINT_COLUMNS + [2] + [18, 12, 2] * len(specs))
    sheet.sheet_format.defaultRowHeight = ROW_POINTS
    sheet.sheet_format.customHeight = True
    print_landscape(sheet, fit_to_width=False)
    note_width = PRINT_COLUMNS * PRINT_COLUMN_WIDTH

    layout = PageRows()
    charts, notes = [], {}
    for index, (spec, bars, missing) in enumerate(plotted):
        column = TABLE_COLUMN + 3 * index
        parts = [bars[start:start + MAX_BARS] for start in range(0, len(bars), MAX_BARS)]
        note = _missing_note(spec, table, bars, missing)
        note_height = fitted_height([(note, note_width)], BODY_SIZE) if note else 0.0
        for number, part in enumerate(parts):
            height_cm = chart_height_cm(len(part))
            rows = ceil(height_cm * POINTS_PER_CM / ROW_POINTS)
            last = number == len(parts) - 1
            anchor = layout.place(rows * ROW_POINTS, rows, keep_with=note_height + ROW_POINTS if last and note else 0)
            first = 2 + number * MAX_BARS
            unit = f"{spec.unit}，" if spec.unit and spec.kind != "rate" else ""
            title = f"{spec.name}（{unit}{table.label}"
            title += f"，第 {number + 1}/{len(parts)} 组）" if len(parts) > 1 else "）"
            title += UNREVIEWED_NOTE if any(bar.unreviewed for bar in part) else ""
            chart = _bar_chart(sheet, spec, title, column, first, first + len(part) - 1, height_cm,
                               top=max(bar.value for bar in bars))
            _cache(chart, header_label(spec), [bar.label for bar in part], [bar.value for bar in part])
            charts.append((chart, anchor))
        if note:
            row = layout.place(note_height, 1)
            layout.heights[row] = note_height
            notes[row] = note

    for chart, anchor in charts:
        sheet.add_chart(chart, f"A{anchor}")
    for row in layout.breaks:
        sheet.row_breaks.append(Break(id=row))
    last_row = max(layout.next_row, 2 + max((len(bars) for _, bars, _ in plotted), default=0))
    sheet.print_area = f"A1:{get_column_letter(PRINT_COLUMNS)}{layout.next_row}"
    _write_rows(sheet, styles, plotted, notes, layout.heights, last_row)


def _missing_note(spec: IndicatorSpec, table: YearTable, bars: list[Bar], missing: list[str]) -> str:
    """The line under an indicator's charts naming the regions without a figure ("" when none)."""
    text = MISSING_NOTE.format(count=len(missing), names="、".join(missing)) if missing else ""
    if not bars:
        return f"{spec.name}（{table.label}）：" + (text or "无数值")
    return text


def _write_rows(sheet, styles: StyleBook, plotted, notes: dict[int, str], heights: dict[int, float],
                last_row: int) -> None:
    """Rows in order (write-only): the notes under the charts in A, the data tables on the right."""
    header, label_style = styles.header(), styles.text("left")
    note_style = styles.text("left", border=False)
    for row in range(1, last_row + 1):
        if row in heights:
            set_row_height(sheet, row, heights[row])
        values: list = [None] * (TABLE_COLUMN - 1)
        if row in notes:
            values[0] = styled_cell(sheet, notes[row], note_style)
            merge(sheet, row, 1, row, PRINT_COLUMNS)
        for spec, bars, _ in plotted:
            if row == 1:
                values += [styled_cell(sheet, "地区", header), styled_cell(sheet, header_label(spec), header), None]
            elif row - 2 < len(bars):
                bar = bars[row - 2]
                values += [styled_cell(sheet, bar.label, label_style),
                           styled_cell(sheet, bar.value, styles.value(spec.kind, False, bar.look)), None]
            else:
                values += [None, None, None]
        sheet.append(values)


def _cache(chart: BarChart, title: str, labels: list[str], figures: list[float | int]) -> None:
    """Store the current values beside the references, as Excel does.

    Readers that draw from the cache without recalculating (WPS among them) would
    otherwise show an empty chart; the categories become a string reference, since
    openpyxl declares them numeric and the region names are text.
    """
    series = chart.series[0]
    series.tx = SeriesLabel(strRef=StrRef(f=series.tx.strRef.f, strCache=StrData(ptCount=1, pt=[StrVal(0, title)])))
    series.cat = AxDataSource(strRef=StrRef(
        f=series.cat.numRef.f,
        strCache=StrData(ptCount=len(labels), pt=[StrVal(i, clean_text(label)) for i, label in enumerate(labels)]),
    ))
    series.val.numRef.numCache = NumData(
        formatCode="General", ptCount=len(figures), pt=[NumVal(idx=i, v=figure) for i, figure in enumerate(figures)],
    )


def _text_properties(points: float, bold: bool = False) -> CharacterProperties:
    """宋体 for Latin and Chinese alike, at a fixed size (a chart otherwise takes the theme's Calibri)."""
    face = Font(typeface="宋体")
    return CharacterProperties(latin=face, ea=face, sz=int(points * 100), b=bold)


def _rich(points: float) -> RichText:
    properties = _text_properties(points)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=properties), endParaRPr=properties)])


def _title(text: str) -> Title:
    properties = _text_properties(14, bold=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=properties), r=[RegularTextRun(rPr=properties, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _bar_chart(sheet, spec: IndicatorSpec, title: str, column: int, first_row: int, last_row: int,
               height_cm: float, top: float) -> BarChart:
    chart = BarChart()
    chart.type = "bar"  # horizontal: region names read level, however many
    chart.title = _title(title)
    chart.legend = None
    chart.gapWidth = 60
    # Largest first means the first category at the top: reverse the category axis and
    # keep the value axis at the bottom.
    chart.x_axis.scaling.orientation = "maxMin"
    chart.y_axis.crosses = "max"
    # openpyxl 3.1 leaves axes marked as deleted unless told otherwise; Excel then hides them.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0  # bars from zero, or small differences look huge
    # One scale for all the charts of an indicator, so split charts compare at a glance.
    chart.y_axis.scaling.max = 100 if spec.kind == "rate" and top <= 100 else round_up(top)
    chart.y_axis.number_format = NUMBER_FORMATS["rate"].replace("0.0", "0") if spec.kind == "rate" else "#,##0"
    chart.width = CHART_WIDTH_CM
    chart.height = height_cm
    chart.add_data(Reference(sheet, min_col=column + 1, min_row=first_row, max_row=last_row), titles_from_data=False)
    chart.set_categories(Reference(sheet, min_col=column, min_row=first_row, max_row=last_row))
    chart.series[0].tx = SeriesLabel(strRef=StrRef(f=f"'{sheet.title}'!{get_column_letter(column + 1)}1"))
    # Every flag spelled out: LibreOffice and WPS treat a missing one as "show".
    chart.dataLabels = DataLabelList(showVal=True, showSerName=False, showCatName=False,
                                     showLegendKey=False, showPercent=False, showBubbleSize=False, txPr=_rich(10))
    chart.x_axis.txPr = _rich(10)
    chart.y_axis.txPr = _rich(10)
    return chart
