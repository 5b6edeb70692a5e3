"""The batch database: reports, every cell's current value, and the audit trail.

SQLite in WAL mode with ``synchronous=FULL``: each reviewer edit is its own
transaction, committed before ``update_cell`` returns, so quitting, a crash or a
power cut loses no edit that the window showed as saved.  The connection is used
from one thread only (the window's); workers hand their results back first.

A database file that SQLite cannot read is moved aside as
``batch.sqlite3.corrupt-<time>`` and a fresh one started; ``recovery_message``
then tells the reviewer (in Chinese) where the old file went.
"""
from __future__ import annotations

import getpass
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import paths
from ..core.errors import LawgovError
from ..core.review import (
    CellStatus,
    ReportStatus,
    ReviewedCell,
    ReviewedReport,
    derive_report_status,
    reviewed_from_extraction,
)
from ..core.types import Evidence, IndicatorValue, Report
from . import codec
from .backup import BackupPolicy
from .disk import DiskState, disk_state, file_stat
from .schema import SchemaTooNewError, migrate

log = logging.getLogger(__name__)

KEEP: Any = object()  # update_cell: leave this field as it is


class StoreError(LawgovError):
    """The batch database cannot be used; ``message`` says why in Chinese."""


@dataclass(frozen=True)
class BatchInfo:
    id: int
    name: str
    created_at: str
    opened_at: str
    report_count: int


@dataclass(frozen=True)
class AuditEntry:
    report_id: int
    indicator_id: str
    old_value: float | int | None
    new_value: float | int | None
    old_status: CellStatus
    new_status: CellStatus
    note: str
    changed_at: str
    reviewer: str


def now_iso(timespec: str = "seconds") -> str:
    return datetime.now().astimezone().isoformat(timespec=timespec)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service/container setups
        return ""


