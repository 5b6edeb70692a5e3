"""The findings of a batch, computed the one way the window, ``export BATCH`` and ``export FILES`` share.

Per report, the report checks run on ``checked_report`` (the reviewed values, the
text as it is); over the batch, the batch checks (outliers, 同比 claims) run on all
readable reports together.  Everything here is plain functions over ``ReviewEntry``
values: a worker thread may call them on a snapshot while the window goes on.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..core.catalog import Catalog
from ..core.checks import finding_order, run_batch_checks, run_report_checks
from ..core.checks.rules import RuleSet
from ..core.review import ReviewedReport
from ..core.types import Finding
from .review_entries import ReviewEntry, checked_report


def report_findings(entry: ReviewEntry, catalog: Catalog, rules: RuleSet) -> tuple[Finding, ...]:
    if not entry.readable:
        return ()
    return tuple(run_report_checks(checked_report(entry), catalog, rules))


def batch_findings(entries: Sequence[ReviewEntry], catalog: Catalog, rules: RuleSet) -> list[tuple[Finding, ...]]:
    """The batch rules' findings, one tuple per entry (in the same order)."""
    reports = [checked_report(entry) for entry in entries]
    # Keyed by position, not by file: two entries may name the same file.
    keyed = [replace(report, file=f"{index}\0{report.file}") for index, report in enumerate(reports)]
    found = run_batch_checks(keyed, catalog, rules)
    return [tuple(found.get(report.file, ())) for report in keyed]


def combined(*groups: Sequence[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted((f for group in groups for f in group), key=finding_order))


def with_findings(entries: Sequence[ReviewEntry], catalog: Catalog, rules: RuleSet) -> list[ReviewedReport]:
    """Each entry's reviewed report carrying its report and batch findings (what an export writes)."""
    batch = batch_findings(entries, catalog, rules)
    return [replace(entry.reviewed, findings=combined(report_findings(entry, catalog, rules), found))
            for entry, found in zip(entries, batch)]
