"""Text normalized for matching, with a map back to the text the reviewer sees.

Reports mix full- and half-width forms (１２件, ％, ，), traditional characters
(some sites serve 東城區), stray spaces and line breaks inside sentences (PDF and
web copies).  Patterns are written once, for the normalized form; every match is
mapped back through ``NormalizedText.to_original`` so that evidence spans index the
original text exactly: ``original[start:end] == evidence.text``.

Normalization, character by character:
- NFKC (full width → half width, ㈠ → (一), compatibility ideographs);
- traditional → simplified by the OpenCC character table (one character to one);
- spaces, tabs and no-break spaces are dropped (Chinese text has no word spaces), except a tab
  between two figures (table cells: 687\t541 are two numbers);
- a line break is kept only where a sentence or heading ends; inside a sentence it
  is dropped so that “共办理\n行政复议案件” still matches.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from .page_numbers import PAGE_NUMBER
from .stacked_tables import cell_breaks, remark_breaks
from .text_width import printed_width

# Characters after which a line break ends a sentence (or the line is a heading).
# (A bar closes a page table's row kept as text: “| 发布机构: | 区退役军人事务局 |”.)
_BREAK_KEEPERS = set("。！？!?；;：:）)”\"」』】》|｜")
_SENTENCE_ENDS = set("。！？!?；;：:")
_SPACES = set(" \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\u202f\u205f")


@lru_cache(maxsize=1)
def traditional_to_simplified_table() -> dict[int, str]:
    """One-character mappings from OpenCC's TSCharacters table (first choice)."""
    import opencc  # opencc-python-reimplemented ships the dictionaries as text

    table: dict[int, str] = {}
    dictionary = Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt"
    try:
        lines = dictionary.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        source, targets = parts
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


