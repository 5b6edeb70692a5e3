"""Turn the per-page lines of a fixed-layout document (PDF, OFD) into running text.

A text layer gives one line per printed line.  Three things are undone here,
each only where it is safe:

* page-number lines (“- 3 -”, “第 3 页”, “3/12”) at the top or bottom of a page;
* running headers/footers: the same line (digits ignored) first or last on
  most pages of a document with at least three pages — the first page keeps
  its copy, which on a 公文 is the issuer's red head;
* lines broken by the page width.  With geometry (where each line starts and
  ends on the page) a line joins the next when it reaches the right margin and
  the next starts at the left margin (an indented or centred line opens a
  paragraph or is a title).  Without geometry a line joins when it is about as
  wide as the page's full lines.  Either way a line ending a sentence, or a next
  line opening a heading (“二、”, “（三）”), is never joined.

``join_pages`` returns the text and where each page starts in it.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..page_numbers import PAGE_NUMBER as _PAGE_NUMBER
from ..text_width import WIDE_CLASS, printed_width

# A bare number is a page number only as the very first or last line.
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_SENTENCE_END = set("。！？；：!?;:…”’」』）)】》")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十百\d]+[）)]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分]"
    r"|\d{1,2}[、．.](?!\d)"
    r"|[①②③④⑤⑥⑦⑧⑨⑩●◆■□★•·])"
)
_EDGE_LINES = 2  # lines at the top and bottom of a page where a page number may sit
_RUNNING_EDGE = 1  # lines at the top and bottom of a page where a running header may sit
_FULL_LINE = 0.8  # without geometry: a line this share of the widest lines is "full" (first lines are indented)
_MIN_FULL_WIDTH = 15.0  # em; narrower "pages" (lists, tables of short cells) are never joined
_MARGIN_TOLERANCE = 1.5  # characters of slack when comparing a line's ends with the margins


@dataclass(frozen=True)
class Line:
    """One printed line; ``left``/``right`` are its ends on the page, in any unit, if known."""

    text: str
    left: float | None = None
    right: float | None = None

    @property
    def has_geometry(self) -> bool:
        return self.left is not None and self.right is not None and self.right > self.left


_WIDE = re.compile(WIDE_CLASS)
# A space beside a hanzi survives the readers only where the page shows a real
# gap: the line is a table row or a spaced-out heading, never running prose.
_COLUMN_GAP = re.compile(f"{WIDE_CLASS} | {WIDE_CLASS}")


def is_wide(char: str) -> bool:
    """Whether a character is East Asian wide (a hanzi, full-width punctuation …)."""
    return bool(_WIDE.match(char))


def _normalized(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()))


def _edge_indexes(count: int, depth: int) -> set[int]:
    return set(range(min(depth, count))) | set(range(max(count - depth, 0), count))


def _drop_page_numbers(lines: list[Line]) -> list[Line]:
    edge = _edge_indexes(len(lines), _EDGE_LINES)
    outermost = _edge_indexes(len(lines), 1)

    def is_page_number(index: int, text: str) -> bool:
        return (index in edge and bool(_PAGE_NUMBER.match(text))) or (
            index in outermost and bool(_BARE_NUMBER.match(text)))

    return [line for i, line in enumerate(lines) if not is_page_number(i, line.text.strip())]


def _running_lines(pages: list[list[Line]]) -> set[str]:
    """Normalized first/last lines that repeat on most pages (a running header or footer)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_normalized(lines[i].text) for i in _edge_indexes(len(lines), _RUNNING_EDGE)} - {""})
    needed = max(3, int(len(pages) * 0.6 + 0.5))
    return {key for key, count in counts.items() if count >= needed}


def _drop_running(lines: list[Line], running: set[str]) -> list[Line]:
    edge = _edge_indexes(len(lines), _RUNNING_EDGE)
    return [line for i, line in enumerate(lines) if not (i in edge and _normalized(line.text) in running)]


@dataclass(frozen=True)
class _Measure:
    """What a full line looks like in this document."""

    full_width: float  # em, from the text alone
    left: float | None = None  # the left margin, when geometry is known
    right: float | None = None
    tolerance: float = 0.0


