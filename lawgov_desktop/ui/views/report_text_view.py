"""The report's text, read-only, with every cell's evidence highlighted by status.

Offsets are those of ``Document.text`` (what the reviewer sees), so an evidence
span ``start:end`` is a cursor selection here.  The current cell's span is drawn
stronger and scrolled into view; clicking inside a span reports its indicator;
the context menu offers “设为所选指标的值” for a selection.  On request the current
indicator's own words are marked too (purple, the one stepped to stronger), so the
reviewer of an empty cell reads where the report speaks of it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QFont, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...core.review import ReviewedCell
from ...core.types import Evidence
from ..models.roles import CURRENT_EVIDENCE_COLOUR, STATUS_COLOURS


# An indicator's words: all of them, and the one stepped to.
WORD_COLOURS = {False: QColor("#e5dbff"), True: QColor("#b197fc")}  # purple: no status colour


class ReportTextView(QPlainTextEdit):
    evidenceClicked = Signal(str)  # indicator id
    zoomChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # drops go to the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self._spans: list[tuple[int, int, str, QColor]] = []
        self._current: tuple[int, int] | None = None
        self._number: tuple[int, int] | None = None
        self._search: list[tuple[int, int]] = []
        self._words: tuple[tuple[int, int], ...] = ()
        self._word: int | None = None
        self._zoom = 0
        self._numbers_by_indicator: dict[str, tuple[int, int]] = {}
        self._clicked: str | None = None
        self._text = ""
        self._astral: list[int] = []
        self.set_value_action: QAction | None = None

    # -- content ---------------------------------------------------------------

    def set_report_text(self, text: str) -> None:
        self.setPlainText(text)
        self._text = text
        self._clicked = None
        # Qt counts UTF-16 units; a rare character outside the BMP (some place names)
        # takes two, so evidence offsets (Python characters) need shifting after it.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._spans, self._current, self._number = [], None, None
        self._words, self._word = (), None
        self._refresh()

    def set_cells(self, cells: list[ReviewedCell]) -> None:
        """Highlight every cell's evidence in its status colour."""
        length = len(self._text)
        self._spans = [
            (c.evidence.start, c.evidence.end, c.indicator_id, STATUS_COLOURS[c.status])
            for c in cells
            if c.evidence is not None and 0 <= c.evidence.start < c.evidence.end <= length
        ]
        self._refresh()

    def show_evidence(self, evidence: Evidence | None, number: tuple[int, int] | None = None) -> None:
        """Draw ``evidence`` as the current span and scroll it to the middle of the view."""
        length = len(self._text)
        if evidence is None or not 0 <= evidence.start < evidence.end <= length:
            self._current, self._number = None, None
            self._refresh()
            return
        self._current = (evidence.start, evidence.end)
        self._number = number if number and evidence.start <= number[0] < number[1] <= evidence.end else None
        self._refresh()
        cursor = self.textCursor()
        cursor.setPosition(self._to_qt(evidence.start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def current_span(self) -> tuple[int, int] | None:
        return self._current

    def set_number_spans(self, numbers: dict[str, tuple[int, int]]) -> None:
        """Where each indicator's figure sits, so a click on “64件” picks that indicator."""
        self._numbers_by_indicator = dict(numbers)

    def indicators_at(self, position: int) -> list[str]:
        """Indicators whose evidence covers ``position``: the one whose figure was hit
        first, then the tightest span."""
        hits = []
        for start, end, indicator, _ in self._spans:
            if start <= position < end:
                number = self._numbers_by_indicator.get(indicator)
                on_number = number is not None and number[0] <= position < number[1]
                hits.append((not on_number, end - start, indicator))
        return [indicator for _, _, indicator in sorted(hits)]

    def selected_evidence(self) -> Evidence | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self._from_qt(cursor.selectionStart()), self._from_qt(cursor.selectionEnd())
        return Evidence(start, end, self._text[start:end])

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._to_qt(start))
        cursor.setPosition(self._to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def _to_qt(self, position: int) -> int:
        return position + sum(1 for index in self._astral if index < position)

    def _from_qt(self, position: int) -> int:
        shifted = position
        for index in self._astral:
            if self._to_qt(index) < position:
                shifted -= 1
        return shifted

    # -- zoom ------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(-6, min(12, steps))
        delta = steps - self._zoom
        if delta > 0:
            self.zoomIn(delta)
        elif delta < 0:
            self.zoomOut(-delta)
        self._zoom = steps
        self.zoomChanged.emit(steps)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom + (1 if event.angleDelta().y() > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    # -- search highlights -------------------------------------------------------

    def set_search_matches(self, matches: list[tuple[int, int]]) -> None:
        self._search = matches
        self._refresh()

    # -- an indicator's words ------------------------------------------------------

    def set_word_spans(self, spans: tuple[tuple[int, int], ...], current: int | None = None) -> None:
        """Mark ``spans`` (an indicator's words); scroll to ``spans[current]`` and draw it stronger."""
        length = len(self._text)
        self._words = tuple((a, b) for a, b in spans if 0 <= a < b <= length)
        self._word = current if current is not None and 0 <= current < len(self._words) else None
        self._refresh()
        if self._word is not None:
            cursor = self.textCursor()
            cursor.setPosition(self._to_qt(self._words[self._word][0]))
            self.setTextCursor(cursor)  # the cursor, not a selection: Ctrl+D takes what the reviewer selects
            self.centerCursor()

    def word_spans(self) -> tuple[tuple[int, int], ...]:
        return self._words

    def current_word(self) -> tuple[int, int] | None:
        return self._words[self._word] if self._word is not None else None

    # -- events ------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self._from_qt(self.cursorForPosition(event.position().toPoint()).position())
        hits = self.indicators_at(position)
        if not hits:
            return
        on_figure = [i for i in hits if self._numbers_by_indicator.get(i, (-1, -1))[0] <= position
                     < self._numbers_by_indicator.get(i, (-1, -1))[1]]
        if on_figure:
            chosen = on_figure[0]
        else:
            # Several indicators often share one sentence: clicking again moves to the next.
            chosen = hits[(hits.index(self._clicked) + 1) % len(hits)] if self._clicked in hits else hits[0]
        self._clicked = chosen
        self.evidenceClicked.emit(chosen)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.set_value_action is not None:
            menu.insertAction(menu.actions()[0] if menu.actions() else None, self.set_value_action)
            menu.insertSeparator(menu.actions()[1] if len(menu.actions()) > 1 else None)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- drawing -------------------------------------------------------------------

    def _refresh(self) -> None:
        selections = []
        for start, end, _, colour in self._spans:
            selections.append(self._selection(start, end, colour))
        for start, end in self._search:
            selections.append(self._selection(start, end, QColor("#ffec99"), underline=QColor("#e67700")))
        for k, (start, end) in enumerate(self._words):
            selections.append(self._selection(start, end, WORD_COLOURS[k == self._word], underline=QColor("#7048e8")))
        if self._current:
            selections.append(self._selection(*self._current, CURRENT_EVIDENCE_COLOUR))
        if self._number:
            selection = self._selection(*self._number, CURRENT_EVIDENCE_COLOUR)
            selection.format.setFontWeight(QFont.Weight.Bold)
            selection.format.setFontUnderline(True)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, colour: QColor,
                   underline: QColor | None = None) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._to_qt(start))
        cursor.setPosition(self._to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        text_format = QTextCharFormat()
        text_format.setBackground(colour)
        if underline is not None:
            text_format.setFontUnderline(True)
            text_format.setUnderlineColor(underline)
        selection.format = text_format
        return selection
