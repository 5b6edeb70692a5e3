"""Opening the batch database: for review (read-write) or for export (read-only).

For review the file is opened in WAL mode with ``synchronous=FULL`` and checked with
``PRAGMA quick_check``.  When that fails, nothing is moved until a read-only look
says the file really is damaged:

* a lock, a full disk, an I/O error or a read-only folder is reported as what it is
  (``StoreError`` naming the file) and the file stays exactly as it was;
* a damaged index is rebuilt from the rows (a copy of the damaged file is kept in
  ``backups/`` first) and the reviewer is told;
* only a file whose tables cannot be read is renamed ``…corrupt-<time>`` and a fresh
  database started — and the reviewer is told where the old one went.

For reading (``lawgov-desktop export BATCH``) the file is never written: an older
schema is migrated, and a damaged index rebuilt, in a copy in memory.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import DamagedDatabaseError, StoreError, StoreProblem, classify, problem_message, store_error
from .integrity import (
    BUSY_TIMEOUT_S,
    copy_to_memory,
    damage_report,
    keep_damaged_copy,
    move_aside,
    read_only_connection,
    salvage,
    write_back,
)
from .schema import SCHEMA_VERSION, SchemaTooNewError, migrate

log = logging.getLogger(__name__)


@dataclass
class Opened:
    connection: sqlite3.Connection
    notice: str | None = None  # Chinese: what had to be done to open it (repaired, moved aside)


def _too_new(path: Path, version: object) -> StoreError:
    return StoreError(f"审核数据库《{path.name}》由更新版本的程序创建，请升级本程序后再打开", str(version))


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        damage = damage_report(connection)
        if damage:
            raise DamagedDatabaseError("quick_check: " + "; ".join(damage[:3]))
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def open_for_review(path: Path) -> Opened:
    """The database at ``path`` ready for edits; raises ``StoreError`` when it cannot be used as it is."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return Opened(_connect(path))
    except SchemaTooNewError as exc:
        raise _too_new(path, exc) from exc
    except (sqlite3.Error, OSError) as exc:
        failure: BaseException = exc
    if classify(failure) is not StoreProblem.DAMAGED:
        log.error("cannot open %s: %s", path, failure)
        raise store_error(failure, path, "打开") from failure
    return _open_damaged(path, failure)


def _open_damaged(path: Path, failure: BaseException) -> Opened:
    """The read-write open said “damaged”: look again read-only before touching anything."""
    source: sqlite3.Connection | None = None
    try:
        source = read_only_connection(path)
        damage = damage_report(source)
    except sqlite3.Error as exc:
        if classify(exc) is not StoreProblem.DAMAGED:  # a lock or an I/O error, not the content
            if source is not None:
                source.close()
            raise store_error(exc, path, "打开") from exc
        damage = [str(exc)]
    if not damage:
        # Sound when read: the failure was the disk or a lock, never a reason to move the file.
        if source is not None:
            source.close()
        log.error("open of %s failed (%s) but a read-only check finds it sound", path, failure)
        raise StoreError(problem_message(StoreProblem.IO, path, "打开"), str(failure), StoreProblem.IO)
    log.error("database %s is damaged: %s", path, "; ".join(damage[:5]))
    repaired = None
    if source is not None:
        try:
            repaired = salvage(source)
        except sqlite3.Error as exc:
            log.error("cannot salvage %s: %s", path, exc)
        finally:
            source.close()
    if repaired is not None:
        try:
            kept = keep_damaged_copy(path)
            write_back(repaired, path)
            return Opened(_connect(path), f"审核数据库《{path.name}》有一处索引损坏，已根据其中的数据重建，审核结果完好。"
                                          f"修复前的文件已另存为备份文件夹中的《{kept.name}》。")
        except (sqlite3.Error, OSError) as exc:
            raise store_error(exc, path, "修复") from exc
        finally:
            repaired.close()
    moved = move_aside(path)
    log.error("database %s unreadable, moved to %s", path, moved)
    try:
        connection = _connect(path)
    except (sqlite3.Error, OSError) as exc:
        raise store_error(exc, path, "新建") from exc
    return Opened(connection, f"审核数据库《{path.name}》已损坏，无法读取。原文件已改名保存为《{moved.name}》，"
                              "已新建一个空的数据库；可从备份文件夹中恢复以前的审核结果。")


def open_for_reading(path: Path, verify: bool = True) -> Opened:
    """The database at ``path`` for reading only; the file is never written, renamed or replaced.

    ``verify=False`` skips ``quick_check`` (it reads the whole file): for a snapshot of a
    database the window opened, and so checked, a moment ago."""
    if not path.is_file():
        raise StoreError(problem_message(StoreProblem.CANNOT_OPEN, path, "读取"), str(path), StoreProblem.CANNOT_OPEN)
    source: sqlite3.Connection | None = None
    try:
        source = read_only_connection(path)
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise _too_new(path, version)
        damage = damage_report(source) if verify else []
    except sqlite3.Error as exc:
        if source is not None:
            source.close()
        raise store_error(exc, path, "读取") from exc
    except StoreError:
        source.close()
        raise
    notice = None
    try:
        if damage:
            log.error("database %s is damaged: %s", path, "; ".join(damage[:5]))
            try:
                memory = salvage(source)
            except sqlite3.Error as exc:
                raise StoreError(f"审核数据库《{path.name}》已损坏，无法读取；文件未被改动。", str(exc),
                                 StoreProblem.DAMAGED) from exc
            notice = f"审核数据库《{path.name}》有一处索引损坏，已在内存中根据数据重建后读取；文件未被改动。"
        elif version < SCHEMA_VERSION:
            memory = copy_to_memory(source)  # migrated in memory: the file stays as the older program wrote it
        else:
            connection, source = source, None
            return Opened(connection)
        migrate(memory)
        return Opened(memory, notice)
    except sqlite3.Error as exc:
        raise store_error(exc, path, "读取") from exc
    finally:
        if source is not None:
            source.close()
