"""One table per report year, newest first, rows in pinyin order of the regions."""
from dataclasses import replace

from lawgov_desktop.export.years import in_table_order, region_label, year_tables

from invented_reviewed import report


def test_one_table_per_year_newest_first_unknown_year_last():
    reports = [report("青禾县", 2023), report("白鹭区", None), report("石门市", 2024), report("青禾县", 2024)]
    tables = year_tables(reports)
    assert [(t.year, t.label) for t in tables] == [(2024, "2024年度"), (2023, "2023年度"), (None, "年度不详")]
    assert [r.metadata.region for r in tables[0].reports] == ["青禾县", "石门市"]


def test_regions_in_pinyin_order_and_reports_without_one_last():
    names = ["石门市", "白鹭区", "云溪县", "青禾县", "桐川县", "北岭区", "", "安平县"]
    reports = [report(name or "x", 2024, file=f"/报告/{index}号.docx") for index, name in enumerate(names)]
    reports = [replace(r, metadata=replace(r.metadata, region=name or None)) for r, name in zip(reports, names)]
    (table,) = year_tables(reports)
    assert [r.metadata.region for r in table.reports] == [
        "安平县", "白鹭区", "北岭区", "青禾县", "石门市", "桐川县", "云溪县", None]


def test_a_report_without_region_is_named_by_its_file():
    nameless = report("x", 2024, file="/报告/某地2024年报告.docx")
    nameless = replace(nameless, metadata=replace(nameless.metadata, region=None))
    assert region_label(nameless) == "某地2024年报告"


def test_chosen_years_only():
    reports = [report("青禾县", 2023), report("白鹭区", None), report("石门市", 2024)]
    assert [t.year for t in year_tables(reports, [2023])] == [2023]
    assert [t.year for t in year_tables(reports, [None, 2024])] == [2024, None]
    assert [r.metadata.region for r in in_table_order(year_tables(reports))] == ["石门市", "青禾县", "白鹭区"]
