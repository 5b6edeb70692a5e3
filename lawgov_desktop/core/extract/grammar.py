"""Quantity statements: which number an indicator's word is about.

Reports state a figure in a handful of orders, the same for every indicator:

- thing … verb … number+measure   受理行政复议案件共64件 / 召开常务会议研究法治工作8次
- number+measure+thing            将312项行政许可事项划入审批局 / 对45件决策草案开展合法性审查
- number+measure+person … event   组织860名新任领导干部参加任前法律知识考试
- label+number                     参考人数2.1万人 / 办结率99.2%

A ``Link`` joins one number to the nearest word of one indicator on its left (within
the sentence, a bounded span back) or on its right (within the clause, a short span
on).  How far, across what (clause breaks, other figures, another indicator's word)
and in what surroundings (a plan, a change, another body, another year) become the
link's features; ``scorer`` weighs them.  Nothing here is about one indicator: the
catalog's word lists say what each indicator is called, the grammar says where.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..catalog import Catalog, IndicatorSpec
from ..normalize import NormalizedText, normalize
from ..types import Document
from .. import vocabulary
from ..numbers import NumberMention, find_numbers
from .scope import ReportScope, detect_scope
from .sentences import Sentence, SentenceIndex, split_sentences
from .terms import AFTER_ROLES, CatalogTerms, TermHit, compile_terms

_CLAUSE_BREAKS = "，,：:"
# Roles that name what is counted; an event word may stand between them and the number.
_NAMING_ROLES = frozenset({"main", "thing", "label"})
# The longest clause read around a figure; real clauses are far shorter.
CLAUSE_MAX = 120
_BREAK = re.compile("[，,；;]")
_HARD_BREAKS = "。；;！？!?\n"


@dataclass
class ExtractionContext:
    """Everything about one report's text that every indicator reuses."""

    norm: NormalizedText
    mentions: list[NumberMention]
    sentences: SentenceIndex
    scope: ReportScope
    terms: CatalogTerms
    hits: list[list[TermHit]]
    report_year: int | None = None
    mention_starts: list[int] = field(default_factory=list)
    hit_ends: list[list[int]] = field(default_factory=list)
    hit_starts: list[list[int]] = field(default_factory=list)
    all_hits: list[TermHit] = field(default_factory=list)
    all_hit_starts: list[int] = field(default_factory=list)
    topic_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    topic_full_cache: dict[tuple[int, int], tuple[bool, bool]] = field(default_factory=dict)
    # Per indicator: the numbers of a unit it accepts (no changes), and their starts as a set.
    accepted: list[list[NumberMention]] = field(default_factory=list)
    accepted_starts: list[frozenset[int]] = field(default_factory=list)
    accepted_start_list: list[list[int]] = field(default_factory=list)
    accepted_end_list: list[list[int]] = field(default_factory=list)

    breaks: list[int] = field(default_factory=list)  # offsets of ，,；; in the text
    mention_cache: dict[int, dict[str, float]] = field(default_factory=dict)
    span_cache: dict[tuple[int, int], dict[str, float]] = field(default_factory=dict)
    gap_cache: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    avoid_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    counted_cache: dict[int, str | None] = field(default_factory=dict)

    def clause_start(self, offset: int, floor: int) -> int:
        """Start of the clause holding ``offset`` (after the last ，,；; before it), not before ``floor``
        and at most ``CLAUSE_MAX`` back: text without punctuation must not cost its length per figure."""
        floor = max(floor, offset - CLAUSE_MAX)
        index = bisect_left(self.breaks, offset) - 1
        return max(floor, self.breaks[index] + 1) if index >= 0 else floor

    def clause_end(self, offset: int, ceiling: int) -> int:
        """End of the clause holding ``offset`` (the next ，,；; at or after it), not after ``ceiling``
        and at most ``CLAUSE_MAX`` on."""
        ceiling = min(ceiling, offset + CLAUSE_MAX)
        index = bisect_left(self.breaks, offset)
        return min(ceiling, self.breaks[index]) if index < len(self.breaks) else ceiling

    def takes(self, index: int, mention: NumberMention) -> bool:
        """Indicator ``index`` accepts this number's unit (and it is not a change)."""
        return mention.start in self.accepted_starts[index]

    @property
    def text(self) -> str:
        return self.norm.text


