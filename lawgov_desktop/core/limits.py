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
  through ctypes; the limit is the current private usage plus the budget.
- Elsewhere: no limit (the time limit still applies); ``limit_memory`` says so.
"""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

MB = 1024 * 1024

# [MS] winnt.h
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9


class IO_COUNTERS(ctypes.Structure):  # noqa: N801 - the Windows names, so the layout can be checked against winnt.h
    _fields_ = [(name, ctypes.c_ulonglong) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class JOBOBJECT_BASIC_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class JOBOBJECT_EXTENDED_LIMIT_INFORMATION(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("BasicLimitInformation", JOBOBJECT_BASIC_LIMIT_INFORMATION),
        ("IoInfo", IO_COUNTERS),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


class PROCESS_MEMORY_COUNTERS_EX(ctypes.Structure):  # noqa: N801
    _fields_ = [
        ("cb", ctypes.c_uint32),
        ("PageFaultCount", ctypes.c_uint32),
        ("PeakWorkingSetSize", ctypes.c_size_t),
        ("WorkingSetSize", ctypes.c_size_t),
        ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPagedPoolUsage", ctypes.c_size_t),
        ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
        ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
        ("PagefileUsage", ctypes.c_size_t),
        ("PeakPagefileUsage", ctypes.c_size_t),
        ("PrivateUsage", ctypes.c_size_t),
    ]


def limit_memory(budget_bytes: int) -> str:
    """Cap this process at what it holds now plus ``budget_bytes``; returns how (for the log)."""
    if sys.platform.startswith("linux"):
        return _limit_address_space(budget_bytes)
    if sys.platform == "win32":
        return limit_windows_memory(budget_bytes, _kernel32())
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


def _kernel32():  # pragma: no cover - Windows only
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = ctypes.c_void_p
    kernel32.CreateJobObjectW.restype = handle
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p)
    kernel32.SetInformationJobObject.restype = ctypes.c_int
    kernel32.SetInformationJobObject.argtypes = (handle, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32)
    kernel32.AssignProcessToJobObject.restype = ctypes.c_int
    kernel32.AssignProcessToJobObject.argtypes = (handle, handle)
    kernel32.GetCurrentProcess.restype = handle
    kernel32.K32GetProcessMemoryInfo.restype = ctypes.c_int
    kernel32.K32GetProcessMemoryInfo.argtypes = (handle, ctypes.c_void_p, ctypes.c_uint32)
    return kernel32


def limit_windows_memory(budget_bytes: int, kernel32) -> str:
    """Put this process into a new job object whose per-process memory limit is its
    current private usage plus ``budget_bytes``.  ``kernel32`` is the DLL (a stand-in in tests)."""
    process = kernel32.GetCurrentProcess()
    counters = PROCESS_MEMORY_COUNTERS_EX()
    counters.cb = ctypes.sizeof(counters)
    in_use = counters.PrivateUsage if kernel32.K32GetProcessMemoryInfo(
        process, ctypes.byref(counters), counters.cb) else 0
    info = JOBOBJECT_EXTENDED_LIMIT_INFORMATION()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = in_use + budget_bytes
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError(ctypes.get_last_error() if hasattr(ctypes, "get_last_error") else 0, "CreateJobObjectW failed")
    if not kernel32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
                                            ctypes.byref(info), ctypes.sizeof(info)):
        raise OSError(0, "SetInformationJobObject failed")
    if not kernel32.AssignProcessToJobObject(job, process):
        raise OSError(0, "AssignProcessToJobObject failed")
    # The job handle is kept open for the life of the worker (closing it would be harmless
    # too: a job lives while a process is in it).
    return f"job object, {info.ProcessMemoryLimit // MB} MB"
