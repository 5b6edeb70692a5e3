"""检查结果: the checks' findings for the current report; activating one jumps to its evidence."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...core.types import Finding
from ..models.findings_model import FindingsModel
from ..models.roles import EVIDENCE_ROLE, INDICATOR_ID_ROLE


class FindingsView(QTableView):
    findingActivated = Signal(object, object)  # Evidence | None, indicator id | None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings_model = FindingsModel(self)
        self.setModel(self.findings_model)
        self.setAcceptDrops(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def set_findings(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings_model.set_findings(findings)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.findingActivated.emit(index.data(EVIDENCE_ROLE), index.data(INDICATOR_ID_ROLE))
