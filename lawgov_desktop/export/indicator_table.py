"""A region × indicator table: the two header rows, a row per report, 合计 and 简单平均.

Shared by the one-page summary (汇总, headline indicators) and the full table (全部指标,
every indicator, split across pages by category).  After the indicators come columns of
facts about each report (``FactColumn``: 发布日期, 问题数 …).  Totals are formulas over
the rows above, so they follow when a leader corrects a figure in Excel or WPS; a total
that adds up an unconfirmed figure carries the same mark as that figure.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from ..core.catalog import IndicatorSpec
from ..core.review import ReviewedCell, ReviewedReport
from .cells import StreamedCell, clean_text, styled_cell
from .columns import SUMMED_KINDS, header_label
from .status_marks import NOT_CHECKED, PLAIN, is_unreviewed, look_of
from .page import set_row_height
from .styles import LABEL_SIZE, StyleBook
from .text_fit import fitted_height, row_height
from .years import region_label

NUMBER_WIDTH, REGION_WIDTH = 4.5, 14.0  # 14: a seven-character name (富川瑶族自治县) on one line
TOTAL_LABEL, MEAN_LABEL = "合计", "简单平均"


def parse_date(text: str | None) -> date | str | None:
    """A real date cell when the metadata holds YYYY-MM-DD, else the text as it is."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


@dataclass(frozen=True)
class FactColumn:
    """A column about the report itself, after the indicators."""
    label: str
    width: float
    value: Callable[[ReviewedReport], object]
    wraps: bool = False  # text that may take more than one line (left-aligned; its row grows)


ISSUER = FactColumn("报告单位", 16.0, lambda report: clean_text(report.metadata.issuer or ""), wraps=True)
PUBLISHED = FactColumn("发布日期", 10.0, lambda report: parse_date(report.metadata.publish_date))
FINDINGS = FactColumn("问题数", 5.5, lambda report: len(report.findings))
REVIEW_STATE = FactColumn("审核状态", 7.5, lambda report: report.status.value)


@dataclass(frozen=True)
class HeaderSpan:
    """A category over consecutive indicator columns (a category split across pages gets one per page)."""
    name: str
    specs: tuple[IndicatorSpec, ...]


def merge(sheet, min_row: int, min_col: int, max_row: int, max_col: int) -> None:
    if (min_row, min_col) != (max_row, max_col):
        sheet.merged_cells.add(CellRange(min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row))


def write_header(sheet, styles: StyleBook, first_row: int, spans: list[HeaderSpan], indicator_width: float,
                 facts: tuple[FactColumn, ...] = ()) -> None:
    """序号 and 地区 (and the ``facts`` columns) spanning both rows; categories over their indicators."""
    trailing = [column.label for column in facts]
    header, label_style = styles.header(), styles.header(LABEL_SIZE)
    top = [styled_cell(sheet, "序号", header), styled_cell(sheet, "地区", header)]
    bottom = [styled_cell(sheet, None, header), styled_cell(sheet, None, header)]
    labels = []
    for span in spans:
        for index, spec in enumerate(span.specs):
            top.append(styled_cell(sheet, span.name if index == 0 else None, label_style))
            label = header_label(spec, unit_on_own_line=True)
            labels.append(label)
            bottom.append(styled_cell(sheet, label, label_style))
    for label in trailing:
        top.append(styled_cell(sheet, label, header))
        bottom.append(styled_cell(sheet, None, header))
    set_row_height(sheet, first_row, fitted_height(
        [(span.name, indicator_width * len(span.specs)) for span in spans], LABEL_SIZE))
    set_row_height(sheet, first_row + 1, fitted_height(
        [(label, indicator_width) for label in labels], LABEL_SIZE, minimum_lines=2))
    sheet.append(top)
    sheet.append(bottom)
    column = 3
    for span in spans:
        merge(sheet, first_row, column, first_row, column + len(span.specs) - 1)
        column += len(span.specs)
    for fixed in [1, 2] + list(range(column, column + len(trailing))):
        merge(sheet, first_row, fixed, first_row + 1, fixed)


def value_cell(sheet, styles: StyleBook, spec: IndicatorSpec, cell: ReviewedCell | None, report: ReviewedReport,
               bordered: bool = True):
    """The figure in its format; unconfirmed figures marked, unchecked blanks filled, 无此项 as “—”.

    Without borders (a sheet that prints its gridlines) a blank is not written at all: the
    full table of 1,000 reports has some 25,000 of them, and each written cell costs time.
    """
    unreviewed = is_unreviewed(cell, report.status)
    if cell is None:
        return styled_cell(sheet, None, styles.blank(NOT_CHECKED if unreviewed else PLAIN)) if bordered else None
    look = look_of(cell.status)
    if look.shown_as is not None and cell.value is None:
        return styled_cell(sheet, look.shown_as, styles.text("center", border=bordered))
    if cell.value is None:
        return styled_cell(sheet, None, styles.blank(look if unreviewed else PLAIN)) if bordered else None
    return styled_cell(sheet, cell.value,
                       styles.value(spec.kind, cell.approx, look if unreviewed else PLAIN, border=bordered))


