"""The 问题清单 sheet: what the report checks found, one row per finding.

Written only when some report carries findings: an empty sheet would read as
“checked, nothing wrong” when the checks may simply not have run.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from .cells import styled_cell
from .page import list_sheet
from .styles import StyleBook

SHEET_NAME = "问题清单"
HEADERS = (("序号", 6), ("地区", 10), ("年度", 6), ("报告单位", 18), ("文件", 22), ("级别", 6),
           ("指标", 24), ("问题", 48), ("依据原文", 60), ("规则", 16))
SEVERITY_ORDER = {"错误": 0, "警告": 1, "提示": 2}


def has_findings(reports: list[ReviewedReport]) -> bool:
    return any(report.findings for report in reports)


def write_findings_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    sheet = list_sheet(workbook, SHEET_NAME, HEADERS, styles, freeze="A2")
    text, centred, wrapped = styles.text("left"), styles.text("center"), styles.text("left", wrap=True)
    number = 0
    for report in reports:
        meta = report.metadata
        # Errors first inside a report: a leader reads the top of the list.
        for finding in sorted(report.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9)):
            number += 1
            spec = catalog.get(finding.indicator) if finding.indicator else None
            sheet.append([
                styled_cell(sheet, number, centred),
                styled_cell(sheet, meta.region or "", text),
                styled_cell(sheet, meta.year, centred),
                styled_cell(sheet, meta.issuer or "", text),
                styled_cell(sheet, Path(report.file).name, text),
                styled_cell(sheet, finding.severity, centred),
                styled_cell(sheet, spec.name if spec else (finding.indicator or ""), text),
                styled_cell(sheet, finding.message, wrapped),
                styled_cell(sheet, finding.evidence.text if finding.evidence else "", text),
                styled_cell(sheet, finding.rule, text),
            ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{number + 1}"
