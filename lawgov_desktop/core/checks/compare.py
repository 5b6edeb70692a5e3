"""Comparisons across a batch: indicators × regions, and each region year on year.

Plain data for the window's comparison view and the workbook's 同比 sheet.  Only
usable reports take part: read without error and not a duplicate of another file
(a .docx and its .pdf would otherwise count twice).  A region is the extractor's
``metadata.region``; reports without one are left out of year-on-year rows but
still get a column of their own (labelled by file name).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..catalog import Catalog, default_catalog
from ..types import Report


@dataclass(frozen=True)
class ComparisonColumn:
    label: str  # 示例县 2024
    region: str | None
    year: int | None
    file: str


@dataclass(frozen=True)
class ComparisonRow:
    indicator: str
    name: str
    unit: str
    values: tuple[float | int | None, ...]  # one per column


@dataclass(frozen=True)
class RegionComparison:
    columns: tuple[ComparisonColumn, ...]
    rows: tuple[ComparisonRow, ...]


@dataclass(frozen=True)
class YearOverYearRow:
    region: str
    indicator: str
    name: str
    unit: str
    year_a: int
    year_b: int
    value_a: float | int | None
    value_b: float | int | None
    change: float | None  # value_b - value_a
    change_pct: float | None  # change / value_a · 100; None when value_a is 0 or missing
    file_a: str
    file_b: str


def usable(reports: list[Report]) -> list[Report]:
    return [r for r in reports if r.document is not None and not r.errors and not r.duplicate_of]


def region_of(report: Report) -> str | None:
    region = (report.metadata.region or "").strip()
    return region or None


def _value(report: Report, indicator_id: str) -> float | int | None:
    value = report.indicator(indicator_id)
    return value.value if value is not None else None


def compare_regions(reports: list[Report], catalog: Catalog | None = None) -> RegionComparison:
    """One column per usable report (sorted by region, then year), one row per indicator."""
    catalog = catalog or default_catalog()
    chosen = sorted(usable(reports), key=lambda r: (region_of(r) or "\uffff", r.metadata.year or 0, r.file))
    labels = [" ".join(p for p in (region_of(r) or Path(r.file).stem, str(r.metadata.year or "")) if p)
              for r in chosen]
    # Two reports of one region and year (a government's and a department's): name the issuer.
    labels = [
        f"{label}（{r.metadata.issuer or Path(r.file).stem}）" if labels.count(label) > 1 else label
        for label, r in zip(labels, chosen)
    ]
    columns = tuple(
        ComparisonColumn(label=label, region=region_of(r), year=r.metadata.year, file=r.file)
        for label, r in zip(labels, chosen)
    )
    rows = tuple(
        ComparisonRow(spec.id, spec.name, spec.unit, tuple(_value(r, spec.id) for r in chosen))
        for spec in catalog.indicators
    )
    return RegionComparison(columns, rows)


def year_pairs(reports: list[Report]) -> list[tuple[str, Report, Report]]:
    """(region, report of year y, report of year y+1) for every region with both."""
    by_region: dict[str, dict[int, Report]] = {}
    for report in usable(reports):
        region, year = region_of(report), report.metadata.year
        if region and year:
            by_region.setdefault(region, {}).setdefault(year, report)
    pairs = []
    for region in sorted(by_region):
        years = by_region[region]
        for year in sorted(years):
            if year + 1 in years:
                pairs.append((region, years[year], years[year + 1]))
    return pairs


def change_of(value_a: float | int | None, value_b: float | int | None) -> tuple[float | None, float | None]:
    if value_a is None or value_b is None:
        return None, None
    change = round(float(value_b) - float(value_a), 6)
    pct = round(change / float(value_a) * 100, 2) if value_a else None
    return change, pct


def year_over_year(reports: list[Report], catalog: Catalog | None = None) -> list[YearOverYearRow]:
    """Per region and pair of consecutive years, every indicator either report states."""
    catalog = catalog or default_catalog()
    rows = []
    for region, report_a, report_b in year_pairs(reports):
        for spec in catalog.indicators:
            value_a, value_b = _value(report_a, spec.id), _value(report_b, spec.id)
            if value_a is None and value_b is None:
                continue
            change, pct = change_of(value_a, value_b)
            rows.append(YearOverYearRow(
                region, spec.id, spec.name, spec.unit, report_a.metadata.year, report_b.metadata.year,
                value_a, value_b, change, pct, report_a.file, report_b.file,
            ))
    return rows
