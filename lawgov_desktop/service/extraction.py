"""Report files to results for the command line: ``extract`` and ``export FILES``.

Files are read by the guard's worker processes (``core.batch.extract_files``: a
time limit per file, a crashed reader replaced), duplicates are flagged, and the
findings are those of ``service.findings`` — the same the window shows and
``export BATCH`` writes.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..core.batch import extract_files
from ..core.catalog import Catalog
from ..core.checks.rules import RuleSet, default_rules
from ..core.guard import DEFAULT_SECONDS
from ..core.pipeline import iter_report_files, mark_duplicates
from ..core.review import ReportStatus, ReviewedReport
from ..core.types import Report
from .findings import batch_findings, combined, report_findings, with_findings
from .review_entries import ReviewEntry

OnDone = Callable[[Path, Report], None]


def report_files(inputs: Iterable[str | Path], skipped: list[str] | None = None) -> list[Path]:
    """The report files under ``inputs``; folders that could not be entered are described in ``skipped``."""
    return list(iter_report_files(inputs, skipped))


def extract_reports(files: Sequence[Path], catalog: Catalog, *, seconds: float = DEFAULT_SECONDS,
                    jobs: int | None = None, in_process_for_one: bool = False, on_done: OnDone | None = None,
                    rules: RuleSet | None = None) -> list[Report]:
    """Every file's Report in input order, duplicates flagged, findings from the report and batch checks.

    The workers ran the report checks with the default rules, in parallel, on exactly the values
    a fresh extraction's checked report holds (``report_findings`` gives the same findings); they
    are run again here only for other ``rules`` — serially, they took a third of a batch's time.
    """
    workers_rules = rules is None
    rules = rules or default_rules()
    reports = mark_duplicates(extract_files(files, catalog, seconds=seconds, jobs=jobs,
                                            in_process_for_one=in_process_for_one, on_done=on_done))
    entries = [ReviewEntry.from_extraction(report, catalog.ids) for report in reports]
    batch = batch_findings(entries, catalog, rules)
    return [replace(report, findings=combined(report.findings if workers_rules
                                              else report_findings(entry, catalog, rules), found))
            if report.document is not None else report
            for report, entry, found in zip(reports, entries, batch)]


def unreviewed_reports(reports: Sequence[Report], catalog: Catalog,
                       rules: RuleSet | None = None) -> list[ReviewedReport]:
    """Extracted reports as the workbook takes them: every cell as extracted, every report 未审核,
    with the same findings a batch of them would show in the window (duplicates left out).

    ``reports`` are as the workers return them (``core.batch.extract_files``): their findings are
    the report checks' with the default rules, kept as they are unless other ``rules`` are given."""
    if rules is not None:
        entries = [ReviewEntry.from_extraction(report, catalog.ids, status=ReportStatus.UNREVIEWED)
                   for report in reports if not report.duplicate_of]
        return with_findings(entries, catalog, rules)
    kept = [report for report in reports if not report.duplicate_of]
    entries = [ReviewEntry.from_extraction(report, catalog.ids, status=ReportStatus.UNREVIEWED) for report in kept]
    batch = batch_findings(entries, catalog, default_rules())
    return [replace(entry.reviewed, findings=combined(report.findings, found))
            for report, entry, found in zip(kept, entries, batch)]
