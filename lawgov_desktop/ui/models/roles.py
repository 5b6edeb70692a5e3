"""Custom item roles and the indicator table's columns, shared by models, proxy and views."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...core.review import CellStatus

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReviewedCell of the row
INDICATOR_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a value that sorts naturally (numbers as numbers)
PENDING_ROLE = Qt.ItemDataRole.UserRole + 4  # 待确认: an extracted value nobody has confirmed
ALTERNATIVES_ROLE = Qt.ItemDataRole.UserRole + 5  # list of (label, text to put in the editor)
KIND_ROLE = Qt.ItemDataRole.UserRole + 6  # (kind, unit, max_value) for the value parser
REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 7
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 8
FACT_ROLE = Qt.ItemDataRole.UserRole + 9  # the ReportFact of a column of the facts row


class Column(IntEnum):
    # 状态 right after 值: on a 1366-pixel screen the three columns a reviewer works with
    # (指标, 值, 状态) must fit without scrolling sideways.
    CATEGORY = 0
    NAME = 1
    VALUE = 2
    STATUS = 3
    UNIT = 4
    APPROX = 5
    CONFIDENCE = 6
    EVIDENCE = 7


HEADERS = ("类别", "指标", "值", "状态", "单位", "约", "置信度", "依据")

# Status colours: the table's status cell, the evidence highlight in the text and the legend share them.
STATUS_COLOURS = {
    CellStatus.AUTO: QColor("#ffe8a3"),
    CellStatus.NOT_MENTIONED: QColor("#f1f3f5"),
    CellStatus.CONFIRMED: QColor("#c3f0ca"),
    CellStatus.CORRECTED: QColor("#b9dcff"),
    CellStatus.ABSENT: QColor("#dee2e6"),
}
CURRENT_EVIDENCE_COLOUR = QColor("#ffb35c")
STATUS_LABELS = {status: status.label for status in CellStatus}
# What each colour means, for the legend under the table.
LEGEND = (
    (CellStatus.AUTO, "待确认（自动抽取）"),
    (CellStatus.CONFIRMED, "已确认"),
    (CellStatus.CORRECTED, "已修改"),
    (CellStatus.NOT_MENTIONED, "未提及"),
    (CellStatus.ABSENT, "无此项"),
)


def format_value(value: float | int | None) -> str:
    """Numbers as a reviewer writes them: 12000, 98.5 (no trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)
