"""Working one report: table ↔ text, the facts row, and every reviewer action on a cell.

Ties the indicator table, the facts row, the report text and the session together:
selecting a row shows its evidence; clicking a highlighted span selects its row;
Enter confirms and moves to the next 待确认 cell (on a 未提及 cell it confirms 无此项);
Delete marks 无此项; Ctrl+D takes the selected text as value and evidence; Ctrl+M
edits the 备注; Ctrl+K steps through the current indicator's own words in the text (for an
empty cell: is the figure there, written in a way the extractor did not read?) and
Ctrl+Shift+K goes to the next 未提及 cell whose words occur; Ctrl+Enter finishes the
report.  Every change goes to the session as one undoable edit; a correction asks for
its reason when 设置 requires one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.review import CellStatus, ReportFact, ReviewedCell
from ..core.value_input import ValueInputError, confirmed, marked_absent, parse_selection, with_value
from .dialogs.note_dialog import NoteDialog
from .models.cell_filter_proxy import CellFilterProxy
from .models.indicator_table_model import IndicatorTableModel
from .models.report_facts_model import ReportFactsModel
from .models.roles import CELL_ROLE, KIND_ROLE, Column
from .review_session import ReviewSession
from .shortcuts import shortcut
from .views.indicator_table_view import IndicatorTableView
from .views.report_facts_view import ReportFactsView
from .views.report_text_view import ReportTextView

if TYPE_CHECKING:  # the window starts without the extractor (tests/ui/test_app.py)
    from ..core.indicator_words import WordSpan

WORD_KEY = shortcut("next_indicator_word").keys[0]
AskNote = Callable[[str, str, bool, QWidget], "str | None"]
# (number of 待确认 values left, parent) → "confirm" (confirm them all and finish), "review" or None (cancel)
AskFinish = Callable[[int, QWidget], "str | None"]


def ask_finish(pending: int, parent: QWidget) -> str | None:
    box = QMessageBox(QMessageBox.Icon.Question, "本报告审核完成",
                      f"还有 {pending} 项自动抽取的数值没有确认。\n\n"
                      "可以返回逐项确认（推荐），或把它们全部按抽取值确认后完成本报告。", parent=parent)
    review = box.addButton("返回逐项确认", QMessageBox.ButtonRole.RejectRole)
    confirm = box.addButton(f"全部确认（{pending} 项）并完成", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(review)
    box.exec()
    return {id(review): "review", id(confirm): "confirm"}.get(id(box.clickedButton()))


class ReviewController(QObject):
    message = Signal(str)  # for the status bar, shown for a while
    rowHint = Signal(str)  # about the current row only: replaced when the row changes ("" clears)
    reportShown = Signal(int)

    def __init__(self, session: ReviewSession, model: IndicatorTableModel, proxy: CellFilterProxy,
                 table: IndicatorTableView, text: ReportTextView, facts: ReportFactsModel,
                 facts_view: ReportFactsView, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.model, self.proxy, self.table, self.text = session, model, proxy, table, text
        self.facts, self.facts_view = facts, facts_view
        self._window = parent
        self.report_id: int | None = None
        self._numbers: dict[str, tuple[int, int, int, int]] = {}
        self._words: dict[str, tuple[WordSpan, ...]] = {}
        self._word_step: tuple[str, int] | None = None  # (indicator, index) of the word stepped to last
        self.ask_note: AskNote = NoteDialog.ask
        self.ask_finish: AskFinish = ask_finish
        model.edit_sink = self._edit_from_model
        facts.edit_sink = self.edit_fact
        table.confirmRequested.connect(self.confirm)
        table.absentRequested.connect(self.mark_absent)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.value_delegate.inputRejected.connect(self.message)
        table.value_delegate.valueCommitted.connect(lambda _index: self.next_open(after_current=True))
        facts_view.fact_delegate.inputRejected.connect(self.message)
        text.evidenceClicked.connect(self.select_indicator)
        session.cellsChanged.connect(self._on_cells_changed)
        session.factChanged.connect(self._on_fact_changed)
        session.undoApplied.connect(self._on_undo_applied)

    # -- showing a report ----------------------------------------------------------

    def show_report(self, report_id: int | None) -> None:
        if report_id == self.report_id and report_id is not None:
            return
        self.report_id = report_id
        if report_id is None:
            self.model.set_report(None)
            self.facts.set_report(None)
            self.text.set_report_text("")
            return
        service = self.session.service
        reviewed = service.store.reviewed_report(report_id)
        self._numbers = {}
        for indicator_id, found in service.extraction(report_id).items():
            if found.evidence is not None and found.number_start >= 0:
                self._numbers[indicator_id] = (found.evidence.start, found.evidence.end,
                                               found.number_start, found.number_end)
        self._words, self._word_step = service.word_spans(report_id), None
        self.model.set_report(reviewed, service.choices(report_id), service.inferred(report_id),
                              {indicator: (sum(span.by_figure for span in spans), len(spans))
                               for indicator, spans in self._words.items()})
        self.facts.set_report(reviewed, service.store.extracted_metadata(report_id))
        self.text.set_report_text(service.text(report_id))
        self.text.set_number_spans({indicator: spans[2:] for indicator, spans in self._numbers.items()})
        self.text.set_cells(self.model.cells())
        self.table.fit_columns()
        self.reportShown.emit(report_id)
        self.next_open(after_current=False)

    def current_cell(self) -> ReviewedCell | None:
        index = self.table.current_row_index()
        return index.data(CELL_ROLE) if index.isValid() else None

    def select_indicator(self, indicator_id: str) -> None:
        """Make the row of ``indicator_id`` current (showing it even if the filter hid it)."""
        source_row = self.model.row_of(indicator_id)
        if source_row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, Column.VALUE))
        if not proxy_index.isValid():
            self.proxy.set_open_only(False)
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, Column.VALUE))
        self.table.setCurrentIndex(proxy_index)
        self.table.selectionModel().select(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(proxy_index, self.table.ScrollHint.PositionAtCenter)

    def select_fact(self, fact: ReportFact) -> None:
        self.facts_view.select_fact_column(self.facts.column_of(fact))
        self.facts_view.setFocus()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = current.data(CELL_ROLE) if current.isValid() else None
        if self._word_step is not None and (cell is None or cell.indicator_id != self._word_step[0]):
            self._word_step = None
            self.text.set_word_spans(())
        self._show_evidence(cell)
        self.rowHint.emit(self._hint(cell))

    def _hint(self, cell: ReviewedCell | None) -> str:
        if cell is None:
            return ""
        if cell.status is CellStatus.NOT_MENTIONED:
            spans = self._words.get(cell.indicator_id, ())
            by_figure = sum(span.by_figure for span in spans)
            if by_figure:
                where = f"正文有 {by_figure} 处本项的相关用语带数字，按 {WORD_KEY} 逐处查看"
            elif spans:
                where = f"正文有 {len(spans)} 处本项的相关用语，但句中没有本项单位的数字；按 {WORD_KEY} 可逐处查看"
            else:
                where = "正文中也没有本项的相关用语"
            return f"未提及：报告中没有找到此项的数值；{where}。回车或 Delete 记为“无此项”；直接输入数字即可填写"
        if cell.evidence is None and cell.value is not None:
            return "此项没有依据句；可在正文中选中文字后按 Ctrl+D 设为此项的值"
        return ""

    def _show_evidence(self, cell: ReviewedCell | None) -> None:
        if cell is None:
            self.text.show_evidence(None)
            return
        number = None
        known = self._numbers.get(cell.indicator_id)
        if known and cell.evidence and (cell.evidence.start, cell.evidence.end) == known[:2]:
            number = known[2:]
        self.text.show_evidence(cell.evidence, number)

    def next_indicator_word(self) -> bool:
        """Mark the current indicator's words in the text and move to the next one (Ctrl+K)."""
        cell = self.current_cell()
        if cell is None:
            self.message.emit("请先在指标表中选中一项")
            return False
        spec = self.session.service.catalog.get(cell.indicator_id)
        name = spec.name if spec else cell.indicator_id
        spans = self._words.get(cell.indicator_id, ())
        if not spans:
            self.text.set_word_spans(())
            self._word_step = None
            self.message.emit(f"正文中没有“{name}”的相关用语（指标目录中为此项列出的词）")
            return False
        # The words in a sentence with a number of the indicator's units are where a missed figure
        # can be: the steps go through those (through all words when none is).
        stops = [k for k, span in enumerate(spans) if span.by_figure] or list(range(len(spans)))
        previous = self._word_step
        step = (previous[1] + 1) % len(stops) if previous and previous[0] == cell.indicator_id else 0
        self._word_step = (cell.indicator_id, step)
        self.text.set_word_spans(tuple((span.start, span.end) for span in spans), stops[step])
        which = "带数字的相关用语" if spans[stops[0]].by_figure else "相关用语（句中都没有本项单位的数字）"
        self.message.emit(f"“{name}”的{which}：第 {step + 1}/{len(stops)} 处（再按 {WORD_KEY} 看下一处）")
        return True

    # -- moving --------------------------------------------------------------------

    def next_open(self, after_current: bool = True) -> bool:
        return self._next(lambda cell: cell.status.is_pending, after_current, "本报告已没有待确认项")

    def next_low_confidence(self) -> bool:
        threshold = self.session.settings.low_confidence
        return self._next(lambda cell: cell.status.is_pending and cell.value is not None and cell.confidence < threshold,
                          True, f"没有置信度低于 {threshold:.2f} 的待确认项")

    def next_unmentioned_with_words(self) -> bool:
        """The next 未提及 cell whose indicator's words occur in the text: the empty cells worth a look."""
        def worth_a_look(cell: ReviewedCell) -> bool:
            return cell.status is CellStatus.NOT_MENTIONED and bool(self._words.get(cell.indicator_id))

        return self._next(worth_a_look, True, "没有正文有相关用语的“未提及”项")

    def _next(self, wanted: Callable[[ReviewedCell], bool], after_current: bool, none_left: str) -> bool:
        rows = self.proxy.rowCount()
        if not rows:
            return False
        current = self.table.currentIndex().row() if after_current else -1
        for step in range(1, rows + 1):
            row = (current + step) % rows
            cell = self.proxy.index(row, 0).data(CELL_ROLE)
            if wanted(cell):
                if row == current:  # the only one is where the cursor already is: say so, do not stay silent
                    self.message.emit(none_left.replace("没有", "没有其他", 1))
                    return False
                self.table.select_proxy_row(row)
                return True
        if after_current:
            self.message.emit(none_left)
        elif self.table.currentIndex().row() < 0:
            self.table.select_proxy_row(0)
        return False

    # -- actions on the current cell -----------------------------------------------

    def confirm(self, index: QModelIndex | None = None) -> None:
        index = index if index is not None and index.isValid() else self.table.current_row_index()
        if not index.isValid():
            return
        cell = index.data(CELL_ROLE)
        if cell.status is CellStatus.NOT_MENTIONED:
            new = marked_absent(cell)  # confirming “not found”: the report does not state it
        else:
            try:
                new = confirmed(cell)
            except ValueInputError as exc:  # 无此项 has no value to confirm: type one to change it
                self.message.emit(exc.message)
                self.table.edit(index.siblingAtColumn(Column.VALUE))
                return
        self._submit(cell, new)
        self.next_open(after_current=True)
        self.proxy.refresh()

    def mark_absent(self, index: QModelIndex | None = None) -> None:
        index = index if index is not None and index.isValid() else self.table.current_row_index()
        if not index.isValid():
            return
        cell = index.data(CELL_ROLE)
        self._submit(cell, marked_absent(cell))
        self.next_open(after_current=True)
        self.proxy.refresh()

    def edit_note(self) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        note = self.ask_note(self._indicator_name(cell), cell.note, False, self._window)
        if note is not None and note != cell.note:
            self.session.edit_cell(self.report_id, cell, replace(cell, note=note))

    def set_from_selection(self) -> None:
        cell = self.current_cell()
        evidence = self.text.selected_evidence()
        if cell is None:
            self.message.emit("请先在指标表中选中一个指标")
            return
        if evidence is None:
            self.message.emit("请先在报告正文中选中包含数值的文字")
            return
        kind, unit, maximum = self.table.current_row_index().data(KIND_ROLE)
        try:
            parsed = parse_selection(evidence.text, kind, unit, maximum)
        except ValueInputError as exc:
            self.message.emit(exc.message)
            return
        self._submit(cell, with_value(cell, parsed, evidence))

    def finish_report(self) -> None:
        """本报告审核完成: every 未提及 cell becomes 无此项 (one audit row each), as one undoable step."""
        if self.report_id is None:
            return
        service = self.session.service
        plan = service.finish_plan(self.report_id)
        confirm_pending = False
        if plan.pending:
            answer = self.ask_finish(plan.pending, self._window)
            if answer != "confirm":
                if answer == "review":
                    self.proxy.set_open_only(False)
                    self.next_open(after_current=False)
                    self.message.emit(f"还有 {plan.pending} 项待确认，已跳到第一项")
                return
            confirm_pending = True
        pairs = service.finishing_cells(self.report_id, confirm_pending)
        if not pairs:
            self.message.emit("本报告已审核完成")
            return
        absent = sum(1 for _, after in pairs if after.status is CellStatus.ABSENT)
        parts = [f"{absent} 项未提及记为“无此项”"] if absent else []
        if confirm_pending:
            parts.append(f"{plan.pending} 项按抽取值确认")
        if self.session.edit_cells(self.report_id, pairs, f"本报告审核完成（{'，'.join(parts)}）"):
            self.message.emit(f"本报告审核完成：{'，'.join(parts)}")

    def edit_fact(self, fact: ReportFact, value: str | int | None) -> None:
        if self.report_id is not None:
            self.session.edit_fact(self.report_id, fact, value)

    # -- edits ---------------------------------------------------------------------

    def _edit_from_model(self, old: ReviewedCell, new: ReviewedCell) -> None:
        self._submit(old, new)

    def _submit(self, old: ReviewedCell, new: ReviewedCell) -> None:
        if self.report_id is None:
            return
        if new.status is CellStatus.CORRECTED and old.status is not CellStatus.CORRECTED \
                and self.session.settings.require_reason and not new.note:
            note = self.ask_note(self._indicator_name(new), "", True, self._window)
            if not note:
                self.message.emit("修改已取消：设置要求填写修改原因")
                self.model.update_cell(old)  # repaint the old value
                return
            new = replace(new, note=note)
        if not self.session.edit_cell(self.report_id, old, new):
            self.model.update_cell(old)  # not stored: the cell shows what is stored

    def _on_cells_changed(self, report_id: int, cells: list[ReviewedCell]) -> None:
        if report_id != self.report_id:
            return  # an undo in another report: ``_on_undo_applied`` goes there
        for cell in cells:
            self.model.update_cell(cell)
        self.text.set_cells(self.model.cells())
        current = self.current_cell()
        if current is not None and any(c.indicator_id == current.indicator_id for c in cells):
            self._show_evidence(current)
            self.rowHint.emit(self._hint(current))

    def _on_fact_changed(self, report_id: int, _fact: ReportFact) -> None:
        if report_id == self.report_id:
            self.facts.set_report(self.session.service.store.reviewed_report(report_id),
                                  self.session.service.store.extracted_metadata(report_id))

    def _on_undo_applied(self, report_id: int, key: str) -> None:
        """Undo/redo selects what changed, in whichever report it was."""
        if report_id != self.report_id:
            self.show_report(report_id)
        fact = ReportFact.from_audit_key(key)
        if fact is not None:
            self.select_fact(fact)
        else:
            self.select_indicator(key)

    def _indicator_name(self, cell: ReviewedCell) -> str:
        spec = self.session.catalog.get(cell.indicator_id)
        return spec.name if spec else cell.indicator_id
