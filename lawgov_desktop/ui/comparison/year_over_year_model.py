"""Year on year: region, indicator, the two years' values, change and change %.

Adapts the rows of ``core.checks.compare.year_over_year``.  Numbers sort as
numbers through ``SORT_ROLE``; a change that cannot be computed sorts lowest.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...core.checks.compare import YearOverYearRow
from ...core.checks.context import format_number
from ..models.row_list_model import RowListModel
from .region_comparison_model import INDICATOR_ID_ROLE, MISSING, SORT_ROLE

HEADERS = ("地区", "指标", "单位", "上年度", "本年度", "上年值", "本年值", "增减", "增减率(%)")
NUMERIC_FROM = 3


def _cells(row: YearOverYearRow) -> tuple:
    return (row.region, row.name, row.unit, row.year_a, row.year_b, row.value_a, row.value_b, row.change,
            row.change_pct)


class YearOverYearModel(RowListModel[YearOverYearRow]):
    headers = HEADERS

    def set_rows(self, rows: list[YearOverYearRow]) -> None:
        self.set_items(rows)

    def row_data(self, row: YearOverYearRow, column: int, role: int):
        cell = _cells(row)[column]
        numeric = column >= NUMERIC_FROM
        if role == INDICATOR_ID_ROLE:
            return row.indicator
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return ""
            if column == 7 and cell > 0:
                return "+" + format_number(cell)
            return format_number(cell) if numeric else str(cell)
        if role == SORT_ROLE:
            if not numeric:
                return cell
            return MISSING if cell is None else float(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
