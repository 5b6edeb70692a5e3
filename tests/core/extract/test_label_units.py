"""A bare figure after a field label that names its measure word takes that word as its unit
(``label_units.with_label_units``); a figure with a measure word of its own keeps it."""
from __future__ import annotations

import pytest

from lawgov_desktop.core.extract.label_units import names_a_measure, with_label_units
from lawgov_desktop.core.numbers import find_numbers

UNITS = [
    # (text, the figure, its unit as read)
    ("出庭人次：5，出庭率：100%", 5, "人次"),
    ("行政复议收案（件）：86", 86, "件"),
    ("会前学法次数：12", 12, "次"),
    ("受理案件数：86件", 86, "件"),
    # a figure with its own measure word, a rate, a date and a label with no measure keep what they have
    ("出庭人次：5次", 5, "次"),
    ("出庭率：100%", 100, "%"),
    ("年度：2024", 2024, ""),
    ("热线号码：12345", 12345, ""),
    # a row of a table set in spaces, closed up by normalization: the label's bracketed measure, no colon
    ("行政处罚案件(件)96", 96, "件"),
    ("监督检查单位(户次)\u3000\u30002134", 2134, "户次"),
    # …but not a figure after another figure's bracketed measure (12件（次）3 is no label)
    ("培训12人(次)3", 3, ""),
]


@pytest.mark.parametrize(("text", "figure", "unit"), UNITS, ids=[row[0] for row in UNITS])
def test_a_bare_figure_takes_the_measure_its_label_names(text, figure, unit):
    mention = next(m for m in with_label_units(text, find_numbers(text)) if m.value == figure)
    assert mention.unit == unit


@pytest.mark.parametrize(("words", "is_measure"), [("人次", True), ("件数", True), ("（件）", True),
                                                    ("出庭人次", False), ("", False)])
def test_only_a_measure_word_is_part_of_the_label(words, is_measure):
    assert names_a_measure(words) is is_measure
