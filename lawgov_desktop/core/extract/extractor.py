"""From a report's text to one value per indicator, with evidence, alternatives and confidence.

1. ``grammar`` joins numbers to the words of each indicator (links with features);
2. ``scorer`` turns each link's features into a probability (weights fitted by
   ``tools/fit_scorer.py``);
3. here the best link per indicator is chosen: a number claimed by two indicators
   goes to the one that claims it clearly more; parts listed without a total add up
   where the catalog says so (``sum_parts``); the cell is filled when the best
   probability reaches the fitted threshold; the next distinct values become the
   alternatives, and the calibrated confidence is what the reviewer sees;
4. ``table_columns`` fills the cells still empty from the own rows (合计, the report's year) of
   tables whose columns are headed by indicators, each figure read with its column's heading;
5. ``phrasing`` fills the cells still empty from the characters around the numbers no
   filled cell uses (a model fitted by ``tools/fit_phrasing_model.py``), for figures
   written in a way the grammar has not met.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Final, NamedTuple

from ..catalog import Catalog, IndicatorSpec
from ..numbers import NumberMention
from ..types import Candidate, Document, Evidence, IndicatorValue
from .. import vocabulary
from .confidence import IDENTITY, ConfidenceCurve, default_curve
from .grammar import HARD_EXCLUSIONS, ExtractionContext, Link, bodies_of_the_people, build_context, composed_of, \
    department_may_count, links_for, listed_after_word, subset_marker_before
from .phrasing import PhrasingModel, default_phrasing_model, fill_empty_cells
from .scorer import Scorer, default_scorer
from .sentences import Sentence
from .stated_in_words import FULL_RATE, WORDING_CONFIDENCE, fill_rates_stated_in_words
from .table_columns import column_figures

MAX_ALTERNATIVES: Final = 4
_EVIDENCE_MAX = 150
# 其中…, or 中，有… after the total's thing (召开的13次局务会议中，共有12次…涉及法治建设).
_SUBSET = re.compile(r"[，,]?其中|中[，,](?:共有|有)")


class ScoredLink(NamedTuple):
    link: Link
    probability: float

    @property
    def value(self) -> float:
        return self.link.mention.value


def collect_links(ctx: ExtractionContext, catalog: Catalog) -> list[list[Link]]:
    """Every indicator's links, including the on-topic subsets (…26次，其中法治专题2次)."""
    collected = []
    for index, spec in enumerate(catalog.indicators):
        links = links_for(ctx, catalog, index)
        links += _subset_links(ctx, spec, links)
        _mark_parts_of_linked_totals(ctx, links)
        collected.append(links)
    return collected


def _mark_parts_of_linked_totals(ctx: ExtractionContext, links: list[Link]) -> None:
    """共开展合法性审查286件，其中合同158件: a figure after 其中 whose total, earlier in the
    sentence, is linked to the same indicator is a part of it."""
    text = ctx.text
    for link in links:
        if "subset" not in link.features:
            continue
        marker = subset_marker_before(ctx, link.sentence.start, link.mention.start)
        if marker != -1 and any(other.mention.start < marker and other.sentence.start == link.sentence.start
                                for other in links if other is not link):
            link.features["part_of_linked_total"] = 1.0


def _may_open_a_part(text: str, end: int) -> bool:
    """Whether ``_SUBSET`` may match at ``end``: each of its matches holds 其中 at ``end`` or just after
    (after ，or ,), or opens on 中.  Few links are followed by a part, and this look costs far less
    than a call of the regular expression (it is asked only where this says yes)."""
    if end < 0 or end >= len(text):
        return True  # bounds the regular expression reads its own way
    return text[end] == "中" or text.find("其中", end, end + 3) != -1


def _after_other_items(ctx: ExtractionContext, link: Link, end: int) -> int:
    """The end of the clause of ``link``'s number: what follows the number there are the statement's
    other items, whether figures of another kind (审议议题136个) or of this indicator's other kinds
    (局党组会议23次、局务会议14次，其中专题研究法治建设的6次: the part is of them all)."""
    return ctx.clause_end(end, link.sentence.end)


def _subset_links(ctx: ExtractionContext, spec: IndicatorSpec, links: list[Link]) -> list[Link]:
    """“常务会议26次，其中2次专题研究法治政府建设”: the subset is the figure on topic.

    For indicators whose ``require`` words name the topic: when the total's own words
    miss the topic and the 其中 clause names it, the number in that clause is linked too.
    Also a share of a larger body's total (全市…356件，其中我县41件).
    """
    text = ctx.text
    extra = []
    for link in links:
        # The part follows the whole statement: after the number (会议26次，其中…) or after the
        # thing counted (13次局务会议中，有…).
        end = link.mention.end if link.side == "left" else link.term.end
        if link.side == "left" and text.startswith("、", end):
            # 常务会议全年共召开31次、审议议题136个，其中…4次: the statement's other items (no
            # figure of this indicator among them) may stand between the total and its part.
            end = _after_other_items(ctx, link, end)
        if not _may_open_a_part(text, end):
            continue
        marker = _SUBSET.match(text, end, min(link.sentence.end, end + 4))
        if not marker:
            continue
        clause_start = marker.end()
        ends = [i for i in (text.find(c, clause_start, link.sentence.end) for c in "，,；;。") if i != -1]
        clause_end = min(ends) if ends else link.sentence.end
        clause = text[clause_start:clause_end]
        # The total's own words run from its clause's start: 共审核、备案行政规范性文件269件 names
        # its topic (审核) before the word linked.
        own_start = ctx.clause_start(link.start, link.sentence.start)
        if own_start > link.sentence.start and ctx.words.participant_match(text, own_start) is not None:
            # 全年组织执法人员专题培训7次，参训1150人次，其中…: who took part is told of the training
            # in the clause before; its words are the total's own too.
            own_start = ctx.clause_start(own_start - 1, link.sentence.start)
        # 持证上岗：全局在编在岗执法人员71名，其中已取得执法证的68名: a field label before its colon
        # names the section, not what the total counts.
        colon = max(text.rfind("：", own_start, link.mention.start), text.rfind(":", own_start, link.mention.start))
        own_words = text[(colon + 1 if colon != -1 else own_start):link.end]
        on_topic = bool(spec.require_patterns) and not any(p.search(own_words) for p in spec.require_patterns) \
            and any(p.search(clause) for p in spec.require_patterns)
        own_share = bool(vocabulary.own_scope_pattern().search(clause)) and "other_scope" in link.features
        if not (on_topic or own_share):
            continue
        for index in range(bisect_left(ctx.mention_starts, clause_start), len(ctx.mentions)):
            mention = ctx.mentions[index]
            if mention.start >= clause_end:
                break
            if ctx.takes(link.spec_index, mention):
                # 其中我县行政机关败诉3件: a part named by one of the indicator's exclude words
                # (an outcome, another kind) is no share of the total.
                if any(p.search(text, clause_start, mention.start) for p in spec.exclude_patterns):
                    break
                features = dict(link.features)
                features.pop("other_scope", None)
                features.pop("subset", None)
                features["subset_on_topic"] = 1.0
                extra.append(Link(link.spec_index, mention, link.term, "left", link.sentence, features))
                link.features["total_of_subset"] = 1.0
                break
    return extra


