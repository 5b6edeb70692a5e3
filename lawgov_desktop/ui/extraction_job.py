"""What the loader runs per file, on its worker threads.  Imports no Qt.

Each worker thread owns a ``core.guard.GuardedReader``: the file is read and
extracted in a separate process, killed and replaced when it hangs past the time
limit or dies in native code, so one bad file costs its limit, never the batch or
the window.  The reader processes run at low priority: the window the reviewer is
using keeps the CPU.
"""
from __future__ import annotations

import logging
import os
import threading

from ..core.guard import DEFAULT_SECONDS, GuardedReader
from ..core.types import Report
from ..store.disk import DiskState, disk_state

log = logging.getLogger(__name__)

Fingerprint = tuple[str, float | None, int | None, str | None]
Item = tuple[str, int | None, Fingerprint | None]

_local = threading.local()
_readers: set[GuardedReader] = set()
_lowered: set[int] = set()
_lock = threading.Lock()


def extract_or_check(item: Item) -> Report | tuple[int, DiskState]:
    """A new file is read and extracted; a file already in the batch is only checked on disk."""
    path, report_id, fingerprint = item
    if report_id is not None and fingerprint is not None:
        return report_id, disk_state(*fingerprint)
    reader = getattr(_local, "reader", None)
    if reader is None:
        reader = GuardedReader(DEFAULT_SECONDS)  # the worker falls back to the bundled catalog if need be
        _local.reader = reader
    with _lock:
        _readers.add(reader)
    report = reader.process(path)
    _lower_priority(reader.worker_pid)
    return report


def close_readers() -> None:
    """Stop every reader process (they start again on the next file)."""
    with _lock:
        readers = list(_readers)
        _readers.clear()
    for reader in readers:
        reader.close()


def _lower_priority(pid: int | None) -> None:
    if pid is None or pid in _lowered or not hasattr(os, "setpriority"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, pid, 10)
    except OSError as exc:
        log.info("cannot lower the priority of reader %s: %s", pid, exc)
    _lowered.add(pid)
