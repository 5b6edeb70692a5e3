"""A report as the checks see it once a reviewer has worked on it.

``ReviewEntry`` bundles what the checks need: the reviewed cells and facts, the
report's text and the extractor's answers.  ``checked_report`` turns it back into
a ``core.types.Report`` whose values are the reviewed ones, so every rule on values
(rates, counts, coverage, outliers, 同比 claims, timeliness) judges what the
reviewer confirmed or corrected, while rules on the text keep reading the text.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..core.review import CellStatus, ReportStatus, ReviewedReport, reviewed_from_extraction
from ..core.types import Document, IndicatorValue, Report

NO_VALUE = (CellStatus.ABSENT, CellStatus.NOT_MENTIONED)


@dataclass(frozen=True)
class ReviewEntry:
    reviewed: ReviewedReport
    text: str
    format: str | None  # None: the file could not be read
    extraction: Mapping[str, IndicatorValue] = field(default_factory=dict)
    duplicate_of: str | None = None

    @property
    def readable(self) -> bool:
        return self.format is not None

    @classmethod
    def from_extraction(cls, report: Report, indicator_ids: list[str], status=None) -> ReviewEntry:
        """A report straight from the extractor (``export FILES``): every value as extracted."""
        if report.document is None:  # unreadable: no cells, only its error message
            reviewed = ReviewedReport(report.file, report.metadata, (), status or ReportStatus.UNREVIEWED,
                                      content_hash=report.content_hash, errors=report.errors)
            return cls(reviewed, "", None, {}, report.duplicate_of)
        return cls(reviewed_from_extraction(report, indicator_ids, status=status), report.document.text,
                   report.document.format, {v.id: v for v in report.indicators}, report.duplicate_of)


def reviewed_value(cell, found: IndicatorValue | None) -> IndicatorValue:
    """The reviewed cell as an indicator value for the checks.

    Left as extracted, it keeps the extractor's number position and ranked alternatives
    (the conflicting-values and 同比 rules read them).  Corrected, it keeps the position
    when its evidence is still the extractor's sentence (a 同比 claim follows that number),
    and no alternatives: the reviewer has chosen.
    """
    if found is not None and (found.value, found.approx, found.evidence) == (cell.value, cell.approx, cell.evidence):
        return found
    same_sentence = found is not None and cell.evidence is not None and found.evidence == cell.evidence
    return IndicatorValue(
        cell.indicator_id, cell.value, cell.unit, cell.approx, cell.confidence, cell.evidence, (),
        found.number_start if same_sentence else -1, found.number_end if same_sentence else -1,
    )


def checked_report(entry: ReviewEntry) -> Report:
    reviewed = entry.reviewed
    if not entry.readable:
        return Report(reviewed.file, None, reviewed.metadata, errors=reviewed.errors,
                      content_hash=reviewed.content_hash, duplicate_of=entry.duplicate_of)
    values = tuple(
        reviewed_value(cell, entry.extraction.get(cell.indicator_id))
        for cell in reviewed.cells
        if cell.value is not None and cell.status not in NO_VALUE
    )
    return Report(
        file=reviewed.file,
        document=Document(path=reviewed.file, text=entry.text, format=entry.format or "txt"),
        metadata=reviewed.metadata,
        indicators=values,
        errors=reviewed.errors,
        content_hash=reviewed.content_hash,
        duplicate_of=entry.duplicate_of,
    )