@dataclass(frozen=True)
class NormalizedText:
    original: str
    text: str
    # The map from normalized to original offsets, as segments: normalized character i of the
    # segment k (segment_starts[k] <= i < segment_starts[k + 1]) comes from original offset
    # segment_origins[k] + (i - segment_starts[k]).  A run of one-to-one characters is one
    # segment (a report has dozens, not one entry per character: building and keeping those
    # thousands of integers was a tenth of the time normalization took); a character NFKC expands
    # (㈠ → (一)) gives each of its pieces a segment at its own offset.
    segment_starts: tuple[int, ...]
    segment_origins: tuple[int, ...]
    # Offsets in ``original`` of the line breaks dropped only because the text is broken at a
    # page's width (see ``_width_broken_lines``); empty for text whose lines are its paragraphs.
    width_breaks_dropped: frozenset[int] = frozenset()
    # Offsets of the spaces a converter set after every character of a line (``_letter_spaced_lines``).
    letter_spacing: frozenset[int] = frozenset()

    @property
    def index_map(self) -> tuple[int, ...]:
        """index_map[i] = offset in ``original`` of normalized character i, with one extra entry at
        the end for the end position (built on each call: for tests and tools, not for the hot path)."""
        return tuple(self.origin_of(i) for i in range(len(self.text) + 1))

    def origin_of(self, index: int) -> int:
        """Offset in ``original`` of normalized character ``index`` (``len(text)``: the original's end)."""
        size = len(self.text)
        if index < 0:
            index += size + 1  # as a tuple indexed from its end
        if not 0 <= index <= size:
            raise IndexError(index)
        if index == size:
            return len(self.original)
        k = bisect_right(self.segment_starts, index) - 1
        return self.segment_origins[k] + index - self.segment_starts[k]

    def lines_as_read(self) -> str:
        """The original text with the line breaks the page's width made taken out: a title or an
        issuer broken over two lines of a PDF copy is one line again, as written (not normalized);
        and without the spaces of lines set with one after every character."""
        if not self.width_breaks_dropped and not self.letter_spacing:
            return self.original
        # (枫 渡 市 人 民 政 府: a line set with a space after every character reads without them.)
        dropped = self.width_breaks_dropped | self.letter_spacing
        return "".join(ch for i, ch in enumerate(self.original) if i not in dropped)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span to the original text."""
        if start >= end:
            pos = self.origin_of(start) if start <= len(self.text) else len(self.original)
            return pos, pos
        orig_start = self.origin_of(start)
        # End: one past the original position of the last normalized character,
        # extended over the rest of that character's expansion source.
        last = self.origin_of(end - 1)
        orig_end = last + 1
        return orig_start, orig_end

    def original_span(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]

    def to_normalized(self, original_offset: int) -> int:
        """First normalized index at or after an original offset."""
        if original_offset <= 0:
            return 0
        return bisect_left(range(len(self.text) + 1), original_offset, key=self.origin_of)


# Runs of characters that map one-to-one: ASCII, CJK, and punctuation/full-width forms whose
# NFKC form is a single character.  Spaces, line breaks and expanding forms (㈠ → (一)) are
# handled one by one.
_ONE_TO_ONE_RANGES = ((0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))


def _plain_run_pattern() -> re.Pattern[str]:
    singles = []
    for low, high in _ONE_TO_ONE_RANGES:
        for code in range(low, high + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and not folded.isspace() and chr(code) not in _SPACES:
                singles.append(re.escape(chr(code)))
    return re.compile("[!-~\u4e00-\u9fff" + "".join(singles) + "]+")


_PLAIN_RUN = _plain_run_pattern()


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str]:
    """Traditional → simplified plus the one-character NFKC forms of punctuation ranges."""
    table = dict(traditional_to_simplified_table())
    for low, high in _ONE_TO_ONE_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            if folded != char and len(folded) == 1 and folded not in _SPACES and not folded.isspace():
                table[code] = table.get(ord(folded), folded)
    return table


@lru_cache(maxsize=1)
def _run_translation_list() -> tuple[int | str, ...]:
    """The translation table as a sequence indexed by code point, over the characters plain runs hold
    (all below U+10000): ``str.translate`` with a dict raises and clears a KeyError inside for every
    character the dict lacks — most of them — and runs twice as fast with a sequence that has them
    all.  (A tuple: the garbage collector stops visiting its 65,536 items once it has seen them.)"""
    as_list: list[int | str] = list(range(0x10000))  # each character to itself …
    for code, target in _translation_table().items():
        if code < 0x10000:
            as_list[code] = target  # … except those the table changes
    return tuple(as_list)


# A whole report is normalized once and asked for again by the metadata, the extractor and the
# checks; in between, they normalize dozens of lines and sentence lead-ins.  One shared cache let
# those short strings push the report out before the checks asked for it (one more pass over the
# text per report), so long texts keep a small cache of their own.
_LONG_TEXT = 2_000


def normalize(original: str) -> NormalizedText:
    """Normalize ``original`` (cached: the extractor, metadata and checks all ask for the same text)."""
    if len(original) > _LONG_TEXT:
        return _normalize_long(original)
    return _normalize_short(original)


@lru_cache(maxsize=4)
def _normalize_long(original: str) -> NormalizedText:
    return _normalized(original)


@lru_cache(maxsize=128)
def _normalize_short(original: str) -> NormalizedText:
    return _normalized(original)


class _SegmentMap:
    """The segments of a ``NormalizedText`` as normalization appends its pieces."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.size = 0  # normalized characters so far

    def add(self, origin: int, count: int) -> None:
        """``count`` normalized characters from original offsets ``origin``, ``origin + 1``, …"""
        starts, origins = self.starts, self.origins
        # A piece that goes on where the last segment left off (a kept line break after a run)
        # extends it; a piece of an expanded character (㈠'s second) starts one of its own.
        if not starts or origins[-1] + self.size - starts[-1] != origin:
            starts.append(self.size)
            origins.append(origin)
        self.size += count


def _normalized(original: str) -> NormalizedText:
    table = _translation_table()
    broken = _width_broken_lines(original)
    # A page number between the lines of a text copied out of a PDF (“应诉9 / — 6 — / 7次”) is dropped
    # as a space is: kept, it would run into the sentence it interrupts (应诉9—6—7次).
    furniture = _page_furniture(original, broken) if broken else frozenset()
    # A mirror site's pinyin after a character (區(qū)政府, 學(xué)法) is dropped the same way: kept, it
    # parts the words it glosses.
    glosses = _pinyin_glosses(original) if "(" in original or "（" in original else frozenset()
    furniture = furniture | glosses if glosses else furniture
    # A table copied one cell per line: the breaks inside a row are read as a row's tabs.
    cells = cell_breaks(original) if "\n" in original else frozenset()
    # A table row's remark (备注): its first break or gap is read as a sentence's end.
    remarks = remark_breaks(original) if "\n" in original else frozenset()
    # A converter that set a space after every character (全 年 办 理 1 2 6 件): no space there parts two figures.
    spaced = _letter_spaced_lines(original) if " " in original else frozenset()
    pieces: list[str] = []
    segments = _SegmentMap()
    dropped: set[int] = set()
    position = 0
    length = len(original)
    for run in _PLAIN_RUN.finditer(original):
        run_start, run_end = run.span()
        if run_start > position:
            _normalize_slow(original, position, run_start, table, pieces, segments, broken, dropped, furniture,
                            cells, remarks, spaced)
        if furniture and any(i in furniture for i in range(run_start, run_end)):
            _normalize_slow(original, run_start, run_end, table, pieces, segments, broken, dropped, furniture,
                            cells, remarks, spaced)
        else:
            # One-to-one mappings keep the length, so the run is one segment.
            pieces.append(_translated_run(run.group()))
            segments.add(run_start, run_end - run_start)
        position = run_end
    if position < length:
        _normalize_slow(original, position, length, table, pieces, segments, broken, dropped, furniture, cells,
                        remarks, spaced)
    return NormalizedText(original, "".join(pieces), tuple(segments.starts), tuple(segments.origins),
                          frozenset(dropped), spaced)


