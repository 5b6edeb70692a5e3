"""The result types: a report's value of an indicator is found by its id."""
from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import replace

import pytest

from lawgov_desktop.core.types import (FOUND_BY_PHRASING, Candidate, Evidence, IndicatorValue, Report,
                                       ReportMetadata)


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


# --- the result types built in bulk fill their fields at once ---------------------------------

EVIDENCE = Evidence(3, 7, "办理案件")
BUILT_IN_BULK = [
    (Evidence, (3, 7, "办理案件"), {}),
    (Candidate, (12, "件", False, 0.9, EVIDENCE), {"number_start": 4}),
    (IndicatorValue, ("reconsideration_cases", 12, "件", True, 0.8, EVIDENCE), {"found_by": FOUND_BY_PHRASING}),
]


@pytest.mark.parametrize("cls, args, kwargs", BUILT_IN_BULK)
def test_a_type_built_in_bulk_takes_its_fields_in_order_with_their_defaults(cls, args, kwargs):
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in parameters] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(cls)]
    value = cls(*args, **kwargs)
    assert [getattr(value, f.name) for f in dataclasses.fields(cls)][:len(args)] == list(args)
    for name, given in kwargs.items():
        assert getattr(value, name) == given


@pytest.mark.parametrize("cls, args, kwargs", BUILT_IN_BULK)
def test_a_type_built_in_bulk_stays_a_frozen_dataclass(cls, args, kwargs):
    value = cls(*args, **kwargs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, dataclasses.fields(cls)[0].name, None)
    assert value == cls(*args, **kwargs) and hash(value) == hash(cls(*args, **kwargs))
    assert pickle.loads(pickle.dumps(value)) == value
    first = dataclasses.fields(cls)[0].name
    changed = dataclasses.replace(value, **{first: "其他"})
    assert getattr(changed, first) == "其他" and changed != value
    assert repr(value).startswith(cls.__name__ + "(")


def test_only_a_dataclass_of_plain_fields_is_filled_at_once():
    from lawgov_desktop.core.types import _filled_at_once

    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        items: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class WithPostInit:
        value: int

        def __post_init__(self) -> None:
            pass

    for cls in (WithFactory, WithPostInit):
        with pytest.raises(TypeError):
            _filled_at_once(cls)
