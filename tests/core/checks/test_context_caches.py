"""What the checks keep for speed (per report, per pattern list, per catalog) never changes a
finding and never carries over from one report or rule set to the next."""
from __future__ import annotations

from check_reports import CATALOG, RULES, report
from lawgov_desktop.core.checks.context import CheckContext

ALL_PARTS = ("示例县2024年度法治政府建设情况报告\n一、主要举措和成效\n全年召开常务会议12次。\n"
             "二、存在的问题和不足\n一是执法力量不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
             "县长带头学法。\n四、2025年工作打算\n（一）深化学法用法。\n")


def test_a_context_keeps_each_fact_once():
    context = CheckContext(report(ALL_PARTS), CATALOG, RULES)
    assert context.headings is context.headings
    assert context.headings_without_title() is context.headings_without_title()
    assert context.title is context.title and context.title_span is context.title_span
    assert [h.text for h in context.headings if h.top_level] == [
        "主要举措和成效", "存在的问题和不足", "党政主要负责人履行推进法治建设第一责任人职责情况", "2025年工作打算"]