def _translated_run(run: str) -> str:
    """A plain run through the translation table.  ``str.translate`` looks up every character (and
    makes an integer of each); a report changes only a handful of distinct ones (，（）：；), so each
    is replaced throughout the run: half the time.  A character whose target the table changes
    again (one in OpenCC's table) would be changed twice that way: such a run is translated."""
    changing = _changing_character()
    found = changing.search(run)
    if found is None:
        return run
    targets = _targets_by_character()
    chained = _chained_characters()
    changed = run
    while found is not None:
        character = found.group()
        if character in chained:
            return run.translate(_run_translation_list())
        changed = changed.replace(character, targets[character])
        found = changing.search(changed, found.start())
    return changed


@lru_cache(maxsize=1)
def _targets_by_character() -> dict[str, str]:
    return {chr(code): target for code, target in _translation_table().items()}


@lru_cache(maxsize=1)
def _changing_character() -> re.Pattern[str]:
    """Any character a plain run may hold that the translation table changes."""
    codes = sorted(code for code in _translation_table() if code < 0x10000)
    return re.compile("[" + "".join(re.escape(chr(code)) for code in codes) + "]")


@lru_cache(maxsize=1)
def _chained_characters() -> frozenset[str]:
    """Characters whose target the table changes too (translate changes a character once)."""
    table = _translation_table()
    return frozenset(chr(code) for code, target in table.items() if ord(target) in table)


def _normalize_slow(original: str, start: int, end: int, table: dict[int, str],
                    pieces: list[str], segments: _SegmentMap, broken: frozenset[int], dropped: set[int],
                    furniture: frozenset[int] = frozenset(), cells: frozenset[int] = frozenset(),
                    remarks: frozenset[int] = frozenset(), spaced: frozenset[int] = frozenset()) -> None:
    """Spaces, line breaks and characters NFKC may change (full width, ㈠, compatibility forms);
    the characters of ``furniture`` (page numbers) are dropped."""
    for i in range(start, end):
        ch = original[i]
        if i in remarks:
            pieces.append("。")  # a table row's remark (备注) is a note of its own
            segments.add(i, 1)
            continue
        if ch in _SPACES or i in furniture:
            if i not in furniture and i not in spaced and _separates_figures(original, i, pieces) \
                    and (ch == "\t" or not (_groups_thousands(original, i, pieces)
                                            or _one_figure_split(original, i, pieces))):
                # 687\t541, 1386　1342: two cells of a table, not the number 687541 (but 12 345 is one)
                pieces.append("\t")
                segments.add(i, 1)
            elif i not in furniture and i not in spaced and _after_sequence_number(original, i, pieces) \
                    and original.rfind("\n", 0, i) not in dropped:  # (a wrapped line's first figure: 640 卷)
                # 7\t人民调解成功率（%）: a row's number and its label stay apart, no “7人”
                pieces.append("\t")
                segments.add(i, 1)
            continue
        if i in cells:
            # 常务会议会前学法⏎次⏎13⏎12, a row of a table copied one cell per line: read as
            # 常务会议会前学法\t次\t13\t12 is (the break between two figures parts two cells).
            prev = _last_char(pieces)
            if (prev.isdigit() or prev in "%.") and _next_char(original, i + 1).isdigit():
                pieces.append("\t")
                segments.add(i, 1)
            continue
        if ch == "\r" or ch == "\n":
            prev = _last_char(pieces)
            # The line after a page number is what goes on (第2页 共5页 is no heading 第…).
            following = _past_page_numbers(original, i + 1, furniture) if furniture else i + 1
            # The blank lines around a page number after a line broken by the width (…查处行政处罚 ⏎
            # ⏎ — 1 — ⏎ ⏎ 案件4862起) go on as that line's break does.
            wrapped = i in broken or (bool(furniture) and _blank_since_broken(original, i, broken, furniture))
            if wrapped:
                # A closing quote or bracket ends many a line broken by the width (…“一网通办”
                # on one line, “全城通办” on the next): only a sentence's end ends it there.
                keep = prev in _SENTENCE_ENDS or _next_line_is_heading(original, following) \
                    or _spaced_figure_row(original, original.rfind("\n", 0, i) + 1, i) \
                    or _spaced_figure_row(original, following, _line_end(original, following)) \
                    or (i in broken and _paragraph_break(original, i, following, furniture))
            else:
                keep = prev in _BREAK_KEEPERS or _next_line_is_heading(original, following) or _short_line(pieces) \
                    or _DATA_ROW.match(original, following) is not None or _blank_line_follows(original, i) \
                    or _row_or_dateline(original, original.rfind("\n", 0, i) + 1, i)
            if keep and not wrapped and prev not in _BREAK_KEEPERS and _figure_under_label(original, i, pieces):
                # 🔹县政府受理行政复议案件 ⏎ 37件（同比下降11.9%）: a data card of a reprint gives each
                # figure on the line under its label — the two read as one statement.
                keep = False
            if keep and broken and prev.isdigit() and _figure_goes_on(original, following) \
                    and not _next_line_is_heading(original, following) \
                    and not _spaced_figure_row(original, original.rfind("\n", 0, i) + 1, i):
                # 持证执法人员91⏎5人 in a text broken at the page width: one figure over two lines (the
                # line before a page's end is short).  Elsewhere 1164⏎12345热线 are two rows, and so are
                # two rows of a table parted by single spaces (…办结率 96.4 95 98.2 ⏎ 2 …).
                keep = False
            if prev != "\n" and keep:
                pieces.append("\n")
                segments.add(i, 1)
            elif prev != "\n" and wrapped:
                dropped.add(i)
            continue
        for piece in unicodedata.normalize("NFKC", ch):
            if piece in _SPACES:
                continue
            pieces.append(table.get(ord(piece), piece))
            segments.add(i, 1)


