"""The reviewer's view of a report: every indicator cell with its review status.

The store persists these, the window edits them, the workbook prints them.  An
extraction ``Report`` becomes a ``ReviewedReport`` with every cell 自动 (or 空 when
nothing was found); the reviewer then confirms, corrects or marks 无此项.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from .types import Evidence, Finding, Report, ReportMetadata


class CellStatus(str, Enum):
    AUTO = "自动"  # filled by the extractor, not yet looked at
    EMPTY = "空"  # extractor found nothing, not yet looked at
    CONFIRMED = "已确认"
    CORRECTED = "已修改"
    ABSENT = "无此项"  # reviewer says the report does not state it

    @property
    def is_open(self) -> bool:
        """Still waiting for the reviewer."""
        return self in (CellStatus.AUTO, CellStatus.EMPTY)


class ReportStatus(str, Enum):
    PENDING = "待审"
    IN_REVIEW = "审核中"
    DONE = "已完成"
    UNREVIEWED = "未审核"  # exported straight from files, never opened in the window


@dataclass(frozen=True)
class ReviewedCell:
    indicator_id: str
    value: float | int | None
    unit: str
    approx: bool
    status: CellStatus
    confidence: float = 0.0
    evidence: Evidence | None = None
    note: str = ""
    reviewer: str = ""
    changed_at: str = ""  # ISO 8601, local time


@dataclass(frozen=True)
class ReviewedReport:
    file: str
    metadata: ReportMetadata
    cells: tuple[ReviewedCell, ...]
    status: ReportStatus
    content_hash: str | None = None
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    report_id: int | None = None  # the store's key, None when not stored
    extra: dict[str, str] = field(default_factory=dict)

    def cell(self, indicator_id: str) -> ReviewedCell | None:
        for cell in self.cells:
            if cell.indicator_id == indicator_id:
                return cell
        return None

    @property
    def open_cells(self) -> int:
        return sum(1 for cell in self.cells if cell.status.is_open)


def derive_report_status(cells: tuple[ReviewedCell, ...] | list[ReviewedCell]) -> ReportStatus:
    """已完成 when every cell is confirmed, corrected or marked 无此项."""
    if not cells or all(not c.status.is_open for c in cells):
        return ReportStatus.DONE
    if any(not c.status.is_open for c in cells):
        return ReportStatus.IN_REVIEW
    return ReportStatus.PENDING


def reviewed_from_extraction(report: Report, indicator_ids: list[str] | None = None,
                             status: ReportStatus | None = None) -> ReviewedReport:
    """One cell per catalog indicator (``indicator_ids``), filled from the extraction."""
    ids = indicator_ids if indicator_ids is not None else [v.id for v in report.indicators]
    by_id = {v.id: v for v in report.indicators}
    cells = []
    for indicator_id in ids:
        found = by_id.get(indicator_id)
        if found is None or found.value is None:
            unit = found.unit if found else ""
            cells.append(ReviewedCell(indicator_id, None, unit, False, CellStatus.EMPTY))
        else:
            cells.append(ReviewedCell(indicator_id, found.value, found.unit, found.approx, CellStatus.AUTO,
                                      found.confidence, found.evidence))
    cells_tuple = tuple(cells)
    return ReviewedReport(
        file=report.file,
        metadata=report.metadata,
        cells=cells_tuple,
        status=status or derive_report_status(cells_tuple),
        content_hash=report.content_hash,
        findings=report.findings,
        errors=report.errors,
    )


def with_cell(reviewed: ReviewedReport, cell: ReviewedCell) -> ReviewedReport:
    """A copy with one cell replaced and the report status derived again."""
    cells = tuple(cell if c.indicator_id == cell.indicator_id else c for c in reviewed.cells)
    return replace(reviewed, cells=cells, status=derive_report_status(cells))
