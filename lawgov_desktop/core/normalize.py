"""Text normalized for matching, with a map back to the text the reviewer sees.

Reports mix full- and half-width forms (１２件, ％, ，), traditional characters
(some sites serve 東城區), stray spaces and line breaks inside sentences (PDF and
web copies).  Patterns are written once, for the normalized form; every match is
mapped back through ``NormalizedText.to_original`` so that evidence spans index the
original text exactly: ``original[start:end] == evidence.text``.

Normalization, character by character:
- NFKC (full width → half width, ㈠ → (一), compatibility ideographs);
- traditional → simplified by the OpenCC character table (one character to one);
- spaces, tabs and no-break spaces are dropped (Chinese text has no word spaces);
- a line break is kept only where a sentence or heading ends; inside a sentence it
  is dropped so that “共办理\n行政复议案件” still matches.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Characters after which a line break ends a sentence (or the line is a heading).
_BREAK_KEEPERS = set("。！？!?；;：:）)”\"」』】》")
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
    # index_map[i] = offset in ``original`` of normalized character i; one extra
    # entry at the end maps the end position.
    index_map: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span to the original text."""
        if start >= end:
            pos = self.index_map[start] if start < len(self.index_map) else len(self.original)
            return pos, pos
        orig_start = self.index_map[start]
        # End: one past the original position of the last normalized character,
        # extended over the rest of that character's expansion source.
        last = self.index_map[end - 1]
        orig_end = last + 1
        return orig_start, orig_end

    def original_span(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]

    def to_normalized(self, original_offset: int) -> int:
        """First normalized index at or after an original offset."""
        return bisect_right(self.index_map, original_offset - 1) if original_offset > 0 else 0


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


def _normalized(original: str) -> NormalizedText:
    table = _translation_table()
    run_table = _run_translation_list()
    pieces: list[str] = []
    index_map: list[int] = []
    position = 0
    length = len(original)
    for run in _PLAIN_RUN.finditer(original):
        if run.start() > position:
            _normalize_slow(original, position, run.start(), table, pieces, index_map)
        # One-to-one mappings keep the length, so the offsets are a plain range.
        pieces.append(run.group().translate(run_table))
        index_map.extend(range(run.start(), run.end()))
        position = run.end()
    if position < length:
        _normalize_slow(original, position, length, table, pieces, index_map)
    index_map.append(length)
    return NormalizedText(original, "".join(pieces), tuple(index_map))


def _normalize_slow(original: str, start: int, end: int, table: dict[int, str],
                    pieces: list[str], index_map: list[int]) -> None:
    """Spaces, line breaks and characters NFKC may change (full width, ㈠, compatibility forms)."""
    for i in range(start, end):
        ch = original[i]
        if ch in _SPACES:
            continue
        if ch == "\r" or ch == "\n":
            prev = _last_char(pieces)
            if prev != "\n" and (prev in _BREAK_KEEPERS or _next_line_is_heading(original, i + 1)
                                  or _short_line(pieces)):
                pieces.append("\n")
                index_map.append(i)
            continue
        for piece in unicodedata.normalize("NFKC", ch):
            if piece in _SPACES:
                continue
            pieces.append(table.get(ord(piece), piece))
            index_map.append(i)


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
        return len(head) > 1 and (head[1] in ".、．" or (head[1].isdigit() and head[2:3] in (".", "、", "．")))
    if head[0] in "(（":
        return True
    if head[0] in "一二三四五六七八九十" and len(head) > 1 and head[1] in "、是":
        return True
    return head.startswith("第")


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