# Text copied out of a PDF or a printed page (pdftotext, a 公文 of 28 characters a line) breaks
# every line at the page width: those lines are short, yet they run on into the next.  A document
# is read as broken by the width when many of its lines are as wide as its commonest width
# (first lines are indented, last lines of a paragraph shorter).
_LINE = re.compile(r"([^\r\n]*)(?:\r\n?|\n)")
_WRAPPED_MIN_LINES = 8
_WRAPPED_MAX_WIDTH = 41.0  # em: wider lines are never short lines, nothing to undo
_WRAPPED_MIN_WIDTH = 15.0  # em: narrower columns are lists or tables, not running text
_COUNTED_MIN_WIDTH = 20.0  # characters: the narrowest page measured by its count of characters
_WRAPPED_SHARE = 0.3  # of the lines at the full width (give or take the slack), at least
_WRAPPED_SLACK = 1.5  # em short of the full width that still reaches the margin


def _width_broken_lines(original: str) -> frozenset[int]:
    """Where the lines of a text broken at the page width end (the offset of each such line's break)."""
    breaks = original.count("\n") or original.count("\r")
    if breaks < _WRAPPED_MIN_LINES:
        return frozenset()
    lengths = sorted(len(line) for line in original.splitlines() if line and not line.isspace())
    if len(lengths) < _WRAPPED_MIN_LINES or lengths[int(len(lengths) * 0.9)] > 2 * _WRAPPED_MAX_WIDTH:
        return frozenset()  # paragraphs on lines of their own (a web page, a docx): quick way out
    # Each line with the offsets of its break: both characters of a Windows \r\n, so that the \n
    # is judged as its \r was (a text pasted with CRLF, not read from a file).
    lines = [(m.group(1), (m.end(1), m.end() - 1)) for m in _LINE.finditer(original) if m.group(1).strip()]
    # (The indent of a paragraph's first line counts: the line still reaches the right margin.)
    # A copy sets its digits either narrow (a PDF's text: 28 Chinese characters a line, more with
    # figures) or as wide as a Chinese character (…回访满意率97 ⏎ .3%): lines are measured both ways,
    # and the measure by which more lines reach one common width is the page's.
    # (A line set with a space after every character is measured without them: the converter's, not the page's.)
    lines = [(_without_letter_spacing(text), offsets) for text, offsets in lines]
    by_width = _lines_at_full_width([printed_width(text.rstrip()) for text, _ in lines], _WRAPPED_MIN_WIDTH)
    # (Counted in characters, only lines with no tab, and pages no narrower than a narrow 公文's: a
    # short document's lines, table rows among them, share a count of characters by chance.)
    by_count = _lines_at_full_width([0.0 if "\t" in text else float(len(text.rstrip())) for text, _ in lines],
                                    _COUNTED_MIN_WIDTH)
    at_full = by_width if len(by_width) >= len(by_count) else by_count
    # Many lines of just that width: running text set on a page.  (Lines of every width, a
    # web page's short paragraphs, have no width that many share.)
    if len(at_full) < _WRAPPED_SHARE * len(lines):
        return frozenset()
    return frozenset(offset for index in at_full for offset in lines[index][1])


