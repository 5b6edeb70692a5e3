"""Comparison tables: indicators × regions, and year on year."""
from dataclasses import replace

from check_reports import CATALOG, report, value
from lawgov_desktop.core.checks import compare_regions, year_over_year


def _report(region, year, cases, rate=None, file=None):
    text = f"受理行政复议案件{cases}件，办结率{rate}%。"
    indicators = [value("reconsideration_cases", cases, text)]
    if rate is not None:
        indicators.append(value("reconsideration_completion_rate", rate, text, after=text.index("率")))
    return report(text, tuple(indicators), file=file or f"{region}{year}.txt", region=region, year=year)


def test_compare_regions_has_a_column_per_report_and_a_row_per_indicator():
    table = compare_regions([_report("乙县", 2024, 30), _report("甲县", 2024, 40, 95)], CATALOG)
    assert [c.label for c in table.columns] == ["乙县 2024", "甲县 2024"]  # sorted by region (code point)
    assert [r.indicator for r in table.rows] == CATALOG.ids
    row = next(r for r in table.rows if r.indicator == "reconsideration_cases")
    by_label = dict(zip([c.label for c in table.columns], row.values))
    assert by_label == {"甲县 2024": 40, "乙县 2024": 30}
    rate = next(r for r in table.rows if r.indicator == "reconsideration_completion_rate")
    assert dict(zip([c.label for c in table.columns], rate.values))["乙县 2024"] is None


def test_compare_regions_leaves_out_duplicates_and_failed_files():
    good = _report("甲县", 2024, 40)
    copy = replace(good, file="copy.txt", duplicate_of=good.file)
    failed = replace(_report("乙县", 2024, 30), errors=("《乙县.pdf》无法读取",), document=None)
    assert [c.file for c in compare_regions([good, copy, failed], CATALOG).columns] == [good.file]


def test_year_over_year_rows():
    rows = year_over_year([_report("甲县", 2024, 46, 98), _report("甲县", 2023, 40), _report("乙县", 2024, 7)], CATALOG)
    by_id = {r.indicator: r for r in rows}
    assert set(by_id) == {"reconsideration_cases", "reconsideration_completion_rate"}
    cases = by_id["reconsideration_cases"]
    assert (cases.region, cases.year_a, cases.year_b, cases.value_a, cases.value_b) == ("甲县", 2023, 2024, 40, 46)
    assert cases.change == 6 and cases.change_pct == 15.0
    rate = by_id["reconsideration_completion_rate"]
    assert rate.value_a is None and rate.change is None and rate.change_pct is None


def test_year_over_year_with_a_zero_base_has_no_percentage():
    (row,) = year_over_year([_report("甲县", 2023, 0), _report("甲县", 2024, 5)], CATALOG)
    assert row.change == 5 and row.change_pct is None


def test_two_reports_of_one_region_and_year_are_told_apart_by_issuer():
    government = replace(_report("甲县", 2024, 40), metadata=replace(_report("甲县", 2024, 40).metadata, issuer="甲县人民政府"))
    bureau = replace(_report("甲县", 2024, 4, file="局.txt"),
                     metadata=replace(_report("甲县", 2024, 4).metadata, issuer="甲县司法局"))
    labels = sorted(c.label for c in compare_regions([government, bureau], CATALOG).columns)
    assert labels == ["甲县 2024（甲县人民政府）", "甲县 2024（甲县司法局）"]
