"""Findings of the checks for the current report: 级别, 说明, 指标 (click jumps to the evidence)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...core.types import Finding
from .roles import EVIDENCE_ROLE, INDICATOR_ID_ROLE
from .row_list_model import RowListModel

HEADERS = ("级别", "说明")
SEVERITY_COLOURS = {"错误": QColor("#ffc9c9"), "警告": QColor("#ffe8a3"), "提示": QColor("#e7f5ff")}


class FindingsModel(RowListModel[Finding]):
    headers = HEADERS

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.set_items(findings)

    def finding(self, row: int) -> Finding:
        return self.item(row)

    def row_data(self, finding: Finding, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.severity if column == 0 else finding.message
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.message}\n规则：{finding.rule}" + (f"\n依据：{finding.evidence.text}" if finding.evidence else "")
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            colour = SEVERITY_COLOURS.get(finding.severity)
            return QBrush(colour) if colour else None
        if role == EVIDENCE_ROLE:
            return finding.evidence
        if role == INDICATOR_ID_ROLE:
            return finding.indicator
        return None
