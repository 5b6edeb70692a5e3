"""Rates: within 0–100 %, and agreeing with the counts they come from."""
import pytest

from check_reports import findings, report, value
from lawgov_desktop.core.checks.rates import rate_agrees


@pytest.mark.parametrize("part, total, stated, decimals, agrees", [
    (30, 33, 91, 0, True),  # the field notes' example: 90.9… rounds to 91
    (30, 33, 90.9, 1, True),
    (30, 33, 90.91, 2, True),
    (30, 33, 90.90, 1, True),  # 90.90 read as 90.9
    (30, 33, 100, 0, False),
    (30, 33, 92, 0, False),
    (2, 3, 66.6, 1, True),  # cut rather than rounded
    (2, 3, 66.7, 1, True),
    (33, 33, 100, 0, True),
    (0, 10, 0, 0, True),
])
def test_rate_agrees(part, total, stated, decimals, agrees):
    assert rate_agrees(part, total, stated, decimals) is agrees


def _litigation(cases: int, heads: int, rate: str):
    text = f"全县行政应诉案件{cases}件，负责人出庭应诉{heads}次，较好落实出庭制度，出庭应诉率达{rate}%。"
    indicators = (
        value("litigation_cases", cases, text),
        value("head_appearances", heads, text, after=text.index("出庭应诉")),
        value("head_appearance_rate", float(rate), text, written=rate, after=text.index("率")),
    )
    return report(text, indicators)


@pytest.mark.parametrize("cases, heads, rate, flagged", [
    (33, 30, "91", False),
    (33, 30, "90.9", False),
    (33, 30, "100", True),
    (33, 33, "100", False),
    (40, 30, "75", False),
    (40, 30, "57", True),
])
def test_rate_against_indicator_counts(cases, heads, rate, flagged):
    found = findings(_litigation(cases, heads, rate), "numbers.rate_vs_counts")
    assert bool(found) == flagged
    if flagged:
        assert found[0].indicator == "head_appearance_rate" and "出庭应诉率" in found[0].message


@pytest.mark.parametrize("text, flagged", [
    ("全县共开庭审理行政案件33件（其中行政机关负责人出庭30件，出庭应诉率91%）。", False),
    ("全县共开庭审理行政案件33件（其中行政机关负责人出庭30件，出庭应诉率100%）。", True),
    ("全年受理行政复议案件64件，办结60件，办结率93.8%。", False),
    ("全年受理行政复议案件64件，办结60件，办结率100%。", True),
    ("受理热线工单23,416件，办结23,250件，办结率99.3%。", False),
    # a reconsideration count is not the base of the court-appearance rate
    ("全县共办理行政复议案件6件，行政机关负责人出庭应诉8次，出庭应诉率达100%。", False),
    # the base is the cases heard, named in the sentence
    ("全县发生行政应诉案件45件，其中法院开庭审理42件，行政机关负责人出庭应诉42次，出庭应诉率100%。", False),
])
def test_rate_against_counts_in_one_sentence(text, flagged):
    found = findings(report(text), "numbers.rate_vs_counts")
    assert bool(found) == flagged
    if flagged:
        assert found[0].evidence.text in text and "%" in found[0].evidence.text


def test_indicator_rate_whose_base_is_the_cases_heard_agrees():
    text = "全县发生行政应诉案件45件，其中法院开庭审理42件，行政机关负责人出庭应诉42次，出庭应诉率100%。"
    rep = report(text, (
        value("litigation_cases", 45, text),
        value("head_appearances", 42, text, after=text.index("出庭应诉")),
        value("head_appearance_rate", 100, text, after=text.index("率")),
    ))
    assert not findings(rep, "numbers.rate_vs_counts")


@pytest.mark.parametrize("text, rate, flagged", [
    ("行政复议案件办结率105%。", 105, True),
    ("行政复议案件办结率100%。", 100, False),
    ("群众满意率98.5%。", 98.5, False),
])
def test_rate_range(text, rate, flagged):
    rep = report(text, (value("reconsideration_completion_rate", rate, text),))
    found = findings(rep, "numbers.rate_range")
    assert len(found) == (1 if flagged else 0)
    if flagged:
        assert found[0].severity == "错误" and "105" in found[0].message


def test_rate_range_without_an_extracted_indicator():
    (finding,) = findings(report("全县12345热线办结率达到120%，群众满意。"), "numbers.rate_range")
    assert finding.evidence.text == "办结率达到120%"


def test_change_above_100_percent_is_not_a_rate():
    assert not findings(report("法律援助案件同比增长150%。"), "numbers.rate_range")
