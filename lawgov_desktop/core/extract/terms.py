"""Where each indicator's words occur in a report: things, events, labels and old-style cues.

An indicator names what its figure counts as word lists in the catalog (see
``IndicatorSpec``).  This module finds them; ``grammar`` decides which number a
word belongs to.  Each indicator's lists are compiled into one pattern with a
named group per role, longest alternative first.

Speed: one pass finds where any word can start, and only the indicators whose words
can start there are tried (see ``CatalogTerms``); only sentences that hold a number are
scanned, since a word links to a number of its own sentence only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ..catalog import Catalog, IndicatorSpec
from .pattern_sets import PatternSet

try:  # the parser of Python's own re module, to read a pattern's possible first characters
    from re import _constants as _sre_constants, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Roles, in the order their alternatives are tried at one position.  ``main`` is the first of
# an indicator's things: the word the indicator is named by (政府常务会议), before its variants.
ROLES = ("label", "main", "thing", "event", "cue")
# Roles that may stand after their number (312项行政许可事项); labels and old cues stand before it.
AFTER_ROLES = frozenset({"main", "thing", "event"})
_MAX_RANGE = 2000  # a character class wider than this is “any character” for the prefix


class TermHit(NamedTuple):
    """One occurrence of an indicator's word in the normalized text (a named tuple: cheap to build)."""

    start: int
    end: int
    role: str
    indicator: int  # index into the catalog's indicators


def _alternation(fragments: tuple[str, ...]) -> str:
    # Longest first: at one position the more specific word (行政复议案件) wins over its head (行政复议).
    return "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))


def _prefixes(items, length: int) -> set[str] | None:
    """Every string of up to ``length`` characters a match of ``items`` can begin with.

    A string shorter than ``length`` means the match can end there.  None when a position
    can be almost any character (a negated class, a dot) or when there are too many.
    """
    c = _sre_constants
    current = {""}
    for op, av in items:
        growing = {s for s in current if len(s) < length}
        if not growing:
            break
        if op is c.LITERAL:
            options: set[str] | None = {chr(av)}
        elif op is c.IN:
            options = set()
            for kind, arg in av:
                if kind is c.LITERAL:
                    options.add(chr(arg))
                elif kind is c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                    options.update(chr(code) for code in range(arg[0], arg[1] + 1))
                else:
                    return None
        elif op is c.SUBPATTERN:
            options = _prefixes(av[-1], length)
        elif op is c.BRANCH:
            options = set()
            for alternative in av[1]:
                sub = _prefixes(alternative, length)
                if sub is None:
                    return None
                options |= sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub_items = av
            once = _prefixes(sub_items, length)
            if once is None or high > 1 and any(len(o) < length for o in once):
                return None  # a repeated part shorter than the prefix: too many shapes
            options = once | ({""} if low == 0 else set())
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            return None
        if options is None:
            return None
        current = {s for s in current if len(s) >= length} | {
            (s + o)[:length] for s in growing for o in options}
        if len(current) > 5000:
            return None
    return current


def start_prefixes(pattern: str) -> set[str] | None:
    """The one- or two-character strings every match of ``pattern`` starts with (None: unknown)."""
    try:
        prefixes = _prefixes(_sre_parse.parse(pattern), 2)
    except Exception:  # noqa: BLE001 - an unreadable pattern is scanned the slow way
        return None
    if not prefixes or "" in prefixes:
        return None
    return prefixes


def term_pattern(spec: IndicatorSpec) -> re.Pattern[str] | None:
    """One pattern for all of ``spec``'s words before or after a number, a named group per role."""
    groups = []
    for role, fragments in (("label", spec.labels), ("main", spec.things[:1]), ("thing", spec.things[1:]),
                            ("event", spec.events), ("cue", spec.cues)):
        if fragments:
            groups.append(f"(?P<{role}>{_alternation(fragments)})")
    return re.compile("|".join(groups)) if groups else None


