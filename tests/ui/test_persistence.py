"""Nothing lost: edits survive closing the window and a killed process; the layout is remembered."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from invented_reports import make_report
from lawgov_desktop.core.review import CellStatus, ReportStatus
from lawgov_desktop.store import BatchStore
from lawgov_desktop.store.settings import ReviewSettings
from lawgov_desktop.ui.main_window import MainWindow
from lawgov_desktop.ui.review_session import ReviewSession


def open_window(qtbot, catalog, database: Path) -> MainWindow:
    store = BatchStore(database, reviewer="测试员")
    window = MainWindow(ReviewSession(store, catalog, ReviewSettings(reviewer="测试员")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.session.store.close()


def test_edits_survive_closing_and_reopening_the_window(qtbot, catalog, tmp_path):
    database = tmp_path / "batch.sqlite3"
    first = open_window(qtbot, catalog, database)
    batch = first.new_batch("周一的批次")
    report_id = first.session.add_report(make_report())
    qtbot.waitUntil(lambda: first.controller.report_id == report_id)
    qtbot.keyClick(first.table, Qt.Key.Key_Return)  # confirm gov_meetings
    first.proxy.setData(first.proxy_index_of("reconsideration_cases"), "46")
    first.controller.select_indicator("legal_aid_cases")
    qtbot.keyClick(first.table, Qt.Key.Key_Delete)
    close_window(first)

    second = open_window(qtbot, catalog, database)
    second.fill_recent_menu()
    recent = [a.text() for a in second.recent_menu.actions()]
    assert recent and recent[0].startswith("周一的批次")
    second.recent_menu.actions()[0].trigger()
    assert second.session.batch_id == batch
    qtbot.waitUntil(lambda: second.controller.report_id == report_id)
    cells = {c.indicator_id: c for c in second.table_model.cells()}
    assert cells["gov_meetings"].status is CellStatus.CONFIRMED
    assert (cells["reconsideration_cases"].value, cells["reconsideration_cases"].status) == (46, CellStatus.CORRECTED)
    assert cells["legal_aid_cases"].status is CellStatus.ABSENT
    assert second.batch_model.index(0, 3).data() == ReportStatus.IN_REVIEW.value
    assert len(second.session.store.audit_trail(report_id)) == 3
    close_window(second)


def test_splitter_and_window_size_are_remembered(qtbot, catalog, tmp_path):
    database = tmp_path / "batch.sqlite3"
    first = open_window(qtbot, catalog, database)
    first.splitter.setSizes([200, 500, 700])
    sizes = first.splitter.sizes()
    close_window(first)
    second = open_window(qtbot, catalog, database)
    # The offscreen screen is 800 px wide, so restoreGeometry clamps the window;
    # the panes keep their proportions.
    restored = second.splitter.sizes()
    for before, after in zip(sizes, restored):
        assert abs(before / sum(sizes) - after / sum(restored)) < 0.02
    close_window(second)


def test_settings_are_kept(qtbot, catalog, tmp_path):
    from lawgov_desktop.store.settings import load_settings, save_settings

    save_settings(ReviewSettings(reviewer="李四", require_reason=True))
    settings = load_settings()
    assert (settings.reviewer, settings.require_reason) == ("李四", True)
    store = BatchStore(tmp_path / "b.sqlite3")
    session = ReviewSession(store, catalog, settings)
    assert store.reviewer == "李四"
    store.close()


WINDOW_PROCESS = r"""
import sys
from PySide6.QtWidgets import QApplication
from lawgov_desktop.core.catalog import load_catalog
from lawgov_desktop.store import BatchStore
from lawgov_desktop.store.settings import ReviewSettings
from lawgov_desktop.ui.main_window import MainWindow
from lawgov_desktop.ui.review_session import ReviewSession
from invented_reports import make_report

app = QApplication([])
store = BatchStore(sys.argv[1])
window = MainWindow(ReviewSession(store, load_catalog(use_user_file=False), ReviewSettings(reviewer="测试员")))
window.show()
window.new_batch("会被中断的批次")
report_id = window.session.add_report(make_report())
app.processEvents()
print("ready", report_id, flush=True)
while True:  # the reviewer keeps pressing Enter, corrections and undo alike
    cell = window.controller.current_cell()
    if cell.value is None:
        window.controller.mark_absent()
    else:
        window.controller.confirm()
    app.processEvents()
    print("done", cell.indicator_id, flush=True)
    if window.session.store.reviewed_report(report_id).pending_cells == 0:
        window.session.undo_stack.undo()
        print("undone", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_window_killed_mid_session_loses_no_confirmed_edit(tmp_path, catalog):
    database = tmp_path / "batch.sqlite3"
    here = Path(__file__).parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(here.parent / "store"), *sys.path])}
    process = subprocess.Popen([sys.executable, "-c", WINDOW_PROCESS, str(database)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    confirmed: list[str] = []
    try:
        line = process.stdout.readline()
        assert line.startswith("ready"), line
        report_id = int(line.split()[1])
        while len(confirmed) < 5:
            line = process.stdout.readline()
            assert line.startswith("done"), line
            confirmed.append(line.split()[1])
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    with BatchStore(database) as store:
        for indicator_id in confirmed:
            assert not store.cell(report_id, indicator_id).status.is_open, indicator_id