def _lines_at_full_width(widths: list[float], narrowest: float) -> list[int]:
    """The lines (by index) as wide as the commonest width, give or take the slack; none when that
    width is no page's."""
    # The full width is the commonest one (in whole em): a few lines run over it (punctuation
    # hung at the margin, a title kept whole), so the widest lines do not tell it.
    counts = Counter(round(width) for width in widths if width >= narrowest)
    if not counts:
        return []
    full = float(max(counts, key=lambda width: (counts[width], width)))
    if full > _WRAPPED_MAX_WIDTH:
        return []
    # A line much wider than the page (a title or a dateline kept whole) was not broken by it.
    return [index for index, width in enumerate(widths) if abs(width - full) <= _WRAPPED_SLACK]


def _page_number_lines(original: str) -> frozenset[int]:
    """The offsets of the characters of every line that is only a page number (— 6 —, 第6页 共12页)."""
    offsets: set[int] = set()
    for line in _LINE.finditer(original + "\n"):
        number = line.group(1).strip()  # (a page number may be centred by spaces)
        if number and len(number) <= 24 and PAGE_NUMBER.match(number):
            offsets.update(range(line.start(1), line.end(1)))
    return frozenset(offsets)


_SENTENCE_MARKS: Final = frozenset("，,。；;：:！？!?")
_LONGEST_RUNNING_HEADER: Final = 40


# A syllable of pinyin with its tone mark, in brackets right after a Chinese character: 區(qū), 習（xí）.
# (The bracket first, not a look-behind: the search then skips to brackets.)
_PINYIN_GLOSS: Final = re.compile(r"[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]")


def _pinyin_glosses(original: str) -> frozenset[int]:
    """The offsets of pinyin glosses a mirror site put after characters (設(shè)置, 規(guī)范)."""
    return frozenset(i for found in _PINYIN_GLOSS.finditer(original)
                     if found.start() > 0 and "\u4e00" <= original[found.start() - 1] <= "\u9fff"
                     for i in range(*found.span()))


def _page_furniture(original: str, broken: frozenset[int]) -> frozenset[int]:
    """The page numbers of a text broken at the page width, and the running header under each that
    interrupts a sentence: after “…9项重点任务全部完成,2021年以来 ⏎ 第1页 共6页 ⏎ 示例区人民政府 ⏎
    全区累计开展…” the sentence goes on, so a short line between that no sentence could end in (no
    punctuation, no heading) is the next page's header."""
    numbers = _page_number_lines(original)
    if not numbers:
        return numbers
    furniture = set(numbers)
    # Each non-blank line: its text's span and the offset of its break.
    lines = [(m.start(1), m.end(1), m.end(1)) for m in _LINE.finditer(original + "\n") if m.group(1).strip()]
    for index in range(1, len(lines) - 1):
        start, end, _ = lines[index]
        first = start + len(original[start:end]) - len(original[start:end].lstrip())
        if first not in numbers:
            continue
        above, header = lines[index - 1], lines[index + 1]
        if above[2] not in broken or original[above[0]:above[1]].rstrip()[-1:] in _SENTENCE_ENDS:
            continue  # the page ended with a sentence or a heading: what follows may be a title
        text = original[header[0]:header[1]].strip()
        if len(text) <= _LONGEST_RUNNING_HEADER and _SENTENCE_MARKS.isdisjoint(text) \
                and not _next_line_is_heading(original, header[0]) and not text[0].isdigit() \
                and not (index + 2 < len(lines) and lines[index + 2][0] in numbers):
            furniture.update(range(header[0], header[1]))
    return frozenset(furniture)


def _past_page_numbers(original: str, pos: int, furniture: frozenset[int]) -> int:
    """The start of the first line at or after ``pos`` that is neither blank nor a page number."""
    while pos < len(original):
        end = original.find("\n", pos)
        end = len(original) if end == -1 else end
        line = original[pos:end]
        if line.strip() and not (pos + len(line) - len(line.lstrip()) in furniture):
            return pos
        pos = end + 1
    return pos


