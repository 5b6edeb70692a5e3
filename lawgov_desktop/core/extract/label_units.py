"""A bare figure after a field label that names its measure: 出庭人次：5, 受理案件（件）：86.

A 基本情况 or 主要数据 block often puts the measure word in the label and writes the figure alone
after the colon.  Such a figure is read with the label's measure word as its unit, as a table's
figure is read with its row's (``table_cells.with_table_units``); a figure that has a measure word
of its own, or a rate, keeps it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .. import vocabulary
from ..numbers import NumberMention

# Date words are no measure of a count (年度：2024).
_DATE_WORDS: Final = frozenset({"年", "月", "日", "号"})
# How far back from the figure the label's measure word may end (its colon and spaces between).
_LABEL_TAIL: Final = 4


@lru_cache(maxsize=8)
def _label_measure(units: tuple[str, ...]) -> re.Pattern[str]:
    """A label ending in a measure word — bare (出庭人次), before 数 (案件数 has none: 件数 does), or
    in brackets (（件）) — then its colon, at the end of the text searched."""
    words = "|".join(re.escape(unit) for unit in sorted(units, key=len, reverse=True))
    return re.compile(rf"(?:[(（]({words})[)）]|({words})数?)\s*[：:]\s*$")


@lru_cache(maxsize=8)
def _measure_alone(units: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(unit) for unit in sorted(units, key=len, reverse=True))
    return re.compile(rf"[(（](?:{words})[)）]|(?:{words})数?")


def names_a_measure(words: str) -> bool:
    """``words`` are only a label's measure word (人次, 件数, （件）): between a word and its figure
    they are part of the label, no distance."""
    return _measure_alone(_count_units()).fullmatch(words) is not None


def _count_units() -> tuple[str, ...]:
    return tuple(unit for unit in vocabulary.unit_words() if unit not in _DATE_WORDS)


def with_label_units(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """``mentions`` with each bare figure right after a label naming its measure given that unit."""
    if "：" not in text and ":" not in text:
        return mentions
    pattern = _label_measure(_count_units())
    changed = None
    for index, mention in enumerate(mentions):
        if mention.unit or mention.percent:
            continue
        start = mention.number_start if mention.number_start >= 0 else mention.start
        colon = max(text.rfind("：", start - _LABEL_TAIL, start), text.rfind(":", start - _LABEL_TAIL, start))
        if colon == -1:
            continue
        found = pattern.search(text, max(0, colon - 12), start)
        if found is None:
            continue
        if changed is None:
            changed = list(mentions)
        changed[index] = mention._replace(unit=found.group(1) or found.group(2))
    return changed if changed is not None else mentions
