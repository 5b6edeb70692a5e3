"""The shortcut table (``shortcuts.SHORTCUTS``) as a read-only model for the help dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ..shortcuts import Shortcut
from .row_list_model import RowListModel

HEADERS = ("类别", "按键", "作用")


class ShortcutTableModel(RowListModel[Shortcut]):
    headers = HEADERS

    def __init__(self, rows: tuple[Shortcut, ...], parent=None) -> None:
        super().__init__(parent)
        self._items = list(rows)

    def row_data(self, row: Shortcut, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.group, " 或 ".join(row.keys), row.label)[column]