def rank_links(links: list[list[Link]], scorer: Scorer) -> dict[int, list[ScoredLink]]:
    """Every indicator's numbers with the probability of their best link, most probable first."""
    return {index: _rank(indicator_links, scorer) for index, indicator_links in enumerate(links)}


def grammar_probabilities(ranked: dict[int, list[ScoredLink]]) -> dict[tuple[int, int], float]:
    """The best link's probability per (indicator, number start): what the phrasing model is told
    of the grammar's reading, read before shared numbers are given to one indicator."""
    return {(index, item.link.mention.start): item.probability for index, items in ranked.items() for item in items}


# The hard exclusions as a tuple: each is looked up in a link's features (a few dict lookups, where
# ``frozenset.isdisjoint(dict)`` was a Python-level method call walking every feature).
_HARD_EXCLUSIONS: Final[tuple[str, ...]] = tuple(sorted(HARD_EXCLUSIONS))
# ``ScoredLink(link, probability)`` as the named tuple's own ``__new__`` makes it
# (``tuple.__new__(cls, (link, probability))``), without that Python-level function around it.
_scored_link: Final = tuple.__new__


def _rank(links: list[Link], scorer: Scorer) -> list[ScoredLink]:
    """One entry per number (its best link), most probable first, earlier first on ties."""
    best: dict[tuple[int, int], ScoredLink] = {}
    for link in links:
        features = link.features
        excluded = False
        for name in _HARD_EXCLUSIONS:
            if name in features:
                excluded = True
                break
        if excluded:
            continue
        mention = link.mention
        key = (mention.start, mention.end)
        probability = scorer.probability(features)
        previous = best.get(key)
        if previous is None or probability > previous.probability:
            best[key] = _scored_link(ScoredLink, (link, probability))
    # Sorted on (−probability, start, position in ``best``) tuples rather than with a key lambda
    # (a Python-level call per entry once compiled): the position breaks the remaining ties as the
    # stable sort did, so the order is the same.
    keyed = [(-item.probability, item.link.mention.start, position, item)
             for position, item in enumerate(best.values())]
    keyed.sort()
    return [entry[3] for entry in keyed]


def _resolve_shared(ranked: dict[int, list[ScoredLink]], margin: float, catalog: Catalog) -> None:
    """A number claimed first by two indicators goes to the one that claims it clearly more.

    Reports do use one figure for two indicators (县委常委会、县政府常务会议研究… 11次),
    so a near tie keeps both; so does a pair the catalog says count one statement both
    (``shares_figures_with``: 对12项重大决策开展合法性审查 — decisions, and reviews). Such a pair
    shares a figure only where its statement names both: a paragraph lead's topic (a word of no
    width, ``leads``) does not make 经合法性审查的公文115件 under 健全重大行政决策机制 a count of decisions.
    """
    changed = True
    while changed:
        changed = False
        owners: dict[tuple[int, int], list[int]] = {}
        for index, items in ranked.items():
            if items:
                mention = items[0].link.mention
                owners.setdefault((mention.start, mention.end), []).append(index)
        for claimants in owners.values():
            if len(claimants) < 2:
                continue
            claimants.sort(key=lambda i: ranked[i][0].probability, reverse=True)
            top = ranked[claimants[0]][0].probability
            winner_named = _named_at_figure(ranked[claimants[0]][0])
            for loser in claimants[1:]:
                loser_named = _named_at_figure(ranked[loser][0])
                # A lead's topic yields to a word the statement itself names, however close the two are.
                lead_against_word = winner_named and not loser_named
                clearly_less = top - ranked[loser][0].probability > margin
                shared = winner_named and loser_named and catalog.share_figures(claimants[0], loser)
                if lead_against_word or (clearly_less and not shared):
                    ranked[loser].pop(0)
                    changed = True


def _named_at_figure(item: ScoredLink) -> bool:
    """Whether the link's word stands in the text (a paragraph lead's topic is a word of no width)."""
    term = item.link.term
    return term.end > term.start


def _evidence(ctx: ExtractionContext, start: int, end: int, lo: int, hi: int) -> Evidence:
    """The sentence [start, end) around a statement [lo, hi); long sentences are cut to its clauses.

    Kept per report: a value and its alternatives often come from one sentence."""
    # A short sentence is the evidence whatever the statement in it.
    key = (start, end, lo, hi) if end - start > _EVIDENCE_MAX else (start, end)
    evidence = ctx.evidence_cache.get(key)
    if evidence is None:
        evidence = ctx.evidence_cache[key] = _cut_evidence(ctx, start, end, lo, hi)
    return evidence


