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

The words are found as the extractor finds them (``extract.terms``: the same
patterns, on the normalized text) and returned as spans of the text the reviewer
sees.
"""
from __future__ import annotations

from .catalog import Catalog
from .extract.terms import compile_terms
from .normalize import normalize

Span = tuple[int, int]


def indicator_word_spans(text: str, catalog: Catalog) -> dict[str, tuple[Span, ...]]:
    """Per indicator id, the [start, end) spans of ``text`` holding one of its words, in
    reading order (an indicator with no word in the text has an empty tuple)."""
    normalized = normalize(text)
    found = compile_terms(catalog).hits(normalized.text)
    spans: dict[str, tuple[Span, ...]] = {}
    for spec, hits in zip(catalog.indicators, found):
        spans[spec.id] = tuple(normalized.to_original(hit.start, hit.end) for hit in hits)
    return spans