def _measure(pages: list[list[Line]]) -> _Measure:
    lines = [line for page in pages for line in page if line.text.strip()]
    widths = sorted(printed_width(line.text.strip()) for line in lines)
    # The widest lines are the full ones; a high percentile, so one long URL does not set the measure.
    full_width = widths[int(len(widths) * 0.9)] if widths else 0.0
    placed = [line for line in lines if line.has_geometry and printed_width(line.text.strip()) >= 2]
    if len(placed) < max(3, len(lines) // 2):
        return _Measure(full_width)
    char = statistics.median((line.right - line.left) / printed_width(line.text.strip()) for line in placed)
    # Continuation lines start at the margin, so the margin is the commonest left end.
    lefts = Counter(round(line.left / char) for line in placed)
    left = min(key for key, count in lefts.items() if count >= lefts.most_common(1)[0][1] * 0.5) * char
    rights = sorted(line.right for line in placed)
    return _Measure(full_width, left, rights[int(len(rights) * 0.9)], _MARGIN_TOLERANCE * char)


def _joins(previous: Line, following: Line, measure: _Measure) -> bool:
    """Whether ``previous`` was broken by the page width and continues in ``following``."""
    tail, head = previous.text.rstrip(), following.text.strip()
    if not tail or not head or tail[-1] in _SENTENCE_END or _HEADING_START.match(head):
        return False
    if _COLUMN_GAP.search(tail) or _COLUMN_GAP.search(head):
        return False
    if measure.full_width < _MIN_FULL_WIDTH:
        return False
    if measure.left is not None and previous.has_geometry and following.has_geometry:
        reaches_right = previous.right >= measure.right - measure.tolerance
        starts_left = following.left <= measure.left + measure.tolerance
        return reaches_right and starts_left
    return printed_width(tail) >= _FULL_LINE * measure.full_width


def _glue(previous: Line, following: Line) -> Line:
    """Join without a space between CJK text or digits (a number cut by the line end),
    with one between Latin words."""
    tail, head = previous.text.rstrip(), following.text.strip()
    sep = " " if tail[-1].isascii() and tail[-1].isalpha() and head[0].isascii() and head[0].isalnum() else ""
    return Line(tail + sep + head, previous.left, following.right)


def join_pages(pages: list[list[Line | str]]) -> tuple[str, tuple[int, ...]]:
    """Running text of all pages and the offset where each page starts."""
    as_lines = [[line if isinstance(line, Line) else Line(line) for line in page] for page in pages]
    cleaned = [_drop_page_numbers([line for line in page if line.text.strip()]) for page in as_lines]
    running = _running_lines(cleaned)
    cleaned = cleaned[:1] + [_drop_running(lines, running) for lines in cleaned[1:]]
    measure = _measure(cleaned)

    parts: list[str] = []
    page_starts: list[int] = []
    written = 0  # characters in parts so far
    pending: Line | None = None  # the last line seen, not yet written: it may join the next
    for lines in cleaned:
        start: int | None = None
        for line in lines:
            stripped = Line(line.text.strip(), line.left, line.right)
            if pending is not None and _joins(pending, stripped, measure):
                pending = _glue(pending, stripped)
                offset = written + len(pending.text) - len(stripped.text)
            else:
                if pending is not None:
                    parts.append(pending.text + "\n")
                    written += len(pending.text) + 1
                pending = stripped
                offset = written
            if start is None:
                start = offset
        if start is None:  # a page without text starts where the next text will
            start = written + (len(pending.text) + 1 if pending is not None else 0)
        page_starts.append(start)
    if pending is not None:
        parts.append(pending.text + "\n")
    text = "".join(parts)
    return text, tuple(min(start, len(text)) for start in page_starts)


def paged_document(path, pages: list[list[Line]], kind: str, header: dict[str, str], *,
                   min_chars: int, min_per_page: int, no_text: str, garbled: str, garbled_detail: str):
    """A Document from laid-out pages (PDF, OFD), or the reader's error when the pages hold no usable text.

    Too few visible characters means a scan; a text layer of private-use or replacement
    characters means fonts without a Unicode map.  Either way nothing is extracted from junk.
    """
    from ..errors import ReportReadError
    from ..types import Document
    from .textcheck import looks_garbled

    raw = "".join(line.text for lines in pages for line in lines)
    visible = sum(1 for c in raw if not c.isspace())
    if visible < max(min_chars, min_per_page * len(pages)):
        raise ReportReadError(path, no_text, f"{visible} characters on {len(pages)} pages")
    if looks_garbled(raw):
        raise ReportReadError(path, garbled, garbled_detail)
    text, page_starts = join_pages(pages)
    return Document(path=str(path), text=text, format=kind, header=header, page_starts=page_starts)
