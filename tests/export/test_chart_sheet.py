"""图表: live bar charts over the sheet's own data table, with cached values for WPS."""
import zipfile
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.export import export_workbook

from invented_reviewed import CATALOG, batch


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    return export_workbook(batch(), CATALOG, tmp_path_factory.mktemp("chart") / "图表.xlsx",
                           exported_at=datetime(2025, 4, 8))


def test_data_table_by_region(target):
    sheet = openpyxl.load_workbook(target)["图表"]
    assert [tuple(row) for row in sheet.iter_rows(max_col=3, values_only=True)] == [
        ("地区", "行政复议案件数\n（件）", "行政机关负责人出庭应诉率\n（%）"),
        ("青禾县（2023）", 40, 90.5),  # several years exported: the year tells the bars apart
        ("青禾县（2024）", 45, 100),
        ("白鹭区（2024）", 112, 87.3),
    ]


def test_two_bar_charts_with_live_references(target):
    charts = openpyxl.load_workbook(target)["图表"]._charts
    assert [c.tagname for c in charts] == ["barChart", "barChart"]
    references = [(c.series[0].tx.strRef.f, c.series[0].cat.strRef.f, c.series[0].val.numRef.f) for c in charts]
    assert references == [
        ("'图表'!B1", "'图表'!$A$2:$A$4", "'图表'!$B$2:$B$4"),
        ("'图表'!C1", "'图表'!$A$2:$A$4", "'图表'!$C$2:$C$4"),
    ]
    assert all(c.x_axis.delete is False and c.y_axis.delete is False for c in charts)


def test_charts_carry_cached_values(target):
    with zipfile.ZipFile(target) as archive:
        first = archive.read("xl/charts/chart1.xml").decode("utf-8")
    assert "<numCache>" in first and "<v>112</v>" in first
    assert "<strCache>" in first and "<v>白鹭区（2024）</v>" in first
