"""The 同比 sheet, written when some region has figures for two consecutive years.

Only indicators with a figure in both years are listed: a 同比 without one of its two
figures has no 增减 to show.  Figures carry the marks of their review state; rates
change in percentage points and get no relative change.
"""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from ..core.review import ReportStatus
from .cells import plain_value, styled_cell
from .columns import NUMBER_FORMATS, header_label
from .page import list_sheet, set_row_height
from .status_marks import PLAIN, UNREVIEWED_NOTE, footer_key, is_unreviewed, look_of
from .styles import StyleBook
from .text_fit import fitted_height
from .yoy import YearChange

SHEET_NAME = "同比"
HEADERS = (("地区", 10), ("指标", 30), ("上年度", 7), ("上年数值", 12), ("本年度", 7), ("本年数值", 12),
           ("增减", 15), ("增减幅度（%）", 10), ("核实情况", 12))
POINTS_FORMAT = '+0.0"个百分点";-0.0"个百分点";0.0"个百分点"'
SIGNED_FORMATS = {kind: f"+{code};-{code};0" for kind, code in NUMBER_FORMATS.items()}
RELATIVE_FORMAT = "+0.0;-0.0;0.0"


def comparable(changes: list[YearChange]) -> list[YearChange]:
    return [change for change in changes if change.change is not None]


def write_yoy_sheet(workbook, styles: StyleBook, changes: list[YearChange]) -> None:
    unconfirmed = any(change.unconfirmed for change in changes)
    sheet = list_sheet(workbook, SHEET_NAME, HEADERS, styles,
                       header=SHEET_NAME + (UNREVIEWED_NOTE if unconfirmed else ""),
                       footer_note=footer_key() if unconfirmed else "")
    widths = dict(HEADERS)
    relative = styles.plain_number(RELATIVE_FORMAT, border=False)
    for number, change in enumerate(changes, 2):
        spec = change.spec
        label = header_label(spec)
        change_format = POINTS_FORMAT if spec.kind == "rate" else SIGNED_FORMATS.get(spec.kind, "General")
        set_row_height(sheet, number, fitted_height([(change.region, widths["地区"]), (label, widths["指标"])]))
        sheet.append([
            plain_value(sheet, change.region),
            plain_value(sheet, label),
            change.earlier_year,
            _figure(sheet, styles, spec, change.earlier),
            change.later_year,
            _figure(sheet, styles, spec, change.later),
            styled_cell(sheet, change.change, styles.plain_number(change_format, border=False)),
            styled_cell(sheet, change.relative_change, relative) if change.relative_change is not None else None,
            "含未确认数值" if change.unconfirmed else "均已确认",
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{len(changes) + 1}"


def _figure(sheet, styles: StyleBook, spec, cell):
    # A figure in a 同比 row is never a blank, so the report's status does not matter here.
    look = look_of(cell.status) if is_unreviewed(cell, ReportStatus.PENDING) else PLAIN
    return styled_cell(sheet, cell.value, styles.value(spec.kind, cell.approx, look, unit=spec.unit, border=False))
