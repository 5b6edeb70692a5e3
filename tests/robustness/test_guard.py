"""The per-file limits: a file that hangs, blows up in memory or kills its reader is skipped
with a Chinese message naming it, and the next file is read as usual.  Workers are forked
where that is safe and cheap (Linux, one thread) and spawned elsewhere; they ignore Ctrl-C.

A hang is made with a catalog holding a cue that backtracks for ever on a run of "x"
(what a careless bureau pattern did before patterns were vetted): it needs no test hook
in the worker, so it works with both start methods.
"""
from __future__ import annotations

import ctypes
import os
import re
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core import limits, limits_windows
from lawgov_desktop.core.catalog import load_catalog
from lawgov_desktop.core.guard import (GuardedReader, choose_start_method, process_file_with_timeout,
                                       timeout_message)
from lawgov_desktop.core.ingest import TOO_LARGE_FOR_MEMORY
from lawgov_desktop.core.pipeline import process_file

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and RLIMIT_AS are Linux's")
STALLING_TEXT = "澄岭县法治政府建设情况报告\n" + "x" * 60 + "全年办理100件，开展100次，培训100人次，占100%。\n"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def hanging_catalog():
    catalog = load_catalog(use_user_file=False)
    first = catalog.indicators[0]
    hanging = replace(first, things=(*first.things, r"(x+x+)+y"))
    return replace(catalog, indicators=(hanging, *catalog.indicators[1:]))


def stalling_file(tmp_path, name: str):
    path = tmp_path / name
    path.write_text(STALLING_TEXT, encoding="utf-8")
    return path


def test_the_timeout_message_names_the_file_and_the_limit():
    assert timeout_message("/某处/慢报告.pdf", 60) == "《慢报告.pdf》读取超时（超过 60 秒），已跳过"
    assert timeout_message("慢报告.pdf", 2.5) == "《慢报告.pdf》读取超时（超过 2.5 秒），已跳过"


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_a_good_file_gives_the_same_report_as_without_the_limit(start_method):
    if start_method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    sample = paths.sample_report()
    with GuardedReader(60, start_method=start_method) as reader:
        guarded = reader.process(sample)
        assert reader.last_start_method == start_method
    assert guarded.to_json() == process_file(sample).to_json()


def test_a_hanging_file_is_skipped_after_the_limit(tmp_path, hanging_catalog):
    started = time.perf_counter()
    report = process_file_with_timeout(stalling_file(tmp_path, "挂起的报告.txt"), 1.5, hanging_catalog)
    assert time.perf_counter() - started < 30
    assert report.errors == ("《挂起的报告.txt》读取超时（超过 1.5 秒），已跳过",)
    assert report.document is None


def test_the_batch_goes_on_after_a_hang_with_a_fresh_worker(tmp_path, hanging_catalog):
    sample = paths.sample_report()
    with GuardedReader(1.5, hanging_catalog) as reader:
        first = reader.process(sample)
        worker = reader.worker_pid
        hung = reader.process(stalling_file(tmp_path, "挂起.txt"))
        after = reader.process(sample)
        assert reader.worker_pid not in (None, worker)
    assert hung.errors and "读取超时" in hung.errors[0]
    assert after.to_json() == first.to_json()


def test_one_worker_serves_a_whole_batch():
    sample = paths.sample_report()
    with GuardedReader(60) as reader:
        reader.process(sample)
        worker = reader.worker_pid
        reader.process(sample)
        assert reader.worker_pid == worker


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_reader_that_dies_is_reported_and_replaced(tmp_path, hanging_catalog):
    with GuardedReader(30, hanging_catalog) as reader:
        reader.process(paths.sample_report())
        worker = reader.worker_pid
        # Kill the worker while it is stuck in this file, as a crash in native code would.
        threading.Timer(0.5, os.kill, (worker, signal.SIGKILL)).start()
        report = reader.process(stalling_file(tmp_path, "崩溃的报告.pdf"))
        assert report.errors and report.errors[0].startswith("《崩溃的报告.pdf》")
        assert "意外退出" in report.errors[0]
        assert not reader.process(paths.sample_report()).errors


def test_a_limit_must_be_positive():
    with pytest.raises(ValueError):
        GuardedReader(0)


# ------------------------------------------------------------------ memory

def _greedy_reader(monkeypatch):
    """``read_document`` that takes 600 MB for a 贪心 file before reading the sample in its place
    (the patch is inherited by a forked worker)."""
    from lawgov_desktop.core import pipeline

    real_read = pipeline.read_document

    def greedy(path):
        if "贪心" not in str(path):
            return real_read(path)
        hoard = bytearray(600 * MB)
        hoard[::4096] = b"x" * len(hoard[::4096])  # touch every page: really in use
        del hoard
        return real_read(paths.sample_report())

    monkeypatch.setattr(pipeline, "read_document", greedy)


@linux_only
@pytest.mark.parametrize("budget, refused", [(200 * MB, True), (None, False)], ids=["over the budget", "no budget"])
def test_a_file_that_needs_more_memory_than_the_budget_gets_a_message(monkeypatch, budget, refused):
    """The budget strikes inside the worker: the file gets its message and the worker reads
    on; without a budget the same reader reads the file (the message comes from the limit)."""
    _greedy_reader(monkeypatch)
    with GuardedReader(60, memory_bytes=budget, start_method="fork") as reader:
        report = reader.process("/某处/贪心的报告.txt")
        worker = reader.worker_pid
        after = reader.process(paths.sample_report())
        assert reader.worker_pid == worker
    assert report.errors == ((f"《贪心的报告.txt》{TOO_LARGE_FOR_MEMORY}",) if refused else ())
    assert not after.errors


