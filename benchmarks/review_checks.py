"""How long the checks take once a reviewer edits: per report after each edit, and over a batch.

After every edit the window checks the report again on the reviewed values on the UI
thread (``BatchService.reviewed``: the cells read back, the rules run), so it must take
a few milliseconds for a long report; the batch checks (every report's findings,
outliers, 同比 claims) run in a worker on a snapshot of 200 reports.

    .venv/bin/python benchmarks/review_checks.py [--reports 200] [--repeat 30]

Prints medians; the 20 KB report is the bundled sample twice over with other names.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def long_report_text() -> str:
    from lawgov_desktop import paths

    sample = paths.sample_report().read_text(encoding="utf-8")
    text = sample + sample.replace("示例县", "样例县")
    while len(text.encode("utf-8")) < 20_000:
        text += sample.replace("示例县", "又一县")
    return text


def varied(text: str, number: int) -> str:
    rng = random.Random(number)
    text = re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 3)) if len(m.group(0)) < 4
                  else m.group(0), text)
    return text.replace("示例县", f"示例{number}县")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    from lawgov_desktop.core.catalog import load_catalog
    from lawgov_desktop.core.pipeline import process_text
    from lawgov_desktop.core.review import CellStatus
    from lawgov_desktop.service import BatchService
    from lawgov_desktop.store import BatchStore

    catalog = load_catalog(use_user_file=False)
    text = long_report_text()
    with tempfile.TemporaryDirectory() as folder:
        with BatchStore(Path(folder) / "batch.sqlite3", reviewer="测试") as store:
            store.create_batch("测速")
            service = BatchService(store, catalog)
            report_id = service.add_report(process_text(text, "长报告.txt", catalog)).report_id
            service.reviewed(report_id)  # text and extraction cached, as for the report on screen
            cell = next(c for c in store.reviewed_report(report_id).cells if c.value is not None)
            edit, check = [], []
            for value in range(args.repeat):
                began = time.perf_counter()
                service.update_cell(report_id, replace(cell, value=value + 1, status=CellStatus.CORRECTED))
                stored = time.perf_counter()
                service.reviewed(report_id)
                done = time.perf_counter()
                edit.append(stored - began)
                check.append(done - stored)
            print(f"{len(text.encode('utf-8')) / 1000:.1f} KB report: store one edit {statistics.median(edit) * 1000:.1f} ms, "
                  f"check it again {statistics.median(check) * 1000:.1f} ms (median of {args.repeat})")

            for number in range(args.reports):
                body = varied(text, number)
                service.add_report(process_text(body, f"{number:03d}.txt", catalog))
            runs = []
            for _ in range(3):
                began = time.perf_counter()
                service.batch_check_job()()
                runs.append(time.perf_counter() - began)
            print(f"batch checks over {args.reports + 1} reports in a worker: {statistics.median(runs):.2f} s "
                  "(median of 3; every report's findings, outliers, 同比)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
