"""Turn what a reviewer types into an indicator value, or say in Chinese why not.

Reviewers write figures the way reports do: “1.2万”, “百分之九十五”, “95%”,
“约300件”, “三十余”.  ``parse_value_input`` accepts all of these for one cell
and refuses what cannot be a value of that indicator (negative counts, rates over
100, fractions of a case, words) with a message meant to be shown next to the
editor.  ``parse_selection`` does the same for text the reviewer selected in the
report, where the number sits inside a sentence.

Unlike the extractor, which reports whatever the text says (the checks flag an
impossible 105 %), this module guards the reviewer's own input.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from .errors import LawgovError
from .review import CellStatus, ReviewedCell
from .types import Evidence

APPROX_PREFIXES = ("大约", "将近", "接近", "超过", "约", "近", "超", "逾")
APPROX_SUFFIXES = ("左右", "以上", "余", "多")
UNIT_WORDS = ("人次", "场次", "件次", "件", "次", "人", "名", "项", "个", "场", "期", "条", "卷", "家", "份", "篇", "起", "宗")
MULTIPLIERS = {"万": Decimal(10000), "亿": Decimal(100000000)}

_ARABIC = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]+")
# A number as it appears inside a sentence: Arabic or Chinese numerals, with the
# multipliers, approximation words and percent forms reviewers select along with it.
_NUMBER_IN_TEXT = re.compile(
    r"(?:大约|将近|接近|超过|约|近|超|逾)?"
    r"(?:百分之[零〇一二两三四五六七八九十百点]+"
    r"|-?\d[\d,，]*(?:\.\d+)?\s*[万亿]?\s*[余多]?\s*[万亿]?\s*%?"
    r"|[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿点]*[余多]?[万亿]?)"
)


_DATE_WORDS = set("年月日号")


class ValueInputError(LawgovError):
    """What the reviewer typed is not a value for this indicator; ``message`` says why."""


@dataclass(frozen=True)
class ParsedValue:
    value: int | float
    approx: bool


def parse_value_input(text: str, kind: str, unit: str = "", max_value: float | None = None) -> ParsedValue:
    """Parse one typed value for an indicator of ``kind`` (count/people/rate/amount).

    Raises ``ValueInputError`` with a Chinese message for anything that is not a
    plausible value: empty input, words, negative numbers, fractions of a count,
    a percentage for a count, a rate over 100 (or over ``max_value``).
    """
    original = text
    cleaned = unicodedata.normalize("NFKC", text or "").strip()
    cleaned = re.sub(r"(?<=\d)[,，](?=\d{3})", "", cleaned)
    cleaned = re.sub(r"\s+", "", cleaned)
    if not cleaned:
        raise ValueInputError("请输入数值；报告中没有此项时请标记为“无此项”")

    approx = False
    cleaned, approx = _strip_approx(cleaned)
    negative = cleaned.startswith(("-", "负"))
    if negative:
        cleaned = cleaned[1:]
    cleaned = _strip_unit(cleaned, unit)
    cleaned, more_approx = _strip_approx(cleaned)
    approx = approx or more_approx

    percent = False
    if cleaned.startswith("百分之"):
        cleaned, percent = cleaned[3:], True
    elif cleaned.endswith("%"):
        cleaned, percent = cleaned[:-1], True
    cleaned, more_approx = _strip_approx(cleaned)
    approx = approx or more_approx

    number = _to_decimal(cleaned)
    if number is None:
        raise ValueInputError(f"“{original.strip()}”不是数值，可以输入 1.2万、百分之九十五、95%、约300 这样的写法")
    if negative and number != 0:
        raise ValueInputError("数值不能是负数")
    _check_kind(number, kind, percent, max_value)
    value: int | float = int(number) if number == number.to_integral_value() else float(number)
    return ParsedValue(value, approx)


def parse_selection(text: str, kind: str, unit: str = "", max_value: float | None = None) -> ParsedValue:
    """The value in a stretch of report text the reviewer selected.

    The whole selection is tried first (“1.2万”); otherwise the first number inside
    it that is a valid value for the indicator wins (“共受理行政复议案件45件” → 45).
    """
    try:
        return parse_value_input(text, kind, unit, max_value)
    except ValueInputError as whole_error:
        whole_text_error = whole_error
    token_error: ValueInputError | None = None
    normalized = unicodedata.normalize("NFKC", text or "")
    for match in _NUMBER_IN_TEXT.finditer(normalized):
        token = match.group(0)
        if not token.strip() or not re.search(r"[\d零〇一二两三四五六七八九十百千]", token):
            continue
        if normalized[match.end():match.end() + 1] in _DATE_WORDS:
            continue  # “2024年”, “12月”: a date, not the figure
        try:
            return parse_value_input(token, kind, unit, max_value)
        except ValueInputError as exc:
            token_error = token_error or exc  # why the first number found was refused
            continue
    if not re.search(r"[\d零〇一二两三四五六七八九十百千]", normalized):
        raise ValueInputError("所选文字中没有数字，请选中包含数值的文字") from None
    raise token_error or whole_text_error


def _strip_approx(text: str) -> tuple[str, bool]:
    approx = False
    changed = True
    while changed:
        changed = False
        for prefix in APPROX_PREFIXES:
            if text.startswith(prefix) and len(text) > len(prefix):
                text, approx, changed = text[len(prefix):], True, True
        for suffix in APPROX_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text, approx, changed = text[: -len(suffix)], True, True
    # “3余万”, “三十余万”: the approximation word sits before the multiplier.
    inner = re.sub(r"[余多](?=[万亿]$)", "", text)
    if inner != text:
        text, approx = inner, True
    return text, approx


def _strip_unit(text: str, unit: str) -> str:
    words = sorted({unit, *UNIT_WORDS} - {"", "%"}, key=len, reverse=True)
    for word in words:
        if text.endswith(word) and len(text) > len(word):
            return text[: -len(word)]
    return text


def _to_decimal(text: str) -> Decimal | None:
    if not text:
        return None
    multiplier = Decimal(1)
    body = text
    if body[-1] in MULTIPLIERS and len(body) > 1 and _ARABIC.fullmatch(body[:-1]):
        multiplier, body = MULTIPLIERS[body[-1]], body[:-1]
    if _ARABIC.fullmatch(body):
        try:
            return Decimal(body) * multiplier
        except InvalidOperation:
            return None
    if _CHINESE_NUMERAL.fullmatch(text):
        return _chinese_to_decimal(text)
    return None


def _chinese_to_decimal(text: str) -> Decimal | None:
    import cn2an  # imported here: it loads its tables on import, the window should not wait for it

    candidates = [text]
    if text[-1] in MULTIPLIERS and len(text) > 1:
        candidates.append(text[:-1])  # “一点二万”: cn2an reads the part before 万 only
    for index, candidate in enumerate(candidates):
        if candidate[:1] in ("百", "千"):
            candidate = "一" + candidate  # “百分之百”, “千余”: cn2an wants the leading 一
        try:
            number = Decimal(str(cn2an.cn2an(candidate.replace("两", "二"), "normal")))
        except (ValueError, KeyError, IndexError, InvalidOperation):
            continue
        return number * (MULTIPLIERS[text[-1]] if index == 1 else 1)
    return None


def _check_kind(number: Decimal, kind: str, percent: bool, max_value: float | None) -> None:
    if kind == "rate":
        limit = Decimal(str(max_value)) if max_value is not None else Decimal(100)
        if number > limit:
            raise ValueInputError(f"比率不能超过 {limit.normalize():f}%")
        return
    if percent:
        raise ValueInputError("此指标是数量，不是百分比，请输入件数、人数或次数")
    if number != number.to_integral_value():
        raise ValueInputError("数量应为整数（例如 1.2万 即 12000）")
    if max_value is not None and number > Decimal(str(max_value)):
        raise ValueInputError(f"数值不能超过 {Decimal(str(max_value)).normalize():f}")


# -- what the reviewer's action does to a cell ----------------------------------------
# The window's commands call these so the status rules live here, not in Qt code.


def confirmed(cell: ReviewedCell) -> ReviewedCell:
    """The reviewer accepts the value as it stands (an empty cell cannot be confirmed)."""
    if cell.value is None:
        raise ValueInputError("此项没有数值，请输入数值或标记为“无此项”")
    if cell.status is CellStatus.CORRECTED:
        return cell
    return replace(cell, status=CellStatus.CONFIRMED)


def with_value(cell: ReviewedCell, parsed: ParsedValue, evidence: Evidence | None = None,
               note: str | None = None) -> ReviewedCell:
    """The reviewer typed or picked a value: unchanged means confirmed, otherwise corrected."""
    same = cell.value is not None and parsed.value == cell.value and parsed.approx == cell.approx
    if same and evidence is None:
        status = cell.status if cell.status is CellStatus.CORRECTED else CellStatus.CONFIRMED
    else:
        status = CellStatus.CORRECTED
    return replace(cell, value=parsed.value, approx=parsed.approx, status=status,
                   evidence=evidence if evidence is not None else cell.evidence,
                   note=cell.note if note is None else note)


def marked_absent(cell: ReviewedCell) -> ReviewedCell:
    """无此项: the report does not state this indicator."""
    return replace(cell, value=None, approx=False, status=CellStatus.ABSENT)
