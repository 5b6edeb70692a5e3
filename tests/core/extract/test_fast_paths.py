"""The extraction's shortcuts give the answers of the plain ways they replace.

Each shortcut (patterns searched as one, words tried only where their first characters
stand, numbers grouped in one pass, a translation list instead of a dict …) is set beside
the straightforward computation on texts written in the reports' style, and on the
bundled sample.  ``benchmarks/extract_equivalence.py`` checks the same on the annotated
reports; these tests keep it true without them.
"""
from __future__ import annotations

import re
try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants
    import sre_parse
import bisect
import dataclasses
from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_desktop import paths
from lawgov_desktop.core.catalog import Catalog, IndicatorSpec, default_catalog
from lawgov_desktop.core.normalize import (_PLAIN_RUN, _chained_characters, _run_translation_list,
                                           _translated_run, _translation_table, normalize)
from lawgov_desktop.core.numbers import _mention_pattern, _number_grammar, find_numbers
from lawgov_desktop.core import vocabulary
from lawgov_desktop.core.extract import context, extractor
from lawgov_desktop.core.extract.context import AcceptedNumbers, GrammarWords, after_last, build_context, clause_mark_list
from lawgov_desktop.core.extract.scope import scope_for_level
from lawgov_desktop.core.extract.pattern_sets import PatternSet
from lawgov_desktop.core.extract.terms import _role, compile_terms
from lawgov_desktop.core.types import Document

SENTENCES = (
    "全年共受理行政复议案件64件，审结58件，其中维持原行政行为41件、撤销3件；"
    "县政府常务会议专题研究法治政府建设工作6次。"
    "对45件重大行政决策草案开展合法性审查，办理人大代表建议86件、政协委员提案73件。"
    "举办依法行政专题培训班3期，参训人员2.1万人次，考试合格率达99.2%。"
    "由原来的268项精简为213项；近三年累计化解矛盾纠纷3600余起，同比增长12%。"
    "（第2期）组织860名新任领导干部参加任前法律知识考试，1800余名领导干部参加年度述法。"
)


def _sample() -> str:
    return paths.sample_report().read_text(encoding="utf-8")


# --- several patterns asked as one ------------------------------------------------------------

PATTERN_LISTS = [
    # joined: plain words, classes, groups used only to group
    (("跨省通办", "最多跑一次", "(网|掌)上办", "[县区]长办公会"), 1),
    # a reference to a group stays on its own (its number would shift in the alternation)
    (("跨省通办", r"(复议)\1", "最多跑一次"), 2),
    (("跨省通办", "(?P<x>复议)(?P=x)", "最多跑一次"), 2),
    # a global flag is allowed only at the start of a whole expression
    (("(?i)abc", "跨省通办", "最多跑一次"), 2),
    # two members with a group of the same name cannot share one expression
    (("(?P<w>跨省)通办", "(?P<w>最多)跑一次"), 2),
]
TEXTS = ["全面推行跨省通办事项", "落实最多跑一次改革", "推进网上办、掌上办", "县长办公会研究", "ABC",
         "复议复议", "行政复议案件", ""]


@pytest.mark.parametrize("patterns, expected_count", PATTERN_LISTS)
def test_a_pattern_set_finds_what_any_of_its_patterns_finds(patterns, expected_count):
    compiled = tuple(re.compile(p) for p in patterns)
    together = PatternSet(compiled)
    assert len(together.patterns) == expected_count
    for text in TEXTS + [SENTENCES]:
        assert bool(together.search(text)) == any(p.search(text) for p in compiled), text
        assert bool(together.search(text, 2, 9)) == any(p.search(text, 2, 9) for p in compiled), text


def test_patterns_with_other_flags_are_searched_apart():
    compiled = (re.compile("abc", re.IGNORECASE), re.compile("跨省通办"), re.compile("一件事"))
    together = PatternSet(compiled)
    assert len(together.patterns) == 2
    assert together.search("ABC") and together.search("一件事") and not together.search("AB")


