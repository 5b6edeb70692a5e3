"""One reviewer edit as an undoable command.

``redo`` (also run when the command is pushed) stores the new cell, ``undo`` stores
the old one back; both go through the store, so undoing is itself an audited,
committed edit.  The command carries its report id: undo works after the reviewer
has moved on to another report, and the window follows it there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..core.review import ReviewedCell

if TYPE_CHECKING:
    from .review_session import ReviewSession


class EditCellCommand(QUndoCommand):
    def __init__(self, session: ReviewSession, report_id: int, before: ReviewedCell, after: ReviewedCell,
                 description: str) -> None:
        super().__init__(description)
        self._session = session
        self.report_id = report_id
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._session.apply_cell(self.report_id, self.after, audit_note=self.after.note)

    def undo(self) -> None:
        self._session.apply_cell(self.report_id, self.before, audit_note=f"撤销：{self.text()}")
