"""Find administrative place names (奇台县, 密云区, 黔西南州 …) in running text.

Chinese has no word boundaries, so “在州委” or “按时向县” look like places to a
regular expression.  Names are therefore looked up in ``resources/places.txt``.
Counties keep being turned into districts (密云县 → 密云区), so a known stem with
any administrative suffix counts too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import paths

SUFFIXES = ("特别行政区", "自治县", "自治州", "自治区", "自治旗", "街道", "新区", "县", "区", "市", "州", "省", "旗", "盟", "镇", "乡")
_LEVEL = {"省": 0, "自治区": 0, "特别行政区": 0, "市": 1, "州": 1, "自治州": 1, "盟": 1,
          "县": 2, "区": 2, "旗": 2, "自治县": 2, "自治旗": 2, "新区": 2, "镇": 3, "乡": 3, "街道": 3}
_MAX_STEM = 8
_SUFFIX_RE = re.compile("|".join(SUFFIXES))


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    suffix: str

    @property
    def level(self) -> int:
        return _LEVEL.get(self.suffix, 2)


@lru_cache(maxsize=1)
def known_places() -> tuple[frozenset[str], frozenset[str]]:
    """(full names, stems) from the bundled list."""
    names = set()
    try:
        lines = paths.resource("places.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line)
    stems = set()
    for name in names:
        for suffix in SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                if not name[: -len(suffix)].endswith("族"):  # 瑶族 is not a place
                    stems.add(name[: -len(suffix)])
                break
    return frozenset(names), frozenset(stems)


def find_places(text: str) -> list[Place]:
    """Known places in ``text``, left to right, longest name at each position."""
    names, stems = known_places()
    found: list[Place] = []
    last_end = 0
    for suffix_match in _SUFFIX_RE.finditer(text):
        i = suffix_match.start()
        if i < last_end:
            continue
        suffix = suffix_match.group()
        end = i + len(suffix)
        best = _autonomous(text, i, suffix, last_end) if suffix.startswith("自治") else None
        for stem_length in range(min(_MAX_STEM, i - last_end), 0, -1) if best is None else ():
            stem = text[i - stem_length:i]
            if stem + suffix in names or (stem_length >= 2 and stem in stems):
                if stem_length == 1 and _glued(text, i - 1):
                    break  # 和县 inside 郎溪和县…: a one-character name needs a boundary before it
                best = Place(stem + suffix, i - stem_length, end, suffix)
                break
        if best is not None:
            # 巴州 + 区 → 巴州区: a longer known name that goes on past the first suffix.
            longer = next((s for s in SUFFIXES if text.startswith(s, best.end)), None)
            if longer and text[best.start:best.end + len(longer)] in names:
                best = Place(text[best.start:best.end + len(longer)], best.start, best.end + len(longer), longer)
        if best:
            found.append(best)
            last_end = best.end
    return found


_BOUNDARY = set("，,。；;：:、（）()《》“”\"' \n年在和与及由将对向的是")


def _glued(text: str, position: int) -> bool:
    """True when the character before ``position`` continues a word (no boundary)."""
    if position <= 0:
        return False
    before = text[position - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in _BOUNDARY and before not in "省市州"


def _autonomous(text: str, i: int, suffix: str, last_end: int) -> Place | None:
    """富川瑶族自治县: ethnic autonomous names are built, not listed; take the run back to a boundary."""
    start = i
    while start > last_end and i - start < 10 and text[start - 1] not in _BOUNDARY \
            and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    if i - start >= 3 and "族" in text[start:i]:
        return Place(text[start:i + len(suffix)], start, i + len(suffix), suffix)
    return None


@lru_cache(maxsize=1)
def _stems_by_suffix() -> dict[str, dict[str, str]]:
    names, _ = known_places()
    table: dict[str, dict[str, str]] = {}
    for name in names:
        for suffix in ("省", "市", "县", "区", "州", "旗"):
            if name.endswith(suffix) and 2 <= len(name) - 1 <= 4:
                table.setdefault(suffix, {})[name[:-1]] = name
                break
    return table


def bare_stem_counts(text: str, suffix: str) -> dict[str, int]:
    """How often each known place of ``suffix`` is named without it (安徽 for 安徽省)."""
    stems = _stems_by_suffix().get(suffix, {})
    counts: dict[str, int] = {}
    for i in range(len(text)):
        for length in (4, 3, 2):
            word = text[i:i + length]
            if word in stems:
                name = stems[word]
                counts[name] = counts.get(name, 0) + 1
                break
    return counts
