"""The batch: one row per report with 文件, 地区, 年度, 状态, 待确认, 问题.

Rows are plain ``ReportRow`` values built from the store's ``ReviewedReport``;
the session replaces a row whenever one of its cells changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.review import ReportStatus, ReviewedReport
from .roles import REPORT_ID_ROLE, SORT_ROLE
from .row_list_model import RowListModel

HEADERS = ("文件", "地区", "年度", "状态", "待确认", "问题")
STATUS_COLOURS = {
    ReportStatus.PENDING: QColor("#ffe8a3"),
    ReportStatus.IN_REVIEW: QColor("#b9dcff"),
    ReportStatus.DONE: QColor("#c3f0ca"),
    ReportStatus.UNREVIEWED: QColor("#f1f3f5"),
}


@dataclass(frozen=True)
class ReportRow:
    report_id: int
    file: str
    region: str
    year: int | None
    status: ReportStatus
    open_cells: int
    findings: int
    changed_on_disk: bool
    duplicates: str

    @classmethod
    def from_reviewed(cls, report: ReviewedReport) -> ReportRow:
        return cls(
            report_id=report.report_id or 0,
            file=report.file,
            region=report.metadata.region or "",
            year=report.metadata.year,
            status=report.status,
            open_cells=report.open_cells,
            findings=len(report.findings),
            changed_on_disk=bool(report.extra.get("changed_on_disk")),
            duplicates=report.extra.get("duplicates", ""),
        )


class ReportListModel(RowListModel[ReportRow]):
    headers = HEADERS

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.set_items(rows)

    def add_row(self, row: ReportRow) -> None:
        existing = self.row_of(row.report_id)
        if existing >= 0:
            self.replace_row(row)
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items))
        self._items.append(row)
        self.endInsertRows()

    def add_rows(self, rows: list[ReportRow]) -> None:
        """Append several reports in one insertion (known ones are replaced in place)."""
        new = []
        for row in rows:
            if self.row_of(row.report_id) >= 0:
                self.replace_row(row)
            elif all(row.report_id != other.report_id for other in new):
                new.append(row)
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()

    def replace_row(self, row: ReportRow) -> None:
        position = self.row_of(row.report_id)
        if position < 0:
            return
        self._items[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))

    def row_of(self, report_id: int) -> int:
        for position, row in enumerate(self._items):
            if row.report_id == report_id:
                return position
        return -1

    def report_row(self, position: int) -> ReportRow:
        return self._items[position]

    def report_ids(self) -> list[int]:
        return [row.report_id for row in self._items]

    def row_data(self, row: ReportRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            values = (self._file_label(row), row.region, str(row.year) if row.year else "", row.status.value,
                      str(row.open_cells), str(row.findings) if row.findings else "")
            return values[column]
        if role == SORT_ROLE:
            keys = (Path(row.file).name, row.region, row.year or 0, list(ReportStatus).index(row.status),
                    row.open_cells, row.findings)
            return keys[column]
        if role == REPORT_ID_ROLE:
            return row.report_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and row.changed_on_disk:
            return QBrush(QColor("#c92a2a"))
        return None

    @staticmethod
    def _file_label(row: ReportRow) -> str:
        name = Path(row.file).name
        return f"⚠ {name}" if row.changed_on_disk else name

    @staticmethod
    def _tooltip(row: ReportRow) -> str:
        lines = [row.file]
        if row.changed_on_disk:
            lines.append("文件在审核开始后已被修改；表中仍是原文件的数值，未重新抽取。")
        if row.duplicates:
            lines.append(f"同一报告的其他文件（未重复审核）：{row.duplicates}")
        return "\n".join(lines)
