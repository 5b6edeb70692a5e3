"""Comparison view: models over core.checks.compare, sortable by number."""
from __future__ import annotations

from PySide6.QtCore import Qt

from lawgov_desktop.core.catalog import load_catalog
from lawgov_desktop.core.types import Document, Evidence, IndicatorValue, Report, ReportMetadata
from lawgov_desktop.ui.comparison import ComparisonView, RegionComparisonModel, YearOverYearModel
from lawgov_desktop.core.checks import compare_regions, year_over_year

CATALOG = load_catalog(use_user_file=False)


def _report(region: str, year: int, **values: float) -> Report:
    text = "；".join(f"{k}{v}" for k, v in values.items())
    indicators = tuple(
        IndicatorValue(k, v, CATALOG.get(k).unit, False, 0.9, Evidence(0, len(text), text)) for k, v in values.items()
    )
    return Report(f"{region}{year}.txt", Document(f"{region}{year}.txt", text, "txt"),
                  ReportMetadata(region=region, year=year), indicators)


BATCH = [
    _report("甲县", 2023, reconsideration_cases=40, head_appearance_rate=95),
    _report("甲县", 2024, reconsideration_cases=46, head_appearance_rate=100),
    _report("乙县", 2024, reconsideration_cases=9),
    _report("丙县", 2024, reconsideration_cases=120),
]


def test_region_model_passes_the_model_tester(qtmodeltester):
    model = RegionComparisonModel()
    model.set_comparison(compare_regions(BATCH, CATALOG))
    qtmodeltester.check(model)
    assert model.columnCount() == 2 + len(BATCH) and model.rowCount() == len(CATALOG.ids)


def test_year_model_passes_the_model_tester(qtmodeltester):
    model = YearOverYearModel()
    model.set_rows(year_over_year(BATCH, CATALOG))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_year_model_shows_signed_change_and_percentage():
    model = YearOverYearModel()
    model.set_rows(year_over_year(BATCH, CATALOG))
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == CATALOG.get("reconsideration_cases").name)
    assert [model.index(row, c).data() for c in range(model.columnCount())] == \
        ["甲县", "行政复议案件数", "件", "2023", "2024", "40", "46", "+6", "15"]


def test_region_table_sorts_numbers_as_numbers(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_reports(BATCH, CATALOG)
    proxy, model = view.region_proxy, view.region_model
    cases_row = next(r for r in range(model.rowCount())
                     if model.index(r, 0).data() == CATALOG.get("reconsideration_cases").name)
    # clicking the 丙县 header orders the indicators by that county's values
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "丙县 2024")
    view.region_table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, column).data() == "120"
    assert proxy.index(0, 0).data() == model.index(cases_row, 0).data()
    # empty cells sort below every number
    assert proxy.index(proxy.rowCount() - 1, column).data() == ""


def test_year_note_shows_only_without_pairs(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.set_reports(BATCH[2:], CATALOG)
    assert not view.year_note.isHidden() and view.year_model.rowCount() == 0
    view.set_reports(BATCH, CATALOG)
    assert view.year_note.isHidden() and view.year_model.rowCount() == 2