def _cut_evidence(ctx: ExtractionContext, start: int, end: int, lo: int, hi: int) -> Evidence:
    text = ctx.text
    while start < end and text[start] == "\n":
        start += 1
    while end > start and text[end - 1] == "\n":
        end -= 1
    if end - start > _EVIDENCE_MAX:
        clause_start = max(start, max(text.rfind(c, start, lo) for c in "，,；;。") + 1)
        clause_ends = [i for i in (text.find(c, hi, end) for c in "，,；;。") if i != -1]
        clause_end = min(clause_ends) + 1 if clause_ends else end
        start, end = clause_start, min(end, clause_end)
    orig_start, orig_end = ctx.norm.to_original(start, end)
    return Evidence(orig_start, orig_end, ctx.norm.original[orig_start:orig_end])


def _candidate(ctx: ExtractionContext, unit: str, item: ScoredLink, confidence: float) -> Candidate:
    """``unit`` is the indicator's (read once per indicator by the caller: an attribute of the catalog's
    spec is a dictionary lookup by name once compiled)."""
    value, approx, evidence, number_start, number_end = _candidate_fields(ctx, item)
    # Positional (value, unit, approx, confidence, evidence, number_start, number_end): keywords through
    # a class's ``__init__`` are gathered into a dict first, which cost more than building the candidate.
    return Candidate(value, unit, approx, confidence, evidence, number_start, number_end)


def _candidate_fields(ctx: ExtractionContext, item: ScoredLink) -> tuple[float | int, bool, Evidence, int, int]:
    """A candidate's value, approx, evidence, number_start and number_end (``choose_values`` fills a
    value with them without building the candidate and reading it back)."""
    link = item.link
    mention = link.mention
    term = link.term
    number_start, number_end = ctx.norm.to_original(mention.number_start, mention.end)
    # ``link.start`` and ``link.end`` written out (the properties are looked up by name once compiled).
    return (mention.int_or_float, mention.approx,
            _evidence(ctx, link.sentence.start, link.sentence.end, min(term.start, mention.start),
                      max(term.end, mention.end)),
            number_start, number_end)


def _phrasing_candidate(ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention, sentence: Sentence,
                        confidence: float) -> Candidate:
    number_start, number_end = ctx.norm.to_original(mention.number_start, mention.end)
    # Positional, as in ``_candidate``: value, unit, approx, confidence, evidence, number_start, number_end.
    return Candidate(mention.int_or_float, spec.unit, mention.approx, confidence,
                     _evidence(ctx, sentence.start, sentence.end, mention.start, mention.end),
                     number_start, number_end)


def _worded_candidate(ctx: ExtractionContext, spec: IndicatorSpec, start: int, end: int,
                      sentence: Sentence) -> Candidate:
    """全部持证上岗: 100, the phrase marked in its sentence as a number would be."""
    number_start, number_end = ctx.norm.to_original(start, end)
    return Candidate(FULL_RATE, spec.unit, False, WORDING_CONFIDENCE,
                     _evidence(ctx, sentence.start, sentence.end, start, end), number_start, number_end)


def _states_a_total(ctx: ExtractionContext, item: ScoredLink) -> bool:
    """A total word before the figure states a total (共计51件), unless the only one is the year's
    (全年对412件…不予处罚，对96件…减轻处罚: 全年 dates every part, it sums none)."""
    if "total_before" not in item.link.features:
        return False
    mention = item.link.mention
    lead = ctx.text[max(item.link.sentence.start, mention.start - _TOTAL_LEAD_SPAN):mention.number_start]
    return _YEAR_ONLY_TOTAL.search(lead) is None or _STATED_TOTAL.search(lead) is not None


# The words read before a figure for its total word, and the year's word that states no total of parts.
_TOTAL_LEAD_SPAN: Final = 8
_YEAR_ONLY_TOTAL: Final = re.compile("全年(?:对|共?为)?")
_STATED_TOTAL: Final = re.compile("共|合计|总计|累计|总数|总量")
_SUMMING_WORD: Final = re.compile("合计|共计|总计")


