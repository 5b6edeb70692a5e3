"""The same indicator stated twice with different values.

The extractor keeps the candidates it weighed as ``IndicatorValue.alternatives``.
A candidate counts as a second statement when it is confident in absolute terms
(``min_confidence``) and nearly as confident as the chosen value
(``min_share_of_best``), sits elsewhere in the text and gives another number.
Approximate figures (“1000余人” beside “1031人”) are not a contradiction.
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext, format_number
from .rules import Rule

KIND = "conflicting_values"
REQUIRED = ("min_confidence", "min_share_of_best")


def _differ(a: float, b: float, relative: float) -> bool:
    return abs(a - b) > relative * max(abs(a), abs(b)) + 1e-9


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    floor = float(rule.params["min_confidence"])
    share = float(rule.params["min_share_of_best"])
    relative = float(rule.params.get("relative_tolerance", 0.0))
    skip_approx = bool(rule.params.get("skip_approx", True))
    findings = []
    for value in context.report.indicators:
        if value.value is None or (skip_approx and value.approx):
            continue
        for other in value.alternatives:
            if other.confidence < max(floor, share * value.confidence):
                continue
            if skip_approx and other.approx:
                continue
            if value.number_start >= 0 and other.number_start == value.number_start:
                continue
            if not _differ(float(value.value), float(other.value), relative):
                continue
            findings.append(context.finding(
                rule, other.evidence, value.id, indicator=context.indicator_name(value.id),
                value=format_number(value.value), other=format_number(other.value), unit=value.unit,
            ))
            break
    return findings
