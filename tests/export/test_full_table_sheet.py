"""全部指标: every indicator of one year, split across pages by category at full size."""
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.catalog import Catalog, Category, IndicatorSpec, default_catalog
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.full_table_sheet import INDICATOR_WIDTH, page_spans
from lawgov_desktop.export.indicator_table import NUMBER_WIDTH, REGION_WIDTH
from lawgov_desktop.export.page import PAGE_WIDTH_UNITS

from invented_reviewed import CATALOG, SUMMARY_ORDER, one_year, report


def catalog_of(sizes: dict[str, int]) -> Catalog:
    """A catalog with categories of the given numbers of indicators."""
    categories = tuple(Category(name, name) for name in sizes)
    indicators = tuple(IndicatorSpec(f"{name}_{i}", name, f"{name}{i}", "件", "count")
                       for name, size in sizes.items() for i in range(size))
    return Catalog(categories, indicators)


@pytest.mark.parametrize("sizes, per_page, pages", [
    ({"甲": 3, "乙": 2}, 5, [["甲", "乙"]]),  # both fit one page
    ({"甲": 3, "乙": 3}, 5, [["甲"], ["乙"]]),  # a category is not split when it fits a page of its own
    ({"甲": 7}, 5, [["甲"], ["甲（续）"]]),  # wider than a page: continued
    ({"甲": 4, "乙": 7, "丙": 1}, 5, [["甲"], ["乙"], ["乙（续）", "丙"]]),
])
def test_categories_packed_onto_pages(sizes, per_page, pages):
    spans = page_spans(catalog_of(sizes), per_page)
    assert [[span.name for span in page] for page in spans] == pages
    assert all(sum(len(span.specs) for span in page) <= per_page for page in spans)
    assert sum(len(span.specs) for page in spans for span in page) == sum(sizes.values())


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    target = export_workbook(one_year(), CATALOG, tmp_path_factory.mktemp("full") / "a.xlsx",
                             exported_at=datetime(2025, 4, 8))
    return openpyxl.load_workbook(target)["全部指标"]


def test_every_indicator_once_under_its_category(sheet):
    assert [sheet.cell(1, c).value for c in (1, 2, 3, 5)] == ["序号", "地区", "组织领导与学法", "矛盾纠纷化解"]
    labels = [sheet.cell(2, c).value.split("\n")[0] for c in range(3, 3 + len(SUMMARY_ORDER))]
    assert labels == [CATALOG.get(i).name for i in SUMMARY_ORDER]


def test_rows_and_totals_like_the_summary(sheet):
    assert [sheet.cell(r, 2).value for r in range(3, 6)] == ["白鹭区", "青禾县", "石门市"]
    assert [sheet.cell(r, 9).value for r in range(3, 6)] == ["白鹭区人民政府", "青禾县人民政府", "石门市人民政府"]
    assert sheet.cell(6, 2).value == "合计" and sheet.cell(7, 2).value == "简单平均"
    assert sheet.cell(6, 3).value == "=SUM(C3:C5)"


def test_title_on_every_page_and_titles_repeated(sheet):
    assert sheet.oddHeader.center.text == "2024年度法治政府建设年度报告全部指标汇总表（含未审核数值）"
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.print_title_cols == "$A:$B"
    assert sheet.print_options.gridLines
    assert sheet.page_setup.scale == 100 and not sheet.sheet_properties.pageSetUpPr.fitToPage
    assert "带*号" in sheet.oddFooter.left.text


def test_bundled_catalog_pages_break_between_categories(tmp_path):
    catalog = default_catalog()
    target = export_workbook([report(year=2024)], catalog, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["全部指标"]
    per_page = int((PAGE_WIDTH_UNITS - NUMBER_WIDTH - REGION_WIDTH) // INDICATOR_WIDTH)
    pages = page_spans(catalog, per_page)
    breaks = [b.id for b in sheet.col_breaks.brk]
    assert len(breaks) == len(pages) - 1
    # each break falls after the last column of a page, and every page fits A4 at 100 %
    edges = [2]
    for page in pages:
        edges.append(edges[-1] + sum(len(span.specs) for span in page))
    assert breaks == edges[1:-1]
    for page in pages:
        assert NUMBER_WIDTH + REGION_WIDTH + INDICATOR_WIDTH * sum(len(s.specs) for s in page) <= PAGE_WIDTH_UNITS
    # then the report's own facts, on the last page when they fit beside its indicators
    assert sheet.max_column == 2 + len(catalog.indicators) + 4
    assert [sheet.cell(1, c).value for c in range(sheet.max_column - 3, sheet.max_column + 1)] == [
        "报告单位", "发布日期", "问题数", "审核状态"]
