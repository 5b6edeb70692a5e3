"""Who a figure counts: those holding the certificate, who sat the exam, were reached, the cases received.

A sentence often gives a base and the figure asked for side by side: all the staff and those
certified, those who ought to sit the exam (应参考) and those who did, the cases and what the
reconsideration organ decided on them.  Each row's pair gives the same words with only the
figure asked for, so a rule that reads nothing fails there.
"""
from __future__ import annotations

import pytest

from sentence_tables import table, value_in_report

ROWS = [
    # The certificate after the number, with the issuing province between (no 的), or in 《》.
    ("街道综合执法队有16名执法人员取得福建省行政执法证件，另聘协管员24名。", "enforcement_staff_certified", 16),
    ("执法队现有执法人员15名，其中12名已取得四川省行政执法证件，其余3名已报名参加考试。",
     "enforcement_staff_certified", 12),
    ("全局现有在编执法岗位人员122名，其中持有《四川省行政执法证》的118名，持证率96.7%。",
     "enforcement_staff_certified", 118),
    ("全县持有行政执法证件人员1260名。", "enforcement_staff_certified", 1260),
    # A grade of a police qualification is no enforcement certificate.
    ("组织民警参加执法资格等级考试，参考民警146人，其中取得中级执法资格21人。", "enforcement_staff_certified", None),
    # 应参考: those who ought to sit the exam; 实际参考: those who did.
    ("学法考试：应参考3002人，实际参考2916人，参考率97.1%，合格率100%。", "law_exam_participants", 2916),
    ("全县应参考3124人，实际参考3098人。", "law_exam_participants", 3098),
    ("全县参考3098人，合格率99.8%。", "law_exam_participants", 3098),
    # Those reached by legal education (覆盖师生), not the trainees of a class (覆盖学员).
    ("组织开展法治主题班会等法治教育活动360余场次，覆盖师生6.8万人次。", "publicity_reach_persons", 68000),
    ("在各类主体班次中开设法治专题课程6次，法治教育累计覆盖学员310人次。", "publicity_reach_persons", None),
    # What the reconsideration organ decided is not the cases received.
    ("管委会作为被申请人的行政复议案件8件，复议机关维持7件、确认违法1件。", "reconsideration_cases", None),
    ("全年收到行政复议申请35件，复议机关维持21件。", "reconsideration_cases", 35),
    ("县行政复议机关全年共收到行政复议申请147件。", "reconsideration_cases", 147),
    # A group of other bodies as the clause's subject (各乡镇, 12个街道, 全省11个设区市): their figure
    # gives way to the reporting body's own; alone, it is kept.
    ("全年县司法局审查县政府及县政府办公室文件、合同协议、重大决策等各类事项548件，出具审查意见书548份，"
     "提出修改意见1670余条。同步推进乡镇合法性审查全覆盖，12个乡镇全年共审查各类涉法事项1046件。",
     "legality_reviews", 548),
    ("县司法局全年审查县政府文件、合同协议等各类事项548件，提出修改意见160余条。推进乡镇合法性审查全覆盖，"
     "各乡镇（街道）全年共审查各类涉法事项1046件。", "legality_reviews", 548),
    ("推进乡镇合法性审查全覆盖，各乡镇（街道）全年共审查各类涉法事项1046件。", "legality_reviews", 1046),
    ("县政府向社会公布年度重大行政决策事项目录6项，全部严格履行法定程序。推动各乡镇实行决策目录管理，"
     "全县14个乡镇共公布重大行政决策事项52项。", "major_decisions", 6),
    # Guiding a group of other bodies (指导各县（市、区）…) makes the figure theirs, as their subject does.
    ("指导各乡镇人民调解组织调解矛盾纠纷326件。县人民调解委员会全年调解矛盾纠纷57件。", "mediation_disputes", 57),
    ("指导各乡镇人民调解组织调解矛盾纠纷326件。", "mediation_disputes", 326),
    # One named place below the report's own level as the clause's subject (柳湾镇 is a listed town):
    # the figure is that town's, never the county's, alone or not; the clause after it, opening on
    # 为…开展, has its subject.
    ("柳湾镇结合村（社区）“两委”换届，为新任村（社区）干部开展集中学法14场次。", "law_study_sessions", None),
    ("柳湾镇人民调解委员会全年调解矛盾纠纷56件。", "mediation_disputes", None),
    ("县司法局结合村（社区）“两委”换届，为新任村（社区）干部开展集中学法14场次。", "law_study_sessions", 14),
    ("全县各级人民调解组织调解矛盾纠纷1056件，其中柳湾镇调解矛盾纠纷56件。", "mediation_disputes", 1056),
    # A clause opening on its time words has the subject of the clause before it: the villages' study.
    ("县政府常务会议会前学法11次。各村（社区）结合“两委”例会开展“每月一学”，全年累计学习法律法规90余次。",
     "law_study_sessions", 11),
    # 由…组成 says who makes up a body: the figure after 由 is no old level of a change.
    ("县政府法律顾问团由11名执业律师、法学专家和公职律师组成，全年参与重大项目谈判30余次。", "legal_advisers", 11),
    ("县政府法律顾问由原来的8名调整为11名。", "legal_advisers", 11),
    # Lawyers of a named law firm retained as advisers are advisers; the firms themselves (家) are not.
    ("县政府聘请青禾县明正律师事务所2名律师担任常年法律顾问，全年出具法律意见书56份。", "legal_advisers", 2),
    ("县政府与3家律师事务所签订法律顾问服务合同，聘请法律顾问6名。", "legal_advisers", 6),
    # Another hotline (12328, 12333 …) is not 12345, unless the sentence names 12345 too.
    ("12328交通运输服务监督热线受理群众诉求2863件，办结率99.6%。", "hotline_tickets", None),
    ("12328交通运输服务监督热线受理群众诉求2863件，办结率99.6%。", "hotline_completion_rate", None),
    ("12345政务服务便民热线受理群众诉求2863件，办结率99.6%。", "hotline_tickets", 2863),
    ("12345政务服务便民热线受理群众诉求2863件，办结率99.6%。", "hotline_completion_rate", 99.6),
    ("整合12315、12369等热线，12345热线全年受理工单5.2万件，办结率99.6%。", "hotline_tickets", 52000),
    # 43个行政执法部门 counts departments, whatever names them before.
    ("推行重大执法决定法制审核制度，县级43个行政执法部门全部完成执法事项清单调整。", "legality_reviews", None),
    ("推行重大执法决定法制审核制度，全年法制审核重大执法决定43件。", "legality_reviews", 43),
    # A court as the clause's subject (or the subject carried to a clause opening on its time words):
    # its caseload gives way to the government's own figure; alone, it stays.
    ("全年以县政府为被告的行政诉讼案件41件。健全府院联动机制，县人民法院审结一审行政案件89件（含外县区移送案件）。",
     "litigation_cases", 41),
    ("健全府院联动机制，县人民法院审结一审行政案件89件。", "litigation_cases", 89),
    ("全县各级人民调解组织调解矛盾纠纷5318件。县法院与县司法局共建诉调对接中心，全年委派、委托调解案件1530件。",
     "mediation_disputes", 5318),
    # A higher body as the clause's subject (市司法局 in a county's report): its figure, never ours.
    ("市司法局对各县报备的规范性文件开展抽查审查64件。", "legality_reviews", None),
    ("市司法局对各县报备的规范性文件开展抽查审查64件。", "case_file_reviews", None),
    ("县司法局对各乡镇报备的规范性文件开展抽查审查64件。", "legality_reviews", 64),
    ("市生态环境局青禾分局全年查处环境违法案件64件。", "admin_penalty_cases", 64),  # the county's branch
    # The government as the respondent of a reconsideration is not the body that handled it.
    ("县政府被申请行政复议案件1件，经市政府复议维持。", "reconsideration_cases", None),
    ("县政府全年收到行政复议申请35件，经复议维持21件。", "reconsideration_cases", 35),
    # A law firm's lawyers retained as the government's advisers count, whatever the firms' number.
    ("县政府聘请2家律师事务所的9名执业律师组建政府法律顾问团。", "legal_advisers", 9),
    # A procuratorate's supervision cases and a court's civil cases are no lawsuits against the government.
    ("县人民检察院依法开展行政诉讼监督，全年办理行政检察监督案件9件。", "litigation_cases", None),
    ("全年以县政府为被告的行政诉讼案件9件。", "litigation_cases", 9),
    # Labour arbitration is no reconsideration.
    ("全县行政复议和劳动人事争议仲裁机构共处理案件530件，仲裁结案率96.1%。", "reconsideration_completion_rate", None),
    ("全县行政复议机构全年审结复议案件96件，结案率96.1%。", "reconsideration_completion_rate", 96.1),
    # Towns as a plural subject (乡镇累计…), a 辖区's N communities: other bodies, giving way to our own.
    ("县政府常务会议会前学法12次。全年乡镇累计学法168次。", "law_study_sessions", 12),
    ("全县开展普法活动42场。辖区15个社区开展楼栋院坝普法126次。", "publicity_events", 42),
    # Mediation by the court (诉前调解) is not the people's mediation of disputes.
    ("全年各级人民调解组织调解各类矛盾纠纷3862件，调解成功率98.4%。县人民法院诉前调解案件1890件。",
     "mediation_disputes", 3862),
]


def test_a_higher_bodys_figure_in_a_towns_report_is_not_the_towns():
    from lawgov_desktop.core.pipeline import process_text

    title = "青禾县桃源镇人民政府2024年法治政府建设工作报告"
    higher = "主动对接县政务服务中心改革，县政务服务中心进驻事项1346项。"
    own = "镇便民服务中心进驻事项134项。"
    assert process_text(f"{title}\n{higher}\n", file="报告.txt").indicator("gov_service_items").value is None
    assert process_text(f"{title}\n{own}\n", file="报告.txt").indicator("gov_service_items").value == 134


def test_a_departments_own_figure_wins_over_its_systems():
    """全市…系统 in a department's report is the system of every level's bureaus: its own (本级) wins."""
    from lawgov_desktop.core.pipeline import process_text

    body = "2024年，全市市场监管系统共查办各类违法案件3127件，罚没款4862.3万元，其中市局本级办理行政处罚案件214件。"
    report = process_text(f"青禾市市场监督管理局2024年度法治政府建设工作报告\n{body}\n", file="报告2024.txt")
    assert report.indicator("admin_penalty_cases").value == 214


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_the_figure_counts_those_the_indicator_asks_for(body, indicator, expected):
    assert value_in_report(body, indicator) == expected, body
