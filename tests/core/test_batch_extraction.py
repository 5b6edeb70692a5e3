"""A batch is extracted by worker processes: input order kept, a hanging file skipped by its limit."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

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


# Run in a fresh interpreter: this one may hold native threads of other tests' libraries
# (a BLAS pool), and then no worker may be forked.
_START_METHODS_OF_A_BATCH = """
import sys
from pathlib import Path
from lawgov_desktop.core import batch
from lawgov_desktop.core.catalog import load_catalog
from lawgov_desktop.core.guard import GuardedReader

readers = []

class RecordedReader(GuardedReader):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        readers.append(self)

batch.GuardedReader = RecordedReader
files = [Path(p) for p in sys.argv[1:]]
reports = batch.extract_files(files, load_catalog(use_user_file=False), jobs=2)
print([r.indicator("reconsideration_cases").value for r in reports], [r.last_start_method for r in readers])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_a_batch_forks_its_workers_before_it_starts_its_threads(tmp_path):
    # Started from the batch's threads they would be spawned: a fresh interpreter each, which
    # imports everything again (a tenth of a second per worker, more without compiled bytecode).
    files = _report_copies(tmp_path, 3)
    result = subprocess.run([sys.executable, "-c", _START_METHODS_OF_A_BATCH, *map(str, files)],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, LAWGOV_DATA_DIR=str(tmp_path / "user")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == "[100, 101, 102] ['fork', 'fork']"


def _catalog_that_hangs_on_x(catalog):
    """The catalog with one word that backtracks for ever on a run of "x" (and never on a
    report): the way a careless pattern made every report hang before patterns were vetted."""
    first = catalog.indicators[0]
    hanging = replace(first, things=(*first.things, r"(x+x+)+y"))
    return replace(catalog, indicators=(hanging, *catalog.indicators[1:]))


# A run of "x" for the careless word, in a sentence with figures (words are looked for only there).
STALLING_TEXT = "澄岭县法治政府建设情况报告\n" + "x" * 60 + "全年办理100件，开展100次，培训100人次，占100%。\n"


def test_a_hanging_file_is_skipped_after_its_limit_and_the_others_are_read(tmp_path, catalog):
    good_before, good_after = _report_copies(tmp_path, 2)
    stalled = tmp_path / "卡住的报告.txt"
    stalled.write_text(STALLING_TEXT, encoding="utf-8")
    reports = extract_files([good_before, stalled, good_after], _catalog_that_hangs_on_x(catalog), seconds=1.5, jobs=1)
    assert [r.file for r in reports] == [str(good_before), str(stalled), str(good_after)]
    assert reports[1].errors == ("《卡住的报告.txt》读取超时（超过 1.5 秒），已跳过",)
    assert reports[0].indicator("reconsideration_cases").value == 100
    assert reports[2].indicator("reconsideration_cases").value == 101


def test_no_files_no_workers(catalog):
    assert extract_files([], catalog) == []


def test_one_file_is_read_under_the_limit_too(tmp_path, catalog):
    (only,) = _report_copies(tmp_path, 1)
    reports = extract_files([only], catalog, in_process_for_one=True)
    assert reports[0].indicator("reconsideration_cases").value == 100
    stalled = tmp_path / "卡住的报告.txt"
    stalled.write_text(STALLING_TEXT, encoding="utf-8")
    (report,) = extract_files([stalled], _catalog_that_hangs_on_x(catalog), seconds=1, in_process_for_one=True)
    assert report.errors == ("《卡住的报告.txt》读取超时（超过 1 秒），已跳过",)


_CTRL_C_ON_A_WORKER_THREAD = """
import signal, sys, threading, time
from pathlib import Path
from lawgov_desktop.core.batch import extract_files
from lawgov_desktop.core.catalog import load_catalog

folder = Path(sys.argv[1])
slow = "全年收到行政复议申请58件受理52件审结49件" * 40_000  # one long line: seconds to extract
files = []
for number in range(4):
    path = folder / f"报告{number}.txt"
    path.write_text(slow + str(number), encoding="utf-8")
    files.append(path)

def ctrl_c_on_a_worker_thread():
    time.sleep(1.5)
    worker = next(t for t in threading.enumerate() if t.name.startswith("lawgov-batch-"))
    signal.pthread_kill(worker.ident, signal.SIGINT)

threading.Thread(target=ctrl_c_on_a_worker_thread, daemon=True).start()
start = time.monotonic()
try:
    extract_files(files, load_catalog(use_user_file=False), jobs=2)
    print("finished")
except KeyboardInterrupt:
    print(f"interrupted after {time.monotonic() - start:.1f} s")
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="POSIX threads")
def test_ctrl_c_delivered_to_a_worker_thread_stops_the_batch(tmp_path):
    """The kernel may hand a Ctrl-C to any thread; the main thread must still see it soon."""
    result = subprocess.run([sys.executable, "-c", _CTRL_C_ON_A_WORKER_THREAD, str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=_env(),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert result.stdout.startswith("interrupted"), result.stdout + result.stderr
    assert float(result.stdout.split()[2]) < 10


def _env():
    return dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
