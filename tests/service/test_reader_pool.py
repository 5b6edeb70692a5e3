"""The window's reader processes: new files extracted, known files checked on disk — both under the guard."""
from __future__ import annotations

import os

from lawgov_desktop.core.disk import DiskState, file_stat
from lawgov_desktop.core.pipeline import content_hash
from lawgov_desktop.core.types import Report
from lawgov_desktop.service import DiskCheck, LoadItem, ReaderPool, load_items

TEXT = "青禾县2024年度法治政府建设情况报告\n全年受理行政复议案件45件，开展普法活动86场次。\n"


def _fingerprint(path):
    mtime, size = file_stat(path)
    return str(path), mtime, size, content_hash(TEXT)


def test_load_items_tell_new_files_from_known_ones(tmp_path):
    known_file, new_file = tmp_path / "旧.txt", tmp_path / "新.txt"
    items = load_items([known_file, new_file], {str(known_file): (7, ("x", 1.0, 2, "h"))})
    assert items == [LoadItem(str(known_file), 7, ("x", 1.0, 2, "h")), LoadItem(str(new_file))]


def test_the_pool_extracts_new_files_and_checks_known_ones_in_its_guarded_workers(tmp_path):
    report = tmp_path / "青禾县.txt"
    report.write_text(TEXT, encoding="utf-8")
    pool = ReaderPool(seconds=60, jobs=1)
    try:
        extracted = pool.work(LoadItem(str(report)))
        assert isinstance(extracted, Report) and extracted.document is not None
        fingerprint = _fingerprint(report)
        assert pool.work(LoadItem(str(report), 3, fingerprint)) == DiskCheck(3, DiskState.UNCHANGED)
        os.utime(report, (1, 1))  # touched, same text: read again in the worker, not flagged
        assert pool.work(LoadItem(str(report), 3, fingerprint)) == DiskCheck(3, DiskState.UNCHANGED)
        report.write_text(TEXT.replace("45件", "54件"), encoding="utf-8")
        assert pool.work(LoadItem(str(report), 3, fingerprint)) == DiskCheck(3, DiskState.CHANGED)
        report.unlink()
        assert pool.work(LoadItem(str(report), 3, fingerprint)) == DiskCheck(3, DiskState.MISSING)
    finally:
        pool.shutdown()


def test_a_disk_check_that_hangs_costs_its_time_limit_and_counts_as_changed(tmp_path, monkeypatch):
    """The check reads the file again; a read that hangs is killed like an extraction."""
    import time

    from lawgov_desktop.core.guard import GuardedReader

    with GuardedReader(1.0) as reader:
        started = time.monotonic()
        assert reader.call(time.sleep, 30, fallback=DiskState.CHANGED) is DiskState.CHANGED
        assert time.monotonic() - started < 10
        assert reader.call(sum, (1, 2), fallback=None) == 3  # the replaced worker answers again
