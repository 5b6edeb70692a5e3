"""A second reader for the cells the grammar leaves empty: the characters around a number.

The grammar links a number to an indicator only through the catalog's words in the orders it
knows, so a figure written in a way it has not met stays unlinked: on reports nobody here had
read, four in five missed figures had no link at all.  This model reads what the grammar does
not: the character n-grams of the clause before the number, of the words right after it and of
its sentence, where the indicator's own catalog words stand around the number, and how sure the
grammar was of any link it made to it; each weighted per indicator by a logistic regression that
``tools/fit_phrasing_model.py`` fits on annotated reports (``resources/phrasing_model.json``).

It only fills a cell the grammar left empty, with a number no filled cell uses, when the
model's probability reaches the fitted threshold; the probability is the confidence shown, so
the reviewer sees these values as ones to check.  An indicator the model has no weights for
(one a bureau added) is left to the grammar alone.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from ... import paths
from ..catalog import Catalog, IndicatorSpec
from ..numbers import NumberMention
from ..types import FOUND_BY_PHRASING, Candidate, IndicatorValue
from .context import ExtractionContext, bisect_left, bisect_right
from .grammar import catalog_allows, never_the_value
from .sentences import Sentence

# How far the model reads around a number (characters, inside the sentence).
LEFT_SPAN = 16
RIGHT_SPAN = 10
_CLAUSE_MARKS = "，,；;。：:、"
# Digits read as 0 (a regular expression: str.translate looks up every character of the string).
_DIGIT = re.compile("[0-9]")
MAX_ALTERNATIVES = 4


def _is_clause_mark(c: int) -> bool:
    """Whether the code point ``c`` is one of ``_CLAUSE_MARKS`` (compared as integers: mypyc reads
    ``ord(text[i])`` in place, where a character taken as a string is a new object)."""
    return c in (0xFF0C, 0x2C, 0xFF1B, 0x3B, 0x3002, 0xFF1A, 0x3A, 0x3001)


def _zeroed(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with its digits read as 0.  The regular expression is called only when
    the span holds a digit (most clauses around a number hold none, and the call costs more than
    the scan)."""
    for i in range(start, end):
        c = ord(text[i])
        if 48 <= c <= 57:
            return _DIGIT.sub("0", text[start:end])
    return text[start:end]


def _grams(chars: str) -> set[str]:
    """The 1-, 2- and 3-grams of ``chars``.

    Added one by one in the order ``{*chars, *pairs, *triples}`` adds them (the characters, then
    the pairs, then the triples, each from the left): a set's iteration order follows the order
    its items were added in, and ``_weight`` sums in that order, so the sums stay bit-identical.
    Slices in a native loop cost less than ``map(add, ...)``, which builds every n-gram from
    one-character strings made for the purpose."""
    grams = set(chars)
    for i in range(len(chars) - 1):
        grams.add(chars[i:i + 2])
    for i in range(len(chars) - 2):
        grams.add(chars[i:i + 3])
    return grams


class NumberGrams:
    """A number's features by family: the n-grams of its clause before it and of its clause after it
    (without their C: and R: marks), and the few others under their full names.  ``before_order``
    and ``after_order`` hold the n-gram sets' items in the sets' own order, for ``_weight_in_order``.
    (A plain class: mypyc builds it natively, where a named tuple is built by its Python ``__new__``.)"""

    before: set[str]
    after: set[str]
    other: list[str]
    before_order: tuple[str, ...]
    after_order: tuple[str, ...]

    def __init__(self, before: set[str], after: set[str], other: list[str]) -> None:
        self.before = before
        self.after = after
        self.other = other
        self.before_order = tuple(before)
        self.after_order = tuple(after)


