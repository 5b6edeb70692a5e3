"""Loading files into the batch, off the UI thread, with progress and cancel.

The worker reads and extracts (``core.pipeline.process_file``, which never
raises); the UI thread stores each result as it arrives, so a cancelled or
crashed load keeps every report already shown.  A file already in the batch is
not extracted again: it is only checked for changes on disk and flagged.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.types import Report, ReportMetadata
from ..store.disk import DiskState, disk_state
from .review_session import ReviewSession
from .workers import BatchJob


def _default_process(path: Path) -> Report:
    from ..core.pipeline import process_file

    return process_file(path)


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
                 process: Callable[[Path], Report] = _default_process,
                 expand: Callable[[Iterable[str]], list[Path]] = _default_expand) -> None:
        super().__init__(parent)
        self.session = session
        self.process = process
        self.expand = expand
        self._job: BatchJob | None = None
        self._queue: list[list[str]] = []
        self._loaded = 0
        self._failed = 0

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

        def work(path: Path):
            if str(path) in known:
                report_id, fingerprint = known[str(path)]
                return report_id, disk_state(*fingerprint)
            return process(path)

        self._loaded = self._failed = 0
        self._job = BatchJob(lambda: expand(inputs), work)
        self._job.itemDone.connect(self._on_item)
        self._job.progress.connect(self.progress)
        self._job.finished.connect(self._on_finished)
        self._job.start()
        self.started.emit()

    def cancel(self) -> None:
        self._queue.clear()
        if self._job is not None:
            self._job.cancel()

    def _on_item(self, path: Path, result: object) -> None:
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
            if self.session.batch_id is not None:
                self.session.store.add_report(result, self.session.catalog.ids)
            return
        report_id = self.session.add_report(result)
        if self.session.store.last_add_was_duplicate:
            self.duplicateFound.emit(result.file, report_id)
            return
        self._loaded += 1
        self.reportLoaded.emit(report_id)

    def _on_finished(self, cancelled: bool) -> None:
        self._job = None
        self.finished.emit(self._loaded, self._failed, cancelled)
        if self._queue and not cancelled:
            self.load(self._queue.pop(0))

