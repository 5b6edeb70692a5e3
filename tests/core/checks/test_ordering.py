"""A part cannot exceed its whole: 负责人出庭 ≤ 应诉案件, 办结 ≤ 受理."""
import pytest

from check_reports import findings, report, value


@pytest.mark.parametrize("cases, heads, approx_total, flagged", [
    (33, 30, False, False),
    (33, 33, False, False),
    (33, 35, False, True),
    (30, 35, True, False),  # “30余件”: the whole is not known exactly
])
def test_head_appearances_not_above_cases(cases, heads, approx_total, flagged):
    text = f"行政应诉案件{cases}件。负责人出庭应诉{heads}次。"
    rep = report(text, (
        value("litigation_cases", cases, text, approx=approx_total),
        value("head_appearances", heads, text, after=text.index("出庭")),
    ))
    found = findings(rep, "numbers.head_appearances_le_cases")
    assert bool(found) == flagged
    if flagged:
        assert found[0].evidence.text == "负责人出庭应诉35次。" and "35次" in found[0].message


@pytest.mark.parametrize("text, flagged", [
    ("全年受理行政复议案件64件，办结60件。", False),
    ("全年受理行政复议案件64件，办结64件。", False),
    ("全年受理行政复议案件64件，审结70件。", True),
    ("收到政府信息公开申请37件，均按期办结，办结40件。", True),
    ("受理复议案件64件，其中上年结转5件，办结66件。", False),  # another count between: not this rule's sentence
])
def test_completed_not_above_received(text, flagged):
    found = findings(report(text), "numbers.completed_le_received")
    assert bool(found) == flagged
