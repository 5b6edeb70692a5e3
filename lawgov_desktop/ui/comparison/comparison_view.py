"""Two sortable tables in tabs: 地区对比 (indicators × regions) and 同比 (year on year).

``set_reports`` computes both tables from the batch's reports with the Qt-free
``core.checks.compare`` (a few milliseconds for a batch of dozens, so it runs on
the calling thread) and hands them to the models.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from ...core.catalog import Catalog
from ...core.checks.compare import compare_regions, year_over_year
from ...core.types import Report
from .region_comparison_model import SORT_ROLE, RegionComparisonModel
from .year_over_year_model import YearOverYearModel


def _sortable_table(model, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the catalog's order until a header is clicked
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view, proxy


class ComparisonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region_model = RegionComparisonModel(self)
        self.year_model = YearOverYearModel(self)
        self.region_table, self.region_proxy = _sortable_table(self.region_model, self)
        self.year_table, self.year_proxy = _sortable_table(self.year_model, self)
        self.year_note = QLabel("本批没有同一地区相邻两个年度的报告，无同比数据。", self)
        year_page = QWidget(self)
        year_layout = QVBoxLayout(year_page)
        year_layout.setContentsMargins(0, 0, 0, 0)
        year_layout.addWidget(self.year_note)
        year_layout.addWidget(self.year_table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.region_table, "地区对比")
        self.tabs.addTab(year_page, "同比")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_reports(self, reports: list[Report], catalog: Catalog | None = None) -> None:
        self.region_model.set_comparison(compare_regions(reports, catalog))
        rows = year_over_year(reports, catalog)
        self.year_model.set_rows(rows)
        self.year_note.setVisible(not rows)
        self.region_table.resizeColumnsToContents()
        self.year_table.resizeColumnsToContents()
