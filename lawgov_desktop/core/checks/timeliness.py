"""Was the report published on time?

Annual reports are due in the first quarter of the following year; a department
(issuer ending in 局/委/办 …) reports to its government earlier, by 1 March.  The
due dates and the issuer wordings are parameters.  Publishing on the due date
itself is on time.

The issuer a web page shows is often the office that posted it (来源：某县司法局)
rather than the body reporting, so when the title is known it must name the
department too (“某市司法局2024年…报告”); a county's report posted by its 司法局
keeps the government's deadline.
"""
from __future__ import annotations

import re
from datetime import date

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KIND = "timeliness"
REQUIRED = ("government_due", "department_due", "department_issuer_patterns", "government_issuer_patterns")


def is_department(rule: Rule, issuer: str | None, title: str | None = None) -> bool:
    issuer = (issuer or "").strip()
    if not issuer or any(p.search(issuer) for p in rule.compiled("government_issuer_patterns")):
        return False
    if not any(p.search(issuer) for p in rule.compiled("department_issuer_patterns")):
        return False
    title_patterns = rule.compiled("department_title_patterns")
    return not title or not title_patterns or any(p.search(title) for p in title_patterns)


def _parse(iso: str | None) -> date | None:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", (iso or "").strip())
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    published = _parse(context.report.metadata.publish_date)
    year = context.report_year
    if published is None or year is None:
        return []
    title = context.title_words()
    department = is_department(rule, context.report.metadata.issuer, title)
    due_text = str(rule.params["department_due" if department else "government_due"])
    month, day = (int(p) for p in due_text.split("-"))
    deadline = date(year + 1, month, day)
    if published <= deadline:
        return []
    return [context.finding(
        rule,
        evidence=context.find_date(published.isoformat()),
        date=f"{published.year}年{published.month}月{published.day}日",
        deadline=f"{deadline.year}年{deadline.month}月{deadline.day}日",
        who="部门" if department else "政府",
        due=f"{month}月{day}日",
    )]
