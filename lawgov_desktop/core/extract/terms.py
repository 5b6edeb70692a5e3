"""Where each indicator's words occur in a report: things, events, labels and old-style cues.

An indicator names what its figure counts as word lists in the catalog (see
``IndicatorSpec``).  This module finds them; ``grammar`` decides which number a
word belongs to.  Each indicator's lists are compiled into one pattern with a
named group per role, longest alternative first, so a scan of the text costs one
``finditer`` per indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..catalog import Catalog, IndicatorSpec

# Roles, in the order their alternatives are tried at one position.  ``main`` is the first of
# an indicator's things: the word the indicator is named by (政府常务会议), before its variants.
ROLES = ("label", "main", "thing", "event", "cue")
# Roles that may stand after their number (312项行政许可事项); labels and old cues stand before it.
AFTER_ROLES = frozenset({"main", "thing", "event"})


@dataclass(frozen=True)
class TermHit:
    """One occurrence of an indicator's word in the normalized text."""

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
class CatalogTerms:
    """The compiled patterns of a catalog, built once per catalog."""

    patterns: tuple[re.Pattern[str] | None, ...]
    after_patterns: tuple[tuple[re.Pattern[str], ...], ...]  # old cue_after: anchored at the number

    def hits(self, text: str) -> list[list[TermHit]]:
        """Every indicator's hits in ``text``, left to right (one list per indicator)."""
        found: list[list[TermHit]] = []
        for index, pattern in enumerate(self.patterns):
            hits: list[TermHit] = []
            if pattern is not None:
                for match in pattern.finditer(text):
                    if match.end() > match.start():
                        hits.append(TermHit(match.start(), match.end(), match.lastgroup or "thing", index))
            found.append(hits)
        return found


# Keyed by identity: hashing a whole catalog on every report would cost more than the lookup saves.
_CACHE: dict[int, tuple[Catalog, CatalogTerms]] = {}


def compile_terms(catalog: Catalog) -> CatalogTerms:
    """The catalog's patterns, compiled once per catalog object."""
    cached = _CACHE.get(id(catalog))
    if cached is None or cached[0] is not catalog:
        if len(_CACHE) > 8:
            _CACHE.clear()
        cached = (catalog, CatalogTerms(
            patterns=tuple(term_pattern(spec) for spec in catalog.indicators),
            after_patterns=tuple(spec.cue_after_patterns for spec in catalog.indicators),
        ))
        _CACHE[id(catalog)] = cached
    return cached[1]
