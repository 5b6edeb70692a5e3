"""Rates stated in words: the whole group met the rate (全部持证上岗, 全部通过考试), so it is 100 %.

The catalog lists such phrases under ``all_phrases`` for a rate; each row that fills a cell has a
counter-row with the same words where the cell must stay empty (another exam, a training's own test,
a target) or where a written figure wins.
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.pipeline import process_text
from lawgov_desktop.core.types import FOUND_BY_GRAMMAR, FOUND_BY_WORDING
from sentence_tables import TITLE, table, value_in_report

ROWS = [
    ("全县1426名行政执法人员全部持证上岗，执法队伍素质不断提升。", "enforcement_cert_rate", 100),
    ("局机关现有在编执法人员27名，均持有行政执法证件。", "enforcement_cert_rate", 100),
    ("镇综合行政执法队14名执法人员全部做到亮证执法、持证上岗。", "enforcement_cert_rate", 100),
    # A written rate wins over the words.
    ("全县行政执法人员持证上岗率98.6%，新招录人员全部持证上岗。", "enforcement_cert_rate", 98.6),
    # The officials' law exam, in the orders reports use.
    ("组织全县干部参加国家工作人员学法考试，860名参考人员全部通过考试。", "law_exam_pass_rate", 100),
    ("组织完成年度网上学法考试任务，累计320人次参加考试并全部合格。", "law_exam_pass_rate", 100),
    ("全局公务员按要求参加学法考试，成绩全部达标。", "law_exam_pass_rate", 100),
    ("2023年局机关42名干部职工学法考试全部合格。", "law_exam_pass_rate", 100),
    ("组织全县干部参加学法考试，参考率99.6%，合格率99.1%，新任职干部全部通过考试。", "law_exam_pass_rate", 99.1),
    # Another exam: the enforcement qualification, a training's own closing test.
    ("新招录的执法人员全部通过执法资格考试，取得行政执法证件。", "law_exam_pass_rate", None),
    ("组织执法人员专题培训6期、培训1200余人次，参训人员全部通过结业测试。", "law_exam_pass_rate", None),
    # Not about an exam at all.
    ("行政复议决定全部合格，无一被纠错。", "law_exam_pass_rate", None),
    # A target, not a result.
    ("下一步，力争全县执法人员全部持证上岗。", "enforcement_cert_rate", None),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_a_rate_stated_in_words_is_100_percent(body, indicator, expected):
    assert value_in_report(body, indicator) == expected, body


def test_the_value_says_it_was_stated_in_words_and_marks_the_phrase():
    body = "全县1426名行政执法人员全部持证上岗，执法队伍素质不断提升。"
    report = process_text(f"{TITLE}\n{body}\n", file="报告2023.txt")
    value = report.indicator("enforcement_cert_rate")
    assert (value.value, value.found_by) == (100, FOUND_BY_WORDING)
    assert report.document.text[value.number_start:value.number_end] == "全部持证上岗"
    assert value.evidence.text == body
    assert 0 < value.confidence < 0.95  # below the grammar's sure values: no number is written
    written = process_text(f"{TITLE}\n全县行政执法人员持证上岗率98.6%。\n", file="报告2023.txt")
    assert written.indicator("enforcement_cert_rate").found_by == FOUND_BY_GRAMMAR

