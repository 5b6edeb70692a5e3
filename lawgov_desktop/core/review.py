"""The reviewer's view of a report: every indicator cell with its review state.

The store persists these, the window edits them, the workbook prints them.  An
extraction ``Report`` becomes a ``ReviewedReport`` with one cell per catalog
indicator: 自动 when the extractor found a value (待确认: waiting for the reviewer),
未提及 when it found nothing.  The reviewer confirms, corrects or marks 无此项;
“本报告审核完成” turns the remaining 未提及 cells into 无此项 in one step, and a
report is 已完成 when no cell is left undecided.

Every state has its Chinese word as its value (what the store keeps and people
read); ``CellStatus`` and ``ReportStatus`` are the one place the states are named,
so the window's colours and the workbook's print marks are each one table keyed
by them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from .types import Evidence, Finding, Report, ReportMetadata


class CellStatus(str, Enum):
    AUTO = "自动"  # filled by the extractor, waiting for the reviewer: counted as 待确认
    NOT_MENTIONED = "未提及"  # the extractor found nothing; 无此项 once the report is finished
    CONFIRMED = "已确认"
    CORRECTED = "已修改"
    ABSENT = "无此项"  # the reviewer's decision: the report does not state it

    @property
    def label(self) -> str:
        """The word shown to people (the window, the workbook, the audit trail)."""
        return self.value

    @property
    def is_pending(self) -> bool:
        """A value the extractor found that nobody has confirmed yet (待确认)."""
        return self is CellStatus.AUTO

    @property
    def is_open(self) -> bool:
        """Not yet decided by a reviewer: 自动 or 未提及 (the workbook marks both as unreviewed)."""
        return self in (CellStatus.AUTO, CellStatus.NOT_MENTIONED)


class ReportStatus(str, Enum):
    PENDING = "待审"
    IN_REVIEW = "审核中"
    DONE = "已完成"
    UNREVIEWED = "未审核"  # exported straight from files, never opened in the window

    @property
    def label(self) -> str:
        return self.value


class ReportFact(str, Enum):
    """Facts about a report the reviewer may correct; the value is the ``ReportMetadata`` field."""

    REGION = "region"
    YEAR = "year"
    ISSUER = "issuer"
    PUBLISH_DATE = "publish_date"

    @property
    def label(self) -> str:
        return _FACT_LABELS[self]

    @property
    def audit_key(self) -> str:
        """What the audit trail records in place of an indicator id."""
        return FACT_AUDIT_PREFIX + self.value

    @classmethod
    def from_audit_key(cls, key: str) -> ReportFact | None:
        if not key.startswith(FACT_AUDIT_PREFIX):
            return None
        try:
            return cls(key[len(FACT_AUDIT_PREFIX):])
        except ValueError:
            return None


FACT_AUDIT_PREFIX = "fact:"
_FACT_LABELS = {
    ReportFact.REGION: "地区",
    ReportFact.YEAR: "年度",
    ReportFact.ISSUER: "报告主体",
    ReportFact.PUBLISH_DATE: "发布日期",
}


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
    metadata: ReportMetadata  # with the reviewer's corrections of the facts applied
    cells: tuple[ReviewedCell, ...]
    status: ReportStatus
    content_hash: str | None = None
    findings: tuple[Finding, ...] = ()
    errors: tuple[str, ...] = ()
    report_id: int | None = None  # the store's key, None when not stored
    extra: dict[str, str] = field(default_factory=dict)
    corrected_facts: tuple[ReportFact, ...] = ()  # facts the reviewer set

    def cell(self, indicator_id: str) -> ReviewedCell | None:
        for cell in self.cells:
            if cell.indicator_id == indicator_id:
                return cell
        return None

    @property
    def pending_cells(self) -> int:
        """待确认: values the extractor found that nobody has confirmed."""
        return sum(1 for cell in self.cells if cell.status.is_pending)

    @property
    def unmentioned_cells(self) -> int:
        return sum(1 for cell in self.cells if cell.status is CellStatus.NOT_MENTIONED)

    @property
    def open_cells(self) -> int:
        """Cells no reviewer has decided: 待确认 and 未提及."""
        return sum(1 for cell in self.cells if cell.status.is_open)


def derive_report_status(cells: tuple[ReviewedCell, ...] | list[ReviewedCell]) -> ReportStatus:
    """已完成 when no cell is left undecided (待确认 or 未提及)."""
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
            cells.append(ReviewedCell(indicator_id, None, unit, False, CellStatus.NOT_MENTIONED))
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


def finishing_changes(reviewed: ReviewedReport, confirm_pending: bool = False) -> list[ReviewedCell]:
    """What “本报告审核完成” does: each 未提及 cell becomes 无此项 (the reviewer's decision);
    with ``confirm_pending`` each 待确认 value is confirmed as it stands.  One entry per cell changed,
    in the report's order, so the audit trail gets one row per cell."""
    changes = []
    for cell in reviewed.cells:
        if cell.status is CellStatus.NOT_MENTIONED:
            changes.append(replace(cell, value=None, approx=False, status=CellStatus.ABSENT))
        elif confirm_pending and cell.status is CellStatus.AUTO:
            changes.append(replace(cell, status=CellStatus.CONFIRMED))
    return changes
