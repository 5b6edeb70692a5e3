"""Required parts of an annual report (法治政府建设与责任落实督察工作规定, art. 25).

A part is present when a heading uses one of its usual wordings, or the body says
it in a sentence strong enough to stand for the part (reports often fold the
shortcomings into one paragraph: “……但仍存在一些短板，如……”).  The year's main
measures rarely get a heading of their own: a report whose body is laid out under
several top-level headings that belong to no other part has them
(``min_other_top_headings``).

``ignore_after_part`` names the part whose top-level heading ends the search: the
next year's plans routinely promise to “压实第一责任人职责”, which is a plan, not
the account of this year's performance the part asks for.
"""
from __future__ import annotations

from ..types import Finding
from .context import CheckContext
from .rules import Rule

KIND = "required_part"
REQUIRED = ("part", "heading_patterns", "body_patterns")


def part_present(context: CheckContext, rule: Rule) -> bool:
    after = rule.params.get("ignore_after_part")
    cutoff = context.part_start(str(after), unless=rule) if after else len(context.text)
    headings = context.headings_without_title()
    # Indices into headings_without_title(): the context remembers which pattern list finds
    # which heading, since the part rules ask about the same headings in turn.
    kept = [index for index, heading in enumerate(headings) if heading.start < cutoff]
    own = rule.compiled("heading_patterns")
    if any(context.heading_matches(index, own) for index in kept):
        return True
    if any(p.search(context.text, 0, cutoff) for p in rule.compiled("body_patterns")):
        return True
    needed = int(rule.params.get("min_other_top_headings", 0))
    if needed <= 0:
        return False
    siblings = [r.compiled("heading_patterns") for r in context.rules.enabled((KIND,)) if r.id != rule.id]
    others = [index for index in kept
              if headings[index].top_level and not any(context.heading_matches(index, s) for s in siblings)]
    return len(others) >= needed


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    if part_present(context, rule):
        return []
    return [context.finding(rule, part=rule.params["part"])]
