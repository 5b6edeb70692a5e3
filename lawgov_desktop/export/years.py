"""One table per report year, rows in the order a bureau lists its regions.

A batch may hold several years (last year's reports next to this year's, or a folder of
old ones): each year gets its own summary, and reports whose year is unknown a table of
their own (年度不详), so one title never covers seven years and a region never appears
twice in a table for two different years.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.review import ReviewedReport
from .cells import clean_text

UNKNOWN_YEAR = "年度不详"


@dataclass(frozen=True)
class YearTable:
    year: int | None
    reports: tuple[ReviewedReport, ...]

    @property
    def label(self) -> str:
        """“2024年度”, or 年度不详."""
        return f"{self.year}年度" if self.year else UNKNOWN_YEAR


def region_label(report: ReviewedReport) -> str:
    """The region, or the file's name when no region is known (a leader must still tell the rows apart)."""
    return clean_text(report.metadata.region or "") or clean_text(Path(report.file).stem)


def region_order(report: ReviewedReport) -> tuple:
    """Regions in pinyin order, reports without one last.

    GB2312 orders its 3,755 common characters by pinyin, and GB18030 keeps that order, so
    the encoded name sorts 白鹭区 before 青禾县 without a pinyin dictionary.
    """
    region = clean_text(report.metadata.region or "")
    name = clean_text(Path(report.file).name)
    return (not region, region.encode("gb18030", "replace"), name.encode("gb18030", "replace"))


def year_tables(reports: list[ReviewedReport], years: list[int | None] | None = None) -> list[YearTable]:
    """The reports split by year, newest first, 年度不详 last; ``years`` keeps only those years."""
    by_year: dict[int | None, list[ReviewedReport]] = {}
    for report in reports:
        by_year.setdefault(report.metadata.year or None, []).append(report)
    if years is not None:
        wanted = set(years)
        by_year = {year: listed for year, listed in by_year.items() if year in wanted}
    ordered = sorted(by_year, key=lambda year: (year is None, -(year or 0)))
    return [YearTable(year, tuple(sorted(by_year[year], key=region_order))) for year in ordered]


def in_table_order(tables: list[YearTable]) -> list[ReviewedReport]:
    """Every report of the tables, year by year in table order (for the lists)."""
    return [report for table in tables for report in table.reports]
