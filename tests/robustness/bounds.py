"""Run one case under the bounds of issue 14 — a hang or a blow-up fails the test, not the machine.

``run_bounded(function, *args)`` calls ``function`` in a forked child and returns an
``Outcome``: its value (pickled back), the seconds it took, the growth of the child's
peak memory over what it held at the fork (``wait4``'s ``ru_maxrss``), and the
tracebacks that ``lawgov_desktop`` logged in the child.  The child is killed after
``seconds``; its address space is capped at twice ``memory_bytes`` over the start,
so a case that blows up fails with a figure instead of taking the PC into swap.

Linux only (fork, wait4, RLIMIT_AS); the tests skip elsewhere.
"""
from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import sys
import time
import traceback
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable

SECONDS = 60.0
MEMORY_BYTES = 1536 * 1024 * 1024  # 1.5 GB
MB = 1024 * 1024
AVAILABLE = sys.platform.startswith("linux")


@dataclass
class Outcome:
    value: Any = None
    error: str = ""  # an exception the function raised, formatted
    seconds: float = 0.0
    timed_out: bool = False
    peak_growth_bytes: int = 0
    logged_tracebacks: list[str] = field(default_factory=list)

    def check(self, seconds: float = SECONDS, memory_bytes: int = MEMORY_BYTES) -> None:
        """Fail (AssertionError) when the case hung, blew up, raised or logged a traceback."""
        assert not self.timed_out, f"still running after {seconds:g} s"
        assert self.peak_growth_bytes <= memory_bytes, \
            f"took {self.peak_growth_bytes / MB:.0f} MB (bound {memory_bytes / MB:.0f} MB)"
        assert not self.error, self.error
        assert not self.logged_tracebacks, self.logged_tracebacks[0]


class _Tracebacks(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.found.append(f"{record.getMessage()}\n{''.join(traceback.format_exception(*record.exc_info))}")


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _vm_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def run_bounded(function: Callable[..., Any], *args: Any, seconds: float = SECONDS,
                memory_bytes: int = MEMORY_BYTES) -> Outcome:
    import resource

    read_end, write_end = os.pipe()
    start_rss = _rss_bytes()
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "fork() in a multi-threaded process"
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        outcome = Outcome()
        handler = _Tracebacks()
        logging.getLogger("lawgov_desktop").addHandler(handler)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (_vm_bytes() + 2 * memory_bytes, resource.RLIM_INFINITY))
            outcome.value = function(*args)
        except BaseException:  # noqa: BLE001 - everything goes back to the test
            outcome.error = traceback.format_exc()
        outcome.logged_tracebacks = handler.found
        try:
            data = pickle.dumps(outcome)
        except Exception:  # noqa: BLE001
            data = pickle.dumps(Outcome(error="the result cannot be pickled", logged_tracebacks=handler.found))
        with os.fdopen(write_end, "wb") as stream:
            stream.write(data)
        os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = started + seconds
    timed_out = False
    with os.fdopen(read_end, "rb", buffering=0) as stream:
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                timed_out = True
                os.kill(pid, signal.SIGKILL)
                break
            ready, _, _ = select.select([stream], [], [], remaining)
            if ready:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    outcome = pickle.loads(b"".join(chunks)) if chunks and not timed_out else Outcome()
    if not chunks and not timed_out:
        outcome.error = f"the child died (status {status})"
    outcome.seconds = elapsed
    outcome.timed_out = timed_out
    outcome.peak_growth_bytes = max(0, usage.ru_maxrss * 1024 - start_rss)
    return outcome
