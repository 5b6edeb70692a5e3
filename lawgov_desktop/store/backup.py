"""Periodic copies of the batch database while a reviewer is editing.

WAL with ``synchronous=FULL`` guards against crashes; a copy guards against the
file itself going bad (a failing disk, a sync tool, a reviewer deleting it).  Like
Anki, copy only when something changed and at most every ``interval`` seconds, and
keep the newest few.  SQLite's online backup API makes a consistent copy while the
database stays open.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 30 * 60
DEFAULT_KEEP = 10


class BackupPolicy:
    def __init__(self, connection: sqlite3.Connection, database: Path, interval_s: float = DEFAULT_INTERVAL_S,
                 keep: int = DEFAULT_KEEP) -> None:
        self._connection = connection
        self.folder = database.parent / "backups"
        self.stem = database.stem
        self.interval_s = interval_s
        self.keep = keep
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()

    def note_edit(self) -> None:
        self._edits_since_backup += 1

    def backup_if_due(self, force: bool = False) -> Path | None:
        """Copy the database when edits happened and the interval passed (or ``force``)."""
        if self._edits_since_backup == 0:
            return None
        if not force and time.monotonic() - self._last_backup < self.interval_s:
            return None
        try:
            return self.backup()
        except (OSError, sqlite3.Error):
            log.exception("backup of the batch database failed")
            return None

    def backup(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.folder / f"{self.stem}-{stamp}.sqlite3"
        destination = sqlite3.connect(target)
        try:
            self._connection.backup(destination)
        finally:
            destination.close()
        self._edits_since_backup = 0
        self._last_backup = time.monotonic()
        self._prune()
        return target

    def backups(self) -> list[Path]:
        return sorted(self.folder.glob(f"{self.stem}-*.sqlite3"))

    def _prune(self) -> None:
        for old in self.backups()[: -self.keep]:
            try:
                old.unlink()
            except OSError:
                log.warning("cannot remove old backup %s", old)
