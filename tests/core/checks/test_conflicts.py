"""The same indicator stated twice with different values."""
from dataclasses import replace

from check_reports import candidate, findings, report, value
from lawgov_desktop.core.types import Evidence

TEXT = ("一、行政复议。全年受理行政复议案件64件，办结60件。"
        "二、其他。全县累计受理行政复议案件210件。法律援助中心受理案件64件。"
        "三、小结。全年受理行政复议案件70件。")


def _report(*alternatives):
    return report(TEXT, (value("reconsideration_cases", 64, TEXT, alternatives=alternatives),))


def test_restated_with_another_value_is_flagged():
    second = candidate(70, TEXT, after=TEXT.index("三、"))
    (finding,) = findings(_report(second), "numbers.conflicting_values")
    assert finding.evidence == second.evidence and "64件" in finding.message and "70件" in finding.message


def test_same_value_restated_is_fine():
    assert not findings(_report(candidate(64, TEXT, after=TEXT.index("法律援助"))), "numbers.conflicting_values")


def test_cumulative_figure_is_not_a_restatement():
    assert not findings(_report(candidate(210, TEXT)), "numbers.conflicting_values")


def test_low_confidence_candidate_is_ignored():
    weak = candidate(70, TEXT, after=TEXT.index("三、"), confidence=0.5)
    assert not findings(_report(weak), "numbers.conflicting_values")


def test_approximate_candidate_is_ignored():
    approx = candidate(70, TEXT, after=TEXT.index("三、"), approx=True)
    assert not findings(_report(approx), "numbers.conflicting_values")


def test_part_in_the_same_sentence_is_not_a_restatement():
    assert not findings(_report(candidate(60, TEXT)), "numbers.conflicting_values")


def test_figure_introduced_by_other_words_is_not_a_restatement():
    text = "全年召开县委常委会会议4次专题听取汇报；县委全面依法治县委员会召开全体会议2次。"
    rep = report(text, (value("party_law_meetings", 4, text, alternatives=(candidate(2, text, unit="次"),)),))
    assert not findings(rep, "numbers.conflicting_values")


def test_parts_of_a_summed_total_are_not_restatements():
    text = "适用免罚案件15件，涉案金额3万元；减轻处罚案件83件；从轻处罚案件5件。"
    whole = value("lenient_penalty_cases", 103, text, written="15")
    whole = replace(whole, number_end=text.index("5件。") + 1, evidence=Evidence(0, len(text), text))
    parts = tuple(candidate(n, text, written=str(n), after=text.index(w)) for n, w in ((15, "适用"), (83, "减轻"), (5, "从轻")))
    assert not findings(report(text, (replace(whole, alternatives=parts),)), "numbers.conflicting_values")
