"""Which statement a figure belongs to, when a sentence names several things near it.

A field label (参加人员, 出庭率) belongs to the clause it opens and to the event of the clause
before; a meeting of the party committee (党委会) or a lecture series for cadres (干部大讲堂) is
not the government's collective study; mediation that closes reconsideration cases is not the
mediation of disputes; a bureau's routine meetings are about rule of law only where the statement
says so.  Each row's pair states the figure asked for plainly, so a rule that
drops everything fails there.
"""
from __future__ import annotations

import pytest

from sentence_tables import table, value_in_report

ROWS = [
    # A rate said in words (为零) leaves the figure after the next label to that label.
    ("全年以县政府为被告的行政诉讼案件9件，败诉率为零，行政机关负责人出庭应诉率100%。", "litigation_loss_rate", None),
    ("全年以县政府为被告的行政诉讼案件9件，败诉率为零，行政机关负责人出庭应诉率100%。",
     "head_appearance_rate", 100),
    ("全年以县政府为被告的行政诉讼案件9件，败诉率11.1%，行政机关负责人出庭应诉率100%。",
     "litigation_loss_rate", 11.1),
    # 参加人员 after a study of the party's theory group counts that study, not a training.
    ("全县开展理论学习中心组学习86场次，参加人员640人次，举办机关干部法治讲座32场，参加人员1250人次。",
     "cadre_training_persons", 1250),
    ("全县举办机关干部法治讲座32场，参加人员1250人次。", "cadre_training_persons", 1250),
    # A lecture series for cadres (干部大讲堂) is a training, not the government's study.
    ("县政府常务会议会前学法12次，干部大讲堂专题讲法4次。", "law_study_sessions", 12),
    ("县政府常务会议会前学法12次，干部大讲堂专题讲法4次。", "cadre_training_sessions", 4),
    ("全年举办5次机关干部法治大讲堂活动。", "cadre_training_sessions", 5),
    # A party committee meeting's study is the party's; the collective study is the government's.
    ("召开党委会开展专题学法4次，按照年度学法计划集体学法21次。", "law_study_sessions", 21),
    ("按照年度学法计划集体学法21次。", "law_study_sessions", 21),
    # The quotation marks close the name: “法治讲堂”9期 are nine sessions of it (not of some
    # other indicator's “…法治…” name, here publicity's, after a sentence on 普法).
    ("制定年度普法工作要点。局机关开设“法治讲堂”9期，邀请律师结合审批业务解读法律法规。", "law_study_sessions", 9),
    # A rate is the rate its own clause names (参考率、优秀率), not a word of an earlier clause.
    ("县领导旁听庭审、行政机关负责人出庭应诉31人次，学法考试参考率、优秀率均达100%。", "head_appearance_rate", None),
    ("以县政府为被告的行政诉讼案件31件，行政机关负责人出庭应诉率100%。", "head_appearance_rate", 100),
    # A figure counts what its own clause names after it (述法), not the event of an earlier clause.
    ("常态化开展领导干部学法考法等工作，全年安排38名部门主要负责人和142名班子成员书面述法。",
     "law_exam_participants", None),
    ("全年组织380名领导干部参加学法考法。", "law_exam_participants", 380),
    # A count for each unit (每个科室…1次) is a rule of work, not the year's number of events.
    ("推行“四个一”模式，每个执法科室检查1家企业都同步做到“实施1次执法、开展1次普法宣讲、组织1次考试”。",
     "publicity_events", None),
    ("全年开展普法宣传活动36次。", "publicity_events", 36),
    # Reconsideration cases closed by mediation are not mediated disputes.
    ("全年收到行政复议申请28件，办结26件，其中调解结案5件，纠错率7.7%。", "mediation_disputes", None),
    ("全年人民调解组织调解矛盾纠纷528件，调解成功率98.6%。", "mediation_disputes", 528),
    # A body's routine meetings (党组会, 局长办公会) decide every kind of matter: their count is
    # about rule of law only where the statement says so (require_near); a 专题会议 of the
    # government in a paragraph on rule of law is about it.
    ("坚持以习近平法治思想为指导，严格执行“三重一大”集体决策制度，全年召开局党组会22次、局长办公会18次，"
     "研究重大事项96项。", "gov_meetings", None),
    ("全年召开局党组会22次，其中专题研究法治政府建设工作4次。", "gov_meetings", 4),
    ("局党组会专题听取法治政府建设工作汇报6次。", "gov_meetings", 6),
    ("坚持党对法治政府建设的领导，县政府主要负责同志先后召开专题会议3次，研究部署当前重点工作。", "gov_meetings", 3),
    # Drafts reviewed: 拟出台 after 审核 in the same clause is what was reviewed, not a plan.
    ("县司法局全年审核县政府拟出台文件64件、合同协议120份。", "legality_reviews", (64, 120, 184)),
    ("县政府拟出台规范性文件5件。", "normative_docs_reviewed", None),
    # The decisions put into the catalogue of major decisions, named by 纳入目录 after the count.
    ("编制公布《青禾县人民政府2023年度重大行政决策事项目录》，将城区污水管网改造规划、青禾河生态保护开发方案、"
     "城乡客运一体化实施方案等6项事项纳入目录管理。", "major_decisions", 6),
    ("将《青禾县城区停车管理办法》等5项事项纳入政务公开目录。", "major_decisions", None),
    # Outcomes of reconsideration (复议后维持) are not the cases received.
    ("全年以本局为被申请人的行政复议案件12件，经县政府复议后维持9件，撤销2件。", "reconsideration_cases", (12, None)),
    ("县政府全年收到行政复议申请58件，其中维持32件。", "reconsideration_cases", 58),
    # Cases handled under a list of exempt offences (免罚清单) are lenient cases; the list's items are not.
    ("全年适用轻微违法行为免罚清单办理免罚案件46件。", "lenient_penalty_cases", 46),
    ("制定轻微违法行为免罚清单，涵盖事项32项。", "lenient_penalty_cases", None),
    # Files rated excellent (评出优秀案卷) are some of the files reviewed, not their number.
    ("组织开展全县行政执法案卷评查，县司法局对县直执法部门案卷集中评查460卷，评出优秀案卷52卷；", "case_file_reviews", 460),
    # The people's congress standing committee (人大常委会) is not the party's.
    ("县政府全年向县人大常委会报告法治政府建设等工作3次。", "party_law_meetings", None),
    ("全年县委常委会会议研究法治建设重大事项5次。", "party_law_meetings", 5),
    # Kinds of information listed before 等信息 are the information disclosed, 行政处罚 among them.
    ("主动公开规划计划、行政许可、行政处罚、财政预决算等信息1860条。", "info_disclosed_proactively", 1860),
    # 各类…业务 counted in 件 is the service cases handled.
    ("全年办理社会保险登记、待遇核定、就业登记等各类人社业务12.6万件。", "service_cases_handled", 126000),
    # A label's colon joins it to its figure (行政复议收案：86件), as in the lists of a year's figures.
    ("县政府行政复议机构全年办理情况如下：\n行政复议收案：86件\n审结：80件\n"
     "通过复议前置调解、复议中和解等方式化解行政争议21件。", "reconsideration_cases", 86),
    ("行政复议收案：86件\n审结：80件", "reconsideration_cases", 86),
    # Files rated 不合格 are some of those reviewed, like the excellent ones.
    ("开展行政执法案卷评查，抽取卷宗260本，评查出优秀案卷34本、不合格案卷9本。", "case_file_reviews", 260),
    # A bracketed aside after the indicator's word lists what it covers; the number is the word's.
    ("全年审核重大执法决定38件。全年合法性审查（文件、合同、决策事项）128件。", "legality_reviews", 128),
    # A number before a list of things of several kinds counts the event done to them all, not the first.
    ("县司法局对137件县政府规范性文件、重大合同协议及其他涉法事项开展合法性审查，提出审查意见426条。",
     "legality_reviews", 137),
    ("县司法局对137件县政府规范性文件、重大合同协议及其他涉法事项开展合法性审查，提出审查意见426条。",
     "normative_docs_reviewed", None),
    ("县司法局对37件县政府规范性文件开展合法性审查，提出审查意见126条。", "normative_docs_reviewed", 37),
    # A town's column on the county's portal is where it discloses; a 普法专栏 is publicity.
    ("通过县人民政府门户网站镇级专栏主动公开政府信息186条。", "info_disclosed_proactively", 186),
    ("在普法专栏发布法治信息86条。", "info_disclosed_proactively", None),
    # A court's review of non-litigation enforcement (非诉执行审查) is no legality review.
    ("县人民法院全年审结各类行政案件57件，其中非诉执行审查案件31件。", "legality_reviews", None),
    ("县司法局全年合法性审查案件31件。", "legality_reviews", 31),
    # Preaching the party congress's spirit is not law publicity.
    ("深入学习贯彻习近平法治思想，县领导班子成员到基层宣讲党的二十大精神21场次。", "publicity_events", None),
    ("县领导班子成员到基层开展宪法宣讲21场次。", "publicity_events", 21),
    # The year before the old level of a change dates that level, not the level now reached.
    ("将法治政府建设纳入全县绩效考评体系，法治建设指标权重由2021年的3%提高到5%。", "performance_weight_pct", 5),
    ("将法治政府建设纳入全县绩效考评体系，法治建设指标权重为2021年的3%。", "performance_weight_pct", None),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_the_figure_goes_to_the_statement_it_belongs_to(body, indicator, expected):
    accepted = expected if isinstance(expected, tuple) else (expected,)  # several a reviewer accepts
    assert value_in_report(body, indicator) in accepted, body


def test_a_numbered_row_of_a_data_list_gives_its_figure():
    body = "一、主要数据\n（三）行政复议新收案件：142件（调解和解率35.2%）。\n（四）一审行政应诉案件：87件。"
    assert value_in_report(body, "reconsideration_cases") == 142
    assert value_in_report(body, "litigation_cases") == 87