def test_a_joined_list_that_opens_on_groups_is_searched_behind_its_first_characters():
    # (?:(?<!一窗)通办)|[县区]长… opens on groups and look-behinds: the engine would try the whole
    # alternation at every position; guarded, it tries it only where 县, 区, 通 or 网 stands.
    compiled = (re.compile("(?<!一窗)通办"), re.compile("[县区]长办公会"), re.compile("(?:网|掌)上办"))
    together = PatternSet(compiled)
    [joined] = together.patterns
    assert joined.pattern.startswith("(?=[区县掌网通])(?:")
    for text in TEXTS + [SENTENCES, "一窗通办", "全程网上办"]:
        for start in range(len(text)):
            assert bool(together.search(text, start)) == any(p.search(text, start) for p in compiled), text


def test_a_pattern_the_engine_skips_to_by_itself_is_searched_as_it_is():
    compiled = (re.compile("跨省通办|最多跑一次"),)
    assert PatternSet(compiled).patterns == compiled


def test_an_empty_pattern_set_is_false_and_finds_nothing():
    empty = PatternSet(())
    assert not empty
    assert empty.search("任何文字") is None


# --- words tried only where their first characters stand ---------------------------------------

def _spec(index: int, **words) -> IndicatorSpec:
    return IndicatorSpec(id=f"i{index}", category="c", name=f"指标{index}", unit="件", kind="count",
                         units=("件",), **words)


TRICKY_SPECS = (
    _spec(0, things=("行政复议(?:案件)?", "复议"), events=("审结",)),
    _spec(1, things=("[县区]政府常务会(?:议)?",), labels=("合格率",)),
    _spec(2, things=("案",)),  # a word of one character
    _spec(3, events=("[^，。]{0,3}培训班",)),  # may start with almost any character: scanned in full
    _spec(4, things=("(?:人大代表|政协委员)(?:建议|提案)",), events=("(?:专题)?研究(?:部署)?法治",)),
    _spec(5, things=("(?:a|b){1,3}c",)),  # a repeated part: too many shapes to index by three
    _spec(6, things=("“[^”]{0,6}培训”", "专题讲座")),  # a quoted name: indexed by its first character
    # spelled words and patterns in one indicator: a look-behind, an open class, then plain words
    _spec(7, labels=("参训(?:人员|人数)",), things=("(?<![局厅])党委(?:会议)?", "学习[^，。]{0,4}法规", "学法"),
          events=("(?:专题)?学法",)),
)


@pytest.mark.parametrize("catalog", [Catalog(categories=(), indicators=TRICKY_SPECS), default_catalog()],
                         ids=["tricky words", "bundled catalog"])
