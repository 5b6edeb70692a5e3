"""Find administrative place names (示例县, 青石镇, 黔西南州 …) in running text and place them in the hierarchy.

Chinese has no word boundaries, so “在州委” or “按时向县” look like places to a
regular expression.  Names are therefore looked up in ``resources/places.tsv``, the
official division list (province → city → county, and the 乡镇/街道 under each county)
built by ``tools/build_places.py``.  Counties keep being turned into districts
(示例县 → 示例区), so a known county-level stem with any administrative suffix counts
too; a town's stem counts with any town suffix (撤乡设镇, 撤镇设街道).

The list is read once, lazily; the town → county index is built only when a caller
asks where a town lies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from ... import paths

PLACES_FILE = "places.tsv"
PROVINCE, CITY, COUNTY, TOWN = 0, 1, 2, 3
_MAX_STEM = 8


@dataclass(frozen=True)
class _Suffixes:
    """Administrative suffixes and their levels, from language.json ("metadata" → "place_levels")."""

    levels: dict[str, int]
    ordered: tuple[str, ...]  # longest first
    towns: frozenset[str]
    pattern: re.Pattern[str]
    by_last: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def _suffixes() -> _Suffixes:
    from .. import vocabulary

    levels = dict(vocabulary.language()["metadata"]["place_levels"])
    ordered = tuple(sorted(levels, key=len, reverse=True))
    by_last: dict[str, tuple[str, ...]] = {}
    for suffix in ordered:
        by_last[suffix[-1]] = (*by_last.get(suffix[-1], ()), suffix)
    return _Suffixes(levels, ordered, frozenset(s for s, level in levels.items() if level == TOWN),
                     re.compile("|".join(ordered)), by_last)


@dataclass(frozen=True)
class Place:
    """A place name found in a text, at ``start:end``."""

    name: str
    start: int
    end: int
    suffix: str

    @property
    def level(self) -> int:
        """0 province, 1 city, 2 county, 3 town: from the list when the name is known, else from its suffix."""
        return level_of(self.name, self.suffix)


class Division(NamedTuple):
    """One province, city or county of the official list: 6-digit code, name, level, parent code."""

    code: str
    name: str
    level: int
    parent: str


@dataclass(frozen=True)
class _Table:
    names: frozenset[str]
    stems: frozenset[str]
    rows: dict[str, list[str]]  # code → the fields of its line (a Division is made on demand)
    by_name: dict[str, tuple[str, ...]]  # province/city/county names and short forms → codes
    town_lines: bytes  # the “@ code towns” section, decoded and parsed on first use


def _suffix_of(name: str) -> str | None:
    for suffix in _suffixes().by_last.get(name[-1:], ()):
        if name.endswith(suffix):
            return suffix
    return None


@lru_cache(maxsize=1)
def _table() -> _Table:
    """The upper levels; the town section at the end of the file is kept as text until asked for."""
    try:
        data = paths.resource(PLACES_FILE).read_bytes()
    except OSError:
        data = b""
    upper_bytes, marker, towns_bytes = data.partition(b"\n@\t")
    upper = upper_bytes.decode("utf-8")
    names: set[str] = set()
    rows: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    for line in upper.split("\n"):
        if not line or line[0] == "#":
            continue
        fields = line.split("\t")
        if fields[0] == "=" and len(fields) >= 3:  # a short form: =  巴州  652800
            names.add(fields[1])
            by_name.setdefault(fields[1], []).append(fields[2])
        elif len(fields) >= 3 and fields[0].isdigit():
            rows[fields[1]] = fields
            names.add(fields[2])
            by_name.setdefault(fields[2], []).append(fields[1])
        elif len(fields) == 1 and fields[0].strip():  # a name added by hand
            names.add(fields[0].strip())
    stems = set()
    for name in by_name:
        suffix = _suffix_of(name)
        if suffix and len(name) - len(suffix) >= 2 and not name[: -len(suffix)].endswith("族"):
            stems.add(name[: -len(suffix)])  # 瑶族 is not a place
    return _Table(frozenset(names), frozenset(stems), rows,
                  {name: tuple(codes) for name, codes in by_name.items()}, marker[1:] + towns_bytes)


def _division(code: str) -> Division | None:
    fields = _table().rows.get(code)
    if fields is None:
        return None
    return Division(code, fields[2], int(fields[0]), fields[3] if len(fields) > 3 else "")


@lru_cache(maxsize=1)
def _towns_of() -> dict[str, str]:
    """County code → its towns, space-separated (the “@” lines)."""
    towns: dict[str, str] = {}
    for line in _table().town_lines.decode("utf-8").split("\n"):
        fields = line.split("\t")
        if len(fields) == 3 and fields[0] == "@":
            towns[fields[1]] = fields[2]
    return towns


def known_places() -> tuple[frozenset[str], frozenset[str]]:
    """(province/city/county names and short forms, their stems) from the bundled list."""
    table = _table()
    return table.names, table.stems


# A suffix that with the next character forms the generic word for towns (乡镇, 镇街) ends no name.
_GENERIC_AFTER: Final = {"乡": "镇", "镇": "街"}


def place_ending_at(text: str, end: int, reach: int = 10) -> str | None:
    """The shortest listed place name that ends right at ``end`` (实现北京市3600余项… → 北京市), within
    ``reach`` characters back; None when none does."""
    if end == 0 or text[end - 1] not in _suffix_ends():
        return None
    names = _table().names
    for length in range(2, min(reach, end) + 1):
        if text[end - length:end] in names:
            return text[end - length:end]
    return None


@lru_cache(maxsize=1)
def _suffix_ends() -> frozenset[str]:
    """The last characters of the place suffixes (省, 市, 县, 区, 镇, 道 …)."""
    return frozenset(name[-1] for name in _table().names)


def places_opening(text: str, start: int, reach: int) -> str | None:
    """The innermost of the listed places named one after another from ``start`` (示例县青石镇 → 青石镇;
    武陵区收到… → 武陵区), within ``reach`` characters; None when no listed name opens there.  Only
    exact names at each step: cheap enough to ask of every clause."""
    names = _table().names
    town_suffixes = _suffixes().towns
    towns: frozenset[str] | None = None
    not_shapes = _not_place_prefixes()
    position, innermost = start, None
    for suffix in _suffixes().pattern.finditer(text, start, start + reach):
        if suffix.start() < position or text.startswith(_GENERIC_AFTER.get(suffix.group(), "\0"), suffix.end()):
            continue  # 联合乡镇(街道)开展…: 乡镇 is the word for towns, not 联合乡 and a 镇
        candidate = text[position:suffix.end()]
        if text.startswith(not_shapes, position):
            continue  # 全年代县政府审核…: 代 (on behalf of) and 县政府, not 代县
        if candidate in names:
            known = True
        else:
            towns = town_names() if towns is None else towns
            stem = text[position:suffix.start()]
            # 撤乡设镇: a listed town's stem with another town suffix, as find_places reads it.
            known = candidate in towns or (suffix.group() in town_suffixes and len(stem) >= 2
                                           and stem[-1] not in "乡镇街"
                                           and any(stem + other in towns for other in town_suffixes))
        if known:
            innermost, position = candidate, suffix.end()
    return innermost


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Every 乡镇/街道 name; read on first use, as most reports name no town in their title."""
    return frozenset(" ".join(_towns_of().values()).split(" ")) - {""}