def number_grams(text: str, mention: NumberMention, sentence: Sentence) -> NumberGrams:
    """The parts of ``number_features``, each family apart (the model looks them up in a table per
    family, which spares writing the family's mark before every n-gram).

    The clause before the number reaches back to the last clause mark of the ``LEFT_SPAN``
    characters before it, the clause after it up to the first of the ``RIGHT_SPAN`` characters
    after it; both are found by reading code points in place, and only the clause itself is read
    with digits as 0 (a digit is never a clause mark, so zeroing the clause alone gives the
    same string as cutting it from the zeroed span)."""
    end = mention.start
    start = end
    low = max(sentence.start, end - LEFT_SPAN)
    while start > low and not _is_clause_mark(ord(text[start - 1])):
        start -= 1
    clause = _zeroed(text, start, end)
    begin = mention.end
    stop = begin
    high = min(min(sentence.end, begin + RIGHT_SPAN), len(text))  # min of two is native under mypyc
    while stop < high and not _is_clause_mark(ord(text[stop])):
        stop += 1
    after = _zeroed(text, begin, stop)
    other = ["U:" + ("%" if mention.percent else mention.unit), "C1:" + clause[-2:], "R1:" + after[:2]]
    if mention.approx:
        other.append("approx")
    if not clause:
        other.append("clause_empty")
    return NumberGrams(_grams(clause), _grams(after), other)


def number_features(text: str, mention: NumberMention, sentence: Sentence) -> set[str]:
    """The features of one number: its unit, the 1–3-grams of its clause before it (C:, at most
    16 characters back) and of its clause after it (R:, at most 10 on), and the two characters on
    each side (C1:, R1:).  Digits read as 0, so 2023年 and 2024年 are one feature.  (The n-grams
    of the 16 characters before it across clauses were tried too: without them the model filled
    as many cells right on unread reports and fewer wrong.)"""
    grams = number_grams(text, mention, sentence)
    return {*("C:" + g for g in grams.before), *("R:" + g for g in grams.after), *grams.other}


# The grammar's best probability for a number, in bands (G:p0 below 0.2 … G:p4 from 0.8).
_GRAMMAR_BANDS = ("G:p0", "G:p1", "G:p2", "G:p3", "G:p4")


def indicator_features(ctx: ExtractionContext, index: int, mention: NumberMention, sentence: Sentence,
                       grammar_probability: float | None) -> list[str]:
    """What the catalog and the grammar say of one number for one indicator.  Where the
    indicator's own words stand in the sentence (K:): in the clause before the number, earlier
    in the sentence, within ten characters after it, later, or nowhere; and whether the grammar
    linked the number to the indicator and how sure it was (G:).  The n-grams tell how a figure is
    written; these tell whether the catalog's words are there at all, which carries over to
    wordings no fitted report had."""
    hits = ctx.hits[index]
    starts = ctx.hit_starts[index]
    clause_start = ctx.clause_start(mention.start, sentence.start)
    in_clause = before = right = after = False
    for k in range(bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)):
        hit = hits[k]
        if hit.end <= mention.start:
            before = True
            in_clause = in_clause or hit.start >= clause_start
        elif hit.start >= mention.end:
            after = True
            right = right or hit.start - mention.end <= RIGHT_SPAN
    features = []
    if before:
        features.append("K:clause" if in_clause else "K:before")
    if after:
        features.append("K:right" if right else "K:after")
    if not (before or after):
        features.append("K:none")
    if grammar_probability is not None:
        features.append("G:linked")
        features.append(_GRAMMAR_BANDS[min(int(grammar_probability * 5), 4)])
    return features


def sentence_pairs(text: str, sentence: Sentence) -> set[str]:
    """The character pairs of the number's sentence, without their S: mark, digits read as 0.

    Sliced from the text in a native loop and added in the sentence's order, as
    ``set(map(add, words, words[1:]))`` of the zeroed sentence added them (so the set, and the
    order ``_weight`` sums in, are the same).  A pair is zeroed only where it holds a digit
    (the same string as the regular expression makes), which spares running the regular
    expression over the whole sentence."""
    pairs: set[str] = set()
    start = max(sentence.start, 0)
    end = min(sentence.end, len(text))
    if end - start < 2:
        return pairs
    c = ord(text[start])
    digit = 48 <= c <= 57
    for i in range(start, end - 1):
        c = ord(text[i + 1])
        next_digit = 48 <= c <= 57
        if not (digit or next_digit):
            pairs.add(text[i:i + 2])
        elif not next_digit:
            pairs.add("0" + text[i + 1])
        elif not digit:
            pairs.add(text[i] + "0")
        else:
            pairs.add("00")
        digit = next_digit
    return pairs


