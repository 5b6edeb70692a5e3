"""Faster ways to ask the rules' pattern lists the same questions, with the same answers.

- ``pattern_list(patterns).match_end``: which pattern matches first at the start of a line
  (the heading markers, tried on every line of every report), and ``.found_in``: whether any
  of them is found in a heading (each part's wordings) — as one expression instead of one
  call per pattern;
- ``scanner(pattern).finditer``: the matches of a year pattern, tried only where its first
  two characters stand (“20”).  It opens on a look-behind, so the engine has no quick way to
  the places a match can start and tries the look-behind at every character of the text.

Both are derived once per pattern or tuple (the rule set's live as long as it does) and leave
the patterns as they are wherever the rewrite could change an answer.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..pattern_prefixes import first_character_guard, start_prefixes

# A pattern compiled without flags has only this one (str patterns are Unicode).
_PLAIN_FLAGS = re.compile("").flags
# Inline flags, scoped or global: (?i) changes which characters a match can open on.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")
# What refers to a group by its number or name: in an alternation the numbers shift.
# (Over-cautious on purpose: an escaped backslash before a digit also counts.)
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_CACHE_LIMIT = 32
_Source = TypeVar("_Source")
_Made = TypeVar("_Made")


class PatternList:
    """A rule's patterns, asked as one alternation ``(?:(?:p1)|(?:p2)|…)`` when that is exact.

    At one position the engine tries the alternatives in order and takes the first that
    matches, ending where that pattern alone ends; and the alternation is found in a text
    exactly when one of the patterns is.  (A look-ahead for the characters the patterns can
    open on, in front, changes neither: ``pattern_prefixes.first_character_guard``.)  That holds as long as no pattern refers to a group
    (the group numbers shift) and none carries flags of its own; otherwise, and when the
    alternation does not compile (a group name used twice), the patterns are tried one by one.
    """

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns
        self.combined = _alternation(patterns)
        # The characters a match can open on ("" when they cannot be told): a line opening on
        # another one is no match, without a call to the engine.
        self.first_characters = _first_characters(patterns)

    def match_end(self, text: str) -> int:
        """End of the first pattern's match at the start of ``text``; -1 when none matches."""
        if self.first_characters and (not text or text[0] not in self.first_characters):
            return -1
        if self.combined is not None:
            match = self.combined.match(text)
            return match.end() if match is not None else -1
        for pattern in self.patterns:
            found = pattern.match(text)
            if found is not None:
                return found.end()
        return -1

    def found_in(self, text: str) -> bool:
        """``any(p.search(text) for p in patterns)``."""
        if self.combined is not None:
            return self.combined.search(text) is not None
        for pattern in self.patterns:
            if pattern.search(text) is not None:
                return True
        return False


def _first_characters(patterns: tuple[re.Pattern[str], ...]) -> str:
    """Every character a match of one of ``patterns`` can open on; "" when that cannot be told
    (flags, a class too wide, a pattern that can match nothing at all)."""
    found: set[str] = set()
    for pattern in patterns:
        if pattern.flags != _PLAIN_FLAGS or _INLINE_FLAGS.search(pattern.pattern):
            return ""
        firsts = start_prefixes(pattern.pattern, 1)
        if not firsts:
            return ""
        found |= firsts
    return "".join(sorted(found))


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if len(patterns) < 2:
        return None
    for pattern in patterns:
        source = pattern.pattern
        if pattern.flags != _PLAIN_FLAGS or _INLINE_FLAGS.search(source) or _GROUP_REFERENCE.search(source):
            return None
    # Behind a look-ahead for the characters a match can open on: a heading's wordings open on
    # optional words ((主要)?(工作)?…), which leave the engine trying every alternative at
    # every position of the heading.
    source = first_character_guard("(?:" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")")
    try:
        return re.compile(source)
    except re.error:
        return None


class Scanner:
    """``pattern.finditer(text, 0, end)``, tried only where one of ``starts`` (the strings every
    match opens with, two characters each) stands.

    The same matches: a match can start nowhere else, ``pattern.match`` at a position sees the
    text before it (look-behinds) and after it up to ``end`` as a search there does, and every
    match is at least two characters long, so the next search starts where the last match ended.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts = _start_finder(pattern)

    def finditer(self, text: str, end: int) -> list[re.Match[str]]:
        if self.starts is None:
            return list(self.pattern.finditer(text, 0, end))
        found: list[re.Match[str]] = []
        position = 0
        while True:
            start = self.starts.search(text, position, end)
            if start is None:
                return found
            match = self.pattern.match(text, start.start(), end)
            if match is None:
                position = start.start() + 1
            else:
                found.append(match)
                position = match.end()


_MAX_STARTS = 8  # more two-character openings would hardly be rarer than the engine's own tries


def _start_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The alternation of the pattern's two-character openings; None when they cannot be told
    (flags: (?i) would change them), a match can be shorter, or there are many."""
    if pattern.flags != _PLAIN_FLAGS or _INLINE_FLAGS.search(pattern.pattern):
        return None
    starts = start_prefixes(pattern.pattern, 2)
    if not starts or len(starts) > _MAX_STARTS or any(len(start) != 2 for start in starts):
        return None
    return re.compile("|".join(re.escape(start) for start in sorted(starts)))


# Keyed by the id of the tuple or pattern; each entry keeps it, so the id is not reused while
# the entry lives.
_LISTS: dict[int, tuple[object, PatternList]] = {}
_SCANNERS: dict[int, tuple[object, Scanner]] = {}


def pattern_list(patterns: tuple[re.Pattern[str], ...]) -> PatternList:
    return kept_per_object(_LISTS, patterns, PatternList)


def scanner(pattern: re.Pattern[str]) -> Scanner:
    return kept_per_object(_SCANNERS, pattern, Scanner)


def kept_per_object(cache: dict[int, tuple[object, _Made]], source: _Source, make: Callable[[_Source], _Made]) -> _Made:
    """``make(source)``, made once per ``source`` object while the cache keeps it (keyed by its id;
    the entry holds the object, so the id is not reused while the entry lives)."""
    found = cache.get(id(source))
    if found is not None and found[0] is source:
        return found[1]
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    made = make(source)
    cache[id(source)] = (source, made)
    return made
