"""Load 200 reports into the window and measure how long the UI event loop stalls.

The reports are the bundled sample with its place name, year and figures varied,
so every file has its own text (no duplicates).  A 5 ms timer runs in the UI
thread; the largest gap between its ticks while loading is the worst moment the
window could not answer the reviewer.  Then the same while the batch checks (every
report's findings, outliers, 同比) run in their worker after the load, and the time
one edit takes on the UI thread (stored, the report checked again, the row and the
dock repainted).  Target: worst gap ≤ 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_load.py [--reports 200] [--runs 3]
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_reports(folder: Path, count: int) -> None:
    from lawgov_desktop import paths

    sample = paths.sample_report().read_text(encoding="utf-8")
    rng = random.Random(7)
    for number in range(count):
        # Vary every figure a little: a different report, the same style and traps.
        text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 3)) if len(m.group(0)) < 4
                      else m.group(0), sample)
        text = text.replace("示例县", f"示例{number}县")
        (folder / f"示例{number:03d}县2024年度法治政府建设情况报告.txt").write_text(text, encoding="utf-8")


def run_once(folder: Path, data_dir: Path) -> dict[str, float]:
    os.environ["LAWGOV_DATA_DIR"] = str(data_dir)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lawgov_desktop.core.catalog import default_catalog
    from lawgov_desktop.store import BatchStore
    from lawgov_desktop.store.settings import ReviewSettings
    from lawgov_desktop.ui.main_window import MainWindow
    from lawgov_desktop.ui.review_session import ReviewSession

    app = QApplication.instance() or QApplication([])
    store = BatchStore(data_dir / "batch.sqlite3")
    session = ReviewSession(store, default_catalog(), ReviewSettings(reviewer="测速"))
    window = MainWindow(session)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    result: dict[str, float] = {}

    def finished(loaded: int, failed: int, cancelled: bool) -> None:
        result["loaded"] = loaded
        result["seconds"] = time.perf_counter() - started
        result["load_ticks"] = len(ticks)
        QTimer.singleShot(100, wait_for_batch_checks)

    def wait_for_batch_checks() -> None:
        # After the load the window checks every report and the batch (outliers, 同比) in a worker.
        if not window.batch_checks.idle:
            QTimer.singleShot(50, wait_for_batch_checks)
            return
        result["checks_seconds"] = time.perf_counter() - started - result["seconds"]
        timer.stop()
        app.quit()

    window.loader.finished.connect(finished)
    started = time.perf_counter()
    timer.start()
    ticks.append(started)
    window.open_paths([str(folder)])
    app.exec()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    load_gaps, check_gaps = gaps[:result["load_ticks"] - 1], gaps[result["load_ticks"] - 1:] or [0.0]
    result["max_gap_ms"] = max(load_gaps) * 1000
    result["max_check_gap_ms"] = max(check_gaps) * 1000
    if os.environ.get("UI_LOAD_DEBUG"):
        print([(round(a - started, 2), round((b - a) * 1000)) for a, b in zip(ticks, ticks[1:]) if b - a > 0.1])
    result["p99_gap_ms"] = sorted(load_gaps)[int(len(load_gaps) * 0.99)] * 1000
    result["edit_ms"] = edit_times(window, app)
    window.close()
    window.deleteLater()
    store.close()
    return result


def edit_times(window, app) -> float:
    """Median time of one edit on the UI thread in the loaded batch: stored, the report's checks run
    again, its row and the dock repainted (the batch checks follow in a worker)."""
    times = []
    for value in range(20):
        index = window.proxy_index_of("reconsideration_cases")
        began = time.perf_counter()
        window.proxy.setData(index, str(100 + value))
        app.processEvents()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        folder = root / "reports"
        folder.mkdir()
        make_reports(folder, args.reports)
        results = [run_once(folder, root / f"user{run}") for run in range(args.runs)]
    for number, result in enumerate(results, 1):
        print(f"run {number}: {result['loaded']:.0f} reports in {result['seconds']:.1f} s, "
              f"worst event-loop gap {result['max_gap_ms']:.0f} ms, p99 {result['p99_gap_ms']:.0f} ms; "
              f"batch checks {result['checks_seconds']:.1f} s, worst gap meanwhile {result['max_check_gap_ms']:.0f} ms; "
              f"one edit {result['edit_ms']:.1f} ms")
    worst = statistics.median(r["max_gap_ms"] for r in results)
    print(f"median of {args.runs} runs: worst gap {worst:.0f} ms while loading, "
          f"{statistics.median(r['max_check_gap_ms'] for r in results):.0f} ms while the batch checks ran "
          f"(target ≤ 100 ms), {statistics.median(r['seconds'] for r in results):.1f} s for {args.reports} reports, "
          f"one edit {statistics.median(r['edit_ms'] for r in results):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