@pytest.mark.parametrize("text", [SENTENCES, "abcbc案案复议行政复议案件“法治能力培训”专题讲座“培训”", "sample"])
def test_term_hits_are_each_patterns_own_matches(catalog, text):
    text = normalize(_sample()).text if text == "sample" else text
    terms = compile_terms(catalog)
    spans = [(0, len(text) // 3), (len(text) // 3 + 5, len(text))]
    found = terms.hits(text, spans)
    for index, pattern in enumerate(terms.patterns):
        expected = [] if pattern is None else [
            (m.start(), m.end()) for start, end in spans for m in pattern.finditer(text, start, end)
            if m.end() > m.start()]
        assert [(h.start, h.end) for h in found[index]] == expected, catalog.indicators[index].id
        assert [h.role for h in found[index]] == ([] if pattern is None else [
            _role(m) for start, end in spans for m in pattern.finditer(text, start, end) if m.end() > m.start()])


@pytest.mark.parametrize("catalog", [Catalog(categories=(), indicators=TRICKY_SPECS), default_catalog()],
                         ids=["tricky words", "bundled catalog"])
def test_the_start_scan_opens_on_one_set_of_characters_and_finds_every_start(catalog):
    """Python's engine skips quickly only to where a pattern's first set of characters stands: the
    scan for word starts opens on one (with two alternatives it tried every character)."""
    terms = compile_terms(catalog)
    parsed = sre_parse.parse(terms.starts.pattern)
    assert parsed[0][0] is sre_constants.IN
    text = normalize(_sample()).text + SENTENCES + "“法治”持证持有案"
    longer = [p for p in terms.by_prefix if len(p) > 1]
    alone = {p for p in terms.by_prefix if len(p) == 1}
    expected = [i for i, ch in enumerate(text) if ch in alone or (
        ch in {p[0] for p in longer} and text[i + 1:i + 2] and text[i + 1] in {p[1] for p in longer})]
    assert [m.start() for m in terms.starts.finditer(text)] == expected


def test_no_word_of_the_bundled_catalog_needs_the_full_scan():
    """A pattern whose first characters cannot be told is matched at every position of the text
    (one such indicator made the extraction a third slower): the bundled catalog has none."""
    catalog = default_catalog()
    terms = compile_terms(catalog)
    assert [catalog.indicators[i].id for i in terms.unindexed] == []
    assert compile_terms(Catalog(categories=(), indicators=TRICKY_SPECS)).unindexed == (3,)


def test_each_word_is_tried_only_where_its_own_first_characters_stand():
    """A word that goes on with any character after its first (a quoted name “…培训”) is tried
    wherever that character stands; the indicator's other words still only where their own three
    characters do (one such word had made three indicators be tried at every 法, 行 or 专)."""
    terms = compile_terms(Catalog(categories=(), indicators=TRICKY_SPECS))
    assert 6 in terms.candidates("专题讲") and 6 in terms.candidates("“法治")
    assert 6 not in terms.candidates("专题会")
    bundled = compile_terms(default_catalog())
    assert {p for p in bundled.by_prefix if len(p) == 1} == {"持", "“"}


# --- numbers ------------------------------------------------------------------------------------

def _figures_by_the_grammar(text: str) -> list[tuple]:
    """Each match of the plain grammar, tried at every position: its span and groups."""
    plain = re.compile(_number_grammar(chinese_needs_unit=True))
    return [(m.span(), m.group("pct", "arabic", "chinese", "pctnum", "presuffix", "mult", "suffix", "unit", "suffix2"))
            for m in plain.finditer(text)]


def _figures_by_the_mention_pattern(text: str) -> list[tuple]:
    """The same read from ``_mention_pattern``, whose pct/arabic/chinese groups leave out the figure's
    first character (the character set in front of the pattern reads it)."""
    found = []
    for m in _mention_pattern().finditer(text):
        first = text[m.start()]
        pct, arabic, chinese = (None if m.group(name) is None else first + m.group(name)
                                for name in ("pct", "arabic", "chinese"))
        found.append((m.span(), (pct, arabic, chinese) + m.group("pctnum", "presuffix", "mult", "suffix", "unit",
                                                                 "suffix2")))
    return found


@pytest.mark.parametrize("text", [
    SENTENCES, "sample",
    # the shapes where the first character read apart could end a figure elsewhere
    "1234,567件，12,345.6万人，1,23件，3.件，0.5%", "百分之二十，百分之21.6.3，百分之，百姓，二分之一，百分之百",
    "一点二万人，三十余万人，近万件，两千三百余名，１２件，３，１６８件", "第一、二次会议，十二届五次、六次全会，二〇二三年",
])
def test_the_mention_pattern_finds_the_figures_of_the_number_grammar(text):
    text = normalize(_sample()).text if text == "sample" else text
    assert _figures_by_the_mention_pattern(text) == _figures_by_the_grammar(text)


# Digits (ASCII, full-width, other scripts' and one outside the BMP), Chinese numerals, multipliers,
# approximation words, units, range marks, thousands separators, decimal points, ordinal marks.
_FIGURE_PIECES = (list("0123456789" * 3 + "１２٣\U000104a3零〇一二两三四五六七八九十百千万亿点") + list("%‰余多来近约超,,.、-至第届会分")
                  + ["百分之", "分之", "个百分点", "左右", "以上", "人次", "万元", "件", "次", "年", "个", "会议", "法治", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=16).map("".join))
def test_the_mention_pattern_reads_any_text_as_the_number_grammar(text):
    assert _figures_by_the_mention_pattern(text) == _figures_by_the_grammar(text)


def _changes_by_searching_before_each(text: str) -> list[bool]:
    """Whether each figure is a change, by searching for a change word before every one of them."""
    search = vocabulary.change_pattern().search
    return [m.unit == "个百分点" or search(text, max(0, m.start - 12), m.start) is not None for m in find_numbers(text)]


@pytest.mark.parametrize("text", [
    SENTENCES, "sample", "同比增长\n12%，较上年约12件，下降了3%，比2022年增加15件，增幅\n\n8%，降低1.5个百分点",
])
def test_only_figures_after_a_possible_end_of_a_change_word_are_searched_and_none_is_missed(text):
    text = normalize(_sample()).text if text == "sample" else text
    assert [m.change for m in find_numbers(text)] == _changes_by_searching_before_each(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["12", "3.5", "8%", "件", "，", "\n", "了", "约", "近", "同比", "增长", "下降", "较上年",
                                 "比2023年", "提高", "年", "减少"]), max_size=12).map("".join))
