"""The same indicator stated twice with different values.

The extractor keeps the candidates it weighed as ``IndicatorValue.alternatives``;
most of them are neighbours, not restatements: the parts of a total in the same
sentence (现场述法18人、书面述法94人), a subset (其中…), a cumulative figure
(近三年累计…).  A candidate counts as a second statement of the indicator only
when it
- is confident in absolute terms (``min_confidence``) and nearly as confident as
  the chosen value (``min_share_of_best``);
- stands in another sentence (evidence not overlapping the chosen value's: a
  total the extractor summed from its parts spans them all) and is not approximate (“1000余人” beside “1031人”
  is no contradiction);
- is introduced by much the same words as the chosen value: the character
  bigrams of the ``context_chars`` before each number overlap by at least
  ``min_context_similarity`` (Jaccard), and those words match none of
  ``context_exclude_patterns``.
"""
from __future__ import annotations

import re

from ..normalize import normalize
from ..types import Evidence, Finding
from .context import CheckContext, format_number
from .rules import Rule

KIND = "conflicting_values"
REQUIRED = ("min_confidence", "min_share_of_best", "context_chars", "min_context_similarity",
            "context_exclude_patterns")

_SENTENCE_END = re.compile(r"[。！？；;!?\n]")


def _same_statement(a: Evidence | None, b: Evidence | None) -> bool:
    """Overlapping evidence: parts of one sentence, or of a total summed from its parts."""
    return a is None or b is None or (a.start < b.end and b.start < a.end)


def _differ(a: float, b: float, relative: float) -> bool:
    return abs(a - b) > relative * max(abs(a), abs(b)) + 1e-9


def lead_in(text: str, number_start: int, chars: int) -> str:
    """The words just before a number, not reaching back past the sentence start."""
    window = text[max(0, number_start - chars):number_start]
    breaks = list(_SENTENCE_END.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def similarity(a: str, b: str) -> float:
    grams_a = {a[i:i + 2] for i in range(len(a) - 1)}
    grams_b = {b[i:i + 2] for i in range(len(b) - 1)}
    if not grams_a or not grams_b:
        return 0.0
    return len(grams_a & grams_b) / len(grams_a | grams_b)


def check(context: CheckContext, rule: Rule) -> list[Finding]:
    floor = float(rule.params["min_confidence"])
    share = float(rule.params["min_share_of_best"])
    chars = int(rule.params["context_chars"])
    needed = float(rule.params["min_context_similarity"])
    excluded = rule.compiled("context_exclude_patterns")
    relative = float(rule.params.get("relative_tolerance", 0.0))
    text = context.original
    findings: list[Finding] = []
    for value in context.report.indicators:
        stated = value.value
        if stated is None or value.approx or value.number_start < 0:
            continue
        own: str | None = None  # the value's lead-in, read once an alternative needs it (few do)
        for other in value.alternatives:
            if other.confidence < max(floor, share * value.confidence) or other.approx:
                continue
            if other.number_start < 0 or _same_statement(value.evidence, other.evidence):
                continue
            if not _differ(float(stated), float(other.value), relative):
                continue
            if own is None:
                own = normalize(lead_in(text, value.number_start, chars)).text
            theirs = normalize(lead_in(text, other.number_start, chars)).text
            if any(p.search(theirs) for p in excluded) or similarity(own, theirs) < needed:
                continue
            findings.append(context.finding(
                rule, other.evidence, value.id, indicator=context.indicator_name(value.id),
                value=format_number(stated), other=format_number(other.value), unit=value.unit,
            ))
            break
    return findings
