"""The batch as one Qt-free service, used by the command line and the window alike.

Layers (checked by import-linter, pyproject.toml): ``ui`` and ``cli`` above
``service``; ``service`` above ``store`` and ``export``; those above ``core``.
"""
from .batch_service import AddOutcome, BatchCheckResult, BatchService, FinishPlan
from .findings import batch_findings, report_findings, with_findings
from .reader_pool import DiskCheck, LoadItem, ReaderPool, load_items
from .review_entries import ReviewEntry, checked_report

__all__ = [
    "AddOutcome", "BatchCheckResult", "BatchService", "FinishPlan", "batch_findings", "report_findings",
    "with_findings", "DiskCheck", "LoadItem", "ReaderPool", "load_items", "ReviewEntry", "checked_report",
]
