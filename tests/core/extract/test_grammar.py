"""The quantity grammar: which figure of a sentence belongs to which indicator, in every order.

Rows are sentences we wrote in the style of the reports, each set under a county title
and run through the whole pipeline.  ``expected`` is the value a reviewer accepts (a tuple
when several are), or None when the cell must stay empty.  Groups follow the grammar:
the orders a figure and its thing come in, the measure words, labels, parts and totals,
a word of another kind, another body, another year, plans and changes.  Every "stays
empty" row of a group has a row beside it where the same indicator must be filled, so a
rule that finds nothing cannot pass.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from lawgov_desktop.core.pipeline import process_text
from lawgov_desktop.core.types import Report

TITLE = "某某县人民政府关于2024年度法治政府建设情况的报告"


@lru_cache(maxsize=None)
def _report(body: str) -> Report:
    return process_text(f"{TITLE}\n{body}\n", file="报告2024.txt")


ORDERS = [
    # thing … verb … number+measure
    ("全年共受理行政复议案件64件，审结58件。", "reconsideration_cases", 64),
    ("县政府常务会议全年专题研究法治政府建设工作6次。", "gov_meetings", 6),
    ("县政府常务会议先后听取法治政府建设情况汇报4次。", "gov_meetings", 4),
    # number+measure+thing
    ("将全县312项行政许可事项全部划入县行政审批局办理。", "admin_license_items", 312),
    ("对45件重大行政决策草案开展合法性审查。", "legality_reviews", 45),
    ("全年召开6次县政府常务会议研究部署法治政府建设。", "gov_meetings", 6),
    # verb+thing+number+measure
    ("评查行政执法案卷156宗，发现问题23个。", "case_file_reviews", 156),
    ("全年审核备案行政规范性文件14件。", "normative_docs_reviewed", 14),
    # number+measure+person … event
    ("组织860名新任领导干部参加任前法律知识考试。", "law_exam_participants", 860),
    ("全县1800余名领导干部参加年度述法。", "law_reporting_persons", 1800),
    ("全县812名行政执法人员均已持证上岗。", "enforcement_staff_certified", 812),
    # event … number of people
    ("全年轮训科级以上干部650人次。", "cadre_training_persons", 650),
    ("各级领导干部年度述法共计96人。", "law_reporting_persons", 96),
]

MEASURE_WORDS = [
    ("举办依法行政专题培训班3期。", "cadre_training_sessions", 3),
    ("开展执法人员业务培训5场，参训执法人员230人次。", "enforcement_training_sessions", 5),
    ("开展执法人员业务培训5场，参训执法人员230人次。", "enforcement_training_persons", 230),
    ("抽查执法案卷173起，评查合格率96%。", "case_file_reviews", 173),
    ("查处各类违法案件318起。", "admin_penalty_cases", 318),
    ("全年化解矛盾纠纷1260起。", "mediation_disputes", 1260),
    ("组织执法人员参加线上培训4批次。", "enforcement_training_sessions", 4),
    ("全年主动公开政府信息3200余条。", "info_disclosed_proactively", 3200),
    ("开展“宪法进万家”普法宣传活动86场次。", "publicity_events", 86),
]

LABELS = [
    ("组织全县公职人员参加学法考试，参考人数2.1万人，合格率99.5%。", "law_exam_participants", 21000),
    ("组织全县公职人员参加学法考试，参考人数2.1万人，合格率99.5%。", "law_exam_pass_rate", 99.5),
    ("举办执法业务培训班2期，参训人员85人次。", "enforcement_training_persons", 85),
    ("举办领导干部法治培训班2期，参训人员150人次。", "cadre_training_persons", 150),
    ("12345热线受理工单1.6万件，按时办结率99.3%，群众满意率97.1%。", "hotline_completion_rate", 99.3),
    ("12345热线受理工单1.6万件，按时办结率99.3%，群众满意率97.1%。", "hotline_satisfaction_rate", 97.1),
    ("行政机关负责人出庭应诉率达100%。", "head_appearance_rate", 100),
    ("政务服务事项网上可办率达99.6%。", "online_service_rate", 99.6),
]

PARTS_AND_TOTALS = [
    ("办理人大代表建议86件、政协委员提案73件。", "proposals_handled", (159, 86, 73)),
    ("免予处罚案件15件，从轻处罚案件27件，减轻处罚案件9件，共计51件。", "lenient_penalty_cases", 51),
    ("全县28家部门、9个乡镇的主要负责人完成年度述法。", "law_reporting_persons", (37, 28, 9)),
    ("全县56家单位的主要负责人112人参加年度述法。", "law_reporting_persons", 112),
    ("召开县政府常务会议26次，其中专题研究法治政府建设5次。", "gov_meetings", 5),
    # a list that goes on past the linked parts is not summed from them; any one part is accepted
    ("合法性审查县政府文件120份、协议27份，重大执法决定53份。", "legality_reviews", (200, 120, 27, 53)),
]

OTHER_KINDS = [
    # 中心组 study is not the government's law study; the government's own is
    ("县委理论学习中心组集中学习36次，县政府常务会议会前学法12次。", "law_study_sessions", 12),
    ("县委理论学习中心组专题学法4次。", "law_study_sessions", None),
    # the items cancelled are not the licensing list; the list is
    ("取消调整行政审批事项27项。", "admin_license_items", None),
    ("梳理公布行政许可事项清单，保留行政许可事项236项。", "admin_license_items", 236),
    # a combined count of several kinds belongs to none of them
    ("全年复议、应诉和调解案件合计540件。", "mediation_disputes", None),
    ("全县人民调解组织调解矛盾纠纷540件。", "mediation_disputes", 540),
    # another hotline
    ("12348公共法律服务热线接听咨询5600余次。", "hotline_tickets", None),
    ("12345热线全年受理群众诉求5600余件。", "hotline_tickets", 5600),
    # lectures for cadres are not publicity events; events for the public are
    ("邀请专家为县政府领导班子作法治专题讲座2次。", "publicity_events", None),
    ("深入村居开展法治讲座和法律咨询活动120场次。", "publicity_events", 120),
    # the measure word counts bodies, not the files reviewed
    ("对8个部门的执法案卷开展集中评查。", "case_file_reviews", None),
    ("对8个部门的280卷执法案卷开展集中评查。", "case_file_reviews", 280),
]

OTHER_BODIES_YEARS_PLANS = [
    ("全省法律援助机构办理法律援助案件9.8万件，我县办理法律援助案件326件。", "legal_aid_cases", 326),
    ("全省法律援助案件9.8万件。", "legal_aid_cases", None),
    ("近三年累计办理法律援助案件1600余件。", "legal_aid_cases", None),
    ("2023年办理行政复议案件40件，2024年办理行政复议案件52件。", "reconsideration_cases", 52),
    ("行政许可事项由原来的268项精简为213项。", "admin_license_items", 213),
    ("全年新收行政应诉案件47件，同比增长12%。", "litigation_cases", 47),
    ("下一步工作打算\n力争全年开展会前学法12次以上。", "law_study_sessions", None),
    ("全年开展会前学法10次。\n下一步工作打算\n力争全年开展会前学法12次以上。", "law_study_sessions", 10),
]


def _rows(*groups):
    rows = []
    for name, group in groups:
        for number, (body, indicator, expected) in enumerate(group):
            rows.append(pytest.param(body, indicator, expected, id=f"{name}-{number:02d}-{indicator}"))
    return rows


@pytest.mark.parametrize(("body", "indicator", "expected"), _rows(
    ("order", ORDERS), ("measure", MEASURE_WORDS), ("label", LABELS), ("parts", PARTS_AND_TOTALS),
    ("kind", OTHER_KINDS), ("scope", OTHER_BODIES_YEARS_PLANS)))
def test_the_figure_of_the_sentence(body, indicator, expected):
    value = _report(body).indicator(indicator)
    if expected is None:
        assert value.value is None, f"{indicator} should stay empty, got {value.value} from «{value.evidence.text}»"
        return
    accepted = expected if isinstance(expected, tuple) else (expected,)
    assert value.value in accepted, f"{indicator}: got {value.value}, accepted {accepted}"
    # The evidence is the sentence the figure stands in, exactly as the reviewer sees it.
    assert value.evidence is not None and value.evidence.text in body


def test_every_empty_row_has_a_filled_row_for_the_same_indicator():
    groups = [ORDERS, MEASURE_WORDS, LABELS, PARTS_AND_TOTALS, OTHER_KINDS, OTHER_BODIES_YEARS_PLANS]
    empty = {indicator for group in groups for _, indicator, expected in group if expected is None}
    filled = {indicator for group in groups for _, indicator, expected in group if expected is not None}
    assert empty <= filled
