"""Score every number against every indicator's cues; keep the best per indicator.

For each cue match of an indicator, the numbers in the same sentence whose unit the
indicator accepts become candidates.  A candidate's score starts at 1 and moves
with what a reader of these reports would weigh:

- distance from the cue, and clause boundaries (，) crossed between cue and number;
- another number of the same unit lying between the cue and this one (the nearer
  number is the one the cue names);
- words that disqualify the link between cue and number (the indicator's
  ``exclude`` patterns: 答复 for reconsideration, 学法 for meetings …);
- changes (同比增长12%), plans (力争/计划, or a 下一步工作打算 section),
  cumulative multi-year figures (近三年累计), a higher administrative level's
  figure (全市 in a county report), one end of a range;
- a total word before the number (共/合计) wins over the parts.

The best candidate per indicator becomes the value, the next distinct values its
alternatives, and the score (clipped to 0–1) its confidence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ..catalog import Catalog, IndicatorSpec
from ..normalize import NormalizedText, normalize
from ..types import Candidate, Document, Evidence, IndicatorValue
from . import vocabulary
from .numbers import NumberMention, find_numbers
from .scope import ReportScope, detect_scope
from .sentences import SentenceIndex, split_sentences

MIN_SCORE = 0.45
MIN_PART_SCORE = 0.25
MAX_ALTERNATIVES = 4
_CLAUSE_BREAK = re.compile(r"[，,：:]")
_EVIDENCE_MAX = 150


@dataclass
class _Scored:
    spec: IndicatorSpec
    mention: NumberMention
    score: float
    sentence_start: int
    sentence_end: int
    cue_start: int
    cue_end: int


@dataclass
class ExtractionContext:
    norm: NormalizedText
    mentions: list[NumberMention]
    sentences: SentenceIndex
    scope: ReportScope
    mention_starts: list[int] = field(default_factory=list)
    by_sentence: dict[int, list[NumberMention]] = field(default_factory=dict)
    by_units: dict[object, tuple[list[NumberMention], list[int]]] = field(default_factory=dict)
    by_unit_word: dict[str, list[NumberMention]] = field(default_factory=dict)
    report_year: int | None = None


def build_context(document: Document, report_year: int | None = None) -> ExtractionContext:
    norm = normalize(document.text)
    sentences = split_sentences(norm.text)
    mentions = find_numbers(norm.text)
    return ExtractionContext(
        norm=norm,
        mentions=mentions,
        sentences=SentenceIndex(sentences),
        scope=detect_scope(norm.text),
        mention_starts=[m.start for m in mentions],
        report_year=report_year,
    )


def _unit_ok(spec: IndicatorSpec, mention: NumberMention) -> bool:
    if spec.kind == "rate":
        return mention.percent
    if mention.percent or mention.unit == "个百分点":
        return False
    return mention.unit in spec.units


def _mentions_with_unit(ctx: ExtractionContext, spec: IndicatorSpec) -> tuple[list[NumberMention], list[int]]:
    """The mentions whose unit ``spec`` accepts, with their start offsets (for bisect)."""
    key = "%" if spec.kind == "rate" else spec.units
    cached = ctx.by_units.get(key)
    if cached is None:
        if not ctx.by_unit_word:
            for mention in ctx.mentions:
                ctx.by_unit_word.setdefault("%" if mention.percent else mention.unit, []).append(mention)
        words = ("%",) if spec.kind == "rate" else spec.units
        mentions = sorted((m for word in set(words) for m in ctx.by_unit_word.get(word, ())), key=lambda m: m.start)
        cached = (mentions, [m.start for m in mentions])
        ctx.by_units[key] = cached
    return cached


def _mentions_in(ctx: ExtractionContext, start: int, end: int) -> list[NumberMention]:
    cached = ctx.by_sentence.get(start)
    if cached is None:
        lo = bisect_left(ctx.mention_starts, start)
        hi = bisect_left(ctx.mention_starts, end)
        cached = [m for m in ctx.mentions[lo:hi] if m.end <= end]
        ctx.by_sentence[start] = cached
    return cached


def _score(ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention, cue: re.Match[str],
           after_cue: bool, sentence_text: str, sentence_start: int, in_plan: bool,
           sentence_mentions: list[NumberMention], nearer: int) -> float | None:
    text = ctx.norm.text
    if after_cue:
        gap_text = text[cue.end():max(cue.end(), mention.start)]
    else:
        gap_text = text[mention.end:cue.start()]
    gap = len(gap_text)
    # 行政许可事项由原来的268项精简为213项: the figure after 精简为/压减至 is the current one.
    to_new_value = after_cue and vocabulary.new_value_pattern().search(gap_text) is not None
    if gap > (spec.max_gap + (16 if to_new_value else 0) if after_cue else 8):
        return None
    if "。" in gap_text or "；" in gap_text or ";" in gap_text:
        return None
    link_start = min(cue.start(), mention.start)
    link_end = max(cue.end(), mention.end)
    # Look a few characters back, but not past the previous list item or clause.
    look_back = text[max(sentence_start, link_start - 16):link_start]
    look_back = re.split(r"[、，,；;]", look_back)[-1]
    # The words just around cue and number decide what they speak of (…40个政务服务事项可“跨省通办”).
    sentence_end = sentence_start + len(sentence_text)
    tail = text[link_end:min(sentence_end, link_end + 6)]
    tail = re.split(r"[，,、；;。]", tail, maxsplit=1)[0]
    link = look_back + text[link_start:link_end] + tail
    for pattern in spec.exclude_patterns:
        if pattern.search(link):
            return None
    if spec.require_patterns:
        # The topic may be named in the clause before a ；(…受理376件；…纠错率12.8%).
        line_start = text.rfind("\n", 0, sentence_start) + 1
        context = text[max(line_start, sentence_start - 80):sentence_start] + sentence_text
        if not any(p.search(context) for p in spec.require_patterns):
            return None
    if mention.change:
        return None
    if spec.min_value is not None and mention.value < spec.min_value:
        return None
    if spec.max_value is not None and mention.value > spec.max_value:
        return None

    score = 1.0 - 0.012 * gap
    score -= 0.18 * len(_CLAUSE_BREAK.findall(gap_text))
    if "、" in gap_text and not after_cue:
        score -= 0.2
    # A nearer number of an accepted unit between cue and candidate: the cue names that one
    # (unless this one is what the nearer one was changed to).
    score -= 0.0 if to_new_value else 0.35 * nearer
    if to_new_value:
        score += 0.012 * min(gap, 16)
    if not after_cue:
        score -= 0.1
        # “35家部门、16个乡镇…述法”: another figure between number and phrase belongs to it.
        inside = [m for m in sentence_mentions if m is not mention and mention.end <= m.start < cue.end()]
        if inside:
            # A sibling of the same unit (612名…和174名…述法) shares the phrase; another unit does not.
            score -= 0.2 if all(m.unit == mention.unit for m in inside) else 0.45
        score -= 0.01 * max(0, (cue.end() - cue.start()) - 8)
    clause_start = max(text.rfind(c, sentence_start, mention.start) for c in "，,；;") + 1
    if "其中" in text[max(sentence_start, clause_start):mention.start]:
        score -= 0.2  # a subset of a figure given before (…112人参加年度述法，其中现场述法18人)
    clause_before = text[max(sentence_start, mention.start - 12):mention.start]
    if vocabulary.total_pattern().search(text[max(sentence_start, mention.start - 4):mention.start]):
        score += 0.12
    if in_plan:
        score -= 0.7
    elif vocabulary.plan_pattern().search(clause_before) and not vocabulary.total_pattern().search(clause_before):
        score -= 0.35
    before_link = text[max(sentence_start, link_start - 16):link_start]
    if vocabulary.multi_year_pattern().search(before_link + text[link_start:link_end]):
        score -= 0.6  # 近三年累计…: several years added up
    elif vocabulary.cumulative_pattern().search(before_link):
        score -= 0.1
    if ctx.scope.foreign_scope(text[max(sentence_start, link_start - 14):link_end]):
        score -= 0.6  # 全省/全市 in a county report: another body's figure
    if mention.range_part:
        score -= 0.25
    if vocabulary.old_value_pattern().search(text[max(sentence_start, mention.start - 5):mention.start]):
        score -= 0.6  # 由原来的268项精简为213项: the old figure
    if ctx.report_year:
        clause_head = text[max(sentence_start, clause_start):mention.start]
        years = [int(y) for y in re.findall(r"(20\d{2})年", clause_head)]
        if years and years[-1] != ctx.report_year:
            score -= 0.5  # 2023年…40件，2024年…52件: another year's figure
    return score


def _candidates(ctx: ExtractionContext, spec: IndicatorSpec) -> list[_Scored]:
    """Numbers after a cue (``cues``) and numbers followed directly by a phrase (``cue_after``)."""
    text = ctx.norm.text
    scored: list[_Scored] = []
    unit_mentions, unit_starts = _mentions_with_unit(ctx, spec)
    if not unit_mentions:
        return scored
    for pattern in spec.cue_patterns:
        for cue in pattern.finditer(text):
            sentence = ctx.sentences.at(cue.start())
            if sentence is None or sentence.is_heading:
                continue
            limit = min(sentence.end, cue.end() + spec.max_gap + 17)  # _score decides; +16 for 精简为…
            nearer = 0
            # A qualifier may be shared by cue and number (参加人员达800余人次): compare digits.
            for index in range(bisect_left(unit_starts, cue.end() - 4), len(unit_mentions)):
                mention = unit_mentions[index]
                if mention.number_start < cue.end():
                    continue
                if mention.start >= limit:
                    break
                sentence_mentions = _mentions_in(ctx, sentence.start, sentence.end)
                _add(scored, ctx, spec, mention, cue, True, sentence, sentence_mentions, nearer)
                if not mention.change:
                    nearer += 1
    if spec.cue_after_patterns:
        for mention in unit_mentions:
            for pattern in spec.cue_after_patterns:
                cue = pattern.match(text, mention.end)
                if cue is None:
                    continue
                sentence = ctx.sentences.at(mention.start)
                if sentence is None or sentence.is_heading:
                    break
                sentence_mentions = _mentions_in(ctx, sentence.start, sentence.end)
                _add(scored, ctx, spec, mention, cue, False, sentence, sentence_mentions, 0)
                break
    return scored + _subset_candidates(ctx, spec, scored)


_BODY_UNITS = {"家", "个"}
_SUBSET = re.compile(r"[，,]?其中")


def _subset_candidates(ctx: ExtractionContext, spec: IndicatorSpec, scored: list[_Scored]) -> list[_Scored]:
    """“常务会议26次，其中十二次专题研究法治政府建设”: the subset is the figure on topic.

    Applies to indicators whose ``require`` words name the topic: when the total's own
    words miss the topic and the 其中 clause names it, the number after 其中 is taken.
    """
    text = ctx.norm.text
    extra = []
    for item in scored:
        after = text[item.mention.end:item.sentence_end]
        subset_marker = _SUBSET.match(after)
        if not subset_marker:
            continue
        clause_start = item.mention.end + subset_marker.end()
        clause_end = min([i for i in (text.find(c, clause_start, item.sentence_end) for c in "，,；;。") if i != -1]
                         or [item.sentence_end])
        clause = text[clause_start:clause_end]
        own_words = text[min(item.cue_start, item.mention.start):item.mention.end]
        on_topic = bool(spec.require_patterns) and not any(p.search(own_words) for p in spec.require_patterns) \
            and any(p.search(clause) for p in spec.require_patterns)
        # 全市…356件，其中涉及我县41件: the reporting body's share of a larger body's total.
        own_share = bool(vocabulary.own_scope_pattern().search(clause)) and \
            ctx.scope.foreign_scope(text[max(item.sentence_start, min(item.cue_start, item.mention.start) - 14):
                                         item.mention.end])
        if not (on_topic or own_share):
            continue
        subset = next((m for m in _mentions_in(ctx, item.sentence_start, item.sentence_end)
                       if clause_start <= m.start < clause_end and _unit_ok(spec, m)), None)
        if subset is not None:
            base = max(item.score, 0.8) if own_share else item.score
            extra.append(_Scored(spec, subset, base + 0.1, item.sentence_start, item.sentence_end,
                                 item.cue_start, item.cue_end))
    return extra


def _add(scored: list[_Scored], ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention,
         cue: re.Match[str], after_cue: bool, sentence, sentence_mentions: list[NumberMention],
         nearer: int) -> None:
    sentence_text = ctx.norm.text[sentence.start:sentence.end]
    score = _score(ctx, spec, mention, cue, after_cue, sentence_text, sentence.start,
                   sentence.in_plan_section, sentence_mentions, nearer)
    if score is not None:
        scored.append(_Scored(spec, mention, score, sentence.start, sentence.end, cue.start(), cue.end()))


def _evidence(ctx: ExtractionContext, item: _Scored) -> Evidence:
    """The sentence around cue and number; long sentences are cut to the clauses involved."""
    text = ctx.norm.text
    start, end = item.sentence_start, item.sentence_end
    while start < end and text[start] in "\n":
        start += 1
    while end > start and text[end - 1] in "\n":
        end -= 1
    if end - start > _EVIDENCE_MAX:
        lo = min(item.cue_start, item.mention.start)
        hi = max(item.cue_end, item.mention.end)
        clause_start = max(start, max(text.rfind(c, start, lo) for c in "，,；;。") + 1)
        clause_end_candidates = [i for i in (text.find(c, hi, end) for c in "，,；;。") if i != -1]
        clause_end = min(clause_end_candidates) + 1 if clause_end_candidates else end
        start, end = clause_start, min(end, clause_end)
    orig_start, orig_end = ctx.norm.to_original(start, end)
    return Evidence(orig_start, orig_end, ctx.norm.original[orig_start:orig_end])


def _confidence(score: float) -> float:
    """Score → 0–1.  A clean cue right before its number (score 1) gives 0.95; every
    penalty on the way down (distance, another figure between, other level …) shows."""
    return round(max(0.05, min(0.97, 0.35 + 0.6 * score)), 3)


def _ambiguity_penalty(best: _Scored, ranked: list[_Scored]) -> float:
    """A rival with another value and nearly the same score makes the choice a coin toss."""
    rival = next((item for item in ranked[1:] if item.mention.value != best.mention.value), None)
    if rival is None:
        return 0.0
    return 0.25 * max(0.0, 1.0 - (best.score - rival.score) / 0.3)


def _to_candidate(ctx: ExtractionContext, item: _Scored) -> Candidate:
    number_start, number_end = ctx.norm.to_original(item.mention.number_start, item.mention.end)
    return Candidate(
        value=item.mention.int_or_float,
        unit=item.spec.unit,
        approx=item.mention.approx,
        confidence=_confidence(item.score),
        evidence=_evidence(ctx, item),
        number_start=number_start,
        number_end=number_end,
    )


def _resolve_shared_mentions(best: dict[str, list[_Scored]]) -> None:
    """A number claimed by two indicators goes to the one that scores it clearly higher.

    Reports do use one figure for two indicators (区委常委会、区政府常务会议研究… 11次),
    so a near tie keeps both.
    """
    changed = True
    while changed:
        changed = False
        owners: dict[tuple[int, int], list[str]] = {}
        for indicator_id, ranked in best.items():
            if ranked:
                owners.setdefault((ranked[0].mention.start, ranked[0].mention.end), []).append(indicator_id)
        for ids in owners.values():
            if len(ids) < 2:
                continue
            ids.sort(key=lambda i: best[i][0].score, reverse=True)
            top = best[ids[0]][0].score
            for loser in ids[1:]:
                if top - best[loser][0].score > 0.15:
                    best[loser].pop(0)
                    changed = True


def _sum_of_parts(ctx: ExtractionContext, spec: IndicatorSpec, best: _Scored,
                  ranked: list[_Scored]) -> Candidate | None:
    """Parts by type without a stated total (免罚15件；减轻处罚83件；从轻处罚5件) add up.

    Parts must come from different cue words, sit in the same sentence run (no 。 and
    no 其中 between them) close to the best candidate, and none may carry a total word
    (共/合计): a stated total wins.
    """
    text = ctx.norm.text
    if vocabulary.total_pattern().search(text[max(best.sentence_start, best.mention.start - 4):best.mention.start]):
        return None
    parts = [best]
    cue_words = {text[best.cue_start:best.cue_end]}
    for item in ranked[1:]:
        cue_word = text[item.cue_start:item.cue_end]
        lo, hi = sorted((item.mention.start, best.mention.start))
        between = text[lo:hi]
        # A part of the same list: no sentence end and no “其中” (a subset, not a sibling) between.
        if cue_word in cue_words or hi - lo > 160 or "\n" in between or "。" in between or "其中" in between:
            continue
        if vocabulary.total_pattern().search(text[max(item.sentence_start, item.mention.start - 4):item.mention.start]):
            return None
        if any(p.mention is item.mention for p in parts):
            continue
        if spec.kind == "people" and item.mention.unit != best.mention.unit \
                and not {item.mention.unit, best.mention.unit} <= _BODY_UNITS:
            continue  # 56家单位…112人: units and people do not add up; 35家、16个 do
        parts.append(item)
        cue_words.add(cue_word)
    if len(parts) < 2:
        return None
    parts.sort(key=lambda p: p.mention.start)
    total = sum(p.mention.value for p in parts)
    start = min(p.sentence_start for p in parts)
    end = max(p.sentence_end for p in parts)
    while end > start and text[end - 1] == "\n":
        end -= 1
    orig_start, orig_end = ctx.norm.to_original(start, end)
    number_start, number_end = ctx.norm.to_original(parts[0].mention.number_start, parts[-1].mention.end)
    value = int(total) if float(total).is_integer() else round(total, 4)
    return Candidate(
        value=value,
        unit=spec.unit,
        approx=any(p.mention.approx for p in parts),
        confidence=_confidence(min(p.score for p in parts) - 0.1),
        evidence=Evidence(orig_start, orig_end, ctx.norm.original[orig_start:orig_end]),
        number_start=number_start,
        number_end=number_end,
    )


def extract_indicators(document: Document, catalog: Catalog, context: ExtractionContext | None = None,
                       report_year: int | None = None) -> tuple[IndicatorValue, ...]:
    """Best value, alternatives and evidence for every indicator of ``catalog``.

    ``report_year`` (from the metadata) lets figures of another year stated beside
    the reported one (2023年…40件，2024年…52件) lose to the year's own.
    """
    ctx = context or build_context(document, report_year)
    ranked_by_id: dict[str, list[_Scored]] = {}
    weak_parts_by_id: dict[str, list[_Scored]] = {}
    for spec in catalog.indicators:
        # One entry per mention, keeping its best score; then best first, earlier first on ties.
        by_mention: dict[tuple[int, int], _Scored] = {}
        for item in _candidates(ctx, spec):
            key = (item.mention.start, item.mention.end)
            if key not in by_mention or item.score > by_mention[key].score:
                by_mention[key] = item
        ordered = sorted(by_mention.values(), key=lambda c: (-c.score, c.mention.start))
        ranked_by_id[spec.id] = [c for c in ordered if c.score >= MIN_SCORE]
        # Too weak to stand alone, but fine as one item of a list that adds up.
        weak_parts_by_id[spec.id] = [c for c in ordered if MIN_PART_SCORE <= c.score < MIN_SCORE]
    _resolve_shared_mentions(ranked_by_id)

    values = []
    for spec in catalog.indicators:
        ranked = ranked_by_id.get(spec.id, [])
        if not ranked:
            values.append(IndicatorValue(spec.id, None, spec.unit, False, 0.0, None))
            continue
        best = ranked[0]
        alternatives = []
        seen_values = {best.mention.value}
        for item in ranked[1:]:
            if item.mention.value in seen_values:
                continue
            seen_values.add(item.mention.value)
            alternatives.append(_to_candidate(ctx, item))
            if len(alternatives) >= MAX_ALTERNATIVES:
                break
        chosen = _to_candidate(ctx, best)
        penalty = _ambiguity_penalty(best, ranked)
        if penalty:
            chosen = replace(chosen, confidence=round(max(0.05, chosen.confidence - penalty), 3))
        if spec.sum_parts:
            summed = _sum_of_parts(ctx, spec, best, ranked + weak_parts_by_id[spec.id])
            if summed is not None:
                alternatives = [chosen] + alternatives[: MAX_ALTERNATIVES - 1]
                chosen = summed
        values.append(IndicatorValue(
            id=spec.id,
            value=chosen.value,
            unit=spec.unit,
            approx=chosen.approx,
            confidence=chosen.confidence,
            evidence=chosen.evidence,
            alternatives=tuple(alternatives),
            number_start=chosen.number_start,
            number_end=chosen.number_end,
        ))
    return tuple(values)
