"""``export_workbook``: the reviewed reports as the bureau's summary workbook.

Sheets in order: 汇总, 指标明细, 问题清单 (only when some report has findings), 同比
(only when a region has two years), 图表, 说明.  The workbook is built in
openpyxl's write-only mode (rows streamed, so 1,000 reports stay fast and small)
and saved through ``atomic_write``: the target is the old file or the whole new one.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from . import chart_sheet, detail_sheet, findings_sheet, notes_sheet, summary_sheet, yoy_sheet
from .atomic import atomic_write
from .styles import StyleBook
from .yoy import year_on_year


def build_workbook(reports: list[ReviewedReport], catalog: Catalog, *, unit_name: str = "",
                   exported_at: datetime | None = None) -> Workbook:
    """The workbook in memory (write-only: it can be saved exactly once)."""
    exported_at = exported_at or datetime.now()
    reports = list(reports)
    changes = year_on_year(reports, catalog)
    with_findings = findings_sheet.has_findings(reports)
    with_chart = bool(reports) and bool(chart_sheet.chart_specs(catalog))
    sheet_names = [summary_sheet.SHEET_NAME, detail_sheet.SHEET_NAME]
    sheet_names += [findings_sheet.SHEET_NAME] if with_findings else []
    sheet_names += [yoy_sheet.SHEET_NAME] if changes else []
    sheet_names += [chart_sheet.SHEET_NAME] if with_chart else []
    sheet_names.append(notes_sheet.SHEET_NAME)

    workbook = Workbook(write_only=True)
    styles = StyleBook(workbook)
    summary_sheet.write_summary_sheet(workbook, styles, reports, catalog, unit_name, exported_at)
    detail_sheet.write_detail_sheet(workbook, styles, reports, catalog)
    if with_findings:
        findings_sheet.write_findings_sheet(workbook, styles, reports, catalog)
    if changes:
        yoy_sheet.write_yoy_sheet(workbook, styles, changes)
    if with_chart:
        chart_sheet.write_chart_sheet(workbook, styles, reports, catalog)
    notes_sheet.write_notes_sheet(workbook, styles, reports, catalog, unit_name, exported_at, sheet_names)
    workbook.properties.title = summary_sheet.title_text(reports)
    workbook.properties.creator = "lawgov-desktop"
    return workbook


def export_workbook(reports: list[ReviewedReport], catalog: Catalog, target: str | Path, *,
                    unit_name: str = "", exported_at: datetime | None = None, force: bool = False) -> Path:
    """Write the summary workbook to ``target``.

    Raises ``ExportError`` (``TargetLockedError`` when Excel/WPS holds the file,
    ``DiskFullError``) with the Chinese message; the old file is then intact.
    ``force`` writes over a workbook that an office lock file says is open.
    """
    def write(path: Path) -> None:
        # Built inside the write: write-only sheets stream rows to temporary files as they
        # go, so a full disk can strike while building as well as while saving.
        build_workbook(reports, catalog, unit_name=unit_name, exported_at=exported_at).save(path)

    return atomic_write(target, write, force=force)
