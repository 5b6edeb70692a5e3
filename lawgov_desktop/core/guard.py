"""Per-file limits: read each file in a worker process that is killed when it hangs
and that cannot take more than its memory budget.

``process_file`` never raises, but a reader can still loop for minutes on a
pathological file (a PDF with a content stream built to be slow, a 19 MB text on
one line), blow up in memory (a .doc whose pieces repeat, an OFD whose pages share
one content stream) or die outright in native code (pdfium).  Every file — also a
single one from the command line — is therefore read in a separate process: when it
takes longer than the time limit the process is killed and replaced, and the file
gets the Chinese message ``《名》读取超时（超过 N 秒），已跳过``; an allocation past
the memory budget (``limits.limit_memory``: RLIMIT_AS on Linux, a job object on
Windows) fails inside the worker and the file gets its message; when the process
dies, the file gets a message too.  Either way the batch goes on with the next file.

How workers start: "fork" where it is safe and cheap — Linux, and no other thread in
the process, Qt's included (the CLI reading one file: the worker inherits the imports
and the catalog, so the guard costs a few milliseconds, not a second interpreter start);
"spawn" everywhere else (forking a process that runs Qt or other threads is unsafe,
and Windows has nothing else).  A frozen build must call
``multiprocessing.freeze_support()`` first (packaging/launcher.py does).  The time
limit counts from the moment the file is handed to a ready worker, so the worker's
own start-up (imports, catalog) is not charged to the file.

Ctrl-C: workers ignore SIGINT (the terminal sends it to the whole process group) and
are stopped by their reader, so the reviewer sees one message, not a traceback per worker.

``GuardedReader.call`` sends the same worker another kind of request (a
``GuardedCall``): the disk-change check reads a report file again, and a file that
can hang a reader can hang that too.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .catalog import Catalog
from .errors import ReportReadError
from .limits import limit_memory
from .types import Report, ReportMetadata

log = logging.getLogger(__name__)

DEFAULT_SECONDS = 60.0
# What a worker may take beyond what it holds at start.  Reading a 100-page report
# takes tens of MB; the bound for any one file is 1 GB.
DEFAULT_MEMORY_BYTES = 1024 * 1024 * 1024
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


def _serve(connection: Connection, catalog: Catalog | None, memory_bytes: int | None) -> None:
    """Worker loop: receive a path, send back its Report; stop on None or a closed pipe."""
    _ignore_ctrl_c()
    from . import regex_cache
    from .pipeline import process_file

    regex_cache.install()  # a spawned worker's own; a forked one has its parent's

    if catalog is None:
        from .catalog import load_catalog_or_bundled

        # A typo in the bureau's own catalog must not stop every file: fall back
        # to the bundled one (the CLI or window has already told the reviewer).
        catalog, _warning = load_catalog_or_bundled()
    if memory_bytes:
        try:
            log.debug("reader worker memory limit: %s", limit_memory(memory_bytes))
        except (OSError, ValueError) as exc:  # a locked-down PC may refuse; the time limit still holds
            log.warning("cannot limit the reader worker's memory: %s", exc)
    connection.send(_READY)
    while True:
        try:
            path = connection.recv()
        except (EOFError, OSError):
            return
        if path is None:
            regex_cache.save(force=True)
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
        # (After the report is sent: the reviewer does not wait for it.  The first report compiles
        # nearly all expressions; later ones add a report's own words now and then.)
        regex_cache.save()


@dataclass(frozen=True)
class GuardedCall:
    """A request for the worker other than reading a report: a module-level function and its
    arguments (picklable), run under the same limits — e.g. ``core.disk.disk_state``, which
    reads a report file again to see whether it changed."""

    function: Callable[..., Any]
    args: tuple[Any, ...] = ()

    def run(self) -> tuple[bool, Any]:
        try:
            return True, self.function(*self.args)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, which has a fallback
            log.exception("guarded call %s failed", getattr(self.function, "__name__", self.function))
            return False, repr(exc)


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def _ctrl_c_blocked():
    """Block SIGINT in this thread while a worker starts: the worker inherits the mask, so
    a Ctrl-C before it has set SIGINT to ignored cannot print a traceback from it."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def choose_start_method() -> str:
    """"fork" where forking is safe — Linux, and this process has one thread (the OS's
    count, so Qt's own threads count too) — else "spawn"."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        try:
            if len(os.listdir("/proc/self/task")) == 1:
                return "fork"
        except OSError:
            pass
    return "spawn"


class GuardedReader:
    """Reads files one at a time in a worker process, replacing the worker after a hang or crash.

    Use as a context manager, or call ``close()``; one reader serves a whole batch so
    the worker's start-up is paid once, not per file.  ``memory_bytes`` is the worker's
    budget beyond what it holds at start (None: no memory limit); ``start_method``
    forces "fork" or "spawn" (default: ``choose_start_method()`` when the worker starts).
    """

    def __init__(self, seconds: float = DEFAULT_SECONDS, catalog: Catalog | None = None, *,
                 memory_bytes: int | None = DEFAULT_MEMORY_BYTES, start_method: str | None = None) -> None:
        if seconds <= 0:
            raise ValueError("seconds must be positive")
        self.seconds = seconds
        self.catalog = catalog
        self.memory_bytes = memory_bytes
        self.start_method = start_method
        self.last_start_method: str | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        self._lock = threading.Lock()
        # Set by kill(): no worker starts after it, so a batch thread that was about to start
        # one as Ctrl-C came cannot leave a process reading on (or the interpreter waiting
        # for it at exit).
        self._stopped = False

    def __enter__(self) -> GuardedReader:
        return self

    def __exit__(self, exc_type, *exc_info: object) -> None:
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            self.kill()  # Ctrl-C: stop now, do not wait for the file in hand
        else:
            self.close()

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id while one is running (for logs and the soak)."""
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def _start(self) -> None:
        method = self.start_method or choose_start_method()
        context = multiprocessing.get_context(method)
        parent, child = context.Pipe(duplex=True)
        process = context.Process(target=_serve, args=(child, self.catalog, self.memory_bytes), daemon=True,
                                  name="lawgov-reader")
        if method != "fork":
            # The first spawned process starts multiprocessing's resource tracker, which
            # unblocks SIGINT in the calling thread when done (SIG_UNBLOCK, not the mask it
            # found): started first, it cannot undo the block below, and a Ctrl-C while the
            # worker imports cannot print a traceback from it.
            from multiprocessing import resource_tracker

            resource_tracker.ensure_running()
        with _ctrl_c_blocked():
            process.start()
        self.last_start_method = method
        child.close()  # so that the parent sees EOF when the worker dies
        with self._lock:
            stopped = self._stopped
            if not stopped:
                self._process, self._connection = process, parent
        if stopped:  # kill() came while this worker was starting
            process.kill()
            process.join(5)
            parent.close()
            raise RuntimeError("the reader was stopped")
        if not parent.poll(_START_SECONDS) or parent.recv() != _READY:
            self._kill()
            raise RuntimeError("the reader worker process did not start")

    def start(self) -> bool:
        """Start the worker unless one runs; False when it cannot start (logged).

        ``process`` and ``call`` start it when they need it.  A batch calls it before it starts
        its threads: while the process has one thread the worker can be forked and inherit the
        imports and the catalog; started from a batch thread it would be spawned, a fresh
        interpreter that imports everything again.  A worker that could not start there is
        tried again by ``process``, which turns the failure into the file's message."""
        if self._process is not None and self._process.is_alive():
            return True
        try:
            self._start()
        except (RuntimeError, OSError, EOFError) as exc:
            log.error("cannot start a reader worker: %s", exc)
            return False
        return True

    def kill(self) -> None:
        """Stop the worker now and start no other (Ctrl-C, shutdown); may be called from another thread."""
        with self._lock:
            self._stopped = True
        self._kill()

    def _kill(self) -> None:
        with self._lock:  # the batch's main thread may kill while a worker thread reads
            process, connection = self._process, self._connection
            self._process, self._connection = None, None
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(5)
        if connection is not None:
            connection.close()

    def close(self) -> None:
        process, connection = self._process, self._connection
        if connection is not None and process is not None and process.is_alive():
            try:
                connection.send(None)
                process.join(2)
            except OSError:
                pass
        self._kill()

    def process(self, path: str | Path) -> Report:
        """The file's Report; a hang or a dead worker becomes a Report with one Chinese error."""
        if self._stopped:
            return failed_report(path, crash_message(path))
        if not self.start():
            return failed_report(path, crash_message(path))
        connection = self._connection
        try:
            if connection is None:
                raise OSError("the worker was stopped")
            connection.send(str(path))
            if connection.poll(self.seconds):
                return connection.recv()
        except (EOFError, OSError):  # the worker died while reading this file
            log.error("reader worker died on %s", path)
            self._kill()
            return failed_report(path, crash_message(path))
        log.warning("reading %s took longer than %s s; worker killed", path, self.seconds)
        self._kill()
        return failed_report(path, timeout_message(path, self.seconds))

    def call(self, function: Callable[..., Any], *args: Any, fallback: Any = None) -> Any:
        """``function(*args)`` run in the worker under the same limits; ``fallback`` when it
        raises, hangs past the time limit or the worker dies (the worker is then replaced)."""
        name = getattr(function, "__name__", function)
        if not self.start():
            return fallback
        connection = self._connection
        try:
            if connection is None:
                raise OSError("the worker was stopped")
            connection.send(GuardedCall(function, args))
            if connection.poll(self.seconds):
                succeeded, answer = connection.recv()
                return answer if succeeded else fallback
        except (EOFError, OSError):
            log.error("reader worker died in %s%r", name, args)
            self._kill()
            return fallback
        log.warning("%s%r took longer than %s s; worker killed", name, args, self.seconds)
        self._kill()
        return fallback


def process_file_with_timeout(path: str | Path, seconds: float = DEFAULT_SECONDS,
                              catalog: Catalog | None = None, *,
                              memory_bytes: int | None = DEFAULT_MEMORY_BYTES) -> Report:
    """``pipeline.process_file`` with the time and memory limits, for one file (a batch
    should share a GuardedReader)."""
    with GuardedReader(seconds, catalog, memory_bytes=memory_bytes) as reader:
        return reader.process(path)
