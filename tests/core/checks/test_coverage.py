"""A key section with no figures at all."""
import pytest

from check_reports import findings, report, value


@pytest.mark.parametrize("text, flagged", [
    ("全年受理行政复议案件64件。", False),
    ("行政机关负责人出庭应诉率100%。", False),
    ("深化行政复议体制改革，规范行政应诉工作。", True),
    ("全年召开常务会议12次。", True),
])
def test_review_and_litigation_figures(text, flagged):
    found = findings(report(text), "coverage.review_litigation")
    assert bool(found) == flagged
    if flagged:
        assert "行政复议和行政应诉" in found[0].message


def test_an_extracted_indicator_covers_the_section():
    text = "行政诉讼案件共计二十件。"
    rep = report(text, (value("litigation_cases", 20, text, written="二十"),))
    assert not findings(rep, "coverage.review_litigation")


def test_enforcement_figures():
    assert findings(report("规范行政执法行为。"), "coverage.enforcement")
    assert not findings(report("评查行政处罚案卷320卷。"), "coverage.enforcement")
