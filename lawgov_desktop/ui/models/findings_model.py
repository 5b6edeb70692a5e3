"""Findings of the checks for the current report: 级别, 说明, 指标 (click jumps to the evidence)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.types import Finding
from .roles import EVIDENCE_ROLE, INDICATOR_ID_ROLE

HEADERS = ("级别", "说明")
SEVERITY_COLOURS = {"错误": QColor("#ffc9c9"), "警告": QColor("#ffe8a3"), "提示": QColor("#e7f5ff")}


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.severity if index.column() == 0 else finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.message}\n规则：{finding.rule}" + (f"\n依据：{finding.evidence.text}" if finding.evidence else "")
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            colour = SEVERITY_COLOURS.get(finding.severity)
            return QBrush(colour) if colour else None
        if role == EVIDENCE_ROLE:
            return finding.evidence
        if role == INDICATOR_ID_ROLE:
            return finding.indicator
        return None