def _sum_of_parts(ctx: ExtractionContext, spec: IndicatorSpec, best: ScoredLink, ranked: list[ScoredLink],
                  part_threshold: float) -> tuple[list[ScoredLink], float] | None:
    """Parts listed without a stated total add up: 免罚15件；减轻处罚83件；从轻处罚5件, or
    420名领导干部和96名村（社区）负责人完成述法.

    The parts are this indicator's links near the best one — each to its own word, or all
    to the one word they share after them — with no sentence end, no 其中 and no other
    figure of an accepted unit between them.  A part with a total word (共/合计) means the
    total is stated, and it wins.
    """
    text = ctx.text
    if _states_a_total(ctx, best):
        return None
    linked = {(item.link.mention.start, item.link.mention.end): item for item in ranked
              if item.probability >= part_threshold}
    if best.link.side == "right":
        # 28家部门、9个乡镇…完成述法: the items listed before the best one share its word.
        for item in _listed_before(ctx, best, ranked):
            linked.setdefault((item.link.mention.start, item.link.mention.end), item)
    parts = [best]
    for item in sorted(linked.values(), key=lambda i: i.link.mention.start):
        if item is best:
            continue
        lo, hi = sorted((item.link.mention.start, best.link.mention.start))
        # Searched in place (no copy of the span between them): the same answers as ``in text[lo:hi]``.
        if hi - lo > 160 or text.find("\n", lo, hi) != -1 or text.find("。", lo, hi) != -1 \
                or subset_marker_before(ctx, lo, hi) != -1:
            continue
        if _inside_brackets(text, item.link.mention.start, lo) or _inside_brackets(text, best.link.mention.start, lo):
            continue  # 法律顾问5名（含公职律师2名）: a part in brackets is counted in the figure before it
        if _word_of_an_earlier_clause(ctx, item, best):
            continue  # 开展合法性审核18件，协助处理…涉法问题6件: the 6 reached back to the 18's word
        if _whole_area_clause(ctx, item) != _whole_area_clause(ctx, best):
            continue  # 县政府聘请法律顾问7名，全县公职律师43名: the whole county's are no part of the government's
        if spec.kind == "people" and item.link.mention.unit != best.link.mention.unit \
                and not {item.link.mention.unit, best.link.mention.unit} <= {"家", "个"}:
            continue  # 56家单位…112人: bodies and people do not add up; 35家、16个 do
        if spec.kind == "count" and item.link.mention.unit != best.link.mention.unit \
                and "个" in (item.link.mention.unit, best.link.mention.unit):
            continue  # 审查合同43份，整改问题135个: 个 counts another kind of thing than 份 and 件 do
        occasions = ctx.words.occasion_measures
        if (item.link.mention.unit in occasions) != (best.link.mention.unit in occasions):
            continue  # 审查22件 and 参与合同审核等工作50余次: things and occasions do not add up
        # (Checked after the units: 共有10个乡镇的20名…: the total word is the bodies', no part's.)
        if _states_a_total(ctx, item) and not _opens_the_list(item, best, parts):
            return None
        parts.append(item)
    if len(parts) < 2:
        return None
    parts.sort(key=lambda p: p.link.mention.start)
    # Every figure of an accepted unit inside the list must be a part: otherwise the list
    # holds other things too (梳理文件36件、合同51件) and no sum of ours is its total.
    span_start, span_end = parts[0].link.mention.start, parts[-1].link.mention.end
    part_spans = {(p.link.mention.start, p.link.mention.end) for p in parts}
    previous_end = None
    taken = _taken_from(ctx, best.link.spec_index, span_start)
    for k, mention in enumerate(taken):
        if mention.start < span_end:
            if (mention.start, mention.end) not in part_spans:
                following = taken[k + 1] if k + 1 < len(taken) else None
                if spec.kind == "people" and following is not None \
                        and (following.start, following.end) in part_spans \
                        and bodies_of_the_people(ctx, mention, following):
                    continue  # 38个县直单位的50名主要负责人: the bodies the next part's people came from
                return None
            previous_end = mention.end
            continue
        # The list goes on after the last part (…协议27份，重大行政处罚53份…): an item that is
        # not ours means the parts are only some of the list.
        gap = text[previous_end:mention.start] if previous_end is not None else ""
        if previous_end is None or len(gap) > 16 or not any(c in gap for c in "，,、；;") or "。" in gap \
                or "其中" in gap:
            break  # (…提案34件，其中主办41件: what follows 其中 parts the list again, it adds no item)
        return None
    words = [text[p.link.term.start:p.link.term.end] for p in parts]
    # One word the parts share: after them (28家部门、9个乡镇…完成述法), or a word of several items before
    # 分别 (人大代表建议、政协提案分别为68件、92件).
    # 法律顾问团由7名执业律师和3名法学专家组成: members of the one thing named before 由.
    # 法律顾问：聘请律师5名、专家学者2名: items listed after the one word.
    shared_word = len({(p.link.term.start, p.link.term.end) for p in parts}) == 1 and (
        parts[0].link.side == "right" or all("respectively" in p.link.features for p in parts)
        or all(composed_of(ctx, p.link.term.end, p.link.mention) for p in parts)
        or listed_after_word(ctx, parts[0].link.term.end, [p.link.mention for p in parts]))
    if not shared_word and len(set(words)) < len(words):
        return None  # 收到申请412件，受理376件: the same word twice is a sequence, not parts
    return parts, sum(p.value for p in parts)


def _word_of_an_earlier_clause(ctx: ExtractionContext, item: ScoredLink, best: ScoredLink) -> bool:
    """A part linked back across the other figure and a clause break to the word before that figure: its
    own clause (…，协助处理历史遗留涉法问题6件) tells of another thing done, and the word is the other
    figure's.  (Parts listed with 、 share a verb: 审查合同43份、文件12件.)"""
    link, other = item.link, best.link
    if link.side != "left" or "respectively" in link.features or other.mention.end > link.mention.start:
        return False
    if link.term.end > other.mention.start:
        # 455人完成年度述法，417人接受民主评议: the word after the other figure is that figure's own
        # (it reads the word on its right); the part's clause, past the break, says what it did —
        # unless it names this indicator's word again (…不予处罚，对59件从轻、减轻处罚).
        if other.side != "right" or (other.term.start, other.term.end) != (link.term.start, link.term.end) \
                or ctx.last_clause_mark(link.term.end, link.mention.start) == -1:
            return False
        clause_end = ctx.clause_end(link.mention.end, link.sentence.end)
        return not any(link.mention.end <= hit.start < clause_end for hit in ctx.hits[link.spec_index])
    return ctx.last_clause_mark(other.mention.end, link.mention.start) != -1


def _parts_before_subset(ctx: ExtractionContext, spec: IndicatorSpec, best: ScoredLink, ranked: list[ScoredLink],
                         part_threshold: float) -> tuple[list[ScoredLink], float] | None:
    """The parts listed before a 其中 that the best figure follows: 承办人大代表建议186件、政协提案213件，
    其中…重点建议提案12件 — the 12 is a part of the two, whose sum is the total."""
    text = ctx.text
    sentence = best.link.sentence
    subset = subset_marker_before(ctx, sentence.start, best.link.mention.start)
    if subset == -1:
        return None
    before = [item for item in ranked if item.probability >= part_threshold
              and sentence.start <= item.link.mention.start < subset and item.link.sentence.start == sentence.start]
    if not before:
        return None
    return _sum_of_parts(ctx, spec, before[0], ranked, part_threshold)


def _inside_brackets(text: str, position: int, since: int) -> bool:
    """An opening bracket between ``since`` and ``position`` that is not closed before it."""
    opening = max(text.rfind("(", since, position), text.rfind("（", since, position))
    return opening != -1 and text.find(")", opening, position) == -1 and text.find("）", opening, position) == -1


_WHOLE_AREA: Final = re.compile("全[省市州县区旗盟镇乡]")


