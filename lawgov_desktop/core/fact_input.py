"""Turn what a reviewer types for a report fact (地区, 年度, 报告主体, 发布日期) into its value.

Like ``value_input`` for indicator values: input is taken the way reports write it
(“2024年”, “二〇二四”, “2025年2月18日”, “2025.2.18”) and anything that cannot be the
fact is refused with a Chinese reason shown next to the editor.  An empty input
clears the fact (the report does not say it).
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from .review import ReportFact
from .value_input import ValueInputError

FIRST_YEAR = 2000
TEXT_MAX_CHARS = 40

_CHINESE_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                   "八": 8, "九": 9}
_DATE = re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?")
_COMPACT_DATE = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")


def parse_fact_input(fact: ReportFact, text: str, today: date | None = None) -> str | int | None:
    """The fact's value for ``text`` (None clears it); ``ValueInputError`` says why not."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip()
    if not cleaned:
        return None
    today = today or date.today()
    if fact is ReportFact.YEAR:
        return _year(cleaned, today)
    if fact is ReportFact.PUBLISH_DATE:
        return _publish_date(cleaned, today)
    return _name(fact, cleaned)


def format_fact(value: str | int | None) -> str:
    return "" if value is None else str(value)


def _year(text: str, today: date) -> int:
    digits = _arabic(text.removesuffix("年度").removesuffix("年"))
    if not re.fullmatch(r"\d{4}", digits):
        raise ValueInputError(f"“{text}”不是年度，请输入四位数的年份，例如 2024")
    year = int(digits)
    if not FIRST_YEAR <= year <= today.year + 1:
        raise ValueInputError(f"年度应在 {FIRST_YEAR} 到 {today.year + 1} 之间")
    return year


def _publish_date(text: str, today: date) -> str:
    squeezed = re.sub(r"\s+", "", _chinese_date(text))
    match = _DATE.fullmatch(squeezed) or _COMPACT_DATE.fullmatch(squeezed)
    if not match:
        raise ValueInputError(f"“{text}”不是日期，可以输入 2025-02-18、2025年2月18日 或 2025.2.18")
    try:
        published = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise ValueInputError(f"“{text}”不是有效的日期（没有这一天）") from None
    if not FIRST_YEAR <= published.year <= today.year + 1:
        raise ValueInputError(f"发布日期的年份应在 {FIRST_YEAR} 到 {today.year + 1} 之间")
    return published.isoformat()


def _name(fact: ReportFact, text: str) -> str:
    name = re.sub(r"\s+", "", text)
    if len(name) > TEXT_MAX_CHARS:
        raise ValueInputError(f"{fact.label}太长（不超过 {TEXT_MAX_CHARS} 个字）")
    if not re.search(r"[\u4e00-\u9fff]", name):
        raise ValueInputError(f"“{text}”不像{fact.label}名称，请输入中文名称，例如“青禾县”")
    return name


def _arabic(text: str) -> str:
    """二〇二四 → 2024 (digit by digit, as years are written)."""
    return "".join(str(_CHINESE_DIGITS[ch]) if ch in _CHINESE_DIGITS else ch for ch in text)


def _chinese_date(text: str) -> str:
    """二〇二五年二月十八日 → 2025年2月18日 (公文 dates are written in Chinese numerals)."""
    def small(number: str) -> str:  # 十八 → 18, 二十 → 20, 三十一 → 31
        if "十" not in number:
            return _arabic(number)
        tens, _, units = number.partition("十")
        return str((_CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CHINESE_DIGITS.get(units, 0) if units else 0))

    match = re.fullmatch(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日?", text)
    if not match:
        return text
    return f"{_arabic(match[1])}年{small(match[2])}月{small(match[3])}日"
