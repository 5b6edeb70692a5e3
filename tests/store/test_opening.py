"""The batch database is moved aside only when it is really corrupt (issue 14, item 1).

A lock held by another program, a full disk or a failing disk is reported as what
it is, naming the file, and the file stays as it was; a damaged index is rebuilt
from the rows; only a file whose tables cannot be read is renamed and replaced.
Read-only opening (``export BATCH``) never writes the file at all.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from lawgov_desktop.store import BatchStore, StoreError
from lawgov_desktop.store.errors import StoreProblem
from store_scenarios import AUDIT_ROWS, damage_index, digest, make_batch

SCENARIOS = Path(__file__).parent / "store_scenarios.py"


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.is_file())


@pytest.fixture
def batch(tmp_path) -> Path:
    path = tmp_path / "batch.sqlite3"
    make_batch(path)
    return path


# -- a lock held by another program -----------------------------------------------------

def test_a_database_another_program_holds_is_reported_as_busy_and_left_alone(batch):
    before = digest(batch)
    holder = sqlite3.connect(batch, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            BatchStore(batch)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert caught.value.problem is StoreProblem.LOCKED
    assert "《batch.sqlite3》" in caught.value.message and "占用" in caught.value.message
    assert "损坏" not in caught.value.message
    assert digest(batch) == before and not list(batch.parent.glob("*.corrupt-*"))
    with BatchStore(batch) as store:  # once the other program lets go, everything is there
        assert store.recovery_message is None
        assert len(store.audit_trail(store.report_ids(store.batches()[0].id)[0])) == AUDIT_ROWS


# -- a disk with no room ----------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "setrlimit") and os.name != "posix", reason="needs RLIMIT_FSIZE")
def test_no_room_for_the_shared_memory_file_is_a_disk_error_not_corruption(batch):
    """Opening in WAL mode must create ``-shm``; on a full disk SQLite says “disk I/O error”."""
    before = digest(batch)
    result = subprocess.run([sys.executable, str(SCENARIOS), "open_with_file_size_limit", str(batch)],
                            capture_output=True, text=True, encoding="utf-8", timeout=60)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["error"] and seen["problem"] in ("io", "full")
    assert "《batch.sqlite3》" in seen["error"] and "损坏" not in seen["error"]
    assert seen["unchanged"] and digest(batch) == before
    assert not [name for name in seen["files"] if "corrupt" in name]
    with BatchStore(batch) as store:
        assert store.recovery_message is None
        assert len(store.audit_trail(store.report_ids(store.batches()[0].id)[0])) == AUDIT_ROWS


def run_on_small_disk(tmp_path: Path, scenario: str, size_kb: int = 2048) -> dict:
    """Run a scenario in a private tmpfs of ``size_kb`` (a user and mount namespace: no root needed)."""
    unshare = shutil.which("unshare")
    if os.name != "posix" or unshare is None:
        pytest.skip("needs unshare(1) to mount a small private tmpfs")
    folder = tmp_path / "小磁盘"
    folder.mkdir()
    script = 'mount -t tmpfs -o size="$5"k tmpfs "$1" || exit 77; exec "$2" "$3" "$4" "$1"'
    result = subprocess.run([unshare, "-rm", "sh", "-c", script, "sh", str(folder), sys.executable, str(SCENARIOS),
                             scenario, str(size_kb)], capture_output=True, text=True, encoding="utf-8", timeout=120)
    if result.returncode == 77 or "unshare failed" in result.stderr or "Operation not permitted" in result.stderr:
        pytest.skip(f"cannot mount a private tmpfs here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_full_disk_at_start_up_is_reported_and_the_batch_kept(tmp_path):
    seen = run_on_small_disk(tmp_path, "open_when_full")
    assert seen["problem"] in ("full", "io")
    assert "磁盘" in seen["error"] and "《batch.sqlite3》" in seen["error"] and "损坏" not in seen["error"]
    assert seen["unchanged"]
    assert "batch.sqlite3" in seen["files_while_full"]
    assert not [name for name in seen["files_while_full"] if "corrupt" in name]
    assert seen["recovery"] is None and seen["audit_rows"] == AUDIT_ROWS  # space freed: all work is there


# -- a damaged index ----------------------------------------------------------------------------

def test_a_damaged_index_is_rebuilt_in_place_and_nothing_renamed(batch):
    damage_index(batch)
    with closing(sqlite3.connect(batch)) as check:  # the damage is real
        assert check.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    with BatchStore(batch) as store:
        assert store.recovery_message and "索引" in store.recovery_message and "完好" in store.recovery_message
        report_id = store.report_ids(store.batches()[0].id)[0]
        assert len(store.audit_trail(report_id)) == AUDIT_ROWS
        assert store.cell(report_id, "gov_meetings").value == AUDIT_ROWS - 1
    assert _siblings(batch) == ["batch.sqlite3"]  # not renamed, no .corrupt-…
    kept = list((batch.parent / "backups").glob("batch-修复前-*.sqlite3"))
    assert len(kept) == 1 and kept[0].name in store.recovery_message
    with closing(sqlite3.connect(batch)) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_export_reads_a_damaged_index_without_writing_the_file(batch):
    damage_index(batch)
    before, mtime = digest(batch), batch.stat().st_mtime_ns
    with BatchStore(batch, read_only=True) as store:
        assert "索引" in store.recovery_message and "未被改动" in store.recovery_message
        (info,) = store.batches()
        report_id = store.report_ids(info.id)[0]
        assert len(store.audit_trail(report_id)) == AUDIT_ROWS
    assert digest(batch) == before and batch.stat().st_mtime_ns == mtime
    assert _siblings(batch) == ["batch.sqlite3"]


def test_a_file_whose_tables_cannot_be_read_is_really_corrupt_and_moved_aside(tmp_path):
    path = tmp_path / "batch.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    damaged = path.read_bytes()
    with BatchStore(path) as store:
        assert store.recovery_message and "已损坏" in store.recovery_message
        store.create_batch("新批次")
    (moved,) = tmp_path.glob("batch.sqlite3.corrupt-*")
    assert moved.read_bytes() == damaged and moved.name in store.recovery_message


def test_export_of_a_really_corrupt_file_says_so_and_leaves_it(tmp_path):
    path = tmp_path / "batch.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = digest(path)
    with pytest.raises(StoreError) as caught:
        BatchStore(path, read_only=True)
    assert "《batch.sqlite3》" in caught.value.message and "损坏" in caught.value.message
    assert digest(path) == before and _siblings(path) == ["batch.sqlite3"]


# -- reading only -----------------------------------------------------------------------------

def test_reading_a_closed_batch_creates_no_side_files(batch):
    before, mtime = digest(batch), batch.stat().st_mtime_ns
    with BatchStore(batch, read_only=True) as store:
        assert store.recovery_message is None
        assert store.batches()[0].report_count == 1
    assert digest(batch) == before and batch.stat().st_mtime_ns == mtime
    assert _siblings(batch) == ["batch.sqlite3"]


def test_reading_sees_the_edits_the_open_window_has_committed(batch):
    from lawgov_desktop.core.review import CellStatus

    with BatchStore(batch) as window:
        report_id = window.report_ids(window.batches()[0].id)[0]
        window.update_cell(report_id, "reconsideration_cases", 46, CellStatus.CORRECTED)
        with BatchStore(batch, read_only=True) as export:
            assert export.cell(report_id, "reconsideration_cases").value == 46


def test_a_read_only_store_refuses_to_write(batch):
    from lawgov_desktop.core.review import CellStatus

    with BatchStore(batch, read_only=True) as store:
        report_id = store.report_ids(store.batches()[0].id)[0]
        with pytest.raises(StoreError) as caught:
            store.update_cell(report_id, "gov_meetings", 1, CellStatus.CORRECTED)
    assert "只读" in caught.value.message
