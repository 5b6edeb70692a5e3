"""The reviewed figures as CSV (for Excel and other systems) and as JSON.

The CSV carries the 指标明细 rows: UTF-8 with a BOM, because Excel reads a CSV
without one in the system code page (GBK on Chinese Windows) and garbles it.
Formula-like text gets the apostrophe OWASP recommends; numbers stay numbers.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from .atomic import atomic_write
from .cells import clean_data, csv_field
from .rows import DETAIL_HEADERS, detail_rows


def write_csv(reports: list[ReviewedReport], catalog: Catalog, target: str | Path, *, force: bool = False) -> Path:
    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(DETAIL_HEADERS)
            for row in detail_rows(reports, catalog):
                writer.writerow([csv_field(_csv_value(value)) for value in row.values()])

    return atomic_write(target, write, force=force)


def _csv_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def reviewed_json(reports: list[ReviewedReport], catalog: Catalog, *, unit_name: str = "",
                  exported_at: datetime | None = None) -> dict[str, Any]:
    """The reviewed values as a JSON-ready dict (one entry per report, one cell per indicator).

    Every string is cleaned like the workbook's text: a control character or a lone
    surrogate in a note or a file name must not stop the file from being written.
    """
    exported_at = exported_at or datetime.now()
    names = {spec.id: spec.name for spec in catalog.indicators}
    return clean_data({
        "tool": "lawgov-desktop",
        "version": __version__,
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "unit_name": unit_name,
        "reports": [
            {
                "file": report.file,
                "status": report.status.value,
                "content_hash": report.content_hash,
                "metadata": report.metadata.to_json(),
                "cells": [
                    {
                        "id": cell.indicator_id,
                        "name": names.get(cell.indicator_id, ""),
                        "value": cell.value,
                        "unit": cell.unit,
                        "approx": cell.approx,
                        "status": cell.status.value,
                        "confidence": round(cell.confidence, 3),
                        "evidence": cell.evidence.to_json() if cell.evidence else None,
                        "note": cell.note,
                        "reviewer": cell.reviewer,
                        "changed_at": cell.changed_at,
                    }
                    for cell in report.cells
                ],
                "findings": [finding.to_json() for finding in report.findings],
                "errors": list(report.errors),
            }
            for report in reports
        ],
    })


def write_json(reports: list[ReviewedReport], catalog: Catalog, target: str | Path, *, unit_name: str = "",
               exported_at: datetime | None = None, force: bool = False) -> Path:
    data = reviewed_json(reports, catalog, unit_name=unit_name, exported_at=exported_at)

    def write(path: Path) -> None:
        with path.open("w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)
            stream.write("\n")

    return atomic_write(target, write, force=force)
