"""The reviewer's working state in the window: the batch service, the undo stack, the signals.

Widgets never write to the store themselves.  They ask the session for an edit; the
session stores it through ``service.BatchService`` and only then pushes an undoable
command and announces it (``cellsChanged``/``factChanged``).  An edit the database
refuses (a full disk, a lock) is announced with ``saveFailed`` and nothing else
happens: no command, no repaint, the cell keeps its old value.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core.catalog import Catalog
from ..core.review import CellStatus, ReportFact, ReviewedCell, ReviewedReport
from ..core.types import Candidate, Report
from ..service import BatchService, ReaderPool
from ..store import BatchStore, StoreError
from ..store.settings import ReviewSettings, save_settings
from .edit_commands import CellsCommand, FactCommand
from .models.roles import format_value

log = logging.getLogger(__name__)


class ReviewSession(QObject):
    cellsChanged = Signal(int, list)  # report id, the stored ReviewedCells
    factChanged = Signal(int, object)  # report id, the ReportFact
    reportAdded = Signal(int)  # report id (new, or existing when the same text came again)
    batchOpened = Signal(int)
    saveFailed = Signal(str)  # Chinese: an edit that was not stored, and why
    undoApplied = Signal(int, str)  # report id, indicator id or fact audit key: undo/redo shows it

    def __init__(self, store: BatchStore, catalog: Catalog, settings: ReviewSettings, parent=None) -> None:
        super().__init__(parent)
        self.service = BatchService(store, catalog)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._reader_pool: ReaderPool | None = None
        # Asked once, before the first edit, when 设置 has no reviewer name: (default) → name or None.
        self.ask_reviewer = None
        self._asked_reviewer = False
        store.reviewer = settings.reviewer_name

    @property
    def store(self) -> BatchStore:
        return self.service.store

    @property
    def catalog(self) -> Catalog:
        return self.service.catalog

    @property
    def reader_pool(self) -> ReaderPool:
        """The guarded reader processes of this window (made on first use)."""
        if self._reader_pool is None:
            self._reader_pool = ReaderPool()
        return self._reader_pool

    def shutdown(self) -> None:
        if self._reader_pool is not None:
            self._reader_pool.shutdown()

    # -- batches ---------------------------------------------------------------

    @property
    def batch_id(self) -> int | None:
        return self.service.batch_id

    def new_batch(self, name: str) -> int:
        batch_id = self.service.new_batch(name)
        self.undo_stack.clear()
        self.batchOpened.emit(batch_id)
        return batch_id

    def open_batch(self, batch_id: int) -> None:
        self.service.open_batch(batch_id)
        self.undo_stack.clear()
        self.batchOpened.emit(batch_id)

    def apply_settings(self, settings: ReviewSettings) -> None:
        self.settings = settings
        self.store.reviewer = settings.reviewer_name

    # -- reports -----------------------------------------------------------------

    def add_report(self, report: Report, batch_id: int | None = None) -> int:
        """Store a report in ``batch_id`` (default: the open batch); announce it if that batch is open."""
        if batch_id is None and self.batch_id is None:
            self.new_batch(Path(report.file).stem)
        target = batch_id if batch_id is not None else self.batch_id
        outcome = self.service.add_report(report, target)
        if target == self.batch_id:
            self.reportAdded.emit(outcome.report_id)
        return outcome.report_id

    def reviewed(self, report_id: int) -> ReviewedReport:
        return self.service.reviewed(report_id)

    def choices(self, report_id: int) -> dict[str, tuple[Candidate, ...]]:
        return self.service.choices(report_id)

    # -- edits -------------------------------------------------------------------

    def edit_cell(self, report_id: int, before: ReviewedCell, after: ReviewedCell) -> bool:
        """Record a change as one undoable step (nothing happens when nothing changed)."""
        if before == after:
            return False
        return self.edit_cells(report_id, [(before, after)], self._describe(before, after))

    def edit_cells(self, report_id: int, pairs: list[tuple[ReviewedCell, ReviewedCell]], description: str) -> bool:
        """Store several cells as one undoable step; False (and ``saveFailed``) when not stored."""
        if not pairs:
            return False
        self._make_sure_of_reviewer()
        try:
            stored = self.service.update_cells(report_id, [(after, after.note) for _, after in pairs])
        except StoreError as exc:
            log.error("edit not stored: %s", exc.detail or exc.message)
            self.saveFailed.emit(f"{description}：未能保存。\n\n{exc.message}")
            return False
        self.undo_stack.push(CellsCommand(self, report_id, pairs, description))
        self.cellsChanged.emit(report_id, stored)
        return True

    def edit_fact(self, report_id: int, fact: ReportFact, value: str | int | None) -> bool:
        reviewed = self.service.reviewed(report_id)
        before = getattr(reviewed.metadata, fact.value)
        before_corrected = fact in reviewed.corrected_facts
        if value == before:
            return False
        description = f"{fact.label}：{before or '空'} → {value or '空'}"
        self._make_sure_of_reviewer()
        try:
            self.service.set_fact(report_id, fact, value)
        except StoreError as exc:
            self.saveFailed.emit(f"{description}：未能保存。\n\n{exc.message}")
            return False
        self.undo_stack.push(FactCommand(self, report_id, fact, before, before_corrected, value, description))
        self.factChanged.emit(report_id, fact)
        return True

    def replay_cells(self, report_id: int, changes: list[tuple[ReviewedCell, str | None]]) -> None:
        """Undo or redo of cells (called by the commands)."""
        try:
            stored = self.service.update_cells(report_id, changes)
        except StoreError as exc:
            self._replay_failed(exc)
            return
        self.cellsChanged.emit(report_id, stored)
        self.undoApplied.emit(report_id, changes[0][0].indicator_id)

    def replay_fact(self, report_id: int, fact: ReportFact, value, corrected: bool, note: str) -> None:
        try:
            self.service.set_fact(report_id, fact, value, corrected=corrected, audit_note=note)
        except StoreError as exc:
            self._replay_failed(exc)
            return
        self.factChanged.emit(report_id, fact)
        self.undoApplied.emit(report_id, fact.audit_key)

    def _replay_failed(self, error: StoreError) -> None:
        # The stack has already moved; what the window shows is what is stored.  Starting the
        # history afresh is the honest state: nothing on it claims an edit that is not saved.
        self.saveFailed.emit(f"撤销/重做未能保存，撤销记录已清空；表中显示的是已保存的数值。\n\n{error.message}")
        QTimer.singleShot(0, self.undo_stack.clear)

    def _make_sure_of_reviewer(self) -> None:
        """The audit trail names the reviewer: ask for a name once if 设置 has none."""
        if self.settings.reviewer.strip() or self._asked_reviewer or self.ask_reviewer is None:
            return
        self._asked_reviewer = True
        name = (self.ask_reviewer(self.settings.reviewer_name) or "").strip()
        if name:
            settings = replace(self.settings, reviewer=name)
            self.apply_settings(settings)
            save_settings(settings)

    def _describe(self, before: ReviewedCell, after: ReviewedCell) -> str:
        spec = self.catalog.get(after.indicator_id)
        label = spec.name if spec else after.indicator_id
        if after.status is CellStatus.ABSENT:
            return f"{label}：无此项"
        if after.status is CellStatus.CONFIRMED and after.value == before.value:
            return f"{label}：确认 {format_value(after.value)}"
        if after.value == before.value and after.note != before.note:
            return f"{label}：备注"
        return f"{label}：{format_value(before.value) or '空'} → {format_value(after.value)}"
