"""Which figure of an invented sentence fills which indicator.

Every row is a sentence we wrote, set in a minimal county report (a title line and
the sentence), run through ``process_text``; the row names the indicator and the
values a reviewer would accept (``None``: the cell must stay empty).  Rows are
grouped by origin: one plain sentence per catalog indicator, then traps (同比,
plans in a 下一步 section, a city figure in a county report, 答复上级复议 …), then
regressions (misses found earlier and fixed).  A new known miss goes in as
``pytest.param(..., marks=pytest.mark.xfail(strict=True, reason=...))``.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.pipeline import process_text
from lawgov_desktop.core.types import Report

TITLE = "某某县人民政府关于2024年度法治政府建设情况的报告"


@lru_cache(maxsize=None)
def county_report(body: str, title: str = TITLE) -> Report:
    """The body under a county title (or another one), as the pipeline sees a pasted report."""
    return process_text(f"{title}\n{body}\n", file="报告2024.txt")


# Sentences several indicators are read from.
HOTLINE = "12345政务服务便民热线全年受理群众诉求工单4.6万件，按时办结率99.1%，群众满意率97.8%。"
RECONSIDERATION = "县政府全年共收到行政复议申请64件，受理58件，审结55件，审结率94.8%，纠错率12.1%。"
LITIGATION = "全年办理行政应诉案件47件，行政机关负责人出庭应诉45次，出庭应诉率95.7%。"
EXAM = "组织全县国家工作人员参加学法考试，参考人数3280人，考试合格率99.2%。"
CADRES = "全年组织领导干部法治专题培训班4期，培训领导干部560人次。"
ENFORCEMENT = "全年举办行政执法人员专题培训班6次，培训执法人员1300人次。"
PUBLICITY = "全年开展普法宣传活动380场次，覆盖群众12万人次。"
MEDIATION = "全县各级调解组织共调解矛盾纠纷3860件，调解成功率98.6%。"
PROPOSALS = "全年办理人大代表建议和政协提案178件，办结率100%。"
CERTIFIED = "全县持有行政执法证件的人员1520人，持证上岗率100%。"
FILING = "全年审核备案行政规范性文件23件，备案审查率100%。"

# (body, indicator id, accepted value or tuple of accepted values)
ONE_PER_INDICATOR = [
    ("县政府常务会议全年研究法治政府建设议题7次。", "gov_meetings", 7),
    ("县委全面依法治县委员会召开会议3次，研究部署法治建设重点任务。", "party_law_meetings", 3),
    ("县政府全年开展常务会议会前学法14次。", "law_study_sessions", 14),
    (CADRES, "cadre_training_persons", 560),
    (CADRES, "cadre_training_sessions", 4),
    (EXAM, "law_exam_participants", 3280),
    (EXAM, "law_exam_pass_rate", 99.2),
    ("全县共有48名部门主要负责人在年终述职中进行述法。", "law_reporting_persons", 48),
    ("将法治建设纳入全县综合绩效考核，权重占比达6%。", "performance_weight_pct", 6),
    ("全年作出重大行政决策事项9项，均严格履行法定程序。", "major_decisions", 9),
    ("县司法局全年开展合法性审查215件，提出审查意见430余条。", "legality_reviews", 215),
    (FILING, "normative_docs_reviewed", 23),
    (FILING, "filing_review_rate", 100),
    ("县政府及各部门共聘请法律顾问65名。", "legal_advisers", 65),
    ("县级政务服务事项1428项全部进驻政务服务中心。", "gov_service_items", 1428),
    ("梳理公布行政许可事项清单，共计行政许可事项236项。", "admin_license_items", 236),
    ("政务服务网上可办率达99.3%。", "online_service_rate", 99.3),
    ("全年政务服务中心共受理办件18.4万件。", "service_cases_handled", 184000),
    ("街道便民服务大厅全年办理综合业务8462件。", "service_cases_handled", 8462),
    (HOTLINE, "hotline_tickets", 46000),
    (HOTLINE, "hotline_completion_rate", 99.1),
    (HOTLINE, "hotline_satisfaction_rate", 97.8),
    ("全年主动公开政府信息5630条。", "info_disclosed_proactively", 5630),
    ("全年共受理政府信息公开申请86件，均按期答复。", "info_disclosure_requests", 86),
    (CERTIFIED, "enforcement_staff_certified", 1520),
    (CERTIFIED, "enforcement_cert_rate", 100),
    (ENFORCEMENT, "enforcement_training_sessions", 6),
    (ENFORCEMENT, "enforcement_training_persons", 1300),
    ("开展行政执法案卷评查，共评查案卷420卷。", "case_file_reviews", 420),
    ("全县共办理行政处罚案件2350件，罚没款1280万元。", "admin_penalty_cases", 2350),
    ("依法作出免罚轻罚决定，全年免予处罚和从轻处罚案件共计210件。", "lenient_penalty_cases", 210),
    (PROPOSALS, "proposals_handled", 178),
    (PROPOSALS, "proposal_completion_rate", 100),
    (RECONSIDERATION, "reconsideration_cases", (64, 58)),
    (RECONSIDERATION, "reconsideration_completion_rate", 94.8),
    (RECONSIDERATION, "reconsideration_correction_rate", 12.1),
    (LITIGATION, "litigation_cases", 47),
    (LITIGATION, "head_appearances", 45),
    (LITIGATION, "head_appearance_rate", 95.7),
    ("行政诉讼胜诉率92.3%，败诉率7.7%。", "litigation_win_rate", 92.3),
    ("行政诉讼胜诉率92.3%，败诉率7.7%。", "litigation_loss_rate", 7.7),
    (MEDIATION, "mediation_disputes", 3860),
    (MEDIATION, "mediation_success_rate", 98.6),
    ("全年办理法律援助案件720件，挽回经济损失500余万元。", "legal_aid_cases", 720),
    (PUBLICITY, "publicity_events", 380),
    (PUBLICITY, "publicity_reach_persons", 120000),
    # Other spellings of the same facts.
    ("县长办公会议专题研究法治政府建设3次。", "gov_meetings", 3),
    ("县委常委会会议研究法治建设工作4次。", "party_law_meetings", 4),
    ("组织开展执法大讲堂8期。", "enforcement_training_sessions", 8),
    ("全县行政执法人员参加培训1280人。", "enforcement_training_persons", 1280),
    ("全县培训领导干部法治专题培训620人次。", "cadre_training_persons", 620),
    ("全年普法宣传活动覆盖群众3.2万余人次。", "publicity_reach_persons", 32000),
    ("考试合格率百分之九十八点六。全县组织学法考试。", "law_exam_pass_rate", 98.6),
    ("全县共办理行政复议案件１２件。", "reconsideration_cases", 12),
    ("县政府全年召开常务会议研究法治政府建设工作十二次。", "gov_meetings", 12),
]

TRAPS = [
    # A change from last year is not the figure.
    ("全年办理行政复议案件数量同比增长15%。", "reconsideration_cases", None),
    ("全年受理行政复议案件58件，同比增长12%。", "reconsideration_cases", 58),
    ("行政诉讼败诉率较上年下降3个百分点。", "litigation_loss_rate", None),
    ("全年政务服务办件量较上年增加2万件。", "service_cases_handled", None),
    # Answering a higher body's reconsideration is not a case of our own.
    ("县政府作为被申请人答复上级行政复议案件5件。", "reconsideration_cases", None),
    # The city's figure next to the county's: the county's wins.
    ("全市12345热线群众满意率97.2%，我县12345热线群众满意率98.9%。", "hotline_satisfaction_rate", 98.9),
    ("全市共办理法律援助案件9860件，其中我县办理法律援助案件730件。", "legal_aid_cases", 730),
    # Targets in a plan section stay out.
    ("一、2024年工作成效\n全县组织国家工作人员参加学法考试，参考人数3280人。\n二、下一步工作打算\n"
     "力争学法考试合格率达到100%，行政诉讼胜诉率达到95%以上。", "law_exam_pass_rate", None),
    ("一、2024年工作成效\n全县组织国家工作人员参加学法考试，参考人数3280人。\n二、下一步工作打算\n"
     "力争学法考试合格率达到100%，行政诉讼胜诉率达到95%以上。", "litigation_win_rate", None),
    ("一、主要成效\n全年办理法律援助案件720件。\n三、2025年工作计划\n"
     "计划办理法律援助案件1000件，开展普法宣传活动500场次。", "legal_aid_cases", 720),
    ("一、主要成效\n全年办理法律援助案件720件。\n三、2025年工作计划\n"
     "计划办理法律援助案件1000件，开展普法宣传活动500场次。", "publicity_events", None),
    ("全年县法律援助中心受理法律援助案件730件，完成全年目标任务1000件的73%。", "legal_aid_cases", 730),
    # Screening is not mediation; a list of items is not cases.
    ("排查矛盾纠纷4200余次，均及时处置。", "mediation_disputes", None),
    ("制定免罚轻罚事项清单，涵盖免罚轻罚事项315项。", "lenient_penalty_cases", None),
    # Where the text gives the total with its parts, the total wins.
    ("全年共开展合法性审查286件，其中规范性文件12件、合同104件、其他文件170件。", "legality_reviews", 286),
    # Parts with no stated total: their sum is best, one part is accepted.
    ("全年审查县政府文件58件、合同协议104件。", "legality_reviews", (162, 58, 104)),
    ("全年对轻微违法行为不予处罚86件、从轻处罚43件、减轻处罚121件。", "lenient_penalty_cases", (250, 86, 43, 121)),
    ("全县办理人大代表建议96件、政协提案133件。", "proposals_handled", (229, 96, 133)),
    # Another hotline, other rates, fees and firms.
    ("12348公共法律服务热线接听咨询5600余次。", "hotline_tickets", None),
    ("12345热线响应率99.8%。", "hotline_completion_rate", None),
    ("政务服务“好差评”满意率99.9%。", "hotline_satisfaction_rate", None),
    ("县政府法律顾问费用支出35万元。", "legal_advisers", None),
    ("聘请律师事务所3家担任法律顾问。", "legal_advisers", None),
    # Ordinals and words are no count.
    ("组织第二次学法考试。", "law_exam_participants", None),
    ("县委依法治县委员会召开第一次全体会议。", "party_law_meetings", None),
    ("组织领导干部旁听庭审4次，参加人数300人。", "law_exam_participants", None),
    # Chinese numerals, thousands separators, 起 as unit, approximate counts.
    ("全年共收到行政复议申请一百二十件，依法受理一百零八件。", "reconsideration_cases", (120, 108)),
    ("全县行政复议案件办结率达百分之九十七点五。", "reconsideration_completion_rate", 97.5),
    ("全年开展“八五”普法宣传活动二百余场次。", "publicity_events", 200),
    ("全年各级人民调解组织调处矛盾纠纷2,315起，调解成功率99%以上。", "mediation_disputes", 2315),
    ("县司法局组织全县86个执法单位开展行政执法案卷评查，评查案卷1,120卷。", "case_file_reviews", 1120),
    # New additions are a part; the total wins.
    ("全县新增持证执法人员120人，全县持证执法人员总数达1,386人。", "enforcement_staff_certified", 1386),
    ("全年12345热线共受理工单3.2万余件，较上年增长8.5%。", "hotline_tickets", 32000),
    ("全年行政机关负责人出庭应诉率达100%，较上年提高40%。", "head_appearance_rate", 100),
    ("全市行政复议案件纠错率为15%，我县行政复议纠错率为11.2%。", "reconsideration_correction_rate", 11.2),
    ("县政府办公室全年主动公开政府信息2,846条，其中政策解读126条。", "info_disclosed_proactively", 2846),
    ("政务服务事项网上可办率达到98%，“最多跑一次”事项比例达99%。", "online_service_rate", 98),
    ("2024年度全县共发生行政诉讼案件38件，较2023年下降12件。", "litigation_cases", 38),
    ("免予处罚案件15件，从轻处罚案件27件，减轻处罚案件9件，共计51件。", "lenient_penalty_cases", 51),
    ("全年组织国家工作人员学法考试，参考率100%，合格率98%。", "law_exam_pass_rate", 98),
    # A 其中 part that is the thing counted; outcome breakdowns; rates with 以上.
    ("全县共有执法人员1,420名，其中持证执法人员1,365名。", "enforcement_staff_certified", 1365),
    ("全年共办理行政复议案件45件，其中维持32件、撤销5件、确认违法2件、驳回6件，纠错率15.6%。",
     "reconsideration_cases", 45),
    ("全年共办理行政复议案件45件，其中维持32件、撤销5件、确认违法2件、驳回6件，纠错率15.6%。",
     "reconsideration_correction_rate", 15.6),
    ("全年全县法院受理以县政府为被告的行政诉讼案件12件。", "litigation_cases", 12),
    ("组织开展宪法宣传周、民法典宣传月等主题普法活动共计86场次。", "publicity_events", 86),
    ("成功调解各类矛盾纠纷1,032件，调解成功率达到98%以上。", "mediation_success_rate", 98),
    ("法律援助中心共受理法律援助案件410件，提供法律咨询2600余人次。", "legal_aid_cases", 410),
    ("全县64个部门全部开展述法，述法人数达到130人。", "law_reporting_persons", 130),
    ("办理12345热线转办件1.8万件，办结率98%，满意率95%。", "hotline_tickets", 18000),
    ("全年全县共立案查处行政处罚案件326起。", "admin_penalty_cases", 326),
    ("对120余家企业开展“首违不罚”，免予处罚案件45件。", "lenient_penalty_cases", 45),
    ("依法办理人大代表建议、政协提案共计156件。", "proposals_handled", 156),
    ("全年共收到人大代表建议41件、政协委员提案73件，均已按期办结。", "proposals_handled", (114, 41, 73)),
    ("开展领导干部法治讲座5场，参加人员达800余人次。", "cadre_training_sessions", 5),
    # Found as misses when these tests were written, fixed since: kept as regressions.
    ("2024年，县政府召开常务会议26次，其中专题研究法治政府建设工作12次。", "gov_meetings", 12),
    ("全省法律援助案件9.8万件。", "legal_aid_cases", None),
    ("近三年累计办理法律援助案件1600余件。", "legal_aid_cases", None),
    ("全年对3起轻微违法行为不予处罚，对86件从轻处罚，对43件减轻处罚。", "lenient_penalty_cases", (132, 3, 86, 43)),
    ("全市法院一审审结行政案件356件，其中涉及我县41件。", "litigation_cases", 41),
    ("全年开展送法下乡活动20余次，发放宣传资料5万余份。", "publicity_events", 20),
    ("全县35家部门和8个乡镇的主要负责人共43人进行了年度述法。", "law_reporting_persons", 43),
    ("将法治政府建设纳入县直单位年度目标考核，分值占比8%。", "performance_weight_pct", 8),
    ("组织全县1,200余名公务员参加网上学法考试，参考率100%，合格率100%。", "law_exam_participants", 1200),
    ("开展领导干部法治讲座5场，参加人员达800余人次。", "cadre_training_persons", 800),
    ("2023年全县办理行政复议案件40件，2024年办理行政复议案件52件。", "reconsideration_cases", 52),
    ("县级行政许可事项由原来的268项精简为213项。", "admin_license_items", 213),
    ("县委理论学习中心组开展专题学法4次。", "law_study_sessions", None),
    # Construction projects reviewed (审查 before or after 建设项目) are project approvals, not legality review.
    ("全年办理安全生产许可证56个，“并联审查”建设项目26个。", "legality_reviews", None),
    ("全年合法性审查各类文件26件。", "legality_reviews", 26),
    # 宣传教育活动 counts publicity events where its paragraph is about law; about safety it is not.
    ("将习近平法治思想作为学习的重要内容。强化宣传教育，在职工大会、赶集日等时间节点组织开展宣传教育活动，共计5场，"
     "累计800余人次参加。", "publicity_events", 5),
    ("开展安全生产宣传教育活动12场。", "publicity_events", None),
    # A clause of the forms alone (通过…等形式，) says what the activity of the clause after it was, as the
    # forms inside the clause do: the party's 第一议题 and 中心组 study are no government law study.
    ("县政府领导干部带头尊法学法守法用法，通过县政府党组“第一议题”、理论学习中心组等形式，系统学习超100次相关会议、"
     "文件精神及超10次法律法规。", "law_study_sessions", None),
    ("通过县政府常务会议会前学法等形式，系统学习法律法规12次。", "law_study_sessions", 12),
    # 无一例 is “not a single one”, no count of one.
    ("经审查的县政府重大行政决策和以县政府名义对外签订的合同，无一例发生争议或诉讼。", "legality_reviews", None),
    ("全年对县政府重大行政决策和合同开展合法性审查86例。", "legality_reviews", 86),
]

def _accepted(expected) -> tuple:
    return expected if isinstance(expected, tuple) else (expected,)


def _with_ids(rows: list) -> list:
    """Readable test ids: row number and indicator (the bodies are Chinese sentences)."""
    out = []
    for number, row in enumerate(rows):
        values, marks = (row.values, row.marks) if hasattr(row, "values") else (row, ())
        out.append(pytest.param(*values, marks=marks, id=f"{number:03d}-{values[1]}"))
    return out


@pytest.mark.parametrize(("body", "indicator", "expected"), _with_ids(ONE_PER_INDICATOR + TRAPS))
def test_indicator_value(body, indicator, expected):
    report = county_report(body)
    value = report.indicator(indicator)
    assert value is not None, f"{indicator} is not in the catalog"
    if expected is None:
        assert value.value is None, f"{indicator} should stay empty, got {value.value} from «{value.evidence.text}»"
        return
    assert value.value in _accepted(expected), f"{indicator}: got {value.value}, accepted {expected}"
    # The evidence is a span of the text the reviewer sees, holding the figure.
    text = report.document.text
    assert text[value.evidence.start:value.evidence.end] == value.evidence.text
    assert value.evidence.start <= value.number_start < value.number_end <= value.evidence.end
    assert 0 < value.confidence <= 1


CITY = "样例市人民政府关于2024年度法治政府建设情况的报告"
PROVINCE = "某省人民政府关于2024年度法治政府建设情况的报告"

# The report's own level decides which figure is its own: (title, body, indicator, accepted).
OTHER_LEVELS = [
    (CITY, "全市共办理行政复议案件1,268件，其中市本级办理312件。", "reconsideration_cases", (1268, 312)),
    (CITY, "全市各级法律援助机构共办理法律援助案件1.2万件。", "legal_aid_cases", 12000),
    (PROVINCE, "全省共办理行政复议案件2.3万件，全省法律援助案件9.8万件。", "reconsideration_cases", 23000),
    (PROVINCE, "全省共办理行政复议案件2.3万件，全省法律援助案件9.8万件。", "legal_aid_cases", 98000),
    (TITLE, "全国法律援助案件总数超过140万件，我县办理法律援助案件680件。", "legal_aid_cases", 680),
    (TITLE, "县政府常务会议专题研究法治政府建设工作4次，县委常委会会议研究法治建设3次。", "gov_meetings", 4),
    (TITLE, "县政府常务会议专题研究法治政府建设工作4次，县委常委会会议研究法治建设3次。", "party_law_meetings", 3),
    (TITLE, "截至2024年底，全县共有持证执法人员1,120人。", "enforcement_staff_certified", 1120),
    (TITLE, "全年办理行政复议案件52件（上年40件）。", "reconsideration_cases", 52),
]


@pytest.mark.parametrize(("title", "body", "indicator", "expected"), OTHER_LEVELS,
                         ids=[f"{n:02d}-{row[2]}" for n, row in enumerate(OTHER_LEVELS)])
def test_indicator_value_by_report_level(title, body, indicator, expected):
    value = county_report(body, title).indicator(indicator)
    assert value.value in _accepted(expected), f"{indicator}: got {value.value}, accepted {expected}"


def test_every_catalog_indicator_has_a_passing_row():
    covered = {indicator for _, indicator, expected in ONE_PER_INDICATOR if expected is not None}
    assert set(default_catalog().ids) <= covered


def test_a_report_without_figures_fills_nothing():
    report = county_report("全县坚持依法行政，持续深化法治政府建设，取得积极成效。")
    assert [v.id for v in report.indicators if v.value is not None] == []
    assert len(report.indicators) == len(default_catalog().ids)


def test_approximate_figure_keeps_its_flag():
    value = county_report("全县各级调解组织共调解矛盾纠纷1200余件。").indicator("mediation_disputes")
    assert (value.value, value.approx) == (1200, True)


def test_alternatives_are_ranked_distinct_candidates():
    report = county_report(RECONSIDERATION)
    value = report.indicator("reconsideration_cases")
    values = [value.value] + [c.value for c in value.alternatives]
    assert len(values) == len(set(values))
    confidences = [c.confidence for c in value.alternatives]
    assert confidences == sorted(confidences, reverse=True)
    for candidate in value.alternatives:
        assert report.document.text[candidate.evidence.start:candidate.evidence.end] == candidate.evidence.text