def _blank_since_broken(original: str, pos: int, broken: frozenset[int], furniture: frozenset[int]) -> bool:
    """Between the last line break broken by the width and ``pos`` there are only line breaks,
    spaces and page numbers."""
    k = pos - 1
    while k >= 0:
        char = original[k]
        if char in "\r\n":
            if k in broken:
                return True
        elif char not in _SPACES and k not in furniture:
            return False
        k -= 1
    return False


def _separates_figures(original: str, tab: int, pieces: list[str]) -> bool:
    """A tab between two figures (the cells of a table row: 687\t541, 93.2%\t91.7, 538\t-74) is kept: dropped,
    like any space, it would join them into one number."""
    before = _last_char(pieces)
    if not (before.isdigit() or before in "%."):
        return False
    pos = tab + 1
    while pos < len(original) and original[pos] in _SPACES:
        pos += 1
    if pos + 1 < len(original) and original[pos] in _SIGNS:
        pos += 1  # 538\t-74: a signed change in the next cell, no range 538-74
    return pos < len(original) and original[pos].isdigit()


_SIGNS: Final = frozenset("+-−＋－")


def _after_sequence_number(original: str, space: int, pieces: list[str]) -> bool:
    """The first space after a line's leading number of one to three digits (a table row's 序号 cell:
    7\t人民调解成功率), before a cell that is no figure."""
    if not _last_char(pieces).isdigit():
        return False
    line_start = original.rfind("\n", 0, space) + 1
    cell = original[line_start:space].strip(" \u3000\t\r")
    if not (cell.isdigit() and len(cell) <= 3) or original[space - 1] in _SPACES:
        return False
    after = space + 1
    while after < len(original) and original[after] in _SPACES:
        after += 1
    return after < len(original) and not original[after].isdigit() and original[after] not in "\r\n"


_LETTER_SPACED_SHARE: Final = 0.6
_LETTER_SPACED_MIN: Final = 5


def _is_letter_spaced(text: str) -> bool:
    if text.count(" ") < _LETTER_SPACED_MIN - 1:
        return False
    characters = [k for k, char in enumerate(text) if char not in _SPACES]
    followed = sum(1 for k in characters if text[k + 1:k + 2] == " ")
    return len(characters) >= _LETTER_SPACED_MIN and followed >= _LETTER_SPACED_SHARE * len(characters)


def _without_letter_spacing(text: str) -> str:
    return text.replace(" ", "") if _is_letter_spaced(text) else text


def _letter_spaced_lines(original: str) -> frozenset[int]:
    """The spaces of the lines set with a space after (nearly) every character, as some PDF converters
    write them (（ 一 ） 加 强 执 法 队 伍 建 设 。 … 共 1 0 8 7 名): there they part no cells."""
    offsets: set[int] = set()
    for line in _LINE.finditer(original + "\n"):
        text = line.group(1)
        if _is_letter_spaced(text):
            start = line.start(1)
            offsets.update(start + k for k, char in enumerate(text) if char == " ")
    return frozenset(offsets)


def _one_figure_split(original: str, space: int, pieces: list[str]) -> bool:
    """A space a PDF copy put inside one figure of running text (会前学法1 4次, 主动公开政府信息3 12条, 1. 26万件):
    one plain space, a few digits before it right after a Chinese character, a few after it that go on
    to a measure word.  A table's cells stand apart from their label (行政复议申请（件） 541 687), end
    without one, or are parted by wider spaces (1386　1342)."""
    digits = 0
    before = ""
    for piece in reversed(pieces):  # (pieces are runs of text: read back character by character)
        for char in reversed(piece):
            if char.isdigit() or (char == "." and digits == 0 and not before):
                digits += char.isdigit()  # 1. 26万件: a decimal point the copy spaced off its decimals
                continue
            before = char
            break
        if before or digits > 4:
            break
    if original[space] != " " or not ("\u4e00" <= before <= "\u9fff") or not 1 <= digits <= 3:
        return False
    after = end = space + 1
    digits_after = 0
    while end < len(original):
        if original[end].isdigit() or original[end] == ".":
            digits_after += original[end].isdigit()
            end += 1
        elif original[end] == " " and original[end + 1:end + 2].isdigit() and original[end - 1].isdigit():
            end += 1  # 6 8 0余人次: every digit spaced off
        else:
            break
    return 1 <= digits_after <= 3 and end < len(original) and ("\u4e00" <= original[end] <= "\u9fff" or original[end] == "%")


