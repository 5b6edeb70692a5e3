"""Which indicator goes in which column, under which header, in which number format.

The summary groups indicators under their category (in catalog category order,
catalog order within a category) so each category header can be one merged cell.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.catalog import Catalog, IndicatorSpec

# Number formats by indicator kind.  Rates are percentages as the reports write
# them (98.6 means 98.6 %), so the unit goes into the header, not into the format.
NUMBER_FORMATS = {
    "count": "#,##0",
    "people": "#,##0",
    "amount": "#,##0.00",
    "rate": "0.0#",
}
KIND_NAMES = {"count": "计数", "people": "人数/人次", "amount": "金额", "rate": "比率"}


def number_format(kind: str, approx: bool = False) -> str:
    """The cell format; an approximate figure shows “约” before it and stays numeric."""
    base = NUMBER_FORMATS.get(kind, "General")
    return f'"约"{base}' if approx else base


def header_label(spec: IndicatorSpec, unit_on_own_line: bool = False) -> str:
    """Name with unit: 行政复议案件数（件）, 负责人出庭应诉率（%）.

    In the narrow summary columns the unit goes on its own line, so a wrapped header
    never leaves a lone “）” or “件）” on the last line.
    """
    if not spec.unit:
        return spec.name
    return f"{spec.name}{chr(10) if unit_on_own_line else ''}（{spec.unit}）"


@dataclass(frozen=True)
class CategoryGroup:
    name: str
    specs: tuple[IndicatorSpec, ...]


def grouped_indicators(catalog: Catalog) -> list[CategoryGroup]:
    """Indicators grouped by category; categories without indicators are left out."""
    order = {category.id: index for index, category in enumerate(catalog.categories)}
    groups: dict[str, list[IndicatorSpec]] = {}
    for spec in catalog.indicators:
        groups.setdefault(spec.category, []).append(spec)
    ordered = sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))
    return [CategoryGroup(catalog.category_name(category), tuple(specs)) for category, specs in ordered]


def ordered_specs(catalog: Catalog) -> list[IndicatorSpec]:
    return [spec for group in grouped_indicators(catalog) for spec in group.specs]
