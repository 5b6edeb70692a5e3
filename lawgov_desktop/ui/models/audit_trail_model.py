"""修改记录: the audit trail of the current report (its cells and its facts), newest first."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...core.catalog import Catalog
from ...store import AuditEntry
from .roles import INDICATOR_ID_ROLE, STATUS_LABELS, format_value
from .row_list_model import RowListModel

HEADERS = ("时间", "指标", "原值", "新值", "状态", "备注", "审核人")


def _shown(value) -> str:
    if isinstance(value, str):  # a fact: 地区, 报告主体, 发布日期
        return value or "空"
    return format_value(value) or "空"


class AuditTrailModel(RowListModel[AuditEntry]):
    headers = HEADERS

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_items(reversed(entries))  # newest first

    def row_data(self, entry: AuditEntry, column: int, role: int):
        if role == INDICATOR_ID_ROLE:
            return entry.indicator_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        spec = self._catalog.get(entry.indicator_id)
        name = entry.fact.label if entry.fact else (spec.name if spec else entry.indicator_id)
        status = STATUS_LABELS[entry.new_status]
        if entry.old_status != entry.new_status:
            status = f"{STATUS_LABELS[entry.old_status]} → {status}"
        values = (entry.changed_at.replace("T", " ")[:19], name, _shown(entry.old_value), _shown(entry.new_value),
                  status, entry.note, entry.reviewer)
        return values[column]
