"""JSON round trips for the core types the store keeps as text columns.

The extraction result is kept whole (values, ranked alternatives, findings) so a
reopened batch offers the same alternatives in the editor without extracting again.
"""
from __future__ import annotations

import json
from typing import Any

from ..core.types import FOUND_BY_GRAMMAR, Candidate, Evidence, Finding, IndicatorValue, ReportMetadata


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def evidence_from_json(data: dict[str, Any] | None) -> Evidence | None:
    if not data:
        return None
    return Evidence(int(data["start"]), int(data["end"]), str(data["text"]))


def candidate_from_json(data: dict[str, Any]) -> Candidate:
    return Candidate(
        value=data["value"],
        unit=data.get("unit", ""),
        approx=bool(data.get("approx", False)),
        confidence=float(data.get("confidence", 0.0)),
        evidence=evidence_from_json(data.get("evidence")) or Evidence(-1, -1, ""),
    )


def indicator_to_json(value: IndicatorValue) -> dict[str, Any]:
    data = value.to_json()
    data["number_start"], data["number_end"] = value.number_start, value.number_end
    return data


def indicator_from_json(data: dict[str, Any]) -> IndicatorValue:
    return IndicatorValue(
        id=data["id"],
        value=data.get("value"),
        unit=data.get("unit", ""),
        approx=bool(data.get("approx", False)),
        confidence=float(data.get("confidence", 0.0)),
        evidence=evidence_from_json(data.get("evidence")),
        alternatives=tuple(candidate_from_json(c) for c in data.get("alternatives", [])),
        number_start=int(data.get("number_start", -1)),
        number_end=int(data.get("number_end", -1)),
        found_by=str(data.get("found_by", FOUND_BY_GRAMMAR)),  # results stored before it was kept
    )


def finding_from_json(data: dict[str, Any]) -> Finding:
    return Finding(
        rule=data.get("rule", ""),
        severity=data.get("severity", ""),
        message=data.get("message", ""),
        evidence=evidence_from_json(data.get("evidence")),
        indicator=data.get("indicator"),
        rule_name=data.get("rule_name", ""),
    )


def metadata_from_json(data: dict[str, Any] | None) -> ReportMetadata:
    data = data or {}
    year = data.get("year")
    return ReportMetadata(
        region=data.get("region"),
        year=int(year) if year is not None else None,
        issuer=data.get("issuer"),
        publish_date=data.get("publish_date"),
        title=data.get("title"),
    )
