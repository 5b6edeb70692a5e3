"""Batch databases in trouble, made for the tests: a damaged index, a lock held elsewhere,
a disk with no room left.  Run as a script, a scenario prints what it saw as JSON, so a
test can run it in a process with a file-size limit or in a small private tmpfs.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from invented_reports import INDICATOR_IDS, make_report  # noqa: E402

AUDIT_ROWS = 40


def make_batch(path: Path) -> int:
    """A healthy batch with one report and ``AUDIT_ROWS`` audit rows; returns the report id."""
    from lawgov_desktop.core.review import CellStatus
    from lawgov_desktop.store import BatchStore

    with BatchStore(path, reviewer="王审核") as store:
        store.create_batch("2024年度报告")
        report_id = store.add_report(make_report(), INDICATOR_IDS)
        for value in range(AUDIT_ROWS):
            store.update_cell(report_id, "gov_meetings", value, CellStatus.CORRECTED, f"第{value}次")
    for side in ("-wal", "-shm"):
        assert not path.with_name(path.name + side).exists()
    return report_id


def damage_index(path: Path, index: str = "audit_report") -> None:
    """Overwrite part of one index's root page: the rows stay readable, lookups through the index do not."""
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 20)
        handle.write(bytes(range(256)) * 2)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the disk says it is full."""
    filler = folder / "填满磁盘.bin"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def _store_error(action) -> dict:
    from lawgov_desktop.store import StoreError

    try:
        action()
    except StoreError as exc:
        return {"error": exc.message, "problem": exc.problem.value}
    return {"error": None}


def open_when_full(folder: Path) -> dict:
    """A healthy batch, a full disk, then the window's open; then space freed and open again."""
    from lawgov_desktop.store import BatchStore

    database = folder / "batch.sqlite3"
    make_batch(database)
    before = digest(database)
    filler = fill_disk(folder)
    seen = _store_error(lambda: BatchStore(database).close())
    seen["files_while_full"] = sorted(p.name for p in folder.iterdir() if p != filler)
    seen["unchanged"] = digest(database) == before
    filler.unlink()
    with BatchStore(database) as store:
        seen["recovery"] = store.recovery_message
        seen["audit_rows"] = len(store.audit_trail(store.report_ids(store.batches()[0].id)[0]))
    return seen


def edit_when_full(folder: Path) -> dict:
    """The window has the batch open; the disk fills; the reviewer edits; space is freed; the edit is made again."""
    from lawgov_desktop.core.review import CellStatus
    from lawgov_desktop.store import BatchStore

    database = folder / "batch.sqlite3"
    report_id = make_batch(database)
    store = BatchStore(database)
    store.open_batch(store.batches()[0].id)
    filler = fill_disk(folder)
    note = "很长的修改原因" * 2000  # more than the few bytes a full disk may still take
    seen = _store_error(lambda: store.update_cell(report_id, "reconsideration_cases", 4242, CellStatus.CORRECTED,
                                                  note))
    seen["value_after_failure"] = store.cell(report_id, "reconsideration_cases").value
    seen["audit_after_failure"] = len(store.audit_trail(report_id))
    filler.unlink()
    store.update_cell(report_id, "reconsideration_cases", 4242, CellStatus.CORRECTED, note)
    seen["value_after_retry"] = store.cell(report_id, "reconsideration_cases").value
    seen["audit_after_retry"] = len(store.audit_trail(report_id))
    store.close()
    return seen


def open_with_file_size_limit(database: Path) -> dict:
    """No room to create the 32 KB -shm file (RLIMIT_FSIZE of 1 KB): “disk I/O error” at open."""
    import resource
    import signal

    from lawgov_desktop.store import BatchStore

    before = digest(database)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
    seen = _store_error(lambda: BatchStore(database).close())
    seen["unchanged"] = digest(database) == before
    seen["files"] = sorted(p.name for p in database.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
    return seen


if __name__ == "__main__":
    scenario, target = sys.argv[1], Path(sys.argv[2])
    result = {"open_when_full": open_when_full, "edit_when_full": edit_when_full,
              "open_with_file_size_limit": open_with_file_size_limit}[scenario](target)
    print(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()
    os._exit(0)
