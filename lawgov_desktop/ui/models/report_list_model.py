"""The batch: one row per report with 文件, 地区, 年度, 状态, 待确认, 问题.

Rows are plain ``ReportRow`` values built from the service's reviewed reports; the
window replaces a row whenever its cells, facts or findings change.  ``SORT_ROLE``
gives every column a key that ends in (地区, 年度, 文件), so the order never depends
on which file a worker finished first, and ties sort the same way on every load.
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
REGION_COLUMN = 1
STATUS_COLOURS = {
    ReportStatus.PENDING: QColor("#ffe8a3"),
    ReportStatus.IN_REVIEW: QColor("#b9dcff"),
    ReportStatus.DONE: QColor("#c3f0ca"),
    ReportStatus.UNREVIEWED: QColor("#f1f3f5"),
}
NOT_A_REPORT_RULE = "report.topic"
_LAST = "\uffff"  # reports without a region or year sort after the others


@dataclass(frozen=True)
class ReportRow:
    report_id: int
    file: str
    region: str
    year: int | None
    status: ReportStatus
    pending_cells: int  # 待确认
    unmentioned_cells: int
    findings: int
    changed_on_disk: bool
    duplicates: str
    not_a_report: bool = False

    @classmethod
    def from_reviewed(cls, report: ReviewedReport) -> ReportRow:
        return cls(
            report_id=report.report_id or 0,
            file=report.file,
            region=report.metadata.region or "",
            year=report.metadata.year,
            status=report.status,
            pending_cells=report.pending_cells,
            unmentioned_cells=report.unmentioned_cells,
            findings=len(report.findings),
            changed_on_disk=bool(report.extra.get("changed_on_disk")),
            duplicates=report.extra.get("duplicates", ""),
            not_a_report=any(f.rule == NOT_A_REPORT_RULE for f in report.findings),
        )

    @property
    def name(self) -> str:
        return Path(self.file).name

    def natural_key(self) -> str:
        """地区, 年度, 文件: the batch's order unless the reviewer sorts by another column."""
        year = f"{self.year:04d}" if self.year else _LAST
        return f"{self.region or _LAST}\t{year}\t{self.name}\t{self.report_id:09d}"


class ReportListModel(RowListModel[ReportRow]):
    headers = HEADERS

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.set_items(rows)

    def add_row(self, row: ReportRow) -> None:
        self.add_rows([row])

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
        if position < 0 or self._items[position] == row:
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
            values = (self._file_label(row), row.region, str(row.year) if row.year else "", row.status.label,
                      str(row.pending_cells) if row.pending_cells else "",
                      str(row.findings) if row.findings else "")
            return values[column]
        if role == SORT_ROLE:
            natural = row.natural_key()
            keys = (f"{row.name}\t{natural}", natural, f"{row.year or 9999:04d}\t{natural}",
                    f"{list(ReportStatus).index(row.status)}\t{natural}", f"{row.pending_cells:05d}\t{natural}",
                    f"{row.findings:05d}\t{natural}")
            return keys[column]
        if role == REPORT_ID_ROLE:
            return row.report_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and (row.changed_on_disk or row.not_a_report):
            return QBrush(QColor("#c92a2a"))
        return None

    @staticmethod
    def _file_label(row: ReportRow) -> str:
        if row.changed_on_disk:
            return f"⚠ {row.name}"
        if row.not_a_report:
            return f"？{row.name}"
        return row.name

    @staticmethod
    def _tooltip(row: ReportRow) -> str:
        lines = [row.file]
        if row.region or row.year:
            lines.append(" ".join(p for p in (row.region, str(row.year or "")) if p))
        lines.append(f"{row.status.label}：待确认 {row.pending_cells} 项，未提及 {row.unmentioned_cells} 项，"
                     f"检查发现 {row.findings} 个问题")
        if row.not_a_report:
            lines.append("此文件看起来不是法治政府建设年度报告（见“检查结果”）。")
        if row.changed_on_disk:
            lines.append("文件在审核开始后已被修改；表中仍是原文件的数值，未重新抽取。")
        if row.duplicates:
            lines.append(f"同一报告的其他文件（未重复审核）：{row.duplicates}")
        return "\n".join(lines)
