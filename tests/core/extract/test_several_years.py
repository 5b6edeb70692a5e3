"""Figures that add up several years are not the year's own.

A report names the years a figure covers in many ways: a plan period (“十四五”期间, “七五”普法期间,
八五普法以来), a year it counts from (2017年以来 in the 2023 report), a party congress (十八大以来).
Such a figure stays out of the cell, unless the sentence comes back to the year itself (今年,
全年, the report's year) before it.  Years inside a document's name (《…（2021—2035年）》) are the
document's, not the figure's.  Each row pairs with one where the same figure is the year's:
a rule that drops every figure, or none, fails one of the two.
"""
from __future__ import annotations

import pytest

from sentence_tables import table, value_in_report

ROWS = [
    # A plan period, with or without quotation marks, before the figure.
    ("“十四五”期间，全县累计审核规范性文件23件。", "normative_docs_reviewed", None),
    ("十四五以来，全县审核规范性文件23件。", "normative_docs_reviewed", None),
    ("全年审核规范性文件23件。", "normative_docs_reviewed", 23),
    ("“七五”普法期间全县累计开展普法活动1100余场次。", "publicity_events", None),
    ("“八五”普法启动以来，全县开展各类普法活动1900余场次。", "publicity_events", None),
    ("“八五”期间，街道累计开展普法宣传活动300余场次。", "publicity_events", None),
    ("全县开展“宪法宣传周”等普法活动120余场次。", "publicity_events", 120),
    # A plan period named, then the year itself: the figure after is the year's.
    ("围绕“八五”普法规划，今年开展普法活动120余场次。", "publicity_events", 120),
    ("“十四五”期间法治政府建设全面推进，2023年审核规范性文件23件。", "normative_docs_reviewed", 23),
    # A year counted from: earlier than the report's, several years; the report's own, this year.
    ("2017年以来，全县累计化解各类矛盾纠纷1.2万余起。", "mediation_disputes", None),
    ("自2020年以来，全县共审查各类合同协议400余份。", "legality_reviews", None),
    ("2023年以来，全县审查各类合同协议400余份。", "legality_reviews", 400),
    ("2021年以来，我县持续深化调解工作，全年调解矛盾纠纷860件。", "mediation_disputes", 860),
    # Years inside a document's name (《…（2021—2035年）》, 《…“十四五”…规划》) date the document, not the figure.
    ("《青禾县国土空间总体规划（2021—2035年）》、《青禾县征收补偿安置办法》等3项重大行政决策事项均履行法定程序。",
     "major_decisions", 3),
    ("贯彻《青禾县“十四五”法治宣传教育规划》，开展普法活动120场次。", "publicity_events", 120),
    ("2019年4月至2021年3月期间，共承办合同4690件。", "legality_reviews", None),
    # Several years in a few words.
    ("党的十八大以来，县政府常务会议学法116次。", "law_study_sessions", None),
    ("党的十八大以来，全县累计审核规范性文件230件。", "normative_docs_reviewed", None),
    ("近三年来，全县办理法律援助案件1600余件。", "legal_aid_cases", None),
    ("全县办理法律援助案件160件。", "legal_aid_cases", 160),
    # A period leading a sentence governs its clauses joined by ；, up to the full stop.
    ("三年来，县政府累计出台规范性文件36件；全县各级行政复议机关累计收到行政复议申请1860件。",
     "reconsideration_cases", None),
    ("三年来，县政府累计出台规范性文件36件。全县收到行政复议申请620件。", "reconsideration_cases", 620),
    ("三年来，县政府累计出台规范性文件36件；今年全县收到行政复议申请620件。", "reconsideration_cases", 620),
    # Last year's figure in brackets after 较上年, or after 上年为.
    ("受理政府信息公开申请数量较上年（46件）有所下降。", "info_disclosure_requests", None),
    ("受理政府信息公开申请52件，上年为46件。", "info_disclosure_requests", 52),
    ("全年未发生行政诉讼案件，上年度1件行政诉讼案件已于2月审结。", "litigation_cases", None),
    ("全年发生行政诉讼案件1件，已于11月审结。", "litigation_cases", 1),
    # A year leading the sentence dates all its clauses (the report is of 2023).
    ("2022年，县司法局办理行政复议案件52件，执法问题得到有效扭转。", "reconsideration_cases", None),
    ("2023年，县司法局办理行政复议案件52件，执法问题得到有效扭转。", "reconsideration_cases", 52),
    ("到2025年，全县行政执法人员持证率达到100%。", "enforcement_cert_rate", None),
    ("截至2022年底，全县共有持证行政执法人员1200名，占执法人员总数的98%。", "enforcement_staff_certified", None),
    ("截至2023年底，全县共有持证行政执法人员1200名，占执法人员总数的98%。", "enforcement_staff_certified", 1200),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_a_figure_of_several_years_is_not_the_years_own(body, indicator, expected):
    assert value_in_report(body, indicator) == expected, body
