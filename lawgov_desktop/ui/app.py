"""``lawgov-desktop [FILE|DIR …]``: open the review window.

With no arguments the bundled sample report is loaded, so a new user sees the
tool at work at once; with files or folders those are loaded into a new batch.
The window is shown before anything heavy happens: extraction (and jieba's
dictionary) load in a worker after the first paint.
"""
from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..core.catalog import default_catalog
from ..core.errors import LawgovError
from ..store import BatchStore
from ..store.settings import load_settings
from .main_window import MainWindow
from .report_loader import shutdown_pool
from .review_session import ReviewSession

SAMPLE_BATCH = "示例报告"
# Benchmarks and smoke tests set this: print “shown <seconds>” once the window is up, then quit.
QUIT_AFTER_SHOWN_ENV = "LAWGOV_QUIT_AFTER_SHOWN"
UI_FONTS = ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"]

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="lawgov-desktop", description="打开审阅窗口并载入报告文件或文件夹。")
    parser.add_argument("inputs", nargs="*", metavar="文件或文件夹")
    return parser.parse_known_args(argv)  # the rest (e.g. -platform offscreen) is for Qt


def _application(qt_args: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication([sys.argv[0] if sys.argv else "lawgov-desktop", *qt_args])
    app.setApplicationName("lawgov-desktop")
    app.setApplicationDisplayName("法治政府建设年度报告审阅")
    app.setApplicationVersion(__version__)
    font = app.font()
    font.setFamilies(UI_FONTS + [f for f in font.families() if f not in UI_FONTS])
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return app


def start_loading(window: MainWindow, inputs: list[str]) -> None:
    """What the window does right after it appears."""
    window.show_store_message()
    if inputs:
        window.open_paths(inputs)
        return
    sample = paths.sample_report()
    store = window.session.store
    existing = store.batch_named(SAMPLE_BATCH)
    if existing is not None:
        window.open_batch(existing)
    else:
        window.new_batch(SAMPLE_BATCH)
    if sample.is_file():
        window.open_paths([str(sample)])
    else:
        window.statusBar().showMessage("未找到示例报告；可把报告文件或文件夹拖到窗口中开始审核")


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    # A frozen build starts its extraction worker processes through this same entry point.
    multiprocessing.freeze_support()
    args, qt_args = _parse(argv)
    app = _application(qt_args)
    try:
        store = BatchStore()
        catalog = default_catalog()
    except LawgovError as exc:
        QMessageBox.critical(None, "无法启动", exc.message)
        return 1
    session = ReviewSession(store, catalog, load_settings())
    window = MainWindow(session)
    window.show()
    if os.environ.get(QUIT_AFTER_SHOWN_ENV):
        def report_and_quit() -> None:
            print(f"shown {time.perf_counter() - started:.3f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report_and_quit)
    else:
        QTimer.singleShot(0, lambda: start_loading(window, args.inputs))
    try:
        return app.exec()
    finally:
        shutdown_pool()
        store.close()