def build_context(document: Document, catalog: Catalog, report_year: int | None = None,
                  region: str | None = None) -> ExtractionContext:
    """``report_year`` and ``region`` come from the metadata: figures of other years and of higher
    levels than the region's (全市 in a county report) are told apart with them."""
    norm = normalize(document.text)
    text = norm.text
    terms = compile_terms(catalog)
    mentions = find_numbers(text)
    sentences = SentenceIndex(split_sentences(text))
    hits = terms.hits(text, _sentences_with_numbers(sentences, mentions))
    all_hits = sorted((h for per in hits for h in per), key=lambda h: (h.start, h.end))
    # Numbers by unit word ('%' for rates), then per indicator the units it accepts, in text order.
    by_word: dict[str, list[NumberMention]] = {}
    for mention in mentions:
        if not mention.change and mention.unit != "个百分点":
            by_word.setdefault("%" if mention.percent else mention.unit, []).append(mention)
    by_unit_key: dict[tuple, list[NumberMention]] = {}
    accepted = []
    for spec in catalog.indicators:
        key = ("%",) if spec.kind == "rate" else spec.units
        if key not in by_unit_key:
            words = [w for w in dict.fromkeys(key) if w in by_word]
            merged = by_word[words[0]] if len(words) == 1 else sorted(
                (m for w in words for m in by_word[w]), key=lambda m: m.start)
            by_unit_key[key] = list(merged) if words else []
        accepted.append(by_unit_key[key])
    starts_by_key = {key: frozenset(m.start for m in found) for key, found in by_unit_key.items()}
    return ExtractionContext(
        norm=norm,
        mentions=mentions,
        sentences=sentences,
        scope=detect_scope(text, region),
        terms=terms,
        hits=hits,
        report_year=report_year,
        mention_starts=[m.start for m in mentions],
        hit_ends=[[h.end for h in per] for per in hits],
        hit_starts=[[h.start for h in per] for per in hits],
        all_hits=all_hits,
        all_hit_starts=[h.start for h in all_hits],
        accepted=accepted,
        breaks=[m.start() for m in _BREAK.finditer(text)],
        accepted_starts=[starts_by_key[("%",) if spec.kind == "rate" else spec.units] for spec in catalog.indicators],
        accepted_start_list=[[m.start for m in found] for found in accepted],
        accepted_end_list=[[m.end for m in found] for found in accepted],
    )


def _right_reachable(text: str, start: int, end: int, blocking: str) -> bool:
    """Nothing blocks [start, end), except one comma before 均/全部 (286名执法人员，均取得执法证)."""
    gap = text[start:end]
    if not any(c in gap for c in blocking):
        return True
    head, sep, rest = gap.partition("，") if "，" in gap else gap.partition(",")
    return bool(sep) and not any(c in head + rest for c in blocking) \
        and vocabulary.all_words_pattern().match(rest) is not None