def _whole_area_clause(ctx: ExtractionContext, item: ScoredLink) -> bool:
    """The clause of ``item``'s figure opens (after its time words) on the whole area (全县…)."""
    text = ctx.text
    start = ctx.clause_start(item.link.mention.start, item.link.sentence.start)
    return _WHOLE_AREA.match(text, ctx.words.time_leads_match(text, start).end()) is not None


def _opens_the_list(item: ScoredLink, best: ScoredLink, parts: list[ScoredLink]) -> bool:
    """The total word before ``item`` opens the list of parts (共对22宗行政处罚、2宗移送案件进行了法制审核):
    ``item`` is the first part, before the best one, so the word says the parts add up; a total word
    further on (免罚15件，从轻27件，共计42件) states the total itself."""
    return len(parts) == 1 and item.link.mention.start < best.link.mention.start


def _taken_from(ctx: ExtractionContext, spec_index: int, start: int) -> list[NumberMention]:
    """The numbers indicator ``spec_index`` takes that start at or after ``start``, in the order of
    ``ctx.mentions``."""
    if ctx.mentions_in_order:  # its own numbers are the mentions it takes, in their order
        return ctx.accepted[spec_index][bisect_left(ctx.accepted_start_list[spec_index], start):]
    return [m for m in ctx.mentions if ctx.takes(spec_index, m) and m.start >= start]


_LIST_JOINERS = ("、", "和", "及", "与")


def _listed_before(ctx: ExtractionContext, best: ScoredLink, ranked: list[ScoredLink]) -> list[ScoredLink]:
    """Links of the numbers listed right before ``best`` (A、B和C…) that share its word after them."""
    text = ctx.text
    by_start = {r.link.mention.start: r for r in ranked
                if r.link.side == "right" and r.link.term.start == best.link.term.start}
    siblings = []
    current = best.link.mention
    for mention in reversed(ctx.accepted[best.link.spec_index]):
        if mention.start >= current.start:
            continue
        gap = text[mention.end:current.start]
        if len(gap) > 10 or not any(j in gap for j in _LIST_JOINERS) or any(c in gap for c in "，,。；;\n"):
            break
        if mention.start not in by_start:
            break
        siblings.append(by_start[mention.start])
        current = mention
    return siblings


_COMPOSED_REACH: Final = 3  # 共7人组成: the composition word right after the total


def _stated_total(ctx: ExtractionContext, ranked: list[ScoredLink], part_threshold: float) -> ScoredLink | None:
    """免予处罚15件，从轻处罚27件，减轻处罚9件，共计51件: a total stated after its parts wins over them.

    The total is a link of this indicator with a total word (共/合计) and figures of the same
    unit between it and its word; it replaces the best link when that one is one of the
    parts before it in the same sentence run.
    """
    best = ranked[0]
    text = ctx.text
    for item in ranked[1:]:
        # (局机关查处62起，执法支队查处134起，合计实施行政处罚196起: 合计 before the total's own word
        # sums the figures before it, whatever their words.)
        # (The total word may open the figure's own mention: 免罚轻罚案件合计239件.)
        summing = "total_before" in item.link.features and _SUMMING_WORD.search(
            text, max(item.link.sentence.start, item.link.start - _TOTAL_LEAD_SPAN),
            max(item.link.mention.start, item.link.mention.number_start)) is not None
        if "total_after_parts" not in item.link.features and not summing:
            continue  # the total's own probability is low by design: its word is far, parts between
        lo, hi = best.link.mention.start, item.link.mention.start
        if not (lo < hi and hi - lo <= 160 and "。" not in text[lo:hi] and "\n" not in text[lo:hi]):
            continue
        # The parts run from the first one (审查文件218件、合同协议305份、其他104件，共计627件: the best
        # may be the second): the probable links of this indicator before the total, in the same run.
        first = lo
        for r in ranked:
            start = r.link.mention.start
            if r.probability >= part_threshold and hi - 160 <= start < first \
                    and "。" not in text[start:hi] and "\n" not in text[start:hi]:
                first = start
        # At least two parts of this indicator before the total, each on its own word (after 合计:
        # any two figures, their words may be the same, 立案查处62起…立案查处134起).
        parts = {r.link.mention.start if summing else text[r.link.term.start:r.link.term.end] for r in ranked
                 if r.probability >= part_threshold and first <= r.link.mention.start < hi}
        # (法律顾问团由4名公职律师和3名执业律师共7人组成: the whole's members are summed by the text itself,
        # one part of them ours is enough.)
        composed = "total_before" in item.link.features and ctx.words.composed_of(
            text, item.link.mention.end, item.link.mention.end + _COMPOSED_REACH) is not None
        # (A total is more than each of its parts: …开庭审理的79件…，共计79件 restates one figure.)
        if (len(parts) >= 2 or composed and parts) and all(r.value < item.value for r in ranked
                                   if r.probability >= part_threshold and first <= r.link.mention.start < hi):
            return item
    return None


