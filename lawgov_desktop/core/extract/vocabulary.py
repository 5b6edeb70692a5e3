"""The report language the extractor uses, loaded from ``resources/language.json``.

Unit words, 约数 qualifiers, change words (同比/增长 …), plan and cumulative words,
section headings and administrative-level words are data: a bureau that meets a new
phrasing edits the file, not the code.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from ... import paths


@lru_cache(maxsize=1)
def language() -> dict[str, Any]:
    return json.loads(paths.resource("language.json").read_text(encoding="utf-8"))


def unit_words() -> list[str]:
    return [u for u in language()["units"] if not u.startswith("余")]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def approx_prefix_pattern() -> str:
    return "(?:" + _alternation([re.escape(w) for w in language()["approx_prefixes"]]) + ")"


@lru_cache(maxsize=1)
def exact_prefixes() -> frozenset[str]:
    return frozenset(language()["exact_prefixes"])


@lru_cache(maxsize=1)
def change_pattern() -> re.Pattern[str]:
    """Change words directly before a number (同比增长12% → the 12 is a change)."""
    words = language()["change_words"]
    return re.compile("(?:" + _alternation(words) + r")(?:了)?(?:约|近)?$")


@lru_cache(maxsize=1)
def total_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + _alternation([re.escape(w) for w in language()["total_words"]]) + ")")


@lru_cache(maxsize=1)
def plan_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + _alternation(language()["plan_words"]) + ")")


@lru_cache(maxsize=1)
def cumulative_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + _alternation(language()["cumulative_words"]) + ")")


@lru_cache(maxsize=1)
def plan_heading_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + _alternation(language()["plan_section_headings"]) + ")")


def scope_levels() -> dict[str, list[str]]:
    return language()["scope_levels"]


def region_suffixes() -> list[str]:
    return language()["region_suffixes"]


@lru_cache(maxsize=1)
def multi_year_pattern() -> re.Pattern[str]:
    """Figures that add up several years (近三年累计…): not the year's own."""
    return re.compile("(?:" + _alternation(language()["multi_year_words"]) + ")")


@lru_cache(maxsize=1)
def old_value_pattern() -> re.Pattern[str]:
    """由原来的268项精简为213项: the figure after 原来的 is the old one."""
    return re.compile("(?:" + _alternation(language()["old_value_words"]) + ")$")


@lru_cache(maxsize=1)
def own_scope_pattern() -> re.Pattern[str]:
    """我县/本区 …: the reporting body speaking of itself."""
    return re.compile("(?:" + _alternation(language()["own_scope_words"]) + ")")


@lru_cache(maxsize=1)
def new_value_pattern() -> re.Pattern[str]:
    """精简为/压减至 … right before a number: that number is the level now reached."""
    return re.compile("(?:" + _alternation(language()["new_value_words"]) + r")(?:了)?$")
