"""Skip a regex search where the text holds none of the strings every match must contain.

The grammar asks a dozen word lists about the window before each figure (“十四五”期间,
2017年以来, 累计 …), and most windows hold none of them.  The regex engine still walks every
position of the window; ``str.find`` for the few strings that any match must contain (期间,
以来, 年来, 近 for the period names) answers most of those questions for a tenth of the cost.

The strings are read off the pattern itself (``required_literals``), so a bureau's word lists
get the same screen, and a window without any of them can hold no match: the result is the
search's own.  A pattern for which no such strings can be told is searched as before.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from ..pattern_prefixes import required_literals

# More strings than this and the ``find`` calls cost about what the search does.
MAX_LITERALS = 6
_END = sys.maxsize


def screened_search(pattern: re.Pattern[str]) -> Callable[..., Any]:
    """``pattern.search``, answering None at once where [pos, endpos) of the text holds none of
    the pattern's required strings."""
    literals = required_literals(pattern)
    if literals is None or len(literals) > MAX_LITERALS:
        return pattern.search
    return _ScreenedSearch(pattern, literals)


def screened_finditer(pattern: re.Pattern[str], most: int = MAX_LITERALS) -> Callable[..., Any]:
    """``pattern.finditer``, giving no matches at once where the window holds none of the
    pattern's required strings (screened only when they are at most ``most``: a caller whose
    pattern the engine walks slowly anyway, opening on look-behinds, may allow more)."""
    literals = required_literals(pattern)
    if literals is None or len(literals) > most:
        return pattern.finditer
    return _ScreenedFinditer(pattern, literals)


def _holds_any(text: str, literals: tuple[str, ...], pos: int, endpos: int) -> bool:
    # The regex methods read a negative pos as 0; str.find would count it from the end.
    start = pos if pos > 0 else 0
    for literal in literals:
        if text.find(literal, start, endpos) != -1:
            return True
    return False


# Two classes, not a base and two subclasses: mypyc laid out a ``__call__`` defined only in a
# subclass wrongly (the compiled build crashed on the first call).
class _ScreenedSearch:
    """A pattern's search behind its required strings (a class: mypyc compiles its call).  Equal
    when the pattern is, as the bound method it stands in for is."""

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.literals = literals

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ScreenedSearch) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __call__(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not _holds_any(text, self.literals, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)


class _ScreenedFinditer:
    """A pattern's finditer behind its required strings."""

    def __init__(self, pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.literals = literals

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ScreenedFinditer) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __call__(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if not _holds_any(text, self.literals, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)
