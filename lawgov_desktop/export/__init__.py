"""Export of reviewed reports: the Excel summary, a CSV and a JSON file.  Imports no Qt.

``export_workbook(reports, catalog, target, unit_name=…, exported_at=…)`` writes the
workbook (汇总, 指标明细, 问题清单, 同比, 图表, 说明) and raises an ``ExportError`` whose
``message`` is the Chinese text to show; the old file at ``target`` is then intact.

Excel and WPS: the charts are native chart objects over cells of the 图表 sheet and
carry cached values, because WPS has shown charts of other xlsx writers as blank
when it draws from the cache; fonts are named (宋体, 仿宋), never embedded.
"""
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
