"""A memory limit for the process that reads report files.

A reader worker calls ``limit_memory(budget)`` once at start: from then on it may
take ``budget`` bytes more than it already holds, and an allocation beyond that
fails with ``MemoryError`` (a clean message for that one file) instead of taking the
reviewer's PC into swap.  The budget is counted from what the worker holds at the
call, because that part (the interpreter, the readers' libraries, the catalog)
differs between a forked and a spawned worker and between platforms.

- Linux: ``RLIMIT_AS`` (address space).  Address space is more than memory in use
  (shared libraries, reserved arenas), so the limit is the current size plus the budget.
- Windows: a job object with ``JOB_OBJECT_LIMIT_PROCESS_MEMORY`` (committed memory),
  through ctypes (``limits_windows``); the limit is the current private usage plus the budget.
- Elsewhere: no limit (the time limit still applies); ``limit_memory`` says so.
"""
from __future__ import annotations

import sys

MB = 1024 * 1024


def limit_memory(budget_bytes: int) -> str:
    """Cap this process at what it holds now plus ``budget_bytes``; returns how (for the log)."""
    if sys.platform.startswith("linux"):
        return _limit_address_space(budget_bytes)
    if sys.platform == "win32":
        from .limits_windows import limit_windows_memory, load_kernel32

        return limit_windows_memory(budget_bytes, load_kernel32())
    return "no memory limit on this platform"


def _address_space_bytes() -> int:
    """The current virtual size of this process (Linux)."""
    import os

    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[0])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _limit_address_space(budget_bytes: int) -> str:
    import resource

    limit = _address_space_bytes() + budget_bytes
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return f"RLIMIT_AS {limit // MB} MB"