def _sentences_with_numbers(sentences: SentenceIndex, mentions: list[NumberMention]) -> list[tuple[int, int]]:
    """Runs of sentences that hold a figure: a word only ever links to a number of its own sentence."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.change:
            continue
        sentence = sentences.at(mention.start)
        if sentence is None or sentence.is_heading:
            continue
        if spans and sentence.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], sentence.end))
        else:
            spans.append((sentence.start, sentence.end))
    return spans


@dataclass(frozen=True)
class Link:
    """One number joined to one word of one indicator."""

    spec_index: int
    mention: NumberMention
    term: TermHit
    side: str  # "left": the word stands before the number; "right": after it
    sentence: Sentence
    features: dict[str, float]

    @property
    def start(self) -> int:
        return min(self.term.start, self.mention.start)

    @property
    def end(self) -> int:
        return max(self.term.end, self.mention.end)


def unit_accepted(spec: IndicatorSpec, mention: NumberMention) -> bool:
    if spec.kind == "rate":
        return mention.percent
    if mention.percent or mention.unit == "个百分点":
        return False
    return mention.unit in spec.units


def _mentions_between(ctx: ExtractionContext, start: int, end: int) -> list[NumberMention]:
    lo = bisect_left(ctx.mention_starts, start)
    hi = bisect_left(ctx.mention_starts, end)
    return [m for m in ctx.mentions[lo:hi] if m.end <= end]


def _from(items: list, start: int):
    """``items[start:]`` without copying it (islice would walk from the front)."""
    for index in range(start, len(items)):
        yield items[index]


def _could_take(ctx: ExtractionContext, catalog: Catalog, index: int, mention: NumberMention,
                sentence: Sentence) -> bool:
    """Another indicator could claim this number: it accepts the unit and its topic is near."""
    spec = catalog.indicators[index]
    if not ctx.takes(index, mention):
        return False
    key = (index, sentence.start)
    near = ctx.topic_cache.get(key)
    if near is None:
        near = _topic(ctx, spec, sentence)[1]
        ctx.topic_cache[key] = near
    return near


def _rival_between(ctx: ExtractionContext, catalog: Catalog, spec_index: int, mention: NumberMention,
                   sentence: Sentence, start: int, end: int) -> bool:
    """Another indicator's word, for a number of this unit, lies wholly inside [start, end)."""
    lo = bisect_left(ctx.all_hit_starts, start)
    for hit in _from(ctx.all_hits, lo):
        if hit.start >= end:
            break
        if hit.end <= end and hit.indicator != spec_index and hit.role != "label" \
                and _could_take(ctx, catalog, hit.indicator, mention, sentence):
            own = ctx.hits[spec_index]
            # A rival word inside one of our own words (行政复议 inside 行政复议案件) is not a rival.
            i = bisect_right(ctx.hit_starts[spec_index], hit.start) - 1
            if i >= 0 and own[i].end >= hit.end:
                continue
            return True
    return False


def _rival_right_after(ctx: ExtractionContext, catalog: Catalog, spec_index: int, mention: NumberMention,
                       sentence: Sentence) -> bool:
    """The number+measure is followed at once by another indicator's word: it counts that thing."""
    lo = bisect_left(ctx.all_hit_starts, mention.end)
    for hit in ctx.all_hits[lo:lo + 6]:
        if hit.start > mention.end + 2:
            break
        if hit.indicator != spec_index and hit.role in AFTER_ROLES \
                and _could_take(ctx, catalog, hit.indicator, mention, sentence):
            return True
    return False


def _enumerated_with_rival(ctx: ExtractionContext, catalog: Catalog, hit: TermHit, mention: NumberMention,
                           sentence: Sentence) -> bool:
    """复议、应诉和调解案件合计N件: the word is one item of a list of other indicators' words."""
    text = ctx.text
    before = text[max(sentence.start, hit.start - 3):hit.start]
    if "、" not in before and not before.endswith(("和", "及")):
        return False
    lo = bisect_left(ctx.all_hit_starts, max(sentence.start, hit.start - 24))
    for other in _from(ctx.all_hits, lo):
        if other.start >= hit.start:
            break
        if other.indicator != hit.indicator and 0 <= hit.start - other.end <= 4 \
                and any(c in text[other.end:hit.start] for c in "、和及") \
                and not _mentions_between(ctx, other.end, hit.start) \
                and _could_take(ctx, catalog, other.indicator, mention, sentence):
            return True
    return False


