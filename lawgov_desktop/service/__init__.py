"""The batch as one Qt-free service, used by the command line and the window alike.

Layers (checked by import-linter, pyproject.toml): ``ui`` and ``cli`` above
``service``; ``service`` above ``store`` and ``export``; those above ``core``.
"""
from importlib import import_module
from typing import TYPE_CHECKING, Any

# Names and the module each comes from.  They are imported when first asked for, so that
# ``lawgov-desktop extract`` (which needs only ``service.extraction``) does not load the store.
_EXPORTS = {
    "AddOutcome": "batch_service", "BatchCheckResult": "batch_service", "BatchService": "batch_service",
    "FinishPlan": "batch_service", "batch_findings": "findings", "report_findings": "findings",
    "with_findings": "findings", "DiskCheck": "reader_pool", "LoadItem": "reader_pool",
    "ReaderPool": "reader_pool", "load_items": "reader_pool", "ReviewEntry": "review_entries",
    "checked_report": "review_entries",
}
__all__ = list(_EXPORTS)

if TYPE_CHECKING:
    from .batch_service import AddOutcome, BatchCheckResult, BatchService, FinishPlan  # noqa: F401
    from .findings import batch_findings, report_findings, with_findings  # noqa: F401
    from .reader_pool import DiskCheck, LoadItem, ReaderPool, load_items  # noqa: F401
    from .review_entries import ReviewEntry, checked_report  # noqa: F401


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
