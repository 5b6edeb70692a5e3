"""The batch list: a filter line above a sortable table of reports, and a hint when it is new.

The list is always sorted — by 地区, 年度, 文件 until the reviewer clicks another
header — so it reads the same on every load.  Next/previous report moves the
selection (it never extends it).  On a narrow pane the 地区 and 年度 columns make
room for the file name (which usually names both, and the facts row shows them).
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ..models.report_list_model import REGION_COLUMN, ReportListModel
from ..models.roles import REPORT_ID_ROLE, SORT_ROLE

NARROW_PX = 400  # below this the 地区 and 年度 columns are hidden
DROP_HINT = "把报告文件或文件夹拖到这里，\n或用 文件 → 打开（Ctrl+O）"
COMPACT_COLUMNS = (1, 2)


class BatchView(QWidget):
    reportSelected = Signal(int)  # report id

    def __init__(self, model: ReportListModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setDynamicSortFilter(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("筛选：文件名、地区、年度、状态")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setAcceptDrops(False)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(REGION_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the report text
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl/Shift-click picks several reports (for 导出汇总表 of a selection); the
        # current row is still the one reviewed.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Fixed widths from the font: ResizeToContents would measure all rows on every
        # change, which shows while 200 reports load.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("", "某某县", "2024", "审核中", "待确认", "问题")):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the end of long file names
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.hint = QLabel(DROP_HINT, self)
        self.hint.setObjectName("dropHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def show_hint(self, shown: bool) -> None:
        self.hint.setVisible(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_PX
        for column in COMPACT_COLUMNS:
            self.table.setColumnHidden(column, narrow)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.reportSelected.emit(int(current.data(REPORT_ID_ROLE)))

    def selected_report_ids(self) -> list[int]:
        """Report ids of the selected rows, in the list's current order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.proxy.index(row, 0).data(REPORT_ID_ROLE)) for row in rows]

    def current_report_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(REPORT_ID_ROLE)) if index.isValid() else None

    def select_report(self, report_id: int) -> None:
        row = self.model.row_of(report_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index.row() != self.table.currentIndex().row():
            self._make_current(index)
        self.table.scrollTo(index)

    def step(self, direction: int) -> None:
        """Move to the next (+1) or previous (-1) report in the list's order; only that one is selected."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(rows - 1, current + direction))
        self._make_current(self.proxy.index(target, 0))

    def _make_current(self, index: QModelIndex) -> None:
        # Not setCurrentIndex: with Ctrl held (Ctrl+PgDown) the view would extend the selection.
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
