"""The batch as one Qt-free object: what the window and ``export BATCH`` both drive.

It holds the store and the rules, and knows what a reviewer's action means for the
batch: an edit is stored, then the report's checks run again on the reviewed values
(a few milliseconds for a long report, so on the caller's thread) and the batch
checks are due again.  The batch checks read every report, so they run on a
snapshot in a worker thread (``batch_check_job``) with their own read-only
connection; the window hands the result back with ``apply_batch_check``.

Every method that writes raises ``StoreError`` (Chinese, naming the file) when the
database refuses, and then nothing has changed.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..core.catalog import Catalog
from ..core.checks.rules import RuleSet, default_rules
from ..core.review import ReportFact, ReviewedCell, ReviewedReport, finishing_changes
from ..core.types import INFERRED_BY, Candidate, Finding, IndicatorValue, Report
from ..store import BatchStore
from ..store.records import AuditEntry, BatchInfo
from .findings import batch_findings, combined, report_findings, with_findings
from .review_entries import ReviewEntry

if TYPE_CHECKING:  # the window starts without the extractor (tests/ui/test_app.py)
    from ..core.indicator_words import WordSpan

log = logging.getLogger(__name__)

_STATIC_CACHE = 48  # reports whose text and extraction are kept in memory (the ones being reviewed)


@dataclass(frozen=True)
class AddOutcome:
    report_id: int
    duplicate: bool  # the same text was already in the batch: recorded as another file of that report
    readable: bool


@dataclass(frozen=True)
class BatchCheckResult:
    batch_id: int
    revisions: dict[int, int]  # each report's revision when the snapshot was taken
    report_findings: dict[int, tuple[Finding, ...]]
    batch_findings: dict[int, tuple[Finding, ...]]
    reviewed: dict[int, ReviewedReport] = field(default_factory=dict)  # as read for the snapshot


@dataclass(frozen=True)
class FinishPlan:
    """What “本报告审核完成” would change: 未提及 → 无此项, and the 待确认 values left."""

    unmentioned: int
    pending: int


@dataclass
class _Static:
    text: str
    format: str | None
    extraction: dict[str, IndicatorValue] = field(default_factory=dict)
    words: dict[str, tuple[WordSpan, ...]] | None = None  # found when first asked for


class BatchService:
    def __init__(self, store: BatchStore, catalog: Catalog, rules: RuleSet | None = None) -> None:
        self.store = store
        self.catalog = catalog
        self.rules = rules or default_rules()
        self._static: OrderedDict[int, _Static] = OrderedDict()
        self._report_findings: dict[int, tuple[Finding, ...]] = {}  # fresh until the report changes
        self._batch_findings: dict[int, tuple[Finding, ...]] = {}
        self._revisions: dict[int, int] = {}
        self.batch_revision = 0  # bumped by every change that may alter the batch checks

    # -- batches ---------------------------------------------------------------------

    @property
    def batch_id(self) -> int | None:
        return self.store.current_batch_id

    def new_batch(self, name: str) -> int:
        batch_id = self.store.create_batch(name)
        self._forget_batch()
        return batch_id

    def open_batch(self, batch_id: int) -> BatchInfo:
        info = self.store.open_batch(batch_id)
        self._forget_batch()
        return info

    def batch_named(self, name: str) -> int | None:
        return self.store.batch_named(name)

    def batch_info(self, batch_id: int | None = None) -> BatchInfo:
        return self.store.batch(batch_id if batch_id is not None else self._current())

    def last_batch(self) -> BatchInfo | None:
        """The batch the reviewer worked on last (what the window reopens)."""
        recent = self.store.recent_batches(1)
        return recent[0] if recent else None

    def recent_batches(self, limit: int = 8) -> list[BatchInfo]:
        return self.store.recent_batches(limit)

    def report_ids(self, batch_id: int | None = None) -> list[int]:
        return self.store.report_ids(batch_id)

    def _current(self) -> int:
        if self.batch_id is None:
            raise ValueError("no batch is open")
        return self.batch_id

    def _forget_batch(self) -> None:
        self._report_findings.clear()
        self._batch_findings.clear()
        self.batch_revision += 1

    # -- loading -----------------------------------------------------------------------

    def known_files(self) -> dict[str, tuple[int, tuple]]:
        """Path → (report id, fingerprint) of the open batch, for ``reader_pool.load_items``."""
        if self.batch_id is None:
            return {}
        out = {}
        for report_id in self.store.report_ids():
            fingerprint = self.store.fingerprint(report_id)
            out[fingerprint[0]] = (report_id, fingerprint)
        return out

    def add_report(self, report: Report, batch_id: int | None = None) -> AddOutcome:
        target = batch_id if batch_id is not None else self._current()
        report_id = self.store.add_report(report, self.catalog.ids, target)
        duplicate = self.store.last_add_was_duplicate
        if not duplicate and target == self.batch_id:
            self.batch_revision += 1
        return AddOutcome(report_id, duplicate, report.document is not None)

    def flag_changed_on_disk(self, report_id: int) -> None:
        self.store.set_changed_on_disk(report_id, True)

    # -- reading -----------------------------------------------------------------------

    def _static_of(self, report_id: int) -> _Static:
        static = self._static.get(report_id)
        if static is None:
            static = _Static(self.store.document_text(report_id), self.store.document_format(report_id),
                             self.store.extraction(report_id))
            self._static[report_id] = static
            while len(self._static) > _STATIC_CACHE:
                self._static.popitem(last=False)
        else:
            self._static.move_to_end(report_id)
        return static

    def text(self, report_id: int) -> str:
        return self._static_of(report_id).text

    def extraction(self, report_id: int) -> dict[str, IndicatorValue]:
        return self._static_of(report_id).extraction

    def word_spans(self, report_id: int) -> dict[str, tuple[WordSpan, ...]]:
        """Per indicator, where its catalog words stand in the report's text (``core.indicator_words``)."""
        # Imported here: the window starts without the extractor (tests/ui/test_app.py).
        from ..core.indicator_words import indicator_word_spans

        static = self._static_of(report_id)
        if static.words is None:
            static.words = indicator_word_spans(static.text, self.catalog)
        return static.words

    def choices(self, report_id: int) -> dict[str, tuple[Candidate, ...]]:
        """Per indicator: the extracted value, then its ranked alternatives (for the editor)."""
        choices = {}
        for indicator_id, found in self.extraction(report_id).items():
            first = ()
            if found.value is not None and found.evidence is not None:
                first = (Candidate(found.value, found.unit, found.approx, found.confidence, found.evidence),)
            choices[indicator_id] = first + tuple(found.alternatives)
        return choices

    def inferred(self, report_id: int) -> dict[str, str]:
        """The indicators whose extracted value was inferred, with how: the phrasing model found it
        (no word of the indicator beside the number) or a rate was stated in words (全部持证上岗: no
        number at all). The window tells the reviewer so."""
        return {indicator_id: found.found_by for indicator_id, found in self.extraction(report_id).items()
                if found.value is not None and found.found_by in INFERRED_BY}

    def audit_trail(self, report_id: int) -> list[AuditEntry]:
        return self.store.audit_trail(report_id)

    def entry(self, report_id: int, reviewed: ReviewedReport | None = None) -> ReviewEntry:
        static = self._static_of(report_id)
        return ReviewEntry(reviewed or self.store.reviewed_report(report_id), static.text, static.format,
                           static.extraction)

    def reviewed(self, report_id: int) -> ReviewedReport:
        """The report as reviewed so far, with its findings as they stand now."""
        reviewed = self.store.reviewed_report(report_id)
        found = self._report_findings.get(report_id)
        if found is None:
            found = report_findings(self.entry(report_id, reviewed), self.catalog, self.rules)
            self._report_findings[report_id] = found
        return replace(reviewed, findings=combined(found, self._batch_findings.get(report_id, ())))

    def summary(self, report_id: int) -> ReviewedReport:
        """Like ``reviewed`` but never runs the checks: findings not yet checked again are those
        found at loading (for the batch list, which shows hundreds of rows)."""
        reviewed = self.store.reviewed_report(report_id)
        found = self._report_findings.get(report_id, reviewed.findings)
        return replace(reviewed, findings=combined(found, self._batch_findings.get(report_id, ())))

    def findings(self, report_id: int) -> tuple[Finding, ...]:
        return self.reviewed(report_id).findings

    def reviewed_reports(self, batch_id: int | None = None) -> list[ReviewedReport]:
        """Every report of the batch with all its findings, checked now (``export BATCH``)."""
        entries = self._entries(self.store, self.store.report_ids(batch_id))
        return with_findings(entries, self.catalog, self.rules)

    def reviewed_reports_job(self, report_ids: list[int]) -> Callable[[], list[ReviewedReport]]:
        """``reviewed_reports`` of some reports, for a worker thread (its own read-only connection).

        The batch checks still see the whole batch: an outlier is one against all its reports."""
        batch_id = self._current()
        path, catalog, rules = self.store.path, self.catalog, self.rules

        def run() -> list[ReviewedReport]:
            with BatchStore(path, read_only=True, verify=False) as snapshot:
                ids = snapshot.report_ids(batch_id)
                checked = dict(zip(ids, with_findings(self._entries(snapshot, ids), catalog, rules)))
            return [checked[report_id] for report_id in report_ids if report_id in checked]

        return run

    @staticmethod
    def _entries(store: BatchStore, report_ids: list[int]) -> list[ReviewEntry]:
        return [ReviewEntry(store.reviewed_report(report_id), store.document_text(report_id),
                            store.document_format(report_id), store.extraction(report_id))
                for report_id in report_ids]

    # -- edits ---------------------------------------------------------------------------

    def update_cells(self, report_id: int, changes: list[tuple[ReviewedCell, str | None]]) -> list[ReviewedCell]:
        """Store cells (one transaction, one audit row each); the report's checks are due again."""
        stored = self.store.update_cells(report_id, changes)
        self._changed(report_id)
        return stored

    def update_cell(self, report_id: int, cell: ReviewedCell, audit_note: str | None = None) -> ReviewedCell:
        return self.update_cells(report_id, [(cell, audit_note)])[0]

    def set_fact(self, report_id: int, fact: ReportFact, value: str | int | None, *, corrected: bool = True,
                 audit_note: str = "") -> ReviewedReport:
        self.store.set_fact(report_id, fact, value, corrected=corrected, audit_note=audit_note)
        self._changed(report_id)
        return self.reviewed(report_id)

    def extracted_fact(self, report_id: int, fact: ReportFact) -> str | int | None:
        return getattr(self.store.extracted_metadata(report_id), fact.value)

    def finish_plan(self, report_id: int) -> FinishPlan:
        reviewed = self.store.reviewed_report(report_id)
        return FinishPlan(reviewed.unmentioned_cells, reviewed.pending_cells)

    def finishing_cells(self, report_id: int, confirm_pending: bool) -> list[tuple[ReviewedCell, ReviewedCell]]:
        """(before, after) for each cell “本报告审核完成” changes (stored by the caller as one step)."""
        reviewed = self.store.reviewed_report(report_id)
        before = {cell.indicator_id: cell for cell in reviewed.cells}
        return [(before[after.indicator_id], after) for after in finishing_changes(reviewed, confirm_pending)]

    def _changed(self, report_id: int) -> None:
        self._report_findings.pop(report_id, None)
        self._revisions[report_id] = self._revisions.get(report_id, 0) + 1
        self.batch_revision += 1

    # -- batch checks --------------------------------------------------------------------

    def batch_check_job(self) -> Callable[[], BatchCheckResult]:
        """A function for a worker thread: every report's findings and the batch checks, read from
        the committed state through its own read-only connection."""
        batch_id = self._current()
        path, catalog, rules = self.store.path, self.catalog, self.rules
        revisions = {report_id: self._revisions.get(report_id, 0) for report_id in self.store.report_ids(batch_id)}
        fresh = {report_id: found for report_id, found in self._report_findings.items() if report_id in revisions}

        def run() -> BatchCheckResult:
            with BatchStore(path, read_only=True, verify=False) as snapshot:
                ids = snapshot.report_ids(batch_id)
                entries = self._entries(snapshot, ids)
            per_report = {report_id: fresh[report_id] if report_id in fresh
                          else report_findings(entry, catalog, rules) for report_id, entry in zip(ids, entries)}
            across = dict(zip(ids, batch_findings(entries, catalog, rules)))
            return BatchCheckResult(batch_id, revisions, per_report, across,
                                    {report_id: entry.reviewed for report_id, entry in zip(ids, entries)})

        return run

    def apply_batch_check(self, result: BatchCheckResult) -> list[ReviewedReport]:
        """Take a worker's findings; returns the reports whose findings changed, with them.

        A report edited since the snapshot keeps its own fresh findings and is read again;
        the others come from the snapshot, so hundreds of rows cost the UI thread no reads."""
        if result.batch_id != self.batch_id:
            return []
        changed = set()
        for report_id, found in result.batch_findings.items():
            if self._batch_findings.get(report_id, ()) != found:
                changed.add(report_id)
            self._batch_findings[report_id] = found
        for report_id, found in result.report_findings.items():
            if self._revisions.get(report_id, 0) == result.revisions.get(report_id) \
                    and report_id not in self._report_findings:
                self._report_findings[report_id] = found
                changed.add(report_id)
        out = []
        for report_id in sorted(changed):
            snapshot = result.reviewed.get(report_id)
            if snapshot is None or self._revisions.get(report_id, 0) != result.revisions.get(report_id):
                out.append(self.summary(report_id))
            else:
                own = self._report_findings.get(report_id, snapshot.findings)
                out.append(replace(snapshot, findings=combined(own, self._batch_findings.get(report_id, ()))))
        return out
