"""Find and parse the numbers a report states, with their unit and qualifiers.

Works on normalized text (half-width digits, simplified characters).  A mention
knows its value, whether it is approximate (余/多/近/约/超/逾 …), whether it is a
percentage, its unit word, and whether it describes a change (同比增长12%,
下降3个百分点) rather than a quantity.  Chinese numerals go through cn2an with a
small rule layer for what cn2an does not take (两, 余, 〇 in counts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from . import vocabulary
from .pattern_prefixes import characters_before_end


class NumberMention(NamedTuple):
    """One figure of the text.  (A named tuple: a 20 KB report holds hundreds, and a tuple is built
    several times faster than a frozen dataclass.)"""

    start: int  # normalized offsets of the whole mention (number, multiplier, 余, unit)
    end: int
    value: float
    approx: bool
    percent: bool
    unit: str
    change: bool = False  # 同比增长/下降/提高 … : a difference, not the quantity
    range_part: bool = False  # one end of “10-15件”
    number_start: int = -1  # offsets of the digits alone
    number_end: int = -1
    chinese: bool = False

    @property
    def int_or_float(self) -> float | int:
        return int(self.value) if float(self.value).is_integer() else round(self.value, 4)


_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_UNITS = "十百千万亿"
_CN_CHARS = _CN_DIGITS + _CN_UNITS + "点"

# A comma groups thousands, except before a percent sign: 2,100% is a list of two figures (a row
# of a table written with commas, 办结率分别为98,100%), no rate is written with a thousands group.
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d%])|\d+(?:\.\d+)?"
_CHINESE = rf"[{_CN_CHARS}]+"


def _units_alternation() -> str:
    units = sorted(vocabulary.unit_words(), key=len, reverse=True)
    return "|".join(re.escape(u) for u in units)


def _number_grammar(chinese_needs_unit: bool) -> str:
    """The one grammar of a figure: report text (``find_numbers``) and typed input (``parse_number``)."""
    units = _units_alternation()
    # In running text Chinese numerals only count with a unit after them: 一是/十四五/一把手 are words.
    unit_ahead = _unit_ahead(units) if chinese_needs_unit else ""
    return (
        rf"(?P<pct>百分之(?P<pctnum>[{_CN_CHARS}\d.]+))?"
        rf"(?(pct)|(?:(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE}){unit_ahead}))"
        + _number_tail(units)
    )


def _unit_ahead(units: str) -> str:
    return rf"(?=[万亿]?(?:余|多|来)?(?:{units}|%))"


def _number_tail(units: str) -> str:
    """What may follow the numerals: multiplier, approximation words, unit.

    Each optional part is written (?:X|) rather than (X)?: the same choice in the same order (X
    first, then nothing), but Python's engine runs a ? over a group as a general repeat, which
    allocates and frees a repeat context each time; a branch does not (a fifth of the cost of
    matching the figures of a report)."""
    return (
        # 3余万人 / 三十余万人: the approximation word may come before the multiplier.
        rf"(?:(?P<presuffix>余|多)(?=[万亿])|)"
        # 3千余人 / 5百余件 / 2千万: after Arabic digits 千 and 百 multiply too (Chinese numerals take
        # them in; money in 千元/万元 keeps its unit word, and 3百分点 is a slip for 3个百分点).
        rf"(?:(?P<mult>(?:(?<=\d)[千百](?![分元]|[万亿]元))?(?:[万亿](?![元]))?)|)"
        rf"(?:(?P<suffix>余|多|来|左右|以上)|)"
        rf"(?:(?P<unit>%|‰|个百分点|{units})|)"
        rf"(?:(?P<suffix2>左右|以上|余)|)"
    )


# ``_ARABIC`` once its first digit is read: \d{1,3} becomes \d{0,2} and \d+ becomes \d*, tried in
# the same order (the same alternative first, the same greedy lengths), so they end at the same place.
_ARABIC_AFTER_FIRST = r"\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d%])|\d*(?:\.\d+)?"


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    """``_number_grammar(chinese_needs_unit=True)``, written so that Python's engine can skip to the
    figures by itself.

    Every figure starts with a digit or a Chinese numeral (百分之 with 百).  The engine only skips
    quickly to where a pattern can start when the pattern opens on a character set (its charset
    prefix); a look-ahead or an optional group in front makes it run the whole matcher at every
    position of the text, which was most of ``find_numbers``' cost.  So the first character is
    read by a set, and each way of going on checks it with a look-behind, in the grammar's
    order: 百分之…, Arabic digits, Chinese numerals.  A match covers exactly the text the grammar's
    match covers; the groups pct, arabic and chinese hold their figure without its first
    character (it is ``text[match.start()]``), the other groups are the grammar's.
    """
    units = _units_alternation()
    return re.compile(
        rf"[\d{_CN_CHARS}]"
        rf"(?:(?<=百)(?P<pct>分之(?P<pctnum>[{_CN_CHARS}\d.]+))"
        rf"|(?<=\d)(?P<arabic>{_ARABIC_AFTER_FIRST})"
        rf"|(?<=[{_CN_CHARS}])(?P<chinese>[{_CN_CHARS}]*){_unit_ahead(units)})"
        + _number_tail(units))


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """A whole typed figure: an optional qualifier (约/近/超过 …), the figure, its unit."""
    return re.compile(rf"(?P<prefix>{vocabulary.approx_prefix_pattern()})?" + _number_grammar(chinese_needs_unit=False))


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    approx: bool
    percent: bool
    unit: str


def parse_number(text: str) -> ParsedNumber | None:
    """The figure written in ``text`` as a whole (“约1.2万人次”, “百分之九十五”, “三十余”), else None.

    The same grammar as figures in report text; used for what a reviewer types.
    """
    match = _token_pattern().fullmatch(text)
    if match is None or not (match.group("arabic") or match.group("chinese") or match.group("pctnum")):
        return None
    parsed = _value_of(match.group("arabic"), match.group("chinese"), match.group("pctnum"), match.group("mult"),
                       match.group("unit"))
    if parsed is None:
        return None
    value, percent, unit = parsed
    prefix = match.group("prefix") or ""
    suffix = (match.group("presuffix") or "") + (match.group("suffix") or "") + (match.group("suffix2") or "")
    approx = bool(prefix and prefix not in vocabulary.exact_prefixes()) or bool(suffix)
    return ParsedNumber(round(value, 6), approx, percent, unit)


# Compiled once: re.match(str, …) goes through re's pattern cache, a Python function, at each call.
_PLAIN_DECIMAL: Final = re.compile(r"\d+(?:\.\d+)?")
_DIGIT: Final = re.compile(r"\d")


_MULTIPLIERS: Final = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100,
                       "千万": 10_000_000, "百万": 1_000_000, "千亿": 100_000_000_000, "百亿": 10_000_000_000}


def _value_of(arabic: str | None, chinese: str | None, pctnum: str | None, mult: str | None,
              unit: str | None) -> tuple[float, bool, str] | None:
    """(value, percent, unit) from the groups of a match of the number grammar; None when the
    numerals do not parse."""
    value: float | None
    if arabic:  # the usual case (the three groups exclude one another)
        value = float(arabic.replace(",", ""))
    elif pctnum:
        if _PLAIN_DECIMAL.fullmatch(pctnum):
            value = _parse_arabic(pctnum)
        elif _DIGIT.search(pctnum):
            return None  # 百分之21.6.3: not one number
        else:
            value = parse_chinese_number(pctnum)
    else:
        value = parse_chinese_number(chinese or "")
    if value is None:
        return None
    if mult:
        value *= _MULTIPLIERS[mult]
    unit = unit or ""
    percent = bool(pctnum) or unit == "%"
    if unit == "‰":
        value /= 10
        percent = True
    if percent:
        unit = "%"
    return value, percent, unit


@lru_cache(maxsize=1)
def _prefix_before() -> re.Pattern[str]:
    return re.compile(f"{vocabulary.approx_prefix_pattern()}$")


@lru_cache(maxsize=1)
def _prefix_last_chars() -> frozenset[str]:
    """The characters a qualifier (近/约/超过 …) can end with: before any other, none stands."""
    return frozenset(word[-1] for word in vocabulary.language()["approx_prefixes"] if word)


@lru_cache(maxsize=1)
def _change_last_chars() -> frozenset[str] | None:
    """What ``text[start - 1]`` can be when ``vocabulary.change_pattern()`` finds a change word
    (增长, 同比下降了, 较上年约 …) right before a figure at ``start``; None when it cannot be told.

    Searching the twelve characters before every figure was a tenth of ``find_numbers``' cost, and
    most figures follow none of these characters."""
    return characters_before_end(vocabulary.change_pattern())


_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SCALES = {"十": 10, "百": 100, "千": 1000}


def parse_chinese_integer(text: str) -> int | None:
    """十二 → 12, 两千三百 → 2300, 一百零五 → 105, 三万二千 → 32000, 一万二 → 12000,
    二〇二三 → 2023 (digit by digit)."""
    if not text:
        return None
    if all(ch in _CN_VALUES for ch in text):
        if len(text) == 1:
            return _CN_VALUES[text]
        return int("".join(str(_CN_VALUES[ch]) for ch in text))  # 二〇二三 read digit by digit
    total = 0
    section = 0
    digit = None
    for ch in text:
        if ch in _CN_VALUES:
            digit = _CN_VALUES[ch]
        elif ch in _CN_SCALES:
            section += (1 if digit is None else digit) * _CN_SCALES[ch]
            digit = None
        elif ch in "万亿":
            # 近万件: a bare 万 is one 万; 三十万 keeps its section.
            section += digit if digit is not None else (0 if section else 1)
            scale = 10_000 if ch == "万" else 100_000_000
            total = (total + section) * scale if ch == "亿" else total + section * scale
            section, digit = 0, None
        else:
            return None
    # 一万二 / 三千五 / 一百二: a last digit right after a scale is one step below it (12000, 3500, 120).
    if digit is not None and len(text) >= 2 and text[-2] in "万千百":
        step = {"万": 1000, "千": 100, "百": 10}[text[-2]]
        return total + section + digit * step
    return total + section + (digit or 0)


def parse_chinese_number(text: str) -> float | None:
    """Chinese numerals with an optional 点 decimal part (九十八点六 → 98.6, 一点二万 → 12000)."""
    if "点" in text and text[-1] in "万亿" and len(text) > 2:
        base = parse_chinese_number(text[:-1])
        return None if base is None else base * (10_000 if text[-1] == "万" else 100_000_000)
    if "点" in text:
        whole, _, frac = text.partition("点")
        whole_value = parse_chinese_integer(whole) if whole else 0
        if whole_value is None or not frac or not all(ch in _CN_VALUES for ch in frac):
            return None
        return float(f"{whole_value}.{''.join(str(_CN_VALUES[c]) for c in frac)}")
    value = parse_chinese_integer(text)
    return float(value) if value is not None else None


def _parse_arabic(text: str) -> float:
    return float(text.replace(",", ""))


# 第一、 or 第一、二、 before a numeral: the items of a list of ordinals (第一、二次会议).
_ORDINAL_LIST_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:、[一二三四五六七八九十\d]{1,3})*$")


_MEETING_AFTER = re.compile(r"(?:全体)?会议|全会")
_CONGRESS_AFTER = re.compile(r"党代会|(?:党|人民)?代表大会|全会")


_FACTOR_SIGNS = frozenset("×*")


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in normalized ``text``, left to right."""
    mentions: list[NumberMention] = []
    prefix_search = _prefix_before().search
    prefix_ends = _prefix_last_chars()
    change_search = vocabulary.change_pattern().search
    change_ends = _change_last_chars()
    exact = vocabulary.exact_prefixes()
    occasions = vocabulary.occasion_measures()
    ordinal_end = -1
    for match in _mention_pattern().finditer(text):
        # All groups and the span in two calls (methods of the match object are Python calls,
        # even compiled); the figure's own span follows from its first character's offset.
        pct, pctnum, arabic, chinese, presuffix, mult, suffix, unit, suffix2 = match.groups()
        match_start, end = match.span()
        number_start = match_start
        if pct is not None:  # 百分之…: pct is 分之…
            number_end = match_start + 1 + len(pct)
        elif arabic is not None:
            number_end = match_start + 1 + len(arabic)
            arabic = text[match_start:number_end]
        else:
            number_end = match_start + 1 + len(chinese)
            chinese = text[match_start:number_end]
            if not _plausible_chinese(chinese, text, match_start, end, unit, suffix, suffix2):
                continue
        # Digits glued to Latin letters are part of a code (a function call saved per figure; the
        # characters beside the digits tested as code points, not by a str method: a Python call).
        if arabic and (number_start == 0 or ord(text[number_start - 1]) < 128
                       or number_end == len(text) or ord(text[number_end]) < 128) \
                and _inside_identifier(text, number_start, number_end):
            continue
        if match_start and (text[match_start - 1] == "第"
                            # 十二届五次全会 is an ordinal; 新一届12名法律顾问 counts people
                            or (text[match_start - 1] == "届" and (not unit or unit in occasions))
                            # 依法治区委员会二次会议: a body's meeting by its order, 第 left out
                            or (chinese and unit == "次" and text[match_start - 1] in "会委"
                                and _MEETING_AFTER.match(text, end))
                            # 省十四次党代会, 十二次全会: a congress or plenum is named by its order
                            or (chinese and unit == "次" and _CONGRESS_AFTER.match(text, end))
                            or (text[match_start - 1] == "、" and (
                                match_start - 1 == ordinal_end
                                or _ORDINAL_LIST_BEFORE.search(text, max(0, match_start - 12), match_start - 1)))):
            # 第二次会议, (第2期), 十二届五次、六次全会, 第一、二次会议: an ordinal (and the list it opens),
            # not a count
            ordinal_end = end
            continue
        if match_start and text[match_start - 1] in _FACTOR_SIGNS:
            continue  # 败诉率=败诉案件数/行政诉讼案件数×100%: a formula's factor, no figure
        parsed = _value_of(arabic, chinese, pctnum, mult, unit)
        if parsed is None:
            continue
        value, percent, unit = parsed
        # The qualifier before the number (近/约/超过/共计 …) is looked up backwards: a leading
        # optional group would make the regex try every position of the text.
        if match_start and text[match_start - 1] in prefix_ends:
            prefix_match = prefix_search(text, max(0, match_start - 4), match_start)
        else:
            prefix_match = None
        prefix = prefix_match.group() if prefix_match else ""
        approx = bool(prefix and prefix not in exact) or bool(presuffix or suffix or suffix2)
        start = prefix_match.start() if prefix_match and prefix else match_start
        # Most figures stand between words: only a range mark beside one needs the full test.
        range_part = (text[end:end + 1] in _RANGE_MARKS or text[match_start - 1:match_start] in _RANGE_MARKS) \
            and _is_range_part(text, match_start, end)
        # A change word ends right before the figure: only a character that can end one is worth the search.
        change = unit == "个百分点" or (
            (change_ends is None or (start > 0 and text[start - 1] in change_ends))
            and change_search(text, max(0, start - 12), start) is not None)
        # tuple.__new__ builds the named tuple from its fields in order, without its Python-level
        # __new__: a third of the cost, for the hundreds of numbers of a report.  round() is a call
        # through the builtins module, even compiled, and a decimal conversion; an integral value
        # (most figures) rounds to itself, so only the others go through it (inf % 1.0 is nan: true).
        mentions.append(tuple.__new__(NumberMention, (
            start, end, round(value, 6) if value % 1.0 else value, approx, percent, unit, change, range_part,
            number_start, number_end, bool(chinese or (pctnum and not pctnum[0].isdigit())))))
    _add_listed_ordinals(text, mentions)  # (its pattern opens on 第: the engine skips to those in C)
    return mentions


