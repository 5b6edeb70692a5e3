"""The report language, loaded from ``resources/language.json``: one vocabulary for the
extraction, the metadata, the number grammar (and so the reviewer's typed values).

Unit words, 约数 qualifiers, change words (同比/增长 …), plan and cumulative words,
section headings, administrative levels, the words of titles and page headers are data:
a bureau that meets a new phrasing edits a file, not the code.  Its own ``language.json``
in the user config folder is laid over the bundled one: a key it names replaces the
bundled value (an object key by key), and ``"add": {"plan_words": ["拟于"]}`` appends words
to a bundled list.  The file is checked like ``indicators.json`` (types, known keys, size,
its expressions compile and cannot hang); a broken one is reported with file, line and
field, and the bundled vocabulary is used.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from .. import paths
from .pattern_prefixes import first_character_guard

# Lists of plain words (matched literally); every other list holds expression fragments.
LITERAL_KEYS = frozenset({"units", "approx_prefixes", "exact_prefixes", "total_words", "scope_levels",
                          "foreign_scope_words", "place_levels", "scope_following_words", "numeral_set_phrases",
                          "words_from_suffixes", "not_place_shapes", "common_word_stems", "words_across_stems", "subset_markers",
                          "province_abbreviations"})
_KIND = "用语文件"


@lru_cache(maxsize=1)
def _loaded() -> tuple[dict[str, Any], tuple[str, ...]]:
    bundled = json.loads(paths.resource("language.json").read_text(encoding="utf-8"))
    user_file = paths.user_language_file()
    if not user_file.is_file():
        return bundled, ()
    from .errors import CatalogError

    try:
        merged, warnings = _laid_over(bundled, user_file)
    except CatalogError as exc:
        return bundled, (f"{exc.message}；已改用内置用语文件",)
    return merged, tuple(warnings)


def language() -> dict[str, Any]:
    """The vocabulary in use: the bundled one, with a bureau's own file laid over it."""
    return _loaded()[0]


def warnings() -> tuple[str, ...]:
    """What reading a bureau's language.json had to say (shown at start, like the catalog's)."""
    return _loaded()[1]


def _spec_of(bundled: dict[str, Any]):
    """What a bureau's file may hold: the bundled keys with their shapes, all optional, and ``add``."""
    from .schema import Record, shape_of

    def word_lists(data: dict[str, Any]) -> set[str]:
        keys = set()
        for key, value in data.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                keys.add(key)
            elif isinstance(value, dict) and key not in LITERAL_KEYS:
                keys |= word_lists(value)
        return keys

    expression_lists = word_lists(bundled) - LITERAL_KEYS

    def pattern_key(key: str) -> bool:
        return key in expression_lists

    from .schema import Patterns

    fields = {key: Patterns() if pattern_key(key) else shape_of(value, pattern_keys=pattern_key)
              for key, value in bundled.items()}
    for key, value in bundled.items():
        if isinstance(value, dict):  # a bureau names only the sub-keys it changes
            fields[key] = Record(fields=fields[key].fields)
    lists = {key: fields[key] for key, value in bundled.items() if isinstance(value, list)}
    return Record(fields={**fields, "add": Record(fields=lists)})


def _laid_over(bundled: dict[str, Any], user_file) -> tuple[dict[str, Any], list[str]]:
    from .datafile import read_config

    config = read_config(user_file, _KIND, _spec_of(bundled))
    found: dict[str, Any] = config.data
    warnings = list(config.warnings)
    def as_bundled(value: Any, example: Any) -> Any:
        # One word may be written without brackets ("plan_words": "力争"): a list of one.
        return [value] if isinstance(value, str) and isinstance(example, list) else value

    merged = dict(bundled)
    for key, value in found.items():
        if key in ("add", "note") or key.startswith("_"):
            continue
        if isinstance(bundled.get(key), dict):
            merged[key] = {**bundled[key], **{sub: as_bundled(v, bundled[key].get(sub)) for sub, v in value.items()}}
        else:
            merged[key] = as_bundled(value, bundled.get(key))
    for key, words in (found.get("add") or {}).items():
        merged[key] = list(merged[key]) + as_bundled(words, [])
    _drop_hanging_patterns(merged, bundled, config, warnings)
    return merged, warnings


