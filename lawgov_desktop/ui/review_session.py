"""The reviewer's working state: the store, the open batch, the undo stack.

Widgets never write to the store themselves.  They ask the session for an edit;
the session pushes an ``EditCellCommand`` (so it can be undone), stores the cell,
and announces it with ``cellChanged`` for the models to repaint.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.catalog import Catalog
from ..core.review import CellStatus, ReviewedCell, ReviewedReport
from ..core.types import Candidate, Report
from ..store import BatchStore
from ..store.settings import ReviewSettings
from .edit_cell_command import EditCellCommand
from .models.roles import format_value


class ReviewSession(QObject):
    cellChanged = Signal(int, object)  # report id, the stored ReviewedCell
    reportAdded = Signal(int)  # report id (new, or existing when the same text came again)
    batchOpened = Signal(int)

    def __init__(self, store: BatchStore, catalog: Catalog, settings: ReviewSettings, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        store.reviewer = settings.reviewer_name

    # -- batches ---------------------------------------------------------------

    @property
    def batch_id(self) -> int | None:
        return self.store.current_batch_id

    def new_batch(self, name: str) -> int:
        batch_id = self.store.create_batch(name)
        self.undo_stack.clear()
        self.batchOpened.emit(batch_id)
        return batch_id

    def open_batch(self, batch_id: int) -> None:
        self.store.open_batch(batch_id)
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
        report_id = self.store.add_report(report, self.catalog.ids, target)
        if target == self.batch_id:
            self.reportAdded.emit(report_id)
        return report_id

    def reviewed(self, report_id: int) -> ReviewedReport:
        return self.store.reviewed_report(report_id)

    def choices(self, report_id: int) -> dict[str, tuple[Candidate, ...]]:
        """Per indicator: the extracted value, then its ranked alternatives (for the editor)."""
        choices = {}
        for indicator_id, found in self.store.extraction(report_id).items():
            first = ()
            if found.value is not None and found.evidence is not None:
                first = (Candidate(found.value, found.unit, found.approx, found.confidence, found.evidence),)
            choices[indicator_id] = first + tuple(found.alternatives)
        return choices

    # -- edits -------------------------------------------------------------------

    def edit_cell(self, report_id: int, before: ReviewedCell, after: ReviewedCell) -> None:
        """Record a change as one undoable step (nothing happens when nothing changed)."""
        if before == after:
            return
        name = self.catalog.get(after.indicator_id)
        label = name.name if name else after.indicator_id
        if after.status is CellStatus.ABSENT:
            description = f"{label}：无此项"
        elif after.status is CellStatus.CONFIRMED and after.value == before.value:
            description = f"{label}：确认 {format_value(after.value)}"
        else:
            description = f"{label}：{format_value(before.value) or '空'} → {format_value(after.value)}"
        self.undo_stack.push(EditCellCommand(self, report_id, before, after, description))

    def apply_cell(self, report_id: int, cell: ReviewedCell, audit_note: str | None = None) -> ReviewedCell:
        """Store a cell as given (the undo stack's commands come through here)."""
        stored = self.store.update_cell(report_id, cell.indicator_id, cell.value, cell.status, cell.note,
                                        cell.evidence, approx=cell.approx, audit_note=audit_note)
        self.cellChanged.emit(report_id, stored)
        return stored
