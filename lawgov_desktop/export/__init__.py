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

import importlib
from typing import Any

# Imported on first use (PEP 562): ``extract`` writes its JSON through ``export.atomic``
# and must not pay for openpyxl (about 0.2 s of a 0.5 s cold start).
_LAZY = {
    "DiskFullError": ".errors", "ExportError": ".errors", "TargetInUseError": ".errors",
    "TargetLockedError": ".errors", "TargetReadOnlyError": ".errors",
    "write_csv": ".tabular", "write_json": ".tabular",
    "build_workbook": ".workbook", "export_workbook": ".workbook",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_LAZY[name], __name__), name)
