"""The 同比 sheet, written when some region has reports for two years."""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog
from .cells import styled_cell
from .columns import NUMBER_FORMATS, header_label
from .page import print_landscape
from .styles import STATUS_FILLS, StyleBook
from .yoy import YearChange

SHEET_NAME = "同比"
HEADERS = (("地区", 12), ("指标", 34), ("上年度", 8), ("上年数值", 11), ("本年度", 8), ("本年数值", 11),
           ("增减", 13), ("增减幅度（%）", 11), ("核实情况", 14))
POINTS_FORMAT = '+0.0#"个百分点";-0.0#"个百分点";0"个百分点"'
SIGNED_FORMATS = {kind: f"+{code};-{code};0" for kind, code in NUMBER_FORMATS.items()}


def write_yoy_sheet(workbook, styles: StyleBook, changes: list[YearChange], catalog: Catalog) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    for index, (_, width) in enumerate(HEADERS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C2"
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, label, header) for label, _ in HEADERS])
    text, centred = styles.text("left"), styles.text("center")
    for change in changes:
        spec = catalog.get(change.indicator_id)
        kind = spec.kind if spec else "count"
        change_format = POINTS_FORMAT if kind == "rate" else SIGNED_FORMATS.get(kind, "General")
        sheet.append([
            styled_cell(sheet, change.region, text),
            styled_cell(sheet, header_label(spec) if spec else change.indicator_id, text),
            styled_cell(sheet, change.earlier_year, centred),
            styled_cell(sheet, change.earlier.value,
                        styles.number(kind, change.earlier.approx, change.earlier.status)),
            styled_cell(sheet, change.later_year, centred),
            styled_cell(sheet, change.later.value, styles.number(kind, change.later.approx, change.later.status)),
            styled_cell(sheet, change.change, styles.plain_number(change_format)),
            styled_cell(sheet, change.relative_change(kind), styles.plain_number("+0.0#;-0.0#;0")),
            styled_cell(sheet, "含未确认数值" if change.unconfirmed else "均已确认",
                        styles.text("center", colour=STATUS_FILLS[_open_status(change)] if change.unconfirmed
                                    else None)),
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(changes) + 1}"


def _open_status(change: YearChange):
    return change.later.status if change.later.status.is_open else change.earlier.status