def _drop_hanging_patterns(merged: dict[str, Any], bundled: dict[str, Any], config, warnings: list[str]) -> None:
    """A bureau's expression that could hang the program is left out, with a message naming it."""
    from .pattern_safety import refusal_message, vet

    def vetted(key: str, words: list, old: list) -> list:
        kept = []
        for word in words:
            reason = None if word in old or not isinstance(word, str) or key in LITERAL_KEYS else vet(word)
            if reason is None:
                kept.append(word)
            else:
                line = config.line_of_offset(config.text.find(json.dumps(word, ensure_ascii=False)[1:-1]))
                warnings.append(f"{config.label}第 {line} 行：" + refusal_message(f"用语 {key}", key, word, reason))
        return kept

    for key, value in merged.items():
        if isinstance(value, list) and value is not bundled.get(key):
            merged[key] = vetted(key, value, bundled.get(key) or [])
        elif isinstance(value, dict) and value is not bundled.get(key):
            merged[key] = {sub: vetted(sub, words, (bundled.get(key) or {}).get(sub) or [])
                           if isinstance(words, list) else words for sub, words in value.items()}


def occasion_measures() -> frozenset[str]:
    """次, 场, 期 …: measure words that count occasions, not things or people."""
    return frozenset(language()["occasion_measures"])


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
    source = "(?:" + _alternation([re.escape(w) for w in words] if escape else words) + ")" + tail
    return re.compile(first_character_guard(source))


@lru_cache(maxsize=None)
def table_heading_pattern(*kinds: str) -> re.Pattern[str]:
    """Any of the table headings of ``kinds`` (``table_headings.unit_column``, ``year_column`` …):
    regular-expression fragments, matched with ``fullmatch`` against a cell's text."""
    words = language()["table_headings"]
    return re.compile("|".join(f"(?:{word})" for kind in kinds for word in words[kind]))


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
    """力争/计划开展 … in a figure's clause: a target, not the year's result."""
    return words_pattern("plan_words")


# What may stand before a sentence's first word: 一是, （二）, 3., 其一 and spaces.
_SENTENCE_MARKER = r"[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]|[一二三四五六七八九十]是|其[一二三四五])?[，,：:\s\u3000]*"


@lru_cache(maxsize=1)
def plan_opener_pattern() -> re.Pattern[str]:
    """A sentence that opens with 下一步/今后/明年 speaks of plans (match at the sentence's start)."""
    words = language()["plan_sentence_openers"]
    return re.compile(_SENTENCE_MARKER + "(?:" + _alternation(words) + ")")


def cumulative_pattern() -> re.Pattern[str]:
    return words_pattern("cumulative_words")


def dated_year_pattern() -> re.Pattern[str]:
    """A year that dates what follows (2024年…), not one naming a thing (2020年度依法行政考核, 抽取2022年度
    行政处罚、行政许可案卷) nor a law's version (《医疗机构管理条例》(2022年修订))."""
    return re.compile(r"(20\d{2})年(?!度[^，,。；;\d]{0,12}?(?:" + _alternation(language()["year_attribute_nouns"])
                      + r"))(?!修订|修正|修改|版[)）])")


def plan_heading_pattern() -> re.Pattern[str]:
    """Headings of the 下一步工作打算 / 存在的问题 sections."""
    return words_pattern("plan_section_headings")


def results_heading_pattern() -> re.Pattern[str]:
    """Headings that say what the year did (2025年重点工作开展情况), whatever plan word they also hold."""
    return words_pattern("results_section_headings")


def title_continuation_pattern() -> re.Pattern[str]:
    """A line opening with 和/及/暨 (和2022年…重点工作安排) goes on with the title above it (use ``match``)."""
    return words_pattern("title_continuation_openers")


@lru_cache(maxsize=1)
def period_pattern() -> re.Pattern[str]:
    """2019年4月至2021年3月: a period, its first year and month, its last year and month.  The first
    year may go without its 年 when the last has one: “七五”普法期间（2016—2020年）."""
    joiners = _alternation([re.escape(w) for w in language()["period_joiners"]])
    return re.compile(rf"(20\d{{2}})(?:年|(?=(?:{joiners})20\d{{2}}年(?!度)))(?:(\d{{1,2}})月)?(?:\d{{1,2}}日)?(?:{joiners})"
                      rf"(?:(20\d{{2}})年)?(?:(\d{{1,2}})月)?")


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


def changed_to_pattern() -> re.Pattern[str]:
    """调整为/减少至 and a number right after a figure (清单401项调整为400项): the figure is the level
    before the change."""
    return words_pattern("new_value_words", tail=r"(?:了)?(?:约|近|超过)?\d")


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


def join_words_pattern() -> re.Pattern[str]:
    """参加/参与 …: the verb by which counted people join an event (298名领导干部，参加…考试)."""
    return words_pattern("join_words")


def all_words_pattern() -> re.Pattern[str]:
    """均/全部/都 …: the clause that follows says all of the counted ones did it."""
    return words_pattern("all_words")
