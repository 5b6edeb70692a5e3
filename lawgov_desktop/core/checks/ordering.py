"""A part cannot exceed its whole: 负责人出庭 ≤ 应诉案件, 办结 ≤ 受理.

Pairs of indicators come from the rule's ``pairs``; ``text_patterns`` catch the
same relation inside one sentence (groups ``total``/``part`` and, for the message,
``total_name``/``part_name``).  A whole given only approximately (“30余件”) is not
compared: the report did not say how many.
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext, format_number
from .rules import Rule

KIND = "count_order"
REQUIRED = ("pairs", "text_patterns")


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    findings: list[Finding] = []
    for pair in rule.params["pairs"]:
        part, total = context.value_of(pair["part"]), context.value_of(pair["total"])
        if part is None or total is None or total.approx:
            continue
        # value_of() gives only values with a number: named here for the type checker.
        part_value, total_value = part.value, total.value
        if part_value is None or total_value is None or part_value <= total_value:
            continue
        findings.append(context.finding(
            rule, part.evidence, part.id,
            part_name=context.indicator_name(part.id), part=f"{format_number(part_value)}{part.unit}",
            total_name=context.indicator_name(total.id), total=f"{format_number(total_value)}{total.unit}",
        ))
    for pattern in rule.compiled("text_patterns"):
        for match in pattern.finditer(context.text):
            part_count = float(match.group("part").replace(",", ""))
            total_count = float(match.group("total").replace(",", ""))
            if part_count <= total_count:
                continue
            findings.append(context.finding(
                rule, context.evidence(match.start(), match.end()),
                part_name=match.group("part_name"), part=match.group("part"),
                total_name=match.group("total_name"), total=match.group("total"),
            ))
    return findings
