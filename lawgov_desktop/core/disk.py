"""Has a report file changed on disk since it was extracted?

Size and modification time decide quickly that nothing changed.  When they differ
the file is read again and its text hash compared, so a file that was only copied
or touched is not flagged; a real change is flagged, never re-extracted silently
over the reviewer's work.  Reading the file again can hang on a pathological file
like any read, so the service runs ``disk_state`` inside the guard's worker process
(``GuardedReader.call``), under the same time limit as extraction.
"""
from __future__ import annotations

import os
from enum import Enum
from pathlib import Path


class DiskState(str, Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MISSING = "missing"


def file_stat(path: str | Path) -> tuple[float | None, int | None]:
    try:
        stat = os.stat(path)
    except OSError:
        return None, None
    return stat.st_mtime, stat.st_size


def disk_state(path: str | Path, mtime: float | None, size: int | None, content_hash: str | None) -> DiskState:
    now_mtime, now_size = file_stat(path)
    if now_size is None:
        return DiskState.MISSING
    if now_mtime == mtime and now_size == size:
        return DiskState.UNCHANGED
    if content_hash is None:
        return DiskState.CHANGED
    from .errors import LawgovError
    from .ingest import read_document
    from .pipeline import content_hash as hash_text

    try:
        text = read_document(path).text
    except (LawgovError, OSError):
        return DiskState.CHANGED
    return DiskState.UNCHANGED if hash_text(text) == content_hash else DiskState.CHANGED
