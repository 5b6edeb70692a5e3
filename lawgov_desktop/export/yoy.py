"""Year-on-year comparison: the same region's figures in two reporting years.

Compared are consecutive years present in the input for a region, indicator by
indicator, where both years have a figure.  Rates change in percentage points and
get no relative change; a relative change from zero is undefined and left empty.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.catalog import Catalog
from ..core.review import CellStatus, ReviewedCell, ReviewedReport
from .columns import ordered_specs


@dataclass(frozen=True)
class YearChange:
    region: str
    indicator_id: str
    earlier_year: int
    earlier: ReviewedCell
    later_year: int
    later: ReviewedCell

    @property
    def change(self) -> float | int:
        difference = self.later.value - self.earlier.value
        return round(difference, 4) if isinstance(difference, float) else difference

    def relative_change(self, kind: str) -> float | None:
        """Change in per cent of the earlier figure; None for rates and from zero."""
        if kind == "rate" or not self.earlier.value:
            return None
        return round(100 * (self.later.value - self.earlier.value) / self.earlier.value, 2)

    @property
    def unconfirmed(self) -> bool:
        return self.earlier.status.is_open or self.later.status.is_open


def _has_figure(cell: ReviewedCell | None) -> bool:
    return cell is not None and cell.value is not None and cell.status is not CellStatus.ABSENT


def year_on_year(reports: list[ReviewedReport], catalog: Catalog) -> list[YearChange]:
    """Changes between consecutive years per region; the first report of a region-year counts."""
    by_region: dict[str, dict[int, ReviewedReport]] = {}
    for report in reports:
        region, year = report.metadata.region, report.metadata.year
        if region and year:
            by_region.setdefault(region, {}).setdefault(year, report)
    specs = ordered_specs(catalog)
    changes = []
    for region, years in by_region.items():
        ordered_years = sorted(years)
        for earlier_year, later_year in zip(ordered_years, ordered_years[1:]):
            earlier_cells = {c.indicator_id: c for c in years[earlier_year].cells}
            later_cells = {c.indicator_id: c for c in years[later_year].cells}
            for spec in specs:
                earlier, later = earlier_cells.get(spec.id), later_cells.get(spec.id)
                if _has_figure(earlier) and _has_figure(later):
                    changes.append(YearChange(region, spec.id, earlier_year, earlier, later_year, later))
    return changes
