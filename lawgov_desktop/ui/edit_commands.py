"""Reviewer edits as undoable commands.

An edit is stored first and pushed only once it is saved, so the undo stack never
holds an edit the database does not: a command's first ``redo`` (which
``QUndoStack.push`` calls) does nothing.  Undo and redo go through the session,
so they are audited, committed edits too.  A command carries its report id: undo
works after the reviewer has moved on to another report, and the window follows
it there.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..core.review import ReportFact, ReviewedCell

if TYPE_CHECKING:
    from .review_session import ReviewSession


class _StoredCommand(QUndoCommand):
    def __init__(self, session: ReviewSession, report_id: int, description: str) -> None:
        super().__init__(description)
        self._session = session
        self.report_id = report_id
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the edit is already stored
            self._pushed = True
            return
        self.apply(undoing=False)

    def undo(self) -> None:
        self.apply(undoing=True)

    def apply(self, undoing: bool) -> None:
        raise NotImplementedError


class CellsCommand(_StoredCommand):
    """One or several cells of a report (本报告审核完成 changes many in one step)."""

    def __init__(self, session: ReviewSession, report_id: int, pairs: list[tuple[ReviewedCell, ReviewedCell]],
                 description: str) -> None:
        super().__init__(session, report_id, description)
        self.pairs = pairs

    def apply(self, undoing: bool) -> None:
        note = f"撤销：{self.text()}" if undoing else None
        cells = [before if undoing else after for before, after in self.pairs]
        self._session.replay_cells(self.report_id, [(cell, note) for cell in cells])


class FactCommand(_StoredCommand):
    """One report fact; ``before_corrected`` False means the extracted value stood before."""

    def __init__(self, session: ReviewSession, report_id: int, fact: ReportFact, before: str | int | None,
                 before_corrected: bool, after: str | int | None, description: str) -> None:
        super().__init__(session, report_id, description)
        self.fact, self.before, self.before_corrected, self.after = fact, before, before_corrected, after

    def apply(self, undoing: bool) -> None:
        if undoing:
            self._session.replay_fact(self.report_id, self.fact, self.before, self.before_corrected,
                                      f"撤销：{self.text()}")
        else:
            self._session.replay_fact(self.report_id, self.fact, self.after, True, "")
