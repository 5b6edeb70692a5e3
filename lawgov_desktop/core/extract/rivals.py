"""Other indicators' words that may claim a number linked to this indicator.

A figure belongs to the thing it counts: when another indicator's word stands between a
word and its number, right after the number, or just before the word (a longer word
holding it, a list of other things, the subject of an event), the link is weaker — if
that indicator could take the number at all: its unit and its topic (``topic``).
"""
from __future__ import annotations

import re
from typing import Final

from ..numbers import NumberMention
from .context import ExtractionContext, bisect_left, bisect_right
from .sentences import Sentence
from .terms import AFTER_ROLES, COUNTED_ROLES, TermHit


def mentions_between(ctx: ExtractionContext, start: int, end: int) -> list[NumberMention]:
    """The numbers wholly inside [start, end)."""
    lo = bisect_left(ctx.mention_starts, start)
    hi = bisect_left(ctx.mention_starts, end)
    if lo == hi:
        return []
    return [m for m in ctx.mentions[lo:hi] if m.end <= end]


def could_take(ctx: ExtractionContext, index: int, mention: NumberMention, sentence: Sentence) -> bool:
    """Another indicator could claim this number: it accepts the unit and its topic is near."""
    if mention.start not in ctx.accepted_starts[index]:
        return False
    return topic_cached(ctx, index, sentence)[1]


def rival_between(ctx: ExtractionContext, spec_index: int, mention: NumberMention, sentence: Sentence,
                  start: int, end: int) -> bool:
    """Another indicator's word, for a number of this unit, lies wholly inside [start, end)."""
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, start), len(all_hits)):
        hit = all_hits[i]
        if hit.start >= end:
            break
        if hit.end <= end and hit.indicator != spec_index and hit.role != "label" \
                and could_take(ctx, hit.indicator, mention, sentence):
            own = ctx.hits[spec_index]
            # A rival word inside one of our own words (行政复议 inside 行政复议案件) is not a rival.
            j = bisect_right(ctx.hit_starts[spec_index], hit.start) - 1
            if j >= 0 and own[j].end >= hit.end:
                continue
            return True
    return False


# Clause marks after which a label of another indicator starts a statement of its own.
_CLAUSE_MARK: Final = re.compile("[，,；;：:]")


def label_of_next_clause(ctx: ExtractionContext, spec_index: int, label: TermHit, mention: NumberMention,
                         sentence: Sentence) -> bool:
    """败诉率为零，行政负责人出庭率100%: another indicator's label opens a later clause between this
    label and the number; the number is that label's, and this one's figure was said in words."""
    text = ctx.text
    mark = _CLAUSE_MARK.search(text, label.end, mention.start)
    if mark is None:
        return False
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, mark.end()), len(all_hits)):
        hit = all_hits[i]
        if hit.start >= mention.start:
            break
        if hit.role == "label" and hit.indicator != spec_index and hit.end <= mention.start \
                and could_take(ctx, hit.indicator, mention, sentence):
            return True
    return False


def words_right_after(ctx: ExtractionContext, mention: NumberMention) -> list[TermHit]:
    """Things and events starting right after the number+measure (at most 2 characters on, among
    the next 6 words), whichever indicator they are of (cached per number)."""
    found = ctx.after_number_cache.get(mention.start)
    if found is None:
        starts = ctx.all_hit_starts
        lo = bisect_left(starts, mention.end)
        if lo < len(starts) and starts[lo] <= mention.end + 2:
            found = [hit for hit in ctx.all_hits[lo:lo + 6] if hit.start <= mention.end + 2 and hit.role in AFTER_ROLES]
        else:
            found = []  # the usual case: no word that near
        ctx.after_number_cache[mention.start] = found
    return found


