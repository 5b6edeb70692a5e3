"""A batch is extracted by worker processes: input order kept, a hanging file skipped by its limit."""
from __future__ import annotations

import os
import sys

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core.batch import extract_files
from lawgov_desktop.core.catalog import load_catalog


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(use_user_file=False)


def _report_copies(folder, count):
    text = paths.sample_report().read_text(encoding="utf-8")
    files = []
    for number in range(count):
        path = folder / f"报告{number:02d}.txt"
        # A different figure in each copy, so a mix-up of results would show.
        path.write_text(text.replace("全年新收行政复议案件64件", f"全年新收行政复议案件{100 + number}件"),
                        encoding="utf-8")
        files.append(path)
    return files


def test_two_jobs_return_the_reports_in_input_order(tmp_path, catalog):
    files = _report_copies(tmp_path, 6)
    finished = []
    reports = extract_files(files, catalog, jobs=2, on_done=lambda path, _report: finished.append(path))
    assert [r.file for r in reports] == [str(f) for f in files]
    assert [r.indicator("reconsideration_cases").value for r in reports] == [100 + n for n in range(6)]
    assert sorted(finished) == sorted(files)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes as files are a POSIX feature")
def test_a_hanging_file_is_skipped_after_its_limit_and_the_others_are_read(tmp_path, catalog):
    good_before, good_after = _report_copies(tmp_path, 2)
    stalled = tmp_path / "卡住的报告.txt"
    os.mkfifo(stalled)  # opening it blocks, as a stalled network share does
    reports = extract_files([good_before, stalled, good_after], catalog, seconds=3, jobs=1)
    assert [r.file for r in reports] == [str(good_before), str(stalled), str(good_after)]
    assert reports[1].errors == ("《卡住的报告.txt》读取超时（超过 3 秒），已跳过",)
    assert reports[0].indicator("reconsideration_cases").value == 100
    assert reports[2].indicator("reconsideration_cases").value == 101


def test_no_files_no_workers(catalog):
    assert extract_files([], catalog) == []


def test_one_file_can_be_read_in_process(tmp_path, catalog):
    (only,) = _report_copies(tmp_path, 1)
    reports = extract_files([only], catalog, in_process_for_one=True)
    assert reports[0].indicator("reconsideration_cases").value == 100
