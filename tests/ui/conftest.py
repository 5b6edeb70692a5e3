"""Window tests run offscreen with their own user folders and hand-built reports."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))  # invented_reports
sys.path.insert(0, str(Path(__file__).resolve().parent))  # ui_helpers

from invented_reports import make_report  # noqa: E402
from ui_helpers import fake_process  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


@pytest.fixture(autouse=True)
def no_reviewer_dialog(monkeypatch):
    """The name dialog of a first edit is modal: tests that want it set ``session.ask_reviewer``."""
    from lawgov_desktop.ui.dialogs.reviewer_dialog import ReviewerDialog

    monkeypatch.setattr(ReviewerDialog, "ask", classmethod(lambda cls, default, parent=None: None))


@pytest.fixture
def catalog():
    from lawgov_desktop.core.catalog import load_catalog

    return load_catalog(use_user_file=False)


@pytest.fixture
def session(qapp, catalog, tmp_path):
    from lawgov_desktop.store import BatchStore
    from lawgov_desktop.store.settings import ReviewSettings
    from lawgov_desktop.ui.review_session import ReviewSession

    store = BatchStore(tmp_path / "batch.sqlite3", reviewer="测试员")
    store.create_batch("测试批次")
    yield ReviewSession(store, catalog, ReviewSettings(reviewer="测试员"))
    store.close()


@pytest.fixture
def window(qtbot, session):
    from lawgov_desktop.ui.main_window import MainWindow

    main = MainWindow(session)
    main.loader.process = fake_process
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def loaded(window, qtbot):
    """The window with one invented report shown and its table ready."""
    report_id = window.session.add_report(make_report())
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    return window
