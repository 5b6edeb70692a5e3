"""The indicator table of one report: a row per catalog indicator, columns as in 审核表.

The model adapts, it does not decide: a value typed into 值 is parsed by
``core.value_input`` and the resulting cell is handed to ``edit_sink`` (the review
session, which records it through the undo stack and the store).  The session then
calls ``update_cell`` and the row repaints.  Without a sink (tests, qtmodeltester)
the model applies edits to itself.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.catalog import Catalog, IndicatorSpec
from ...core.review import CellStatus, ReviewedCell, ReviewedReport
from ...core.types import FOUND_BY_WORDING, Candidate
from ...core.value_input import ParsedValue, ValueInputError, parse_value_input, with_value
from ..shortcuts import shortcut
from .roles import (
    ALTERNATIVES_ROLE,
    CELL_ROLE,
    EVIDENCE_ROLE,
    HEADERS,
    INDICATOR_ID_ROLE,
    PENDING_ROLE,
    KIND_ROLE,
    SORT_ROLE,
    STATUS_COLOURS,
    STATUS_LABELS,
    Column,
    format_value,
)

EditSink = Callable[[ReviewedCell, ReviewedCell], None]
STATUS_HINTS = {
    CellStatus.AUTO: "待确认：程序自动抽取的数值，回车确认，或直接输入正确的数值",
    CellStatus.NOT_MENTIONED: "未提及：程序在报告中没有找到此项；“本报告审核完成”（Ctrl+Enter）时记为“无此项”，"
                              "也可直接输入数值",
    CellStatus.CONFIRMED: "已确认",
    CellStatus.CORRECTED: "已修改",
    CellStatus.ABSENT: "无此项：审核人确认报告中没有此项",
}
INFERRED_HINT = ("推断：句中没有紧挨这个数的指标名称或关键词，程序依据数值前后的措辞判断它属于此项"
                 "（措辞模型），请对照依据核对")
WORDING_HINT = ("推断：原文没有写出这个比率，写的是“全部持证上岗”“全部通过考试”一类说法，按 100% 计，"
                "请对照依据核对")
WORD_KEY = shortcut("next_indicator_word").keys[0]
# In 依据 of an empty cell: how often the indicator's own words occur in the text (core.indicator_words).
WORDS_HINT_COLOUR = QColor("#868e96")
WORDS_TOOLTIP = ("指标目录中为本项列出的用语在正文中的出现情况。“带数字”指用语所在的句子里有以本项单位"
                 "（件、人次、% 等）计的数字：程序没读懂的写法往往就在这些句子里，"
                 f"按 {WORD_KEY} 逐处查看；没有任何用语的，报告多半确实没有此项")
AnyIndex = QModelIndex | QPersistentModelIndex


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._report: ReviewedReport | None = None
        self._cells: list[ReviewedCell] = []
        self._specs: list[IndicatorSpec | None] = []
        self._alternatives: dict[str, tuple[Candidate, ...]] = {}
        self._inferred: Mapping[str, str] = {}  # indicator → how its value was inferred (types.FOUND_BY_*)
        self._word_counts: dict[str, tuple[int, int]] = {}  # per indicator: (words by a figure, all words)
        self.edit_sink: EditSink | None = None
        self.last_error: str = ""

    # -- content ---------------------------------------------------------------------

    @property
    def report(self) -> ReviewedReport | None:
        return self._report

    def set_report(self, report: ReviewedReport | None,
                   alternatives: dict[str, tuple[Candidate, ...]] | None = None,
                   inferred: Mapping[str, str] | None = None,
                   word_counts: dict[str, tuple[int, int]] | None = None) -> None:
        """``alternatives``: per indicator the extracted value, then its ranked alternatives;
        ``inferred``: the indicators whose extracted value was inferred, with how (the phrasing
        model found it, or a rate was stated in words: ``types.FOUND_BY_*``);
        ``word_counts``: per indicator, how often its catalog words occur in the text in a
        sentence with a number of its units, and in all."""
        self.beginResetModel()
        self._report = report
        self._cells = list(report.cells) if report else []
        # Looked up once: data() runs thousands of times while the view sizes its columns.
        self._specs = [self._catalog.get(cell.indicator_id) for cell in self._cells]
        self._alternatives = alternatives or {}
        self._inferred = inferred or {}
        self._word_counts = word_counts or {}
        self.endResetModel()

    def cells(self) -> list[ReviewedCell]:
        return list(self._cells)

    def cell_at(self, row: int) -> ReviewedCell:
        return self._cells[row]

    def row_of(self, indicator_id: str) -> int:
        for row, cell in enumerate(self._cells):
            if cell.indicator_id == indicator_id:
                return row
        return -1

    def update_cell(self, cell: ReviewedCell) -> None:
        """Show a cell the session has stored."""
        row = self.row_of(cell.indicator_id)
        if row < 0:
            return
        self._cells[row] = cell
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.VALUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == Column.APPROX:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        cell = self._cells[index.row()]
        column = Column(index.column())
        spec = self._specs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell, column, spec)
        if role == Qt.ItemDataRole.EditRole:
            return format_value(cell.value) if column == Column.VALUE else self._display(cell, column, spec)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.APPROX:
            return Qt.CheckState.Checked if cell.approx else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell, column, spec)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.EVIDENCE and self._words_hint(cell):
            return QBrush(WORDS_HINT_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and column in (Column.VALUE, Column.STATUS):
            return QBrush(STATUS_COLOURS[cell.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.VALUE, Column.CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self._sort_key(cell, column, spec)
        if role == CELL_ROLE:
            return cell
        if role == INDICATOR_ID_ROLE:
            return cell.indicator_id
        if role == PENDING_ROLE:
            return cell.status.is_pending
        if role == EVIDENCE_ROLE:
            return cell.evidence
        if role == KIND_ROLE:
            return (spec.kind, spec.unit, spec.max_value) if spec else ("count", cell.unit, None)
        if role == ALTERNATIVES_ROLE:
            return self._alternative_choices(cell)
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return False
        cell = self._cells[index.row()]
        if index.column() == Column.VALUE and role == Qt.ItemDataRole.EditRole:
            parsed = value if isinstance(value, ParsedValue) else self._parse(cell, str(value))
            if parsed is None:
                return False
            new = with_value(cell, parsed)
        elif index.column() == Column.APPROX and role == Qt.ItemDataRole.CheckStateRole:
            if cell.value is None:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            new = with_value(cell, ParsedValue(cell.value, checked))
        else:
            return False
        self._send(cell, new)
        return True

    # -- helpers -------------------------------------------------------------------

    def _send(self, old: ReviewedCell, new: ReviewedCell) -> None:
        if self.edit_sink is not None:
            self.edit_sink(old, new)
        else:
            self.update_cell(new)

    def _parse(self, cell: ReviewedCell, text: str) -> ParsedValue | None:
        spec = self._catalog.get(cell.indicator_id)
        kind, unit, maximum = (spec.kind, spec.unit, spec.max_value) if spec else ("count", cell.unit, None)
        try:
            self.last_error = ""
            return parse_value_input(text, kind, unit, maximum)
        except ValueInputError as exc:
            self.last_error = exc.message
            return None

    def _display(self, cell: ReviewedCell, column: Column, spec: IndicatorSpec | None) -> str:
        if column == Column.CATEGORY:
            return self._catalog.category_name(spec.category) if spec else ""
        if column == Column.NAME:
            return spec.name if spec else cell.indicator_id
        if column == Column.VALUE:
            return format_value(cell.value)
        if column == Column.UNIT:
            return (spec.unit if spec else cell.unit) or cell.unit
        if column == Column.APPROX:
            return ""
        if column == Column.CONFIDENCE:
            if cell.value is None or not cell.confidence:
                return ""
            return f"推断 {cell.confidence:.2f}" if self.is_inferred(cell) else f"{cell.confidence:.2f}"
        if column == Column.STATUS:
            return STATUS_LABELS[cell.status]
        return cell.evidence.text.replace("\n", " ") if cell.evidence else self._words_hint(cell)

    def _words_hint(self, cell: ReviewedCell) -> str:
        """For a cell with no value and no evidence: how often the indicator's words occur."""
        if cell.value is not None or cell.evidence is not None or cell.indicator_id not in self._word_counts:
            return ""
        by_figure, words = self._word_counts[cell.indicator_id]
        if by_figure:
            return f"有 {by_figure} 处相关用语带数字"
        return "有相关用语（无数字）" if words else "无相关用语"

    def word_counts(self, indicator_id: str) -> tuple[int, int] | None:
        """(words in a sentence with a number of the indicator's units, all its words), if known."""
        return self._word_counts.get(indicator_id)

    def _tooltip(self, cell: ReviewedCell, column: Column, spec: IndicatorSpec | None) -> str | None:
        if column == Column.EVIDENCE and cell.evidence:
            return cell.evidence.text
        if column == Column.EVIDENCE and self._words_hint(cell):
            return WORDS_TOOLTIP
        if column == Column.CONFIDENCE and cell.value is not None and cell.confidence:
            # The curve of core/extract/confidence.py makes the number a share of right values on new reports.
            hint = (f"置信度 {cell.confidence:.2f}：在没有专门调过规则的报告上，置信度与此相近的值"
                    f"约有 {cell.confidence:.0%} 是对的")
            return hint + "\n" + self._inferred_hint(cell) if self.is_inferred(cell) else hint
        if column == Column.STATUS:
            parts = [STATUS_HINTS.get(cell.status, "")]
            if self.is_inferred(cell):
                parts.append(self._inferred_hint(cell))
            if cell.note:
                parts.append(f"备注：{cell.note}")
            if cell.reviewer:
                parts.append(f"{cell.reviewer} 于 {cell.changed_at.replace('T', ' ')[:19]}")
            return "\n".join(p for p in parts if p) or None
        if column == Column.NAME:
            return f"{spec.name}（{cell.indicator_id}）" if spec else cell.indicator_id
        if column == Column.CATEGORY:
            return self._catalog.category_name(spec.category) if spec else None
        if column == Column.VALUE and cell.value is not None:
            return f"{format_value(cell.value)}{spec.unit if spec else cell.unit}"
        return None

    def _sort_key(self, cell: ReviewedCell, column: Column, spec: IndicatorSpec | None):
        if column == Column.VALUE:
            return float(cell.value) if cell.value is not None else float("-inf")
        if column == Column.CONFIDENCE:
            return cell.confidence if cell.value is not None else -1.0
        if column == Column.APPROX:
            return int(cell.approx)
        if column == Column.CATEGORY:
            # Sort categories by their catalog order, not by their Chinese name.
            ids = [c.id for c in self._catalog.categories]
            return ids.index(spec.category) if spec and spec.category in ids else len(ids)
        return self._display(cell, column, spec)

    def _inferred_hint(self, cell: ReviewedCell) -> str:
        return WORDING_HINT if self._inferred.get(cell.indicator_id) == FOUND_BY_WORDING else INFERRED_HINT

    def is_inferred(self, cell: ReviewedCell) -> bool:
        """The cell still holds the value that was inferred (not one the reviewer typed)."""
        if cell.indicator_id not in self._inferred or cell.value is None:
            return False
        found = self._alternatives.get(cell.indicator_id, ())
        return bool(found) and (found[0].value, found[0].evidence) == (cell.value, cell.evidence)

    def _alternative_choices(self, cell: ReviewedCell) -> list[tuple[str, str]]:
        """Extracted value first, then the ranked alternatives, each with its evidence."""
        choices: list[tuple[str, str]] = []
        for candidate in self._alternatives.get(cell.indicator_id, ()):
            text = format_value(candidate.value)
            sentence = candidate.evidence.text.replace("\n", " ")
            if len(sentence) > 30:
                sentence = sentence[:30] + "…"
            label = f"{'约' if candidate.approx else ''}{text}{candidate.unit}  （{candidate.confidence:.2f}）{sentence}"
            choices.append((label, text))
        return choices