def rival_right_after(ctx: ExtractionContext, spec_index: int, mention: NumberMention, sentence: Sentence) -> bool:
    """The number+measure is followed at once by another indicator's word: it counts that thing."""
    words = ctx.after_number_cache.get(mention.start)
    for hit in words if words is not None else words_right_after(ctx, mention):
        if hit.indicator != spec_index and could_take(ctx, hit.indicator, mention, sentence):
            return True
    return False


# What ends the things an event after them was done to: a clause break, or 、 (the event may be the
# last list item's only: 18件规范性文件、68件上会文件合法性审查).
_ITEM_BREAK: Final = re.compile(r"[、，,；;。：:！!？?]")
# How far after the things their event may stand (重大决策与规范性文件 + 法制审核).
_EVENT_REACH: Final = 12
# Things of two kinds joined (重大决策与规范性文件): the count is of neither kind alone.
_OBJECT_JOINER: Final = "与和及"


def rival_event_after(ctx: ExtractionContext, spec_index: int, hit: TermHit, mention: NumberMention,
                      sentence: Sentence) -> bool:
    """完成31件重大决策与规范性文件法制审核: the things after the number are what another indicator's
    event, right behind them in the clause, was done to; the number counts that event.  (Where the
    things are all of this kind, 对18项重大决策事项进行合法性审查, the number counts both.)"""
    text = ctx.text
    joined_before = hit.start > 0 and text[hit.start - 1] in _OBJECT_JOINER
    all_hits = ctx.all_hits
    limit = min(sentence.end, hit.end + _EVENT_REACH)
    for i in range(bisect_left(ctx.all_hit_starts, hit.end), len(all_hits)):
        other = all_hits[i]
        if other.start >= limit:
            break
        if other.role == "event" and other.indicator != spec_index \
                and not _ITEM_BREAK.search(text, hit.end, other.start) \
                and (joined_before or _objects_joined(text, hit.end, other.start)) \
                and could_take(ctx, other.indicator, mention, sentence):
            return True
    return False


_VERB_BEFORE_EVENT: Final = re.compile("进行|开展|经过|实施|完成|作出")


def _objects_joined(text: str, start: int, end: int) -> bool:
    """Another object joined to ours before the verb of the event (重大决策与规范性文件法制审核), not
    events joined after it (重大行政决策进行了风险评估和合法性审查)."""
    verb = _VERB_BEFORE_EVENT.search(text, start, end)
    return any(c in _OBJECT_JOINER for c in text[start:verb.start() if verb else end])


def rivals_before(ctx: ExtractionContext, hit: TermHit, mention: NumberMention,
                  sentence: Sentence) -> tuple[bool, bool, bool]:
    """Other indicators' words just before ``hit`` (up to 24 characters back) that could claim the
    number, read in one pass: (``hit`` is part of a longer one: 会议 inside 依法治县委员会会议;
    ``hit`` is one item of a list of them: 复议、应诉和调解案件合计N件; one right before our event
    is its subject: 镇党委会议专题研究法治建设3次)."""
    text = ctx.text
    start = hit.start
    near = max(sentence.start, start - 24)  # a list item or subject lies in the sentence
    before = text[max(sentence.start, start - 3):start]
    may_be_listed = "、" in before or before.endswith(("和", "及"))
    may_have_subject = hit.role == "event"
    length = hit.end - start
    inside = listed = subject = False
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, start - 24), len(all_hits)):
        other = all_hits[i]
        if other.start > start:
            break
        if other.indicator == hit.indicator:
            continue
        if not inside and other.end >= hit.end and other.end - other.start > length \
                and not _quoted(text, other, hit) and could_take(ctx, other.indicator, mention, sentence):
            inside = True
        if other.start < near or other.start == start:
            continue
        # (Events joined before a thing are what was done to it, not other kinds counted with it:
        # 审核、备案行政规范性文件269件.)
        if may_be_listed and not listed and 0 <= start - other.end <= 4 \
                and not (other.role == "event" and hit.role in COUNTED_ROLES) \
                and any(c in text[other.end:start] for c in "、和及") \
                and not mentions_between(ctx, other.end, start) \
                and not _own_word_in_item(ctx, hit.indicator, other, near) \
                and could_take(ctx, other.indicator, mention, sentence):
            listed = True
        if may_have_subject and not subject and other.role in COUNTED_ROLES and 0 <= start - other.end <= 2 \
                and could_take(ctx, other.indicator, mention, sentence):
            subject = True
    return inside, listed, subject


