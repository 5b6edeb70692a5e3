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
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.errors import LawgovError

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None
_running: set[QObject] = set()  # keeps jobs alive until their results are delivered
_END = object()


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
        except LawgovError as exc:  # an expected failure with its Chinese message (a locked file …)
            log.warning("background task failed: %s (%s)", exc.message, exc.detail)
            self._failed.emit(exc)
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
    """``work(item)`` for each item of ``items()``, off the UI thread.

    ``itemDone(item, result)`` arrives on the UI thread for each item, ``progress(done,
    total)`` after each, ``finished(cancelled)`` once.  ``items`` is called in the
    worker too, since walking a large folder takes time.  ``cancel()`` stops before
    the next item; the items in hand finish.

    With an ``executor`` (a process pool) ``work`` must be picklable and runs there,
    several items at once: CPU-heavy extraction then neither holds the GIL the UI
    thread needs for every model call nor waits for one core.  Results then arrive
    in the order they finish.
    """

    itemDone = Signal(object, object)
    progress = Signal(int, int)
    finished = Signal(bool)
    _item = Signal(object, object)
    _progress = Signal(int, int)
    _finished = Signal(bool)

    def __init__(self, items: Callable[[], Iterable[Any]], work: Callable[[Any], Any],
                 executor: Executor | None = None, in_flight: int = 4) -> None:
        super().__init__()
        self._items = items
        self._work = work
        self._executor = executor
        self._in_flight = in_flight
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
        if self._executor is not None:
            self._run_in_executor(items, self._executor)
            return
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

    def _run_in_executor(self, items: list[Any], executor: Executor) -> None:
        remaining = iter(items)
        pending: dict[Future, Any] = {}
        done = 0

        def fill() -> None:
            # A few items in flight, not all: cancel then stops within one item.
            while len(pending) < self._in_flight and not self._cancel.is_set():
                item = next(remaining, _END)
                if item is _END:
                    return
                pending[executor.submit(self._work, item)] = item

        try:
            fill()
        except Exception as exc:  # the pool cannot start (broken, shut down)
            log.exception("cannot submit to the process pool")
            for item in items:
                self._item.emit(item, exc)
            self._finished.emit(self._cancel.is_set())
            return
        while pending:
            finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in finished:
                item = pending.pop(future)
                try:
                    result = future.result()
                except Exception as exc:  # a crashed worker process: reported for this item
                    log.exception("batch job item %r failed in the pool", item)
                    result = exc
                done += 1
                self._item.emit(item, result)
                self._progress.emit(done, len(items))
            if self._cancel.is_set():
                for future in pending:
                    future.cancel()
                wait(pending)
                break
            try:
                fill()
            except Exception:
                log.exception("cannot submit to the process pool")
                break
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