def fact_cell(sheet, styles: StyleBook, column: FactColumn, report: ReviewedReport, bordered: bool = True):
    value = column.value(report)
    if isinstance(value, date):
        return styled_cell(sheet, value, styles.date(border=bordered))
    return styled_cell(sheet, value, styles.text("left" if column.wraps else "center", border=bordered))


def report_row(sheet, styles: StyleBook, number: int, report: ReviewedReport, specs: list[IndicatorSpec],
               facts: tuple[FactColumn, ...] = (), bordered: bool = True) -> list:
    cells = {cell.indicator_id: cell for cell in report.cells}
    centred = styles.text("center", border=bordered)
    row = [styled_cell(sheet, number, centred), styled_cell(sheet, region_label(report), centred)]
    row += [value_cell(sheet, styles, spec, cells.get(spec.id), report, bordered) for spec in specs]
    row += [fact_cell(sheet, styles, column, report, bordered) for column in facts]
    return row


def write_report_rows(sheet, styles: StyleBook, first_row: int, reports: tuple[ReviewedReport, ...],
                      specs: list[IndicatorSpec], facts: tuple[FactColumn, ...] = (), bordered: bool = True) -> None:
    """A row per report, as tall as its region's name or a wrapped fact needs."""
    wrapped = [column for column in facts if column.wraps]
    for offset, report in enumerate(reports):
        texts = [(region_label(report), REGION_WIDTH)] + [(column.value(report), column.width) for column in wrapped]
        set_row_height(sheet, first_row + offset, fitted_height(texts))
        sheet.append(report_row(sheet, styles, offset + 1, report, specs, facts, bordered))


def write_totals(sheet, styles: StyleBook, first_row: int, reports: tuple[ReviewedReport, ...],
                 specs: list[IndicatorSpec], facts: tuple[FactColumn, ...] = (), bordered: bool = True) -> int:
    """合计 (counts, people, amounts) and 简单平均 (rates) under the rows; returns the rows written.

    Written only for two reports or more, and only in columns with a figure: a 合计 of
    nothing would print as 0.
    """
    if len(reports) < 2:
        return 0
    last_row = first_row - 1
    data_first = first_row - len(reports)
    summed = [TOTAL_LABEL, lambda letter: f"=SUM({letter}{data_first}:{letter}{last_row})", SUMMED_KINDS]
    averaged = [MEAN_LABEL, lambda letter: f"=AVERAGE({letter}{data_first}:{letter}{last_row})", ("rate",)]
    written = 0
    cells = [{cell.indicator_id: cell for cell in report.cells} for report in reports]
    figures_of = {spec.id: [(by_id[spec.id], report) for by_id, report in zip(cells, reports)
                            if spec.id in by_id and by_id[spec.id].value is not None] for spec in specs}
    for label, formula, kinds in (summed, averaged):
        if not any(spec.kind in kinds for spec in specs):
            continue
        empty = styled_cell(sheet, None, styles.text("center")) if bordered else None
        row = [empty, styled_cell(sheet, label, styles.text("center", bold=True, border=bordered))]
        for column, spec in enumerate(specs, 3):
            figures = figures_of[spec.id]
            if spec.kind not in kinds or not figures:
                row.append(empty)
                continue
            # A total that adds an unconfirmed figure looks like that figure.  Not bold: a total of
            # seven digits must fit the narrow column at full size (the label says what it is).
            unconfirmed = next((cell.status for cell, report in figures if is_unreviewed(cell, report.status)), None)
            look = PLAIN if unconfirmed is None else look_of(unconfirmed)
            row.append(StreamedCell(sheet, row=1, column=1, value=formula(get_column_letter(column)),
                                    style_array=styles.value(spec.kind, False, look, border=bordered)))
        row += [empty] * len(facts)
        set_row_height(sheet, first_row + written, row_height(1))
        sheet.append(row)
        written += 1
    return written


def has_unreviewed(reports, specs: list[IndicatorSpec]) -> bool:
    """Whether any cell of these reports and indicators is unreviewed (for the title's （含未审核数值））."""
    for report in reports:
        cells = {cell.indicator_id: cell for cell in report.cells}
        if any(is_unreviewed(cells.get(spec.id), report.status) for spec in specs):
            return True
    return False
