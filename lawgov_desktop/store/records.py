"""Plain records the store hands out besides reviewed reports, and the row ↔ object helpers."""
from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..core.review import CellStatus, ReportFact, ReviewedCell
from ..core.types import Evidence, ReportMetadata


@dataclass(frozen=True)
class BatchInfo:
    id: int
    name: str
    created_at: str
    opened_at: str
    report_count: int


@dataclass(frozen=True)
class AuditEntry:
    """One change: an indicator cell (``indicator_id``) or a report fact (``ReportFact.audit_key``)."""

    report_id: int
    indicator_id: str
    old_value: float | int | str | None
    new_value: float | int | str | None
    old_status: CellStatus
    new_status: CellStatus
    note: str
    changed_at: str
    reviewer: str

    @property
    def fact(self) -> ReportFact | None:
        return ReportFact.from_audit_key(self.indicator_id)


def now_iso(timespec: str = "seconds") -> str:
    return datetime.now().astimezone().isoformat(timespec=timespec)


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service/container setups
        return ""


CELL_COLUMNS = ("indicator_id, value, unit, approx, status, confidence, evidence_start, evidence_end, "
                "evidence_text, note, reviewer, changed_at")


def evidence_columns(evidence: Evidence | None) -> tuple[int | None, int | None, str | None]:
    if evidence is None:
        return None, None, None
    return evidence.start, evidence.end, evidence.text


def cell_from_row(row: tuple) -> ReviewedCell:
    (indicator_id, value, unit, approx, status, confidence, start, end, text, note, reviewer, changed_at) = row
    evidence = Evidence(start, end, text) if start is not None else None
    return ReviewedCell(indicator_id, value, unit, bool(approx), CellStatus(status), confidence, evidence, note,
                        reviewer, changed_at)


def facts_from_json(text: str | None) -> dict[ReportFact, Any]:
    raw = json.loads(text or "{}")
    return {ReportFact(key): value for key, value in raw.items() if key in ReportFact._value2member_map_}


def with_facts(metadata: ReportMetadata, facts: dict[ReportFact, Any]) -> ReportMetadata:
    """The extracted metadata with the reviewer's corrections applied."""
    from dataclasses import replace

    return replace(metadata, **{fact.value: value for fact, value in facts.items()})
