"""Open zip-based documents (docx, OFD) only after checking they cannot blow up.

A docx or OFD is a zip of XML.  Before any library inflates it, the central
directory is checked: number of members, total declared uncompressed size, and
the compression ratio of every large member (a zip bomb packs gigabytes of zeros
into kilobytes).  Reading a member is capped too, because the declared size in a
hostile archive may lie; zipfile stops at the declared size and checks the CRC.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from ..errors import ReportReadError

MAX_MEMBERS = 5000
MAX_TOTAL_UNCOMPRESSED = 300 * 1024 * 1024
MAX_MEMBER_UNCOMPRESSED = 100 * 1024 * 1024
# Plain XML compresses 5–20×; 100× or more on a member above 1 MB is a bomb.
MAX_RATIO = 100
RATIO_APPLIES_ABOVE = 1024 * 1024
# What zipfile raises on a damaged archive or member (bad CRC, cut deflate stream …).
_DAMAGED = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError)


def open_checked(path, data: bytes, what: str) -> zipfile.ZipFile:
    """A ZipFile over ``data`` that passed the size checks, or a ReportReadError.

    ``what`` names the format in the reviewer's message (“Word 文档”, “OFD 文件”).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _DAMAGED as exc:
        raise ReportReadError(path, f"已损坏或不完整，无法按 {what}打开，请重新获取原文件", repr(exc)) from exc
    if len(infos) > MAX_MEMBERS:
        raise ReportReadError(path, f"内部文件过多（{len(infos)} 个），不像正常的 {what}，已跳过")
    total = 0
    for info in infos:
        total += info.file_size
        too_dense = info.file_size > RATIO_APPLIES_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_UNCOMPRESSED or too_dense:
            raise ReportReadError(
                path,
                f"解压后体积异常（可能是压缩炸弹），不像正常的 {what}，已跳过",
                f"{info.filename}: {info.compress_size} -> {info.file_size}",
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ReportReadError(path, f"解压后超过 {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB，不像正常的 {what}，已跳过")
    return archive


def read_member(path, archive: zipfile.ZipFile, name: str, what: str) -> bytes:
    """Bytes of one member; a missing or corrupt member is the reviewer's “已损坏”."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MEMBER_UNCOMPRESSED + 1)
    except KeyError as exc:
        raise ReportReadError(path, f"不是完整的 {what}（缺少 {name}），请重新获取原文件", repr(exc)) from exc
    except _DAMAGED as exc:
        raise ReportReadError(path, f"已损坏或不完整，无法按 {what}打开，请重新获取原文件", repr(exc)) from exc
    if len(data) > MAX_MEMBER_UNCOMPRESSED:
        raise ReportReadError(path, f"解压后体积异常（可能是压缩炸弹），不像正常的 {what}，已跳过", name)
    return data
