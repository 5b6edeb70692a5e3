"""Loading files into the batch, off the UI thread, with progress and cancel.

Reader processes read and extract (``core.guard.GuardedReader`` around
``core.pipeline.process_file``: a per-file time limit, a crashed reader replaced),
at low priority so the window keeps the CPU it needs; the UI thread stores each
result as it arrives, so a cancelled or crashed load keeps every report already
shown.  A file already in the batch is
not extracted again: it is only checked for changes on disk and flagged.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.batch import default_jobs
from ..core.types import Report, ReportMetadata
from ..store.disk import DiskState
from .extraction_job import close_readers, extract_or_check
from .review_session import ReviewSession
from .workers import BatchJob

_executor: ThreadPoolExecutor | None = None


def extraction_pool() -> ThreadPoolExecutor:
    """The threads that feed the reader processes (two on the reviewers' two-core PCs)."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(default_jobs(), thread_name_prefix="lawgov-extract")
    return _executor


def shutdown_pool() -> None:
    """At exit: drop the files not started, stop the reader processes, join the threads."""
    global _executor
    if _executor is not None:
        _executor.shutdown(wait=False, cancel_futures=True)
    close_readers()  # a file still being read is abandoned: its reader process is stopped
    if _executor is not None:
        _executor.shutdown(wait=True)
        _executor = None


def _default_expand(inputs: Iterable[str]) -> list[Path]:
    from ..core.pipeline import iter_report_files

    return list(iter_report_files(inputs))


class ReportLoader(QObject):
    started = Signal()
    progress = Signal(int, int)
    reportLoaded = Signal(int)  # report id
    duplicateFound = Signal(str, int)  # the new path, the report it repeats
    problem = Signal(str)  # Chinese message of a file that could not be read
    changedOnDisk = Signal(int)
    finished = Signal(int, int, bool)  # loaded, failed, cancelled

    def __init__(self, session: ReviewSession, parent=None,
                 process: Callable[[Path], Report] | None = None,
                 expand: Callable[[Iterable[str]], list[Path]] = _default_expand) -> None:
        """``process`` None: extract in guarded reader processes; a callable (tests) runs
        in a worker thread instead."""
        super().__init__(parent)
        self.session = session
        self.process = process
        self.expand = expand
        self._job: BatchJob | None = None
        self._queue: list[list[str]] = []
        self._loaded = 0
        self._failed = 0
        self._batch_id: int | None = None
        self.duplicates = 0  # files of the last load whose text was already in the batch

    @property
    def busy(self) -> bool:
        return self._job is not None

    def load(self, inputs: list[str]) -> None:
        """Load files and folders into the current batch (queued behind a running load)."""
        if not inputs:
            return
        if self._job is not None:
            self._queue.append(list(inputs))
            return
        store = self.session.store
        known: dict[str, tuple] = {}
        if self.session.batch_id is not None:
            for report_id in store.report_ids():
                fingerprint = store.fingerprint(report_id)
                known[fingerprint[0]] = (report_id, fingerprint)
        process, expand = self.process, self.expand

        def items() -> list[tuple[str, int | None, tuple | None]]:
            listed = []
            for path in expand(inputs):
                report_id, fingerprint = known.get(str(path), (None, None))
                listed.append((str(path), report_id, fingerprint))
            return listed

        def work_in_thread(item: tuple[str, int | None, tuple | None]):
            path, report_id, fingerprint = item
            if report_id is not None:
                return extract_or_check(item)
            return process(Path(path))

        self._loaded = self._failed = self.duplicates = 0
        # Results still in flight when another batch is opened belong to this one.
        self._batch_id = self.session.batch_id
        if process is None:
            self._job = BatchJob(items, extract_or_check, executor=extraction_pool())
        else:
            self._job = BatchJob(items, work_in_thread)
        self._job.itemDone.connect(self._on_item)
        self._job.progress.connect(self.progress)
        self._job.finished.connect(self._on_finished)
        self._job.start()
        self.started.emit()

    def cancel(self) -> None:
        self._queue.clear()
        if self._job is not None:
            self._job.cancel()

    def _on_item(self, item: tuple, result: object) -> None:
        path = item[0]
        if self.session.store.closed:
            return  # the window is closing; the file is loaded again next time
        if self._batch_id != self.session.batch_id and self._batch_id is not None:
            self._store_quietly(result)
            return
        if isinstance(result, tuple):
            report_id, state = result
            if state is DiskState.CHANGED:
                self.session.store.set_changed_on_disk(report_id, True)
                self.changedOnDisk.emit(report_id)
            return
        if not isinstance(result, Report):  # the worker caught an unexpected exception
            result = Report(file=str(path), document=None, metadata=ReportMetadata(),
                            errors=(f"《{Path(path).name}》读取时出错，已跳过；其他文件不受影响",))
        if result.document is None:
            self._failed += 1
            for message in result.errors:
                self.problem.emit(message)
            if self._batch_id is not None:
                self.session.store.add_report(result, self.session.catalog.ids, self._batch_id)
            return
        report_id = self.session.add_report(result, self._batch_id)
        if self.session.store.last_add_was_duplicate:
            self.duplicates += 1
            self.duplicateFound.emit(result.file, report_id)
            return
        self._loaded += 1
        self.reportLoaded.emit(report_id)

    def _store_quietly(self, result: object) -> None:
        """A result for a batch that is no longer open: keep it there, show nothing."""
        if isinstance(result, Report):
            self.session.add_report(result, self._batch_id)

    def _on_finished(self, cancelled: bool) -> None:
        self._job = None
        self.finished.emit(self._loaded, self._failed, cancelled)
        if self._queue and not cancelled:
            self.load(self._queue.pop(0))

