"""Report checks: what a reviewer must flag, found before they read.

``run_report_checks`` runs the per-report rules (the pipeline calls it for every
extracted report); ``run_batch_checks`` runs the rules that need the whole batch
(outliers, 同比 claims) and is called by the CLI and the window after all files
are extracted.  Rules are data (resources/checks.json, merged with the user's
file); one module per rule kind.  A check that fails on an odd report is logged
and reported as a 提示 naming the rule (``rule_failed``): a finding less must never
cost the reviewer the report, and the reviewer must know the check did not run.
"""
from __future__ import annotations

import logging

from ..catalog import Catalog, default_catalog
from ..types import Finding, Report
from .compare import compare_regions, usable, year_over_year
from .context import CheckContext
from .registry import BATCH_CHECKS, REPORT_CHECKS
from .rules import SEVERITY_ORDER, Rule, RuleSet, default_rules, load_rules

__all__ = [
    "run_report_checks", "run_batch_checks", "merge_batch_findings", "compare_regions", "year_over_year",
    "load_rules", "default_rules", "Rule", "RuleSet", "rule_failed", "finding_order",
]

log = logging.getLogger(__name__)


def finding_order(finding: Finding) -> tuple[int, int]:
    """错误 first, then 警告, then 提示; within each, by position in the text."""
    return SEVERITY_ORDER.get(finding.severity, 9), finding.evidence.start if finding.evidence else -1


RULE_FAILED_SEVERITY = "提示"


def rule_failed(rule: Rule, error: Exception) -> Finding:
    """What the reviewer sees when a rule raised: the rule did not run, its findings may be missing."""
    return Finding(rule.id, RULE_FAILED_SEVERITY,
                   f"核查规则“{rule.display_name}”未能运行（{type(error).__name__}），这一项未核查；详情见日志。",
                   rule_name=rule.display_name)


def run_report_checks(report: Report, catalog: Catalog | None = None, rules: RuleSet | None = None) -> list[Finding]:
    """Findings for one report, 错误 first, then by position in the text."""
    if report.document is None:
        return []
    catalog = catalog or default_catalog()
    rules = rules or default_rules()
    context = CheckContext(report, catalog, rules)
    findings: list[Finding] = []
    overriding: list[Finding] = []
    for rule in rules.enabled(REPORT_CHECKS):
        try:
            found = REPORT_CHECKS[rule.kind](context, rule)
        except Exception as exc:  # a rule bug must not take the report down with it
            log.exception("check %s failed on %s", rule.id, report.file)
            findings.append(rule_failed(rule, exc))
            continue
        findings.extend(found)
        if found and rule.params.get("suppress_others"):
            overriding.extend(found)
    # A rule with "suppress_others" (the file is no report at all) makes the other findings noise.
    return sorted(overriding or findings, key=finding_order)


def run_batch_checks(reports: list[Report], catalog: Catalog | None = None,
                     rules: RuleSet | None = None) -> dict[str, list[Finding]]:
    """Findings that need the whole batch, keyed by ``report.file`` (every file has a key)."""
    catalog = catalog or default_catalog()
    rules = rules or default_rules()
    out: dict[str, list[Finding]] = {report.file: [] for report in reports}
    for rule in rules.enabled(BATCH_CHECKS):
        try:
            for file, finding in BATCH_CHECKS[rule.kind](reports, catalog, rule):
                out.setdefault(file, []).append(finding)
        except Exception as exc:  # every report of the batch missed this check: each is told
            log.exception("batch check %s failed", rule.id)
            for report in usable(reports):
                out[report.file].append(rule_failed(rule, exc))
    return {file: sorted(findings, key=finding_order) for file, findings in out.items()}


def merge_batch_findings(reports: list[Report], batch: dict[str, list[Finding]]) -> list[Report]:
    """Each report with its batch findings appended (what the CLI and the window show)."""
    from dataclasses import replace

    return [
        replace(r, findings=tuple(sorted((*r.findings, *batch.get(r.file, ())), key=finding_order)))
        if batch.get(r.file) else r
        for r in reports
    ]
