"""Soak the batch store's crash safety: kill an editing process 100 times, lose nothing.

    python benchmarks/soak_store.py [--rounds 100] [--seed 1] [--max-delay 1.5]

One database is used for the whole run, as a reviewer's is.  Each round starts a
child process that opens it with ``BatchStore`` and applies edits through
``update_cell`` (now and then a new report or a backup copy, so a kill can also
land in a larger transaction); after each edit returns, the child prints the
edit's id.  The parent kills it with SIGKILL after a random delay — during start-
up, mid-transaction, mid-backup — then reopens the database and checks that

  * ``PRAGMA integrity_check`` is ok and BatchStore opens it without recovery,
  * every edit the child had reported as committed is in the audit trail, and
  * each cell holds the value of its last audit entry (cell and trail agree).

Prints edits committed, edits lost (target 0), inconsistent cells and rounds
whose database needed recovery (target 0).
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUND_ID_SPAN = 1_000_000  # edit ids of round r are r * SPAN + 1, + 2, …: unique over the run
NOTE = "第{}次编辑"
STARTUP_KILL_SHARE = 0.2


def _invented_report(number: int):
    """A small invented report (红枫县 does not exist); each call gives different text."""
    from lawgov_desktop.core.pipeline import process_text

    text = (f"红枫县人民政府关于2024年度法治政府建设情况的报告（第{number}稿）\n"
            f"全年共受理行政复议案件{40 + number % 50}件，办结率为98.5%。\n"
            f"开展普法宣传活动{80 + number % 30}场次，行政机关负责人出庭应诉率为100%。\n")
    return process_text(text, file=f"/soak/红枫县{number}.txt")


def child(database: str, first_edit: int) -> None:
    """Edit until killed; print each edit id once update_cell has returned."""
    from lawgov_desktop.core.catalog import default_catalog
    from lawgov_desktop.core.review import CellStatus
    from lawgov_desktop.store import BatchStore

    indicator_ids = [spec.id for spec in default_catalog().indicators]
    store = BatchStore(database, reviewer="压力测试")
    batch = store.batch_named("压力测试") or store.create_batch("压力测试")
    store.open_batch(batch)
    report_ids = store.report_ids(batch)
    if not report_ids:
        report_ids = [store.add_report(_invented_report(0), indicator_ids, batch)]
    print("ready", flush=True)
    edit = first_edit
    while True:
        report_id = report_ids[edit % len(report_ids)]
        indicator_id = indicator_ids[edit % len(indicator_ids)]
        store.update_cell(report_id, indicator_id, edit, CellStatus.CORRECTED, NOTE.format(edit))
        print(f"committed {edit}", flush=True)
        if edit % 37 == 0:
            report_ids.append(store.add_report(_invented_report(edit), indicator_ids, batch))
        if edit % 53 == 0:
            store.backups.backup_if_due(force=True)
        edit += 1


def run_round(database: Path, number: int, rng: random.Random, max_delay: float) -> list[int]:
    """One child killed at a random point; returns the edit ids it reported committed.

    One round in five is killed during start-up (opening, migrating); the others a
    random time after the child said it was ready, i.e. while it edits.
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(database), str(number * ROUND_ID_SPAN + 1)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    kill = (process.send_signal, (signal.SIGKILL,))
    if rng.random() < STARTUP_KILL_SHARE:
        timer = threading.Timer(rng.uniform(0.0, 0.8), *kill)
        timer.start()
        first = ""
    else:
        first = process.stdout.readline()
        timer = threading.Timer(rng.uniform(0.0, max_delay), *kill)
        timer.start()
    output, errors = process.communicate()
    timer.cancel()
    if process.returncode != -signal.SIGKILL:
        raise RuntimeError(f"round {number}: child ended by itself ({process.returncode}): {errors[-2000:]}")
    return [int(line.split()[1]) for line in (first + output).splitlines() if line.startswith("committed ")]


def check(database: Path, committed: set[int]) -> tuple[list[int], int, str, str | None]:
    """(lost edit ids, inconsistent cells, integrity_check result, recovery message)."""
    from lawgov_desktop.store import BatchStore

    raw = sqlite3.connect(database)
    try:
        integrity = raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()
    with BatchStore(database) as store:
        recovery = store.recovery_message
        found = set()
        inconsistent = 0
        for batch in store.batches():
            for report_id in store.report_ids(batch.id):
                last_by_cell = {}
                for entry in store.audit_trail(report_id):
                    if entry.note.startswith("第") and entry.note.endswith("次编辑"):
                        found.add(int(entry.note[1:-3]))
                    last_by_cell[entry.indicator_id] = entry.new_value
                for indicator_id, value in last_by_cell.items():
                    if store.cell(report_id, indicator_id).value != value:
                        inconsistent += 1
    return sorted(committed - found), inconsistent, integrity, recovery


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=1.5, help="longest time from ready to the kill, in seconds")
    parser.add_argument("--child", nargs=2, metavar=("DATABASE", "FIRST_EDIT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    if not hasattr(signal, "SIGKILL"):
        print("needs SIGKILL (Linux/macOS)")
        return 2

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="lawgov-soak-store-") as folder:
        os.environ["LAWGOV_DATA_DIR"] = folder
        database = Path(folder) / "batch.sqlite3"
        committed: set[int] = set()
        lost: list[int] = []
        inconsistent = recovered = bad_integrity = killed_editing = 0
        started = time.perf_counter()
        for number in range(1, args.rounds + 1):
            round_committed = run_round(database, number, rng, args.max_delay)
            killed_editing += bool(round_committed)
            committed.update(round_committed)
            round_lost, round_inconsistent, integrity, recovery = check(database, committed)
            lost = round_lost
            inconsistent += round_inconsistent
            bad_integrity += integrity != "ok"
            if recovery:
                recovered += 1
                print(f"round {number}: database needed recovery: {recovery}")
        elapsed = time.perf_counter() - started
        print(f"rounds (SIGKILL): {args.rounds}, seed {args.seed}, kill 0–{args.max_delay:g} s after ready: "
              f"{killed_editing} while editing, {args.rounds - killed_editing} before the first edit")
        print(f"edits reported committed: {len(committed)}")
        print(f"edits lost: {len(lost)}" + (f" (ids {lost[:20]})" if lost else ""))
        print(f"cells disagreeing with their audit trail: {inconsistent}")
        print(f"integrity_check not ok: {bad_integrity}; reopenings that needed recovery: {recovered}")
        print(f"elapsed: {elapsed:.1f} s")
    return 0 if not (lost or inconsistent or bad_integrity or recovered) else 1


if __name__ == "__main__":
    sys.exit(main())
