"""What went wrong with the batch database, in words a reviewer can act on.

SQLite's result codes tell a full disk (SQLITE_FULL), a file another program holds
(SQLITE_BUSY/LOCKED), a disk that fails (SQLITE_IOERR) and a read-only file from a
damaged one (SQLITE_CORRUPT/NOTADB); only the last may ever lead to moving the file
aside.  ``store_error`` turns any sqlite3 or OS error into a ``StoreError`` whose
Chinese message names the file and says what to do; the technical text goes to
``detail`` for the log.
"""
from __future__ import annotations

import errno
import shutil
import sqlite3
from enum import Enum
from pathlib import Path

from ..core.errors import LawgovError

# Below this much free space an I/O error is taken for a full disk: SQLite then cannot
# even create its -shm file, and says “disk I/O error” rather than “disk is full”.
NEARLY_FULL_BYTES = 1024 * 1024


class StoreProblem(str, Enum):
    LOCKED = "locked"
    FULL = "full"
    READ_ONLY = "read_only"
    IO = "io"
    CANNOT_OPEN = "cannot_open"
    DAMAGED = "damaged"
    NO_MEMORY = "no_memory"
    OTHER = "other"


class StoreError(LawgovError):
    """The batch database cannot be used; ``message`` says why in Chinese, naming the file."""

    def __init__(self, message: str, detail: str = "", problem: StoreProblem = StoreProblem.OTHER) -> None:
        super().__init__(message, detail)
        self.problem = problem


class DamagedDatabaseError(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found damage (raised by the store itself, classified as DAMAGED)."""


_BY_NAME = (
    ("SQLITE_BUSY", StoreProblem.LOCKED),
    ("SQLITE_LOCKED", StoreProblem.LOCKED),
    ("SQLITE_FULL", StoreProblem.FULL),
    ("SQLITE_READONLY", StoreProblem.READ_ONLY),
    ("SQLITE_PERM", StoreProblem.READ_ONLY),
    ("SQLITE_CANTOPEN", StoreProblem.CANNOT_OPEN),
    ("SQLITE_IOERR", StoreProblem.IO),
    ("SQLITE_CORRUPT", StoreProblem.DAMAGED),
    ("SQLITE_NOTADB", StoreProblem.DAMAGED),
    ("SQLITE_NOMEM", StoreProblem.NO_MEMORY),
)
# Python 3.10 has no sqlite_errorname: the messages SQLite gives for each code.
_BY_MESSAGE = (
    ("locked", StoreProblem.LOCKED),
    ("disk is full", StoreProblem.FULL),
    ("readonly", StoreProblem.READ_ONLY),
    ("read-only", StoreProblem.READ_ONLY),
    ("unable to open", StoreProblem.CANNOT_OPEN),
    ("disk i/o error", StoreProblem.IO),
    ("malformed", StoreProblem.DAMAGED),
    ("not a database", StoreProblem.DAMAGED),
    ("out of memory", StoreProblem.NO_MEMORY),
)
_BY_ERRNO = {
    errno.ENOSPC: StoreProblem.FULL,
    errno.EDQUOT: StoreProblem.FULL,
    errno.EROFS: StoreProblem.READ_ONLY,
    errno.EACCES: StoreProblem.READ_ONLY,
    errno.EPERM: StoreProblem.READ_ONLY,
    errno.EIO: StoreProblem.IO,
    errno.ENOENT: StoreProblem.CANNOT_OPEN,
    errno.ENOTDIR: StoreProblem.CANNOT_OPEN,
    errno.EEXIST: StoreProblem.CANNOT_OPEN,  # a file where the data folder should be
}


def classify(error: BaseException) -> StoreProblem:
    if isinstance(error, DamagedDatabaseError):
        return StoreProblem.DAMAGED
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        for prefix, problem in _BY_NAME:
            if name.startswith(prefix):
                return problem
        text = str(error).lower()
        for needle, problem in _BY_MESSAGE:
            if needle in text:
                return problem
        return StoreProblem.OTHER
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno or 0, StoreProblem.IO)
    if isinstance(error, MemoryError):
        return StoreProblem.NO_MEMORY
    return StoreProblem.OTHER


def disk_nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def store_error(error: BaseException, path: Path, action: str) -> StoreError:
    """A ``StoreError`` for ``error`` met while ``action`` (打开/保存修改/读取) the database at ``path``."""
    if isinstance(error, StoreError):
        return error
    problem = classify(error)
    if problem is StoreProblem.IO and disk_nearly_full(path):
        problem = StoreProblem.FULL
    return StoreError(problem_message(problem, path, action), f"{type(error).__name__}: {error}", problem)


def problem_message(problem: StoreProblem, path: Path, action: str) -> str:
    name, folder = path.name, path.parent
    messages = {
        StoreProblem.LOCKED: f"审核数据库《{name}》正被其他程序占用（可能另一个审阅窗口正开着它），暂时无法{action}。"
                             "请关闭其他窗口或程序后重试。",
        StoreProblem.FULL: f"磁盘空间已满，无法{action}（审核数据库《{name}》，位于《{folder}》）。请清理该磁盘后重试；"
                           "已保存的审核结果不受影响。",
        StoreProblem.READ_ONLY: f"审核数据库《{name}》或其所在文件夹《{folder}》不允许写入，无法{action}。"
                                "请检查文件的只读属性和文件夹的权限。",
        StoreProblem.IO: f"读写审核数据库《{name}》时出现磁盘错误，无法{action}（磁盘可能已满、已拔出或出了故障）。"
                         f"请检查《{folder}》所在的磁盘后重试；已保存的审核结果不受影响。",
        StoreProblem.CANNOT_OPEN: f"无法{action}审核数据库《{name}》：文件夹《{folder}》不存在或没有访问权限。",
        StoreProblem.DAMAGED: f"审核数据库《{name}》已损坏，无法{action}。",
        StoreProblem.NO_MEMORY: f"内存不足，无法{action}审核数据库《{name}》。请关闭其他程序后重试。",
        StoreProblem.OTHER: f"审核数据库《{name}》出错，无法{action}。详情已记入日志。",
    }
    return messages[problem]
