"""``lawgov-desktop`` with and without arguments, through the real extraction pipeline."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from invented_reports import TEXT
from lawgov_desktop import paths
from lawgov_desktop.ui.app import SAMPLE_BATCH


DRIVER = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lawgov_desktop.ui.app import main
from lawgov_desktop.ui.main_window import MainWindow

seen = {}
deadline = time.monotonic() + 90


def poll():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows:
        window = windows[0]
        if window.batch_model.rowCount() and not window.loader.busy and window.controller.report_id:
            seen.update(
                title=window.windowTitle(),
                files=[window.batch_model.report_row(r).file for r in range(window.batch_model.rowCount())],
                cells=window.table_model.rowCount(),
                filled=sum(1 for c in window.table_model.cells() if c.value is not None),
                problems=window.problems_model.stringList(),
                hint=window.batch_view.hint.isVisible(),
                message=window.statusBar().currentMessage(),
            )
            window.close()
            QApplication.instance().quit()
            return
    if time.monotonic() > deadline:
        QApplication.instance().quit()
        return
    QTimer.singleShot(100, poll)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(100, poll)
    seen["exit"] = main(sys.argv[1:])
    print(json.dumps(seen, ensure_ascii=False))
"""


def run_until_loaded(argv: list[str], data_dir) -> dict:
    """Run the app in its own process; when loading is over it reports what the window shows.

    A separate process because QApplication.exec() in the test process leaves Qt unable to
    deliver queued signals to the tests that follow.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAWGOV_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", DRIVER, *argv], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_arguments_opens_the_bundled_sample(tmp_path):
    seen = run_until_loaded([], tmp_path / "user")
    assert seen["exit"] == 0
    assert seen["files"] == [str(paths.sample_report().resolve())]
    assert SAMPLE_BATCH in seen["title"]
    assert seen["cells"] == 45 and seen["filled"] >= 20
    assert seen["hint"]  # a first start says how to begin: drop reports on the window


def test_a_restart_without_arguments_shows_the_last_batch_not_the_sample(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "青禾县.txt").write_text(TEXT, encoding="utf-8")
    first = run_until_loaded([str(folder)], tmp_path / "user")
    second = run_until_loaded([], tmp_path / "user")
    assert second["files"] == first["files"] == [str(folder / "青禾县.txt")]
    assert second["title"] == first["title"] and SAMPLE_BATCH not in second["title"]
    assert not second["hint"]


def test_a_database_held_by_another_program_stops_the_start_with_a_message(tmp_path, monkeypatch, qapp):
    """Not moved aside, not replaced by a temporary one: the reviewer learns which file and why."""
    import hashlib
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from lawgov_desktop.store import BatchStore
    from lawgov_desktop.ui import app

    database = paths.database_file()
    with BatchStore(database) as store:
        store.create_batch("周一的批次")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *rest: shown.append((title, text)))
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert app.main([]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    (title, text), = shown
    assert "《batch.sqlite3》" in text and "占用" in text and "没有改动" in text
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not list(database.parent.glob("*.corrupt-*"))


def test_files_given_on_the_command_line_are_opened(tmp_path):
    report = tmp_path / "青禾县2024年法治政府建设报告.txt"
    report.write_text(TEXT, encoding="utf-8")
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"not a pdf at all")
    seen = run_until_loaded([str(report), str(broken)], tmp_path / "user")
    assert seen["files"] == [str(report)]
    assert len(seen["problems"]) == 1 and "坏.pdf" in seen["problems"][0]


def test_cold_start_shows_the_window(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LAWGOV_DATA_DIR": str(tmp_path),
           "LAWGOV_QUIT_AFTER_SHOWN": "1"}
    result = subprocess.run([sys.executable, "-m", "lawgov_desktop"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")


def test_start_up_path_does_not_import_the_extractor(tmp_path):
    code = ("import sys, lawgov_desktop.ui.app; "
            "print(sorted(m for m in ('lawgov_desktop.core.extract', 'docx', 'pypdfium2', 'openpyxl') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "LAWGOV_DATA_DIR": str(tmp_path)})
    assert result.stdout.strip() == "[]", result.stderr


def test_a_broken_user_catalog_falls_back_to_the_bundled_one(tmp_path):
    config = tmp_path / "user" / "config"
    config.mkdir(parents=True)
    (config / "indicators.json").write_text('{"indicators": [\n  {"id": "坏.指标",\n', encoding="utf-8")
    seen = run_until_loaded([], tmp_path / "user")
    assert seen["cells"] == 45 and seen["filled"] >= 20  # extracted in the workers with the bundled catalog


def test_opening_the_same_folder_again_continues_its_batch(tmp_path):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "青禾县.txt").write_text(TEXT, encoding="utf-8")
    first = run_until_loaded([str(folder)], tmp_path / "user")
    second = run_until_loaded([str(folder)], tmp_path / "user")
    assert first["files"] == second["files"] == [str(folder / "青禾县.txt")]
    assert second["title"] == first["title"]
    from lawgov_desktop.store import BatchStore

    with BatchStore(tmp_path / "user" / "data" / "batch.sqlite3") as store:
        assert [b.name for b in store.batches()] == [str(folder)]
