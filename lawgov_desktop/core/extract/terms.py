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
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from ..catalog import Catalog, IndicatorSpec
from ..pattern_prefixes import start_prefixes
from .pattern_sets import PatternSet

# Roles, in the order their alternatives are tried at one position.  ``main`` is the first of
# an indicator's things: the word the indicator is named by (政府常务会议), before its variants.
ROLES = ("label", "main", "thing", "event", "cue")
# Roles that may stand after their number (312项行政许可事项); labels and old cues stand before it.
AFTER_ROLES = frozenset({"main", "thing", "event"})
# Roles of words that name the thing a figure counts (not the event done, the label or a cue).
COUNTED_ROLES = frozenset({"main", "thing"})
# Roles that name what is counted; an event word (审查, 开展) may stand between them and the number.
NAMING_ROLES = frozenset({"main", "thing", "label"})


class TermHit(NamedTuple):
    """One occurrence of an indicator's word in the normalized text (a named tuple: cheap to build)."""

    start: int
    end: int
    role: str
    indicator: int  # index into the catalog's indicators


def _alternation(fragments: tuple[str, ...]) -> str:
    # Longest first: at one position the more specific word (行政复议案件) wins over its head (行政复议).
    return "|".join(f"(?:{f})" for f in sorted(fragments, key=len, reverse=True))


def term_pattern(spec: IndicatorSpec) -> re.Pattern[str] | None:
    """One pattern for all of ``spec``'s words before or after a number, a named group per role."""
    groups = []
    for role, fragments in (("label", spec.labels), ("main", spec.things[:1]), ("thing", spec.things[1:]),
                            ("event", spec.events), ("cue", spec.cues)):
        if fragments:
            groups.append(f"(?P<{role}>{_alternation(fragments)})")
    return re.compile("|".join(groups)) if groups else None


@dataclass(frozen=True)
class UnitGroups:
    """The catalog's indicators grouped by the units they accept (the same units in any order are
    one group): an indicator takes the numbers of its group's unit words ('%' for rates)."""

    units: tuple[tuple[str, ...], ...]  # per group, its unit words as the first indicator lists them
    of_indicator: tuple[int, ...]  # per indicator, its group
    by_word: dict[str, tuple[int, ...]]  # unit word → the groups that accept it

    @property
    def count(self) -> int:
        return len(self.units)

    @staticmethod
    def of(catalog: Catalog) -> UnitGroups:
        index: dict[frozenset[str], int] = {}
        units: list[tuple[str, ...]] = []
        of_indicator = []
        for spec in catalog.indicators:
            words = ("%",) if spec.kind == "rate" else spec.units
            if frozenset(words) not in index:
                index[frozenset(words)] = len(units)
                units.append(words)
            of_indicator.append(index[frozenset(words)])
        by_word: dict[str, list[int]] = {}
        for group, words in enumerate(units):
            for word in dict.fromkeys(words):
                by_word.setdefault(word, []).append(group)
        return UnitGroups(tuple(units), tuple(of_indicator), {w: tuple(g) for w, g in by_word.items()})


