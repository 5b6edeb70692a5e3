"""Errors that carry the Chinese message a reviewer is shown, and the words for OS errors.

Readers and loaders raise these; the CLI and the window show ``message`` as it is
and log the technical ``detail``.  Anything else that escapes a reader is wrapped
into a ``ReportReadError`` by the pipeline, so no traceback reaches a reviewer.

File names are shown through ``display_name``: a name that is not valid in the
file system's encoding (a zip from Windows unpacked on UOS/Kylin) arrives as a
``str`` with surrogate escapes, which no encoder accepts; those bytes are shown as
U+FFFD, the replacement character, so printing, JSON and the workbook never fail.
OS errors are described by ``os_error_reason`` in Chinese, never by the English
``strerror`` (“Is a directory”).
"""
from __future__ import annotations

import errno
import re
from pathlib import Path

# Lone surrogates (U+D800–U+DFFF) cannot be encoded as UTF-8; Python uses
# U+DC80–U+DCFF for undecodable bytes of a file name (PEP 383).
_SURROGATE = re.compile("[\ud800-\udfff]")

# A reader or the extraction failed in an unexpected way (a bug, not a bad file).  Every
# such message starts with UNEXPECTED_MARK; the robustness tests treat one as a failure.
UNEXPECTED_MARK = "读取时出错"
UNEXPECTED_PROBLEM = f"{UNEXPECTED_MARK}，文件可能已损坏，已跳过；请重新获取原文件"


def printable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD: safe to encode as UTF-8 or GBK."""
    # A search first: nearly every text has none, and replacing costs a copy of it.
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def display_name(path: str | Path) -> str:
    """The file's name as a reviewer sees it (undecodable bytes as U+FFFD)."""
    return printable(Path(path).name or str(path))


# errno → what happened, in the reviewer's words.
_ERRNO_REASONS = {
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有访问权限",
    errno.EPERM: "没有操作权限",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘或分区是只读的",
    errno.EIO: "磁盘读写出错",
    errno.EBUSY: "文件正被占用",
    errno.EEXIST: "同名文件已存在",
    errno.ENAMETOOLONG: "文件名或路径过长",
    errno.EMFILE: "同时打开的文件过多",
    errno.ENFILE: "同时打开的文件过多",
    errno.EINVAL: "文件名或参数无效",
    errno.EXDEV: "不能跨磁盘移动",
    errno.ELOOP: "符号链接循环",
    errno.ENXIO: "设备不存在",
    errno.ENODEV: "设备不存在",
    errno.ETXTBSY: "文件正被占用",
    errno.EFBIG: "文件过大",
    errno.ENOMEM: "内存不足",
    errno.EAGAIN: "资源暂时不可用",
}
for _name, _reason in (("EDQUOT", "超出磁盘配额"), ("ESTALE", "网络共享文件已失效"),
                       ("ETIMEDOUT", "网络共享超时"), ("EHOSTDOWN", "网络共享不可用"),
                       ("ENOTCONN", "网络共享未连接")):
    if hasattr(errno, _name):
        _ERRNO_REASONS[getattr(errno, _name)] = _reason
# Windows error codes that Python does not map onto errno well.
_WINERROR_REASONS = {
    2: "文件不存在", 3: "文件夹不存在", 5: "没有访问权限", 19: "磁盘写保护",
    32: "文件正被其他程序使用", 33: "文件的一部分被其他程序锁定", 39: "磁盘空间不足", 112: "磁盘空间不足",
    123: "文件名、文件夹名或卷标语法不正确", 206: "文件名或路径过长", 1224: "文件正被其他程序映射打开",
}
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
DISK_FULL_WINERRORS = frozenset({39, 112})


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in DISK_FULL_ERRNOS or getattr(exc, "winerror", None) in DISK_FULL_WINERRORS


def os_error_reason(exc: BaseException) -> str:
    """What an OS error means, in Chinese (never the English ``strerror``)."""
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if winerror in _WINERROR_REASONS:
            return _WINERROR_REASONS[winerror]
        if exc.errno in _ERRNO_REASONS:
            return _ERRNO_REASONS[exc.errno]
        if exc.errno is not None:
            return f"系统错误（错误码 {exc.errno}）"
        if winerror is not None:
            return f"系统错误（错误码 {winerror}）"
    if isinstance(exc, UnicodeError):
        return "文件名含有无法识别的字符"
    if isinstance(exc, MemoryError):
        return "内存不足"
    return "系统错误"


class LawgovError(Exception):
    """Base class: ``message`` is Chinese and complete, ``detail`` is for the log."""

    def __init__(self, message: str, detail: str = "") -> None:
        message = printable(message)
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ReportReadError(LawgovError):
    """A report file could not be read; the message names the file."""

    def __init__(self, path: str | Path, problem: str, detail: str = "") -> None:
        self.path = str(path)
        super().__init__(f"《{display_name(path)}》{problem}", detail)


class CatalogError(LawgovError):
    """An indicator catalog or rule file is broken; the message names file and line."""