@lru_cache(maxsize=1)
def _town_index() -> dict[str, tuple[str, ...]]:
    """Town name → codes of the counties that have a town of that name (城关镇 is in many)."""
    index: dict[str, list[str]] = {}
    for code, towns in _towns_of().items():
        for town in towns.split(" "):
            index.setdefault(town, []).append(code)
    return {town: tuple(codes) for town, codes in index.items()}


def divisions(name: str) -> tuple[Division, ...]:
    """The province/city/county entries called ``name`` (full name or short form)."""
    found = (_division(code) for code in _table().by_name.get(name, ()))
    return tuple(division for division in found if division is not None)


def level_of(name: str, suffix: str | None = None) -> int:
    """The level of ``name``: from the list (仙桃市 is a county) when known, else from its suffix."""
    found = divisions(name)
    if found:
        return min(division.level for division in found)
    if _suffix_of(name) in _suffixes().towns and name in town_names():
        return TOWN
    return _suffixes().levels.get(suffix or _suffix_of(name) or "", COUNTY)


def ancestors(code: str) -> list[Division]:
    """The divisions above ``code``, nearest first."""
    chain: list[Division] = []
    division = _division(code)
    while division is not None and division.parent and len(chain) < 4:
        division = _division(division.parent)
        if division is not None:
            chain.append(division)
    return chain


def containers(name: str) -> list[Division]:
    """Every division above any place called ``name``; a town's own county comes first."""
    table = _table()
    out: list[Division] = []
    for code in table.by_name.get(name, ()):
        out.extend(ancestors(code))
    if not out and name in town_names():
        for county in _town_index().get(name, ()):
            division = _division(county)
            if division is not None:
                out.append(division)
                out.extend(ancestors(county))
    return out