def _quoted(text: str, longer: TermHit, hit: TermHit) -> bool:
    """The longer word is ours in quotation marks (“法治讲堂” holds 法治讲堂): no other thing."""
    return not text[longer.start:hit.start].strip(_QUOTES) and not text[hit.end:longer.end].strip(_QUOTES)


_QUOTES: Final = "“”‘’「」『』\"'"


def _own_word_in_item(ctx: ExtractionContext, index: int, other: TermHit, near: int) -> bool:
    """普法讲座、法治宣讲活动N场: the list item that holds the other indicator's word (讲座) opens with
    one of ours (普法), so the item is ours too.  (A word both claim, 法治讲座, is no such item.)"""
    text = ctx.text
    item_start = max(near, max(text.rfind(c, near, other.start) for c in "、，,和及") + 1)
    starts = ctx.hit_starts[index]
    k = bisect_left(starts, item_start)
    # (Ours may also hold the other's word whole: 普法讲座 holds 讲座.)
    return k < len(starts) and starts[k] < other.start \
        and (ctx.hits[index][k].end <= other.start or ctx.hits[index][k].end >= other.end)


def _topic(ctx: ExtractionContext, index: int, sentence: Sentence) -> tuple[bool, bool]:
    """(require words in the sentence, require words — and topic words where the catalog names
    them — in the sentence or its surroundings)."""
    require, topic = ctx.terms.require[index], ctx.terms.topic[index]
    if not require and not topic:
        return True, True
    text = ctx.text
    words = text[sentence.start:sentence.end]
    in_sentence = not require or require.search(words) is not None
    if in_sentence and (not topic or topic.search(words)):
        return True, True
    # Either may be named in the clause before a ；, in the heading of the paragraph, or in the line
    # that leads a list of labels and values (12345热线办理情况： ⏎ 受理工单：4117件 ⏎ 按时办结率：99.2%).
    line_start = text.rfind("\n", 0, sentence.start) + 1
    before = text[max(line_start, sentence.start - 80):sentence.start]
    heading = ctx.sentences.heading_before(sentence.start)
    surroundings = before + (text[heading.start:heading.end] if heading else "") + _list_lead(text, line_start)
    near = (in_sentence or require.search(surroundings) is not None) and \
        (not topic or topic.search(words) is not None or topic.search(surroundings) is not None)
    return in_sentence, near


_LABELLED_VALUE: Final = re.compile(r"[^，,。；;：:\n]{2,24}[：:]\s*[\d一二三四五六七八九十]")
_LONGEST_LABEL_LIST: Final = 12  # lines


def _list_lead(text: str, line_start: int) -> str:
    """The line ending in a colon above the line at ``line_start``, when that line and every line
    between are labels with their values (a list's lead); "" otherwise."""
    if not _LABELLED_VALUE.match(text, line_start):
        return ""
    end = line_start - 1
    for _ in range(_LONGEST_LABEL_LIST):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.endswith((":", "：")):
            return line
        if not _LABELLED_VALUE.match(line):
            return ""
        end = start - 1
    return ""


def topic_cached(ctx: ExtractionContext, index: int, sentence: Sentence) -> tuple[bool, bool]:
    """``_topic``, kept per indicator and sentence for the report."""
    key = (index, sentence.start)
    found = ctx.topic_cache.get(key)
    if found is None:
        found = ctx.topic_cache[key] = _topic(ctx, index, sentence)
    return found
