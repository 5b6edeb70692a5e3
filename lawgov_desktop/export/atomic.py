"""Write an output file so that the target is either the old file or the complete new one.

Every file the program writes (the workbook, CSV, JSON, JSON Lines) goes through
``atomic_write``.  Before anything is written the target is checked:

- a folder, or a folder that does not exist: refused with a message;
- a read-only file: kept (a 444 workbook is someone's final version);
- an office lock file beside it (``~$name.xlsx`` from Excel/WPS,
  ``.~lock.name.xlsx#`` from LibreOffice): the file is open in another program,
  so it is kept unless the caller passes ``force=True`` (the CLI's ``--force``,
  the window after asking) — a crash can leave a lock file behind.

The content then goes to a temporary file in the target's own folder (same volume,
so ``os.replace`` is an atomic rename), which replaces the target.  On Windows the
rename fails while Excel or WPS has the target open; that is retried briefly because
virus scanners and preview panes hold files for a moment too.  Every OS error
becomes an ``ExportError`` whose Chinese message names the file and the reason.
"""
from __future__ import annotations

import logging
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..core.errors import display_name, is_disk_full, os_error_reason, printable
from .errors import UNCHANGED, DiskFullError, ExportError, TargetInUseError, TargetLockedError, TargetReadOnlyError

log = logging.getLogger(__name__)

REPLACE_ATTEMPTS = 4
REPLACE_DELAY_SECONDS = 0.25

# Windows reports a sharing violation as winerror 32 (ERROR_SHARING_VIOLATION) or 5 (access denied).
_WINDOWS_LOCKED = {5, 32, 33}


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# mkstemp creates files readable by the owner only; the summary is meant to be shared,
# so the new file gets the old file's mode, or what the user's umask gives a new file.
_NEW_FILE_MODE = 0o666 & ~_current_umask()


def office_lock_files(target: str | Path) -> list[Path]:
    """Lock files an office program keeps beside ``target`` while it has it open."""
    target = Path(target)
    name = target.name
    candidates = (
        target.with_name(f"~${name}"),  # Excel, WPS (Windows and Linux)
        target.with_name(f".~lock.{name}#"),  # LibreOffice
    )
    return [candidate for candidate in candidates if os.path.lexists(candidate)]


def check_target(target: str | Path, *, force: bool = False) -> None:
    """Raise the ``ExportError`` that writing ``target`` would end in, before anything is written."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"《{display_name(target)}》是一个文件夹，不能作为输出文件；请在它后面加上文件名")
    if not folder.is_dir():
        raise ExportError(f"保存《{display_name(target)}》的文件夹不存在：{printable(str(folder.absolute()))}")
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _translate(exc, target) from exc
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(f"《{display_name(target)}》不是普通文件（可能是设备或管道），不能作为输出文件")
        # The write bits, not os.access: an administrator may write anything, yet a
        # file somebody made read-only is still not to be replaced.
        if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
            raise TargetReadOnlyError(target, f"mode {stat.filemode(info.st_mode)}")
    if not force:
        locks = office_lock_files(target)
        if locks:
            raise TargetInUseError(target, locks[0])


def _is_locked(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in _WINDOWS_LOCKED


def _translate(exc: OSError, target: Path) -> ExportError:
    if is_disk_full(exc):
        return DiskFullError(target, repr(exc))
    return ExportError(f"《{display_name(target)}》未能保存（{os_error_reason(exc)}），{UNCHANGED}", repr(exc))


def atomic_write(target: str | Path, write: Callable[[Path], None], *, force: bool = False) -> Path:
    """Call ``write(temp_path)`` and move the result onto ``target``.

    ``force`` writes even when an office lock file says the target is open.
    Raises ``ExportError`` (or its subclasses) with the Chinese message; the target
    is then unchanged and no temporary file is left behind — also when ``write``
    raises anything else, or the user presses Ctrl-C.
    """
    target = Path(target)
    check_target(target, force=force)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(target, repr(exc)) from exc
        raise ExportError(
            f"无法在文件夹《{printable(str(folder.absolute()))}》中保存《{display_name(target)}》（{os_error_reason(exc)}）",
            repr(exc),
        ) from exc
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
            if not _is_locked(exc):
                raise _translate(exc, target) from exc
            if attempt == REPLACE_ATTEMPTS:
                raise TargetLockedError(target, repr(exc)) from exc
            log.info("target %s locked (attempt %d): %s", target, attempt, exc)
            time.sleep(REPLACE_DELAY_SECONDS)
