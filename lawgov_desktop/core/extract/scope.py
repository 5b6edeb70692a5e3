"""Which administrative level a report speaks for, so other levels' figures can be told apart.

A county report quoting 全市 or 全省 figures is quoting someone else; a city report's
全市 is its own.  The level comes from the region named at the top of the report.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import vocabulary
from ..pattern_prefixes import first_character_guard
from .literal_screen import screened_finditer

# Levels from the top down; a report's own level and those below it are "own scope".
_LEVEL_ORDER = ("国", "省", "市", "县", "乡")
_PLACE = re.compile(r"([\u4e00-\u9fff]{1,10}?(?:自治县|自治州|自治区|街道|县|区|市|省|州|旗|盟|镇|乡))"
                    r"(?:人民政府|政府|委|党委|司法局|[\u4e00-\u9fff]{0,8}局|办事处|党工委)")


_LEVEL_BY_SUFFIX = (("省", ("省", "自治区", "特别行政区")), ("市", ("州", "盟", "地区", "市")),
                    ("乡", ("街道", "苏木", "镇", "乡")), ("县", ("县", "区", "旗")))


def level_of_region(region: str | None) -> str | None:
    """省/市/县/乡 of a region, by its suffix (a county-level 市 calls itself 全市, so it is 市 here);
    a development zone counts as a county, as its 管委会 reports like one."""
    if not region:
        return None
    from . import metadata_language

    if re.search(metadata_language.alternation("zone_suffixes") + r"(?:\([^)]*\))?$", region):
        return "县"
    for level, suffixes in _LEVEL_BY_SUFFIX:
        if region.endswith(suffixes):
            return level
    return None


@dataclass(frozen=True)
class ReportScope:
    level: str | None
    own_words: tuple[str, ...]
    foreign_words: tuple[str, ...]
    _foreign: re.Pattern[str] | None = None
    # ``_foreign.finditer`` behind a look for the higher level's words: most windows hold none,
    # and the pattern, opening on look-behinds, is otherwise tried at every position of each.
    _foreign_finditer: Callable[..., Iterator[re.Match[str]]] | None = None

    def foreign_scope(self, text: str) -> bool:
        """True when ``text`` speaks of a higher level than the report's own."""
        return bool(self._foreign and self._foreign.search(text))

    def foreign_matches(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The words naming a higher level in text[start:end]."""
        return self._foreign_finditer(text, start, end) if self._foreign_finditer is not None else iter(())


# One scope per level and vocabulary: building one reads a regular expression's parse tree for its
# look-ahead (first_character_guard), 1.6 % of a 20 KB report's time when it was built per report.
_SCOPES: dict[str | None, tuple[dict, ReportScope]] = {}


def scope_for_level(level: str | None) -> ReportScope:
    language = vocabulary.language()
    cached = _SCOPES.get(level)
    if cached is not None and cached[0] is language:
        return cached[1]
    scope = _build_scope(level)
    _SCOPES[level if level in _LEVEL_ORDER else None] = (language, scope)
    return scope


def _build_scope(level: str | None) -> ReportScope:
    levels = vocabulary.scope_levels()
    if level not in _LEVEL_ORDER:
        return ReportScope(None, (), ())
    own = set(levels.get(level, []))
    # A higher level's figure is named as that level's whole (全市, 市级, 市直), not by its bodies:
    # 报送市政府备案 or 在市委领导下 speak of the higher body, not of its figures.
    wholes = vocabulary.language()["foreign_scope_words"]
    foreign: set[str] = set()
    for higher in _LEVEL_ORDER[:_LEVEL_ORDER.index(level)]:
        foreign |= set(wholes.get(higher, []))
    foreign -= own
    if not foreign:
        return ReportScope(level, tuple(sorted(own)), ())
    # 按照市级统筹安排，…领取政务事项5407项: following the higher level's arrangement is no figure of it.
    following = "".join(f"(?<!{re.escape(word)})" for word in vocabulary.language().get("scope_following_words", ()))
    # (Longest first; the same length in the order of the words, not of the set: the same pattern in every process.)
    words = "(?:" + "|".join(sorted(map(re.escape, foreign), key=lambda word: (-len(word), word))) + ")"
    pattern = re.compile(first_character_guard(following + words))  # look-behinds first: no fast skip
    return ReportScope(level, tuple(sorted(own)), tuple(sorted(foreign)), pattern,
                       screened_finditer(pattern, most=len(foreign)))


def detect_scope(text: str, region: str | None = None) -> ReportScope:
    if region is None:
        match = _PLACE.search(text[:800])
        region = match.group(1) if match else None
    return scope_for_level(level_of_region(region))