@dataclass(frozen=True)
class CatalogTerms:
    """The compiled patterns of a catalog, built once per catalog.

    Scanning the text once per indicator would cost 45 passes over it.  Instead one pass
    finds the positions where any indicator's word can start (from the first two
    characters each pattern can begin with), and each such position is tried only with
    the indicators whose words can start with the next three characters there.  Per
    indicator the result is what ``pattern.finditer`` gives: leftmost, non-overlapping matches.
    """

    patterns: tuple[re.Pattern[str] | None, ...]
    after_patterns: tuple[tuple[re.Pattern[str], ...], ...]  # old cue_after: anchored at the number
    # Up to three starting characters → indicators whose words can start with them (a string of
    # one or two: words that can end there; see ``_prefixes``).
    by_prefix: dict[str, tuple[int, ...]]
    unindexed: tuple[int, ...]  # indicators whose first characters are unknown: scanned in full
    starts: re.Pattern[str] | None  # positions where some indexed word can start
    # Per indicator, its require / exclude / avoid expressions searched as one (see ``pattern_sets``).
    require: tuple[PatternSet, ...] = ()
    topic: tuple[PatternSet, ...] = ()
    exclude: tuple[PatternSet, ...] = ()
    avoid: tuple[PatternSet, ...] = ()
    exclude_sentence: tuple[PatternSet | None, ...] = ()
    unit_groups: UnitGroups = UnitGroups((), (), {})
    # The three characters at a position → the indicators to try there, filled as texts are read.
    _tried_at: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def candidates(self, head: str) -> tuple[int, ...]:
        """The indicators whose words can start with ``head`` (the text's next three characters)."""
        found = self._tried_at.get(head)
        if found is None:
            by_prefix = self.by_prefix
            found = tuple(sorted({index for length in (1, 2, 3) if len(head) >= length
                                  for index in by_prefix.get(head[:length], ())}))
            if len(self._tried_at) > _MAX_TRIED:
                self._tried_at.clear()  # a long batch must not grow it without end
            self._tried_at[head] = found
        return found

    def hits(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[list[TermHit]]:
        """Every indicator's hits in ``text`` (or only inside ``spans``), left to right."""
        spans = spans if spans is not None else [(0, len(text))]
        found: list[list[TermHit]] = [[] for _ in self.patterns]
        next_free = [0] * len(self.patterns)
        # Only indicators with words are indexed or unindexed: their patterns are not None.
        patterns = cast("tuple[re.Pattern[str], ...]", self.patterns)
        tried_at = self._tried_at
        for start, end in spans:
            if self.starts is not None:
                for position_match in self.starts.finditer(text, start, end):
                    position = position_match.start()
                    head = text[position:position + 3]
                    candidates = tried_at.get(head)
                    if candidates is None:
                        candidates = self.candidates(head)
                    for index in candidates:
                        if position < next_free[index]:
                            continue
                        match = patterns[index].match(text, position, end)
                        if match:
                            match_end = match.end()
                            if match_end > position:
                                role = match.lastgroup
                                # TermHit(…), its fields in order, without the named tuple's __new__
                                found[index].append(tuple.__new__(TermHit, (
                                    position, match_end, role if role in ROLES else _role(match), index)))
                                next_free[index] = match_end
            for index in self.unindexed:
                for match in patterns[index].finditer(text, start, end):
                    if match.end() > match.start():
                        found[index].append(TermHit(match.start(), match.end(), _role(match), index))
        return found


# How many three-character heads ``CatalogTerms`` remembers before it starts again.
_MAX_TRIED = 50_000


def _index(patterns: tuple[re.Pattern[str] | None, ...]) -> tuple[dict, tuple[int, ...], re.Pattern[str] | None]:
    by_prefix: dict[str, list[int]] = {}
    unindexed = []
    for index, pattern in enumerate(patterns):
        if pattern is None:
            continue
        # Three characters tell more words apart than two; a pattern with too many shapes for
        # three is indexed by two, and one whose words may go on with any character (a quoted
        # name: “[^”]{0,14}培训”) by its first.
        prefixes = start_prefixes(pattern.pattern, 3, 2, 1)
        if prefixes is None:
            unindexed.append(index)
            continue
        for prefix in prefixes:
            if index not in by_prefix.setdefault(prefix, []):
                by_prefix[prefix].append(index)

    def char_class(chars) -> str:
        return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"

    # A first character any word starts with, followed by a second one any word has there: half
    # the positions of the first character alone, found in C; the few words indexed by their first
    # character alone (“) are found wherever it stands.  The pattern opens on one set of all
    # those first characters, so that the engine skips to them in its fast loop; the choice of
    # what must follow is looked back on from there (opening on two alternatives, it tried the
    # whole pattern at every character of the text).
    longer = [p for p in by_prefix if len(p) > 1]
    alone = {p for p in by_prefix if len(p) == 1}
    firsts = {p[0] for p in longer}
    starts: re.Pattern[str] | None = None
    if longer and alone:
        starts = re.compile(char_class(firsts | alone) + "(?:(?<=" + char_class(firsts) + ")(?="
                            + char_class({p[1] for p in longer}) + ")|(?<=" + char_class(alone) + "))")
    elif longer:
        starts = re.compile(char_class(firsts) + "(?=" + char_class({p[1] for p in longer}) + ")")
    elif alone:
        starts = re.compile(char_class(alone))
    return {k: tuple(v) for k, v in by_prefix.items()}, tuple(unindexed), starts


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
        by_prefix, unindexed, starts = _index(patterns)
        cached = (catalog, CatalogTerms(
            patterns=patterns,
            after_patterns=tuple(spec.cue_after_patterns for spec in catalog.indicators),
            by_prefix=by_prefix, unindexed=unindexed, starts=starts,
            require=tuple(PatternSet(spec.require_patterns) for spec in catalog.indicators),
            topic=tuple(PatternSet(spec.topic_patterns) for spec in catalog.indicators),
            exclude=tuple(PatternSet(spec.exclude_patterns) for spec in catalog.indicators),
            avoid=tuple(PatternSet(spec.avoid_patterns) for spec in catalog.indicators),
            exclude_sentence=tuple(PatternSet(spec.exclude_sentence_patterns) if spec.exclude_sentence_patterns
                                   else None for spec in catalog.indicators),
            unit_groups=UnitGroups.of(catalog),
        ))
        _CACHE[id(catalog)] = cached
    return cached[1]
