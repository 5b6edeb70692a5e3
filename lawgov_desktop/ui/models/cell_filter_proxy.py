"""Sorting and the 只看待确认 filter over the indicator table.

Sorting uses ``SORT_ROLE`` so numbers sort as numbers.  A cell the reviewer has
just confirmed stays visible until the filter is applied again (``refresh``),
otherwise Enter would make the row vanish under the cursor.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from .roles import PENDING_ROLE, SORT_ROLE


class CellFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._open_only = False

    @property
    def open_only(self) -> bool:
        return self._open_only

    def set_open_only(self, open_only: bool) -> None:
        self.beginFilterChange()
        self._open_only = open_only
        self.endFilterChange()

    def refresh(self) -> None:
        if self._open_only:
            self.beginFilterChange()
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._open_only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(PENDING_ROLE))
