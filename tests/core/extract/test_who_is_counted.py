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
]


@pytest.mark.parametrize(("body", "indicator", "expected"), table(ROWS))
def test_the_figure_counts_those_the_indicator_asks_for(body, indicator, expected):
    assert value_in_report(body, indicator) == expected, body