# 召开委员会第一次、第二次会议, 召开第六、七、八次全面依法治区委员会会议: meetings listed by their order
# and held are that many meetings.  Only a list that ends on 次 with a meeting (会) named before the
# clause ends, held (``holding_verbs``: 召开, 举行, 主持) in its clause: 在中央全面依法治国委员会第一次、第二次会议上的讲话
# names the meetings where a speech was given, 第4次、第9次厅长办公会安排部署… the meetings that decided
# something.  A single 第三次会议 is one meeting's name, not a count, and 第三至五次 a range.
_ORDINAL_ITEM: Final = r"[一二三四五六七八九十\d]{1,3}"
_LISTED_ORDINALS: Final = re.compile(
    rf"第{_ORDINAL_ITEM}次?(?:[、和及]第?{_ORDINAL_ITEM}次?)*[、和及]第?{_ORDINAL_ITEM}次"
    r"(?=[^，,。；;：:\d]{0,16}?会)")
_ORDINAL_NUMERAL: Final = re.compile(_ORDINAL_ITEM)
_CLAUSE_MARKS: Final = "，,。；;：:\n"


@lru_cache(maxsize=1)
def _held_pattern() -> re.Pattern[str]:
    return vocabulary.words_pattern("holding_verbs")


def _add_listed_ordinals(text: str, mentions: list[NumberMention]) -> None:
    """Each list of ordinals as one mention counting its items, in order among ``mentions``."""
    listed = False
    for match in _LISTED_ORDINALS.finditer(text):
        clause_start = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        if _held_pattern().search(text, clause_start, match.start()) is None:
            continue
        items = len(_ORDINAL_NUMERAL.findall(match.group()))
        mentions.append(tuple.__new__(NumberMention, (
            match.start(), match.end(), float(items), False, False, "次", False, False,
            match.start(), match.end() - 1, False)))
        listed = True
    if listed:
        mentions.sort(key=lambda mention: mention.start)


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """Digits glued to Latin letters or part of a date/code (12345热线 stays a number)."""
    before = text[start - 1:start]
    after = text[end:end + 1]
    return bool(before and (before.isascii() and before.isalpha())) or bool(after and after.isascii() and after.isalpha())