def sentence_features(text: str, sentence: Sentence) -> set[str]:
    """The character pairs of the number's sentence (S:): what the sentence is about."""
    return {"S:" + pair for pair in sentence_pairs(text, sentence)}


class FeatureTables(NamedTuple):
    """One indicator's weights by feature family: C:, R: and S: n-grams keyed without their mark,
    every other feature by its full name."""

    before: dict[str, float]
    after: dict[str, float]
    sentence: dict[str, float]
    other: dict[str, float]


_FAMILY_OF_MARK = {"C:": 0, "R:": 1, "S:": 2}


@dataclass(frozen=True)
class PhrasingModel:
    # feature -> {indicator id: weight}; the sparse table the fit leaves after pruning.
    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    threshold: float
    _by_index: dict = field(default_factory=dict, compare=False, repr=False)

    def covers(self, indicator_id: str) -> bool:
        return indicator_id in self.bias

    def indexed(self, catalog: Catalog) -> tuple[dict[int, FeatureTables], dict[int, float]]:
        """The weights and biases keyed by the catalog's indicator positions (kept per catalog).
        Each indicator has its own feature tables: a number is scored only for the few indicators
        that may take it, so looking up its features there is cheaper than summing every
        indicator's weight of every feature."""
        ids = tuple(spec.id for spec in catalog.indicators)
        found = self._by_index.get(ids)
        if found is None:
            position = {indicator_id: k for k, indicator_id in enumerate(ids)}
            tables = {position[i]: FeatureTables({}, {}, {}, {}) for i in self.bias if i in position}
            for name, per in self.weights.items():
                family = _FAMILY_OF_MARK.get(name[:2], 3)
                key = name[2:] if family < 3 else name
                for indicator_id, weight in per.items():
                    if indicator_id in position:
                        table = tables.setdefault(position[indicator_id], FeatureTables({}, {}, {}, {}))
                        table[family][key] = weight
            bias = {position[i]: b for i, b in self.bias.items() if i in position}
            found = self._by_index[ids] = (tables, bias)
        return found


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _weight(table: dict[str, float], features: set[str]) -> float:
    """The summed weight of ``features`` in one indicator's table (most n-grams have none)."""
    return _weight_in_order(table, features, tuple(features))


def _weight_in_order(table: dict[str, float], features: set[str], in_order: tuple[str, ...]) -> float:
    """The summed weight of ``features`` in one indicator's table; ``in_order`` holds the same items
    in the set's own order (``tuple(features)``, made once per number or sentence: a tuple is read
    natively under mypyc, a set only through the iterator protocol, and the set is read once per
    indicator).  The sum runs in the set's order as before, so it is the same to the last bit.

    A loop over the smaller of the two, without building their intersection as a set first.  (The
    order of the sum may differ in the last bit from the intersection's, whose order already varied
    between runs with the strings' hashes; the shown confidences are rounded far above that.)"""
    total = 0.0
    if len(features) <= len(table):
        for name in in_order:
            # Most n-grams have no weight: a membership test is cheaper under mypyc than get(),
            # whose result must then be checked for None; the few found are read a second time.
            if name in table:
                total += table[name]
    else:
        for name, weight in table.items():
            if name in features:
                total += weight
    return total


def _number_weight(tables: FeatureTables, grams: NumberGrams) -> float:
    """The summed weight of a number's features (``number_grams``) in one indicator's tables."""
    other = tables.other
    return _weight_in_order(tables.before, grams.before, grams.before_order) \
        + _weight_in_order(tables.after, grams.after, grams.after_order) \
        + sum([other.get(name, 0.0) for name in grams.other])


def readable_sentence(ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention) -> Sentence | None:
    """The sentence of a number the indicator may take (in its value range, whole where it counts, not in
    a heading or a plan section), or None.  The fit reads the same numbers."""
    return _readable_sentence(ctx, spec.min_value, spec.max_value, spec.kind in ("count", "people"), mention)


def _readable_sentence(ctx: ExtractionContext, min_value: float, max_value: float | None, whole: bool,
                       mention: NumberMention) -> Sentence | None:
    """``readable_sentence`` with the indicator's limits read once (``IndicatorSpec`` is a Python
    object: each attribute read is a dictionary lookup, and ``_takers`` reads them per number)."""
    if mention.value < min_value or (max_value is not None and mention.value > max_value):
        return None
    if whole and not float(mention.value).is_integer():
        return None
    sentence = ctx.sentence_of.get(mention.start)
    if sentence is None or sentence.is_heading or sentence.in_plan_section:
        return None
    return sentence


