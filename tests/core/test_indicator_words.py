"""Where an indicator's own words stand, as spans of the text the reviewer sees (core.indicator_words)."""
from __future__ import annotations

import json

import pytest

from lawgov_desktop.core.catalog import default_catalog, load_catalog
from lawgov_desktop.core.indicator_words import indicator_word_spans

# text, indicator, its words as they stand in the text (in reading order)
WORDS = [
    ("全年共受理行政复议案件45件，办结42件。", "reconsideration_cases", ["行政复议案件"]),
    ("全年共受理行政復議案件45件。", "reconsideration_cases", ["行政復議案件"]),  # a traditional-character site
    ("全 年 共 受 理 行 政 复 议 案 件 45 件。", "reconsideration_cases", ["行 政 复 议 案 件"]),  # spaced PDF text
    ("开展普法宣传活动，覆盖群众３．２万人。", "publicity_reach_persons", ["覆盖群众"]),
    ("行政机关负责人出庭应诉率达100%，出庭应诉案件31件。", "head_appearance_rate", ["负责人出庭应诉率", "出庭应诉"]),
    # words of the indicator without a figure: the reviewer still sees where it is spoken of
    ("组织新提任领导干部参加任前法律知识考试。", "law_exam_participants", ["任前法律知识考试"]),
]


@pytest.mark.parametrize("text, indicator, words", WORDS)
def test_an_indicators_words_are_found_where_they_stand(text, indicator, words):
    spans = indicator_word_spans(text, default_catalog())[indicator]
    assert [text[start:end] for start, end, _ in spans] == words


# text, an indicator none of whose words it holds
NO_WORDS = [
    ("全年共受理行政复议案件45件。", "legal_aid_cases"),
    ("开展普法宣传活动12场。", "reconsideration_cases"),
    ("", "gov_meetings"),
]


@pytest.mark.parametrize("text, indicator", NO_WORDS)
def test_an_indicator_whose_words_are_absent_has_no_span(text, indicator):
    assert indicator_word_spans(text, default_catalog())[indicator] == ()


def test_every_indicator_of_the_catalog_has_an_entry():
    catalog = default_catalog()
    assert set(indicator_word_spans("全年共受理行政复议案件45件。", catalog)) == set(catalog.ids)


def test_a_bureaus_own_indicator_is_found_by_its_own_words(tmp_path):
    arbitration = {"id": "arbitration_cases", "category": "disputes", "name": "劳动人事争议仲裁案件数",
                   "unit": "件", "kind": "count", "things": ["劳动人事争议(?:仲裁)?案件"]}
    own = tmp_path / "我的指标.json"
    own.write_text(json.dumps({"indicators": [arbitration]}, ensure_ascii=False), encoding="utf-8")
    text = "依法审结劳动人事争议案件226件。"
    spans = indicator_word_spans(text, load_catalog(user_file=own))["arbitration_cases"]
    assert [text[start:end] for start, end, _ in spans] == ["劳动人事争议案件"]


# text, indicator, for each of its words: does its sentence hold a number of the indicator's units?
BY_A_FIGURE = [
    ("二、行政复议。全年共受理行政复议案件45件。", "reconsideration_cases", [False, True]),  # the heading has none
    ("组织任前法律知识考试，考试结果作为任职的重要参考。", "law_exam_participants", [False, False, False]),
    ("组织任前法律知识考试，参考人员达860人。", "law_exam_participants", [True, True]),
    ("行政复议案件办结率达98.5%。", "reconsideration_cases", [False]),  # a rate is no count of cases
    ("2024年，行政复议工作稳步推进。", "reconsideration_cases", [False]),  # nor is a year
    # a target under 下一步工作打算 is never the year's figure (as for the extractor)
    ("全年受理行政复议案件45件。\n三、2025年工作打算\n力争行政复议案件办结50件以上。", "reconsideration_cases",
     [True, False]),
]


@pytest.mark.parametrize("text, indicator, expected", BY_A_FIGURE)
def test_each_word_says_whether_its_sentence_holds_a_figure_of_the_indicator(text, indicator, expected):
    spans = indicator_word_spans(text, default_catalog())[indicator]
    assert [span.by_figure for span in spans] == expected
