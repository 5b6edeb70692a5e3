"""Indicators × regions: one row per indicator, one column per report of the batch.

Adapts ``core.checks.compare.RegionComparison``; it decides nothing.  Numbers sort
as numbers through ``SORT_ROLE`` (an empty cell sorts below every number).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.checks.compare import RegionComparison
from ...core.checks.context import format_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 101
INDICATOR_ID_ROLE = Qt.ItemDataRole.UserRole + 102
MISSING = float("-inf")  # sorts empty cells together, below every value
FIXED_HEADERS = ("指标", "单位")


class RegionComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = RegionComparison((), ())

    def set_comparison(self, table: RegionComparison) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIXED_HEADERS) + len(self._table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < len(FIXED_HEADERS):
            return FIXED_HEADERS[section] if role == Qt.ItemDataRole.DisplayRole else None
        column = self._table.columns[section - len(FIXED_HEADERS)]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.file
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._table.rows):
            return None
        row = self._table.rows[index.row()]
        column = index.column()
        if role == INDICATOR_ID_ROLE:
            return row.indicator
        if column == 0:
            return row.name if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if column == 1:
            return row.unit if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        if not 0 <= column - len(FIXED_HEADERS) < len(row.values):
            return None
        value = row.values[column - len(FIXED_HEADERS)]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else format_number(value)
        if role == SORT_ROLE:
            return MISSING if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
