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

from .. import paths


@lru_cache(maxsize=1)
def language() -> dict[str, Any]:
    return json.loads(paths.resource("language.json").read_text(encoding="utf-8"))


def unit_words() -> list[str]:
    return [u for u in language()["units"] if not u.startswith("余")]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def words_pattern(key: str, escape: bool = False, tail: str = "") -> re.Pattern[str]:
    """Any of the words listed under ``key`` in language.json (longest first), then ``tail``.

    Most lists hold regular-expression fragments; ``escape`` takes them literally.
    """
    words = language()[key]
    return re.compile("(?:" + _alternation([re.escape(w) for w in words] if escape else words) + ")" + tail)


@lru_cache(maxsize=1)
def approx_prefix_pattern() -> str:
    return "(?:" + _alternation([re.escape(w) for w in language()["approx_prefixes"]]) + ")"


@lru_cache(maxsize=1)
def exact_prefixes() -> frozenset[str]:
    return frozenset(language()["exact_prefixes"])


def change_pattern() -> re.Pattern[str]:
    """Change words directly before a number (同比增长12% → the 12 is a change)."""
    return words_pattern("change_words", tail=r"(?:了)?(?:约|近)?$")


def total_pattern() -> re.Pattern[str]:
    """共/合计 …: a stated total, which wins over its parts."""
    return words_pattern("total_words", escape=True)


def plan_pattern() -> re.Pattern[str]:
    """力争/计划 …: a target, not the year's result."""
    return words_pattern("plan_words")


def cumulative_pattern() -> re.Pattern[str]:
    return words_pattern("cumulative_words")


def plan_heading_pattern() -> re.Pattern[str]:
    """Headings of the 下一步工作打算 / 存在的问题 sections."""
    return words_pattern("plan_section_headings")


def multi_year_pattern() -> re.Pattern[str]:
    """Figures that add up several years (近三年累计…): not the year's own."""
    return words_pattern("multi_year_words")


def old_value_pattern() -> re.Pattern[str]:
    """由原来的268项精简为213项: the figure after 原来的 is the old one."""
    return words_pattern("old_value_words", tail="$")


def own_scope_pattern() -> re.Pattern[str]:
    """我县/本区 …: the reporting body speaking of itself."""
    return words_pattern("own_scope_words")


def new_value_pattern() -> re.Pattern[str]:
    """精简为/压减至 … right before a number: that number is the level now reached."""
    return words_pattern("new_value_words", tail=r"(?:了)?$")


def scope_levels() -> dict[str, list[str]]:
    return language()["scope_levels"]


@lru_cache(maxsize=1)
def link_gap_pattern() -> re.Pattern[str]:
    """A gap between a word and its number made only of linking words (共/累计/达/为/开展 …)."""
    return re.compile("(?:" + _alternation(language()["link_words"]) + ")+")


def person_pattern() -> re.Pattern[str]:
    """Nouns for people (干部, 执法人员 …): 860名新任领导干部参加…考试 counts people at an event."""
    return words_pattern("person_nouns")


def grammar_setting(key: str) -> int:
    """Spans of the quantity grammar (characters), from language.json's ``grammar``."""
    return int(language()["grammar"][key])


def body_pattern() -> re.Pattern[str]:
    """Bodies counted by a measure word (部门, 单位, 乡镇 …): 8个部门的执法案卷 counts departments."""
    return words_pattern("body_nouns")


def person_before_pattern() -> re.Pattern[str]:
    """A noun for people right before a figure (领导干部480人)."""
    return words_pattern("person_nouns", tail="$")


def all_words_pattern() -> re.Pattern[str]:
    """均/全部/都 …: the clause that follows says all of the counted ones did it."""
    return words_pattern("all_words")
