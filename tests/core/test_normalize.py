"""Normalized text for matching, and the offset map back to what the reviewer sees.

Patterns run on the normalized form; evidence must index the original exactly.
Properties check the map on random mixes of CJK, full-width forms, traditional
characters, spaces and line breaks; the last test checks every span the extractor
produces on the bundled sample report.
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_desktop import paths
from lawgov_desktop.core.normalize import normalize, traditional_to_simplified_table
from lawgov_desktop.core.pipeline import process_file

# More than 40 characters: a line this long is running text, not a title.
_LONG_LINE = "2024年，本县各级行政机关认真贯彻落实上级关于法治政府建设的各项部署要求，坚持依法行政，"

NORMALIZED = [
    # full width → half width
    ("办理１２件", "办理12件"),
    ("满意率９５％", "满意率95%"),
    ("（一）", "(一)"),
    # traditional → simplified, for matching only
    ("東城區行政復議審結率", "东城区行政复议审结率"),
    ("３萬人次", "3万人次"),
    # spaces never separate Chinese words
    ("共 办 理\u300012 件", "共办理12件"),
    # a line break inside a long sentence (a PDF line end) is dropped …
    (_LONG_LINE + "全年共办理\n行政复议案件12件。", _LONG_LINE.replace("，", ",") + "全年共办理行政复议案件12件。"),
    # … but a short line (a title, a date line) stands on its own …
    ("某某县司法局\n2025年2月18日", "某某县司法局\n2025年2月18日"),
    # … kept after a sentence end and before a heading
    ("办理12件。\n二、主要措施", "办理12件。\n二、主要措施"),
    ("办理12件\n（三）强化监督", "办理12件\n(三)强化监督"),
]


@pytest.mark.parametrize(("original", "expected"), NORMALIZED)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


def test_a_span_maps_back_to_the_original_words():
    original = _LONG_LINE + "全年共办理\n行政复議案件１２件。"
    norm = normalize(original)
    start = norm.text.index("办理行政复议案件12件")
    end = start + len("办理行政复议案件12件")
    assert norm.original_span(start, end) == "办理\n行政复議案件１２件"


def test_empty_span_maps_to_a_position():
    norm = normalize("办理 12件")
    assert norm.to_original(2, 2) == (3, 3)


# Characters a report copied from a PDF or a web page mixes.
_ALPHABET = (
    "法治政府建设行政复议案件办理共计同比增长人次场"
    "東城區萬審結辦率較個關於報告"  # traditional
    "０１２３４５６７８９％，。：；（）［］"  # full width
    "0123456789%,.:;()abc"
    "㈠①㎡ｱ"  # NFKC expands or changes these
    "  \u3000\t\u00a0\n"  # spaces and breaks
)
report_like_text = st.lists(
    st.one_of(st.sampled_from(_ALPHABET), st.just("\r\n"), st.just("二、"), st.just("(三)")),
    max_size=80,
).map("".join)


def _expected_pieces(source: str) -> str:
    """What normalization may make of one original character."""
    table = traditional_to_simplified_table()
    return "".join(table.get(ord(p), p) for p in unicodedata.normalize("NFKC", source))


@settings(max_examples=200, deadline=None)
@given(original=report_like_text)
def test_every_normalized_character_maps_to_the_character_that_produced_it(original):
    norm = normalize(original)
    assert len(norm.index_map) == len(norm.text) + 1
    assert list(norm.index_map) == sorted(norm.index_map)
    for i, ch in enumerate(norm.text):
        a, b = norm.to_original(i, i + 1)
        source = original[a:b]
        assert source, f"character {i} ({ch!r}) maps to an empty span"
        if ch == "\n":
            assert source in ("\n", "\r")
        else:
            assert ch in _expected_pieces(source), (ch, source)


@settings(max_examples=200, deadline=None)
@given(original=report_like_text, data=st.data())
def test_every_normalized_span_maps_to_a_span_holding_its_sources(original, data):
    norm = normalize(original)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(norm.text)), label="end")
    a, b = norm.to_original(start, end)
    assert 0 <= a < b <= len(original)
    assert original[a:b]
    for i in range(start, end):
        assert a <= norm.index_map[i] < b
    # Nothing outside the span produced a character inside it, and the span is tight.
    assert a == norm.index_map[start]
    assert b == norm.index_map[end - 1] + 1


@settings(max_examples=200, deadline=None)
@given(original=report_like_text)
def test_to_normalized_inverts_the_map(original):
    norm = normalize(original)
    for i in range(len(norm.text)):
        assert norm.to_normalized(norm.index_map[i]) <= i


def test_extractor_spans_on_the_sample_index_the_text_as_read():
    report = process_file(paths.sample_report())
    assert not report.errors
    text = report.document.text
    spans = []
    for value in report.indicators:
        if value.evidence is None:
            continue
        spans.append(value.evidence)
        spans.extend(candidate.evidence for candidate in value.alternatives)
    assert len(spans) >= 30
    for evidence in spans:
        assert text[evidence.start:evidence.end] == evidence.text
        assert evidence.text.strip()
    for value in report.indicators:
        if value.evidence is not None and value.number_start >= 0:
            assert value.evidence.start <= value.number_start < value.number_end <= value.evidence.end


def test_a_report_stays_normalized_while_its_lines_and_lead_ins_are():
    """The metadata, the extractor and the checks each ask for the whole report; between them they
    normalize many short strings, which must not push the report out of the cache (it cost one more
    pass over every report)."""
    report = "示例县2023年法治政府建设年度报告\n" + "全年办理行政复议案件12件，出庭应诉率100%。\n" * 200
    first = normalize(report)
    for k in range(300):
        normalize(f"第{k}条：审查规范性文件{k}件")
    assert normalize(report) is first
