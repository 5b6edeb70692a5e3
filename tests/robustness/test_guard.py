"""The per-file time limit: a file that hangs or kills its reader is skipped with a
Chinese message naming it, and the next file is read as usual."""
from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.guard import GuardedReader, process_file_with_timeout, timeout_message
from lawgov_desktop.core.pipeline import process_file

needs_fifo = pytest.mark.skipif(sys.platform == "win32", reason="a named pipe is how a read is made to hang here")


def hanging_file(tmp_path, name: str):
    """A named pipe nobody writes to: opening it blocks, as a stalled network share does."""
    path = tmp_path / name
    os.mkfifo(path)
    return path


def test_the_timeout_message_names_the_file_and_the_limit():
    assert timeout_message("/某处/慢报告.pdf", 60) == "《慢报告.pdf》读取超时（超过 60 秒），已跳过"
    assert timeout_message("慢报告.pdf", 2.5) == "《慢报告.pdf》读取超时（超过 2.5 秒），已跳过"


def test_a_good_file_gives_the_same_report_as_without_the_limit():
    sample = paths.sample_report()
    guarded = process_file_with_timeout(sample, 60)
    assert guarded.to_json() == process_file(sample).to_json()


@needs_fifo
def test_a_hanging_file_is_skipped_after_the_limit(tmp_path):
    path = hanging_file(tmp_path, "挂起的报告.txt")
    started = time.perf_counter()
    report = process_file_with_timeout(path, 1.5)
    assert time.perf_counter() - started < 10
    assert report.errors == ("《挂起的报告.txt》读取超时（超过 1.5 秒），已跳过",)
    assert report.document is None


@needs_fifo
def test_the_batch_goes_on_after_a_hang_with_a_fresh_worker(tmp_path):
    sample = paths.sample_report()
    with GuardedReader(1.5) as reader:
        first = reader.process(sample)
        worker = reader.worker_pid
        hung = reader.process(hanging_file(tmp_path, "挂起.txt"))
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


@needs_fifo
def test_a_reader_that_dies_is_reported_and_replaced(tmp_path):
    with GuardedReader(30) as reader:
        reader.process(paths.sample_report())
        worker = reader.worker_pid
        # Kill the worker while it is stuck in this file, as a crash in native code would.
        threading.Timer(0.5, os.kill, (worker, 9)).start()
        report = reader.process(hanging_file(tmp_path, "崩溃的报告.pdf"))
        assert report.errors and report.errors[0].startswith("《崩溃的报告.pdf》")
        assert "意外退出" in report.errors[0]
        assert not reader.process(paths.sample_report()).errors


def test_a_limit_must_be_positive():
    with pytest.raises(ValueError):
        GuardedReader(0)