def nearest_holders(name: str, suffix: str) -> frozenset[str]:
    """For each place called ``name``, the nearest division above it whose name ends with ``suffix``
    (英城街道 and 市: 英德市, not 清远市 above it)."""
    chains = [ancestors(code) for code in _table().by_name.get(name, ())]
    if not chains and name in town_names():
        for county in _town_index().get(name, ()):
            division = _division(county)
            if division is not None:
                chains.append([division, *ancestors(county)])
    return frozenset(next(d.name for d in chain if d.name.endswith(suffix))
                     for chain in chains if any(d.name.endswith(suffix) for d in chain))


def is_within(inner: str, outer: str) -> bool:
    """True when a place called ``inner`` lies inside one called ``outer`` (示例区 in 示例市)."""
    outer_names = {outer, *(division.name for division in divisions(outer))}
    return any(division.name in outer_names for division in containers(inner))


def _is_stem_of(name: str, stem: str) -> bool:
    """``name`` is ``stem`` and a suffix, or ``stem``, the peoples of an autonomous division and its suffix
    (管城 of 管城回族区, 石柱 of 石柱土家族自治县: such divisions are named by their stem alone)."""
    suffix = _suffix_of(name)
    if not suffix:
        return False
    return len(name) - len(suffix) == len(stem) \
        or _PEOPLES.fullmatch(name, len(stem), len(name) - len(suffix)) is not None


# One or more peoples' names (回族, 土家族, 拉祜族佤族布朗族傣族) between a stem and its suffix.
_PEOPLES: Final = re.compile(r"(?:[^\W\d族]{1,4}族)+")


def child_named(parent: str, stem: str) -> str | None:
    """The division under ``parent`` whose name is ``stem`` plus a suffix: 示例市 + 青石 → 青石区."""
    table = _table()
    parent_codes = set(table.by_name.get(parent, ()))
    if not parent_codes or len(stem) < 1:
        return None
    matches = {fields[2] for fields in table.rows.values()
               if len(fields) > 3 and fields[3] in parent_codes and fields[2].startswith(stem)
               and _is_stem_of(fields[2], stem)}
    for code in parent_codes:
        for town in _towns_of().get(code, "").split(" "):
            suffix = _suffix_of(town)
            if town.startswith(stem) and suffix and len(town) - len(suffix) == len(stem):
                matches.add(town)
    return matches.pop() if len(matches) == 1 else None


def find_places(text: str) -> list[Place]:
    """Known places in ``text``, left to right, longest name at each position."""
    table = _table()
    names, stems = table.names, table.stems
    found: list[Place] = []
    last_end = 0
    suffixes = _suffixes()
    town_suffixes = suffixes.towns
    words_from_suffixes, not_shapes = _words_from_suffixes(), _not_place_prefixes()
    for suffix_match in suffixes.pattern.finditer(text):
        i = suffix_match.start()
        if i < last_end:
            continue
        suffix = suffix_match.group()
        end = i + len(suffix)
        best = _autonomous(text, i, suffix, last_end) if suffix.startswith("自治") else None
        town_suffix = suffix in town_suffixes
        suffix_opens_word = text.startswith(words_from_suffixes, i)
        for stem_length in range(min(_MAX_STEM, i - last_end), 0, -1) if best is None else ():
            stem = text[i - stem_length:i]
            if town_suffix:
                towns = town_names()
                # 撤乡设镇: another town suffix on a listed stem, but not 推进乡镇 (a stem ending in 乡).
                known = stem + suffix in towns or stem + suffix in names or (
                    stem_length >= 2 and stem[-1] not in "乡镇街"
                    and any(stem + other in towns for other in town_suffixes))
            elif text.startswith(not_shapes, i - stem_length):
                # The shape is a common word (超大城市, 会同区级部门), or a linking word and a body
                # (…28号）和县委依法治县办: 和 + 县委, not 和县), even where the name exists.
                known = False
            else:
                # A shape built on a known stem is no place where the suffix opens a common word
                # (西湖 + 市 of 西湖市场监管局).
                known = stem + suffix in names or (stem_length >= 2 and stem in stems and not suffix_opens_word
                                                   and not _zone_suffix_inside(text, i - stem_length, end))
            if known:
                if stem_length == 1 and _glued(text, i - 1):
                    break  # 和县 inside 青石和县…: a one-character name needs a boundary before it
                if town_suffix and _head_of_unlisted_town(text, i - stem_length, last_end):
                    break  # 苦水县清水堡乡: 水堡乡 is listed, but 清 after the county is the head of an unlisted name
                best = Place(stem + suffix, i - stem_length, end, suffix)
                break
        if best is not None:
            # 巴州 + 区 → 巴州区: a longer known name that goes on past the first suffix.
            longer = next((s for s in suffixes.ordered if text.startswith(s, best.end)), None)
            if longer and (text[best.start:best.end + len(longer)] in names
                           or longer in town_suffixes and text[best.start:best.end + len(longer)] in town_names()):
                best = Place(text[best.start:best.end + len(longer)], best.start, best.end + len(longer), longer)
        if best and best.name in _common_word_names() and not _opens_or_follows_a_place(text, best.start, found):
            best = None  # 推进法治城区建设, 区城区改造更新局: the common word, not 晋城市城区
        if best:
            found.append(best)
            last_end = best.end
    return found


