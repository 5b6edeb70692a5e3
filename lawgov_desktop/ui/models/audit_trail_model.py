"""修改记录: the audit trail of the current report, newest first."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.catalog import Catalog
from ...store import AuditEntry
from .roles import INDICATOR_ID_ROLE, STATUS_LABELS, format_value

HEADERS = ("时间", "指标", "原值", "新值", "状态", "备注", "审核人")


class AuditTrailModel(QAbstractTableModel):
    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == INDICATOR_ID_ROLE:
            return entry.indicator_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        spec = self._catalog.get(entry.indicator_id)
        status = STATUS_LABELS[entry.new_status]
        if entry.old_status != entry.new_status:
            status = f"{STATUS_LABELS[entry.old_status]} → {status}"
        values = (entry.changed_at.replace("T", " ")[:19], spec.name if spec else entry.indicator_id,
                  format_value(entry.old_value) or "空", format_value(entry.new_value) or "空", status, entry.note,
                  entry.reviewer)
        return values[index.column()]
