"""The 指标明细 sheet: every reviewed figure with the sentence it came from."""
from __future__ import annotations

from datetime import datetime

from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from .cells import plain_value, styled_cell
from .columns import number_format
from .rows import DETAIL_HEADERS, detail_rows
from .page import print_landscape
from .styles import STATUS_FILLS, StyleBook

SHEET_NAME = "指标明细"
WIDTHS = (10, 6, 18, 22, 14, 26, 10, 6, 4, 8, 60, 7, 8, 16, 16, 24)
VALUE, STATUS, CONFIDENCE, CHANGED_AT = (DETAIL_HEADERS.index(name) for name in ("数值", "状态", "置信度", "最后修改时间"))


def write_detail_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, label, header) for label in DETAIL_HEADERS])

    confidence = styles.data("0.00")
    timestamp = styles.data("yyyy-mm-dd hh:mm")
    status_styles = {status: styles.data(colour=colour) for status, colour in STATUS_FILLS.items()}
    count = 0
    for row in detail_rows(reports, catalog):
        count += 1
        # Bare values where nothing needs a style: this sheet has ~700,000 cells for 1,000 reports.
        values = [plain_value(sheet, value if value != "" else None) for value in row.values()]
        values[VALUE] = styled_cell(sheet, row.value,
                                    styles.data(number_format(row.kind, row.approx), STATUS_FILLS.get(row.status)))
        if row.status in status_styles:
            values[STATUS] = styled_cell(sheet, row.status.value, status_styles[row.status])
        if row.confidence is not None:
            values[CONFIDENCE] = styled_cell(sheet, row.confidence, confidence)
        if isinstance(row.changed_at, datetime):
            values[CHANGED_AT] = styled_cell(sheet, row.changed_at, timestamp)
        sheet.append(values)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DETAIL_HEADERS))}{count + 1}"

