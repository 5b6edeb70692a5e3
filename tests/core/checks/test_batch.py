"""Batch rules: outliers across the reports, 同比 claims against last year's report."""
from dataclasses import replace

import pytest

from check_reports import CATALOG, RULES, report, value
from lawgov_desktop.core.checks import merge_batch_findings, run_batch_checks
from lawgov_desktop.core.checks.outliers import robust_scores


def _county(name: str, cases: int, year: int = 2024, rate: float | None = None):
    text = f"{name}{year}年度法治政府建设情况报告\n全年受理行政复议案件{cases}件，办结率{rate or 98:g}%。"
    indicators = [value("reconsideration_cases", cases, text, after=text.index("受理"))]
    if rate is not None:
        indicators.append(value("reconsideration_completion_rate", rate, text, after=text.index("办结率")))
    return report(text, tuple(indicators), file=f"{name}{year}.txt", region=name, year=year)


def _outliers(reports):
    return {file: [f for f in found if f.rule == "batch.outlier"]
            for file, found in run_batch_checks(reports, CATALOG, RULES).items()}


def test_a_value_far_off_the_batch_is_a_hint():
    reports = [_county(n, c) for n, c in [("甲县", 40), ("乙县", 55), ("丙县", 38), ("丁县", 61), ("戊县", 47),
                                          ("己县", 4700)]]
    found = _outliers(reports)
    assert [f.indicator for f in found["己县2024.txt"]] == ["reconsideration_cases"]
    assert found["己县2024.txt"][0].severity == "提示" and "4700" in found["己县2024.txt"][0].message
    assert not any(found[r.file] for r in reports[:-1])


def test_spread_counts_are_not_outliers():
    # a city beside counties: log scale keeps an ordinary spread quiet
    reports = [_county(n, c) for n, c in [("甲县", 20), ("乙县", 35), ("丙县", 60), ("丁市", 150), ("戊县", 45)]]
    assert not any(_outliers(reports).values())


def test_fewer_than_five_values_say_nothing():
    reports = [_county(n, c) for n, c in [("甲县", 40), ("乙县", 55), ("丙县", 38), ("丁县", 4700)]]
    assert not any(_outliers(reports).values())


def test_duplicates_do_not_count_twice():
    base = [_county(n, c) for n, c in [("甲县", 40), ("乙县", 55), ("丙县", 38), ("丁县", 4700)]]
    copy = replace(base[0], file="甲县副本.txt", duplicate_of=base[0].file)
    assert not any(_outliers([*base, copy]).values())


@pytest.mark.parametrize("values, flagged", [
    ([1, 2, 3, 4, 100], [False, False, False, False, True]),
    ([5, 5, 5, 5, 5], [False] * 5),
    ([5, 5, 5, 5, 9], [False, False, False, False, True]),  # MAD 0: mean deviation stands in
])
def test_robust_scores(values, flagged):
    assert [abs(s) > 3.5 for s in robust_scores(values)] == flagged


def _pair(claim: str, last_year: float, this_year: float, indicator="reconsideration_cases", unit="件"):
    old_text = f"甲县2023年度法治政府建设情况报告\n全年受理行政复议案件{last_year:g}{unit}。"
    new_text = f"甲县2024年度法治政府建设情况报告\n全年受理行政复议案件{this_year:g}{unit}，{claim}，审结及时。"
    old = report(old_text, (value(indicator, last_year, old_text, written=f"{last_year:g}", after=20),),
                 file="甲县2023.txt", region="甲县", year=2023)
    new = report(new_text, (value(indicator, this_year, new_text, written=f"{this_year:g}", after=20),),
                 file="甲县2024.txt", region="甲县", year=2024)
    return old, new


@pytest.mark.parametrize("claim, last_year, this_year, flagged", [
    ("同比增长15%", 40, 46, False),
    ("同比增长15.2%", 40, 46, False),  # within a point of the true 15 %
    ("同比增长15%", 40, 52, True),
    ("同比下降15%", 40, 46, True),  # direction is wrong
    ("较上年减少20%", 50, 40, False),
    ("较去年增加10件", 40, 52, False),  # not a percentage claim: nothing to compare
])
def test_yoy_claims(claim, last_year, this_year, flagged):
    found = run_batch_checks(list(_pair(claim, last_year, this_year)), CATALOG, RULES)
    claims = [f for f in found["甲县2024.txt"] if f.rule == "batch.yoy_claim"]
    assert bool(claims) == flagged
    assert not [f for f in found["甲县2023.txt"] if f.rule == "batch.yoy_claim"]
    if flagged:
        assert claims[0].evidence.text == claim and "2023年报告为" in claims[0].message


@pytest.mark.parametrize("claim, last_year, this_year, flagged", [
    ("较上年提高3个百分点", 95, 98, False),
    ("较上年提高3个百分点", 95, 99.5, True),
    ("同比提高2%", 96, 98, False),  # “%” meaning points is accepted for a rate
])
def test_yoy_claims_on_rates(claim, last_year, this_year, flagged):
    old, new = _pair(claim, last_year, this_year, indicator="reconsideration_completion_rate", unit="%")
    found = [f for f in run_batch_checks([old, new], CATALOG, RULES)["甲县2024.txt"] if f.rule == "batch.yoy_claim"]
    assert bool(found) == flagged


def test_claims_need_consecutive_years_of_one_region():
    old, new = _pair("同比增长15%", 40, 80)
    other_region = replace(old, metadata=replace(old.metadata, region="乙县"))
    two_years_back = replace(old, metadata=replace(old.metadata, year=2022))
    for batch in ([other_region, new], [two_years_back, new], [new]):
        assert not any(f.rule == "batch.yoy_claim" for fs in run_batch_checks(batch, CATALOG, RULES).values() for f in fs)


def test_batch_findings_merge_into_reports():
    old, new = _pair("同比增长15%", 40, 80)
    merged = merge_batch_findings([old, new], run_batch_checks([old, new], CATALOG, RULES))
    assert [f.rule for f in merged[1].findings] == ["batch.yoy_claim"] and merged[0] is old
    assert merged[1].to_json()["findings"][0]["severity"] == "警告"


@pytest.mark.parametrize("odd_rate, flagged", [(100, False), (40, True)])
def test_rates_need_to_be_far_off_in_points(odd_rate, flagged):
    rates = [(n, 40, r) for n, r in [("甲县", 95), ("乙县", 96), ("丙县", 95.5), ("丁县", 94), ("戊县", 95)]]
    reports = [_county(n, c, rate=r) for n, c, r in rates] + [_county("己县", 40, rate=odd_rate)]
    found = [f.indicator for f in _outliers(reports)["己县2024.txt"]]
    assert found == (["reconsideration_completion_rate"] if flagged else [])


def test_a_city_among_counties_is_not_an_outlier():
    reports = [_county(n, c) for n, c in [("甲县", 64), ("乙县", 35), ("丙县", 40), ("丁县", 46), ("戊县", 29),
                                          ("某市", 412)]]
    assert not any(_outliers(reports).values())
