"""What a reviewer may type into a value cell, and what is refused on the spot."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawgov_desktop.core.value_input import ParsedValue, ValueInputError, parse_selection, parse_value_input

ACCEPTED = [
    # typed, kind, unit, value, approx
    ("45", "count", "件", 45, False),
    ("45件", "count", "件", 45, False),
    ("1,234", "count", "件", 1234, False),
    ("１２３", "count", "件", 123, False),
    ("1.2万", "people", "人", 12000, False),
    ("1.2万人次", "people", "人次", 12000, False),
    ("3余万", "people", "人", 30000, True),
    ("三十余万", "people", "人", 300000, True),
    ("约300件", "count", "件", 300, True),
    ("300余", "count", "件", 300, True),
    ("近500", "count", "件", 500, True),
    ("两千三百", "count", "件", 2300, False),
    ("一点二万", "people", "人", 12000, False),
    ("三十", "count", "次", 30, False),
    ("0", "count", "件", 0, False),
    ("95%", "rate", "%", 95, False),
    ("９５％", "rate", "%", 95, False),
    ("百分之九十五", "rate", "%", 95, False),
    ("百分之十二点五", "rate", "%", 12.5, False),
    ("百分之百", "rate", "%", 100, False),
    ("95％以上", "rate", "%", 95, True),
    ("一万二", "people", "人", 12000, False),
    ("两万余人次", "people", "人次", 20000, True),
    ("3千余", "people", "人", 3000, True),
    ("98.6", "rate", "%", 98.6, False),
    ("100%", "rate", "%", 100, False),
    (" 12 次 ", "count", "次", 12, False),
]

REFUSED = [
    # typed, kind, part of the message
    ("", "count", "请输入数值"),
    ("abc", "count", "不是数值"),
    ("很多", "count", "不是数值"),
    ("-5", "count", "负数"),
    ("负三", "people", "负数"),
    ("105%", "rate", "不能超过 100%"),
    ("百分之一百二十", "rate", "不能超过 100%"),
    ("1.5", "count", "整数"),
    ("95%", "count", "不是百分比"),
    ("12件3", "count", "不是数值"),
    ("1e5", "count", "不是数值"),
    ("1.23456万", "people", "整数"),
]


@pytest.mark.parametrize(("typed", "kind", "unit", "value", "approx"), ACCEPTED)
def test_accepted_input(typed, kind, unit, value, approx):
    parsed = parse_value_input(typed, kind, unit)
    assert parsed == ParsedValue(value, approx)
    assert type(parsed.value) is type(value)


@pytest.mark.parametrize(("typed", "kind", "message"), REFUSED)
def test_refused_input_says_why_in_chinese(typed, kind, message):
    with pytest.raises(ValueInputError) as caught:
        parse_value_input(typed, kind, "件")
    assert message in caught.value.message


def test_catalog_maximum_is_respected():
    with pytest.raises(ValueInputError, match="不能超过 30"):
        parse_value_input("35", "rate", "%", max_value=30)


SELECTIONS = [
    # selected text, kind, value, approx
    ("全年共受理行政复议案件45件", "count", 45, False),
    ("办结率达到百分之九十八点六", "rate", 98.6, False),
    ("开展培训1.2万人次", "people", 12000, False),
    ("2024年共办理案件37件", "count", 37, False),  # a year is not the figure
    ("持证人员约1200人", "people", 1200, True),
    ("1.2万", "people", 12000, False),
]


@pytest.mark.parametrize(("selected", "kind", "value", "approx"), SELECTIONS)
def test_value_from_a_selected_sentence(selected, kind, value, approx):
    assert parse_selection(selected, kind, "件") == ParsedValue(value, approx)


def test_selection_without_a_number_is_refused():
    with pytest.raises(ValueInputError, match="没有数字"):
        parse_selection("全年共计", "count", "件")


def test_selection_with_only_impossible_numbers_reports_the_first_problem():
    with pytest.raises(ValueInputError, match="不能超过 100%"):
        parse_selection("满意率为120%", "rate", "%")


# -- properties -----------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**9))
def test_any_count_written_in_digits_or_with_separators_reads_back(number):
    assert parse_value_input(str(number), "count", "件") == ParsedValue(number, False)
    assert parse_value_input(f"{number:,}", "count", "件") == ParsedValue(number, False)


@given(st.integers(min_value=0, max_value=99999999))
def test_any_count_written_in_chinese_numerals_reads_back(number):
    import cn2an

    assert parse_value_input(cn2an.an2cn(number), "count", "件").value == number


@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False))
def test_any_rate_up_to_100_is_accepted_and_over_100_refused(rate):
    assert parse_value_input(f"{rate}%", "rate", "%").value == float(rate)
    with pytest.raises(ValueInputError):
        parse_value_input(f"{rate + 100 + 1}%", "rate", "%")


# -- one grammar: what the extractor reads in a report, the reviewer can type -------------------

WRITTEN_FIGURES = ["1.2万", "一点二万", "3.2万余", "近万", "百余", "三十余", "两千三百", "一万二", "1,234", "１２", "约300"]


@pytest.mark.parametrize("written", WRITTEN_FIGURES)
def test_a_figure_reads_the_same_in_a_report_and_typed(written):
    from lawgov_desktop.core.numbers import find_numbers
    from lawgov_desktop.core.normalize import normalize

    sentence = normalize(f"全年培训干部{written}人次。").text
    in_text = [m for m in find_numbers(sentence) if m.unit == "人次"]
    assert len(in_text) == 1, f"{written}: {in_text}"
    typed = parse_value_input(written, "people", "人次")
    assert typed.value == in_text[0].int_or_float
    assert typed.approx == in_text[0].approx
