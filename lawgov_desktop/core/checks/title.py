"""The title names the report's kind and year, and that year is the one reported on.

The year the text reports on is the year it names most often outside the title;
a report about 2024 also names 2025 in its plans and 2023 in comparisons, so a
mismatch is only reported when another year clearly dominates (``min_mentions``
and ``dominance`` over the title's year).

``title`` and ``title_words()`` are both None or neither (the one is read from the other).
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KINDS = ("title_missing", "title_kind", "title_year_missing", "title_year_mismatch")
REQUIRED: dict[str, tuple[str, ...]] = {
    "title_missing": (),
    "title_kind": ("kind_patterns",),
    "title_year_missing": (),
    "title_year_mismatch": ("min_mentions", "dominance"),
}


def check_missing(context: CheckContext, rule: Rule) -> list[Finding]:
    """Neither the extractor nor the first line gave a title: the other title rules cannot judge."""
    return [context.finding(rule)] if context.title is None else []


def check_kind(context: CheckContext, rule: Rule) -> list[Finding]:
    title, words = context.title, context.title_words()
    if title is None or words is None or any(p.search(words) for p in rule.compiled("kind_patterns")):
        return []
    return [context.finding(rule, evidence=title[1], title=title[0])]


def check_year_missing(context: CheckContext, rule: Rule) -> list[Finding]:
    title, words = context.title, context.title_words()
    if title is None or words is None or context.years_in(words):
        return []
    return [context.finding(rule, evidence=title[1], title=title[0])]


def check_year_mismatch(context: CheckContext, rule: Rule) -> list[Finding]:
    title, words = context.title, context.title_words()
    if title is None or words is None:
        return []
    years = context.years_in(words)
    if not years:
        return []
    title_year = years[0][0]
    after = rule.params.get("ignore_after_part")
    counts = context.year_counts(context.part_start(str(after), rule) if after else None)
    if not counts:
        return []
    text_year, count = counts.most_common(1)[0]
    if text_year == title_year or count < int(rule.params["min_mentions"]):
        return []
    if count < float(rule.params["dominance"]) * counts.get(title_year, 0):
        return []
    return [context.finding(rule, evidence=title[1], title=title[0], title_year=title_year,
                            text_year=text_year, count=count)]