def _total_of_part(ctx: ExtractionContext, spec: IndicatorSpec, ranked: list[ScoredLink],
                   part_threshold: float) -> ScoredLink | None:
    """审查规范性文件、重大决策、合同协议等412件，其中合同协议173件: the part after 其中 names one kind
    of the things counted, nearer to its number than the total is to its own, but the indicator counts
    them all — the total linked before 其中 in the same sentence is the value.

    Only where the part's own clause lacks the indicator's topic words (``topic_outside_clause``):
    共有执法人员1420名，其中持证执法人员1365名 names the topic in the part, and the part is the value.
    The scorer cannot learn this: annotators accept a part too (任一分项亦可), so parts are right links.
    """
    best = ranked[0]
    features = best.link.features
    if "part_of_linked_total" not in features:
        return None
    # 开展合法性审查214件(其中…行政合同协议58件): a part that names a kind of thing is a part of the
    # total the event counts, whatever the part's clause says.
    part_names_a_thing = best.link.term.role != "event"
    marker = subset_marker_before(ctx, best.link.sentence.start, best.link.mention.start)
    for item in ranked[1:]:
        if item.probability < part_threshold:
            break  # most probable first
        mention = item.link.mention
        if item.link.sentence.start != best.link.sentence.start or mention.end > marker \
                or "subset" in item.link.features:
            continue
        if _one_of_the_listed(ctx, spec, item, best):
            return None  # 规范性文件、重大决策、合同协议等142件，其中规范性文件9件: the part is this one kind's
        if "topic_outside_clause" in features or (part_names_a_thing and item.link.term.role == "event"):
            return item
        if spec.sum_parts and part_names_a_thing and _total_names_the_kind(ctx, item, best):
            return item
        if part_names_a_thing and item.link.term.role in ("thing", "main") and item.link.side == "left" \
                and _TOPIC_MISSES.isdisjoint(item.link.features) and "topic_outside_clause" not in features \
                and _number_right_after(item, _THING_BEFORE_TOTAL_GAP):
            # 组织集中宣讲、法治讲座和广场法律咨询65场，其中“法治进校园”活动12场: the part names one kind of
            # the things the total counts, the total its things right before it: the total is the value.
            # (…重大决策开展合法性审查133件: a thing with another deed between counts no total of its own.)
            return item
        if not part_names_a_thing and item.link.term.role == "event" \
                and _TOPIC_MISSES.isdisjoint(item.link.features):
            # 103名党政主要负责人进行了书面述法，其中11人…现场述法: the part did the total's event too
            # (a part done one way of all done), and the total is the value.
            return item
    return None


def _one_of_the_listed(ctx: ExtractionContext, spec: IndicatorSpec, total: ScoredLink, part: ScoredLink) -> bool:
    """The total is linked to one item of a list of kinds (规范性文件、重大决策、合同协议等142件) and the
    part after 其中 names that same item, for an indicator that counts one kind (no ``sum_parts``:
    规范性文件 reviewed): the part is its figure.  (An indicator whose kinds add up — legality
    reviews of 文件、决策、合同 — takes the total.)"""
    if spec.sum_parts:
        return False
    text = ctx.text
    total_term, part_term = total.link.term, part.link.term
    return text[total_term.end:total_term.end + 1] in _LIST_JOINERS \
        and text[total_term.start:total_term.end] == text[part_term.start:part_term.end]


def _total_names_the_kind(ctx: ExtractionContext, total: ScoredLink, part: ScoredLink) -> bool:
    """县人大代表建议和县政协委员提案中，…共计29件，其中建议17件、提案12件: the total's sentence names the
    part's kind before the total, so the total counts that kind with the others; for an indicator
    whose kinds add up (``sum_parts``) the total is the value."""
    text = ctx.text
    word = text[part.link.term.start:part.link.term.end]
    return text.find(word, total.link.sentence.start, total.link.mention.start) != -1


_THING_BEFORE_TOTAL_GAP: Final = 4


def _number_right_after(item: ScoredLink, gap: int) -> bool:
    """The linked word ends at most ``gap`` characters before its number."""
    mention = item.link.mention
    start = mention.number_start if mention.number_start >= 0 else mention.start
    return 0 <= start - item.link.term.end <= gap


# A total whose own clause lacks the indicator's topic is no total of the part (开展培训5期，
# 其中法治专题培训2期: the part names what is counted).
_TOPIC_MISSES: Final = frozenset({"topic_outside_clause", "topic_outside_sentence"})


def _total_before_brackets(ctx: ExtractionContext, ranked: list[ScoredLink], part_threshold: float) -> ScoredLink | None:
    """法律顾问9名(外聘律师3名、公职律师6名), 法律顾问5名(含公职律师2名): a figure in brackets right after
    a figure of the same indicator is one of its parts; the figure before the brackets is the value."""
    best = ranked[0]
    text = ctx.text
    mention = best.link.mention
    opening = text.rfind("(", best.link.sentence.start, mention.start)
    if opening <= 0 or text.find(")", opening, mention.start) != -1:
        return None
    for item in ranked[1:]:
        if item.probability < part_threshold:
            break  # most probable first
        if item.link.mention.end == opening:
            return item
    return None


def _own_rather_than_other_bodies(ctx: ExtractionContext, spec: IndicatorSpec, ranked: list[ScoredLink],
                                  threshold: float) -> ScoredLink | None:
    """各乡镇(街道)全年审查涉法事项620余件 beside 县司法局审查…345件: where the most probable figure is
    a group of other bodies' (``other_bodies_subject``) and the reporting body states one of its own
    that is probable enough to fill the cell, its own is the value.  Alone, the group's figure stays
    (``_others_only`` says where it does not): a county's figure is often written as what its towns did."""
    if "other_bodies_subject" not in ranked[0].link.features:
        return None
    own = [item for item in ranked if "other_bodies_subject" not in item.link.features]
    if not own or own[0].probability < threshold:
        return None
    # (…合法性审查各类文件268件，其中…合同协议151件: the own figure is read as the first is — a part
    # gives way to its stated total.)
    return _total_of_part(ctx, spec, own, threshold * 0.6) or own[0]


def _main_rather_than_added_group(ctx: ExtractionContext, ranked: list[ScoredLink],
                                  threshold: float) -> ScoredLink | None:
    """举办执法人员业务培训14期，参训1300余人次。另选派36名执法骨干参加…专题培训: a clause opening on
    另 tells of a group beside the one counted before it (a few sent elsewhere, a second batch); where the
    most probable figure is such a group's and a figure before it in the paragraph is probable enough
    to fill the cell, that figure is the value."""
    best = ranked[0]
    if not _in_added_group(ctx, best):
        return None
    start = best.link.mention.start
    paragraph_start = ctx.text.rfind("\n", 0, start) + 1
    for item in ranked[1:]:
        if item.probability < threshold:
            break  # most probable first
        if paragraph_start <= item.link.mention.start < start and not _in_added_group(ctx, item):
            return item
    return None


