"""A per-file time limit: read each file in a worker process that is killed when it hangs.

``process_file`` never raises, but a reader can still loop for minutes on a
pathological file (a PDF with a content stream built to be slow, a deeply nested
table) or die outright in native code (pdfium).  For the CLI and batch path each
file is therefore read in a separate process: when it takes longer than the limit
the process is killed and replaced, and the file gets the Chinese message
``《名》读取超时（超过 N 秒），已跳过``; when the process dies, the file gets a
message too.  Either way the batch goes on with the next file.

Workers are started with "spawn" on every platform: forking a process that runs
Qt or other threads is unsafe, and Windows has nothing else.  A frozen build must
call ``multiprocessing.freeze_support()`` first (packaging/launcher.py does).
The time limit counts from the moment the file is handed to a ready worker, so
the worker's own start-up (imports, catalog) is not charged to the file.

``GuardedReader.call`` sends the same worker another kind of request (a
``GuardedCall``): the disk-change check reads a report file again, and a file that
can hang a reader can hang that too.
"""
from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .catalog import Catalog
from .errors import ReportReadError
from .types import Report, ReportMetadata

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 60.0
# A worker that cannot even start (broken install, no memory) must not block the batch.
_START_SECONDS = 120.0
_READY = "ready"


def timeout_message(path: str | Path, seconds: float) -> str:
    shown = f"{seconds:g}"
    return ReportReadError(path, f"读取超时（超过 {shown} 秒），已跳过").message


def crash_message(path: str | Path) -> str:
    return ReportReadError(path, "读取时程序意外退出（文件可能已损坏），已跳过；其他文件不受影响").message


def failed_report(path: str | Path, message: str) -> Report:
    return Report(file=str(path), document=None, metadata=ReportMetadata(), errors=(message,))


def _serve(connection: Connection, catalog: Catalog | None) -> None:
    """Worker loop: receive a path, send back its Report; stop on None or a closed pipe."""
    from .pipeline import process_file

    if catalog is None:
        from .catalog import load_catalog_or_bundled

        # A typo in the bureau's own catalog must not stop every file: fall back
        # to the bundled one (the CLI or window has already told the reviewer).
        catalog, _warning = load_catalog_or_bundled()
    connection.send(_READY)
    while True:
        try:
            path = connection.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        if isinstance(path, GuardedCall):  # another request than “read this report” (GuardedReader.call)
            connection.send(path.run())
            continue
        report = process_file(path, catalog)
        try:
            connection.send(report)
        except Exception:  # noqa: BLE001 - a report that cannot be pickled still ends as a message
            log.exception("cannot send the report of %s", path)
            connection.send(failed_report(path, crash_message(path)))


@dataclass(frozen=True)
class GuardedCall:
    """A request for the worker other than reading a report: a module-level function and its
    arguments (picklable), run under the same time limit — e.g. ``core.disk.disk_state``, which
    reads a report file again to see whether it changed."""

    function: Callable[..., Any]
    args: tuple[Any, ...] = ()

    def run(self) -> tuple[bool, Any]:
        try:
            return True, self.function(*self.args)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, which has a fallback
            log.exception("guarded call %s failed", getattr(self.function, "__name__", self.function))
            return False, repr(exc)


class GuardedReader:
    """Reads files one at a time in a worker process, replacing the worker after a hang or crash.

    Use as a context manager, or call ``close()``; one reader serves a whole batch so
    the worker's start-up is paid once, not per file.
    """

    def __init__(self, seconds: float = DEFAULT_SECONDS, catalog: Catalog | None = None) -> None:
        if seconds <= 0:
            raise ValueError("seconds must be positive")
        self.seconds = seconds
        self.catalog = catalog
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None

    def __enter__(self) -> GuardedReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while one is running (for logs and the soak)."""
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def _start(self) -> None:
        parent, child = self._context.Pipe(duplex=True)
        process = self._context.Process(target=_serve, args=(child, self.catalog), daemon=True,
                                        name="lawgov-reader")
        process.start()
        child.close()  # so that the parent sees EOF when the worker dies
        self._process, self._connection = process, parent
        if not parent.poll(_START_SECONDS) or parent.recv() != _READY:
            self._kill()
            raise RuntimeError("the reader worker process did not start")

    def _kill(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
        if self._connection is not None:
            self._connection.close()
        self._process, self._connection = None, None

    def close(self) -> None:
        if self._connection is not None and self._process is not None and self._process.is_alive():
            try:
                self._connection.send(None)
                self._process.join(2)
            except OSError:
                pass
        self._kill()

    def process(self, path: str | Path) -> Report:
        """The file's Report; a hang or a dead worker becomes a Report with one Chinese error."""
        if self._process is None or not self._process.is_alive():
            try:
                self._start()
            except (RuntimeError, OSError, EOFError) as exc:
                log.error("cannot start a reader worker: %s", exc)
                return failed_report(path, crash_message(path))
        assert self._connection is not None
        try:
            self._connection.send(str(path))
            if self._connection.poll(self.seconds):
                return self._connection.recv()
        except (EOFError, OSError):  # the worker died while reading this file
            log.error("reader worker died on %s", path)
            self._kill()
            return failed_report(path, crash_message(path))
        log.warning("reading %s took longer than %s s; worker killed", path, self.seconds)
        self._kill()
        return failed_report(path, timeout_message(path, self.seconds))


    def call(self, function: Callable[..., Any], *args: Any, fallback: Any = None) -> Any:
        """``function(*args)`` run in the worker under the time limit; ``fallback`` when it
        raises, hangs past the limit or the worker dies (the worker is then replaced)."""
        if self._process is None or not self._process.is_alive():
            try:
                self._start()
            except (RuntimeError, OSError, EOFError) as exc:
                log.error("cannot start a reader worker: %s", exc)
                return fallback
        assert self._connection is not None
        try:
            self._connection.send(GuardedCall(function, args))
            if self._connection.poll(self.seconds):
                succeeded, answer = self._connection.recv()
                return answer if succeeded else fallback
        except (EOFError, OSError):
            log.error("reader worker died in %s%r", getattr(function, "__name__", function), args)
            self._kill()
            return fallback
        log.warning("%s%r took longer than %s s; worker killed", getattr(function, "__name__", function), args,
                    self.seconds)
        self._kill()
        return fallback


def process_file_with_timeout(path: str | Path, seconds: float = DEFAULT_SECONDS,
                              catalog: Catalog | None = None) -> Report:
    """``pipeline.process_file`` with a time limit, for one file (a batch should share a GuardedReader)."""
    with GuardedReader(seconds, catalog) as reader:
        return reader.process(path)
