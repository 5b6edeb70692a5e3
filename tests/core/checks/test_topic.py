"""A file that is no 法治政府建设 report says so, alone, instead of five missing parts."""
from __future__ import annotations

from check_reports import CATALOG, report
from lawgov_desktop.core.checks import load_rules, run_report_checks

RULES = load_rules(use_user_file=False)  # with report.topic, which check_reports switches off

CERTIFICATE = ("不动产权证书\n权利人：张某某\n共有情况：单独所有\n坐落：某某路8号\n不动产单元号：330102\n"
               "权利类型：国有建设用地使用权/房屋所有权\n用途：住宅\n面积：89.5平方米\n登记机构（章）\n2020年5月6日\n")
REPORT = ("青禾县2024年度法治政府建设情况报告\n2024年，青禾县坚持依法行政，深入推进法治政府建设。"
          "全年办理行政复议案件45件，开展普法活动86场次，行政执法人员培训12期。\n")


def test_a_certificate_is_flagged_as_not_a_report_and_nothing_else():
    found = run_report_checks(report(CERTIFICATE, file="证书.ofd"), CATALOG, RULES)
    assert [(f.rule, f.severity) for f in found] == [("report.topic", "警告")]
    assert "不是法治政府建设年度报告" in found[0].message


def test_a_real_report_is_not_flagged():
    found = run_report_checks(report(REPORT), CATALOG, RULES)
    assert "report.topic" not in [f.rule for f in found]
    assert "parts.shortcomings" in [f.rule for f in found]  # the other rules do run