def _figure_goes_on(original: str, pos: int) -> bool:
    """After a line's last digit, the next line goes on with the figure: its digits, or its decimal point
    and decimals (1⏎. 26万件)."""
    following = _next_char(original, pos)
    if following.isdigit():
        return True
    if following != ".":
        return False
    dot = original.find(".", pos)
    return _next_char(original, dot + 1).isdigit()


_THOUSANDS_SPACES: Final = frozenset(" \u00a0\u2009\u202f")


def _groups_thousands(original: str, space: int, pieces: list[str]) -> bool:
    """A single narrow space inside one number (12 345, 1 234 567): digits before it (no decimal
    point; the caller has seen a digit there) and exactly three after.  Anything else between two figures parts two cells (1386　1342)."""
    if original[space] not in _THOUSANDS_SPACES or original[space + 1:space + 2] in _SPACES:
        return False
    for piece in reversed(pieces):  # the digits before the space: a decimal point among them parts cells
        run = piece.rstrip("0123456789")
        if run:
            if run[-1] in ".%":
                return False
            break
    after = space + 1
    while after < len(original) and original[after].isdigit():
        after += 1
    return after - space - 1 == 3 and original[after:after + 1] != "." and not _in_figure_row(original, space)


_ROW_FIGURE: Final = re.compile(r"(?:[+\-−]|[≥≤<>＜＞]=?)?\d[\d,.]*%?")  # 12.9, +2.9, 100%, ≤5 (a target)
_ROW_HAN: Final = re.compile("[\u4e00-\u9fff]")


def _in_figure_row(original: str, space: int) -> bool:
    """The line around ``space`` is a table row whose cells a PDF's text parts by single spaces: a label
    (after a sequence number, and before a unit cell, if any) and two figures or more (卫生监督行政处罚案件
    件 96 118 +22).  There the space between 96 and 118 parts two cells: it groups no thousands."""
    start = original.rfind("\n", 0, space) + 1
    end = original.find("\n", space)
    return _spaced_figure_row(original, start, end if end != -1 else len(original))


def _spaced_figure_row(original: str, start: int, end: int) -> bool:
    """The line from ``start`` to ``end`` is a table row whose cells are parted by spaces, single or
    full-width (``_in_figure_row``; 1 进驻政务服务事项　　　项　　94　　88)."""
    if original.find(" ", start, end) == -1 and original.find("\u3000", start, end) == -1:
        return False
    tokens = _ROW_GAP.split(original[start:end].strip(" \u3000\r"))
    if len(tokens) > 3 and tokens[0].isdigit() and len(tokens[0]) <= 3:
        tokens = tokens[1:]  # the row's sequence number
    if len(tokens) < 3 or not _ROW_HAN.search(tokens[0]) or _ROW_FIGURE.fullmatch(tokens[0]):
        return False
    figures = tokens[1:]
    if len(figures) > 2 and not _ROW_FIGURE.fullmatch(figures[0]) and len(figures[0]) <= 4:
        figures = figures[1:]  # the unit cell
    return len(figures) >= 2 and all(_ROW_FIGURE.fullmatch(token) for token in figures)


_ROW_GAP: Final = re.compile("[ \u3000\u00a0]+")


def _line_end(original: str, start: int) -> int:
    end = original.find("\n", start)
    return len(original) if end == -1 else end


def _row_or_dateline(original: str, start: int, end: int) -> bool:
    """The line from ``start`` to ``end`` is a row of a table (cells parted by tabs: 索引号：\t…\t主题分类：…,
    or by single spaces: 1 行政复议案件办结率 96.4 95 98.2), a page's dateline (2026-03-18 07:55:12　来源：…)
    or its breadcrumb (您当前的位置:首页>…>区林业局): page furniture, not a sentence that runs on."""
    return original.find("\t", start, end) != -1 or _DATED_LINE.match(original, start) is not None \
        or _spaced_figure_row(original, start, end) or _BREADCRUMB_LINE.match(original, start) is not None


def _paragraph_break(original: str, pos: int, following: int, furniture: frozenset[int]) -> bool:
    """A blank line after a line that reaches the margin, and no page number before the text goes
    on: the paragraph ended there, however wide its last line (附件：示例区…报告.pdf ⏎ ⏎ 示例区人民政府).
    (A page number between the two is where a page ended, not the paragraph: the text goes on.)"""
    if not _blank_line_follows(original, pos) or any(k in furniture for k in range(pos, following)):
        return False
    start = pos + 1
    while start < len(original) and (original[start] in _SPACES or original[start] in "\r\n"):
        start += 1
    end = original.find("\n", start)
    line = original[start:end if end != -1 else len(original)].strip()
    return bool(line) and PAGE_NUMBER.match(line) is None