def test_figures_read_as_changes_are_those_a_search_before_each_finds(text):
    assert [m.change for m in find_numbers(text)] == _changes_by_searching_before_each(text)


def test_numbers_grouped_in_one_pass_are_those_of_each_indicators_units_in_text_order():
    catalog = default_catalog()
    terms = compile_terms(catalog)
    mentions = find_numbers(normalize(_sample() + SENTENCES).text)
    one_pass = AcceptedNumbers(terms, mentions)
    assert one_pass.numbers == _grouped_by_units(catalog, mentions)
    assert one_pass.starts == [[m.start for m in found] for found in one_pass.numbers]
    assert one_pass.ends == [[m.end for m in found] for found in one_pass.numbers]
    assert one_pass.start_sets == [frozenset(starts) for starts in one_pass.starts]
    assert sum(map(len, one_pass.numbers)) > 100


def test_numbers_out_of_text_order_are_grouped_as_before_the_one_pass():
    catalog = default_catalog()
    mentions = find_numbers(normalize(_sample() + SENTENCES).text)
    shuffled = mentions[1::2] + mentions[::2]
    grouped = AcceptedNumbers(compile_terms(catalog), shuffled)
    assert grouped.numbers == _grouped_by_units(catalog, shuffled)
    assert grouped.start_sets == [frozenset(m.start for m in found) for found in grouped.numbers]


def _grouped_by_units(catalog, mentions):
    """The grouping as it was written first: per unit word in the order given, several words
    merged by start."""
    by_word = {}
    for m in mentions:
        if not m.change and m.unit != "个百分点":
            by_word.setdefault("%" if m.percent else m.unit, []).append(m)
    out = []
    for spec in catalog.indicators:
        units = ("%",) if spec.kind == "rate" else spec.units
        words = [w for w in dict.fromkeys(units) if w in by_word]
        merged = by_word[words[0]] if len(words) == 1 else sorted(
            (m for w in words for m in by_word[w]), key=lambda m: m.start)
        out.append(list(merged) if words else [])
    return out


# --- the vocabulary's words, looked up once ---------------------------------------------------------

def test_the_grammar_words_are_built_once_per_vocabulary(monkeypatch):
    first = GrammarWords.current()
    assert GrammarWords.current() is first
    assert first == GrammarWords._of_vocabulary()
    bureau = dict(vocabulary.language())  # a bureau's language.json read anew: another vocabulary
    monkeypatch.setattr(vocabulary, "language", lambda: bureau)
    assert GrammarWords.current() is not first


# --- clauses ------------------------------------------------------------------------------------

def test_clause_bounds_are_the_nearest_breaks_within_bounds():
    text = normalize(_sample()).text
    ctx = build_context(Document(path="x.txt", text=_sample(), format="txt"), default_catalog())
    breaks = [m.start() for m in re.finditer(r"[，；;]|,(?!(?<=\d,)\d{3}(?![\d%％]))", text)]  # (not 2,760's comma)
    for offset in range(0, len(text), 7):
        floor, ceiling = max(0, offset - 50), min(len(text), offset + 50)
        i = bisect_left(breaks, offset) - 1
        start = max(floor, offset - 120, breaks[i] + 1) if i >= 0 else max(floor, offset - 120)
        j = bisect_left(breaks, offset)
        end = min(ceiling, offset + 120, breaks[j]) if j < len(breaks) else min(ceiling, offset + 120)
        assert ctx.clause_start(offset, floor) == start
        assert ctx.clause_end(offset, ceiling) == end


