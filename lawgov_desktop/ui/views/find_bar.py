"""Ctrl+F in the report text: a bar above it with next/previous and a match count.

Matching ignores full/half width and case (NFKC + casefold per character, which
keeps offsets aligned), so “９５％” finds “95%”.
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .report_text_view import ReportTextView


def _fold(text: str) -> str:
    """One character out per character in, so offsets stay those of the text."""
    folded = []
    for char in text:
        normal = unicodedata.normalize("NFKC", char).casefold()
        folded.append(normal if len(normal) == 1 else char)
    return "".join(folded)


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReportTextView, parent=None) -> None:
        super().__init__(parent)
        self._view = view
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.query = QLineEdit(self)
        self.query.setPlaceholderText("在报告中查找（回车：下一个，Shift+回车：上一个）")
        self.query.setClearButtonEnabled(True)
        self.count = QLabel(self)
        previous = QToolButton(self, text="上一个")
        following = QToolButton(self, text="下一个")
        close = QToolButton(self, text="✕")
        close.setToolTip("关闭查找（Esc）")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("查找：", self))
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        self.show()
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        self.query.setFocus()
        self.query.selectAll()
        self._search(self.query.text())

    def close_bar(self) -> None:
        self._matches = []
        self._view.set_search_matches([])
        self.hide()
        self._view.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """The text changed (another report): search it again."""
        if self.isVisible():
            self._search(self.query.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            return
        super().keyPressEvent(event)

    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _search(self, query: str) -> None:
        self._matches, self._current = [], -1
        needle = _fold(query.strip())
        if needle:
            haystack = _fold(self._view.toPlainText())
            start = haystack.find(needle)
            while start >= 0:
                self._matches.append((start, start + len(needle)))
                start = haystack.find(needle, start + 1)
        self._view.set_search_matches(self._matches)
        self._update_count()

    def _step(self, direction: int) -> None:
        if not self._matches:
            self._update_count()
            return
        self._current = (self._current + direction) % len(self._matches)
        self._view.select_span(*self._matches[self._current])
        self._update_count()

    def _update_count(self) -> None:
        if not self.query.text().strip():
            self.count.setText("")
        elif not self._matches:
            self.count.setText("无匹配")
        else:
            position = self._current + 1 if self._current >= 0 else 0
            self.count.setText(f"{position}/{len(self._matches)}")
