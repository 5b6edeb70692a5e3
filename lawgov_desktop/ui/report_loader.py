"""Loading files into the batch, off the UI thread, with progress and cancel.

The session's ``service.ReaderPool`` reads and extracts in guarded reader processes
(a per-file time limit, a crashed reader replaced) at low priority, so the window
keeps the CPU it needs; the UI thread stores each result as it arrives, so a
cancelled or crashed load keeps every report already shown.  A file already in the
batch is not extracted again: the same guarded workers only check whether it
changed on disk, and it is counted as already there.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.disk import DiskState, disk_state
from ..core.types import Report, ReportMetadata
from ..service import DiskCheck, LoadItem, load_items
from ..store import StoreError
from .review_session import ReviewSession
from .workers import BatchJob


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
    checkedOnDisk = Signal(int)  # how many files of a reopened batch changed on disk
    saveFailed = Signal(str)  # the batch database refused a report: the load stops
    finished = Signal(int, int, bool)  # loaded, failed, cancelled

    def __init__(self, session: ReviewSession, parent=None,
                 process: Callable[[Path], Report] | None = None,
                 expand: Callable[[Iterable[str]], list[Path]] = _default_expand) -> None:
        """``process`` None: extract in the session's guarded reader processes; a callable (tests)
        runs in a worker thread instead."""
        super().__init__(parent)
        self.session = session
        self.process = process
        self.expand = expand
        self._job: BatchJob | None = None
        self._check_job: BatchJob | None = None
        self._queue: list[list[str]] = []
        self._loaded = 0
        self._failed = 0
        self._batch_id: int | None = None
        self.duplicates = 0  # files of the last load whose text was already in the batch
        self.already = 0  # files of the last load that were in the batch before it

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
        known = self.session.service.known_files()  # read here: the store belongs to the UI thread
        process, expand = self.process, self.expand

        def items() -> list[LoadItem]:  # walking a large folder takes time: done in the worker
            return load_items(expand(inputs), known)

        def work_in_thread(item: LoadItem):
            if item.report_id is not None and item.fingerprint is not None:
                return DiskCheck(item.report_id, disk_state(*item.fingerprint))
            return process(Path(item.path))

        self._loaded = self._failed = self.duplicates = self.already = 0
        # Results still in flight when another batch is opened belong to this one.
        self._batch_id = self.session.batch_id
        if process is None:
            pool = self.session.reader_pool
            self._job = BatchJob(items, pool.work, executor=pool.executor)
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
        if self._check_job is not None:
            self._check_job.cancel()

    def check_on_disk(self) -> None:
        """Flag the reports of the open batch whose files changed since they were loaded
        (a reopened batch: the files may have been edited meanwhile)."""
        known = self.session.service.known_files()
        if not known or self._check_job is not None:
            return
        batch_id = self.session.batch_id
        paths = [Path(path) for path in known]
        work = self.session.reader_pool.work if self.process is None else self._check_in_thread
        job = BatchJob(lambda: load_items(paths, known), work,
                       executor=self.session.reader_pool.executor if self.process is None else None)
        changed: list[int] = []

        def take(_item: LoadItem, result: object) -> None:
            if isinstance(result, DiskCheck) and result.state is DiskState.CHANGED \
                    and self.session.batch_id == batch_id and not self.session.store.closed:
                self.session.service.flag_changed_on_disk(result.report_id)
                changed.append(result.report_id)
                self.changedOnDisk.emit(result.report_id)

        def finished(_cancelled: bool) -> None:
            self._check_job = None
            if changed:
                self.checkedOnDisk.emit(len(changed))

        job.itemDone.connect(take)
        job.finished.connect(finished)
        self._check_job = job
        job.start()

    @staticmethod
    def _check_in_thread(item: LoadItem) -> DiskCheck:
        return DiskCheck(item.report_id, disk_state(*item.fingerprint))

    def _on_item(self, item: LoadItem, result: object) -> None:
        if self.session.store.closed:
            return  # the window is closing; the file is loaded again next time
        try:
            self._take(item, result)
        except StoreError as exc:  # a full disk or a lock: every further file would fail the same way
            self.cancel()
            self.saveFailed.emit(f"《{Path(item.path).name}》未能保存到审核数据库，已停止载入其余文件。\n\n{exc.message}")

    def _take(self, item: LoadItem, result: object) -> None:
        if self._batch_id != self.session.batch_id and self._batch_id is not None:
            if isinstance(result, Report):  # a batch no longer open: keep it there, show nothing
                self.session.add_report(result, self._batch_id)
            return
        if isinstance(result, DiskCheck):
            self.already += 1
            if result.state is DiskState.CHANGED:
                self.session.service.flag_changed_on_disk(result.report_id)
                self.changedOnDisk.emit(result.report_id)
            return
        if not isinstance(result, Report):  # the worker caught an unexpected exception
            result = Report(file=item.path, document=None, metadata=ReportMetadata(),
                            errors=(f"《{Path(item.path).name}》读取时出错，已跳过；其他文件不受影响",))
        if result.document is None:
            self._failed += 1
            for message in result.errors:
                self.problem.emit(message)
            if self._batch_id is not None:
                self.session.service.add_report(result, self._batch_id)
            return
        outcome_id = self.session.add_report(result, self._batch_id)
        if self.session.store.last_add_was_duplicate:
            self.duplicates += 1
            self.duplicateFound.emit(result.file, outcome_id)
            return
        self._loaded += 1
        self.reportLoaded.emit(outcome_id)

    def _on_finished(self, cancelled: bool) -> None:
        self._job = None
        self.finished.emit(self._loaded, self._failed, cancelled)
        if self._queue and not cancelled:
            self.load(self._queue.pop(0))
