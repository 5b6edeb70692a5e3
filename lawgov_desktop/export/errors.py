"""Errors of writing an output file, each carrying the Chinese message the reviewer is shown.

Whatever goes wrong, the old file at the target is untouched and no temporary file
is left; every message says so, names the file and says why in Chinese.
"""
from __future__ import annotations

from pathlib import Path

from ..core.errors import LawgovError, display_name

UNCHANGED = "原文件未改动"


class ExportError(LawgovError):
    """The output could not be written; the old file at the target is untouched."""


class TargetLockedError(ExportError):
    """Another program (Excel, WPS) holds the target file open: the replace itself failed."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        super().__init__(f"《{display_name(target)}》正被其他程序打开，请关闭后重试（{UNCHANGED}）", detail)


class TargetInUseError(ExportError):
    """An office lock file sits beside the target: it is open in Excel, WPS or LibreOffice.

    The lock file may also be left over from a crash of that program, so the message
    names it; ``lock_file`` lets the window offer to write anyway and the CLI to
    point at ``--force``.
    """

    def __init__(self, target: str | Path, lock_file: str | Path) -> None:
        self.target = Path(target)
        self.lock_file = Path(lock_file)
        super().__init__(
            f"《{display_name(target)}》正被其他程序打开（旁边有锁定文件《{display_name(lock_file)}》；"
            f"若已没有程序打开它，可能是程序异常退出时留下的），未覆盖，{UNCHANGED}",
            str(lock_file),
        )


class TargetReadOnlyError(ExportError):
    """The target is a read-only file: kept as it is, never replaced behind the owner's back."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        super().__init__(
            f"《{display_name(target)}》是只读文件，未覆盖（{UNCHANGED}）；请另选文件名，或先取消它的只读属性", detail
        )


class DiskFullError(ExportError):
    """The disk ran full while the temporary file was written."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        super().__init__(
            f"磁盘空间不足，《{display_name(target)}》未能保存（{UNCHANGED}），请清理磁盘后重试", detail
        )
