"""A stated total and the parts after 其中: the total is the value when its own clause is on topic.

Verbs joined before a thing (审核、备案行政规范性文件) are what was done to it, so the total they
state is the indicator's; a total whose clause misses the topic (常务会议26次) leaves the value
to the part that names it (其中2次专题研究法治政府建设).  Things joined by 、 before a count of
several kinds (复议、应诉案件合计) still make the count none of theirs.
"""
from __future__ import annotations

import pytest

from sentence_tables import table, value_in_report

ROWS = [
    ("全年共审核、备案行政规范性文件269件，其中前置审核县政府规范性文件46件、备案审查部门规范性文件85件。",
     "normative_docs_reviewed", 269),
    ("审查和备案规范性文件54件，其中审查县级规范性文件27件。", "normative_docs_reviewed", 54),
    ("主持召开涉及法治政府建设事项的县政府常务会议33次，其中2次专题听取法治政府建设情况汇报。", "gov_meetings", 33),
    ("全年召开县政府常务会议26次，其中2次专题研究法治政府建设。", "gov_meetings", 2),
    ("全年办理行政复议、行政应诉案件合计52件。", "reconsideration_cases", None),
    # A part after 其中 that names one kind of what the total counts, right beside its number, is
    # still a part: the total linked before 其中 is the indicator's value.
    ("县司法局全年审查县政府规范性文件、重大行政决策、合同协议及其他涉法事项356件，其中合同协议147件、其他涉法事项96件。",
     "legality_reviews", 356),
    ("县司法局全年审查合同协议147件。", "legality_reviews", 147),
    # A total stated after its parts wins over whichever part is most probable, the first or a later one.
    ("坚持合法性审查全覆盖，全年审查县委、县政府文件218件、合同协议305份、其他涉法事项104件，共计627件，"
     "提出审查意见950余条。", "legality_reviews", 627),
    # A part after 其中 that names a kind of thing (合同) is a part of what the event (合法性审查) counts.
    ("全年对县政府各类涉法事项开展合法性审查214件（其中重大行政决策11项、行政合同协议58件）。", "legality_reviews", 214),
    ("全年审查行政合同协议58件。", "legality_reviews", 58),
    # Figures in brackets right after a figure of the same indicator are its parts.
    ("健全法律顾问制度，县政府现有法律顾问9名（外聘律师3名、公职律师6名）。", "legal_advisers", 9),
    ("健全法律顾问制度，县政府聘请法律顾问5名（含公职律师2名）。", "legal_advisers", 5),
    ("健全法律顾问制度，县政府聘请公职律师2名。", "legal_advisers", 2),
    # The government's advisers listed by kind add up; the whole county's public lawyers are no part of them.
    ("落实政府法律顾问制度，县政府常年聘请外部法律顾问5名，配备公职律师14名，全年参与重大项目谈判。",
     "legal_advisers", 19),
    ("县政府法律顾问团队由2名常年法律顾问和1名公职律师组成。", "legal_advisers", 3),
    ("调整充实县政府法律顾问团，县政府聘请法律顾问7名，全县公职律师达到43名。", "legal_advisers", 7),
    # The total's clause, opening on its time words, has the subject of the clause before: the party
    # committee's theory group, whose study is no law study, nor its parts.
    ("镇党委理论学习中心组将习近平法治思想作为必学内容，全年开展集中学习8次，其中法治专题学习3次。",
     "law_study_sessions", None),
    ("镇政府领导班子将习近平法治思想作为必学内容，全年开展集中学法8次，其中法治专题学习3次。",
     "law_study_sessions", 8),
    # A part is of its total's kind: the party group's theory study is no law study, nor its parts.
    ("县委理论学习中心组全年集中学习12次，其中习近平法治思想专题学习2次。", "law_study_sessions", None),
    ("县政府常务会议会前学法12次，其中习近平法治思想专题学法2次。", "law_study_sessions", 12),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_the_total_or_the_part_on_topic(body, indicator, expected):
    assert value_in_report(body, indicator) == expected, body


def test_parts_listed_without_a_total_add_up_and_the_first_part_becomes_the_first_alternative():
    from lawgov_desktop.core.pipeline import process_text

    from sentence_tables import TITLE
    text = f"{TITLE}\n全年办理免予处罚15件；减轻处罚83件；从轻处罚5件。\n"
    value = process_text(text, file="报告2023.txt").indicator("lenient_penalty_cases")
    assert value.value == 103
    assert text[value.number_start:value.number_end] == "15件；减轻处罚83件；从轻处罚5件"
    assert value.evidence.text == "全年办理免予处罚15件；减轻处罚83件；从轻处罚5件。"
    assert [a.value for a in value.alternatives] == [15, 83, 5]
    assert [text[a.number_start:a.number_end] for a in value.alternatives] == ["15件", "83件", "5件"]
    assert value.alternatives[0].evidence.text == "全年办理免予处罚15件；" and value.alternatives[0].unit == "件"
