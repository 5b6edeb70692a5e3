"""The words metadata reads a report's head with, from the ``"metadata"`` block of ``resources/language.json``.

Organisation names are built from them: an optional party prefix (中共), one or more places
or a development zone, then a government tail (人民政府, 管委会, 办事处 …) or a department
(…司法局, …委员会办公室), optionally with a parenthesised second name and a party group
(党组).  The lists are plain strings (regex fragments); a bureau that meets a new phrasing
edits the file, not the code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from ..pattern_prefixes import may_consume, start_prefixes

# A letter other than a Latin one (Chinese characters, that is), not a digit: far cheaper to compile than the
# class [\u4e00-\u9fff], which costs about a millisecond each time it appears in a pattern.
HAN = r"[^\W\d_a-zA-Z]"


def words(key: str) -> list[str]:
    return list(vocabulary.language()["metadata"][key])


def alternation(key: str) -> str:
    """Longest first, so 人民政府 wins over 政府."""
    return "(?:" + "|".join(sorted(words(key), key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def place_levels() -> dict[str, int]:
    return dict(vocabulary.language()["metadata"]["place_levels"])


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, str]:
    return dict(vocabulary.language()["metadata"]["province_abbreviations"])


@lru_cache(maxsize=1)
def place() -> str:
    """A place name by its shape (示例县, 青石镇, 示例市示例区 is two)."""
    suffixes = "|".join(sorted(place_levels(), key=len, reverse=True))
    return rf"(?:{HAN}{{1,12}}?(?:{suffixes}))"


@lru_cache(maxsize=1)
def zone() -> str:
    """A development zone: 示例经济技术开发区, 示例高新区, 示例-东盟经开区, 高新区(示例区)."""
    # (Not 以下简称…: 示例经济技术开发区(以下简称示例经开区)，在… names the zone, then its short name.)
    return rf"(?:{HAN}(?:{HAN}|[\-—]){{0,20}}?{alternation('zone_suffixes')}(?:[(（](?!以下简称|简称){HAN}{{2,8}}[)）])?)"


@lru_cache(maxsize=1)
def organisation() -> str:
    """An issuing body: 中共示例县委, 示例县人民政府, 示例市公安局青石分局, 示例区藏语委办(编译局)党组."""
    party = alternation("party_prefixes")
    street = rf"{HAN}{{1,6}}?街(?:道)?(?=党工委|办事处)"
    alias = rf"(?:[(（]{HAN}{{2,12}}[)）])?"  # 示例区(示例经开区)
    where = rf"(?:{zone()}|{place()}(?:{place()}){{0,2}}{alias}|{street})"
    government = alternation("government_tails")
    department = rf"{HAN}{{0,14}}?{alternation('department_tails')}"
    second_name = rf"(?:[(（](?!以下简称|简称){HAN}{{2,10}}[)）])?"  # not (简称经开区管委会)
    group = rf"(?:{alternation('party_group_tails')})?"
    return rf"(?:{party}?{where}(?:{government}|{department}){second_name}{group})"


@lru_cache(maxsize=1)
def organisation_pattern() -> re.Pattern[str]:
    """One body, or two joined (中共示例县委 示例县人民政府; 示例街党工委、办事处)."""
    body = organisation()
    government = alternation("government_tails")
    return re.compile(rf"{_tail_ahead(body)}({body}(?:[、和及与\s]*(?:{body}|{government})){{0,2}})")


def _tail_ahead(body: str) -> str:
    """A look-ahead for a first character of a government or department tail before the next 。，,
    — a body's name always ends in such a tail and never holds those marks — or nothing where that
    cannot be told from the word lists.  The name opens on any hanzi, so the engine tried its many
    alternations at every position of a report's head; most positions now fail on plain character
    tests (a third less time over the openings of ../shared)."""
    firsts = start_prefixes(alternation("government_tails") + "|" + alternation("department_tails"), 1)
    if not firsts or may_consume(body, "。，,"):
        return ""
    return "(?=[^。，,]*?[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])"


@lru_cache(maxsize=1)
def short_organisation_pattern() -> re.Pattern[str]:
    """A body named by its level only: 省政府, 市人社局, 区司法局 (the place is named elsewhere)."""
    level = "|".join(sorted((s for s in place_levels() if len(s) == 1), key=len))
    # Not 市委…/乡党委 (the party committee) nor a clause run into a tail (市委主要领导主持召开市委).
    body = rf"(?!委|党)(?:(?!主持|召开|领导|研究){HAN}){{1,10}}?"
    # 市政府办公室 is the office, not the government: the first form gives way to the second there.
    return re.compile(rf"(?:[{level}](?:人民政府|政府)(?!办公室|办公厅)|[{level}]{body}{alternation('department_tails')})")


@lru_cache(maxsize=1)
def national_body_pattern() -> re.Pattern[str]:
    """A body of the central government (司法部, 国家统计局, 体育总局): it names no place."""
    return re.compile(alternation("national_bodies"))  # one group: a tail may be appended


@lru_cache(maxsize=1)
def bare_place_pattern() -> re.Pattern[str]:
    """A place, a zone or a 街 named alone (示例市示例区, 青石镇, 示例高新区, 示例街道)."""
    return re.compile(rf"(?:{zone()}|{place()}{{1,3}}|{HAN}{{1,6}}?街(?:道)?)")


@lru_cache(maxsize=1)
def subject_verb() -> str:
    return alternation("subject_verbs")


@lru_cache(maxsize=None)
def pattern(key: str, tail: str = "") -> re.Pattern[str]:
    return re.compile(alternation(key) + tail)
