"""The facts row above the indicator table: 地区, 年度, 报告主体, 发布日期, edited in place.

Typing starts editing, Enter saves, Esc cancels; input that cannot be the fact
(“2025-02-30”, a year of three digits) is refused on the spot with the Chinese
reason under the editor, as in the value column.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView, QToolTip, QWidget)

from ...core.fact_input import parse_fact_input
from ...core.review import ReportFact
from ...core.value_input import ValueInputError
from ..models.roles import FACT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
PLACEHOLDERS = {"region": "如 青禾县", "year": "如 2024", "issuer": "如 青禾县人民政府", "publish_date": "如 2025-02-18"}


def fact_of(index: AnyIndex) -> ReportFact:
    # Through Qt the enum arrives as its plain string value.
    return ReportFact(index.data(FACT_ROLE))


class FactDelegate(QStyledItemDelegate):
    inputRejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._editing: QPersistentModelIndex | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(PLACEHOLDERS.get(fact_of(index).value, ""))
        editor.installEventFilter(self)
        self._editing = QPersistentModelIndex(index)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text().strip() == str(index.data(Qt.ItemDataRole.EditRole) or ""):
            return  # nothing typed: leaving the cell changes nothing
        try:
            parse_fact_input(fact_of(index), editor.text())
        except ValueInputError as exc:
            self.inputRejected.emit(exc.message)  # focus moved away with bad input: keep the old value
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._editing is not None:
            index = QModelIndex(self._editing)
            try:
                parse_fact_input(fact_of(index), watched.text())
            except ValueInputError as exc:
                watched.selectAll()
                QToolTip.showText(watched.mapToGlobal(watched.rect().bottomLeft()), exc.message, watched)
                self.inputRejected.emit(exc.message)
                return True
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class ReportFactsView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportFacts")
        self.setAcceptDrops(False)
        self.setTabKeyNavigation(False)  # Tab goes on to the indicator table; ←/→ move between facts
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.fact_delegate = FactDelegate(self)
        self.setItemDelegate(self.fact_delegate)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Header and one row, nothing more: the indicator table below gets the height.
        self.setFixedHeight(header.sizeHint().height() + self.verticalHeader().defaultSectionSize()
                            + 2 * self.frameWidth())

    def select_fact_column(self, column: int) -> None:
        if self.model() is not None and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, column))