def _opens_or_follows_a_place(text: str, start: int, found: list[Place]) -> bool:
    """A name that is also a common word (``common_word_names``) names the place right after another
    place (晋城市城区) or where a line, sentence or clause opens on it (2023年，城区坚持…)."""
    if start == 0 or text[start - 1] in "\n，,。；; \u3000年":
        return True
    return bool(found) and found[-1].end == start


@lru_cache(maxsize=1)
def _common_word_names() -> frozenset[str]:
    from .. import vocabulary

    return frozenset(vocabulary.language()["metadata"]["common_word_names"])


def _head_of_unlisted_town(text: str, start: int, last_end: int) -> bool:
    """A character glued before a listed town's name at ``start`` begins the name of an unlisted town
    (苦水县清水堡乡, a title opening 清水堡乡…): it follows the text's start, a boundary or a level's suffix
    (县, 区 …) — not a verb's first character (指导青石镇…)."""
    at = start - 1
    if at < max(last_end, 0) or text[at] in _BOUNDARY or text[at] in _LEVEL_ENDS or not "\u4e00" <= text[at] <= "\u9fff":
        return False
    return at == 0 or text[at - 1] in _BOUNDARY or text[at - 1] in _LEVEL_ENDS


# The suffixes of the levels above a town: a character after one of them begins a name.
_LEVEL_ENDS = set("省市县区旗州盟")
_BOUNDARY = set("，,。；;：:、（）()《》“”\"' \n年在和与及由将对向的是")


@lru_cache(maxsize=1)
def _zone_suffixes() -> tuple[str, ...]:
    from .. import vocabulary

    return tuple(vocabulary.language()["metadata"]["zone_suffixes"])


def _zone_suffix_inside(text: str, start: int, end: int) -> bool:
    """信阳高新区 read as 阳高 + 新区, 创新合作区 as 合作 + 区: a longer zone suffix (高新区, 合作区) ends the
    shape within its stem, so the words are a zone's name, not a place built on the stem."""
    return any(len(zone) > 2 and text.endswith(zone, start, end) for zone in _zone_suffixes())


def _glued(text: str, position: int) -> bool:
    """True when the character before ``position`` continues a word (no boundary).

    法治示例州, 平安示例州: words that are written straight before a place name do not glue.
    """
    if position <= 0:
        return False
    before = text[position - 1]
    if any(text.startswith(word, position - len(word)) for word in _glue_free()):
        return False
    return "\u4e00" <= before <= "\u9fff" and before not in _BOUNDARY and before not in "省市州县区"


@lru_cache(maxsize=1)
def not_place_shapes() -> frozenset[str]:
    from .. import vocabulary

    return frozenset(vocabulary.language()["metadata"]["not_place_shapes"])


@lru_cache(maxsize=1)
def _not_place_prefixes() -> tuple[str, ...]:
    """``not_place_shapes`` as ``str.startswith`` takes them: built once, not per clause asked."""
    return tuple(not_place_shapes())


@lru_cache(maxsize=1)
def _words_from_suffixes() -> tuple[str, ...]:
    from .. import vocabulary

    return tuple(vocabulary.language()["metadata"]["words_from_suffixes"])


@lru_cache(maxsize=1)
def _common_word_stems() -> frozenset[str]:
    from .. import vocabulary

    return frozenset(vocabulary.language()["metadata"]["common_word_stems"])


@lru_cache(maxsize=1)
def _words_across_stems() -> tuple[str, ...]:
    from .. import vocabulary

    return tuple(vocabulary.language()["metadata"]["words_across_stems"])


@lru_cache(maxsize=1)
def _glue_free() -> tuple[str, ...]:
    from .. import vocabulary

    return tuple(vocabulary.language()["metadata"]["glue_free_prefixes"])


