"""Required parts: found from headings and their usual wordings, not exact strings."""
import pytest

from check_reports import report, rule_ids

MEASURES = "一、主要举措和成效\n全年召开常务会议12次。\n"
SHORTCOMINGS = "二、存在的问题和不足\n一是执法力量不足。\n"
FIRST_DUTY = "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n"
PLANS = "四、2025年工作打算\n（一）深化学法用法。\n"
ALL_PARTS = {"parts.measures", "parts.shortcomings", "parts.first_responsibility", "parts.next_year"}


def missing(text: str) -> set[str]:
    return set(rule_ids(report(text, title=None), "parts."))


@pytest.mark.parametrize("text, absent", [
    # hand-written: the canonical four headings
    (MEASURES + SHORTCOMINGS + FIRST_DUTY + PLANS, set()),
    (SHORTCOMINGS + FIRST_DUTY + PLANS, {"parts.measures"}),
    (MEASURES + FIRST_DUTY + PLANS, {"parts.shortcomings"}),
    (MEASURES + SHORTCOMINGS + PLANS, {"parts.first_responsibility"}),
    (MEASURES + SHORTCOMINGS + FIRST_DUTY, {"parts.next_year"}),
    ("示例县开展了一些工作。", ALL_PARTS),
    # usual wordings of each heading
    ("一、主要做法及成效\n二、问题和不足\n三、第一责任人职责履行情况\n四、下一步工作安排\n", set()),
    ("一、工作开展情况\n二、存在的不足和原因\n三、主要负责人履职情况\n四、下步工作思路\n", set()),
    ("（一）取得的成效\n（二）存在问题\n（三）落实第一责任人职责情况\n（四）明年工作计划\n", set()),
    # a combined heading carries two parts
    (MEASURES + FIRST_DUTY + "五、存在的不足和下一步打算\n", set()),
    # measures without a heading of their own: several top-level topic headings
    ("一、坚持党的领导，统筹推进\n二、严格规范公正文明执法\n三、依法化解矛盾纠纷\n" + SHORTCOMINGS + FIRST_DUTY + PLANS,
     set()),
    # parts stated in the body rather than under a heading
    (MEASURES + "全县工作虽取得一定成绩，但仍存在一些短板，如执法力量薄弱。"
     "县长切实履行推进法治建设第一责任人职责。2025年，我县将继续深化法治政府建设。", set()),
    # a plan to 压实第一责任人职责 is not the account of this year's performance
    (MEASURES + SHORTCOMINGS + "三、下一年度工作打算\n（一）压实第一责任人职责。\n", {"parts.first_responsibility"}),
    # 问题 inside the measures is not the shortcomings part
    (MEASURES + "及时研究解决问题，存在问题得到及时有效化解。" + FIRST_DUTY + PLANS, {"parts.shortcomings"}),
])
def test_required_parts(text, absent):
    assert missing(text) == absent


def test_traditional_characters_are_matched():
    text = "一、主要舉措和成效\n二、存在的問題和不足\n三、第一責任人職責履行情況\n四、下一步工作打算\n"
    assert missing(text) == set()


def test_missing_part_message_names_the_part():
    found = [f for f in __import__("check_reports").findings(report("一、主要举措和成效\n"), "parts.next_year")]
    assert found and "下一年度工作打算" in found[0].message and found[0].severity == "错误"