def _blank_line_follows(original: str, pos: int) -> bool:
    """The line break at ``pos`` ends a paragraph: a blank line follows (a page's chrome line
    “2024-03-15 来源:… 浏览量:2,041” above the report's first paragraph runs on into nothing)."""
    pos += 2 if original.startswith("\r\n", pos) else 1
    while pos < len(original) and original[pos] in _SPACES:
        pos += 1
    return pos < len(original) and original[pos] in "\r\n"


def _next_char(original: str, pos: int) -> str:
    """The first character at or after ``pos`` that is neither a space nor a line break ("" at the end)."""
    while pos < len(original) and (original[pos] in _SPACES or original[pos] in "\r\n"):
        pos += 1
    return original[pos] if pos < len(original) else ""


def _last_char(pieces: list[str]) -> str:
    for piece in reversed(pieces):
        if piece:
            return piece[-1]
    return "\n"


_HEADING_STARTS = tuple("一二三四五六七八九十") + ("(", "（", "第")


def _next_line_is_heading(original: str, pos: int) -> bool:
    """A line starting with 一、 / (三) / 1. / 第二 begins a new unit even without 。 before it."""
    while pos < len(original) and original[pos] in _SPACES:
        pos += 1
    head = original[pos:pos + 4]
    if not head:
        return True
    if head[0].isdigit():
        # 1. / 12、 open a heading; 96.9% / 1.5万 go on with a figure broken off its sentence.
        k = 2 if head[1:2].isdigit() else 1
        return head[k:k + 1] in (".", "、", "．") and not head[k + 1:k + 2].isdigit()
    if head[0] in "(（":
        return True
    if head[0] in "一二三四五六七八九十" and len(head) > 1 and head[1] in "、是":
        return True
    return head.startswith("第")


# 行政复议新收案件：96件 — a line opening on a label and its figure is a row of a data list, never the
# tail of the line before it (a list's lines are often longer than a title's).
# A page's dateline under its title (2026-03-18 07:55:12　来源：…　记者：…): chrome, no sentence to go on.
_DATED_LINE = re.compile(r"[ \u3000\t]*20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \u3000\t]+\d{1,2}[:：]\d{2}")
_DATA_ROW = re.compile(r"[ \u3000\t]*[^\r\n，,。：:；;]{2,24}[：:][ \u3000]*\d")
# A page's breadcrumb: where the page sits on its site, its last crumb often the body's name.
_BREADCRUMB_LINE = re.compile(r"[ \u3000\t]*(?:您)?(?:当前|现在)(?:的)?(?:所在)?位置\s*[:：]|[ \u3000\t]*首页\s*[>＞»]")


# A line holding only a figure: its number, 万/余, a measure word and an aside (37件（同比下降11.9%）, 100%).
_FIGURE_LINE: Final = re.compile(
    r"[ \t\u3000]*\d[\d,]*(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:%|[\u4e00-\u9fff]{1,3})"
    r"(?:[（(][^）)\n]{0,24}[）)])?[ \t\u3000]*")
_LABEL_MAX: Final = 30


def _figure_under_label(original: str, pos: int, pieces: list[str]) -> bool:
    """The line after the break at ``pos`` is a figure alone and the line before it a short label that
    ends on a word (政务服务事项 ⏎ 1526项; 合格率 ⏎ 99.31%)."""
    start = pos + 2 if original.startswith("\r\n", pos) else pos + 1
    end = original.find("\n", start)
    end = len(original) if end == -1 else end
    if _FIGURE_LINE.fullmatch(original, start, end - (original[end - 1:end] == "\r")) is None:
        return False
    line_start = original.rfind("\n", 0, pos) + 1
    label = original[line_start:pos].strip()
    return 2 <= len(label) <= _LABEL_MAX and "\u4e00" <= label[-1] <= "\u9fff" and not _DIGIT_AT_END.search(label)


_DIGIT_AT_END: Final = re.compile(r"\d[\u4e00-\u9fff]?$")


def _short_line(pieces: list[str]) -> bool:
    """A short line (a title, 来源:… , a date line) stands on its own."""
    count = 0
    for piece in reversed(pieces):
        newline = piece.rfind("\n")
        if newline != -1:
            count += len(piece) - newline - 1
            return count <= 40
        count += len(piece)
        if count > 40:
            return False
    return True
