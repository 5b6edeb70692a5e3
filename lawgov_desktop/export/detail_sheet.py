"""The 指标明细 sheet: every reviewed figure with the sentence it came from.

It shows the columns a reader needs; 报告单位, 类别 and 指标代码 are left to the CSV,
which has every column: at 45 rows per report, each column costs openpyxl seconds
for a thousand reports.  For the same reason a cell that is still 空 (nothing was
found and no reviewer has looked at it) gets no row here: it carries no figure, no
sentence and no decision, and 汇总 already shows it as a blank.  The CSV keeps it.
"""
from __future__ import annotations

from datetime import datetime

from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog
from ..core.review import CellStatus, ReviewedReport
from .cells import plain_value, styled_cell
from .columns import number_format
from .rows import DETAIL_HEADERS, detail_rows
from .page import list_sheet
from .styles import STATUS_FILLS, StyleBook

SHEET_NAME = "指标明细"
COLUMNS = (("地区", 10), ("年度", 6), ("文件", 24), ("指标", 30), ("数值", 10), ("单位", 6), ("约", 4),
           ("状态", 8), ("依据原文", 60), ("置信度", 7), ("审核人", 8), ("最后修改时间", 16), ("备注", 16))
HEADERS = tuple(name for name, _ in COLUMNS)
PICK = tuple(DETAIL_HEADERS.index(name) for name in HEADERS)  # positions in DetailRow.values()
VALUE, STATUS, CHANGED_AT = (HEADERS.index(name) for name in ("数值", "状态", "最后修改时间"))


def write_detail_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    sheet = list_sheet(workbook, SHEET_NAME, COLUMNS, styles, freeze="A2")

    status_styles = {status: styles.data(colour=colour) for status, colour in STATUS_FILLS.items()}
    count = 0
    for row in detail_rows(reports, catalog):
        if row.status is CellStatus.EMPTY:
            continue
        count += 1
        # ~600,000 cells for 1,000 reports: bare values wherever no style carries meaning,
        # because openpyxl spends several times longer on a styled cell than on a bare value.
        every = row.values()
        values = [plain_value(sheet, every[index]) for index in PICK]
        if row.status.is_open or row.approx:
            values[VALUE] = styled_cell(sheet, row.value, styles.data(number_format(row.kind, row.approx),
                                                                      STATUS_FILLS.get(row.status)))
        if row.status in status_styles:
            values[STATUS] = styled_cell(sheet, row.status.value, status_styles[row.status])
        if isinstance(row.changed_at, datetime):
            values[CHANGED_AT] = row.changed_at.strftime("%Y-%m-%d %H:%M")
        sheet.append(values)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{count + 1}"

