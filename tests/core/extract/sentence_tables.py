"""Tables of sentences and the value each must give, read as a one-sentence report of an invented county.

The test modules that state the extractor's language as a table (several years, who is counted,
totals and parts, which statement) share this harness: a row is (sentence, indicator id, value or None).
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.pipeline import process_text

TITLE = "青禾县人民政府关于2023年度法治政府建设情况的报告"


def table(rows: list[tuple]) -> list:
    """The rows as pytest parameters, named by their place and indicator."""
    return [pytest.param(*row, id=f"{n:02d}-{row[1]}") for n, row in enumerate(rows)]


def value_in_report(body: str, indicator: str):
    """The value ``indicator`` gets in a report of the 2023 year holding ``body`` under its title."""
    report = process_text(f"{TITLE}\n{body}\n", file="报告2023.txt")
    return report.indicator(indicator).value
