"""The 同比 sheet, written when some region has reports for two years."""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..core.review import CellStatus
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


def write_yoy_sheet(workbook, styles: StyleBook, changes: list[YearChange]) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    for index, (_, width) in enumerate(HEADERS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C2"
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, label, header) for label, _ in HEADERS])
    text, centred = styles.text("left"), styles.text("center")
    for change in changes:
        spec = change.spec
        change_format = POINTS_FORMAT if spec.kind == "rate" else SIGNED_FORMATS.get(spec.kind, "General")
        sheet.append([
            styled_cell(sheet, change.region, text),
            styled_cell(sheet, header_label(spec), text),
            styled_cell(sheet, change.earlier_year, centred),
            _figure_cell(sheet, styles, spec, change.earlier),
            styled_cell(sheet, change.later_year, centred),
            _figure_cell(sheet, styles, spec, change.later),
            styled_cell(sheet, change.change, styles.plain_number(change_format)),
            styled_cell(sheet, change.relative_change, styles.plain_number("+0.0#;-0.0#;0")),
            _remark_cell(sheet, styles, change),
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(changes) + 1}"


def _figure_cell(sheet, styles: StyleBook, spec, cell):
    if cell is None:
        return styled_cell(sheet, None, styles.text("center"))
    return styled_cell(sheet, cell.value, styles.number(spec.kind, cell.approx, cell.status))


def _remark_cell(sheet, styles: StyleBook, change: YearChange):
    if change.earlier is None or change.later is None:
        return styled_cell(sheet, "仅一年有数值", styles.text("center"))
    if change.unconfirmed:
        return styled_cell(sheet, "含未确认数值", styles.text("center", colour=STATUS_FILLS[CellStatus.AUTO]))
    return styled_cell(sheet, "均已确认", styles.text("center"))
