"""Reports built by hand, so each rule is tested without the extractor.

``value("litigation_cases", 33, text)`` places the number where it is written in
``text`` (its first occurrence after ``after``), so evidence spans are real.
"""
from __future__ import annotations

from dataclasses import replace

from lawgov_desktop.core.catalog import load_catalog
from lawgov_desktop.core.checks import RuleSet, load_rules, run_report_checks
from lawgov_desktop.core.types import Candidate, Document, Evidence, IndicatorValue, Report, ReportMetadata

CATALOG = load_catalog(use_user_file=False)


def without_topic_rule(rules: RuleSet) -> RuleSet:
    """The rules with report.topic off: these tests check one rule on a few sentences, which
    that rule would rightly call no report at all (tests/core/checks/test_topic.py has it)."""
    return replace(rules, rules=tuple(replace(r, enabled=False) if r.kind == "report_topic" else r
                                      for r in rules.rules))


RULES = without_topic_rule(load_rules(use_user_file=False))


def sentence_around(text: str, start: int, end: int) -> Evidence:
    left = max(text.rfind(c, 0, start) for c in "。；\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。；\n") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return Evidence(left, right, text[left:right])


def value(indicator_id: str, number: float, text: str, written: str | None = None, after: int = 0,
          unit: str | None = None, approx: bool = False, alternatives: tuple[Candidate, ...] = ()) -> IndicatorValue:
    written = written or (str(int(number)) if float(number).is_integer() else str(number))
    start = text.index(written, after)
    end = start + len(written)
    spec = CATALOG.get(indicator_id)
    return IndicatorValue(indicator_id, number, unit or spec.unit, approx, 0.95, sentence_around(text, start, end),
                          alternatives, start, end)


def candidate(number: float, text: str, written: str | None = None, after: int = 0, confidence: float = 0.95,
              unit: str = "件", approx: bool = False) -> Candidate:
    written = written or str(int(number))
    start = text.index(written, after)
    end = start + len(written)
    return Candidate(number, unit, approx, confidence, sentence_around(text, start, end), start, end)


def report(text: str, indicators: tuple[IndicatorValue, ...] = (), file: str = "测试.txt", **metadata) -> Report:
    return Report(file=file, document=Document(file, text, "txt"), metadata=ReportMetadata(**metadata),
                  indicators=tuple(indicators))


def rule_ids(rep: Report, prefix: str = "", rules=RULES) -> list[str]:
    return [f.rule for f in run_report_checks(rep, CATALOG, rules) if f.rule.startswith(prefix)]


def findings(rep: Report, rule_id: str, rules=RULES):
    return [f for f in run_report_checks(rep, CATALOG, rules) if f.rule == rule_id]
