"""Looking at a batch database without changing it, and rebuilding one whose index is damaged.

A disk that fails, a sync tool or a killed copy can damage a page of the file.  When
the damage lies in an index, every row is still there: read each table straight
(``NOT INDEXED``, so the damaged index is never used) into a fresh database and build
the indexes again.  Only when a table itself cannot be read is the file really
corrupt.  Everything here reads the file through ``read_only_connection``, which
cannot write to it.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 2.0


def wal_file(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file.

    With no ``-wal`` beside it the file holds everything and is opened ``immutable``, so
    SQLite creates no side files either; with one (the window has it open, or was killed)
    it is opened ``mode=ro`` so the latest committed edits in the WAL are read too.
    """
    params = "mode=ro" if wal_file(path).exists() else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{params}", uri=True, isolation_level=None,
                                 timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("PRAGMA query_only=ON")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def damage_report(connection: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check``'s complaints; empty when the file is sound."""
    rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def copy_to_memory(source: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(memory)
    return memory


def salvage(source: sqlite3.Connection) -> sqlite3.Connection:
    """Every table's rows in a fresh in-memory database with its indexes built anew.

    Raises ``sqlite3.Error`` when a table cannot be read: then the damage is not only
    in an index and the file is really corrupt.
    """
    schema = source.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    target = sqlite3.connect(":memory:", isolation_level=None)
    try:
        # The same page size: the copy may later be written back over the file (WAL keeps its page size).
        target.execute(f"PRAGMA page_size = {int(source.execute('PRAGMA page_size').fetchone()[0])}")
        tables = [name for kind, name, _ in schema if kind == "table" and not name.startswith("sqlite_")]
        for kind, _name, sql in schema:
            if kind == "table":
                target.execute(sql)
        target.execute("BEGIN")
        for table in tables:
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            rows = source.execute(f'SELECT {names} FROM "{table}" NOT INDEXED')
            target.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        target.execute("COMMIT")
        for kind, _name, sql in schema:
            if kind in ("index", "trigger", "view"):
                target.execute(sql)
        target.execute(f"PRAGMA user_version = {int(source.execute('PRAGMA user_version').fetchone()[0])}")
        problems = [str(row[0]) for row in target.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("salvaged copy fails integrity_check: " + "; ".join(problems[:3]))
    except BaseException:
        target.close()
        raise
    return target


def keep_damaged_copy(path: Path) -> Path:
    """A byte copy of the damaged file (and its WAL) in ``backups/``, before anything is written."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-修复前-{stamp}{path.suffix}"
    shutil.copy2(path, target)
    if wal_file(path).exists():
        shutil.copy2(wal_file(path), target.with_name(target.name + "-wal"))
    return target


def write_back(repaired: sqlite3.Connection, path: Path) -> None:
    """Overwrite the file's content with the repaired copy, in one transaction (the backup API)."""
    destination = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        repaired.backup(destination)
    finally:
        destination.close()


def move_aside(path: Path) -> Path:
    """Rename a really corrupt file (and its side files) so a fresh database can start."""
    import os

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
