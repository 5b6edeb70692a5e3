"""The first characters of a pattern's matches, and the look-ahead that puts them in front.

The guard is for speed only: a guarded pattern must find exactly what the pattern finds.
"""
from __future__ import annotations

import re

import pytest

from lawgov_desktop import paths
from lawgov_desktop.core import vocabulary
from lawgov_desktop.core.normalize import normalize
from lawgov_desktop.core.pattern_prefixes import (
    characters_before_end, first_character_guard, may_consume, required_literals, start_prefixes)

GUARDS = [
    # pattern, the look-ahead put in front of it (None: returned as it is)
    ("(?:[“\"]?十[三四五]五[”\"]?(?:期间|以来)|近[两三]年)", "(?=[\"“十近])"),  # opens on an optional quote
    ("(?:(?:自|从)?(20\\d{2})年以来)", "(?=[2从自])"),  # opens on an optional word
    ("(?:[县区]政府常务会议)", None),  # a set of characters: the engine finds them itself
    ("(?:共计|合计|共)", None),  # an alternation of literals: likewise
    ("(?:专题)?学法$", "(?=[专学])"),  # opens on an optional group
    ("(?:[^，。]{0,3}培训班)", None),  # may start with almost any character
    ("(?:学法)?", None),  # may match nothing
    ("(?i)(?:[ab]?c)", None),  # global flags must stay first
    # A bare alternation: the look-ahead must guard every alternative, not the first alone.
    ("(?:学法)|(?:(?<!普法)讲座)|(?:[县区]委会)", "(?=[区县学讲])"),
]


@pytest.mark.parametrize("pattern, guard", GUARDS)
def test_the_guard_lists_the_first_characters_where_the_engine_would_try_everywhere(pattern, guard):
    assert first_character_guard(pattern) == (pattern if guard is None else guard + "(?:" + pattern + ")")


def test_a_verbose_pattern_is_left_as_it_is():
    # In verbose mode a trailing comment would swallow the closing parenthesis of the wrapper.
    assert first_character_guard("(?:专题)?学法  # 学法", re.VERBOSE) == "(?:专题)?学法  # 学法"


SUBJECTS = [
    "“十四五”期间共开展培训12次，近两年来累计办理案件35件，县委会、普法讲座、法治讲座",
    "自2021年以来，县政府常务会议学法8次；从2019年以来共计审查文件",
    "十三五以来，近三年合计120件，“十五五”规划",
]


@pytest.mark.parametrize("pattern", [p for p, _ in GUARDS])
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern):
    plain, guarded = re.compile(pattern), re.compile(first_character_guard(pattern))
    for subject in SUBJECTS:
        for start in range(len(subject)):
            assert [m.span() for m in guarded.finditer(subject, start)] == \
                   [m.span() for m in plain.finditer(subject, start)]
            assert bool(guarded.match(subject, start)) == bool(plain.match(subject, start))


def test_every_word_list_of_the_vocabulary_finds_the_same_when_guarded():
    """All of language.json's lists of fragments, on the bundled sample report."""
    text = normalize(paths.sample_report().read_text(encoding="utf-8")).text
    language = vocabulary.language()
    keys = [key for key, words in language.items() if isinstance(words, list) and words
            and all(isinstance(w, str) for w in words) and key not in vocabulary.LITERAL_KEYS]
    guarded_keys = 0
    for key in keys:
        source = "(?:" + "|".join(f"(?:{w})" for w in sorted(language[key], key=len, reverse=True)) + ")"
        try:
            plain = re.compile(source)
        except re.error:
            continue  # a list that is not one alternation (joined by its own builder)
        guarded = re.compile(first_character_guard(source))
        guarded_keys += guarded.pattern != source
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)], key
    assert guarded_keys >= 3  # the period, since-year and plan words at least


def test_prefixes_of_an_alternation_are_each_words_own():
    assert start_prefixes("(?:行政复议|法[^，]{0,4}讲座|普法)", 3, 2, 1) == {"行政复", "法", "普法"}
    assert start_prefixes("(?:[^，]{0,4}讲座)", 3, 2, 1) is None


MAY_CONSUME = [
    # pattern, characters, whether a match may hold one of them
    ("示例县人民政府", "。，,", False),
    ("[^\\W\\d_a-zA-Z]{0,20}?(?:局|厅)", "。，,", False),  # hanzi only; the comma of {0,20} is no character
    ("[^。]{0,3}局", "，", True),  # a negated set holds it
    ("(?<!，)局", "，", False),  # a look-behind holds no character of the match
    ("局(?=，)", "，", False),  # nor a look-ahead
    ("(?:局|厅，)", "，", True),  # one alternative holds it
    (".{2}局", "，", True),
    ("(局)\\1", "，", True),  # a group reference: cannot be told
]


@pytest.mark.parametrize("pattern, characters, expected", MAY_CONSUME)
def test_whether_a_match_may_hold_a_character(pattern, characters, expected):
    assert may_consume(pattern, characters) is expected


# --- the strings every match contains (the literal screen of extract.literal_screen) ---

# pattern → the strings one of which every match contains (None: none can be told)
REQUIRED = [
    ("十四五期间", ("十四五期间",)),
    ("(?:“十四五”|十三五)(?:期间|以来)", ("“十四五”", "十三五")),  # the longer strings
    ("近[两三]年来?", ("近",)),
    ("(20\\d{2})年(?:以来|至今)", ("以来", "至今")),  # Chinese characters tell more than digits
    ("共计|合计|共", ("共", "合计")),  # 共计 holds 共: it adds nothing
    ("(?:累计)+办理", ("累计",)),  # a part repeated at least once is required
    ("(?:专题)?学法", ("学法",)),
    ("a*b?", None),  # may match nothing
    ("[甲乙]\\d+", None),  # classes only
    ("(?<=全年)开展", ("开展",)),  # a look-behind reads outside the match: not counted
    ("(?=全年)\\w+", None),
    ("(?i:abc)d", ("d",)),  # case-folded letters are not literal strings
    ("(?:今年|)", None),  # an empty alternative
    ("(?P<year>20\\d\\d)年(?P=year)", ("20",)),  # the back-reference adds nothing
]


@pytest.mark.parametrize(("pattern", "expected"), REQUIRED, ids=[p for p, _ in REQUIRED])
def test_the_strings_every_match_contains(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


def test_a_case_blind_pattern_has_no_required_strings():
    assert required_literals(re.compile("abc", re.IGNORECASE)) is None


# pattern ending in $ → the characters the text before ``endpos`` can end with when it is found
ENDS = [
    ("(?:同比)?(?:增长|下降)(?:了)?$", frozenset("长降了\n")),
    ("较上年(?:约|近)?$", frozenset("年约近\n")),
    ("增长", None),  # no $ at its end
    ("(?:增长)?$", None),  # may match nothing
    ("[^，]增$", frozenset("增\n")),
    ("\\w+$", None),  # a category: its characters cannot be told
]


@pytest.mark.parametrize(("pattern", "expected"), ENDS, ids=[p for p, _ in ENDS])
def test_the_characters_a_pattern_ending_in_dollar_ends_with(pattern, expected):
    assert characters_before_end(re.compile(pattern)) == expected
