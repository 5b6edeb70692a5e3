"""A word list's search is skipped where the window holds none of the strings every match
contains — and gives exactly the search's own answer everywhere."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_desktop.core import vocabulary
from lawgov_desktop.core.extract.context import GrammarWords
from lawgov_desktop.core.extract.literal_screen import MAX_LITERALS, screened_finditer, screened_search
from lawgov_desktop.core.pattern_prefixes import required_literals

# Word lists of the shapes the screen meets: plain words, alternations, optional parts,
# repeats, look-arounds, case-blind parts, empty alternatives, back-references.
PATTERNS = ["十四五期间", "(?:“十四五”|十三五)(?:期间|以来)", "近[两三]年来?", "(20\\d{2})年(?:以来|至今)",
            "共计|合计|共", "(?:累计)+办理", "(?:专题)?学法", "a*b?", "[甲乙]\\d+", "(?<=全年)开展", "(?=全年)\\w+",
            "(?i:abc)d", "(?:今年|)", "(?P<year>20\\d\\d)年(?P=year)", "(?:全部|均)(?:达到|办结)?$"]


WINDOWS = ["“十四五”期间全县共办理案件120件", "2019年以来累计培训3000人次", "全年开展普法活动56场",
           "近三年来，", "", "以来", "2024年全部纳入“一网通办”", "十三五期间均达到100%", "全部办结"]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", WINDOWS)
def test_a_screened_search_answers_as_the_search(pattern, text):
    compiled = re.compile(pattern)
    search, finditer = screened_search(compiled), screened_finditer(compiled)
    for start in range(-1, len(text) + 1):
        for end in range(start, len(text) + 2):
            expected = compiled.search(text, start, end)
            found = search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (start, end)
            assert [m.span() for m in finditer(text, start, end)] == \
                   [m.span() for m in compiled.finditer(text, start, end)], (start, end)
    assert (search(text) and search(text).span()) == (compiled.search(text) and compiled.search(text).span())


def test_a_window_without_the_strings_is_not_searched():
    """The screen is in front of the grammar's word lists: a window with no 以来/期间/年来/近
    never reaches the period names' pattern."""
    words = GrammarWords.current()
    assert words.period_name_finditer.literals == required_literals(vocabulary.words_pattern("period_name_words"))

    class Counting:
        calls = 0

        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, *args):
            Counting.calls += 1
            return self.pattern.finditer(*args)

    screened = screened_finditer(vocabulary.words_pattern("period_name_words"))
    screened.pattern = Counting(screened.pattern)
    assert list(screened("全年开展普法活动56场", 0, 11)) == []
    assert Counting.calls == 0
    assert [m.group() for m in screened("“十四五”期间共56场", 0, 12)] == ["“十四五”期间"]
    assert Counting.calls == 1


def test_a_long_list_of_strings_is_searched_as_before():
    many = re.compile("|".join(f"{ch}等" for ch in "甲乙丙丁戊己庚辛"[:MAX_LITERALS + 1]))
    assert screened_search(many) == many.search
    assert screened_finditer(many) == many.finditer


GRAMMAR_WORD_PATTERNS = {
    "period_name_words": lambda: vocabulary.words_pattern("period_name_words"),
    "since_year_words": lambda: vocabulary.words_pattern("since_year_words"),
    "this_year_words": lambda: vocabulary.words_pattern("this_year_words"),
    "whole_set_markers": lambda: vocabulary.words_pattern("whole_set_markers"),
    "cumulative": vocabulary.cumulative_pattern,
    "dated_year": vocabulary.dated_year_pattern,
    "period": vocabulary.period_pattern,
    "join_words": vocabulary.join_words_pattern,
}
ALPHABET = "“”十四五三期间以来年近两今全部均累计先后历纳入一网通办参与加20241至今月，。的共开展场次"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40), start=st.integers(-2, 42), end=st.integers(0, 44),
       name=st.sampled_from(sorted(GRAMMAR_WORD_PATTERNS)))
def test_the_vocabularys_screened_searches_match_the_plain_ones(text, start, end, name):
    pattern = GRAMMAR_WORD_PATTERNS[name]()
    found = screened_search(pattern)(text, start, end)
    expected = pattern.search(text, start, end)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in screened_finditer(pattern)(text, start, end)] == \
           [m.span() for m in pattern.finditer(text, start, end)]
