"""A key section with no figures at all (nothing on 行政复议/应诉, say).

The section counts as covered when the extractor found any of its indicators or
the text states a number right after one of its words (``text_patterns``), so an
extractor miss alone does not raise the finding.
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KIND = "section_figures"
REQUIRED = ("section", "indicators", "text_patterns")


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    if any(context.value_of(indicator_id) for indicator_id in rule.params["indicators"]):
        return []
    if any(p.search(context.text) for p in rule.compiled("text_patterns")):
        return []
    return [context.finding(rule, section=rule.params["section"])]
