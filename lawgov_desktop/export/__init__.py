"""Export of reviewed reports: the Excel summary, a CSV and a JSON file.  Imports no Qt.

``export_workbook(reports, catalog, target, unit_name=…, exported_at=…, years=…)`` writes
the workbook — per report year 汇总, 全部指标 and 图表, then 指标明细, 问题清单, 同比,
说明 and 指标口径, laid out to be read on A4 paper (see ``workbook``) — and raises an
``ExportError`` whose ``message`` is the Chinese text to show; the old file at ``target``
is then intact.  ``years`` keeps only the reports of the years chosen.

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
