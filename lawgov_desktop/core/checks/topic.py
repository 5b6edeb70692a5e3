"""A file that does not look like a 法治政府建设 report at all (a certificate, a notice, a 政府工作报告).

Such a file would otherwise load as one more report with every cell 未提及 and no
word that it is the wrong file.  The words of the subject (法治, 依法行政, 行政复议 …)
run to dozens in any real report, even in its first page; a file that names them
fewer than ``min_hits`` times is flagged.
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KIND = "report_topic"
REQUIRED = ("topic_patterns", "min_hits")


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    needed = int(rule.params["min_hits"])
    hits = 0
    for pattern in rule.compiled("topic_patterns"):
        hits += sum(1 for _ in pattern.finditer(context.text))
        if hits >= needed:
            return []
    return [context.finding(rule, hits=hits)]
