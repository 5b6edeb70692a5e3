"""The 汇总 sheet: the table a bureau would make by hand, ready to print.

Rows 1–2 are the title and the 填报单位/导出日期 line, rows 3–4 the two header rows
(category over indicator), then one row per report and a legend under the table.
"""
from __future__ import annotations

from datetime import date, datetime

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from ..core.catalog import Catalog, IndicatorSpec
from ..core.review import CellStatus, ReviewedCell, ReviewedReport
from .cells import styled_cell
from .columns import grouped_indicators, header_label
from .page import print_landscape
from .styles import LEGEND, StyleBook

SHEET_NAME = "汇总"
TITLE_ROW, BYLINE_ROW, HEADER_ROW, SUBHEADER_ROW = 1, 2, 3, 4
FIRST_DATA_ROW = 5
LEADING_COLUMNS = (("序号", 5), ("地区", 11), ("年度", 6), ("报告单位", 17), ("发布日期", 11))
TRAILING_COLUMNS = (("问题数", 6.5), ("审核状态", 9))
INDICATOR_WIDTH = 8.5
CHARACTERS_PER_LINE = 4  # Chinese characters of 10 pt that fit a line of an indicator column
ABSENT_MARK = "—"


def report_year_label(reports: list[ReviewedReport]) -> str:
    """“2024年度” for one year, “2023—2024年度” for a span, "" when no year is known."""
    years = sorted({r.metadata.year for r in reports if r.metadata.year})
    if not years:
        return ""
    if len(years) == 1:
        return f"{years[0]}年度"
    return f"{years[0]}—{years[-1]}年度"


def title_text(reports: list[ReviewedReport]) -> str:
    return f"{report_year_label(reports)}法治政府建设年度报告主要指标汇总表"


def chinese_date(moment: date) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日"


def parse_date(text: str | None) -> date | str | None:
    """A real date cell when the metadata holds YYYY-MM-DD, else the text as it is."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def write_summary_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog,
                        unit_name: str, exported_at: datetime) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    groups = grouped_indicators(catalog)
    specs = [spec for group in groups for spec in group.specs]
    first_indicator = len(LEADING_COLUMNS) + 1
    last_column = len(LEADING_COLUMNS) + len(specs) + len(TRAILING_COLUMNS)
    _set_layout(sheet, specs, last_column)

    title = styled_cell(sheet, title_text(reports), styles.title())
    sheet.append([title])
    _merge(sheet, TITLE_ROW, 1, TITLE_ROW, last_column)

    split = max(last_column - 6, 3)
    sheet.append([styled_cell(sheet, f"填报单位：{unit_name}", styles.byline("left"))]
                 + [None] * (split - 2)
                 + [styled_cell(sheet, f"导出日期：{chinese_date(exported_at.date())}", styles.byline("right"))])
    _merge(sheet, BYLINE_ROW, 1, BYLINE_ROW, split - 2)
    _merge(sheet, BYLINE_ROW, split, BYLINE_ROW, last_column)

    header = styles.header()
    top, bottom = [], []
    for label, _ in LEADING_COLUMNS:
        top.append(styled_cell(sheet, label, header))
        bottom.append(styled_cell(sheet, None, header))
    for group in groups:
        for index, spec in enumerate(group.specs):
            top.append(styled_cell(sheet, group.name if index == 0 else None, header))
            bottom.append(styled_cell(sheet, header_label(spec, unit_on_own_line=True), header))
    for label, _ in TRAILING_COLUMNS:
        top.append(styled_cell(sheet, label, header))
        bottom.append(styled_cell(sheet, None, header))
    sheet.append(top)
    sheet.append(bottom)
    for column in list(range(1, first_indicator)) + list(range(last_column - len(TRAILING_COLUMNS) + 1,
                                                                 last_column + 1)):
        _merge(sheet, HEADER_ROW, column, SUBHEADER_ROW, column)
    column = first_indicator
    for group in groups:
        _merge(sheet, HEADER_ROW, column, HEADER_ROW, column + len(group.specs) - 1)
        column += len(group.specs)

    for number, report in enumerate(reports, 1):
        sheet.append(_report_row(sheet, styles, number, report, specs))

    _append_legend(sheet, styles, FIRST_DATA_ROW + len(reports) + 1, last_column)


def _set_layout(sheet, specs: list[IndicatorSpec], last_column: int) -> None:
    widths = [width for _, width in LEADING_COLUMNS] + [INDICATOR_WIDTH] * len(specs) \
        + [width for _, width in TRAILING_COLUMNS]
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[TITLE_ROW].height = 36
    sheet.row_dimensions[BYLINE_ROW].height = 20
    sheet.row_dimensions[HEADER_ROW].height = 30
    # Names run to ~25 characters; a column of 8.5 holds 4 Chinese characters a line, plus the unit's line.
    lines = max((-(-len(spec.name) // CHARACTERS_PER_LINE) + 1 for spec in specs), default=2)
    sheet.row_dimensions[SUBHEADER_ROW].height = max(60, 13.5 * lines + 6)
    sheet.freeze_panes = f"{get_column_letter(3)}{FIRST_DATA_ROW}"
    print_landscape(sheet, f"{HEADER_ROW}:{SUBHEADER_ROW}")


def _merge(sheet, min_row: int, min_col: int, max_row: int, max_col: int) -> None:
    if (min_row, min_col) != (max_row, max_col):
        sheet.merged_cells.add(CellRange(min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row))


def _report_row(sheet, styles: StyleBook, number: int, report: ReviewedReport, specs: list[IndicatorSpec]) -> list:
    meta = report.metadata
    published = parse_date(meta.publish_date)
    row = [
        styled_cell(sheet, number, styles.text("center")),
        styled_cell(sheet, meta.region or "", styles.text("center", shrink=True)),
        styled_cell(sheet, meta.year, styles.text("center")),
        styled_cell(sheet, meta.issuer or "", styles.text("left", shrink=True)),
        styled_cell(sheet, published, styles.date() if isinstance(published, date) else styles.text("center")),
    ]
    cells = {cell.indicator_id: cell for cell in report.cells}
    for spec in specs:
        row.append(indicator_cell(sheet, styles, cells, spec))
    row.append(styled_cell(sheet, len(report.findings), styles.text("center")))
    row.append(styled_cell(sheet, report.status.value, styles.text("center")))
    return row


def indicator_cell(sheet, styles: StyleBook, cells: dict[str, ReviewedCell], spec: IndicatorSpec):
    """The value in its number format; unconfirmed cells carry the fill of their status."""
    cell = cells.get(spec.id)
    if cell is None:  # the catalog gained an indicator after this report was reviewed
        return styled_cell(sheet, None, styles.number(spec.kind, status=CellStatus.EMPTY))
    if cell.status is CellStatus.ABSENT:
        return styled_cell(sheet, ABSENT_MARK, styles.text("center"))
    approx = cell.approx and cell.value is not None
    return styled_cell(sheet, cell.value, styles.number(spec.kind, approx, cell.status))


def _append_legend(sheet, styles: StyleBook, first_row: int, last_column: int) -> None:
    """The colour key under the table, so a printed copy explains itself."""
    sheet.append([])
    note = styles.byline("left")
    for row, (colour, text) in enumerate(LEGEND, first_row):
        sheet.append([styled_cell(sheet, None, styles.swatch(colour)) if colour else None,
                      styled_cell(sheet, text, note)])
        _merge(sheet, row, 2, row, max(2, min(last_column, 30)))
