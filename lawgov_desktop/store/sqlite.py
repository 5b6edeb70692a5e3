"""The batch database: reports, every cell's current value, the facts, and the audit trail.

SQLite in WAL mode with ``synchronous=FULL``: each reviewer action is one
transaction, committed before the method returns, so quitting, a crash or a power
cut loses no edit that the window showed as saved.  An edit that cannot be stored
(a full disk, a lock another program holds, a failing disk) raises ``StoreError``
with a Chinese message naming the file, and changes nothing: the caller shows the
old value and puts nothing on its undo stack.  The connection is used from one
thread only; a worker that needs the batch opens its own ``read_only`` store.

How the file is opened — and why it is never moved aside unless really corrupt —
is in ``connection``.  ``read_only=True`` (``lawgov-desktop export BATCH``) never
writes the file.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import paths
from ..core.review import (
    CellStatus,
    ReportFact,
    ReportStatus,
    ReviewedCell,
    ReviewedReport,
    derive_report_status,
    reviewed_from_extraction,
)
from ..core.types import Evidence, IndicatorValue, Report
from . import codec
from .backup import BackupPolicy
from .connection import open_for_reading, open_for_review
from .errors import StoreError, StoreProblem, store_error
from .records import (
    CELL_COLUMNS,
    AuditEntry,
    BatchInfo,
    cell_from_row,
    evidence_columns,
    facts_from_json,
    now_iso,
    os_user,
    with_facts,
)

__all__ = ["AuditEntry", "BatchInfo", "BatchStore", "StoreError", "KEEP", "now_iso", "os_user"]

log = logging.getLogger(__name__)

KEEP: Any = object()  # update_cell: leave this field as it is
CellChange = tuple[ReviewedCell, "str | None"]  # the new cell, and the audit note (None: the cell's note)


class BatchStore:
    """One database file holding every batch a reviewer has worked on."""

    def __init__(self, path: str | Path | None = None, reviewer: str | None = None, *,
                 read_only: bool = False, verify: bool = True) -> None:
        """``read_only``: never write the file (export).  ``verify=False`` skips the integrity check
        of a read-only open (a worker's snapshot of a database the window has just opened)."""
        self.path = Path(path) if path is not None else paths.database_file()
        self.reviewer = reviewer or os_user()
        self.read_only = read_only
        self.last_add_was_duplicate = False
        opened = open_for_reading(self.path, verify) if read_only else open_for_review(self.path)
        self._connection = opened.connection
        # Chinese: what had to be done to open the file (an index rebuilt, a corrupt file moved aside).
        self.recovery_message: str | None = opened.notice
        self.backups = BackupPolicy(self._connection, self.path)
        self.current_batch_id: int | None = None

    @property
    def closed(self) -> bool:
        return self._connection is None

    def close(self) -> None:
        if self._connection is not None:
            if not self.read_only:
                self.backups.backup_if_due(force=True)
            self._connection.close()
            self._connection = None  # type: ignore[assignment]

    def __enter__(self) -> BatchStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- statements ----------------------------------------------------------------
    # Every statement goes through these three: an sqlite3 or OS error leaves as a StoreError.

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self._connection.execute(sql, params).fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise store_error(exc, self.path, "读取") from exc

    def _write(self, sql: str, params: Sequence[Any] = (), action: str = "保存") -> sqlite3.Cursor:
        with self._transaction(action):
            return self._connection.execute(sql, params)

    @contextmanager
    def _transaction(self, action: str = "保存修改") -> Iterator[sqlite3.Connection]:
        """One committed transaction; on any failure it is rolled back and nothing has changed."""
        if self.read_only:
            raise StoreError(f"审核数据库《{self.path.name}》以只读方式打开，不能{action}", problem=StoreProblem.READ_ONLY)
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            yield self._connection
            self._connection.execute("COMMIT")
        except BaseException as exc:
            # SQLite rolls back by itself after a full disk or an I/O error: a second
            # ROLLBACK would raise “no transaction is active” and hide the real reason.
            if self._connection.in_transaction:
                try:
                    self._connection.execute("ROLLBACK")
                except sqlite3.Error:
                    log.exception("rollback failed on %s", self.path)
            if isinstance(exc, (sqlite3.Error, OSError)):
                log.error("cannot %s in %s: %s", action, self.path, exc)
                raise store_error(exc, self.path, action) from exc
            raise

    # -- batches -----------------------------------------------------------------

    def create_batch(self, name: str) -> int:
        stamp = now_iso("microseconds")
        cursor = self._write("INSERT INTO batches(name, created_at, opened_at) VALUES (?, ?, ?)",
                             (name, stamp, stamp), "新建批次")
        self.current_batch_id = int(cursor.lastrowid)
        return self.current_batch_id

    def open_batch(self, batch_id: int) -> BatchInfo:
        if not any(b.id == batch_id for b in self.batches()):
            raise StoreError(f"找不到编号为 {batch_id} 的批次")
        if not self.read_only:
            # Microseconds: two batches opened within one second still sort by recency.
            self._write("UPDATE batches SET opened_at = ? WHERE id = ?", (now_iso("microseconds"), batch_id),
                        "打开批次")
        self.current_batch_id = batch_id
        return self.batch(batch_id)

    def batch(self, batch_id: int) -> BatchInfo:
        for info in self.batches():
            if info.id == batch_id:
                return info
        raise StoreError(f"找不到编号为 {batch_id} 的批次")

    def batches(self) -> list[BatchInfo]:
        """Every batch, the most recently opened first."""
        rows = self._query(
            "SELECT b.id, b.name, b.created_at, b.opened_at, COUNT(r.id) FROM batches b "
            "LEFT JOIN reports r ON r.batch_id = b.id GROUP BY b.id ORDER BY b.opened_at DESC, b.id DESC")
        return [BatchInfo(*row) for row in rows]

    def recent_batches(self, limit: int = 8) -> list[BatchInfo]:
        return self.batches()[:limit]

    def batch_named(self, name: str) -> int | None:
        rows = self._query("SELECT id FROM batches WHERE name = ? ORDER BY id DESC LIMIT 1", (name,))
        return int(rows[0][0]) if rows else None

    def _batch_or_current(self, batch_id: int | None) -> int:
        if batch_id is not None:
            return batch_id
        if self.current_batch_id is None:
            latest = self.recent_batches(1)
            if not latest:
                raise StoreError("还没有任何审核批次")
            self.current_batch_id = latest[0].id
        return self.current_batch_id

    # -- reports -----------------------------------------------------------------

    def add_report(self, report: Report, indicator_ids: list[str], batch_id: int | None = None) -> int:
        """Store an extracted report with one cell per indicator; return its id.

        The same text already in the batch (another name, another folder, the .pdf
        of a .docx) is not stored twice: the existing id is returned, the new path is
        recorded among its aliases and ``last_add_was_duplicate`` is set.
        """
        from ..core.disk import file_stat

        batch = self._batch_or_current(batch_id)
        existing = self._existing_report(batch, report)
        self.last_add_was_duplicate = existing is not None
        if existing is not None:
            if report.file != self._path_of(existing):
                self._add_alias(existing, report.file)
            return existing
        mtime, size = file_stat(report.file)
        reviewed = reviewed_from_extraction(report, indicator_ids)
        with self._transaction("保存报告") as connection:
            cursor = connection.execute(
                "INSERT INTO reports(batch_id, path, format, content_hash, file_mtime, file_size, text, "
                "metadata_json, extracted_json, errors_json, findings_json, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch, report.file, report.document.format if report.document else None, report.content_hash,
                    mtime, size, report.document.text if report.document else "",
                    codec.dumps(report.metadata.to_json()),
                    codec.dumps([codec.indicator_to_json(v) for v in report.indicators]),
                    codec.dumps(list(report.errors)),
                    codec.dumps([f.to_json() for f in report.findings]),
                    now_iso(),
                ),
            )
            report_id = int(cursor.lastrowid)
            if report.document is not None:
                connection.executemany(
                    "INSERT INTO cells(report_id, indicator_id, position, value, unit, approx, status, confidence, "
                    "evidence_start, evidence_end, evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(report_id, cell.indicator_id, position, cell.value, cell.unit, int(cell.approx),
                      cell.status.value, cell.confidence, *evidence_columns(cell.evidence))
                     for position, cell in enumerate(reviewed.cells)],
                )
        return report_id

    def _existing_report(self, batch: int, report: Report) -> int | None:
        if report.content_hash:
            rows = self._query("SELECT id FROM reports WHERE batch_id = ? AND content_hash = ? ORDER BY id LIMIT 1",
                               (batch, report.content_hash))
            if rows:
                return int(rows[0][0])
        return self.report_id_for_path(report.file, batch) if report.document is None else None

    def report_id_for_path(self, path: str | Path, batch_id: int | None = None) -> int | None:
        batch = self._batch_or_current(batch_id)
        rows = self._query("SELECT id FROM reports WHERE batch_id = ? AND path = ? ORDER BY id LIMIT 1",
                           (batch, str(path)))
        return int(rows[0][0]) if rows else None

    def _path_of(self, report_id: int) -> str:
        return self._row(report_id, "path")

    def _row(self, report_id: int, column: str) -> Any:
        rows = self._query(f"SELECT {column} FROM reports WHERE id = ?", (report_id,))
        if not rows:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        return rows[0][0]

    def _add_alias(self, report_id: int, path: str) -> None:
        aliases = self.aliases(report_id)
        if path not in aliases:
            aliases.append(path)
            self._write("UPDATE reports SET aliases_json = ? WHERE id = ?", (codec.dumps(aliases), report_id))

    def aliases(self, report_id: int) -> list[str]:
        """Other files with the same text that were loaded into the batch."""
        return list(json.loads(self._row(report_id, "aliases_json")))

    def report_ids(self, batch_id: int | None = None) -> list[int]:
        batch = self._batch_or_current(batch_id)
        return [int(row[0]) for row in self._query("SELECT id FROM reports WHERE batch_id = ? ORDER BY id", (batch,))]

    def document_text(self, report_id: int) -> str:
        return self._row(report_id, "text")

    def document_format(self, report_id: int) -> str | None:
        return self._row(report_id, "format")

    def extraction(self, report_id: int) -> dict[str, IndicatorValue]:
        """The extractor's answers (with ranked alternatives) as they were at loading."""
        raw = json.loads(self._row(report_id, "extracted_json"))
        return {item["id"]: codec.indicator_from_json(item) for item in raw}

    def reviewed_report(self, report_id: int) -> ReviewedReport:
        """The report as reviewed so far; ``findings`` are those found at extraction
        (``service`` checks the reviewed values again)."""
        rows = self._query(
            "SELECT path, content_hash, metadata_json, errors_json, findings_json, aliases_json, changed_on_disk, "
            "format, facts_json FROM reports WHERE id = ?", (report_id,))
        if not rows:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        path, content_hash, metadata_json, errors_json, findings_json, aliases_json, changed, fmt, facts_json = rows[0]
        cells = tuple(self._cells(report_id))
        extra: dict[str, str] = {}
        aliases = json.loads(aliases_json)
        if aliases:
            extra["duplicates"] = "；".join(aliases)
        if changed:
            extra["changed_on_disk"] = "1"
        facts = facts_from_json(facts_json)
        status = derive_report_status(cells) if fmt is not None else ReportStatus.UNREVIEWED
        return ReviewedReport(
            file=path,
            metadata=with_facts(codec.metadata_from_json(json.loads(metadata_json)), facts),
            cells=cells,
            status=status,
            content_hash=content_hash,
            findings=tuple(codec.finding_from_json(f) for f in json.loads(findings_json)),
            errors=tuple(json.loads(errors_json)),
            report_id=report_id,
            extra=extra,
            corrected_facts=tuple(fact for fact in ReportFact if fact in facts),
        )

    def reviewed_reports(self, batch_id: int | None = None) -> list[ReviewedReport]:
        """Every report of a batch (the current one when ``batch_id`` is None), in loading order."""
        return [self.reviewed_report(report_id) for report_id in self.report_ids(batch_id)]

    def extracted_metadata(self, report_id: int):
        """The metadata as the extractor found it, before any correction."""
        return codec.metadata_from_json(json.loads(self._row(report_id, "metadata_json")))

    def _cells(self, report_id: int) -> list[ReviewedCell]:
        rows = self._query(f"SELECT {CELL_COLUMNS} FROM cells WHERE report_id = ? ORDER BY position", (report_id,))
        return [cell_from_row(row) for row in rows]

    def cell(self, report_id: int, indicator_id: str) -> ReviewedCell:
        rows = self._query(f"SELECT {CELL_COLUMNS} FROM cells WHERE report_id = ? AND indicator_id = ?",
                           (report_id, indicator_id))
        if not rows:
            raise StoreError(f"报告 {report_id} 没有指标 {indicator_id}")
        return cell_from_row(rows[0])

    # -- edits -------------------------------------------------------------------

    def update_cell(self, report_id: int, indicator_id: str, value: float | int | None, status: CellStatus,
                    note: str = "", evidence: Evidence | None = KEEP, *, approx: bool | None = None,
                    audit_note: str | None = None) -> ReviewedCell:
        """Change one cell and append to the audit trail, committed before returning."""
        old = self.cell(report_id, indicator_id)
        new = ReviewedCell(indicator_id, value, old.unit, old.approx if approx is None else approx,
                           CellStatus(status), old.confidence, old.evidence if evidence is KEEP else evidence, note)
        return self.update_cells(report_id, [(new, audit_note)])[0]

    def update_cells(self, report_id: int, changes: list[CellChange]) -> list[ReviewedCell]:
        """Store several cells of one report in one transaction, one audit row per cell.

        All are stored or none (“本报告审核完成” must not half-happen).  The value,
        approx, status, evidence and note are taken from each new cell; the reviewer
        and time are this store's.
        """
        olds = {cell.indicator_id: self.cell(report_id, cell.indicator_id) for cell, _ in changes}
        stamp = now_iso()
        with self._transaction("保存修改") as connection:
            for cell, audit_note in changes:
                old = olds[cell.indicator_id]
                connection.execute(
                    "UPDATE cells SET value = ?, approx = ?, status = ?, evidence_start = ?, evidence_end = ?, "
                    "evidence_text = ?, note = ?, reviewer = ?, changed_at = ? "
                    "WHERE report_id = ? AND indicator_id = ?",
                    (cell.value, int(cell.approx), CellStatus(cell.status).value, *evidence_columns(cell.evidence),
                     cell.note, self.reviewer, stamp, report_id, cell.indicator_id))
                connection.execute(
                    "INSERT INTO audit(report_id, indicator_id, old_value, new_value, old_status, new_status, note, "
                    "changed_at, reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (report_id, cell.indicator_id, old.value, cell.value, old.status.value,
                     CellStatus(cell.status).value, cell.note if audit_note is None else audit_note, stamp,
                     self.reviewer))
        self.backups.note_edit()
        return [self.cell(report_id, cell.indicator_id) for cell, _ in changes]

    def facts(self, report_id: int) -> dict[ReportFact, Any]:
        """The facts the reviewer has set (absent: the extracted value stands)."""
        return facts_from_json(self._row(report_id, "facts_json"))

    def set_fact(self, report_id: int, fact: ReportFact, value: str | int | None, *, corrected: bool = True,
                 audit_note: str = "") -> None:
        """Set a report fact (地区/年度/报告主体/发布日期), audited; ``corrected=False`` drops the
        reviewer's value so the extracted one stands again (what undoing a first correction does)."""
        facts = self.facts(report_id)
        extracted = getattr(self.extracted_metadata(report_id), fact.value)
        old_value = facts.get(fact, extracted)
        old_status = CellStatus.CORRECTED if fact in facts else CellStatus.AUTO
        if corrected:
            facts[fact] = value
        else:
            facts.pop(fact, None)
            value = extracted
        stored = codec.dumps({f.value: v for f, v in facts.items()})
        with self._transaction("保存修改") as connection:
            connection.execute("UPDATE reports SET facts_json = ? WHERE id = ?", (stored, report_id))
            connection.execute(
                "INSERT INTO audit(report_id, indicator_id, old_value, new_value, old_status, new_status, note, "
                "changed_at, reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (report_id, fact.audit_key, old_value, value, old_status.value,
                 (CellStatus.CORRECTED if corrected else CellStatus.AUTO).value, audit_note, now_iso(),
                 self.reviewer))
        self.backups.note_edit()

    def audit_trail(self, report_id: int) -> list[AuditEntry]:
        rows = self._query(
            "SELECT report_id, indicator_id, old_value, new_value, old_status, new_status, note, changed_at, "
            "reviewer FROM audit WHERE report_id = ? ORDER BY id", (report_id,))
        return [AuditEntry(r[0], r[1], r[2], r[3], CellStatus(r[4]), CellStatus(r[5]), r[6], r[7], r[8]) for r in rows]

    # -- files on disk -----------------------------------------------------------

    def fingerprint(self, report_id: int) -> tuple[str, float | None, int | None, str | None]:
        rows = self._query("SELECT path, file_mtime, file_size, content_hash FROM reports WHERE id = ?", (report_id,))
        if not rows:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        return rows[0][0], rows[0][1], rows[0][2], rows[0][3]

    def set_changed_on_disk(self, report_id: int, changed: bool) -> None:
        self._write("UPDATE reports SET changed_on_disk = ? WHERE id = ?", (int(changed), report_id))

    def is_flagged_changed(self, report_id: int) -> bool:
        return bool(self._row(report_id, "changed_on_disk"))