@linux_only
def test_the_address_space_limit_is_what_the_worker_holds_plus_the_budget():
    import resource

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            before = limits._address_space_bytes()
            limits.limit_memory(300 * MB)
            soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
            os.write(write_end, f"{before} {soft}".encode())
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    before, soft = map(int, os.read(read_end, 100).split())
    assert 0 <= soft - before - 300 * MB < 50 * MB


class FakeKernel32:
    """Records the calls the Windows branch makes, so it runs (and is checked) on Linux."""

    def __init__(self, private_usage: int = 150 * MB) -> None:
        self.private_usage = private_usage
        self.calls: list[tuple] = []
        self.info: limits_windows.JOBOBJECT_EXTENDED_LIMIT_INFORMATION | None = None

    def GetCurrentProcess(self):  # noqa: N802 - the Windows names
        return -1

    def K32GetProcessMemoryInfo(self, process, counters_ref, size):  # noqa: N802
        counters = ctypes.cast(counters_ref, ctypes.POINTER(limits_windows.PROCESS_MEMORY_COUNTERS_EX)).contents
        assert size == ctypes.sizeof(limits_windows.PROCESS_MEMORY_COUNTERS_EX)
        counters.PrivateUsage = self.private_usage
        return 1

    def CreateJobObjectW(self, attributes, name):  # noqa: N802
        self.calls.append(("create",))
        return 1234

    def SetInformationJobObject(self, job, info_class, info_ref, size):  # noqa: N802
        self.info = ctypes.cast(info_ref, ctypes.POINTER(limits_windows.JOBOBJECT_EXTENDED_LIMIT_INFORMATION)).contents
        self.calls.append(("set", job, info_class, size))
        return 1

    def AssignProcessToJobObject(self, job, process):  # noqa: N802
        self.calls.append(("assign", job, process))
        return 1


def test_the_windows_job_object_limits_the_worker_to_its_usage_plus_the_budget():
    kernel32 = FakeKernel32()
    how = limits_windows.limit_windows_memory(1024 * MB, kernel32)
    assert [call[0] for call in kernel32.calls] == ["create", "set", "assign"]
    _, job, info_class, size = kernel32.calls[1]
    assert (job, info_class) == (1234, limits_windows.JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS)
    assert size == ctypes.sizeof(limits_windows.JOBOBJECT_EXTENDED_LIMIT_INFORMATION)
    assert kernel32.info.BasicLimitInformation.LimitFlags == limits_windows.JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert kernel32.info.ProcessMemoryLimit == 1174 * MB
    assert kernel32.calls[2] == ("assign", 1234, -1)
    assert "1174 MB" in how


def test_a_refused_job_object_is_an_error_the_worker_can_log():
    kernel32 = FakeKernel32()
    kernel32.SetInformationJobObject = lambda *args: 0
    with pytest.raises(OSError):
        limits_windows.limit_windows_memory(MB, kernel32)


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="the sizes of 64-bit Windows")
def test_the_job_object_structures_have_the_sizes_of_winnt_h():
    assert ctypes.sizeof(limits_windows.JOBOBJECT_BASIC_LIMIT_INFORMATION) == 64
    assert ctypes.sizeof(limits_windows.IO_COUNTERS) == 48
    assert ctypes.sizeof(limits_windows.JOBOBJECT_EXTENDED_LIMIT_INFORMATION) == 144
    assert ctypes.sizeof(limits_windows.PROCESS_MEMORY_COUNTERS_EX) == 80


# ------------------------------------------------------------------ start method and Ctrl-C

@linux_only
def test_workers_are_forked_only_while_the_process_has_one_thread():
    assert choose_start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert choose_start_method() == "spawn"
    finally:
        stop.set()
        other.join()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process")
@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_a_worker_ignores_ctrl_c(start_method, capfd):
    if start_method == "fork" and not sys.platform.startswith("linux"):
        pytest.skip("fork is used on Linux only")
    with GuardedReader(60, start_method=start_method) as reader:
        reader.process(paths.sample_report())
        worker = reader.worker_pid
        os.kill(worker, signal.SIGINT)  # what the terminal sends the whole process group
        time.sleep(0.3)
        assert reader.worker_pid == worker
        assert not reader.process(paths.sample_report()).errors
    assert "Traceback" not in capfd.readouterr().err


# Run in a fresh interpreter: the resource tracker must not be running yet, as in the CLI.
_SPAWN_MASK_SCRIPT = """
import signal, sys
import multiprocessing.util as util
from lawgov_desktop import paths
from lawgov_desktop.core.guard import GuardedReader

blocked = []
spawn = util.spawnv_passfds
def spy(path, args, passfds):
    if any("spawn_main" in str(a) for a in args):
        blocked.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
    return spawn(path, args, passfds)
util.spawnv_passfds = spy
with GuardedReader(60, start_method="spawn") as reader:
    reader.process(paths.sample_report())
print(blocked)
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_spawned_worker_starts_with_ctrl_c_blocked_also_when_it_starts_the_resource_tracker():
    """The first spawn starts multiprocessing's resource tracker, which unblocks SIGINT in the
    calling thread: a worker spawned after that imports with Ctrl-C live and prints a traceback."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run([sys.executable, "-c", _SPAWN_MASK_SCRIPT], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.stdout.strip() == "[True]", result.stderr


def test_a_killed_reader_starts_no_other_worker():
    """Ctrl-C in a batch kills the readers while their threads may be about to start a worker."""
    reader = GuardedReader(60)
    reader.process(paths.sample_report())
    reader.kill()
    report = reader.process(paths.sample_report())
    assert report.errors and reader.worker_pid is None
