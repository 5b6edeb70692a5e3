"""Editing a value in place: type it as reports write it, or pick an alternative.

The editor is an editable combo box: the line takes “1.2万”, “百分之九十五”,
“95%”; the list offers the extractor's ranked alternatives with their sentences.
Enter parses the input with ``core.value_input``; input that cannot be a value of
the indicator is refused on the spot — the editor stays open and the Chinese
reason appears under it — so nonsense never reaches the table.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from ...core.value_input import ParsedValue, ValueInputError, parse_value_input
from ..models.roles import ALTERNATIVES_ROLE, KIND_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


class ValueDelegate(QStyledItemDelegate):
    inputRejected = Signal(str)  # the Chinese reason
    valueCommitted = Signal(QModelIndex)  # Enter accepted a value: the view moves on

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._editing: QPersistentModelIndex | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.setMinimumContentsLength(8)
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.lineEdit().setPlaceholderText("如 1.2万、百分之九十五、95%")
        for label, text in index.data(ALTERNATIVES_ROLE) or []:
            editor.addItem(label, text)
        if editor.count():
            editor.view().setMinimumWidth(420)
            editor.setToolTip("下拉可选抽取到的其他候选值（Alt+↓）")
        editor.activated.connect(lambda row, e=editor: e.setEditText(e.itemData(row)))
        editor.lineEdit().installEventFilter(self)
        self._editing = QPersistentModelIndex(index)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        try:
            parsed = self.parse(editor.currentText(), index)
        except ValueInputError as exc:
            self.inputRejected.emit(exc.message)  # focus moved away with bad input: keep the old value
            return
        if str(index.data(Qt.ItemDataRole.EditRole) or "") == editor.currentText().strip():
            return  # nothing typed: leaving the cell is not a confirmation
        model.setData(index, parsed, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    @staticmethod
    def parse(text: str, index: AnyIndex) -> ParsedValue:
        kind, unit, maximum = index.data(KIND_ROLE) or ("count", "", None)
        return parse_value_input(text, kind, unit, maximum)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            editor = watched.parent() if not isinstance(watched, QComboBox) else watched
            if isinstance(editor, QComboBox) and editor.view().isVisible():
                return super().eventFilter(watched, event)  # Enter picks from the open list
            if isinstance(editor, QComboBox) and self._editing is not None and self._editing.isValid():
                return self._confirm(editor, QModelIndex(self._editing))
        return super().eventFilter(watched, event)

    def _confirm(self, editor: QComboBox, index: QModelIndex) -> bool:
        try:
            parsed = self.parse(editor.currentText(), index)
        except ValueInputError as exc:
            self._refuse(editor, exc.message)
            return True
        model = index.model()
        model.setData(index, parsed, Qt.ItemDataRole.EditRole)
        # The value is in: close without committing a second time, then let the view move on.
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.valueCommitted.emit(index)
        return True

    def _refuse(self, editor: QComboBox, message: str) -> None:
        editor.lineEdit().selectAll()
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), message, editor)
        self.inputRejected.emit(message)
