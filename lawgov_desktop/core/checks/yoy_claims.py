"""A 同比 claim in the text that disagrees with the two reports' own figures.

When the batch holds a region's reports for two consecutive years, a claim right
after an indicator's number in the later report (“办理复议案件46件，同比增长15%”)
is recomputed from both reports.  The claim must follow the number within
``max_distance`` characters with no other number between them and in the same
clause.  “%” is a relative change, “个百分点” a difference; for a rate the report
may have meant points by “%”, so either reading agrees.
"""
from __future__ import annotations

import re

from ..catalog import Catalog
from ..normalize import normalize
from ..types import Finding, IndicatorValue, Report
from .compare import year_pairs
from .context import format_number, span
from .rules import Rule

KIND = "yoy_claim"
REQUIRED = ("claim_patterns", "up_words", "down_words", "max_distance", "tolerance_percent", "tolerance_points")

_CLAUSE_END = re.compile(r"[。；;！？]")
_DIGIT = re.compile(r"\d")


def _claim_after(text: str, value: IndicatorValue, rule: Rule) -> tuple[re.Match[str], int, int] | None:
    """The claim right after the value's number, with its span in ``text``."""
    if value.number_end < 0:
        return None
    # Twice the distance in original characters: spaces and line breaks drop out.
    window = normalize(text[value.number_end:value.number_end + 2 * int(rule.params["max_distance"])])
    visible = window.text[: int(rule.params["max_distance"])]
    end = _CLAUSE_END.search(visible)
    visible = visible[: end.start()] if end else visible
    for pattern in rule.compiled("claim_patterns"):
        match = pattern.search(visible)
        if match and not _DIGIT.search(visible[: match.start()]):
            start, stop = window.to_original(match.start(), match.end())
            return match, value.number_end + start, value.number_end + stop
    return None


def _actual(a: float, b: float, unit: str, is_rate: bool) -> list[tuple[float, str]]:
    """The claim's possible true values (signed) with how the message words each."""
    readings = []
    if unit == "个百分点" or is_rate:
        readings.append((b - a, "个百分点"))
    if unit == "%" and a:
        readings.append(((b - a) / a * 100, "%"))
    return readings


def _words(value: float, unit: str) -> str:
    return f"{'增长' if value >= 0 else '下降'}{format_number(round(abs(value), 2))}{unit}"


def check(reports: list[Report], catalog: Catalog, rule: Rule) -> list[tuple[str, Finding]]:
    up, down = set(rule.params["up_words"]), set(rule.params["down_words"])
    out = []
    for _region, report_a, report_b in year_pairs(reports):
        text = report_b.document.text
        for value_b in report_b.indicators:
            value_a = report_a.indicator(value_b.id)
            if value_b.value is None or value_a is None or value_a.value is None:
                continue
            found = _claim_after(text, value_b, rule)
            if found is None or found[0].group("dir") not in up | down:
                continue
            match, start, end = found
            claimed = float(match.group("num")) * (1 if match.group("dir") in up else -1)
            unit = match.group("unit")
            spec = catalog.get(value_b.id)
            is_rate = spec is not None and spec.kind == "rate"
            readings = _actual(float(value_a.value), float(value_b.value), unit, is_rate)
            if not readings:
                continue
            tolerance = {"%": float(rule.params["tolerance_percent"]),
                         "个百分点": float(rule.params["tolerance_points"])}
            if any(abs(actual - claimed) <= tolerance[how] for actual, how in readings):
                continue
            actual, how = readings[-1]
            message = rule.format(
                claim=match.group(0), year_a=report_a.metadata.year, year_b=report_b.metadata.year,
                value_a=format_number(value_a.value), value_b=format_number(value_b.value),
                unit=value_b.unit, actual=_words(actual, how), indicator=spec.name if spec else value_b.id,
            )
            out.append((report_b.file, Finding(rule.id, rule.severity, message, span(text, start, end), value_b.id,
                                                rule.display_name)))
    return out