def _stock_rather_than_increment(ctx: ExtractionContext, ranked: list[ScoredLink],
                                 threshold: float) -> ScoredLink | None:
    """年内新增公职律师5名，全县公职律师总数达到31名: the most probable figure is what the year added
    (新增 in its clause before it), and a larger figure of the same word later in the sentence is
    stated as the whole there is (总数, 达到, 现有 in its clause before it): that one is the value."""
    best = ranked[0]
    text = ctx.text
    link = best.link
    clause = ctx.clause_start(link.mention.start, link.sentence.start)
    if ctx.words.increment_search(text, clause, link.mention.start) is None:
        return None
    word = text[link.term.start:link.term.end]
    for item in ranked[1:]:
        if item.probability < threshold:
            break  # most probable first
        other = item.link
        if other.sentence.start != link.sentence.start or other.mention.start <= link.mention.end \
                or item.value <= best.value or text[other.term.start:other.term.end] != word:
            continue
        other_clause = ctx.clause_start(other.mention.start, other.sentence.start)
        if other.term.start >= other_clause and ctx.words.stock_search(text, other_clause, other.mention.start):
            return item
    return None


_PART_FEATURES: Final = frozenset({"respectively", "subset", "part_of_linked_total"})


def _preferred_in_sentence(ctx: ExtractionContext, spec: IndicatorSpec, ranked: list[ScoredLink],
                           threshold: float) -> ScoredLink | None:
    """立案查处违法案件58件，作出行政处罚决定49件: the catalog's ``prefer`` words name the statement a
    reviewer takes where one sentence gives two stages of the same work; a probable enough figure of
    the best one's sentence whose statement holds them wins over a best one whose statement does not."""
    patterns = spec.prefer_patterns
    if not patterns:
        return None
    best = ranked[0]
    text = ctx.text

    def preferred(item: ScoredLink) -> bool:
        link = item.link  # (the statement itself: its word … its number)
        return any(p.search(text, link.start, max(link.end, link.mention.start)) for p in patterns)

    if preferred(best):
        return None
    for item in ranked[1:]:
        if item.probability < threshold:
            break  # most probable first
        if item.link.sentence.start == best.link.sentence.start and item.value != best.value \
                and _PART_FEATURES.isdisjoint(item.link.features) and preferred(item):
            return item  # (not a part: 作出不予处罚、从轻或减轻处罚决定的分别为37件、52件)
    return None


def _in_added_group(ctx: ExtractionContext, item: ScoredLink) -> bool:
    text = ctx.text
    clause = ctx.clause_start(item.link.mention.start, item.link.sentence.start)
    return ctx.words.added_group_match(text, ctx.words.time_leads_match(text, clause).end()) is not None


def _others_only(ctx: ExtractionContext, spec: IndicatorSpec, best: ScoredLink) -> bool:
    """The chosen figure is a group of other bodies' and the indicator counts only the reporting
    body's own (``own_body_only``: its meetings, its study sessions), or the report is a department's
    (各市县共查处违法建设1460起 in a 住建厅's report is the cities' and counties' work): the cell stays empty."""
    if "other_bodies_subject" not in best.link.features:
        return False
    link = best.link
    return spec.own_body_only or (ctx.department and not department_may_count(ctx, spec, link.mention, link.sentence))


def _summed_candidate(ctx: ExtractionContext, spec: IndicatorSpec, parts: list[ScoredLink], total: float,
                      confidence: float) -> Candidate:
    start = min(p.link.sentence.start for p in parts)
    end = max(p.link.sentence.end for p in parts)
    evidence = _evidence(ctx, start, end, parts[0].link.start, parts[-1].link.end)
    number_start, number_end = ctx.norm.to_original(parts[0].link.mention.number_start, parts[-1].link.mention.end)
    value = int(total) if float(total).is_integer() else round(total, 4)
    return Candidate(value=value, unit=spec.unit, approx=any(p.link.mention.approx for p in parts),
                     confidence=confidence, evidence=evidence, number_start=number_start, number_end=number_end)


def choose_values(ctx: ExtractionContext, catalog: Catalog, ranked: dict[int, list[ScoredLink]],
                  scorer: Scorer, curve: ConfidenceCurve = IDENTITY) -> tuple[IndicatorValue, ...]:
    """The value, alternatives and confidence of every indicator from its ranked links (``rank_links``;
    the lists are changed: a number two indicators claim is taken from the one that claims it less).
    The confidences are the scorer's, shown through ``curve``."""
    _resolve_shared(ranked, scorer.shared_margin, catalog)
    # Compiled, ``curve.shown(…)`` is a direct call where a bound method kept in a local was a Python
    # call; ``item.link.mention.value`` reads tuple fields where ``item.value`` (a property) was looked
    # up by name; the spec's unit is read once per indicator.
    values = []
    for index, spec in enumerate(catalog.indicators):
        items = ranked.get(index, [])
        unit = spec.unit
        if not items or items[0].probability < scorer.threshold:
            values.append(IndicatorValue(spec.id, None, unit, False, 0.0, None))
            continue
        best = _stated_total(ctx, items, scorer.threshold * 0.6) or _total_of_part(ctx, spec, items, scorer.threshold * 0.6) \
            or _total_before_brackets(ctx, items, scorer.threshold * 0.6) \
            or _own_rather_than_other_bodies(ctx, spec, items, scorer.threshold) \
            or _main_rather_than_added_group(ctx, items, scorer.threshold) \
            or _stock_rather_than_increment(ctx, items, scorer.threshold) \
            or _preferred_in_sentence(ctx, spec, items, scorer.threshold) or items[0]
        if _others_only(ctx, spec, best):
            values.append(IndicatorValue(spec.id, None, unit, False, 0.0, None))
            continue
        best_value = best.link.mention.value
        rival = None
        for other in items:
            if other.link.mention.value != best_value:
                rival = other
                break
        margin = best.probability - (rival.probability if rival else 0.0)
        # The chosen candidate's fields, kept as they are: the value is filled with them (a candidate is
        # built of them only when a sum of parts takes its place and it becomes the first alternative).
        confidence = curve.shown(scorer.confidence(best.probability, margin))
        value, approx, evidence, number_start, number_end = _candidate_fields(ctx, best)
        alternatives = []
        seen = {best_value}
        for item in items:
            item_value = item.link.mention.value
            if item_value in seen:
                continue
            seen.add(item_value)
            alternatives.append(_candidate(ctx, unit, item, curve.shown(scorer.confidence(item.probability, 0.0))))
            if len(alternatives) >= MAX_ALTERNATIVES:
                break
        if spec.sum_parts:
            summed = _sum_of_parts(ctx, spec, best, items, scorer.threshold * 0.6) \
                or _parts_before_subset(ctx, spec, best, items, scorer.threshold * 0.6)
            if summed is not None:
                parts, total = summed
                weakest = min(p.probability for p in parts)
                chosen = Candidate(value, unit, approx, confidence, evidence, number_start, number_end)
                alternatives = [chosen] + alternatives[: MAX_ALTERNATIVES - 1]
                total_candidate = _summed_candidate(ctx, spec, parts, total,
                                                    curve.shown(scorer.confidence(weakest, 0.0)))
                value, approx, confidence = total_candidate.value, total_candidate.approx, total_candidate.confidence
                evidence = total_candidate.evidence
                number_start, number_end = total_candidate.number_start, total_candidate.number_end
        # Positional, as in ``_candidate``: id, value, unit, approx, confidence, evidence, alternatives,
        # number_start, number_end.
        values.append(IndicatorValue(spec.id, value, unit, approx, confidence, evidence, tuple(alternatives),
                                     number_start, number_end))
    return tuple(values)


