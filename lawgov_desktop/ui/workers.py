"""The one door to threads: run core work off the UI thread, get results back on it.

``run_in_background(work, success, failure)`` runs one callable; ``BatchJob`` runs
a callable over many items (files to extract) with progress and cancel.  Results
arrive through signals of a ``QObject`` that lives in the UI thread, so the
callbacks run there and may touch widgets; the work itself never does.

Modelled on Anki's ``QueryOp`` (success/failure callbacks) and Picard's ``run_task``.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_running: set[QObject] = set()  # keeps jobs alive until their results are delivered


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body
        self.setAutoDelete(True)

    def run(self) -> None:
        self._body()


class BackgroundTask(QObject):
    """One callable run in the pool; ``success``/``failure`` are called on the UI thread."""

    _done = Signal(object)
    _failed = Signal(object)

    def __init__(self, work: Callable[[], Any], success: Callable[[Any], None],
                 failure: Callable[[Exception], None] | None = None) -> None:
        super().__init__()
        self._work = work
        self._success = success
        self._failure = failure
        self._done.connect(self._deliver)
        self._failed.connect(self._deliver_failure)

    def start(self) -> None:
        _running.add(self)
        pool().start(_Runnable(self._run))

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the UI thread, never lost in the worker
            log.exception("background task failed")
            self._failed.emit(exc)
        else:
            self._done.emit(result)

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        _running.discard(self)
        self._success(result)

    @Slot(object)
    def _deliver_failure(self, error: Exception) -> None:
        _running.discard(self)
        if self._failure is not None:
            self._failure(error)


def run_in_background(work: Callable[[], Any], success: Callable[[Any], None],
                      failure: Callable[[Exception], None] | None = None) -> BackgroundTask:
    task = BackgroundTask(work, success, failure)
    task.start()
    return task


class BatchJob(QObject):
    """``work(item)`` for each item of ``items()``, one after another, in the pool.

    ``itemDone(item, result)`` arrives on the UI thread for each item, ``progress(done,
    total)`` after each, ``finished(cancelled)`` once.  ``items`` is called in the
    worker too, since walking a large folder takes time.  ``cancel()`` stops before
    the next item; the item in hand finishes.
    """

    itemDone = Signal(object, object)
    progress = Signal(int, int)
    finished = Signal(bool)
    _item = Signal(object, object)
    _progress = Signal(int, int)
    _finished = Signal(bool)

    def __init__(self, items: Callable[[], Iterable[Any]], work: Callable[[Any], Any]) -> None:
        super().__init__()
        self._items = items
        self._work = work
        self._cancel = threading.Event()
        self.running = False
        self._item.connect(self._relay_item)
        self._progress.connect(self._relay_progress)
        self._finished.connect(self._relay_finished)

    def start(self) -> None:
        self.running = True
        _running.add(self)
        pool().start(_Runnable(self._run))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            items = list(self._items())
        except Exception:
            log.exception("listing the items of a batch job failed")
            items = []
        self._progress.emit(0, len(items))
        for done, item in enumerate(items, 1):
            if self._cancel.is_set():
                break
            try:
                result = self._work(item)
            except Exception as exc:  # work functions should not raise; keep the batch going if one does
                log.exception("batch job item %r failed", item)
                result = exc
            self._item.emit(item, result)
            self._progress.emit(done, len(items))
        self._finished.emit(self._cancel.is_set())

    @Slot(object, object)
    def _relay_item(self, item: Any, result: Any) -> None:
        self.itemDone.emit(item, result)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(bool)
    def _relay_finished(self, cancelled: bool) -> None:
        self.running = False
        _running.discard(self)
        self.finished.emit(cancelled)
