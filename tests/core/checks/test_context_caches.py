"""What the checks keep for speed (per report, per pattern list, per catalog) never changes a
finding and never carries over from one report or rule set to the next."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from check_reports import CATALOG, RULES, report, rule_ids, value
from lawgov_desktop import paths
from lawgov_desktop.core.checks import load_rules, run_report_checks
from lawgov_desktop.core.checks.context import CheckContext
from lawgov_desktop.core.checks.patterns import pattern_list, scanner
from lawgov_desktop.core.normalize import normalize

ALL_PARTS = ("示例县2024年度法治政府建设情况报告\n一、主要举措和成效\n全年召开常务会议12次。\n"
             "二、存在的问题和不足\n一是执法力量不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n"
             "县长带头学法。\n四、2025年工作打算\n（一）深化学法用法。\n")
NO_PARTS = "示例县2023年度法治政府建设情况报告\n2024年，示例县开展了一些工作。2024年还开展了别的工作。\n"


def test_reports_in_turn_each_get_their_own_findings():
    full = report(ALL_PARTS, title="示例县2024年度法治政府建设情况报告")
    bare = report(NO_PARTS, title="示例县2023年度法治政府建设情况报告")
    first = [rule_ids(full), rule_ids(bare)]
    again = [rule_ids(full), rule_ids(bare)]
    assert first == again
    assert not [r for r in first[0] if r.startswith(("parts.", "title."))]
    assert {"parts.measures", "parts.next_year", "title.year_mismatch"} <= set(first[1])


def test_a_context_keeps_each_fact_once():
    context = CheckContext(report(ALL_PARTS), CATALOG, RULES)
    assert context.headings is context.headings
    assert context.headings_without_title() is context.headings_without_title()
    assert context.title is context.title and context.title_span is context.title_span
    assert [h.text for h in context.headings if h.top_level] == [
        "主要举措和成效", "存在的问题和不足", "党政主要负责人履行推进法治建设第一责任人职责情况", "2025年工作打算"]


def _rules_with_markers(markers: list[str]):
    """The bundled rules with the heading markers of a bureau's own file."""
    path = paths.user_config_dir() / "checks.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"vocabulary": {"heading_markers": markers, "top_level_markers": markers}}),
                    encoding="utf-8")
    return load_rules()


@pytest.mark.parametrize("markers", [
    ["第[一二三四]部分"],
    ["([一二三四])、", "(?P<n>[（(])[一二三四]"],  # groups: still one alternation
    [r"([一二三四])\1?、", "[（(][一二三四][）)]"],  # a back-reference: tried one by one
    ["(?i)[一二三四]、", "x"],  # flags of its own: tried one by one
])
def test_rule_sets_in_turn_each_read_headings_with_their_own_markers(markers):
    own = _rules_with_markers(markers)
    assert not own.warnings
    text = ALL_PARTS + "第一部分 总体情况\n"

    def top_headings(rules):
        return [h.text for h in CheckContext(report(text), CATALOG, rules).headings if h.top_level]

    bundled_first = top_headings(RULES)
    own_headings = top_headings(own)
    assert (bundled_first, own_headings) == (top_headings(RULES), top_headings(own))
    expected = []
    for line in normalize(text).text.splitlines():
        stripped = line.strip()
        marker = next((m for m in (re.match(p, stripped) for p in markers) if m), None)
        if marker:
            expected.append(re.split("[。！？；;!?]", stripped[marker.end():])[0][:60])
    assert own_headings == expected


def test_a_catalog_of_its_own_names_its_own_indicators():
    renamed = replace(CATALOG, indicators=tuple(
        replace(spec, name="应诉案件（本局口径）") if spec.id == "litigation_cases" else spec
        for spec in CATALOG.indicators))
    text = "2024年行政应诉案件30件。全年负责人出庭33次。"
    rep = report(text, (value("litigation_cases", 30, text), value("head_appearances", 33, text)))

    def message(catalog) -> str:
        (found,) = [f for f in run_report_checks(rep, catalog, RULES) if f.rule == "numbers.head_appearances_le_cases"]
        return found.message

    bundled_name = CATALOG.get("litigation_cases").name
    assert [bundled_name in message(CATALOG), "本局口径" in message(renamed), "本局口径" in message(CATALOG)] == [
        True, True, False]


LINES = [line.strip() for line in normalize(ALL_PARTS + NO_PARTS).text.splitlines()] + [
    "", "一", "十二、", "（三）", "3.5亿元", "12、", "第二部分：", "存在不足和原因", "主要做法", "工作成效",
    "下一步工作打算", "2025年主要安排", "主要工作安排", "不足之处", "问题", "主要问题", "第一责任人"]


@pytest.mark.parametrize("patterns", [
    [r"[一二三四五六七八九十]{1,3}[、.．]", r"[（(][一二三四五六七八九十]{1,3}[）)]", r"\d{1,2}[、．](?!\d)"],
    [r"(主要)?(工作)?(举措|做法)[和及]?(成效|成果)", r"(工作|推进)情况", r"(成效|成绩)$"],
    [r"^(主要)?(问题|不足)$", r"不足之处", r"(问题|不足)(和|与)?(原因|问题)"],
    [r"(问)\1", r"不足"],  # a back-reference
    [r"(?P<x>问题)", r"(?P<x>不足)"],  # one group name twice: no alternation compiles
    [r"\d*", r"第"],  # can match nothing
    [r"[一二三]", r"[一二三]、", r"问"],  # the first that matches decides where the marker ends
])
def test_a_pattern_list_answers_as_its_patterns_one_by_one(patterns):
    compiled = tuple(re.compile(p) for p in patterns)
    listed = pattern_list(compiled)
    for line in LINES:
        first = next((m.end() for m in (p.match(line) for p in compiled) if m is not None), -1)
        assert listed.match_end(line) == first, line
        assert listed.found_in(line) == any(p.search(line) for p in compiled), line


@pytest.mark.parametrize("pattern", [
    r"(?<![\d—–\-~至较比与])(20\d\d)\s*年(?!\s*\d{1,2}\s*月)",  # the bundled one: tried where “20” stands
    r"\d{4}年",  # openings unknown: the engine's own search
    r"(?i:20)\d\d年",  # flags: the engine's own search
])
def test_a_scanner_finds_what_finditer_finds(pattern):
    compiled = re.compile(pattern)
    text = ("2024年，较2023年增长；2025年3月公布。20242025年度，至2026年底；2020\n年 2021 年"
            + normalize(ALL_PARTS).text)
    for end in (len(text), 4, 5, 6, 17, 30, len(text) // 2):
        expected = [(m.span(), m.groups()) for m in compiled.finditer(text[:end])]
        assert [(m.span(), m.groups()) for m in scanner(compiled).finditer(text, end)] == expected
