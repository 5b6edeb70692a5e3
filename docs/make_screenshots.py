"""Draw the review window for the README: docs/screenshot-1600x1000.png and docs/screenshot-1366x768.png.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python docs/make_screenshots.py

A batch of six invented counties (the bundled 示例县 sample with other names and
figures), one report part-way through its review: values confirmed, one corrected,
the publish date corrected in the facts row, the findings dock below.  Uses a
temporary data folder; needs fonts-noto-cjk (or another CJK font) on Linux.
"""
from __future__ import annotations

import os
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZES = ((1600, 1000), (1366, 768))
COUNTIES = ("示例县", "青禾县", "云岫县", "檀溪区", "蓝湾县", "鹿鸣县")


def pause(ms: int) -> None:
    import time

    time.sleep(ms / 1000)


def main() -> int:
    os.environ["LAWGOV_DATA_DIR"] = tempfile.mkdtemp(prefix="lawgov-shots-")
    from lawgov_desktop import paths
    from lawgov_desktop.core.catalog import load_catalog
    from lawgov_desktop.core.pipeline import process_text
    from lawgov_desktop.core.review import CellStatus, ReportFact
    from lawgov_desktop.store import BatchStore
    from lawgov_desktop.store.settings import ReviewSettings
    from lawgov_desktop.ui.app import _application
    from lawgov_desktop.ui.main_window import MainWindow
    from lawgov_desktop.ui.review_session import ReviewSession

    app = _application([])
    catalog = load_catalog(use_user_file=False)
    sample = paths.sample_report().read_text(encoding="utf-8")
    for width, height in SIZES:
        store = BatchStore(Path(os.environ["LAWGOV_DATA_DIR"]) / f"batch-{width}.sqlite3")
        session = ReviewSession(store, catalog, ReviewSettings(reviewer="王审核"))
        window = MainWindow(session)
        window.new_batch("2024年度各县区法治政府建设报告")
        first = None
        for number, county in enumerate(COUNTIES):
            rng = random.Random(number)
            # Other counts for the other counties (rates and dates as they are: the checks would rightly
            # flag a 101% or a date past the deadline, and this picture is about one report's review).
            text = re.sub(r"(?<![\d.])\d{1,3}(?=[件人次场项名期个])", lambda m: str(int(m.group(0)) + rng.randint(0, 3)),
                          sample) if number else sample
            text = text.replace("示例县", county)
            if county == "青禾县":  # a figure fifty times the others': the batch check flags it
                text = text.replace("全年新收行政复议案件", "全年新收行政复议案件3", 1)
            report_id = session.add_report(process_text(text, f"D:/报告/2024/{county}2024年度法治政府建设情况报告.txt",
                                                        catalog))
            first = first or report_id
        window.resize(width, height)
        window.show()
        app.processEvents()
        window.batch_view.select_report(first)
        app.processEvents()
        window.table.setFocus()
        for _ in range(6):  # the reviewer has confirmed the first six values
            window.controller.confirm()
        cell = next(c for c in window.table_model.cells() if c.status is CellStatus.AUTO)
        window.controller.select_indicator(cell.indicator_id)
        window.proxy.setData(window.proxy_index_of(cell.indicator_id), str(int(cell.value) + 2))
        # The report says 2025-02-18; the portal shows it went up on 8 April: past the 1 April deadline.
        session.edit_fact(first, ReportFact.PUBLISH_DATE, "2025-04-08")
        window.controller.next_open(after_current=True)
        window.findings_dock.raise_()
        window.run_batch_checks()
        for _ in range(200):
            app.processEvents()
            pause(30)
        target = ROOT / "docs" / f"screenshot-{width}x{height}.png"
        window.grab().save(str(target))
        print(f"wrote {target.relative_to(ROOT)} ({window.width()}×{window.height()}), table viewport "
              f"{window.table.viewport().width()} px, horizontal scroll {window.table.horizontalScrollBar().maximum()}")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