def _takers(ctx: ExtractionContext, catalog: Catalog, wanted: list[int], free
            ) -> dict[int, tuple[NumberMention, Sentence, list[int]]]:
    """Each number some indicator of ``wanted`` may take (its unit, its value range, outside headings
    and plans, ``free(mention)``), with those indicators.  ``free`` is a function of the mention alone:
    it is asked once per mention (indicators of the same units share their lists of mentions, and
    a free number some indicator cannot take is met again for the next)."""
    takers: dict[int, tuple[NumberMention, Sentence, list[int]]] = {}
    passed_over: set[int] = set()
    found_free: set[int] = set()  # id() of the mentions free() held free (ctx keeps them alive)
    for index in wanted:
        spec = catalog.indicators[index]
        min_value = spec.min_value
        max_value = spec.max_value
        whole = spec.kind in ("count", "people")
        for mention in ctx.accepted[index]:
            found = takers.get(mention.start)
            if found is None:
                if mention.start in passed_over:
                    continue
                if id(mention) not in found_free:
                    if not free(mention):
                        passed_over.add(mention.start)  # a number a filled cell uses is not read at all
                        continue
                    found_free.add(id(mention))
                sentence = _readable_sentence(ctx, min_value, max_value, whole, mention)
                if sentence is None:
                    continue
                found = takers[mention.start] = (mention, sentence, [])
            elif _readable_sentence(ctx, min_value, max_value, whole, mention) is None:
                continue
            found[2].append(index)
    return takers


def probabilities(ctx: ExtractionContext, catalog: Catalog, model: PhrasingModel, wanted: list[int],
                  floor: float = 0.0, free=lambda mention: True,
                  grammar: dict[tuple[int, int], float] | None = None,
                  ) -> dict[int, list[tuple[float, NumberMention, Sentence]]]:
    """For each indicator of ``wanted``, the numbers it accepts for which ``free(mention)`` holds and
    whose probability reaches ``floor``, best first (the grammar's limits are checked only for those).
    ``grammar`` holds the grammar's best probability per (indicator, number start) it linked."""
    grammar = grammar or {}
    tables, bias = model.indexed(catalog)
    text = ctx.text
    wanted = [index for index in wanted if index in bias]
    takers = _takers(ctx, catalog, wanted, free)
    sentence_words: dict[int, tuple[set[str], tuple[str, ...]]] = {}  # a sentence's pairs and their order
    about: dict[tuple[int, int], float] = {}  # (sentence, indicator) -> the weight of the sentence's pairs
    found: dict[int, list[tuple[float, NumberMention, Sentence]]] = {index: [] for index in wanted}
    for mention, sentence, indices in takers.values():
        grams = number_grams(text, mention, sentence)
        for index in indices:
            table = tables[index]
            topic = about.get((sentence.start, index))
            if topic is None:
                words = sentence_words.get(sentence.start)
                if words is None:
                    pairs = sentence_pairs(text, sentence)
                    words = sentence_words[sentence.start] = (pairs, tuple(pairs))
                topic = about[sentence.start, index] = _weight_in_order(table.sentence, words[0], words[1])
            own = indicator_features(ctx, index, mention, sentence, grammar.get((index, mention.start)))
            other = table.other
            p = _sigmoid(bias[index] + _number_weight(table, grams) + topic
                         + sum([other.get(name, 0.0) for name in own]))
            if p < floor:
                continue  # read no further: neither a value nor an alternative
            spec = catalog.indicators[index]
            if never_the_value(ctx, mention, sentence) or not catalog_allows(ctx, index, spec, mention, sentence):
                continue  # a plan, another year's figure, the catalog's exclude words: as for the grammar
            found[index].append((p, mention, sentence))
    for scored in found.values():
        scored.sort(key=lambda item: (-item[0], item[1].start))
    return found


# How far back from a number its aside's opening bracket may stand.
_ASIDE_REACH = 40


