"""Errors of the export, each carrying the Chinese message the reviewer is shown."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import LawgovError


class ExportError(LawgovError):
    """The summary could not be written; the old file at the target is untouched."""


class TargetLockedError(ExportError):
    """Another program (Excel, WPS) holds the target file open."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        super().__init__(f"《{Path(target).name}》正被其他程序打开，请关闭后重试", detail)


class DiskFullError(ExportError):
    """The disk ran full while the temporary file was written."""

    def __init__(self, target: str | Path, detail: str = "") -> None:
        super().__init__(
            f"磁盘空间不足，《{Path(target).name}》未能保存（原文件未改动），请清理磁盘后重试", detail
        )
