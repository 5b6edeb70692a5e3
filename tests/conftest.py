"""Fixtures every test shares.

- Each test gets its own user folders through ``LAWGOV_DATA_DIR``: nothing a test
  does may read or write the reviewer's real config, cache or database.
- ``shared_dir`` is the team's read-only ``../shared`` checkout (real corpus, gold,
  scorer); tests that need it skip cleanly on a machine without it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path_factory, monkeypatch) -> Path:
    """A fresh, empty LAWGOV_DATA_DIR for every test."""
    folder = tmp_path_factory.mktemp("lawgov-user")
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout, or a clean skip when it is not there."""
    if not (SHARED_DIR / "tools" / "score.py").is_file():
        pytest.skip("../shared (corpus, gold, scorer) is not available on this machine")
    return SHARED_DIR