@dataclass(frozen=True)
class CatalogTerms:
    """The compiled patterns of a catalog, built once per catalog.

    Scanning the text once per indicator would cost 45 passes over it.  Instead one pass
    finds the positions where any indicator's word can start (from the first two
    characters each pattern can begin with), and each such position is tried only with
    the indicators whose words can start with those characters.  Per indicator the
    result is what ``pattern.finditer`` gives: leftmost, non-overlapping matches.
    """

    patterns: tuple[re.Pattern[str] | None, ...]
    after_patterns: tuple[tuple[re.Pattern[str], ...], ...]  # old cue_after: anchored at the number
    by_pair: dict[str, tuple[int, ...]]  # two starting characters → indicators
    by_char: dict[str, tuple[int, ...]]  # one starting character → indicators whose words can be one long
    unindexed: tuple[int, ...]  # indicators whose first characters are unknown: scanned in full
    starts: re.Pattern[str] | None  # positions where some indexed word can start
    # Per indicator, its require / exclude / avoid expressions searched as one (see ``pattern_sets``).
    require: tuple[PatternSet, ...] = ()
    exclude: tuple[PatternSet, ...] = ()
    avoid: tuple[PatternSet, ...] = ()

    def hits(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[list[TermHit]]:
        """Every indicator's hits in ``text`` (or only inside ``spans``), left to right."""
        spans = spans if spans is not None else [(0, len(text))]
        found: list[list[TermHit]] = [[] for _ in self.patterns]
        next_free = [0] * len(self.patterns)
        by_pair, by_char, patterns = self.by_pair, self.by_char, self.patterns
        for start, end in spans:
            if self.starts is not None:
                for position_match in self.starts.finditer(text, start, end):
                    position = position_match.start()
                    candidates = by_pair.get(text[position:position + 2], ())
                    if by_char:
                        single = by_char.get(text[position])
                        if single:
                            candidates = tuple(candidates) + single
                    for index in candidates:
                        if position < next_free[index]:
                            continue
                        match = patterns[index].match(text, position, end)
                        if match and match.end() > position:
                            found[index].append(TermHit(position, match.end(), _role(match), index))
                            next_free[index] = match.end()
            for index in self.unindexed:
                for match in patterns[index].finditer(text, start, end):
                    if match.end() > match.start():
                        found[index].append(TermHit(match.start(), match.end(), _role(match), index))
        return found


def _index(patterns: tuple[re.Pattern[str] | None, ...]) -> tuple[dict, dict, tuple[int, ...], re.Pattern[str] | None]:
    by_pair: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    unindexed = []
    for index, pattern in enumerate(patterns):
        if pattern is None:
            continue
        prefixes = start_prefixes(pattern.pattern)
        if prefixes is None:
            unindexed.append(index)
            continue
        for prefix in prefixes:
            table = by_pair if len(prefix) == 2 else by_char
            if index not in table.setdefault(prefix, []):
                table[prefix].append(index)
    def char_class(chars) -> str:
        return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"

    if by_char or not by_pair:
        firsts = {p[0] for p in by_pair} | set(by_char)
        starts = re.compile(char_class(firsts)) if firsts else None
    else:
        # A first character any word starts with, followed by a second one any word has there:
        # half the positions of the first character alone, found in C.
        starts = re.compile(char_class({p[0] for p in by_pair}) + "(?=" + char_class({p[1] for p in by_pair}) + ")")
    return ({k: tuple(v) for k, v in by_pair.items()}, {k: tuple(v) for k, v in by_char.items()},
            tuple(unindexed), starts)


def _role(match: re.Match[str]) -> str:
    role = match.lastgroup
    if role in ROLES:
        return role
    # A bureau's word with a group of its own hides the role group from lastgroup.
    return next((r for r in ROLES if r in match.re.groupindex and match.group(r) is not None), "thing")


# Keyed by identity: hashing a whole catalog on every report would cost more than the lookup saves.
_CACHE: dict[int, tuple[Catalog, CatalogTerms]] = {}


def compile_terms(catalog: Catalog) -> CatalogTerms:
    """The catalog's patterns, compiled once per catalog object."""
    cached = _CACHE.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        if len(_CACHE) > 8:
            _CACHE.clear()
        patterns = tuple(term_pattern(spec) for spec in catalog.indicators)
        by_pair, by_char, unindexed, starts = _index(patterns)
        cached = (catalog, CatalogTerms(
            patterns=patterns,
            after_patterns=tuple(spec.cue_after_patterns for spec in catalog.indicators),
            by_pair=by_pair, by_char=by_char, unindexed=unindexed, starts=starts,
            require=tuple(PatternSet(spec.require_patterns) for spec in catalog.indicators),
            exclude=tuple(PatternSet(spec.exclude_patterns) for spec in catalog.indicators),
            avoid=tuple(PatternSet(spec.avoid_patterns) for spec in catalog.indicators),
        ))
        _CACHE[id(catalog)] = cached
    return cached[1]