def fill_from_table_columns(ctx: ExtractionContext, catalog: Catalog, values: tuple[IndicatorValue, ...],
                            scorer: Scorer, curve: ConfidenceCurve) -> tuple[IndicatorValue, ...]:
    """``values`` with the cells still empty filled from the figures of tables whose columns are headed
    by indicators (``table_columns``): each figure is read as its heading and itself alone, by the
    grammar, and fills the cell that reading fills; the evidence is the figure's row.  A cell the
    prose filled with another value keeps it and gets the table's as its first alternative (审结行政诉讼
    案件77件 in the text, 合计 94 under 应诉案件 in the table: the reviewer sees both)."""
    original = ctx.norm.original
    figures = column_figures(original, ctx.report_year)
    if not figures:
        return values
    filled = list(values)
    index_of = {value.id: index for index, value in enumerate(values)}
    empty = {value.id for value in values if value.value is None}
    used = {value.number_start for value in values if value.value is not None}
    for figure in figures:
        if figure.start in used:
            continue
        read: tuple[IndicatorValue, ...] = ()
        for statement in figure.statements:
            statement_ctx = build_context(Document(path="", text=statement, format="txt"), catalog,
                                          ctx.report_year, ctx.region)
            ranked = rank_links(collect_links(statement_ctx, catalog), scorer)
            read = choose_values(statement_ctx, catalog, ranked, scorer, curve)
            if any(value.value is not None for value in read):
                break
        for value in read:
            if value.value is None:
                continue
            index = index_of[value.id]
            evidence = Evidence(figure.row_start, figure.row_end, original[figure.row_start:figure.row_end])
            if value.id in empty:
                empty.discard(value.id)
                used.add(figure.start)
                # Positional, as in ``choose_values``: id, value, unit, approx, confidence, evidence,
                # alternatives, number_start, number_end.
                filled[index] = IndicatorValue(value.id, value.value, value.unit, value.approx, value.confidence,
                                               evidence, (), figure.start, figure.end)
                continue
            current = filled[index]
            if current.value == value.value or any(c.value == value.value for c in current.alternatives):
                continue
            table_value = Candidate(value.value, value.unit, value.approx, value.confidence, evidence,
                                    figure.start, figure.end)
            filled[index] = replace(current, alternatives=(table_value, *current.alternatives)[:MAX_ALTERNATIVES])
    return tuple(filled)


def extract_indicators(document: Document, catalog: Catalog, context: ExtractionContext | None = None,
                       report_year: int | None = None, scorer: Scorer | None = None,
                       region: str | None = None,
                       phrasing: PhrasingModel | None = None,
                       title: str | None = None,
                       confidence: ConfidenceCurve | None = None) -> tuple[IndicatorValue, ...]:
    """Best value, alternatives and evidence for every indicator of ``catalog``.

    ``report_year`` and ``region`` (from the metadata) let figures of another year
    (2023年…40件，2024年…52件) and of a higher level (全市 in a county report) be set aside.
    The confidences are those shown to reviewers (``confidence``, whose ``for_fills`` curve shows
    the phrasing model's fills; ``IDENTITY`` leaves the probabilities as the scorer and the
    phrasing model give them).
    """
    ctx = context or build_context(document, catalog, report_year, region, title)
    if ctx.department_words:
        catalog = catalog.for_department_reports()  # as build_context compiled its terms
    scorer = scorer or default_scorer()
    curve = confidence or default_curve()
    ranked = rank_links(collect_links(ctx, catalog), scorer)
    grammar = grammar_probabilities(ranked)
    values = fill_from_table_columns(ctx, catalog, choose_values(ctx, catalog, ranked, scorer, curve), scorer, curve)
    fill_curve = curve.for_fills
    values = fill_empty_cells(ctx, catalog, values, phrasing or default_phrasing_model(),
                              lambda spec, mention, sentence, probability:
                              _phrasing_candidate(ctx, spec, mention, sentence, fill_curve.shown(probability)),
                              grammar)
    return fill_rates_stated_in_words(ctx, catalog, values,
                                      lambda spec, start, end, sentence:
                                      _worded_candidate(ctx, spec, start, end, sentence))


__all__ = ["ExtractionContext", "build_context", "collect_links", "choose_values", "extract_indicators",
           "fill_from_table_columns", "grammar_probabilities", "rank_links"]
