"""The guarded reader processes of one window: loading new files and checking known ones.

Each pool thread owns a ``core.guard.GuardedReader``: a file is read and extracted in
a separate process, killed and replaced when it hangs past the time limit or dies in
native code, so one bad file costs its limit, never the batch or the window.  The
check of a file already in the batch (has it changed since it was loaded?) reads the
file again, so it runs in the same guarded process (``GuardedReader.call``).  The
reader processes run at low priority: the window the reviewer is using keeps the CPU.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..core.batch import default_jobs
from ..core.catalog import Catalog
from ..core.disk import DiskState, disk_state, file_stat
from ..core.guard import DEFAULT_SECONDS, GuardedReader
from ..core.types import Report

log = logging.getLogger(__name__)

Fingerprint = tuple[str, "float | None", "int | None", "str | None"]


@dataclass(frozen=True)
class LoadItem:
    """One file of a load: new (``report_id`` None) or already in the batch (with its fingerprint)."""

    path: str
    report_id: int | None = None
    fingerprint: Fingerprint | None = None


@dataclass(frozen=True)
class DiskCheck:
    report_id: int
    state: DiskState


def load_items(paths: Iterable[Path], known: dict[str, tuple[int, Fingerprint]]) -> list[LoadItem]:
    """What a load does with each file: new ones are extracted, known ones only checked on disk."""
    items = []
    for path in paths:
        report_id, fingerprint = known.get(str(path), (None, None))
        items.append(LoadItem(str(path), report_id, fingerprint))
    return items


class ReaderPool:
    def __init__(self, seconds: float = DEFAULT_SECONDS, jobs: int | None = None,
                 catalog: Catalog | None = None) -> None:
        self.seconds = seconds
        self.jobs = jobs or default_jobs()
        self.catalog = catalog  # None: each worker loads the catalog in force (falling back to the bundled one)
        self._executor: ThreadPoolExecutor | None = None
        self._local = threading.local()
        self._readers: set[GuardedReader] = set()
        self._lowered: set[int] = set()
        self._lock = threading.Lock()

    @property
    def executor(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.jobs, thread_name_prefix="lawgov-extract")
        return self._executor

    def work(self, item: LoadItem) -> Report | DiskCheck:
        """A new file is read and extracted; a file already in the batch only checked on disk."""
        if item.report_id is not None and item.fingerprint is not None:
            path, mtime, size, _hash = item.fingerprint
            now_mtime, now_size = file_stat(path)
            if now_size is None:
                return DiskCheck(item.report_id, DiskState.MISSING)
            if (now_mtime, now_size) == (mtime, size):  # the usual case: no reader process needed
                return DiskCheck(item.report_id, DiskState.UNCHANGED)
        reader = self._reader()
        if item.report_id is not None and item.fingerprint is not None:
            # Reading the file again to compare its text can hang like any read: under the guard.
            state = reader.call(disk_state, *item.fingerprint, fallback=DiskState.CHANGED)
            result: Report | DiskCheck = DiskCheck(item.report_id, state)
        else:
            result = reader.process(Path(item.path))
        self._lower_priority(reader.worker_pid)
        return result

    def _reader(self) -> GuardedReader:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = GuardedReader(self.seconds, self.catalog)
            self._local.reader = reader
            with self._lock:
                self._readers.add(reader)
        return reader

    def close_readers(self) -> None:
        """Stop every reader process (they start again on the next file)."""
        with self._lock:
            readers = list(self._readers)
        for reader in readers:
            reader.close()

    def shutdown(self) -> None:
        """At exit: drop the files not started, stop the reader processes, join the threads."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self.close_readers()  # a file still being read is abandoned: its reader process is stopped
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def _lower_priority(self, pid: int | None) -> None:
        if pid is None or pid in self._lowered or not hasattr(os, "setpriority"):
            return
        try:
            os.setpriority(os.PRIO_PROCESS, pid, 10)
        except OSError as exc:
            log.info("cannot lower the priority of reader %s: %s", pid, exc)
        self._lowered.add(pid)
