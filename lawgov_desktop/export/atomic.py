"""Write a file so that the target is either the old file or the complete new one.

The content goes to a temporary file in the target's own folder (same volume, so
``os.replace`` is an atomic rename), which then replaces the target.  On Windows the
rename fails while Excel or WPS has the target open; that is retried briefly because
virus scanners and preview panes hold files for a moment too.
"""
from __future__ import annotations

import errno
import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .errors import DiskFullError, ExportError, TargetLockedError

log = logging.getLogger(__name__)

REPLACE_ATTEMPTS = 4
REPLACE_DELAY_SECONDS = 0.25

# errno values that mean "no space left" on the platforms we ship to.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
# Windows reports a sharing violation as winerror 32 (ERROR_SHARING_VIOLATION) or 5 (access denied).
_WINDOWS_LOCKED = {5, 32, 33}
_WINDOWS_DISK_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates files readable by the owner only; the summary is meant to be shared,
# so the new file gets the old file's mode, or what the user's umask gives a new file.
_NEW_FILE_MODE = 0o666 & ~_current_umask()


def _is_disk_full(exc: OSError) -> bool:
    return exc.errno in _DISK_FULL or getattr(exc, "winerror", None) in _WINDOWS_DISK_FULL


def _is_locked(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in _WINDOWS_LOCKED


def _translate(exc: OSError, target: Path) -> ExportError:
    if _is_disk_full(exc):
        return DiskFullError(target, repr(exc))
    if _is_locked(exc):
        return TargetLockedError(target, repr(exc))
    reason = exc.strerror or type(exc).__name__
    return ExportError(f"《{target.name}》未能保存（{reason}），原文件未改动", repr(exc))


def atomic_write(target: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` and move the result onto ``target``.

    Raises ``ExportError`` (or its subclasses) with the Chinese message; the target
    is then unchanged and no temporary file is left behind.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"保存《{target.name}》的文件夹不存在：{folder}")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        if _is_disk_full(exc):
            raise DiskFullError(target, repr(exc)) from exc
        raise ExportError(f"无法在文件夹 {folder} 中保存《{target.name}》：没有写入权限", repr(exc)) from exc
    os.close(handle)
    temp_path = Path(temp_name)
    try:
        try:
            write(temp_path)
        except OSError as exc:
            raise _translate(exc, target) from exc
        _copy_mode(target, temp_path)
        _replace_with_retry(temp_path, target)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return target


def _copy_mode(target: Path, temp_path: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else _NEW_FILE_MODE
        os.chmod(temp_path, mode)
    except OSError:  # a file system without modes (FAT, some shares): keep what we have
        log.debug("cannot set the mode of %s", temp_path, exc_info=True)


def _replace_with_retry(source: Path, target: Path) -> None:
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if not _is_locked(exc) or attempt == REPLACE_ATTEMPTS:
                raise _translate(exc, target) from exc
            log.info("target %s locked (attempt %d): %s", target, attempt, exc)
            time.sleep(REPLACE_DELAY_SECONDS)
