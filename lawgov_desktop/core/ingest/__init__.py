"""Read report files of every supported kind into a ``Document``.

``read_document`` is the one entry point.  It decides the reader by the file's
content where the extension lies (a .doc that is really a docx, a .pdf that is
the HTML page of a failed download), enforces size caps before anything is
parsed, and turns every failure into a ``ReportReadError`` whose Chinese
message names the file.  No other exception leaves it.
"""
from __future__ import annotations

import logging
import stat
from dataclasses import replace
from pathlib import Path

from ..errors import UNEXPECTED_PROBLEM, ReportReadError, os_error_reason
from ..types import Document
from . import sniff, txt, unsupported
from .caps import MAX_TEXT_CHARS, cut_warning
from .textcheck import looks_binary

log = logging.getLogger(__name__)

MB = 1024 * 1024
TOO_LARGE_FOR_MEMORY = "内容异常庞大，读取所需的内存超出上限，已跳过；请确认文件是否正常"
# Nothing larger is even opened.  A report with photos can reach tens of MB as
# PDF or docx; plain text and HTML of a report are well under 1 MB.
MAX_FILE_BYTES = 100 * MB
MAX_BYTES_BY_KIND = {sniff.TEXT: 20 * MB, sniff.HTML: 20 * MB, sniff.MHTML: 60 * MB, sniff.WORDML: 60 * MB}

SUPPORTED_SUFFIXES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".ofd", ".html", ".htm", ".mhtml", ".mht")

# (module, function) per kind: a reader is imported when a file of its kind comes, so reading
# a text file does not load lxml, pypdfium2 and the rest (a tenth of a second at start-up).
_READERS = {
    sniff.TEXT: ("txt", "read_txt"),
    sniff.PDF: ("pdf", "read_pdf"),
    sniff.DOCX: ("docx", "read_docx"),
    sniff.OFD: ("ofd", "read_ofd"),
    sniff.DOC: ("doc", "read_doc"),
    sniff.HTML: ("html", "read_html"),
    sniff.MHTML: ("html", "read_mhtml"),
    sniff.WORDML: ("wordml", "read_wordml"),
}


def _reader(kind: str):
    from importlib import import_module

    module, function = _READERS[kind]
    return getattr(import_module(f"{__name__}.{module}"), function)
# The kind each suffix promises; reading another kind adds a warning.
_SUFFIX_KIND = {
    ".txt": sniff.TEXT, ".docx": sniff.DOCX, ".doc": sniff.DOC, ".wps": sniff.DOC, ".pdf": sniff.PDF,
    ".ofd": sniff.OFD, ".html": sniff.HTML, ".htm": sniff.HTML, ".mhtml": sniff.MHTML, ".mht": sniff.MHTML,
}
_KIND_NAMES = {
    sniff.TEXT: "纯文本", sniff.PDF: "PDF", sniff.DOCX: "Word（.docx）", sniff.OFD: "OFD",
    sniff.DOC: "旧版 Word（.doc）", sniff.HTML: "网页", sniff.MHTML: "网页（.mht）", sniff.WORDML: "Word XML 文档",
}
# Pairs that are the same thing to a reviewer: no warning when one is named as the other.
_SAME_FAMILY = ({sniff.HTML, sniff.MHTML}, {sniff.DOC, sniff.WORDML})
_HEAD_BYTES = 64 * 1024
# A page saved in place of a document (a failed download) has next to no text.
_MIN_SUBSTITUTE_CHARS = 100


def read_document(path: str | Path) -> Document:
    """Read one report file; raises only ``ReportReadError``."""
    path = Path(path)
    try:
        return _capped(path, _read(path))
    except ReportReadError:
        raise
    except MemoryError as exc:  # the guard's memory budget: an amplifying file, not a bug
        log.warning("reading %s ran out of its memory budget", path)
        raise ReportReadError(path, TOO_LARGE_FOR_MEMORY, "MemoryError") from exc
    except Exception as exc:  # noqa: BLE001 - the contract is "only ReportReadError" (RecursionError too)
        log.exception("reader failed on %s", path)
        raise ReportReadError(path, UNEXPECTED_PROBLEM, repr(exc)) from exc


