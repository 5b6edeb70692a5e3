"""No publish date known: ask the reviewer to enter one (timeliness cannot be judged)."""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KIND = "publish_date_missing"
REQUIRED: tuple[str, ...] = ()


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    if (context.report.metadata.publish_date or "").strip():
        return []
    return [context.finding(rule)]
