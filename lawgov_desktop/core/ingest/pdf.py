"""PDF reports: the text layer, read with pypdfium2 (Google's PDFium).

Why pdfium — measured with ``benchmarks/pdf_libraries.py`` on the invented
青禾县 report laid out as 14 pages (9,100 characters), on this project's 2-core
machine, median of 7 runs; three sessions gave the ranges shown (the machine
was shared with other work).  Quality is the share of the source's characters
found in order.

==========  =====================  =====================  ==================  ===========
library     STSong-Light, not      TrueType subset        no ToUnicode map    cut at 80 %
            embedded (22 KB)       embedded (66 KB)       (implausible share)
==========  =====================  =====================  ==================  ===========
pypdfium2   53–139 ms, 1.000       14–38 ms, 1.000        0.92 mapped junk    raises
pypdf       243–502 ms, 1.000      366–729 ms, 1.000      0.92 mapped junk    raises
pdfplumber  1.4–2.3 s, 1.000       1.7–2.0 s, 1.000       1.00 ``(cid:N)``    raises
==========  =====================  =====================  ==================  ===========

All three read the text equally well; pdfium is 4–27× faster than pypdf and
17–120× faster than pdfplumber, and it gives each character's box, which the
line joining uses (a line reaching the right margin continues; an indented one
opens a paragraph).  Its native library is not thread-safe, so calls are
serialised by a lock.

A layer without a ToUnicode map comes out as characters of unrelated scripts;
``textcheck.looks_garbled`` catches it and the reviewer is asked for a Word
version instead of being shown junk.  A PDF without any text is a scan.
"""
from __future__ import annotations

import threading
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document
from .properties import header_from_properties
from .layout import Line, is_wide, paged_document

NO_TEXT = "没有可提取的文字，可能是扫描件，请提供文字版或 Word 版"
GARBLED = "的文字层无法识别，请提供 Word 版或复制正文粘贴"
MAX_PAGES = 3000
_MIN_COLUMN_GAP = 0.5  # em; a narrower gap between hanzi is letter spacing, not a column break

_PDFIUM_LOCK = threading.Lock()


def _page_lines(data: bytes, path: Path) -> tuple[list[list[Line]], dict[str, str]]:
    """Lines of every page, and header fields from the Info dictionary."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise ReportReadError(path, "设置了打开密码，请提供未加密的文件", repr(exc)) from exc
            raise ReportReadError(path, "已损坏或不完整，无法按 PDF 打开，请重新获取原文件", repr(exc)) from exc
        try:
            count = len(pdf)
            if count > MAX_PAGES:
                raise ReportReadError(path, f"有 {count} 页，不像是一份报告，已跳过")
            try:
                info = pdf.get_metadata_dict()
            except pdfium.PdfiumError:
                info = {}
            header = header_from_properties(info.get("Title"), info.get("CreationDate"))
            pages = []
            for index in range(count):
                page = pdf[index]
                textpage = page.get_textpage()
                try:
                    pages.append(_lines_with_geometry(textpage))
                finally:
                    textpage.close()
                    page.close()
            return pages, header
        except pdfium.PdfiumError as exc:
            raise ReportReadError(path, "已损坏或不完整，无法按 PDF 打开，请重新获取原文件", repr(exc)) from exc
        finally:
            pdf.close()


def _lines_with_geometry(textpage) -> list[Line]:
    """The page's lines, each with the x of its first and last printed character.

    pdfium's text output has one entry per character index (its own line breaks
    included), so a line's characters can be looked up in the char boxes.  If
    the counts ever disagree the lines are returned without geometry.
    """
    raw = textpage.get_text_range()
    aligned = len(raw) == textpage.count_chars()
    lines = []
    position = 0
    for segment in raw.split("\r\n"):
        start, end = position, position + len(segment)
        position = end + 2
        if not segment.strip():
            continue
        if not aligned:
            lines.append(Line(_clean_chars(segment)))
            continue
        text = _clean_chars(_drop_spacing_gaps(textpage, raw, start, end))
        first = start + (len(segment) - len(segment.lstrip()))
        last = start + len(segment.rstrip()) - 1
        lines.append(Line(text, textpage.get_charbox(first)[0], textpage.get_charbox(last)[2]))
    return lines


def _drop_spacing_gaps(textpage, raw: str, start: int, end: int) -> str:
    """The line without the spaces pdfium puts into letter-spaced CJK text.

    Justified lines stretch the space between hanzi, and Word/WPS put a quarter
    em between hanzi and digits; pdfium turns both into spaces (“出 庭 应 诉
    率”, “2023 年”) that would hide cue words.  A space next to a wide character
    is kept only where the gap is at least half an em — a table's column gap.
    Spaces between Latin words are always kept.
    """
    out = []
    for index in range(start, end):
        char = raw[index]
        if char == " " and start < index < end - 1:
            before, after = raw[index - 1], raw[index + 1]
            if before != " " and after != " " and (is_wide(before) or is_wide(after)):
                left_box = textpage.get_charbox(index - 1, loose=True)
                right_box = textpage.get_charbox(index + 1, loose=True)
                em = max(left_box[3] - left_box[1], right_box[3] - right_box[1])
                if right_box[0] - left_box[2] < _MIN_COLUMN_GAP * em:
                    continue
        out.append(char)
    return "".join(out)


def _clean_chars(text: str) -> str:
    # pdfium marks hyphenation with \x02, may emit NULs for glyphs without a
    # code, and ends lines with \r\n (a lone \r is a break inside a line).
    return text.replace("\x02", "").replace("\x00", "").replace("\ufffe", "").replace("\r", " ").replace("\n", " ")


def read_pdf(path: Path, data: bytes) -> Document:
    pages, header = _page_lines(data, path)
    return paged_document(path, pages, "pdf", header, min_chars=20, min_per_page=5, no_text=NO_TEXT,
                          garbled=GARBLED, garbled_detail="text layer without a usable ToUnicode map")