AFTER_LAST = [
    # text, marks, floor, offset, expected
    ("共办理案件12件，其中审结10件；复议3件", ("，", ",", "；", ";"), 0, 20, 17),
    ("共办理案件12件，其中审结10件；复议3件", ("，", ",", "；", ";"), 0, 14, 9),
    ("共办理案件12件，其中审结10件", ("，", ",", "；", ";"), 10, 16, 10),  # the break before the floor
    ("培训、考试、述法", ("、",), 0, 8, 6),
    ("没有标点的一句话", ("，", ","), 0, 8, 0),
    ("", ("，",), 0, 0, 0),
]


@pytest.mark.parametrize("text, marks, floor, offset, expected", AFTER_LAST)
def test_a_clause_starts_just_after_the_last_break_in_its_window(text, marks, floor, offset, expected):
    assert after_last(text, marks, floor, offset) == expected



# Clause bounds from the list of the text's marks, set beside the searches they replace: the text
# holds full- and half-width marks (a report's normalized text holds only the half-width ones).
MARKED = "共办理案件12件，其中审结10件；复议3件,应诉2件;调解5件。没有标点的一句话很长很长，" * 2


def _context_of(text: str) -> context.ExtractionContext:
    ctx = build_context(Document(path="x.txt", text=_sample(), format="txt"), default_catalog())
    return dataclasses.replace(ctx, norm=dataclasses.replace(ctx.norm, text=text))


def test_the_clause_marks_listed_are_every_mark_of_the_text_in_order():
    assert clause_mark_list(MARKED) == [m.start() for m in re.finditer("[，,；;]", MARKED)]
    assert clause_mark_list("没有标点") == [] and clause_mark_list("") == []
    assert _context_of(MARKED).clause_marks == clause_mark_list(MARKED)


def test_clause_bounds_from_the_mark_list_agree_with_the_searches_they_replace():
    ctx = _context_of(MARKED)
    n = len(MARKED)
    bounds = range(-3, n + 4)
    for offset in bounds:
        for floor in bounds:
            assert ctx.clause_start(offset, floor) == after_last(MARKED, context.CLAUSE_MARKS,
                                                                 max(floor, offset - context.CLAUSE_MAX), offset)
            assert ctx.last_clause_mark(floor, offset) == max(MARKED.rfind(m, floor, offset) for m in "，,；;")
            found = context.BREAK.search(MARKED, offset, floor)  # ``floor`` as the ceiling
            assert ctx.next_clause_mark(offset, floor) == (found.start() if found else floor)
            ceiling = min(floor, offset + context.CLAUSE_MAX)
            found = context.BREAK.search(MARKED, offset, ceiling)
            assert ctx.clause_end(offset, floor) == (found.start() if found else ceiling)


# --- bisection ------------------------------------------------------------------------------------

BISECT_CASES = [
    ([], 3), ([1], 0), ([1], 1), ([1], 2), ([1, 1, 1], 1), ([1, 3, 3, 5], 3), ([1, 3, 3, 5], 4),
    ([1, 3, 3, 5], 9), ([1, 3, 3, 5], -1), (list(range(0, 200, 2)), 77), (list(range(0, 200, 2)), 78),
    ([5, 1, 4, 2, 3], 3), ([9, 8, 7], 8),  # not sorted: still the index the bisect module gives
]


@pytest.mark.parametrize("items, x", BISECT_CASES)
def test_the_compiled_bisections_give_the_bisect_modules_index(items, x):
    assert context.bisect_left(items, x) == bisect.bisect_left(items, x)
    assert context.bisect_right(items, x) == bisect.bisect_right(items, x)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-50, 50), max_size=40), st.integers(-60, 60), st.booleans())
def test_the_compiled_bisections_agree_on_any_list(items, x, ordered):
    if ordered:
        items.sort()
    assert context.bisect_left(items, x) == bisect.bisect_left(items, x)
    assert context.bisect_right(items, x) == bisect.bisect_right(items, x)


# --- another level's words --------------------------------------------------------------------------

@pytest.mark.parametrize("level", ["省", "市", "县", "乡"])
def test_the_screened_foreign_matches_are_the_patterns_own(level):
    scope = scope_for_level(level)
    text = ("按照全市统一部署，全省省级培训；全国、州直单位，市直部门组织全县区级考试，结合全市要求全州"
            "全盟省直县直区直全旗全区全省级") + _sample()[:400]
    for start in range(-2, 60, 3):
        for end in range(start, start + 40, 2):
            expected = [m.span() for m in scope._foreign.finditer(text, start, end)]
            assert [m.span() for m in scope.foreign_matches(text, start, end)] == expected


