"""Files in: drag-and-drop of files and folders, loading off the UI thread, failures listed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ui_helpers import variant
from invented_reports import TEXT


def drop(window, paths: list[Path]):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def wait_loaded(qtbot, window):
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        pass
    return finished.args


def test_dropping_files_loads_them(window, qtbot, tmp_path):
    files = []
    for number in range(3):
        path = tmp_path / f"报告{number}.txt"
        path.write_text(variant(number), encoding="utf-8")
        files.append(path)
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        assert drop(window, files).isAccepted()
    assert finished.args == [3, 0, False]
    names = {window.batch_model.index(r, 0).data() for r in range(window.batch_model.rowCount())}
    assert names == {"报告0.txt", "报告1.txt", "报告2.txt"}
    assert window.controller.report_id is not None


def test_dropping_a_folder_loads_the_reports_inside(window, qtbot, tmp_path):
    folder = tmp_path / "2024年报告"
    (folder / "子目录").mkdir(parents=True)
    (folder / "甲县.txt").write_text(variant(1), encoding="utf-8")
    (folder / "子目录" / "乙县.txt").write_text(variant(2), encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        drop(window, [folder])
    assert window.batch_model.rowCount() == 2


def test_drop_onto_the_text_or_table_reaches_the_window(window):
    assert not window.text.acceptDrops() and not window.table.acceptDrops()
    assert window.acceptDrops()


def test_drag_without_files_is_ignored(window):
    mime = QMimeData()
    mime.setText("一段文字")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_failed_files_are_listed_and_the_others_load(window, qtbot, tmp_path):
    good = tmp_path / "好.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "空.txt"
    empty.write_text("  ", encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        window.open_paths([str(good), str(empty)])
    assert finished.args == [1, 1, False]
    assert window.problems_model.stringList() == ["《空.txt》是空文件，没有内容可读"]
    assert window.batch_model.rowCount() == 1
    assert "1 个文件无法读取" in window.statusBar().currentMessage()


def test_same_report_under_another_name_is_not_reviewed_twice(window, qtbot, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "青禾县.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b" / "青禾县（转发）.txt").write_text(TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        window.open_paths([str(tmp_path / "a"), str(tmp_path / "b")])
    assert finished.args[0] == 1
    assert window.batch_model.rowCount() == 1
    assert "内容相同" in window.statusBar().currentMessage()
    assert "青禾县（转发）.txt" in window.batch_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_loading_again_does_not_reextract_but_flags_a_changed_file(window, qtbot, tmp_path):
    path = tmp_path / "青禾县.txt"
    path.write_text(TEXT, encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_paths([str(path)])
    calls = []
    window.loader.process = lambda p: calls.append(p)
    path.write_text(TEXT.replace("45件", "54件"), encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_paths([str(path)])
    assert calls == []
    assert window.batch_model.index(0, 0).data().startswith("⚠")
    assert window.session.store.cell(window.controller.report_id, "reconsideration_cases").value == 45


def test_cancel_stops_loading_and_keeps_what_was_loaded(window, qtbot, tmp_path):
    import threading

    release = threading.Event()
    original = window.loader.process

    def slow(path):
        release.wait(5)
        return original(path)

    window.loader.process = slow
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(variant(number), encoding="utf-8")
    window.open_paths([str(tmp_path)])
    assert window.progress.isVisible()
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        window.progress.cancel.click()
        release.set()
    loaded, _, cancelled = finished.args
    assert cancelled and loaded < 5
    assert window.batch_model.rowCount() == loaded
    assert not window.progress.isVisible()


def test_ui_stays_responsive_while_loading(window, qtbot, tmp_path):
    import time

    def slow(path):
        time.sleep(0.05)
        from ui_helpers import fake_process

        return fake_process(path)

    window.loader.process = slow
    for number in range(10):
        (tmp_path / f"{number}.txt").write_text(variant(number), encoding="utf-8")
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_paths([str(tmp_path)])
    timer.stop()
    assert len(ticks) > 10  # the event loop kept running while the worker extracted


def test_results_arriving_after_another_batch_opened_stay_in_their_batch(window, qtbot, tmp_path):
    import threading

    started, release = threading.Event(), threading.Event()
    original = window.loader.process

    def slow(path):
        started.set()
        release.wait(5)
        return original(path)

    window.loader.process = slow
    (tmp_path / "a.txt").write_text(variant(1), encoding="utf-8")
    loading_batch = window.session.batch_id
    window.open_paths([str(tmp_path)])
    # The file is being read when the other batch opens (a worker not started yet would have nothing in
    # flight: cancelling before it starts is another case).
    qtbot.waitUntil(started.is_set, timeout=10000)
    other = window.session.store.create_batch("另一批")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_batch(other)
        release.set()
    assert window.batch_model.rowCount() == 0
    assert len(window.session.store.report_ids(loading_batch)) == 1
