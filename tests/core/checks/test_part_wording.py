"""The required parts are recognised in the regulation's own wording and its usual variants.

Twelve complete invented reports (``wording_reports``), each part headed as real
reports head it, give no 错误 or 警告 at all; the same reports with one part left
out give exactly one, naming that part.
"""
from __future__ import annotations

import re

import pytest

from check_reports import CATALOG, RULES
from lawgov_desktop.core.checks import run_report_checks
from lawgov_desktop.core.types import Document, Report, ReportMetadata
from wording_reports import INCOMPLETE, REPORTS, RULE_OF_PART, complete, without

SERIOUS = ("错误", "警告")


def _as_report(text: str, number: int) -> Report:
    """The report as the window holds it: text, title, year and the date under the signature."""
    title = text.splitlines()[0]
    day = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*$", text)
    published = f"{day[1]}-{int(day[2]):02d}-{int(day[3]):02d}" if day else None
    issuer = text.strip().splitlines()[-2]
    file = f"{number:02d}.txt"
    return Report(file=file, document=Document(file, text, "txt"),
                  metadata=ReportMetadata(region=None, year=2024, issuer=issuer, publish_date=published, title=title))


def _serious(text: str, number: int) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in run_report_checks(_as_report(text, number), CATALOG, RULES)
            if f.severity in SERIOUS]


def test_the_table_has_twelve_complete_and_twelve_incomplete_reports():
    assert len(REPORTS) == 12 and len(INCOMPLETE) == 12
    assert sorted(part for _, part in INCOMPLETE) == sorted(list(RULE_OF_PART) * 3)


@pytest.mark.parametrize("number", range(12), ids=[r.title[:6] for r in REPORTS])
def test_a_complete_report_gets_no_error_or_warning(number):
    assert _serious(complete(number), number) == []


@pytest.mark.parametrize("number, part", INCOMPLETE, ids=[f"{REPORTS[n].title[:6]}-{p}" for n, p in INCOMPLETE])
def test_a_report_without_one_part_gets_exactly_that_error(number, part):
    found = _serious(without(number, part), number)
    assert [rule for rule, _ in found] == [RULE_OF_PART[part]], found


def test_the_regulations_own_heading_for_the_plans_is_recognised():
    """The issue's example: 主要安排 is the 督察工作规定's word for the plans."""
    text = complete(0)
    assert "2025年推进法治政府建设的主要安排" in text
    assert _serious(text, 0) == []


def test_a_plan_heading_is_not_taken_for_this_years_measures():
    """“2025年主要工作安排” names 主要工作 but is the plans part, not the measures."""
    text = without(7, "measures")
    assert "2025年主要工作安排" in text
    assert [rule for rule, _ in _serious(text, 7) if rule.startswith("parts.")] == ["parts.measures"]
    assert "parts.measures" not in [rule for rule, _ in _serious(complete(7), 7)]
