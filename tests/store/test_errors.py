"""Every store error reaches the reviewer as a Chinese message naming the file — never SQLite's English."""
from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path

import pytest

from lawgov_desktop.store.errors import DamagedDatabaseError, StoreProblem, classify, store_error

DATABASE = Path("/某处/数据/batch.sqlite3")


def _sqlite(kind: type[sqlite3.Error], message: str, name: str | None) -> sqlite3.Error:
    error = kind(message)
    if name is not None:
        error.sqlite_errorname = name
    return error


CASES = [
    # (error, problem, words the message must contain) — SQLite result codes first, then the
    # same errors as Python 3.10 reports them (no sqlite_errorname), then OS errors.
    (_sqlite(sqlite3.OperationalError, "database is locked", "SQLITE_BUSY"), StoreProblem.LOCKED, "占用"),
    (_sqlite(sqlite3.OperationalError, "database table is locked", "SQLITE_LOCKED"), StoreProblem.LOCKED, "占用"),
    (_sqlite(sqlite3.OperationalError, "database or disk is full", "SQLITE_FULL"), StoreProblem.FULL, "磁盘空间已满"),
    (_sqlite(sqlite3.OperationalError, "disk I/O error", "SQLITE_IOERR_SHMSIZE"), StoreProblem.IO, "磁盘错误"),
    (_sqlite(sqlite3.OperationalError, "attempt to write a readonly database", "SQLITE_READONLY"),
     StoreProblem.READ_ONLY, "不允许写入"),
    (_sqlite(sqlite3.OperationalError, "unable to open database file", "SQLITE_CANTOPEN"),
     StoreProblem.CANNOT_OPEN, "无法"),
    (_sqlite(sqlite3.DatabaseError, "database disk image is malformed", "SQLITE_CORRUPT"), StoreProblem.DAMAGED, "损坏"),
    (_sqlite(sqlite3.DatabaseError, "file is not a database", "SQLITE_NOTADB"), StoreProblem.DAMAGED, "损坏"),
    (DamagedDatabaseError("quick_check: row 3 missing from index"), StoreProblem.DAMAGED, "损坏"),
    (_sqlite(sqlite3.OperationalError, "database is locked", None), StoreProblem.LOCKED, "占用"),
    (_sqlite(sqlite3.OperationalError, "database or disk is full", None), StoreProblem.FULL, "磁盘空间已满"),
    (_sqlite(sqlite3.OperationalError, "disk I/O error", None), StoreProblem.IO, "磁盘错误"),
    (_sqlite(sqlite3.OperationalError, "something new", None), StoreProblem.OTHER, "日志"),
    (OSError(errno.ENOSPC, "No space left on device"), StoreProblem.FULL, "磁盘空间已满"),
    (OSError(errno.EACCES, "Permission denied"), StoreProblem.READ_ONLY, "不允许写入"),
    (OSError(errno.EROFS, "Read-only file system"), StoreProblem.READ_ONLY, "不允许写入"),
    (OSError(errno.ENOTDIR, "Not a directory"), StoreProblem.CANNOT_OPEN, "不存在或没有访问权限"),
    (OSError(errno.EIO, "Input/output error"), StoreProblem.IO, "磁盘错误"),
]


@pytest.mark.parametrize("error, problem, words", CASES, ids=[f"{type(c[0]).__name__}-{c[1].value}-{i}"
                                                             for i, c in enumerate(CASES)])
def test_each_error_is_classified_and_told_in_chinese(error, problem, words, monkeypatch):
    monkeypatch.setattr("lawgov_desktop.store.errors.disk_nearly_full", lambda path: False)
    assert classify(error) is problem
    message = store_error(error, DATABASE, "保存修改").message
    assert "《batch.sqlite3》" in message and words in message
    assert not re.search(r"[A-Za-z]{4,}", message.replace("batch.sqlite3", "")), message  # no English reasons
    assert str(error) in store_error(error, DATABASE, "保存修改").detail  # the technical text goes to the log


def test_an_io_error_on_a_nearly_full_disk_is_called_a_full_disk(monkeypatch):
    monkeypatch.setattr("lawgov_desktop.store.errors.disk_nearly_full", lambda path: True)
    error = _sqlite(sqlite3.OperationalError, "disk I/O error", "SQLITE_IOERR_SHMSIZE")
    assert store_error(error, DATABASE, "打开").problem is StoreProblem.FULL