def _autonomous(text: str, i: int, suffix: str, last_end: int) -> Place | None:
    """示例瑶族自治县: ethnic autonomous names, listed or not; take the run back to a boundary.

    A bare 自治区/自治州 (“全自治区”, “自治州成立70周年”) is never a place.
    """
    start = i
    while start > last_end and i - start < 12 and text[start - 1] not in _BOUNDARY \
            and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    names = _table().names
    for begin in range(start, i - 1):  # the longest known name ending here first
        if text[begin:i + len(suffix)] in names:
            return Place(text[begin:i + len(suffix)], begin, i + len(suffix), suffix)
    if i - start >= 3 and "族" in text[start:i]:
        return Place(text[start:i + len(suffix)], start, i + len(suffix), suffix)
    return None


@lru_cache(maxsize=1)
def _stems_by_suffix() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for name in _table().by_name:
        for suffix in ("省", "市", "县", "区", "州", "旗"):
            if name.endswith(suffix) and 2 <= len(name) - 1 <= 4:
                table.setdefault(suffix, {})[name[:-1]] = name
                break
    return table


def city_of_stem(stem: str) -> str | None:
    """株洲 → 株洲市: the one province or city whose name is ``stem`` and a suffix, where no county,
    district or banner shares the stem (朝阳 may be 朝阳市, 朝阳县 or 朝阳区)."""
    named = [name for suffix, stems in _stems_by_suffix().items() if (name := stems.get(stem))]
    if len(named) != 1:
        return None
    found = divisions(named[0])
    return named[0] if len(found) == 1 and found[0].level <= 1 else None


def place_of_stem_in(stem: str, text: str) -> str | None:
    """南沙 → 南沙区 where ``text`` names 南沙区 in full: the stem as its writer shortens that place (a
    stem that is also a common word, 公安, 和平, names none)."""
    if stem in _common_word_stems():
        return None
    for stems in _stems_by_suffix().values():
        name = stems.get(stem)
        if name is not None and name in text:
            return name
    return None


def only_place_of_stem(stem: str) -> str | None:
    """鹿城 → 鹿城区, 浙江 → 浙江省: the one province, county, district or city whose name is ``stem`` and
    its suffix (none when several share the stem, or the stem is a common word)."""
    if stem in _common_word_stems():
        return None
    named = [name for suffix, stems in _stems_by_suffix().items() if suffix in "省市县区旗" and (name := stems.get(stem))]
    return named[0] if len(named) == 1 else None


_STEM_RUNS_ON = frozenset("国府")
_SHORT_STEMS_MUST_RECUR = frozenset({"县", "区", "旗", "镇", "乡", "街道"})


_SLOGAN_LEADS: Final = ("法治", "平安")
_CLOSING_QUOTES: Final = frozenset("”\"」")


def bare_stem_counts(text: str, suffix: str) -> dict[str, int]:
    """How often each known place of ``suffix`` is named without it (示例 for 示例省)."""
    stems = _stems_by_suffix().get(suffix, {})
    # 平安 of 平安潼南建设 (and 平安区's stem): a word written before place names is no place itself;
    # 公安 of 公安局 is a word, not 公安县.
    slogan_words = frozenset(_glue_free()) | _common_word_stems()
    # 开平 of 政务公开平台, 大安 of 重大安全: two words whose joint spells a stem name no place.
    for word in _words_across_stems():
        if word in text:
            text = text.replace(word, "\u3000" * len(word))
    counts: dict[str, int] = {}
    for i in range(len(text)):
        for length in (4, 3, 2):
            word = text[i:i + length]
            # 共和 of 共和国, 和政 of 和政府: a stem that runs on into a common word names no place.
            if word in stems and text[i + length:i + length + 1] not in _STEM_RUNS_ON \
                    and word not in slogan_words:
                name = stems[word]
                # 法治始兴建设, 平安宁海建设, “法治吴兴”建设: the place a slogan builds is the body's own,
                # named once.
                after = i + length + 1 if text[i + length:i + length + 1] in _CLOSING_QUOTES else i + length
                slogan = text[i - 2:i] in _SLOGAN_LEADS and text.startswith("建设", after)
                counts[name] = counts.get(name, 0) + (2 if slogan else 1)
                break
    # Two characters once may be any word (法律和政策 holds 和政): below the city level, where
    # thousands of short names are found, a short stem must recur.  (安徽 once is 安徽省.)
    if suffix not in _SHORT_STEMS_MUST_RECUR:
        return counts
    return {name: count for name, count in counts.items() if count >= 2 or len(name) - len(suffix) > 2}