# --- normalization ------------------------------------------------------------------------------

def test_the_translation_list_agrees_with_the_table_on_every_character_a_plain_run_holds():
    table, as_list = _translation_table(), _run_translation_list()
    held = _plain_run_characters()
    assert not any(_PLAIN_RUN.fullmatch(chr(code)) for code in range(0x10000, 0x110000))
    assert all(ord(ch) < len(as_list) for ch in held)
    assert "".join(held).translate(as_list) == "".join(held).translate(table)
    assert "東城區，１２件".translate(as_list) == "东城区,12件"


def _plain_run_characters() -> list[str]:
    return [chr(code) for code in range(0x10000) if _PLAIN_RUN.fullmatch(chr(code))]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_run_replaced_character_by_character_is_the_run_translated(data):
    # Mostly the characters a report changes (full-width punctuation, traditional forms), among
    # ones it keeps; the chained one (its target is changed too) among them.
    changing = sorted(chr(code) for code in _translation_table() if code < 0x10000)
    alphabet = st.sampled_from(changing) | st.sampled_from(sorted(_chained_characters())) | st.sampled_from("法治建设12,")
    run = "".join(data.draw(st.lists(alphabet, max_size=40)))
    assert _translated_run(run) == run.translate(_run_translation_list())


def test_every_plain_run_character_is_translated_as_the_table_says():
    held = "".join(_plain_run_characters())
    assert _translated_run(held) == held.translate(_translation_table())
    assert _translated_run("東城區，１２件（二）") == "东城区,12件(二)"


def test_a_report_maps_back_through_a_few_segments_not_one_entry_per_character():
    normalized = normalize(_sample())
    assert len(normalized.segment_starts) < len(normalized.text) / 20


# --- clause marks searched one after another -----------------------------------------------------

def _after_last_each_mark_over_the_whole_window(text, marks, floor, offset):
    """``after_last`` as first written: every mark searched over the whole window."""
    last = -1
    for mark in marks:
        found = text.rfind(mark, floor, offset)
        if found > last:
            last = found
    return last + 1 if last >= 0 else floor


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet="，,；;、。ab其中", max_size=40),
       marks=st.lists(st.sampled_from(["，", ",", "；", ";", "、", "其中", "a,", ""]), max_size=5).map(tuple),
       floor=st.integers(-45, 45), offset=st.integers(-45, 45))
def test_marks_searched_after_the_last_found_give_the_whole_window_search(text, marks, floor, offset):
    assert after_last(text, marks, floor, offset) == _after_last_each_mark_over_the_whole_window(
        text, marks, floor, offset)


def _replace_text(ctx, text: str) -> None:
    """The context's text replaced by one normalization would not give (full-width ，；), with the
    clause marks the context lists when it is built."""
    ctx.text = text
    ctx.clause_marks = clause_mark_list(text)


@pytest.mark.parametrize(("text", "marks"), [
    ("共调解纠纷2,760件，调解成功率98%", ["，"]),  # a figure's thousands
    ("办结1,234,567件,好", [","]),
    ("办结率分别为98,100%", [","]),  # two figures
    ("1,人大代表建议,7,5", [",", ",", ","]),  # a row of a table written with commas
])
def test_a_comma_grouping_a_figures_thousands_parts_no_clause(text, marks):
    assert [text[at] for at in clause_mark_list(text)] == marks
    assert len(clause_mark_list(text)) == len(marks)


def test_a_clause_starts_after_its_last_break_whichever_kind_comes_last():
    ctx = build_context(Document(path="x.txt", text="甲，乙", format="txt"), default_catalog())
    assert ctx.clause_start(3, 0) == 2
    _replace_text(ctx, "审结58件;撤销3件，维持41件,驳回2件；受理64件")  # full- and half-width marks
    for offset in range(len(ctx.text) + 1):
        assert ctx.clause_start(offset, 0) == _after_last_break(ctx.text, max(0, offset - 120), offset)


