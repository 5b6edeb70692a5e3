"""Has a report file changed since it was loaded?  Size and time first, the text's hash when they differ."""
from __future__ import annotations

import os

from lawgov_desktop.core.disk import DiskState, disk_state, file_stat
from lawgov_desktop.core.pipeline import content_hash

TEXT = "青禾县2024年度法治政府建设情况报告\n全年受理行政复议案件45件。\n"


def _fingerprint(path):
    mtime, size = file_stat(path)
    return str(path), mtime, size, content_hash(TEXT)


def test_an_untouched_file_is_unchanged(tmp_path):
    report = tmp_path / "青禾县.txt"
    report.write_text(TEXT, encoding="utf-8")
    assert disk_state(*_fingerprint(report)) is DiskState.UNCHANGED


def test_an_edited_file_is_changed(tmp_path):
    report = tmp_path / "青禾县.txt"
    report.write_text(TEXT, encoding="utf-8")
    fingerprint = _fingerprint(report)
    report.write_text(TEXT.replace("45件", "54件"), encoding="utf-8")
    assert disk_state(*fingerprint) is DiskState.CHANGED


def test_a_touched_but_identical_file_is_unchanged(tmp_path):
    report = tmp_path / "青禾县.txt"
    report.write_text(TEXT, encoding="utf-8")
    fingerprint = _fingerprint(report)
    os.utime(report, (1, 1))
    assert disk_state(*fingerprint) is DiskState.UNCHANGED


def test_a_deleted_file_is_missing(tmp_path):
    report = tmp_path / "青禾县.txt"
    report.write_text(TEXT, encoding="utf-8")
    fingerprint = _fingerprint(report)
    report.unlink()
    assert disk_state(*fingerprint) is DiskState.MISSING
