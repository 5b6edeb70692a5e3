"""Export of reviewed reports: the Excel summary, a CSV and a JSON file.  Imports no Qt."""
from __future__ import annotations

from .errors import DiskFullError, ExportError, TargetLockedError
from .tabular import write_csv, write_json
from .workbook import build_workbook, export_workbook

__all__ = [
    "DiskFullError",
    "ExportError",
    "TargetLockedError",
    "build_workbook",
    "export_workbook",
    "write_csv",
    "write_json",
]