def _after_last_break(text, floor, offset):
    """Just after the last clause mark in text[floor:offset] (``BREAK`` read over the whole text, so a
    figure's grouping comma is told by the digits on both sides), or ``floor``."""
    from lawgov_desktop.core.extract.context import BREAK
    starts = [m.start() for m in BREAK.finditer(text) if floor <= m.start() < offset]
    return starts[-1] + 1 if starts else floor


def _clause_by_the_regular_expression(ctx, start, end, sentence):
    """``ExtractionContext.clause`` as first written: its end found by ``BREAK.search``."""
    from lawgov_desktop.core.extract.context import BREAK
    text = ctx.text
    clause_start = _after_last_break(text, max(sentence.start, start - 120), start)
    ceiling = min(sentence.end, end + 120)
    found = next((m for m in BREAK.finditer(text, max(end, 0)) if m.start() < ceiling), None)
    return text[clause_start:found.start() if found else ceiling]


@pytest.mark.parametrize("text", [None, "审结58件;撤销3件，维持41件,驳回2件；受理64件,其中", "没有标点的一句话共12件"])
def test_a_clause_ends_at_the_first_break_the_regular_expression_finds(text):
    from lawgov_desktop.core.extract.sentences import Sentence
    ctx = build_context(Document(path="x.txt", text=_sample(), format="txt"), default_catalog())
    if text is not None:
        _replace_text(ctx, text)
    n = len(ctx.text)
    for lo, hi in ((0, n), (5, n - 3), (0, 60), (n - 40, n + 5)):
        sentence = Sentence(max(lo, 0), hi, False, False)
        for start in range(max(lo, 0), min(hi, n), 3 if n < 200 else 37):
            for end in (start, start + 1, start + 4, start + 130):
                assert ctx.clause(start, end, sentence) == _clause_by_the_regular_expression(
                    ctx, start, end, sentence), (start, end)


# --- ranking ------------------------------------------------------------------------------------

def _ranked_as_first_written(links, scorer):
    """``extractor._rank`` as first written: a key function, the exclusions as a set."""
    from lawgov_desktop.core.extract.grammar import HARD_EXCLUSIONS
    best = {}
    for link in links:
        if not HARD_EXCLUSIONS.isdisjoint(link.features):
            continue
        key = (link.mention.start, link.mention.end)
        probability = scorer.probability(link.features)
        if key not in best or probability > best[key].probability:
            best[key] = extractor.ScoredLink(link, probability)
    return sorted(best.values(), key=lambda s: (-s.probability, s.link.mention.start))


def _tied_links(scorer):
    """Links that tie: the same features (so the same probability) on numbers that share a start or
    not, one number linked twice, and links a hard exclusion drops."""
    from lawgov_desktop.core.extract.grammar import HARD_EXCLUSIONS, Link
    from lawgov_desktop.core.extract.sentences import Sentence
    from lawgov_desktop.core.extract.terms import TermHit
    from lawgov_desktop.core.numbers import NumberMention
    sentence = Sentence(0, 80, False, False)
    term = TermHit(0, 4, "thing", 0)
    features = {"distance": 2.0, "left": 1.0}
    spans = [(30, 33), (10, 13), (30, 35), (10, 12), (50, 53), (30, 33), (20, 23)]
    links = [Link(0, NumberMention(start, end, float(k), False, False, "件"), term, "left", sentence,
                  dict(features)) for k, (start, end) in enumerate(spans)]
    links.append(Link(0, NumberMention(20, 23, 9.0, False, False, "件"), term, "left", sentence,
                      {"distance": 1.0, "left": 1.0}))  # the same number, another probability
    for k, name in enumerate(sorted(HARD_EXCLUSIONS)):
        links.append(Link(0, NumberMention(60 + 3 * k, 62 + 3 * k, 1.0, False, False, "件"), term, "left",
                          sentence, dict(features, **{name: 1.0})))
    return links


def test_links_ranked_on_sorted_tuples_come_in_the_key_functions_order():
    scorer = extractor.default_scorer()
    ranked = extractor._rank(_tied_links(scorer), scorer)
    assert ranked == _ranked_as_first_written(_tied_links(scorer), scorer)
    assert len(ranked) == 6 and all(r.link.mention.start < 60 for r in ranked)  # the excluded are gone
    catalog = default_catalog()
    ctx = build_context(Document(path="x.txt", text=_sample() + SENTENCES, format="txt"), catalog)
    collected = extractor.collect_links(ctx, catalog)
    assert sum(map(len, collected)) > 50
    for links in collected:
        assert extractor._rank(links, scorer) == _ranked_as_first_written(links, scorer)


