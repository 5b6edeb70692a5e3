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
try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]
from typing import Any

# More strings than this and the ``find`` calls cost about what the search does.
MAX_LITERALS = 6
_END = sys.maxsize
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` contains at least one, in its matched text
    (None: none can be told).  Of the choices the pattern allows, the one whose shortest string
    is longest, Chinese characters counting double (the rarest to find in a window)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply not screened
        return None
    found = _sequence(list(parsed), pattern.flags)
    if found is None:
        return None
    # A string that contains another of the set adds nothing: 共计 is found wherever 共 is.
    kept = sorted(s for s in found if not any(other != s and other in s for other in found))
    return tuple(kept)


def _sequence(items: list, flags: int) -> frozenset[str] | None:
    """For a sequence of parsed items: each run of literal characters, and each part that must
    match, is one choice; the best of them."""
    choices: list[frozenset[str] | None] = []
    run = ""
    for op, av in items:
        if op is sre_constants.LITERAL and not flags & re.IGNORECASE:
            run += chr(av)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        if op is sre_constants.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            choices.append(_sequence(list(sub), (flags | add_flags) & ~del_flags))
        elif op is sre_constants.BRANCH:
            alternatives = [_sequence(list(alternative), flags) for alternative in av[1]]
            if all(alternative is not None for alternative in alternatives):
                choices.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS:
            least, _most, sub = av
            if least >= 1:
                choices.append(_sequence(list(sub), flags))
        # Anything else (a class, any character, a look-around, an anchor, a back-reference)
        # ends the run and requires no string of its own: look-arounds may read outside the match.
    if run:
        choices.append(frozenset([run]))
    usable = [choice for choice in choices if choice]
    if not usable:
        return None
    return max(usable, key=lambda choice: (min(_weight(s) for s in choice), -len(choice)))


def _weight(literal: str) -> int:
    # How rarely a string stands in a report: a Chinese character tells more than a digit or a
    # letter (2024年以来: 以来 is the string to look for, not 20).
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in literal)


def screened_search(pattern: re.Pattern[str]) -> Callable[..., Any]:
    """``pattern.search``, answering None at once where [pos, endpos) of the text holds none of
    the pattern's required strings."""
    literals = required_literals(pattern)
    if literals is None or len(literals) > MAX_LITERALS:
        return pattern.search
    return _ScreenedSearch(pattern, literals)


def screened_finditer(pattern: re.Pattern[str]) -> Callable[..., Any]:
    """``pattern.finditer``, giving no matches at once where the window holds none of the
    pattern's required strings."""
    literals = required_literals(pattern)
    if literals is None or len(literals) > MAX_LITERALS:
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
