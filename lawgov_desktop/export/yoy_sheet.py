"""The 同比 sheet, written when some region has reports for two years."""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..core.review import CellStatus
from .cells import plain_value, styled_cell
from .columns import NUMBER_FORMATS, header_label, number_format
from .page import list_sheet
from .styles import STATUS_FILLS, StyleBook
from .yoy import YearChange

SHEET_NAME = "同比"
HEADERS = (("地区", 12), ("指标", 34), ("上年度", 8), ("上年数值", 11), ("本年度", 8), ("本年数值", 11),
           ("增减", 13), ("增减幅度（%）", 11), ("核实情况", 14))
POINTS_FORMAT = '+0.0#"个百分点";-0.0#"个百分点";0"个百分点"'
SIGNED_FORMATS = {kind: f"+{code};-{code};0" for kind, code in NUMBER_FORMATS.items()}


def write_yoy_sheet(workbook, styles: StyleBook, changes: list[YearChange]) -> None:
    sheet = list_sheet(workbook, SHEET_NAME, HEADERS, styles, freeze="C2")
    for change in changes:
        spec = change.spec
        change_format = POINTS_FORMAT if spec.kind == "rate" else SIGNED_FORMATS.get(spec.kind, "General")
        # A data list like 指标明细: bare values, styles only where they carry meaning.
        sheet.append([
            plain_value(sheet, change.region),
            plain_value(sheet, header_label(spec)),
            change.earlier_year,
            _figure(sheet, styles, spec, change.earlier),
            change.later_year,
            _figure(sheet, styles, spec, change.later),
            styled_cell(sheet, change.change, styles.data(change_format)) if change.change is not None else None,
            change.relative_change,
            _remark(sheet, styles, change),
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(changes) + 1}"


def _figure(sheet, styles: StyleBook, spec, cell):
    if cell is None:
        return None
    if cell.status.is_open or cell.approx:
        return styled_cell(sheet, cell.value, styles.data(number_format(spec.kind, cell.approx),
                                                          STATUS_FILLS.get(cell.status)))
    return cell.value


def _remark(sheet, styles: StyleBook, change: YearChange):
    if change.earlier is None or change.later is None:
        return "仅一年有数值"
    if change.unconfirmed:
        return styled_cell(sheet, "含未确认数值", styles.data(colour=STATUS_FILLS[CellStatus.AUTO]))
    return "均已确认"
