"""The 指标明细 sheet: every reviewed figure with the sentence it came from."""
from __future__ import annotations

from datetime import datetime

from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from .cells import styled_cell
from .rows import DETAIL_HEADERS, detail_rows
from .page import print_landscape
from .styles import STATUS_FILLS, StyleBook

SHEET_NAME = "指标明细"
WIDTHS = (10, 6, 18, 22, 14, 26, 10, 6, 4, 8, 60, 7, 8, 16, 16, 24)


def write_detail_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, label, header) for label in DETAIL_HEADERS])

    text, centred = styles.text("left"), styles.text("center")
    confidence = styles.plain_number("0.00")
    timestamp = styles.plain_number("yyyy-mm-dd hh:mm")
    count = 0
    for row in detail_rows(reports, catalog):
        count += 1
        changed_style = timestamp if isinstance(row.changed_at, datetime) else text
        sheet.append([
            styled_cell(sheet, row.region, text),
            styled_cell(sheet, row.year, centred),
            styled_cell(sheet, row.issuer, text),
            styled_cell(sheet, row.file, text),
            styled_cell(sheet, row.category, text),
            styled_cell(sheet, row.indicator, text),
            styled_cell(sheet, row.value, styles.number(row.kind, row.approx, row.status)),
            styled_cell(sheet, row.unit, centred),
            styled_cell(sheet, "约" if row.approx else "", centred),
            styled_cell(sheet, row.status.value, styles.text("center", colour=STATUS_FILLS.get(row.status))),
            styled_cell(sheet, row.evidence, text),
            styled_cell(sheet, row.confidence, confidence),
            styled_cell(sheet, row.reviewer, centred),
            styled_cell(sheet, row.changed_at, changed_style),
            styled_cell(sheet, row.note, text),
            styled_cell(sheet, row.indicator_id, text),
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DETAIL_HEADERS))}{count + 1}"