def _inside_rival(ctx: ExtractionContext, catalog: Catalog, hit: TermHit, mention: NumberMention,
                  sentence: Sentence) -> bool:
    """The word is part of a longer word of another indicator (会议 inside 依法治县委员会会议)."""
    lo = bisect_left(ctx.all_hit_starts, hit.start - 24)
    for other in _from(ctx.all_hits, lo):
        if other.start > hit.start:
            break
        if other.indicator != hit.indicator and other.end >= hit.end and other.end - other.start > hit.end - hit.start \
                and _could_take(ctx, catalog, other.indicator, mention, sentence):
            return True
    return False


def _rival_subject(ctx: ExtractionContext, catalog: Catalog, hit: TermHit, mention: NumberMention,
                   sentence: Sentence) -> bool:
    """镇党委会议专题研究法治建设3次: another indicator's thing right before our event is its subject."""
    lo = bisect_left(ctx.all_hit_starts, max(sentence.start, hit.start - 24))
    for other in _from(ctx.all_hits, lo):
        if other.start >= hit.start:
            break
        if other.indicator != hit.indicator and other.role in ("main", "thing") and 0 <= hit.start - other.end <= 2 \
                and _could_take(ctx, catalog, other.indicator, mention, sentence):
            return True
    return False


def _topic(ctx: ExtractionContext, spec: IndicatorSpec, sentence: Sentence) -> tuple[bool, bool]:
    """(topic words in the sentence, topic words in the sentence or its surroundings)."""
    if not spec.require_patterns:
        return True, True
    text = ctx.text
    sentence_text = text[sentence.start:sentence.end]
    if any(p.search(sentence_text) for p in spec.require_patterns):
        return True, True
    # The topic may be named in the clause before a ；, or in the heading of the paragraph.
    line_start = text.rfind("\n", 0, sentence.start) + 1
    before = text[max(line_start, sentence.start - 80):sentence.start]
    heading = ctx.sentences.heading_before(sentence.start)
    surroundings = before + (text[heading.start:heading.end] if heading else "")
    return False, any(p.search(surroundings) for p in spec.require_patterns)


_LIST_ITEM_BACK = re.compile(r"[、，,；;]")
_CLAUSE_TAIL = re.compile(r"[，,；;。、（(]")
_YEAR = re.compile(r"(20\d{2})年")
# How far on a link's clause is read for exclude words: a sentence without punctuation must
# not cost its whole length per link.
_TAIL_MAX = 80


def _topic_cached(ctx: ExtractionContext, index: int, spec: IndicatorSpec,
                  sentence: Sentence) -> tuple[bool, bool]:
    key = (index, sentence.start)
    found = ctx.topic_full_cache.get(key)
    if found is None:
        found = ctx.topic_full_cache[key] = _topic(ctx, spec, sentence)
        ctx.topic_cache[key] = found[1]
    return found


def _excluded(ctx: ExtractionContext, spec: IndicatorSpec, start: int, end: int, sentence: Sentence) -> bool:
    """The indicator's exclude words in the link, back to the list item and on to the clause end."""
    if not spec.exclude_patterns:
        return False
    text = ctx.text
    back = text[max(sentence.start, start - 16):start]
    back = _LIST_ITEM_BACK.split(back)[-1]
    tail = _CLAUSE_TAIL.split(text[end:min(sentence.end, end + _TAIL_MAX)], maxsplit=1)[0]
    link = back + text[start:end] + tail
    return any(p.search(link) for p in spec.exclude_patterns)


# Surroundings that make a figure not the year's own, whatever else is said: the catalog's
# definitions exclude other bodies' figures, other years', several years added up and old levels.
# (A count shared by a list of other indicators' things and a measure word that counts bodies
# are set aside where they are found, in ``links_for``.)
HARD_EXCLUSIONS = frozenset({"other_scope", "other_year", "multi_year", "old_value"})


