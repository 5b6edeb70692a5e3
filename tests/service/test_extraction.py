"""``extract_reports``: the report checks the workers ran are the findings the command line
writes; they are the ones the service's own checks give on the same reports."""
from __future__ import annotations

from pathlib import Path

from lawgov_desktop import paths
from lawgov_desktop.core.batch import extract_files
from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.checks.rules import default_rules
from lawgov_desktop.service.extraction import extract_reports, unreviewed_reports

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


def test_the_workers_findings_are_those_the_service_checks_give():
    files = [paths.sample_report(), *sorted(REPORTS.glob("*.txt"))]
    catalog = default_catalog()
    reused = extract_reports(files, catalog, jobs=2)
    recomputed = extract_reports(files, catalog, jobs=2, rules=default_rules())
    assert [r.findings for r in reused] == [r.findings for r in recomputed]
    assert sum(len(r.findings) for r in reused) > 0  # the checks did find something to compare


def test_the_unreviewed_reports_of_an_export_keep_the_same_findings():
    files = [paths.sample_report(), *sorted(REPORTS.glob("*.txt"))]
    catalog = default_catalog()
    reports = extract_files(files, catalog, jobs=2)  # as `export FILES` reads them
    reused = unreviewed_reports(reports, catalog)
    recomputed = unreviewed_reports(reports, catalog, rules=default_rules())
    assert [r.findings for r in reused] == [r.findings for r in recomputed]
    assert sum(len(r.findings) for r in reused) > 0
