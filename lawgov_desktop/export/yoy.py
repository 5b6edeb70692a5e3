"""Year-on-year rows of the 同比 sheet, from the reviewed values.

Same rules as the window's comparison view (``core.checks.compare``): a region's
report of year y is paired with its report of year y+1 (the first report of a
region-year counts, unreadable ones do not), and every indicator stated in either
year gets a row.  That module works on extraction ``Report``s; the workbook must
show what the reviewer confirmed, so the pairing is repeated here over
``ReviewedReport``s and the arithmetic (``change_of``) is shared.  Rates change in
percentage points, so they get no relative change.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.catalog import Catalog, IndicatorSpec
from ..core.checks.compare import change_of
from ..core.review import CellStatus, ReviewedCell, ReviewedReport
from .columns import ordered_specs
from .status_marks import look_of


@dataclass(frozen=True)
class YearChange:
    region: str
    spec: IndicatorSpec
    earlier_year: int
    earlier: ReviewedCell | None  # None: no figure that year
    later_year: int
    later: ReviewedCell | None

    @property
    def change(self) -> float | None:
        return change_of(_figure(self.earlier), _figure(self.later))[0]

    @property
    def relative_change(self) -> float | None:
        """Per cent of the earlier figure; None for rates, from zero, or when a year is missing."""
        return None if self.spec.kind == "rate" else change_of(_figure(self.earlier), _figure(self.later))[1]

    @property
    def unconfirmed(self) -> bool:
        return any(cell is not None and not look_of(cell.status).reviewed for cell in (self.earlier, self.later))


def _figure(cell: ReviewedCell | None) -> float | int | None:
    if cell is None or cell.status is CellStatus.ABSENT:
        return None
    return cell.value


def year_pairs(reports: list[ReviewedReport]) -> list[tuple[str, ReviewedReport, ReviewedReport]]:
    """(region, report of year y, report of year y+1), regions sorted."""
    by_region: dict[str, dict[int, ReviewedReport]] = {}
    for report in reports:
        region, year = (report.metadata.region or "").strip(), report.metadata.year
        if region and year and not report.errors:
            by_region.setdefault(region, {}).setdefault(year, report)
    pairs = []
    for region in sorted(by_region):
        years = by_region[region]
        pairs += [(region, years[year], years[year + 1]) for year in sorted(years) if year + 1 in years]
    return pairs


def year_on_year(reports: list[ReviewedReport], catalog: Catalog) -> list[YearChange]:
    changes = []
    specs = ordered_specs(catalog)
    for region, earlier_report, later_report in year_pairs(reports):
        earlier_cells = {c.indicator_id: c for c in earlier_report.cells}
        later_cells = {c.indicator_id: c for c in later_report.cells}
        for spec in specs:
            earlier, later = earlier_cells.get(spec.id), later_cells.get(spec.id)
            if _figure(earlier) is None and _figure(later) is None:
                continue
            changes.append(YearChange(
                region, spec,
                earlier_report.metadata.year, earlier if _figure(earlier) is not None else None,
                later_report.metadata.year, later if _figure(later) is not None else None,
            ))
    return changes
