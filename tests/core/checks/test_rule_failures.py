"""A rule that raises is not silent: the reviewer sees a 提示 naming it, and the other rules still run."""
from __future__ import annotations

import logging

import pytest

from check_reports import CATALOG, RULES, report
from lawgov_desktop.core.checks import registry, run_batch_checks, run_report_checks

NO_PARTS = report("示例县2024年度法治政府建设情况报告\n示例县开展了一些工作。", file="示例县.txt")


def _raise(*_args, **_kwargs):
    raise KeyError("bad parameter")


@pytest.fixture
def broken_required_parts(monkeypatch):
    monkeypatch.setitem(registry.REPORT_CHECKS, "required_part", _raise)


def test_every_part_rule_is_found_when_the_rule_works():
    rules = {f.rule for f in run_report_checks(NO_PARTS, CATALOG, RULES)}
    assert {"parts.measures", "parts.next_year"} <= rules


@pytest.mark.logs_traceback  # the rule's traceback goes to the log, as it should
def test_a_raising_rule_appears_as_a_hint_naming_it(broken_required_parts, caplog):
    with caplog.at_level(logging.ERROR):
        found = run_report_checks(NO_PARTS, CATALOG, RULES)
    failed = [f for f in found if f.rule == "parts.next_year"]
    assert len(failed) == 1
    assert failed[0].severity == "提示"
    assert "必备内容：下一年度主要安排" in failed[0].message and "未能运行" in failed[0].message
    assert "KeyError" in failed[0].message
    # the other rules still ran
    assert any(f.rule == "timeliness.missing_date" for f in found)
    assert "check parts.next_year failed" in caplog.text


def _county(name: str, cases: int):
    from check_reports import value

    text = f"{name}2024年度法治政府建设情况报告\n全年受理行政复议案件{cases}件。"
    return report(text, (value("reconsideration_cases", cases, text, after=text.index("受理")),),
                  file=f"{name}.txt", region=name, year=2024)


@pytest.mark.logs_traceback
def test_a_raising_batch_rule_is_a_hint_on_every_report(monkeypatch):
    reports = [_county(n, c) for n, c in [("甲县", 40), ("乙县", 55), ("丙县", 38)]]
    monkeypatch.setitem(registry.BATCH_CHECKS, "batch_outlier", _raise)
    found = run_batch_checks(reports, CATALOG, RULES)
    for report_ in reports:
        hints = [f for f in found[report_.file] if f.rule == "batch.outlier"]
        assert len(hints) == 1 and hints[0].severity == "提示" and "批次对比：数值明显偏离" in hints[0].message


def test_a_working_batch_rule_gives_no_hint():
    reports = [_county(n, c) for n, c in [("甲县", 40), ("乙县", 55), ("丙县", 38)]]
    assert not any(run_batch_checks(reports, CATALOG, RULES).values())
