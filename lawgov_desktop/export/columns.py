"""Which indicator goes in which column, under which header, in which number format.

The tables group indicators under their category (in catalog category order, catalog
order within a category) so each category header can be one merged cell.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.catalog import Catalog, IndicatorSpec

# Number formats by indicator kind.  Rates are stored as the reports write them (98.6
# means 98.6 %, as in the CSV and the JSON) and always shown with one decimal and a
# per cent sign, so 100.0% stands beside 99.8%, never 100 beside 99.78.
NUMBER_FORMATS = {
    "count": "#,##0",
    "people": "#,##0",
    "amount": "#,##0.00",
    "rate": '0.0"%"',
}
KIND_NAMES = {"count": "计数", "people": "人数/人次", "amount": "金额", "rate": "比率"}
SUMMED_KINDS = ("count", "people", "amount")  # a 合计 means something; rates get a plain mean


def number_format(kind: str, approx: bool = False, mark: str = "", unit: str = "") -> str:
    """The cell format: the mark of an unconfirmed figure and “约” before it, a unit after it.

    The cell stays numeric; only its display changes.  ``unit`` is left off rates (they
    show “%” already).
    """
    base = NUMBER_FORMATS.get(kind, "General")
    prefix = mark + ("约" if approx else "")
    if prefix:
        base = f'"{prefix}"{base}'
    if unit and kind != "rate":
        base = f'{base}"{unit.replace(chr(34), "")}"'
    return base


def header_label(spec: IndicatorSpec, unit_on_own_line: bool = False) -> str:
    """Name with unit: 行政复议案件数（件）; rates show “%” in every cell, so no unit.

    In the narrow table columns the unit goes on its own line, so a wrapped header
    never leaves a lone “）” or “件）” on the last line.
    """
    if not spec.unit or spec.kind == "rate":
        return spec.name
    return f"{spec.name}{chr(10) if unit_on_own_line else ''}（{spec.unit}）"


@dataclass(frozen=True)
class CategoryGroup:
    name: str
    specs: tuple[IndicatorSpec, ...]


def grouped_indicators(catalog: Catalog, specs: list[IndicatorSpec] | None = None) -> list[CategoryGroup]:
    """Indicators (all, or ``specs``) grouped by category; categories without indicators are left out."""
    order = {category.id: index for index, category in enumerate(catalog.categories)}
    groups: dict[str, list[IndicatorSpec]] = {}
    for spec in catalog.indicators if specs is None else specs:
        groups.setdefault(spec.category, []).append(spec)
    ordered = sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))
    return [CategoryGroup(catalog.category_name(category), tuple(specs)) for category, specs in ordered]


def ordered_specs(catalog: Catalog) -> list[IndicatorSpec]:
    return [spec for group in grouped_indicators(catalog) for spec in group.specs]


HEADLINE_FALLBACK = 10


def headline_specs(catalog: Catalog) -> list[IndicatorSpec]:
    """The indicators of the one-page summary, in table order: those marked ``"headline": true``
    in the catalog (a bureau changes them in its own indicators.json), or the first ten when
    none is marked."""
    ordered = ordered_specs(catalog)
    marked = [spec for spec in ordered if spec.headline]
    return marked or ordered[:HEADLINE_FALLBACK]
