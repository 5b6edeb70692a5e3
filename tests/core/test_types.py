"""The result types: a report's value of an indicator is found by its id."""
from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from lawgov_desktop.core.types import IndicatorValue, Report, ReportMetadata


def _value(indicator_id: str, value: int) -> IndicatorValue:
    return IndicatorValue(indicator_id, value, "件", False, 0.9, None)


REPORT = Report(file="报告.txt", document=None, metadata=ReportMetadata(),
                indicators=(_value("reconsideration_cases", 64), _value("litigation_cases", 12),
                            _value("reconsideration_cases", 99)))


@pytest.mark.parametrize("indicator_id, value", [
    ("reconsideration_cases", 64),  # the first value of an id, as the tuple holds them
    ("litigation_cases", 12),
    ("no_such_indicator", None),
])
def test_a_value_is_found_by_its_id(indicator_id, value):
    found = REPORT.indicator(indicator_id)
    assert (found.value if found else None) == value


def test_a_changed_or_copied_report_finds_its_own_values():
    REPORT.indicator("litigation_cases")  # the lookup table of the original is built
    changed = replace(REPORT, indicators=(_value("litigation_cases", 7),))
    assert changed.indicator("litigation_cases").value == 7
    assert changed.indicator("reconsideration_cases") is None
    copied = pickle.loads(pickle.dumps(REPORT))  # as a worker sends it
    assert copied == REPORT and copied.indicator("reconsideration_cases").value == 64
