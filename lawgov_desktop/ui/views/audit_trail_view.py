"""修改记录 dock: who changed what in the current report; activating a row selects its indicator."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...core.catalog import Catalog
from ...store import AuditEntry
from ..models.audit_trail_model import AuditTrailModel
from ..models.roles import INDICATOR_ID_ROLE


class AuditTrailView(QTableView):
    indicatorActivated = Signal(str)

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self.audit_model = AuditTrailModel(catalog, self)
        self.setModel(self.audit_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # 备注 takes the room
        self.activated.connect(self._activate)
        self.clicked.connect(self._activate)

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.audit_model.set_entries(entries)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.indicatorActivated.emit(index.data(INDICATOR_ID_ROLE))
