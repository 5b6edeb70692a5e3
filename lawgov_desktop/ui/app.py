"""``lawgov-desktop [FILE|DIR …]``: open the review window.

With no arguments the batch worked on last is reopened; on a first start the
bundled sample report is loaded, so a new user sees the tool at work at once, with
a hint to drop reports on the window.  With files or folders those are loaded (into
the batch of the same name when they were opened before).
The window is shown before anything heavy happens: the readers and the extractor
load in worker processes after the first paint.
"""
from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..core.catalog import load_catalog_or_bundled
from ..core.errors import LawgovError
from ..store import BatchStore, StoreError
from ..store.errors import StoreProblem
from ..store.settings import read_settings
from .main_window import MainWindow
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
    install_chinese_qt_strings(app)
    font = app.font()
    font.setFamilies(UI_FONTS + [f for f in font.families() if f not in UI_FONTS])
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return app


def install_chinese_qt_strings(app: QApplication) -> QTranslator | None:
    """Qt's own strings (关闭/取消 on standard buttons, file dialogs) in Chinese, whatever the OS language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
        app.installTranslator(translator)
        return translator
    log.info("Qt's Chinese translations not found in %s", folder)
    return None


def open_store(warnings: list[str]) -> BatchStore:
    """The batch database in the user data folder, or a temporary one when that folder is unusable.

    A data folder that cannot be created or written (a file in its place, no permission)
    must not keep the window from opening; the reviewer is told that work is not kept.
    A database that is there but cannot be used now (held by another program, a full or
    failing disk) raises ``StoreError``: working in a temporary file would hide the
    reviewer's batch, so the window says which file and why, and does not open.
    """
    try:
        return BatchStore()
    except StoreError as exc:
        if exc.problem not in (StoreProblem.CANNOT_OPEN, StoreProblem.READ_ONLY):
            raise
        folder = paths.database_file().parent
        fallback = Path(tempfile.mkdtemp(prefix="lawgov-")) / "batch.sqlite3"
        log.error("cannot open the batch database in %s: %s; using %s", folder, exc.detail, fallback)
        warnings.append(f"{exc.message}\n\n本次的审核结果暂存在临时文件夹《{fallback.parent}》，关闭程序后可能丢失。"
                        "请检查该文件夹的权限。")
        return BatchStore(fallback)


def batch_name_for(inputs: list[str]) -> str:
    """A batch is named after what was opened: “D:\\报告\\2024” or “…\\某县.docx 等 3 项”."""
    first = str(Path(inputs[0]).expanduser().resolve())
    return first if len(inputs) == 1 else f"{first} 等 {len(inputs)} 项"


def start_loading(window: MainWindow, inputs: list[str]) -> None:
    """What the window does right after it appears: the files given, else the last batch,
    else (on a first start) the bundled sample with the hint to drop reports on the window."""
    window.show_store_message()
    if inputs:
        # The same files or folder opened again continue the batch of last time: files
        # already there are only checked for changes, new ones are added.
        window.open_or_create_batch(batch_name_for(inputs))
        window.open_paths(inputs)
        return
    last = window.session.service.last_batch()
    if last is not None:
        window.open_batch(last.id)
        window.statusBar().showMessage(f"已打开上次的批次《{last.name}》（{last.report_count} 份报告）", 15000)
        return
    sample = paths.sample_report()
    window.sample_batch_id = window.open_or_create_batch(SAMPLE_BATCH)  # a first start: say how to begin
    window.update_hint()
    if sample.is_file():
        window.open_paths([str(sample)])
    window.statusBar().showMessage("这是示例报告。把报告文件或文件夹拖到窗口中即可开始审核", 20000)


def report_startup_failure(error: LawgovError) -> None:
    """The batch database cannot be used: say which file and why, before any window opens."""
    log.error("cannot start: %s (%s)", error.message, error.detail)
    QMessageBox.critical(None, "无法打开审核数据库", f"{error.message}\n\n程序没有改动这个文件。处理后请重新打开本程序。")


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    # A frozen build starts its extraction worker processes through this same entry point.
    multiprocessing.freeze_support()
    from ..logs import setup_logging

    setup_logging()
    args, qt_args = _parse(argv)
    app = _application(qt_args)
    warnings: list[str] = []
    try:
        store = open_store(warnings)
    except StoreError as exc:
        report_startup_failure(exc)
        return 1
    try:
        catalog, catalog_warning = load_catalog_or_bundled()
    except LawgovError as exc:
        store.close()
        QMessageBox.critical(None, "无法启动", exc.message)
        return 1
    if catalog_warning:
        warnings.append(catalog_warning)
    from ..core.checks.rules import default_rules

    warnings.extend(default_rules().warnings)  # a bureau's broken checks.json: bundled rules run
    from ..core import vocabulary

    warnings.extend(vocabulary.warnings())  # a bureau's broken language.json: the bundled words
    settings, settings_warning = read_settings()  # a broken settings.json: the defaults
    warnings.extend(filter(None, [settings_warning]))
    session = ReviewSession(store, catalog, settings)
    window = MainWindow(session)
    window.startup_warnings = warnings
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
        session.shutdown()
        store.close()