def _figure_before_aside(ctx: ExtractionContext, mention: NumberMention) -> NumberMention | None:
    """The figure whose bracket ``mention`` stands in, when the bracket opens right after a figure
    (21件(含…3件、…5件)) and has not closed before ``mention``."""
    text = ctx.text
    opening = text.rfind("(", max(0, mention.start - _ASIDE_REACH), mention.start)
    if opening <= 0 or text.find(")", opening, mention.start) != -1:
        return None
    k = bisect_left(ctx.mention_starts, opening) - 1
    if k < 0:
        return None
    before = ctx.mentions[k]
    return before if before.end == opening else None


def fill_empty_cells(ctx: ExtractionContext, catalog: Catalog, values: tuple[IndicatorValue, ...],
                     model: PhrasingModel, candidate, grammar: dict[tuple[int, int], float] | None = None,
                     ) -> tuple[IndicatorValue, ...]:
    """``values`` with the empty cells the model fills.  ``candidate(spec, mention, sentence,
    confidence)`` builds the evidence as the grammar's values have it; ``grammar`` is the grammar's
    best probability per (indicator, number start), as for ``probabilities``."""
    empty = [k for k, value in enumerate(values) if value.value is None and model.covers(value.id)]
    if not empty:
        return values
    # A number a filled cell uses (or one of the parts it sums) is that cell's.
    taken = sorted((v.number_start, v.number_end) for v in values if v.value is not None and v.number_start >= 0)
    starts = [lo for lo, _ in taken]
    reach = list(accumulate((hi for _, hi in taken), max))  # the furthest end of the spans starting up to each
    norm = ctx.norm

    def untaken(mention: NumberMention) -> bool:
        """No taken span holds the number: none of those starting at or before it reaches its end.
        (``norm.to_original`` called on the object, not as a bound method kept aside: mypyc then calls
        it natively.)"""
        start, end = norm.to_original(mention.number_start, mention.end)
        k = bisect_right(starts, start)
        return k == 0 or reach[k - 1] < end

    def free(mention: NumberMention) -> bool:
        """Untaken, and no part of a taken figure: 审核规范性文件21件(含市政府办公厅发文3件) — the
        bracket right after a figure tells what it holds, so the 3 is the 21's cell's."""
        if not untaken(mention):
            return False
        total = _figure_before_aside(ctx, mention)
        return total is None or untaken(total)

    result = list(values)
    found = probabilities(ctx, catalog, model, empty, model.threshold / 2, free, grammar)
    # One number fills one cell: the surest claim first, the others go on to their next number.
    filled: set[int] = set()
    order = sorted((scored[0][0], index) for index, scored in found.items() if scored)
    for _, index in reversed(order):
        scored = [item for item in found[index] if item[1].start not in filled]
        if not scored or scored[0][0] < model.threshold:
            continue
        spec = catalog.indicators[index]
        probability, mention, sentence = scored[0]
        filled.add(mention.start)
        chosen = candidate(spec, mention, sentence, round(probability, 3))
        alternatives: list[Candidate] = []
        seen = {mention.value}
        for p, other, other_sentence in scored[1:]:
            if p < model.threshold / 2 or len(alternatives) >= MAX_ALTERNATIVES:
                break
            if other.value not in seen:
                seen.add(other.value)
                alternatives.append(candidate(spec, other, other_sentence, round(p, 3)))
        result[index] = IndicatorValue(
            id=spec.id, value=chosen.value, unit=spec.unit, approx=chosen.approx, confidence=chosen.confidence,
            evidence=chosen.evidence, alternatives=tuple(alternatives),
            number_start=chosen.number_start, number_end=chosen.number_end, found_by=FOUND_BY_PHRASING)
    return tuple(result)


def model_from_data(data: dict[str, Any]) -> PhrasingModel:
    return PhrasingModel(
        weights={str(name): {str(i): float(w) for i, w in per.items()} for name, per in data["weights"].items()},
        bias={str(i): float(b) for i, b in data["bias"].items()},
        threshold=float(data["threshold"]),
    )


def load_phrasing_model(path: str | Path | None = None) -> PhrasingModel:
    source = Path(path) if path else paths.resource("phrasing_model.json")
    return model_from_data(json.loads(source.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def default_phrasing_model() -> PhrasingModel:
    return load_phrasing_model()
