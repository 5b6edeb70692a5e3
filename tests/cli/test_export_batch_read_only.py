"""``export BATCH.sqlite3`` reads the batch and never writes it (issue 14, item 2).

Before, a batch with one damaged index was renamed and replaced by an empty database,
and the command said 还没有任何审核批次 while 40 audit rows were still readable.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

from lawgov_desktop.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
from store_scenarios import AUDIT_ROWS, damage_index, make_batch  # noqa: E402

SCHEMA1 = Path(__file__).resolve().parent.parent / "store" / "data" / "schema1_batch.sqlite3"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("LAWGOV_DATA_DIR", str(tmp_path / "user"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _export(database: Path, tmp_path: Path, capsys) -> tuple[int, dict, str]:
    out = tmp_path / "out.json"
    code = main(["export", str(database), "--json", str(out)])
    stderr = capsys.readouterr().err
    return code, (json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}), stderr


def test_a_batch_with_a_damaged_index_is_exported_and_left_as_it_was(tmp_path, capsys):
    database = tmp_path / "batch.sqlite3"
    make_batch(database)
    damage_index(database)
    before, mtime = _digest(database), database.stat().st_mtime_ns
    code, exported, stderr = _export(database, tmp_path, capsys)
    assert code == 0, stderr
    assert "索引" in stderr and "未被改动" in stderr
    (report,) = exported["reports"]
    assert next(c for c in report["cells"] if c["id"] == "gov_meetings")["value"] == AUDIT_ROWS - 1
    assert _digest(database) == before and database.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("batch")) == ["batch.sqlite3"]


def test_a_batch_of_the_previous_release_is_exported_without_being_migrated_on_disk(tmp_path, capsys):
    database = tmp_path / "batch.sqlite3"
    shutil.copyfile(SCHEMA1, database)
    before = _digest(database)
    code, exported, stderr = _export(database, tmp_path, capsys)
    assert code == 0, stderr
    statuses = {c["status"] for report in exported["reports"] for c in report["cells"]}
    assert "未提及" in statuses and "空" not in statuses
    assert _digest(database) == before


def test_a_really_corrupt_batch_is_reported_and_kept(tmp_path, capsys):
    database = tmp_path / "batch.sqlite3"
    make_batch(database)
    data = bytearray(database.read_bytes())
    data[4096:8192] = bytes(range(256)) * 16  # the tables' pages
    data[100:4096] = bytes(range(256)) * 15 + bytes(range(256))[:236]
    database.write_bytes(bytes(data))
    before = _digest(database)
    code, _exported, stderr = _export(database, tmp_path, capsys)
    assert code in (1, 2)
    assert "batch.sqlite3" in stderr and "Traceback" not in stderr
    assert _digest(database) == before
    assert not list(tmp_path.glob("*.corrupt-*"))
