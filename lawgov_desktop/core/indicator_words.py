"""Where each indicator's own words stand in a report, for the reviewer to look at.

A cell the extractor leaves empty is either a figure the report does not give or one
it gives in a way the extractor did not read.  The catalog's words for the indicator
(its things, events, labels and cues: 行政复议, 出庭应诉, 参训人员 …) tell the two
apart far better than reading the whole report.  On 564 reports nobody here had read
(``benchmarks/empty_cell_words.py`` on the first-look output of nine fresh batches),
three in four of the figures the extractor missed were in a report holding the
indicator's words, and stepping through those words reached the figure's sentence
for five in eight of them, mostly at the first or second word; nine in ten of the
cells rightly left empty had no such word anywhere in the text.  So the window shows,
for an empty cell, how often the indicator's words occur and steps through them on
request (Ctrl+K).

A missed figure mostly stands in a sentence holding a number in one of the indicator's
units (件, 人次, % …), not in a heading or a plan section, so each word says whether
its sentence has one (``by_figure``): the window counts those words for the hint and
steps through them (through all the words when none has one).  On the same reports
this took the reviewer to the missed figure's sentence at the first step for 29 of 56
figures, against 23 when every word is a step.

The words are found as the extractor finds them (``extract.terms``: the same patterns,
sentences and numbers, on the normalized text) and returned as spans of the text the
reviewer sees.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from .catalog import Catalog, IndicatorSpec
from .extract.grammar import unit_accepted
from .extract.sentences import Sentence, split_sentences
from .extract.terms import compile_terms
from .normalize import normalize
from .numbers import NumberMention, find_numbers


class WordSpan(NamedTuple):
    start: int  # offsets of the reviewer's text
    end: int
    by_figure: bool  # its sentence holds a number in one of the indicator's units


def indicator_word_spans(text: str, catalog: Catalog) -> dict[str, tuple[WordSpan, ...]]:
    """Per indicator id, the words of ``text`` that are the indicator's, in reading order
    (an indicator with no word in the text has an empty tuple)."""
    normalized = normalize(text)
    sentences = split_sentences(normalized.text)
    sentence_starts = [sentence.start for sentence in sentences]
    # As for the extractor, a number in a heading or under 下一步工作打算 is never the year's figure.
    mentions = [mention for mention in find_numbers(normalized.text) if not mention.change
                and not _target_or_heading(sentences[bisect_right(sentence_starts, mention.start) - 1])]
    found = compile_terms(catalog).hits(normalized.text)
    figures_of_units: dict[tuple[str, tuple[str, ...]], frozenset[int]] = {}
    spans: dict[str, tuple[WordSpan, ...]] = {}
    for spec, hits in zip(catalog.indicators, found):
        units = (spec.kind, spec.units)  # indicators counting in the same units share the answer
        figures = figures_of_units.get(units)
        if figures is None:
            figures = figures_of_units[units] = _sentences_with_figures(spec, mentions, sentence_starts)
        spans[spec.id] = tuple(
            WordSpan(*normalized.to_original(hit.start, hit.end),
                     by_figure=bisect_right(sentence_starts, hit.start) - 1 in figures)
            for hit in hits)
    return spans


def _target_or_heading(sentence: Sentence) -> bool:
    return sentence.in_plan_section or sentence.is_heading


def _sentences_with_figures(spec: IndicatorSpec, mentions: list[NumberMention],
                            sentence_starts: list[int]) -> frozenset[int]:
    """The indices of the sentences holding a number ``spec`` accepts."""
    return frozenset(bisect_right(sentence_starts, mention.start) - 1
                     for mention in mentions if unit_accepted(spec, mention))
