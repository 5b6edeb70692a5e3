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
    if "：" not in text and ":" not in text and ")" not in text and "）" not in text:
        return mentions
    units = _count_units()
    pattern = _label_measure(units)
    bracketed = _bracketed_measure(units)
    changed = None
    for index, mention in enumerate(mentions):
        if mention.unit or mention.percent:
            continue
        start = mention.number_start if mention.number_start >= 0 else mention.start
        colon = max(text.rfind("：", start - _LABEL_TAIL, start), text.rfind(":", start - _LABEL_TAIL, start))
        found = pattern.search(text, max(0, colon - 12), start) if colon != -1 else None
        if found is None:
            # 行政处罚案件（件）　　96: a row of a table set in spaces, which normalization closes up.
            found = bracketed.search(text, max(0, start - _BRACKETED_TAIL), start)
            # (培训12人（次）3: the bracket is the figure before's, no label's.)
            if found is None or found.start() == 0 or not _LABEL_CHARACTER.match(text, found.start() - 1) \
                    or index > 0 and mentions[index - 1].end >= found.start():
                continue
        if changed is None:
            changed = list(mentions)
        changed[index] = mention._replace(unit=found.group(1) or found.group(2))
    return changed if changed is not None else mentions


@lru_cache(maxsize=8)
def _bracketed_measure(units: tuple[str, ...]) -> re.Pattern[str]:
    """A measure word in brackets right before the figure: the end of a row's label (收案（件）86)."""
    words = "|".join(re.escape(unit) for unit in sorted(units, key=len, reverse=True))
    return re.compile(rf"[(（]({words})[)）]()[ \t\u3000]*$")


# How far back the bracketed measure word may start ((人次) and a few spaces).
_BRACKETED_TAIL: Final = 8
# What a label ends on before its bracketed measure: a word, not a figure.
_LABEL_CHARACTER: Final = re.compile(r"[^\d\s.,，。；;：:]")
