"""Rates stated in words: 全县1426名行政执法人员全部持证上岗, 26名学员全部通过考试.

A report often says that the whole group met a rate instead of writing the rate: the rate is then
100 %.  An indicator of kind ``rate`` lists such phrases under ``all_phrases`` in the catalog.  Only a
cell that no figure of the report filled (the grammar's and the phrasing model's values come first)
takes one, from a sentence of the body's own results: not a heading, not a plan, with the
indicator's required words in the sentence and none of its exclude words in the clause
(学员全部通过执法资格考试 is no law exam).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..catalog import Catalog, IndicatorSpec
from ..types import FOUND_BY_WORDING, Candidate, IndicatorValue
from .context import ExtractionContext
from .sentences import Sentence

FULL_RATE: Final = 100
# Shown below the grammar's sure values: no number is written, the reviewer should look.  Measured in
# round 58: all 18 of the fills it made over the annotated sets (../shared without the validation split,
# the invented and blind-written reports, 370 real openings read that round) were right.
WORDING_CONFIDENCE: Final = 0.9
# Candidate(spec, phrase start, phrase end, sentence) → the value as the grammar's values have it.
WordedCandidate = Callable[[IndicatorSpec, int, int, Sentence], Candidate]


def fill_rates_stated_in_words(ctx: ExtractionContext, catalog: Catalog, values: tuple[IndicatorValue, ...],
                               candidate: WordedCandidate) -> tuple[IndicatorValue, ...]:
    """``values`` with the empty rate cells that a phrase of ``all_phrases`` fills with 100."""
    result = list(values)
    for index, spec in _worded_rates(catalog):
        if values[index].value is not None:
            continue
        found = _first_statement(ctx, spec)
        if found is None:
            continue
        chosen = candidate(spec, *found)
        result[index] = IndicatorValue(
            id=spec.id, value=chosen.value, unit=spec.unit, approx=False, confidence=chosen.confidence,
            evidence=chosen.evidence, number_start=chosen.number_start, number_end=chosen.number_end,
            found_by=FOUND_BY_WORDING)
    return tuple(result)


# The indicators with phrases of the catalog last asked about (a run uses one catalog for every report).
_LAST_CATALOG: list[tuple[Catalog, list[tuple[int, IndicatorSpec]]]] = []


def _worded_rates(catalog: Catalog) -> list[tuple[int, IndicatorSpec]]:
    if not _LAST_CATALOG or _LAST_CATALOG[0][0] is not catalog:
        _LAST_CATALOG[:] = [(catalog, [(index, spec) for index, spec in enumerate(catalog.indicators)
                                       if spec.all_phrase_patterns])]
    return _LAST_CATALOG[0][1]


def _first_statement(ctx: ExtractionContext, spec: IndicatorSpec) -> tuple[int, int, Sentence] | None:
    text = ctx.text
    matches = sorted((m for pattern in spec.all_phrase_patterns for m in pattern.finditer(text)),
                     key=lambda m: m.start())
    for match in matches:
        sentence = ctx.sentences.at(match.start())
        if sentence is None or sentence.is_heading or sentence.in_plan_section:
            continue
        if _states_the_rate(ctx, spec, match.start(), match.end(), sentence):
            return match.start(), match.end(), sentence
    return None


def _states_the_rate(ctx: ExtractionContext, spec: IndicatorSpec, start: int, end: int, sentence: Sentence) -> bool:
    text = ctx.text
    clause_start = ctx.clause_start(start, sentence.start)
    clause_end = ctx.clause_end(end, sentence.end)
    if spec.require_patterns and not any(p.search(text, sentence.start, clause_end) for p in spec.require_patterns):
        return False
    if any(p.search(text, clause_start, clause_end) for p in spec.exclude_patterns):
        return False
    if any(p.search(text, sentence.start, sentence.end) for p in spec.exclude_sentence_patterns):
        return False
    # 力争执法人员全部持证上岗 / 计划…全部通过: a target, not a result.
    return ctx.words.plan(text, clause_start, start) is None


__all__ = ["FULL_RATE", "WORDING_CONFIDENCE", "fill_rates_stated_in_words"]
