"""The reviewed batch in the shape ``core.checks.compare`` reads.  Imports no Qt.

The comparison tables should show the figures as the reviewer has confirmed or
corrected them, not the extractor's first guess: each reviewed cell becomes the
report's value for that indicator (无此项 and empty cells have none).
"""
from __future__ import annotations

from ..core.review import CellStatus, ReviewedReport
from ..core.types import Document, IndicatorValue, Report


def reports_for_comparison(reviewed: list[ReviewedReport]) -> list[Report]:
    reports = []
    for report in reviewed:
        if not report.cells:
            continue  # a file that could not be read
        values = tuple(
            IndicatorValue(cell.indicator_id, cell.value, cell.unit, cell.approx, cell.confidence, cell.evidence)
            for cell in report.cells
            if cell.value is not None and cell.status is not CellStatus.ABSENT
        )
        reports.append(Report(
            file=report.file,
            document=Document(path=report.file, text="", format="reviewed"),
            metadata=report.metadata,
            indicators=values,
            content_hash=report.content_hash,
        ))
    return reports
