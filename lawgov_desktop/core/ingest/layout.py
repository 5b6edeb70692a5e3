"""Turn the per-page lines of a fixed-layout document (PDF, OFD) into running text.

A text layer gives one line per printed line.  Three things are undone here,
each only where it is safe:

* page-number lines (“- 3 -”, “第 3 页”, “3/12”) at the top or bottom of a page;
* running headers/footers: the same line (digits ignored) at the top or bottom
  of most pages of a document with at least three pages;
* lines broken by the page width: a line as wide as the page's full lines that
  does not end a sentence is joined to the next one, unless the next line opens
  a heading (“二、”, “（三）”, “第四章”).

``join_pages`` returns the text and where each page starts in it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"[-—–－~]\s*\d{1,4}\s*[-—–－~]"  # - 3 -
    r"|第\s*\d{1,4}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,4}\s*页)?"  # 第 3 页 / 第3页 共12页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/12
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"  # Page 3 of 12
    r"|\d{1,4}"  # a bare number at the edge of a page
    r")$",
    re.IGNORECASE,
)
# Characters after which a line is complete.
_SENTENCE_END = set("。！？；：!?;:…”’」』）)】》")
# A line opening with these starts a new paragraph even after a full-width line.
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百\d]+[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分]"
    r"|\d{1,2}[、．.](?!\d)"
    r"|[①②③④⑤⑥⑦⑧⑨⑩●◆■□★•·])"
)
_EDGE_LINES = 2  # lines at the top and bottom of a page where a page number may sit
_RUNNING_EDGE = 1  # lines at the top and bottom of a page where a running header may sit
_FULL_LINE = 0.8  # a line at least this share of the widest lines is "full" (first lines are indented)


def _width(line: str) -> float:
    """Printed width in em: CJK and full-width characters are twice as wide as ASCII."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in line)


def _normalized(line: str) -> str:
    return re.sub(r"\d+", "#", "".join(line.split()))


def _drop_page_numbers(lines: list[str]) -> list[str]:
    keep = list(lines)
    for index in (*range(min(_EDGE_LINES, len(keep))), *range(max(len(keep) - _EDGE_LINES, 0), len(keep))):
        if _PAGE_NUMBER.match(keep[index].strip()):
            keep[index] = ""
    return [line for line in keep if line.strip()]


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Normalized edge lines that repeat on most pages (a running header or footer)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_normalized(line) for line in lines[:_RUNNING_EDGE] + lines[-_RUNNING_EDGE:]}
        counts.update(key for key in edge if key)
    needed = max(3, int(len(pages) * 0.6 + 0.5))
    return {key for key, count in counts.items() if count >= needed}


def _drop_running(lines: list[str], running: set[str]) -> list[str]:
    if not running:
        return lines
    out = list(lines)
    edge = (*range(min(_RUNNING_EDGE, len(out))), *range(max(len(out) - _RUNNING_EDGE, 0), len(out)))
    for index in edge:
        if _normalized(out[index]) in running:
            out[index] = ""
    return [line for line in out if line.strip()]


def _joins(previous: str, following: str, full_width: float) -> bool:
    """Whether ``previous`` was broken by the page width and continues in ``following``."""
    tail = previous.rstrip()
    head = following.lstrip()
    if not tail or not head or tail[-1] in _SENTENCE_END:
        return False
    if _HEADING_START.match(head) or _width(tail) < _FULL_LINE * full_width:
        return False
    return True


def _glue(previous: str, following: str) -> str:
    """Join without a space between CJK text, with one between Latin words."""
    tail, head = previous.rstrip(), following.strip()
    if tail[-1].isascii() and tail[-1].isalnum() and head[0].isascii() and head[0].isalnum():
        return tail + " " + head
    return tail + head


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[int, ...]]:
    """Running text of all pages and the offset where each page starts."""
    cleaned = [_drop_page_numbers([line.rstrip() for line in lines]) for lines in pages]
    running = _running_lines(cleaned)
    # The first page keeps its copy: on a 公文 it is the issuer's red head.
    cleaned = cleaned[:1] + [_drop_running(lines, running) for lines in cleaned[1:]]
    widths = sorted(_width(line.strip()) for lines in cleaned for line in lines if line.strip())
    # The widest lines are the full ones; take a high percentile so one long
    # table row or URL does not set the measure.
    full_width = widths[int(len(widths) * 0.9)] if widths else 0.0

    text_parts: list[str] = []
    page_starts: list[int] = []
    written = 0  # length of text_parts so far
    pending = ""  # the last line seen, not yet written: it may join the next
    for lines in cleaned:
        start: int | None = None
        for line in lines:
            stripped = line.strip()
            if pending and _joins(pending, stripped, full_width):
                pending = _glue(pending, stripped)
                offset = written + len(pending) - len(stripped)
            else:
                if pending:
                    text_parts.append(pending + "\n")
                    written += len(pending) + 1
                pending = stripped
                offset = written
            if start is None:
                start = offset
        if start is None:  # a page without text starts where the next text will
            start = written + (len(pending) + 1 if pending else 0)
        page_starts.append(start)
    if pending:
        text_parts.append(pending + "\n")
    text = "".join(text_parts)
    return text, tuple(min(start, len(text)) for start in page_starts)
