"""Window tests run offscreen with their own user folders and hand-built reports."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))  # invented_reports

from invented_reports import TEXT, make_report  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))
    return tmp_path / "user"


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


def fake_process(path: Path):
    """Extraction stand-in: a file's text becomes the invented report (or a failure)."""
    from lawgov_desktop.core.types import Report, ReportMetadata

    text = Path(path).read_text(encoding="utf-8")
    if not text.strip():
        return Report(file=str(path), document=None, metadata=ReportMetadata(),
                      errors=(f"《{Path(path).name}》是空文件，没有内容可读",))
    return make_report(str(path), text=text)


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


def variant(number: int) -> str:
    """The invented report with other figures, so each file has its own text."""
    return TEXT + f"附件{number}：工作台账（略）。\n"