def _plausible_chinese(numeral: str, text: str, start: int, end: int, unit: str | None, suffix: str | None,
                       suffix2: str | None) -> bool:
    """Chinese numerals are taken only with a unit or as 百分之…: 一是/十四五/一把手 are words.

    ``numeral`` starts at ``start``; the mention (numeral, multiplier, unit …) ends at ``end``."""
    before = text[max(0, start - 1):start]
    if before in ("数", "几", "若") or text.startswith("若干", start - 2):
        # 数十场, 几百人, 若干: “several tens”, not a figure (骨干一千余人次 is one: 干 alone is no 若干)
        return False
    if len(numeral) == 1 and numeral in "万亿百千":
        # 百余场, 千余人, 近万件 are figures (approximate); a lone 百 or 万 is a word.
        return bool(suffix or suffix2) or before in ("近", "逾", "超", "约", "上")
    if len(numeral) == 1 and numeral == "点":
        return False
    if not unit:  # (a Chinese numeral is never the 百分之 form: that one is a percentage anyway)
        return False
    if numeral in ("一",) and unit in ("次", "个", "批", "项", "件", "名", "家", "场", "期", "份", "条", "本", "起", "支", "例"):
        # 一次/一批/一项 are mostly words (“一次性”, “一批典型案例”, “无一例”), not counts; 一 is rarely a figure.
        return False
    if numeral.startswith("点") or numeral.endswith("点"):
        return False
    if before and before in "“「『" and text.find(_CLOSING_QUOTES[before], end, end + 6) != -1:
        return False  # “两个确保”, “四个亲自”: a quoted numeral phrase is a name, not a count
    # 三位一体, 两个确立, 四个意识: a numeral and its measure word in a set phrase.
    return not text.startswith(_numeral_set_phrases(), start + len(numeral))


_CLOSING_QUOTES = {"“": "”", "「": "」", "『": "』"}


@lru_cache(maxsize=1)
def _numeral_set_phrases() -> tuple[str, ...]:
    return tuple(vocabulary.language()["numeral_set_phrases"])


# (Final: compiled, read from a C static rather than the module's dict, twice per figure.)
_RANGE_MARKS: Final = frozenset(("-", "~", "至", "—", "–", "到"))


# What may stand after a range mark (the other end) and before one (the end of the first figure).
_RANGE_OTHER_END: Final = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")
_RANGE_FIRST_END: Final = re.compile(r"[\d%零〇一二两三四五六七八九十百千万件次人项个名场]")


def _is_range_part(text: str, start: int, end: int) -> bool:
    """One end of 10至15件 / 3-5次 (the mention at ``start``:``end``).  提升至97% is a level reached,
    not a range end."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if after in _RANGE_MARKS and after != "到" and _RANGE_OTHER_END.match(text[end + 1:end + 2]):
        return True
    if before in _RANGE_MARKS:
        previous = text[max(0, start - 2):start - 1]
        return bool(_RANGE_FIRST_END.match(previous))
    return False