def _mention_features(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> dict[str, float]:
    """What the words right before a number say of it, whichever indicator it is linked to (cached)."""
    cached = ctx.mention_cache.get(mention.start)
    if cached is not None:
        return cached
    text = ctx.text
    s0 = sentence.start
    features: dict[str, float] = {}
    clause_start = ctx.clause_start(mention.start, s0)
    if mention.approx:
        features["approx"] = 1.0
    # 共计51件: the total word may be the mention's own prefix.
    if vocabulary.total_pattern().search(text[max(s0, mention.start - 4):mention.number_start]):
        features["total_before"] = 1.0
    if "其中" in text[clause_start:mention.start]:
        features["subset"] = 1.0
    clause_before = text[max(s0, mention.start - 12):mention.start]
    if vocabulary.plan_pattern().search(clause_before) and not vocabulary.total_pattern().search(clause_before):
        features["plan_word"] = 1.0
    if mention.range_part:
        features["range_part"] = 1.0
    if vocabulary.old_value_pattern().search(text[max(s0, mention.start - 5):mention.start]):
        features["old_value"] = 1.0
    elif vocabulary.new_value_pattern().search(text[max(s0, mention.start - 6):mention.start]):
        features["new_value"] = 1.0  # 精简为213项: the level now reached
    if ctx.report_year:
        years = _YEAR.findall(text, clause_start, mention.start)
        if years and int(years[-1]) != ctx.report_year:
            features["other_year"] = 1.0
    if mention.value == 1:
        features["value_one"] = 1.0
    ctx.mention_cache[mention.start] = features
    return features


def _span_features(ctx: ExtractionContext, s0: int, link_start: int, link_end: int) -> dict[str, float]:
    """Several years, 累计, another level: read from the words before and inside a link (cached)."""
    key = (link_start, link_end)
    cached = ctx.span_cache.get(key)
    if cached is not None:
        return cached
    text = ctx.text
    features: dict[str, float] = {}
    before_link = text[max(s0, link_start - 16):link_start]
    if vocabulary.multi_year_pattern().search(before_link + text[link_start:link_end]):
        features["multi_year"] = 1.0
    elif vocabulary.cumulative_pattern().search(before_link):
        features["cumulative"] = 1.0
    if ctx.scope.foreign_scope(text[max(s0, link_start - 14):link_end]):
        features["other_scope"] = 1.0
    ctx.span_cache[key] = features
    return features


def _context_features(ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention, sentence: Sentence,
                      link_start: int, link_end: int, clause: str) -> dict[str, float]:
    """What surrounds the statement: totals, subsets, plans, changes, other bodies and years."""
    text = ctx.text
    s0 = sentence.start
    features = dict(_mention_features(ctx, mention, sentence))
    if mention.unit == spec.unit or (spec.kind == "rate" and mention.percent):
        features["unit_primary"] = 1.0
    features.update(_span_features(ctx, s0, link_start, link_end))
    if spec.avoid_patterns:
        if any(p.search(clause) for p in spec.avoid_patterns):
            features["avoid_clause"] = 1.0
        else:
            key = (id(spec), s0)
            in_sentence = ctx.avoid_cache.get(key)
            if in_sentence is None:
                in_sentence = ctx.avoid_cache[key] = any(p.search(text, s0, sentence.end) for p in spec.avoid_patterns)
            if in_sentence:
                features["avoid_sentence"] = 1.0
    return features


def _counted_after(ctx: ExtractionContext, mention: NumberMention) -> str | None:
    """What the measure word is followed by: "people" (860名干部), "bodies" (8个部门的), or None (cached)."""
    if mention.start in ctx.counted_cache:
        return ctx.counted_cache[mention.start]
    after = ctx.text[mention.end:mention.end + 8]
    person = vocabulary.person_pattern()
    if person.match(after, 0) or person.match(after, 2):
        counted = "people"
    elif vocabulary.body_pattern().match(after):
        counted = "bodies"
    else:
        counted = None
    ctx.counted_cache[mention.start] = counted
    return counted


def _gap_features(ctx: ExtractionContext, gap_text: str, side: str) -> dict[str, float]:
    cached = ctx.gap_cache.get((gap_text, side))
    if cached is not None:
        return dict(cached)
    features: dict[str, float] = {}
    gap = len(gap_text)
    features[f"gap_{side}"] = min(gap, 60) / 10
    if gap == 0 or vocabulary.link_gap_pattern().fullmatch(gap_text):
        features["gap_plain"] = 1.0
    breaks = sum(gap_text.count(c) for c in _CLAUSE_BREAKS)
    if breaks:
        features["breaks"] = float(min(breaks, 3))
    enumerations = gap_text.count("、")
    if enumerations:
        features["enumeration"] = float(min(enumerations, 3))
    ctx.gap_cache[(gap_text, side)] = features
    return dict(features)


def links_for(ctx: ExtractionContext, catalog: Catalog, spec_index: int) -> list[Link]:
    """Every number of an accepted unit joined to its nearest word of this indicator, each side."""
    spec = catalog.indicators[spec_index]
    text = ctx.text
    hits = ctx.hits[spec_index]
    after_patterns = ctx.terms.after_patterns[spec_index]
    if not hits and not after_patterns:
        return []
    left_span = spec.max_gap
    right_span = vocabulary.grammar_setting("right_span")
    person_search = vocabulary.person_pattern().search
    person_before_search = vocabulary.person_before_pattern().search
    links: list[Link] = []
    blocking = _CLAUSE_BREAKS + _HARD_BREAKS + "（("
    accepted = ctx.accepted[spec_index]
    # From the words to the numbers near them (words are few, numbers many): each number's
    # nearest word ending before it, and nearest thing/event starting after it, within the spans.
    starts = ctx.accepted_start_list[spec_index]
    ends = ctx.accepted_end_list[spec_index]
    left_of: dict[int, TermHit] = {}
    thing_left_of: dict[int, TermHit] = {}
    right_of: dict[int, TermHit] = {}
    for hit in hits:
        for k in range(bisect_left(starts, hit.end), bisect_right(starts, hit.end + left_span)):
            left_of[k] = hit  # a later word is nearer
            if hit.role in _NAMING_ROLES:
                thing_left_of[k] = hit
        if hit.role in AFTER_ROLES:
            for k in range(bisect_left(ends, hit.start - right_span), bisect_right(ends, hit.start)):
                right_of.setdefault(k, hit)  # an earlier word is nearer
    indices = range(len(accepted)) if after_patterns else sorted(left_of.keys() | right_of.keys())
    for k in indices:
        mention = accepted[k]
        left, right = left_of.get(k), right_of.get(k)
        if mention.value < spec.min_value or (spec.max_value is not None and mention.value > spec.max_value):
            continue
        sentence = ctx.sentences.at(mention.start)
        # A figure under 下一步工作打算 is a target, never the year's result.
        if sentence is None or sentence.is_heading or sentence.in_plan_section:
            continue
        candidates: list[tuple[str, TermHit]] = []
        # Left: the nearest word ending before the number, inside the sentence and the span.
        if left is not None and left.start >= sentence.start:
            candidates.append(("left", left))
            # 局党组会议专题研究法治建设工作4次: the thing before the nearer event is linked too.
            thing = thing_left_of.get(k)
            if thing is not None and thing is not left and thing.start >= sentence.start:
                candidates.append(("left", thing))
        # Right: the nearest thing/event starting after the number inside its clause.
        if right is not None and right.end <= sentence.end and _right_reachable(text, mention.end, right.start, blocking):
            candidates.append(("right", right))
        for pattern in after_patterns:
            match = pattern.match(text, mention.end)
            if match and match.end() > match.start():
                candidates.append(("right", TermHit(match.start(), match.end(), "cue_after", spec_index)))
                break
        if not candidates:
            continue
        topic_in_sentence, topic_near = _topic_cached(ctx, spec_index, spec, sentence)
        if not topic_near:
            continue
        people = spec.kind == "people"
        for side, hit in candidates:
            link_start = min(hit.start, mention.start)
            link_end = max(hit.end, mention.end)
            if _excluded(ctx, spec, link_start, link_end, sentence):
                continue
            clause = text[ctx.clause_start(link_start, sentence.start):ctx.clause_end(link_end, sentence.end)]
            features = _context_features(ctx, spec, mention, sentence, link_start, link_end, clause)
            hard = HARD_EXCLUSIONS.intersection(features)
            if hard and hard != {"other_scope"}:
                continue  # another year's, several years', an old level: never the value
            # (Another body's figure is kept a moment: 全市…356件，其中我县41件 derives our share from it.)
            gap_text = text[hit.end:mention.start] if side == "left" else text[mention.end:hit.start]
            features.update(_gap_features(ctx, gap_text, side))
            features[f"side_{side}"] = 1.0
            features[f"role_{hit.role}"] = 1.0
            features["term_length"] = min(hit.end - hit.start, 8) / 4
            between = _mentions_between(ctx, hit.end, mention.start) if side == "left" \
                else _mentions_between(ctx, mention.end, hit.start)
            # An old level between word and number (由原来的268项精简为213项) is not a nearer figure.
            between = [m for m in between if not m.change
                       and "old_value" not in _mention_features(ctx, m, ctx.sentences.at(m.start) or sentence)]
            if between:
                same_unit = sum(1 for m in between if ctx.takes(spec_index, m))
                if same_unit:
                    features["nearer_same_unit"] = 1.0
                if len(between) > same_unit:
                    features["numbers_between"] = float(min(len(between) - same_unit, 3))
            span = (hit.end, mention.start) if side == "left" else (mention.end, hit.start)
            if side == "right" and hit.role == "event":
                # 45件重大行政决策草案开展合法性审查: what stands between number and event is
                # the object the event was done to, whatever indicator names it.
                span = (span[1], span[1])
            if span[1] > span[0] and _rival_between(ctx, catalog, spec_index, mention, sentence, *span):
                features["rival_between"] = 1.0
            if side == "left" and _rival_right_after(ctx, catalog, spec_index, mention, sentence):
                features["rival_after_number"] = 1.0
            if hit.role != "cue_after":
                if _inside_rival(ctx, catalog, hit, mention, sentence):
                    features["inside_rival"] = 1.0
                if _enumerated_with_rival(ctx, catalog, hit, mention, sentence):
                    features["listed_with_rival"] = 1.0
                    continue  # 复议、应诉和调解案件合计N件: a count of several kinds is none of theirs
            if hit.role == "event" and _rival_subject(ctx, catalog, hit, mention, sentence):
                features["rival_subject"] = 1.0
            if "法" not in clause:
                features["no_law_word"] = 1.0
            if people and person_search(gap_text):
                # 培训执法人员1300人次 / 860名干部参加…考试: the people the figure counts
                features["person_in_gap"] = 1.0
            if people and person_before_search(text, max(sentence.start, mention.start - 8), mention.start):
                features["person_before_number"] = 1.0  # 领导干部480人参加…培训
            counted = _counted_after(ctx, mention)
            if counted == "people":
                features["person_after_measure"] = 1.0
            elif counted == "bodies" and not people:
                # 8个部门的执法案卷: the measure counts departments.  (People counts do accept
                # bodies where no head count is given: 35家单位…述法.)
                continue
            if not topic_in_sentence:
                features["topic_outside_sentence"] = 1.0
            elif spec.require_patterns and not any(p.search(clause) for p in spec.require_patterns):
                features["topic_outside_clause"] = 1.0  # 局长办公会研究执法决定6次 beside a 法治 clause
            if "total_before" in features and "nearer_same_unit" in features:
                features["total_after_parts"] = 1.0  # 免罚15件，从轻27件，共计42件: the stated total
            links.append(Link(spec_index, mention, hit, side, sentence, features))
    return links
