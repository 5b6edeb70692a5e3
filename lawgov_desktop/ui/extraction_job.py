"""What the loader runs per file, in a worker process.  Imports no Qt.

Kept apart from the Qt modules so that a process-pool worker (spawned, not forked:
forking a process that runs Qt threads is unsafe) imports only the core.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..core.types import Report
from ..store.disk import DiskState, disk_state

Fingerprint = tuple[str, float | None, int | None, str | None]


def extract_or_check(item: tuple[str, int | None, Fingerprint | None]) -> Report | tuple[int, DiskState]:
    """A new file is read and extracted; a file already in the batch is only checked on disk."""
    path, report_id, fingerprint = item
    if report_id is not None and fingerprint is not None:
        return report_id, disk_state(*fingerprint)
    from ..core.pipeline import process_file

    return process_file(Path(path), _catalog())


_loaded_catalog = None


def _catalog():
    """The catalog the window uses: a bureau's broken file falls back to the bundled one
    (the window has said so) instead of failing every report in the worker."""
    global _loaded_catalog
    if _loaded_catalog is None:
        from ..core.catalog import load_catalog_or_bundled

        _loaded_catalog = load_catalog_or_bundled()[0]
    return _loaded_catalog


def lower_priority() -> None:
    """Pool initializer: extraction yields the CPU to the window the reviewer is using."""
    if hasattr(os, "nice"):
        try:
            os.nice(10)
        except OSError:
            pass
