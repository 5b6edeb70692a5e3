"""The indicator table: keyboard-first review of one report's cells.

Enter on a row confirms it (the window then moves to the next 待确认 cell), Delete
marks 无此项, F2 or typing a digit starts editing the value.  Rows are selected
whole; the current row is what the text view highlights.  指标, 值 and 状态 always
fit in the viewport, whatever the window's width.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..models.roles import Column
from .value_delegate import ValueDelegate


class IndicatorTableView(QTableView):
    confirmRequested = Signal(QModelIndex)
    absentRequested = Signal(QModelIndex)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(False)  # drops go to the window
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.value_delegate = ValueDelegate(self)
        self.setItemDelegateForColumn(Column.VALUE, self.value_delegate)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # By pixel: with whole columns a sliver too wide scrolls 类别 and 指标 out of sight at once.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setMinimumSectionSize(24)
        self.horizontalHeader().setDefaultSectionSize(48)  # 依据 stretches from here, not from 100 px
        self._natural: dict[Column, int] = {}

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        # Interactive, sized once per report (fit_columns): ResizeToContents would measure
        # every row again on each edit.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # catalog order until the reviewer sorts

    def fit_columns(self) -> None:
        """Widths that show every indicator name and value without cutting them, where there is room.

        Measured from the display texts directly: resizeColumnToContents asks the
        model for every role of every cell and costs a visible pause per report.
        """
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column in Column:
            if column == Column.EVIDENCE:
                continue
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = header_metrics.horizontalAdvance(title or "") + 24  # room for the sort arrow
            for row in range(model.rowCount()):
                text = model.index(row, column).data()
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)) + padding)
            if column == Column.APPROX:
                width = max(width, 36)
            if column == Column.VALUE:
                width = max(width, 80)
            self._natural[column] = width
        self._apply_widths()

    def _apply_widths(self) -> None:
        """Natural widths, except that 指标, 值 and 状态 must fit in the viewport: a narrow window
        (1366 pixels, split three ways) gets a narrower 类别 and elided indicator names (tooltips
        give them whole) rather than a sideways scroll."""
        if not self._natural:
            return
        widths = dict(self._natural)
        one_char = self.fontMetrics().horizontalAdvance("中")
        widths[Column.CATEGORY] = min(widths[Column.CATEGORY], 4 * one_char + 20)
        # Everything but 指标 at its width, and 依据 (which stretches) at least a few characters.
        others = sum(width for column, width in widths.items() if column != Column.NAME)
        viewport = self.viewport().width()
        if not self.verticalScrollBar().isVisible():  # 45 rows: it will be there once the rows are laid out
            viewport -= self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        room = viewport - others - 4 * one_char
        widths[Column.NAME] = max(min(widths[Column.NAME], room), 5 * one_char + 20)
        for column, width in widths.items():
            self.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_widths()

    def current_row_index(self) -> QModelIndex:
        current = self.currentIndex()
        return current.siblingAtColumn(Column.VALUE) if current.isValid() else QModelIndex()

    def select_proxy_row(self, row: int) -> None:
        index = self.model().index(row, Column.VALUE)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_row_index().isValid():
                self.confirmRequested.emit(self.current_row_index())
                return
            if event.key() == Qt.Key.Key_Delete and self.current_row_index().isValid():
                self.absentRequested.emit(self.current_row_index())
                return
            if event.text() and event.text()[0].isprintable() and not event.text().isspace():
                # Typing starts editing the value, whichever column has the cursor.
                self.setCurrentIndex(self.current_row_index())
        super().keyPressEvent(event)