class BatchStore:
    """One database file holding every batch a reviewer has worked on."""

    def __init__(self, path: str | Path | None = None, reviewer: str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.database_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.reviewer = reviewer or os_user()
        self.recovery_message: str | None = None
        self.last_add_was_duplicate = False
        self._connection = self._open()
        self.backups = BackupPolicy(self._connection, self.path)
        self.current_batch_id: int | None = None

    # -- opening -----------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except SchemaTooNewError as exc:
            raise StoreError(
                f"审核数据库《{self.path.name}》由更新版本的程序创建，请升级本程序后再打开", str(exc)
            ) from exc
        except sqlite3.DatabaseError as exc:
            moved = self._move_aside()
            self.recovery_message = (
                f"审核数据库《{self.path.name}》已损坏，无法读取。原文件已改名保存为《{moved.name}》，"
                "已新建一个空的数据库；可从备份文件夹中恢复以前的审核结果。"
            )
            log.error("database %s unreadable (%s), moved to %s", self.path, exc, moved)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            migrate(connection)
        except Exception:
            connection.close()
            raise
        return connection

    def _move_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
        return target

    @property
    def closed(self) -> bool:
        return self._connection is None

    def close(self) -> None:
        if self._connection is not None:
            self.backups.backup_if_due(force=True)
            self._connection.close()
            self._connection = None  # type: ignore[assignment]

    def __enter__(self) -> BatchStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _write(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        return self._connection.execute(sql, params)

    # -- batches -----------------------------------------------------------------

    def create_batch(self, name: str) -> int:
        stamp = now_iso("microseconds")
        cursor = self._write("INSERT INTO batches(name, created_at, opened_at) VALUES (?, ?, ?)", (name, stamp, stamp))
        self.current_batch_id = int(cursor.lastrowid)
        return self.current_batch_id

    def open_batch(self, batch_id: int) -> BatchInfo:
        # Microseconds: two batches opened within one second still sort by recency.
        cursor = self._write("UPDATE batches SET opened_at = ? WHERE id = ?", (now_iso("microseconds"), batch_id))
        if cursor.rowcount == 0:
            raise StoreError(f"找不到编号为 {batch_id} 的批次")
        self.current_batch_id = batch_id
        return self.batch(batch_id)

    def batch(self, batch_id: int) -> BatchInfo:
        for info in self.batches():
            if info.id == batch_id:
                return info
        raise StoreError(f"找不到编号为 {batch_id} 的批次")

    def batches(self) -> list[BatchInfo]:
        """Every batch, the most recently opened first."""
        rows = self._connection.execute(
            "SELECT b.id, b.name, b.created_at, b.opened_at, COUNT(r.id) FROM batches b "
            "LEFT JOIN reports r ON r.batch_id = b.id GROUP BY b.id ORDER BY b.opened_at DESC, b.id DESC"
        ).fetchall()
        return [BatchInfo(*row) for row in rows]

    def recent_batches(self, limit: int = 8) -> list[BatchInfo]:
        return self.batches()[:limit]

    def batch_named(self, name: str) -> int | None:
        row = self._connection.execute(
            "SELECT id FROM batches WHERE name = ? ORDER BY id DESC LIMIT 1", (name,)
        ).fetchone()
        return int(row[0]) if row else None

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
        batch = self._batch_or_current(batch_id)
        existing = self._existing_report(batch, report)
        self.last_add_was_duplicate = existing is not None
        if existing is not None:
            if report.file != self._path_of(existing):
                self._add_alias(existing, report.file)
            return existing
        mtime, size = file_stat(report.file)
        reviewed = reviewed_from_extraction(report, indicator_ids)
        self._write("BEGIN IMMEDIATE")
        try:
            cursor = self._write(
                "INSERT INTO reports(batch_id, path, format, content_hash, file_mtime, file_size, text, "
                "metadata_json, extracted_json, errors_json, findings_json, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch,
                    report.file,
                    report.document.format if report.document else None,
                    report.content_hash,
                    mtime,
                    size,
                    report.document.text if report.document else "",
                    codec.dumps(report.metadata.to_json()),
                    codec.dumps([codec.indicator_to_json(v) for v in report.indicators]),
                    codec.dumps(list(report.errors)),
                    codec.dumps([f.to_json() for f in report.findings]),
                    now_iso(),
                ),
            )
            report_id = int(cursor.lastrowid)
            self._connection.executemany(
                "INSERT INTO cells(report_id, indicator_id, position, value, unit, approx, status, confidence, "
                "evidence_start, evidence_end, evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        report_id, cell.indicator_id, position, cell.value, cell.unit, int(cell.approx),
                        cell.status.value, cell.confidence,
                        *_evidence_columns(cell.evidence),
                    )
                    for position, cell in enumerate(reviewed.cells)
                ]
                if report.document is not None
                else [],
            )
            self._write("COMMIT")
        except BaseException:
            self._write("ROLLBACK")
            raise
        return report_id

    def _existing_report(self, batch: int, report: Report) -> int | None:
        if report.content_hash:
            row = self._connection.execute(
                "SELECT id FROM reports WHERE batch_id = ? AND content_hash = ? ORDER BY id LIMIT 1",
                (batch, report.content_hash),
            ).fetchone()
            if row:
                return int(row[0])
        return self.report_id_for_path(report.file, batch) if report.document is None else None

    def report_id_for_path(self, path: str | Path, batch_id: int | None = None) -> int | None:
        batch = self._batch_or_current(batch_id)
        row = self._connection.execute(
            "SELECT id FROM reports WHERE batch_id = ? AND path = ? ORDER BY id LIMIT 1", (batch, str(path))
        ).fetchone()
        return int(row[0]) if row else None

    def _path_of(self, report_id: int) -> str:
        return self._row(report_id, "path")

    def _row(self, report_id: int, column: str) -> Any:
        row = self._connection.execute(f"SELECT {column} FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        return row[0]

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
        rows = self._connection.execute("SELECT id FROM reports WHERE batch_id = ? ORDER BY id", (batch,))
        return [int(row[0]) for row in rows]

    def document_text(self, report_id: int) -> str:
        return self._row(report_id, "text")

    def extraction(self, report_id: int) -> dict[str, IndicatorValue]:
        """The extractor's answers (with ranked alternatives) as they were at loading."""
        raw = json.loads(self._row(report_id, "extracted_json"))
        return {item["id"]: codec.indicator_from_json(item) for item in raw}

    def reviewed_report(self, report_id: int) -> ReviewedReport:
        row = self._connection.execute(
            "SELECT path, content_hash, metadata_json, errors_json, findings_json, aliases_json, changed_on_disk, "
            "format FROM reports WHERE id = ?",
            (report_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        path, content_hash, metadata_json, errors_json, findings_json, aliases_json, changed, fmt = row
        cells = tuple(self._cells(report_id))
        errors = tuple(json.loads(errors_json))
        extra: dict[str, str] = {}
        aliases = json.loads(aliases_json)
        if aliases:
            extra["duplicates"] = "；".join(aliases)
        if changed:
            extra["changed_on_disk"] = "1"
        status = derive_report_status(cells) if fmt is not None else ReportStatus.UNREVIEWED
        return ReviewedReport(
            file=path,
            metadata=codec.metadata_from_json(json.loads(metadata_json)),
            cells=cells,
            status=status,
            content_hash=content_hash,
            findings=tuple(codec.finding_from_json(f) for f in json.loads(findings_json)),
            errors=errors,
            report_id=report_id,
            extra=extra,
        )

    def reviewed_reports(self, batch_id: int | None = None) -> list[ReviewedReport]:
        """Every report of a batch (the current one when ``batch_id`` is None), in loading order."""
        return [self.reviewed_report(report_id) for report_id in self.report_ids(batch_id)]

    def _cells(self, report_id: int) -> list[ReviewedCell]:
        rows = self._connection.execute(
            "SELECT indicator_id, value, unit, approx, status, confidence, evidence_start, evidence_end, "
            "evidence_text, note, reviewer, changed_at FROM cells WHERE report_id = ? ORDER BY position",
            (report_id,),
        )
        return [_cell_from_row(row) for row in rows]

    def cell(self, report_id: int, indicator_id: str) -> ReviewedCell:
        row = self._connection.execute(
            "SELECT indicator_id, value, unit, approx, status, confidence, evidence_start, evidence_end, "
            "evidence_text, note, reviewer, changed_at FROM cells WHERE report_id = ? AND indicator_id = ?",
            (report_id, indicator_id),
        ).fetchone()
        if row is None:
            raise StoreError(f"报告 {report_id} 没有指标 {indicator_id}")
        return _cell_from_row(row)

    # -- edits -------------------------------------------------------------------

    def update_cell(self, report_id: int, indicator_id: str, value: float | int | None, status: CellStatus,
                    note: str = "", evidence: Evidence | None = KEEP, *, approx: bool | None = None,
                    audit_note: str | None = None) -> ReviewedCell:
        """Change one cell and append to the audit trail, committed before returning."""
        old = self.cell(report_id, indicator_id)
        stamp = now_iso()
        new_evidence = old.evidence if evidence is KEEP else evidence
        new_approx = old.approx if approx is None else approx
        self._write("BEGIN IMMEDIATE")
        try:
            self._write(
                "UPDATE cells SET value = ?, approx = ?, status = ?, evidence_start = ?, evidence_end = ?, "
                "evidence_text = ?, note = ?, reviewer = ?, changed_at = ? WHERE report_id = ? AND indicator_id = ?",
                (value, int(new_approx), CellStatus(status).value, *_evidence_columns(new_evidence), note,
                 self.reviewer, stamp, report_id, indicator_id),
            )
            self._write(
                "INSERT INTO audit(report_id, indicator_id, old_value, new_value, old_status, new_status, note, "
                "changed_at, reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (report_id, indicator_id, old.value, value, old.status.value, CellStatus(status).value,
                 note if audit_note is None else audit_note, stamp, self.reviewer),
            )
            self._write("COMMIT")
        except BaseException:
            self._write("ROLLBACK")
            raise
        self.backups.note_edit()
        return self.cell(report_id, indicator_id)

    def audit_trail(self, report_id: int) -> list[AuditEntry]:
        rows = self._connection.execute(
            "SELECT report_id, indicator_id, old_value, new_value, old_status, new_status, note, changed_at, "
            "reviewer FROM audit WHERE report_id = ? ORDER BY id",
            (report_id,),
        )
        return [
            AuditEntry(r[0], r[1], r[2], r[3], CellStatus(r[4]), CellStatus(r[5]), r[6], r[7], r[8]) for r in rows
        ]

    # -- files on disk -----------------------------------------------------------

    def fingerprint(self, report_id: int) -> tuple[str, float | None, int | None, str | None]:
        row = self._connection.execute(
            "SELECT path, file_mtime, file_size, content_hash FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"找不到编号为 {report_id} 的报告")
        return row[0], row[1], row[2], row[3]

    def set_changed_on_disk(self, report_id: int, changed: bool) -> None:
        self._write("UPDATE reports SET changed_on_disk = ? WHERE id = ?", (int(changed), report_id))

    def changed_on_disk(self, report_id: int) -> bool:
        """True when the file differs from what was extracted; the flag is stored, nothing re-extracted."""
        changed = disk_state(*self.fingerprint(report_id)) is DiskState.CHANGED
        self.set_changed_on_disk(report_id, changed)
        return changed

    def is_flagged_changed(self, report_id: int) -> bool:
        return bool(self._row(report_id, "changed_on_disk"))


def _evidence_columns(evidence: Evidence | None) -> tuple[int | None, int | None, str | None]:
    if evidence is None:
        return None, None, None
    return evidence.start, evidence.end, evidence.text


def _cell_from_row(row: tuple) -> ReviewedCell:
    (indicator_id, value, unit, approx, status, confidence, start, end, text, note, reviewer, changed_at) = row
    evidence = Evidence(start, end, text) if start is not None else None
    return ReviewedCell(indicator_id, value, unit, bool(approx), CellStatus(status), confidence, evidence, note,
                        reviewer, changed_at)
