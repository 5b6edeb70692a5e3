"""Turn what a reviewer types into an indicator value, or say in Chinese why not.

Reviewers write figures the way reports do: “1.2万”, “百分之九十五”, “95%”,
“约300件”, “三十余”.  They are read with the number grammar the extractor reads
reports with (``core.numbers``): what the extractor reads, a reviewer can type.
``parse_value_input`` accepts all of these for one cell and refuses what cannot be a
value of that indicator (negative counts, rates over 100, fractions of a case,
words) with a message meant to be shown next to the editor.  ``parse_selection`` does the same for text the reviewer selected in the
report, where the number sits inside a sentence.

Unlike the extractor, which reports whatever the text says (the checks flag an
impossible 105 %), this module guards the reviewer's own input.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

from .errors import LawgovError
from .numbers import find_numbers, parse_number
from .review import CellStatus, ReviewedCell
from .types import Evidence

_DATE_WORDS = set("年月日号")
_DIGIT = re.compile(r"[\d零〇一二两三四五六七八九十百千万]")


class ValueInputError(LawgovError):
    """What the reviewer typed is not a value for this indicator; ``message`` says why."""


@dataclass(frozen=True)
class ParsedValue:
    value: int | float
    approx: bool


def parse_value_input(text: str, kind: str, unit: str = "", max_value: float | None = None) -> ParsedValue:
    """Parse one typed value for an indicator of ``kind`` (count/people/rate/amount).

    The figure is read with the same grammar as figures in reports (``numbers.parse_number``):
    1.2万, 一点二万, 百分之九十五, 95%, 约300件, 三十余, 近万.  Raises ``ValueInputError`` with a
    Chinese message for anything that is not a plausible value: empty input, words,
    negative numbers, fractions of a count, a percentage for a count, a rate over 100
    (or over ``max_value``).
    """
    original = text
    cleaned = unicodedata.normalize("NFKC", text or "").strip()
    cleaned = re.sub(r"\s+", "", cleaned)
    if not cleaned:
        raise ValueInputError("请输入数值；报告中没有此项时请标记为“无此项”")
    negative = cleaned.startswith(("-", "负"))
    if negative:
        cleaned = cleaned[1:]
    parsed = parse_number(cleaned)
    if parsed is None:
        raise ValueInputError(f"“{original.strip()}”不是数值，可以输入 1.2万、百分之九十五、95%、约300 这样的写法")
    number = Decimal(str(parsed.value))
    if negative and number != 0:
        raise ValueInputError("数值不能是负数")
    _check_kind(number, kind, parsed.percent, max_value)
    value: int | float = int(number) if number == number.to_integral_value() else float(number)
    return ParsedValue(value, parsed.approx)


def parse_selection(text: str, kind: str, unit: str = "", max_value: float | None = None) -> ParsedValue:
    """The value in a stretch of report text the reviewer selected.

    The whole selection is tried first (“1.2万”); otherwise the first figure inside it, read
    as the extractor reads report text, that is a valid value for the indicator wins
    (“共受理行政复议案件45件” → 45).
    """
    try:
        return parse_value_input(text, kind, unit, max_value)
    except ValueInputError as whole_error:
        whole_text_error = whole_error
    token_error: ValueInputError | None = None
    normalized = unicodedata.normalize("NFKC", text or "")
    for mention in find_numbers(normalized):
        if mention.change or normalized[mention.end - 1:mention.end] in _DATE_WORDS:
            continue  # “同比增长12%”, “2024年”, “12月”: not the figure
        token = normalized[mention.start:mention.end]
        try:
            return parse_value_input(token, kind, unit, max_value)
        except ValueInputError as exc:
            token_error = token_error or exc  # why the first number found was refused
    if not _DIGIT.search(normalized):
        raise ValueInputError("所选文字中没有数字，请选中包含数值的文字") from None
    raise token_error or whole_text_error


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
