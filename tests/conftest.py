"""Fixtures every test shares.

- Each test gets its own user folders through ``LAWGOV_DATA_DIR``: nothing a test
  does may read or write the reviewer's real config, cache or database.
- ``shared_dir`` is the team's read-only ``../shared`` checkout (real corpus, gold,
  scorer); tests that need it skip cleanly on a machine without it.
- A test fails when ``lawgov_desktop`` logs a traceback: the program turns every
  unexpected exception into a Chinese message and logs the traceback, so without this
  a test whose code crashed would still pass.  A test that expects one says so with
  ``@pytest.mark.logs_traceback``.
"""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

import pytest

pytest_plugins = ("pytester",)  # tests/robustness/test_harness_can_fail.py runs a test session of its own

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """A fresh, empty LAWGOV_DATA_DIR for every test."""
    folder = tmp_path_factory.mktemp("lawgov-user")
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(folder))
    # A command run inside the test process (cli.main) would otherwise put the regex cache's hook
    # in ``re`` for every later test; tests/core/test_regex_cache.py turns it on where it is tested.
    monkeypatch.setenv("LAWGOV_REGEX_CACHE", "0")
    return folder


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout, or a clean skip when it is not there."""
    if not (SHARED_DIR / "tools" / "score.py").is_file():
        pytest.skip("../shared (corpus, gold, scorer) is not available on this machine")
    return SHARED_DIR


class TracebackCatcher(logging.Handler):
    """Keeps every record of ``lawgov_desktop`` that carries a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[0] is not None:
            self.records.append(record)

    def report(self) -> str:
        first = self.records[0]
        return (f"lawgov_desktop logged {len(self.records)} traceback(s); the first, from {first.name}: "
                f"{first.getMessage()}\n{''.join(traceback.format_exception(*first.exc_info))}")


@pytest.fixture(autouse=True)
def no_logged_tracebacks(request):
    """Fail the test when the program logged a traceback it did not expect."""
    catcher = TracebackCatcher()
    logger = logging.getLogger("lawgov_desktop")
    logger.addHandler(catcher)
    try:
        yield catcher
    finally:
        logger.removeHandler(catcher)
    if catcher.records and request.node.get_closest_marker("logs_traceback") is None:
        pytest.fail(catcher.report(), pytrace=False)
