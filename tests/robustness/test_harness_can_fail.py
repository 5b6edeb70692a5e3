"""Issue 14, item 9: the fuzz and mangled-file tests go red when a reader raises.

``read_document`` turns every exception into a Chinese message, so a harness that accepts
any message naming the file stays green while every reader crashes (before issue 14, all
49 fuzz and mangled-file tests did, with every reader replaced by ``raise TypeError``).
Here every reader is replaced so, and each harness is shown to fail; the autouse fixture
of ``tests/conftest.py`` is shown to catch the logged traceback too.  With the real readers
the same calls pass.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "ingest"))

import mangled_files as make  # noqa: E402
import test_ingest_fuzz as fuzz  # noqa: E402
import test_mangled_files as mangled  # noqa: E402
from lawgov_desktop.core import ingest  # noqa: E402
from lawgov_desktop.core.pipeline import process_file  # noqa: E402

# A file each harness reads through a reader (not refused before one is chosen).
FILES = [
    ("好报告.docx", make.good_docx),
    ("好报告.pdf", make.good_pdf),
    ("好报告.html", make.good_html),
    ("好报告.txt", lambda: make.report_text().encode("utf-8")),
    ("旧编码.txt", lambda: make.report_text().encode("gbk")),
    ("损坏.pdf", lambda: make.bit_flipped(make.good_pdf(), random.Random(3), 8)),
]

HARNESSES = {
    "fuzz _check": lambda folder, name, data: fuzz._check(folder, name, data),
    "mangled _assert_handled": lambda folder, name, data: mangled._assert_handled(folder, name, data),
}


@pytest.fixture
def crashing_readers(monkeypatch):
    def crash(path, data):
        raise TypeError("a bug in the reader")

    for kind in list(ingest._READERS):
        monkeypatch.setitem(ingest._READERS, kind, crash)
    monkeypatch.setattr(ingest.txt, "read_txt", crash)  # text in disguise goes here directly


@pytest.mark.logs_traceback
@pytest.mark.parametrize("harness", sorted(HARNESSES))
@pytest.mark.parametrize("name, maker", FILES)
def test_a_crashing_reader_turns_the_harness_red(tmp_path, crashing_readers, no_logged_tracebacks, harness,
                                                 name, maker):
    with pytest.raises(AssertionError):
        HARNESSES[harness](tmp_path, name, maker())
    # The fixture that fails any test in which the program logged a traceback saw it.
    assert any(record.exc_info[0] is TypeError for record in no_logged_tracebacks.records)


@pytest.mark.logs_traceback
def test_classify_calls_a_crash_bad(tmp_path, crashing_readers):
    path = tmp_path / "好报告.docx"
    path.write_bytes(make.good_docx())
    assert make.classify(process_file(path), path.name) == "bad"


@pytest.mark.parametrize("harness", sorted(HARNESSES))
@pytest.mark.parametrize("name, maker", FILES)
def test_with_the_real_readers_the_same_files_pass(tmp_path, harness, name, maker):
    HARNESSES[harness](tmp_path, name, maker())


@pytest.mark.logs_traceback  # the inner session runs in this process: its tracebacks are seen here too
def test_the_fixture_fails_a_test_that_logs_a_traceback(pytester):
    """Run a test that makes the program log a traceback: it fails, unless it is marked."""
    pytester.makeconftest((Path(__file__).resolve().parents[1] / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    logs_traceback: expected\n")
    pytester.makepyfile(
        """
        import logging
        import pytest

        def crash():
            try:
                raise TypeError("bug")
            except TypeError:
                logging.getLogger("lawgov_desktop.core.ingest").exception("reader failed")

        def test_unmarked():
            crash()

        @pytest.mark.logs_traceback
        def test_marked():
            crash()

        def test_quiet():
            logging.getLogger("lawgov_desktop.core.ingest").warning("no traceback")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    # The fixture fails the unmarked test at its teardown: reported as an error, and the run is red.
    result.assert_outcomes(passed=3, errors=1)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_unmarked*",
                                 "*lawgov_desktop logged 1 traceback(s)*reader failed*", "TypeError: bug"])
