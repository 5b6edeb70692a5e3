"""``export_workbook``: the reviewed reports as the bureau's summary workbook, ready to print.

Sheets in order: for each report year, newest first (年度不详 last): 汇总 (headline
indicators, one page wide), 全部指标 (every indicator, by category across pages) and
图表 (when the year has a figure to draw); then 指标明细, 问题清单 (only when some report
has findings), 同比 (only when a region has figures for two consecutive years), 说明 and
指标口径.  With one year the sheets are called 汇总, 全部指标, 图表; with several,
2024年汇总, 2023年汇总 ….

The workbook is built in openpyxl's write-only mode (rows streamed, so 1,000 reports
stay fast and small) and saved through ``atomic_write``: the target is the old file or
the whole new one.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from ..core.catalog import Catalog
from ..core.review import ReviewedReport
from . import chart_sheet, detail_sheet, findings_sheet, full_table_sheet, notes_sheet, summary_sheet, yoy_sheet
from .atomic import atomic_write
from .styles import StyleBook, set_workbook_defaults
from .years import UNKNOWN_YEAR, YearTable, in_table_order, year_tables
from .yoy import year_on_year


def sheet_name(kind: str, table: YearTable, several: bool) -> str:
    """汇总 for a one-year workbook; 2024年汇总 / 年度不详汇总 when there are several years."""
    if not several:
        return kind
    return f"{table.year}年{kind}" if table.year else f"{UNKNOWN_YEAR}{kind}"


def build_workbook(reports: list[ReviewedReport], catalog: Catalog, *, unit_name: str = "",
                   exported_at: datetime | None = None, years: list[int | None] | None = None) -> Workbook:
    """The workbook in memory (write-only: it can be saved exactly once).

    ``years`` keeps only the reports of those years (None in it: 年度不详); by default
    every year gets its tables.
    """
    exported_at = exported_at or datetime.now()
    tables = year_tables(list(reports), years) or [YearTable(None, ())]
    several = len(tables) > 1
    ordered = in_table_order(tables)
    changes = yoy_sheet.comparable(year_on_year(ordered, catalog))
    with_findings = findings_sheet.has_findings(ordered)

    per_year = []
    for table in tables:
        charts = chart_sheet.has_charts(table, catalog)
        names = {kind: sheet_name(kind, table, several)
                 for kind in (summary_sheet.SHEET_NAME, full_table_sheet.SHEET_NAME, chart_sheet.SHEET_NAME)}
        per_year.append((table, names, charts))
    sheet_names = [name for _, names, charts in per_year for kind, name in names.items()
                   if kind != chart_sheet.SHEET_NAME or charts]
    sheet_names.append(detail_sheet.SHEET_NAME)
    sheet_names += [findings_sheet.SHEET_NAME] if with_findings else []
    sheet_names += [yoy_sheet.SHEET_NAME] if changes else []
    sheet_names += [notes_sheet.SHEET_NAME, notes_sheet.DEFINITIONS_SHEET]

    workbook = Workbook(write_only=True)
    set_workbook_defaults(workbook)
    styles = StyleBook(workbook)
    for table, names, charts in per_year:
        summary_sheet.write_summary_sheet(workbook, styles, table, catalog, unit_name, exported_at,
                                          names[summary_sheet.SHEET_NAME])
        full_table_sheet.write_full_table_sheet(workbook, styles, table, catalog, names[full_table_sheet.SHEET_NAME])
        if charts:
            chart_sheet.write_chart_sheet(workbook, styles, table, catalog, names[chart_sheet.SHEET_NAME])
    detail_sheet.write_detail_sheet(workbook, styles, ordered, catalog)
    if with_findings:
        findings_sheet.write_findings_sheet(workbook, styles, ordered)
    if changes:
        yoy_sheet.write_yoy_sheet(workbook, styles, changes)
    notes_sheet.write_notes_sheet(workbook, styles, ordered, catalog, unit_name, exported_at, sheet_names)
    notes_sheet.write_definitions_sheet(workbook, styles, catalog)
    workbook.properties.title = summary_sheet.title_text(tables[0]) if not several else "法治政府建设年度报告主要指标汇总表"
    workbook.properties.creator = "lawgov-desktop"
    return workbook


def export_workbook(reports: list[ReviewedReport], catalog: Catalog, target: str | Path, *,
                    unit_name: str = "", exported_at: datetime | None = None,
                    years: list[int | None] | None = None, force: bool = False) -> Path:
    """Write the summary workbook to ``target``.

    Raises ``ExportError`` (``TargetLockedError`` when Excel/WPS holds the file,
    ``DiskFullError``) with the Chinese message; the old file is then intact.
    ``force`` writes over a workbook that an office lock file says is open.
    """
    def write(path: Path) -> None:
        # Built inside the write: write-only sheets stream rows to temporary files as they
        # go, so a full disk can strike while building as well as while saving.
        build_workbook(reports, catalog, unit_name=unit_name, exported_at=exported_at, years=years).save(path)

    return atomic_write(target, write, force=force)