def _read(path: Path) -> Document:
    suffix = path.suffix.lower()
    try:
        info = path.stat()
    except OSError as exc:
        raise ReportReadError(path, f"无法打开（{os_error_reason(exc)}）", repr(exc)) from exc
    # A named pipe blocks the open until someone writes; a device never ends.  Only
    # regular files are opened (a link to one is fine: stat follows it).
    if not stat.S_ISREG(info.st_mode):
        kind = "文件夹" if stat.S_ISDIR(info.st_mode) else "管道或设备文件"
        raise ReportReadError(path, f"不是普通文件（是{kind}），已跳过", stat.filemode(info.st_mode))
    try:
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
            if size == 0 or not head:
                raise ReportReadError(path, "是空文件，没有内容可读")
            if size > MAX_FILE_BYTES:
                raise ReportReadError(path, f"超过 {MAX_FILE_BYTES // MB} MB，不像是一份报告，已跳过")
            # Containers are told apart by their member names, which needs the
            # whole file; everything else is known from its first bytes, so an
            # oversized text file is refused before it is read.
            kind = None if sniff.is_container(head) else sniff.sniff(head, suffix)
            cap = MAX_BYTES_BY_KIND.get(kind, MAX_FILE_BYTES)
            if size > cap:
                raise ReportReadError(path, f"超过 {cap // MB} MB，不像是一份报告，已跳过", f"sniffed as {kind}")
            data = head + handle.read() if size > len(head) else head
    except OSError as exc:
        raise ReportReadError(path, f"无法打开（{os_error_reason(exc)}）", repr(exc)) from exc
    if kind is None:
        kind = sniff.sniff(head, suffix, data)

    message = unsupported.message_for(kind, suffix)
    if message:
        raise ReportReadError(path, message, f"sniffed as {kind}")
    if kind == sniff.BROKEN_ZIP:
        what = unsupported.FORMAT_NAMES.get(suffix, "Word 文档")
        raise ReportReadError(path, f"已损坏或不完整，无法按 {what}打开，请重新获取原文件")
    if kind == sniff.OLE_OTHER:
        from .doc import OLD_FORMAT

        problem = OLD_FORMAT if suffix in (".doc", ".wps") else unsupported.UNKNOWN
        raise ReportReadError(path, problem, "OLE file without a WordDocument stream")
    if kind == sniff.TEXT and suffix not in (".txt", ".text", ""):
        return _read_text_in_disguise(path, data, suffix)

    document = _reader(kind)(path, data)
    return _with_suffix_warning(path, document, kind, suffix)


def _capped(path: Path, document: Document) -> Document:
    """The document cut at ``caps.MAX_TEXT_CHARS`` (at a line end), with a warning: whatever the
    format, the extraction after the reader then costs at most so much."""
    if len(document.text) <= MAX_TEXT_CHARS:
        return document
    end = document.text.rfind("\n", 0, MAX_TEXT_CHARS) + 1 or MAX_TEXT_CHARS
    warning = cut_warning(path, "的文字超过读取上限", end)
    return replace(document, text=document.text[:end], page_starts=tuple(p for p in document.page_starts if p < end),
                   warnings=(*document.warnings, warning))


def _read_text_in_disguise(path: Path, data: bytes, suffix: str) -> Document:
    """A file whose content is not its suffix's format: readable text, or damaged."""
    try:
        text, _ = txt.decode_text(data)
    except ValueError:
        text = None
    if text is None or looks_binary(text):
        what = unsupported.FORMAT_NAMES.get(suffix)
        if what:
            raise ReportReadError(path, f"已损坏或不是真正的 {what}，无法打开，请重新获取原文件", "content sniffed as junk")
        raise ReportReadError(path, unsupported.UNKNOWN, "content sniffed as junk")
    document = txt.read_txt(path, data)
    return _with_suffix_warning(path, document, sniff.TEXT, suffix)


def _with_suffix_warning(path: Path, document: Document, kind: str, suffix: str) -> Document:
    promised = _SUFFIX_KIND.get(suffix)
    if promised is None or promised == kind or {promised, kind} in _SAME_FAMILY:
        return document
    if kind in (sniff.HTML, sniff.MHTML, sniff.TEXT):
        visible = sum(1 for c in document.text if not c.isspace())
        if visible < _MIN_SUBSTITUTE_CHARS:
            raise ReportReadError(
                path,
                f"扩展名是 {suffix}，内容却是{_KIND_NAMES[kind]}，而且几乎没有正文，可能下载不完整，请重新下载原文件",
                f"{visible} visible characters",
            )
    warning = f"《{path.name}》的扩展名是 {suffix}，内容实际是{_KIND_NAMES[kind]}，已按实际格式读取"
    return replace(document, warnings=(*document.warnings, warning))