def test_a_links_probability_is_the_sigmoid_of_its_logit():
    from lawgov_desktop.core.extract.scorer import _sigmoid
    scorer = extractor.default_scorer()
    catalog = default_catalog()
    ctx = build_context(Document(path="x.txt", text=_sample(), format="txt"), catalog)
    for links in extractor.collect_links(ctx, catalog):
        for link in links:
            features = dict(link.features, not_a_weight=3.0)  # a feature the scorer has no weight for
            assert scorer.probability(features) == _sigmoid(scorer.logit(features))


def test_the_scorer_adds_its_products_itself_only_where_sum_adds_them_in_turn():
    from lawgov_desktop.core.extract import scorer as scoring
    assert scoring._PLAIN_FLOAT_SUM == (sum([1e16, 1.0, -1e16]) == 0.0)  # no compensation of rounding
    model = scoring.Scorer(weights={"a": 0.1, "b": 1e16, "c": -1e16, "d": 0.7}, bias=-0.3, threshold=0.5,
                           calibration={})
    for features in ({}, {"a": 1.0}, {"b": 1.0, "a": 1.0, "c": 1.0}, {"a": 3.0, "d": 0.5, "e": 2.0, "b": 1.0}):
        assert model.probability(features) == scoring._sigmoid(model.logit(features))


# --- parts --------------------------------------------------------------------------------------

def _asks_for_a_part_wherever_one_opens(text):
    for end in range(-2, len(text) + 2):
        for endpos in (end + 4, len(text)):
            if extractor._SUBSET.match(text, end, endpos):
                assert extractor._may_open_a_part(text, end), (text, end)


def test_a_part_is_looked_for_wherever_the_subset_pattern_opens():
    _asks_for_a_part_wherever_one_opens(normalize(_sample() + SENTENCES).text)
    _asks_for_a_part_wherever_one_opens("会议26次，其中2次;会议26次,其中;26次其中3次;13次会议中，有12次,中,共有")
    text = normalize(_sample()).text
    assert sum(extractor._may_open_a_part(text, end) for end in range(len(text))) < len(text) / 20


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,其中有共a3", max_size=12))
def test_any_text_is_asked_for_a_part_wherever_the_subset_pattern_opens(text):
    _asks_for_a_part_wherever_one_opens(text)


def test_candidates_and_values_are_built_positionally_in_the_order_of_their_fields():
    """``extractor`` builds both without keywords (keywords cost a dict per call): the order it passes."""
    from dataclasses import fields
    from lawgov_desktop.core.types import Candidate, IndicatorValue
    assert [f.name for f in fields(Candidate)] == [
        "value", "unit", "approx", "confidence", "evidence", "number_start", "number_end"]
    assert [f.name for f in fields(IndicatorValue)][:9] == [
        "id", "value", "unit", "approx", "confidence", "evidence", "alternatives", "number_start", "number_end"]


def test_a_values_margin_is_over_the_first_ranked_link_of_another_value():
    from dataclasses import replace
    catalog = default_catalog()
    ctx = build_context(Document(path="x.txt", text=_sample() + SENTENCES, format="txt"), catalog)
    scorer = replace(extractor.default_scorer(), calibration={"logit": 1.0, "margin": 3.0})
    ranked = extractor.rank_links(extractor.collect_links(ctx, catalog), scorer)
    values = extractor.choose_values(ctx, catalog, ranked, scorer)  # resolves the shared numbers in ranked
    checked = 0
    for index, (spec, value) in enumerate(zip(catalog.indicators, values)):
        items = ranked[index]
        if spec.sum_parts or not items or items[0].probability < scorer.threshold:
            continue
        best = extractor._stated_total(ctx, items, scorer.threshold * 0.6) or items[0]
        rivals = [i for i in items if i.value != best.value]
        if len(rivals) < 2:
            continue
        assert value.confidence == scorer.confidence(best.probability, best.probability - rivals[0].probability)
        checked += 1
    assert checked >= 2
