"""Rates: within 0–100 %, and agreeing with the counts they are computed from.

A stated rate agrees with part/total when it equals the computed rate rounded or
cut to as many decimals as the report wrote (30 of 33 is 90.909…: “91%”, “90.9%”
and “90.90%” agree, “100%” does not).  Both checks run on the extracted indicators
(pairs named in the rule) and on sentences the rule's patterns match directly,
so a triple like “审理33件（负责人出庭30件，出庭应诉率91%）” is checked even when
the extractor assigned none of its numbers.
"""
from __future__ import annotations

import math
import re

from ..normalize import normalize
from ..types import Evidence, Finding, IndicatorValue
from .context import CheckContext, format_number
from .rules import Rule

KINDS = ("rate_range", "rate_from_counts")
REQUIRED: dict[str, tuple[str, ...]] = {
    "rate_range": ("text_patterns",),
    "rate_from_counts": ("pairs", "text_patterns"),
}


def decimals_of(written: str) -> int:
    _, dot, fraction = written.partition(".")
    return len(fraction) if dot else 0


def rate_agrees(part: float, total: float, stated: float, decimals: int, tolerance: float = 0.0) -> bool:
    """True when ``stated`` is part/total·100 rounded or truncated to ``decimals``."""
    if total <= 0:
        return True
    computed = part / total * 100
    scale = 10 ** decimals
    allowed = 1e-6 + tolerance  # float noise only, plus what the rule allows
    candidates = (round(computed, decimals), math.floor(computed * scale + 1e-9) / scale)
    return any(abs(stated - c) <= allowed for c in candidates)


_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _written(context: CheckContext, value: IndicatorValue, number: float | int) -> str:
    """The rate as the report wrote it (for its number of decimals); ``number`` is its value."""
    if 0 <= value.number_start < value.number_end <= len(context.original):
        # The span may or may not take in the unit (“91%”): read the leading number.
        written = _LEADING_NUMBER.match(normalize(context.original[value.number_start:value.number_end]).text)
        if written and abs(float(written.group(0)) - float(number)) < 1e-9:
            return written.group(0)
    return format_number(number)


def _overlaps(a: Evidence | None, b: Evidence | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def check_range(context: CheckContext, rule: Rule) -> list[Finding]:
    findings: list[Finding] = []
    for value in context.report.indicators:
        spec = context.indicator_spec(value.id)
        stated = value.value
        if spec is None or spec.kind != "rate" or stated is None:
            continue
        high = spec.max_value if spec.max_value is not None else 100
        if not spec.min_value <= stated <= high:
            findings.append(context.finding(rule, value.evidence, value.id, indicator=spec.name,
                                            value=format_number(stated)))
    for pattern in rule.compiled("text_patterns"):
        for match in pattern.finditer(context.text):
            if float(match.group("rate")) <= 100:
                continue  # (before the evidence: most rates are in range)
            evidence = context.evidence(match.start(), match.end())
            if any(_overlaps(f.evidence, evidence) for f in findings):
                continue
            findings.append(context.finding(rule, evidence, indicator=match.group("name"), value=match.group("rate")))
    return findings


def _computed(part: float, total: float, decimals: int) -> str:
    return f"{part / total * 100:.{max(decimals, 1)}f}"


def _text_triples(context: CheckContext, rule: Rule, tolerance: float) -> list[tuple[Evidence, bool, re.Match[str]]]:
    """Every part/total/rate sentence the patterns find, with whether it agrees."""
    out: list[tuple[Evidence, bool, re.Match[str]]] = []
    for pattern in rule.compiled("text_patterns"):
        for match in pattern.finditer(context.text):
            part = float(match.group("part").replace(",", ""))
            total = float(match.group("total").replace(",", ""))
            written = match.group("rate")
            agrees = rate_agrees(part, total, float(written), decimals_of(written), tolerance)
            out.append((context.evidence(match.start(), match.end()), agrees, match))
    return out


def _other_bases(context: CheckContext, rate: IndicatorValue, low: float, high: float) -> list[float]:
    """Counts in the rate's own sentence between part and total: the base may be the
    cases actually heard (“应诉45件，其中开庭审理42件……出庭应诉率100%”)."""
    if rate.evidence is None:
        return []
    sentence = normalize(rate.evidence.text).text
    found = (float(n) for n in _COUNT.findall(sentence))
    return [n for n in found if low <= n <= high]


_COUNT = re.compile(r"(\d+)(?:件|起|宗|个)")


def check_counts(context: CheckContext, rule: Rule) -> list[Finding]:
    tolerance = float(rule.params.get("extra_tolerance", 0.0))
    triples = _text_triples(context, rule, tolerance)
    findings: list[Finding] = []
    for pair in rule.params["pairs"]:
        rate, part, total = (context.value_of(pair[k]) for k in ("rate", "part", "total"))
        if rate is None or part is None or total is None or part.approx or total.approx:
            continue
        # value_of() gives only values with a number: named here for the type checker.
        rate_value, part_value, total_value = rate.value, part.value, total.value
        if rate_value is None or part_value is None or total_value is None:
            continue
        if any(_overlaps(rate.evidence, evidence) for evidence, _, _ in triples):
            continue  # the sentence names its own base; the text rule below judges it
        written = _written(context, rate, rate_value)
        bases = [total_value, *_other_bases(context, rate, part_value, total_value)]
        if any(rate_agrees(part_value, b, rate_value, decimals_of(written), tolerance) for b in bases):
            continue
        findings.append(context.finding(
            rule, rate.evidence, rate.id, indicator=context.indicator_name(rate.id), rate=written,
            part=f"{format_number(part_value)}{part.unit}", total=f"{format_number(total_value)}{total.unit}",
            computed=_computed(part_value, total_value, decimals_of(written)),
        ))
    rates = [context.value_of(pair["rate"]) for pair in rule.params["pairs"]]
    for evidence, agrees, match in triples:
        if agrees:
            continue
        # The window jumps to the indicator's cell when the sentence is its evidence.
        owner = next((r.id for r in rates if r is not None and _overlaps(r.evidence, evidence)), None)
        part_count = float(match.group("part").replace(",", ""))
        total_count = float(match.group("total").replace(",", ""))
        stated_rate = match.group("rate")
        findings.append(context.finding(
            rule, evidence, owner, indicator=match.group("name"), rate=stated_rate,
            part=match.group("part"), total=match.group("total"),
            computed=_computed(part_count, total_count, decimals_of(stated_rate)),
        ))
    return findings
