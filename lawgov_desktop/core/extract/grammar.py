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

The report is read once into an ``ExtractionContext`` (``context``); the words of other
indicators that may claim a number are weighed in ``rivals``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final, NamedTuple, cast

from .. import vocabulary
from ..catalog import Catalog, IndicatorSpec
from ..numbers import NumberMention
from .context import BREAK as _BREAK, CLAUSE_MAX, ExtractionContext, GrammarWords, bisect_left, bisect_right, build_context
from .label_units import names_a_measure
from .leads import led_words
from .places import level_of, place_ending_at, places_opening
from .pattern_sets import PatternSet
from .rivals import (could_take, label_of_next_clause, mentions_between, rival_between, rival_event_after, rival_right_after,
                     rivals_before, topic_cached)
from .sentences import Sentence
from .terms import AFTER_ROLES, COUNTED_ROLES, NAMING_ROLES, TermHit

_CLAUSE_BREAKS: Final = "，,：:"
_CLOSING_QUOTES: Final = "”’」』\""
_HARD_BREAKS: Final = "。；;！？!?\n"
# What a word after its number may not reach across: a clause or sentence break, a bracket.
_BLOCKING: Final = re.compile("[" + re.escape(_CLAUSE_BREAKS + _HARD_BREAKS + "（(") + "]")


class Link(NamedTuple):
    """One number joined to one word of one indicator (a named tuple: cheap to build)."""

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


def _right_reachable(ctx: ExtractionContext, start: int, end: int, number_start: int | None = None) -> bool:
    """Nothing blocks [start, end), except one comma before 均/全部 (286名执法人员，均取得执法证;
    the 均 may open the word itself: 22名，均持证上岗), or between the people counted and the verb
    by which they joined (298名领导干部，参加全省学法用法考试; 正科级干部90余人，参与到此次考试中) or
    the topic on which they acted (500余名领导干部，就依法履职情况开展述法), or after a description
    closing on 的 (5起…及时改正的，依法不予行政处罚)."""
    if not _BLOCKING.search(ctx.text, start, end):
        return True
    gap = ctx.text[start:end]
    if ("(" in gap or "（" in gap) and not _BLOCKING.search(_ASIDE.sub("", gap)):
        return True  # 2期全市科(局)级领导干部…培训班: a short aside in brackets is no break
    aside = _ASIDE_AFTER_COUNT.match(gap)
    if aside is not None and not _BLOCKING.search(gap, aside.end()):
        return True  # 125人（涉及7个党委部门、23个政府部门）完成述法: the brackets say who the 125 are
    head, sep, rest = gap.partition("，") if "，" in gap else gap.partition(",")
    if not sep or _BLOCKING.search(head + rest):
        return _people_listed(ctx, gap)
    after_comma = ctx.text[end - len(rest):end + 8]
    if ctx.words.all_words_match(after_comma) is not None:
        return True
    if head.endswith("的") and ctx.words.described_adverbs_fullmatch(rest) is not None:
        return True  # 5起初次违法、…并及时改正的，依法不予行政处罚: the cases so described are so dealt with
    # 共有执法人员11人，执法人员全部持证上岗: the people named again before 全部.
    again = ctx.words.person(after_comma, 0, 8)
    if again is not None and ctx.words.all_words_match(after_comma, again.end()) is not None:
        return True
    if _meetings_held_for(ctx, head, rest, end, number_start):
        return True
    if ctx.words.join_words_match(after_comma) is None and ctx.words.topic_opener_match(after_comma) is None:
        return False  # (500余名领导干部，就依法履职等情况开展述法: what they spoke on, then the event)
    return ctx.words.person(head) is not None or (
        number_start is not None and not head.strip()
        and ctx.words.person_before(ctx.text, max(0, number_start - 8), number_start) is not None)


def _meetings_held_for(ctx: ExtractionContext, head: str, rest: str, end: int, number_start: int | None) -> bool:
    """召开县政府常务会议4次，专题学习《行政处罚法》; 4次召开省政府党组会议、政府常务会议，专题学习…: a count
    of meetings, then a clause with no figure of its own that says what they were held for — the
    count is of what that clause names."""
    if ctx.words.purpose_opener_fullmatch(rest) is None:
        return False
    if head.strip():
        if ctx.words.meeting_noun_end(head) is None:
            return False
    elif number_start is None or ctx.words.meeting_noun_end(ctx.text, max(0, number_start - 6), number_start) is None:
        return False
    return _DIGIT.search(_untitled(ctx.text, end, ctx.clause_end(end, len(ctx.text)))) is None


_BRACKETED_SHORT: Final = re.compile(r"[（(][^）)]{1,6}[）)]")
# Brackets right after a count, holding no clause or sentence break (their figures are of its parts).
_ASIDE_AFTER_COUNT: Final = re.compile(r"[（(][^()（），,。；;：:]{1,40}[)）]")


def _people_listed(ctx: ExtractionContext, gap: str) -> bool:
    """116名在编干部、村(社区)干部参加…考试: a list of the people counted, then the verb by which they
    joined, stands between the count and the event."""
    items = _LIST_JOINER.split(_BRACKETED_SHORT.sub("", gap))
    last = items[-1]
    join = ctx.words.join_words_search(last)
    if len(items) < 2 or join is None or _BLOCKING.search(gap.replace("、", "").translate(_NO_BRACKETS)):
        return False
    items[-1] = last[:join.start()]
    return all(0 < len(item) <= 10 and ctx.words.person_before(item) for item in items)


_NO_BRACKETS: Final = str.maketrans("", "", "（()）")
# 及时, 和解 and 和谐 are words, not joiners (信访事项及时受理率、按期办结率 is a list of two).
_LIST_JOINER: Final = re.compile("、|和(?![解谐])|及(?!时)|与")
_ENUMERATION_MARK: Final = re.compile("、")
# How long a field label before 分别 may be (次数分别为, 件数分别为); _NUMERAL: a figure in it.
_LABEL_BEFORE_RESPECTIVELY: Final = 4
_NUMERAL: Final = re.compile(r"[\d０-９]")
_ITEM_MARK: Final = re.compile("[、，,；;]")
_ITEM_TAIL: Final = 10  # how far after the next item's word its own figure may stand


def _word_opens_next_item(ctx: ExtractionContext, spec_index: int, mention: NumberMention, hit: TermHit) -> bool:
    """会议9次、审核合同5份: past a list mark, a word followed at once by its own figure is the next
    item's word; the figure before the mark closed an item of its own."""
    text = ctx.text
    if not _ITEM_MARK.search(text, mention.end, hit.start):
        return False
    starts = ctx.accepted_start_list[spec_index]
    k = bisect_left(starts, hit.end)
    # (…48份、规范性文件及其他涉法文件13件: the word's own figure may follow the rest of its item.)
    return k < len(starts) and starts[k] - hit.end <= _ITEM_TAIL \
        and not _BLOCKING.search(text, hit.end, starts[k]) and not _ITEM_MARK.search(text, hit.end, starts[k])


def _respective_hit(ctx: ExtractionContext, spec_index: int, mention: NumberMention, sentence: Sentence,
                    marker: int) -> TermHit | None:
    """A、B分别…X、Y: this indicator's word in the place of its list that ``mention`` holds in the
    list of figures after 分别; None when the lists do not pair up or that place is another's."""
    text = ctx.text
    clause_start = ctx.clause_start(marker, sentence.start)
    clause_end = ctx.clause_end(mention.end, sentence.end)
    figures = [m for m in mentions_between(ctx, marker, clause_end) if m.start in ctx.accepted_starts[spec_index]]
    list_end = marker
    if clause_start > sentence.start and (marker - clause_start <= 1 or (
            marker - clause_start <= _LABEL_BEFORE_RESPECTIVELY
            and not _LIST_JOINER.search(text, clause_start, marker)
            and not _NUMERAL.search(text, clause_start, marker)
            and not _has_own_word(ctx, spec_index, clause_start, marker))):
        # 对重大行政决策、规范性文件、行政合同进行合法性审查，分别为3件、9件、146件: a clause
        # opening on 分别 pairs its figures with the list of the clause before; so does one opening
        # on a field label and 分别 (召开常务会议和党组会议研究法治工作，次数分别为15次、2次).
        list_end = clause_start - 1
        clause_start = ctx.clause_start(list_end, sentence.start)
    joiner = _LIST_JOINER
    items = len(joiner.findall(text, clause_start, list_end)) + 1
    if items != len(figures) and len(figures) >= 2 \
            and len(_ENUMERATION_MARK.findall(text, clause_start, list_end)) + 1 == len(figures):
        # 听取汇报、协调解决重大问题、邀请律师和法学专家开展讲座，分别为8次、4次和2次: the
        # enumeration mark parts the items; the 和 inside the last item joins two of its words.
        joiner = _ENUMERATION_MARK
        items = len(figures)
    if items >= 2 and figures == [mention] and text[mention.start - 1:mention.start] == "各":
        # 州委常委会会议、州政府常务会议分别研究法治建设工作各4次: every item had the one count,
        # so this indicator's word anywhere in the list is the number's.
        return next((hit for hit in ctx.hits[spec_index] if clause_start <= hit.start and hit.end <= list_end), None)
    if items < 2 or len(figures) < 2 or len(figures) > items or mention not in figures:
        return None
    # 对首次违法、危害后果轻微的适用不予处罚、从轻处罚的分别为7起、4起: more items than figures; the
    # figures pair with the items nearest 分别, the first 、 joined something else (the conditions).
    place = figures.index(mention) + items - len(figures)
    for hit in ctx.hits[spec_index]:
        if clause_start <= hit.start and hit.end <= list_end:
            # A word may hold several places of the list (人大代表建议、政协提案分别为68件、92件).
            first = len(joiner.findall(text, clause_start, hit.start))
            if first <= place <= first + len(joiner.findall(text, hit.start, hit.end)):
                # 常务会会前学法、法治讲座分别5次、2次: the word that closes the item names what it
                # counts; an earlier word of the item (whose meetings) is not the thing counted.
                next_mark = joiner.search(text, hit.end, list_end)
                if _item_closed_by_rival(ctx, spec_index, mention, sentence, hit,
                                         next_mark.start() if next_mark else list_end):
                    return None
                return hit
    return None


def _has_own_word(ctx: ExtractionContext, spec_index: int, start: int, end: int) -> bool:
    """A word of this indicator lies wholly inside [start, end) (述法人数 before 分别为29人、11人)."""
    starts = ctx.hit_starts[spec_index]
    k = bisect_left(starts, start)
    return k < len(starts) and ctx.hits[spec_index][k].end <= end


def _item_closed_by_rival(ctx: ExtractionContext, spec_index: int, mention: NumberMention, sentence: Sentence,
                          hit: TermHit, item_end: int) -> bool:
    """Another indicator's word that could take ``mention`` ends after ``hit`` inside its list item:
    the item's last word (or a longer word holding ``hit``) names what the item's figure counts."""
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, hit.start - _LONGEST_HOLDER), len(all_hits)):
        other = all_hits[i]
        if other.start >= item_end:
            break
        if other.indicator != spec_index and other.role != "label" and hit.end < other.end <= item_end \
                and could_take(ctx, other.indicator, mention, sentence):
            return True
    return False


# How far before a word a longer word holding it may start (常务会会前学法 holds 常务会).
_LONGEST_HOLDER: Final = 12


def _own_event_before(ctx: ExtractionContext, spec_index: int, hit: TermHit, sentence: Sentence) -> bool:
    """审查县政府规范性文件、合同等各类文件356件: an event of this indicator opens the list, so
    its items are what the event was done to, and the count is the event's."""
    clause_start = ctx.clause_start(hit.start, sentence.start)
    return any(own.role == "event" and clause_start <= own.start and own.end <= hit.start
               for own in ctx.hits[spec_index])


# The other items of a list whose items each had the count: 、办公室会议各 (before 1次).
_EACH_OF_LIST: Final = re.compile(r"(?:[、和及][^，,。；;、]{1,14})+各")
# A list closed by 等 and a short head word, then the count (审核决策、文件等295件次; 举办…培训班、…提升班等
# 培训6次): the count is of the whole list, the word one of its items.
# (A 《…》 title is one item, however long: 《领导干部应知应会党内法规和国家法律汇编》.)
_LIST_CLOSED_BY_DENG: Final = re.compile(r"(?:[^，,。；;、《]{0,6}《[^》]{1,40}》|[^，,。；;、]{0,16})"
                                         r"(?:、(?:《[^》]{1,40}》|[^，,。；;、]{1,16}))+等[^，,。；;、等“”\"《]{0,4}")
# After a word, what makes it the subject of a report or a review, not the thing counted.
_REPORTED_ON: Final[tuple[str, ...]] = ("工作情况", "情况")
# The count closes its clause (…等295件次。), no noun of its own after it.
_COUNT_CLOSES: Final = re.compile(r"$|[，,。；;、)）]")
# Items joined to the next counted item (1名常年法律顾问和2名兼职法治员).
_NEXT_ITEM_JOINER: Final = re.compile(r"[、和及与]")
# Another kind of thing joined after the word, the count after both (规范性文件和重要政策文件221件):
# no verb, no figure, no 等 between (those are read elsewhere).
_JOINED_ITEM: Final = re.compile(r"[、和及与][^，,。；;、\d等]{1,12}")
# A list that closes on a catch-all item (行政规范性文件、重大协议和其他各类文件合法性审核218件): the
# count is of everything the list holds, an event of the word's own after it or not.
_CATCH_ALL_ITEMS: Final = re.compile(r"[、和及与][^，,。；;\d]{0,16}?(?:其他|其它|各类)[^，,。；;\d]{0,12}")
# 及: the next item of a list (…6次及…学习会议3次), not the 及 of a word (涉及, 普及, 及时); 并: the
# next verb of the same subject (审查合同48件并提出意见60条: the opinions are no word of the 48).
_CLAUSE_TAIL: Final = re.compile(r"[，,；;。、（(]|(?<![涉普危波顾])及(?!时)|(?<!合)并(?![购联])")
_ASIDE: Final = re.compile(r"[(（][^()（）\d，,。；;]{1,12}[)）]")
# How far on a link's clause is read for exclude words: a sentence without punctuation must
# not cost its whole length per link.
_TAIL_MAX: Final = 80
# How far after 等 the linked word may start for the list before 等 to be its examples (等主题…).
_HEAD_AFTER_DENG: Final = 3
# How far a subject carried to the next clause reaches.
_SUBJECT_MAX: Final = 12
# How many clauses with no subject of their own a subject carries over (a sentence's list of what one body did).
_SUBJECTLESS_CLAUSES: Final = 3
# A party committee before the name of its organ: 县委 (常委会), 商城县委, 中共某市委.
_LEVEL_PREFIX: Final = re.compile(r"(?:中共)?[^，,。；;\d]{0,6}?[省市县区州旗盟]委")


def _topic_label(ctx: ExtractionContext, sentence_start: int) -> tuple[int, int] | None:
    """The label opening the sentence at ``sentence_start`` (its start, and the end of its colon or
    closing 】), or None (cached per sentence: every link of the sentence asks)."""
    found = ctx.topic_label_cache.get(sentence_start, _NO_LABEL_YET)
    if found is _NO_LABEL_YET:
        text = ctx.text
        head = sentence_start + 16
        if text.find("【", sentence_start, head) != -1:
            match = _BRACKETED_LABEL.match(text, sentence_start)
        elif text.find("：", sentence_start, head) != -1 or text.find(":", sentence_start, head) != -1:
            match = _TOPIC_LABEL.match(text, sentence_start)
        else:
            match = None
        found = ctx.topic_label_cache[sentence_start] = (match.start(1), match.end()) if match else None
    return cast("tuple[int, int] | None", found)


_NO_LABEL_YET: Final = object()


def _label_names_own_word(ctx: ExtractionContext, index: int, exclude: PatternSet, label: tuple[int, int]) -> bool:
    """学法培训开展：…党委集体学法4次: a label naming this indicator's own activity beside an excluded one
    is the heading of both, not of the excluded one alone (公平竞争审查： is all the excluded kind: its
    审查 is qualified by the excluded words right before it)."""
    excluded = [(found.start(), found.end()) for pattern in exclude.patterns
                for found in pattern.finditer(ctx.text, label[0], label[1] - 1)]
    return any(label[0] <= hit.start and hit.end < label[1]
               and not any(begin < hit.end and hit.start <= end for begin, end in excluded)
               for hit in ctx.hits[index])


def _untitled(text: str, start: int, end: int) -> str:
    """text[start:end] with the names of documents taken out: 依照《…免罚轻罚事项清单》不予处罚7件 — the
    list's name is what the body followed, its words are not the figure's."""
    span = text[start:end]
    return _BOOK_TITLE_SPAN.sub("《》", span) if "《" in span else span


_BOOK_TITLE_SPAN: Final = re.compile(r"《[^《》]{1,60}》")


def _read_span(exclude: PatternSet, text: str, start: int, end: int, part: int) -> str:
    """What ``_excluded`` reads of text[start:end], untitled; with a 其中 part at ``part``, less the
    thing the total's figure counts: 梳理行政权力事项441项，其中行政许可28项 — the part is one kind of
    that set, and the set's name is no word of the part's (what was done to the set, 下放、取消, is)."""
    if part <= start:
        return _untitled(text, start, end)
    total = text[start:part]
    for pattern in exclude.patterns:
        for match in pattern.finditer(total):
            if match.end() > match.start() and _COUNTED_RIGHT_AFTER.match(total, match.end()):
                total = total[:match.start()] + "□" * (match.end() - match.start()) + total[match.end():]
    span = total + text[part:end]
    return _BOOK_TITLE_SPAN.sub("《》", span) if "《" in span else span


# The total's figure right after a word: 权力事项441项, 执法事项共1200项.
_COUNTED_RIGHT_AFTER: Final = re.compile(r"(?:共计?|合计|总计|计|达)?\d")


def _names_own_town(ctx: ExtractionContext, prefix: str) -> bool:
    """``prefix`` is the town or street the report is about, before its party committee's organ
    (街道 党工委理论学习中心组, 柳河镇 党委): 街道, 镇 or 乡 alone, or the report's own place by name."""
    if prefix in _OWN_TOWN_WORDS:
        return True
    region = ctx.region
    if not region:
        return False
    return region[-1] in "镇乡道" and prefix.endswith(region)


_OWN_TOWN_WORDS: Final = frozenset({"街道", "镇", "乡"})


def _excluded(ctx: ExtractionContext, index: int, start: int, end: int, sentence: Sentence,
              look_back: bool = True) -> bool:
    """The indicator's exclude words in the link, back to the list item and on to the clause end."""
    exclude = ctx.terms.exclude[index]
    if not exclude:
        return False
    text = ctx.text
    topic = _topic_label(ctx, sentence.start)
    if topic is not None and start >= topic[1] and exclude.search(text, topic[0], topic[1] - 1) is not None \
            and not _label_names_own_word(ctx, index, exclude, topic) \
            and ctx.words.area_label_end(text, topic[0], topic[1] - 1) is None:
        # 公平竞争审查：…审查增量文件112件: the sentence's label names what all of it is about.  (Not a
        # group of work: 普法宣传方面：…组织领导班子集体学法4次, 开展法治宣传活动132场.)
        return True
    # 通过镇党委会、中心组学习等形式开展专题学习4场: the forms the clause lists before its activity say what
    # the activity was; so does who it was for.
    if look_back:
        clause_begin = ctx.last_clause_mark(sentence.start, start) + 1 or sentence.start
        # 开展新入职行政执法人员培训7期，培训学员1300余人: a clause that only counts who took part is of
        # the event before it, whose exclude words hold for it too.
        if clause_begin > sentence.start \
                and ctx.words.participant_label_match(text, ctx.words.time_leads_match(text, clause_begin).end()) \
                and exclude.search(text, ctx.clause_start(clause_begin - 1, sentence.start), clause_begin - 1):
            return True
        forms = ctx.words.listed_forms_search(text, max(clause_begin, sentence.start), start)
        if forms is None and clause_begin > sentence.start:
            # (…通过党组“第一议题”、中心组学习等形式，系统学习…: a clause of the forms alone says what the
            # activity of the clause after it was.)
            forms = ctx.words.listed_forms_search(text, ctx.clause_start(clause_begin - 1, sentence.start), clause_begin)
            if forms is not None and forms.end() != clause_begin - 1:
                forms = None
        if forms is not None and exclude.search(text, forms.start(), forms.end()) is not None:
            return True
        # 组织行政执法人员参加综合法律知识、专业法律知识专题培训2期: who it was for holds past the list.
        audience = ctx.words.audience_search(text, max(clause_begin, sentence.start), start)
        if audience is not None and exclude.search(text, audience.start(), audience.end()) is not None:
            return True
        # 在镇党委理论学习中心组学习会、党委班子会议上作专题辅导4次: so does where it took place, the
        # link's own word among the places or not.
        venue = ctx.words.venue_search(text, max(clause_begin, sentence.start), end)
        if venue is not None and exclude.search(text, venue.start(), venue.end()) is not None:
            return True
    # Back at most 16 characters (a 《…》 title counting as one), to just after the last 、，,；; there …
    back = max(sentence.start, start - 16 - _titles_length(text, max(sentence.start, start - 16), start)) \
        if look_back else start
    # (A list's lead before its colon is not read either: 学习培训情况如下：常务会会前学法，7次.)
    # (Nor does a 、 inside words ending on 的 before the link part them: 以区政府为被申请人、由市政府办理的
    # 复议案件 is one description of the cases.)
    clause_mark = ctx.last_clause_mark(back, start)
    enumeration = text.rfind("、", back, start)
    if text[start - 1:start] == "的" and _DIGIT.search(text, max(back, clause_mark + 1), start) is None:
        enumeration = -1  # (with no figure between: …6件、省局作为被告的行政诉讼案件4件 are two items)
    last = max(clause_mark, enumeration, text.rfind("：", back, start), text.rfind(":", back, start))
    back = last + 1 if last >= 0 else back
    deng = text.rfind("等", back, start)
    if deng != -1 and start - deng <= _HEAD_AFTER_DENG:
        quote = text.find("“", back, deng)
        if quote != -1 and not exclude.search(text, back, quote):
            # “法治赶集”“法律明白人”培训等主题普法活动327场次: the named items before 等 are examples
            # of the word after it, their words not the link's (承接…下放的…许可等行政许可事项 is no list
            # of names: its verb stays read).
            back = deng + 1
    part = -1
    if look_back and back > sentence.start and text.startswith("其中", back):
        # 中心组集中学习12次，其中习近平法治思想专题学习4次: a part is of its total's kind, and the total's
        # clause, opening on its time words or verb (镇党委中心组…，全年开展集中学习8次，其中…), has the
        # subject of the clause before it.
        part = back
        back = ctx.clause_start(back - 1, sentence.start)
        if text.find("%", back, part) != -1 or text.find("％", back, part) != -1:
            # A rate's clause between (…出庭应诉率100%，其中区政府负责人出庭应诉3次) is skipped, its words
            # not the part's; the clauses before it tell of the total (仲裁院受理仲裁案件412件，审结398件，
            # 结案率96.6%，其中以调解方式结案231件).
            if back > sentence.start and exclude.search(text, sentence.start, back) is not None:
                return True
            back = part
        lead = ctx.words.time_leads_match(text, back).end()
        if back > sentence.start and (lead > back or ctx.words.verb_opener_match(text, lead) is not None):
            back = ctx.clause_start(back - 1, sentence.start)
    # … and on to the first ，,；;。、（( at most 80 characters on, inside the sentence.
    limit = min(sentence.end, end + _TAIL_MAX)
    tail_break = _CLAUSE_TAIL.search(text, end, limit)
    while tail_break and text[tail_break.start()] in "(（":
        aside = _ASIDE.match(text, tail_break.start(), limit)
        if aside is None:
            break
        tail_break = _CLAUSE_TAIL.search(text, aside.end(), limit)  # 市管县(处)级领导干部…考试: read on
    tail_end = tail_break.start() if tail_break else max(limit, end)
    if tail_break and text[tail_end] in "，,、" and ctx.words.participant_match(text, tail_end + 1) is not None:
        # 举办法治业务培训班3期，参训执法人员260人次: who took part says what the event was.
        tail_end = ctx.clause_end(tail_end + 1, sentence.end)
    if exclude.search(_read_span(exclude, text, back, tail_end, part)) is not None:
        # 1560项政务服务事项全部实现“一网通办”: what the whole set counted does is no subset's word.
        whole = ctx.words.whole_set_search(text, end, tail_end)
        if whole is None or exclude.search(_read_span(exclude, text, back, whole.start(), part)) is not None:
            return True
    if not look_back or back <= sentence.start:
        return False
    opening = text[back - 1]
    if opening not in "、，,":
        return False
    verb_opens = ctx.words.verb_opener_match
    if opening == "、" and verb_opens(text, back):
        # 通过党工委会议传达学习、研究部署法治建设议题27次: verbs joined by 、 share the subject before
        # the first of them, in the same clause (the subject only: what the other verbs do is theirs).
        clause_start = ctx.clause_start(back - 1, sentence.start)
        first_verb = ctx.words.verb_opener_search(text, clause_start, back - 1)
        if first_verb is not None and exclude.search(text[clause_start:first_verb.start()]) is not None:
            return True
    # 市直部门举办…讲座82次，开展会前学法193次: a clause opening on its verb has the subject of the
    # clause before it.
    if opening != "、" and verb_opens(text, ctx.words.time_leads_match(text, back).end()):
        before = ctx.clause_start(back - 1, sentence.start)
        # Only a subject of other bodies (各部门, 市直部门) is carried: what the clause before is
        # about (强化学法考法…) is not the next clause's.
        if ctx.words.other_bodies_match(text, before):
            return exclude.search(text[before:min(before + _SUBJECT_MAX, back - 1)]) is not None
        # 党工委理论学习中心组深入学习…，全年开展学法5次: a subject the clause before opens on, when it is
        # one of the indicator's exclude words, is the next clause's too — across clauses between that have
        # no subject of their own either (县委常委会将…列入…，多次传达学习…，听取…汇报3次).
        for _ in range(_SUBJECTLESS_CLAUSES):
            lead = ctx.words.time_leads_match(text, before).end()
            if not verb_opens(text, lead) or before <= sentence.start:
                break
            before = ctx.clause_start(before - 1, sentence.start)
        if topic is not None and before < topic[1]:
            before = topic[1]  # (普法宣传方面：落实…，组织…: the sentence's label is no clause's subject)
        lead = ctx.words.time_leads_match(text, before).end()
        subject = exclude.search(text, lead, min(lead + _SUBJECT_MAX, back - 1))
        if subject is not None and not verb_opens(text, lead) and (
                subject.start() == lead or _LEVEL_PREFIX.fullmatch(text, lead, subject.start())
                or _names_own_town(ctx, text[lead:subject.start()])):
            return True  # (县委常委会: the committee before the name of its organ)
    return False


def _next_clause_states_its_own(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> bool:
    """组织各类法律培训讲座5次，定期组织执法人员开展…集训: the clause after the figure's opens on a verb of
    another thing done (past 全年, 定期 …): a new statement, whose words say nothing of the figure's
    event (…培训班3期，参训执法人员200人次, …3期，组织全体执法人员参加 and 召开局务会议8次，研究法治…
    go on about the same event)."""
    end = ctx.clause_end(mention.end, sentence.end)
    if end >= sentence.end:
        return False
    at = _past_time_and_adverbs(ctx, end + 1)
    return ctx.words.new_statement_match(ctx.text, at) is not None \
        and ctx.words.joining_search(ctx.text, at, ctx.clause_end(at, sentence.end)) is None


def _past_time_and_adverbs(ctx: ExtractionContext, clause_start: int) -> int:
    """Where the clause at ``clause_start`` has its verb, past its time words and adverbs (全年, 定期 …)."""
    at = ctx.words.time_leads_match(ctx.text, clause_start).end()
    return ctx.words.statement_adverbs_match(ctx.text, at).end()


def _opens_new_statement(ctx: ExtractionContext, clause_start: int) -> bool:
    """The clause at ``clause_start`` opens (past 全年, 定期 …) on a verb of a thing done (举办, 组织)."""
    return ctx.words.new_statement_match(ctx.text, _past_time_and_adverbs(ctx, clause_start)) is not None


def _participants_of_event_named(ctx: ExtractionContext, require, mention: NumberMention, sentence: Sentence) -> bool:
    """…举办综合行政执法、市场监管等业务培训班十四期，培训人员2100余人: the figure's clause tells who
    took part in the event of the clause before (``participant_openers``), whose words name the
    indicator's required words."""
    text = ctx.text
    clause_start = ctx.clause_start(mention.start, sentence.start)
    if clause_start <= sentence.start:
        return False
    # (…业务培训6次，累计参训128人次: 累计, 全年, 共 before the opener leave it the clause's first word.)
    if ctx.words.participant_match(text, ctx.words.time_leads_match(text, clause_start).end()) is None:
        return False
    return require.search(text, ctx.clause_start(clause_start - 1, sentence.start), clause_start) is not None


def _item_of_listed_occasions(ctx: ExtractionContext, hit: TermHit, mention: NumberMention, sentence: Sentence) -> bool:
    """…研究法治政府建设、综合行政执法改革、重大投资合同审查等事项6次: the word is a later item of a list
    of what was studied, and the count after 等事项 is of the occasions, none of the item's."""
    text = ctx.text
    if mention.unit not in ctx.words.occasion_measures or _LISTED_OCCASIONS_GAP.fullmatch(text, hit.end, mention.start) is None:
        return False
    # (The first item holds the verb of what was done, 专题研究法治政府建设: the meetings' own word.)
    return text.find("、", ctx.clause_start(hit.start, sentence.start), hit.start) != -1


_LISTED_OCCASIONS_GAP: Final = re.compile(r"[^，,。；;]*?等(?:重大|重要|重点|相关)?(?:事项|议题|问题)")


def _actual_clause_start(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> int:
    """Where the figure's clause starts when it opens on 实际 (after a figure earlier in the
    sentence), else -1."""
    clause_start = ctx.clause_start(mention.start, sentence.start)
    if clause_start <= sentence.start or ctx.words.actual_after(ctx.text, clause_start - 1, mention.number_start) is None:
        return -1
    return clause_start


def _repeats_excluded_kind(ctx: ExtractionContext, spec_index: int, hit: TermHit, sentence: Sentence) -> bool:
    """…开展公平竞争审查，审查新增文件29件: the word repeats the last one of the clause before, where an
    exclude word of the indicator qualifies it; the repeated word is of that kind too."""
    exclude = ctx.terms.exclude[spec_index]
    clause_start = ctx.clause_start(hit.start, sentence.start)
    if not exclude or clause_start <= sentence.start:
        return False
    text = ctx.text
    # The word opens its clause (…，审查新增文件29件) or closes it (…，对2件涉企政策进行审查).
    if hit.start - clause_start > _REPEATED_WORD_OPENS \
            and ctx.clause_end(hit.end, sentence.end) - hit.end > _REPEATED_WORD_CLOSES:
        return False
    before_start = ctx.clause_start(clause_start - 1, sentence.start)
    word = text[hit.start:hit.end]
    at = text.rfind(word, before_start, clause_start - 1)
    # (落实公平竞争审查制度，…: the kind's name with the system it is run by.)
    if at == -1 or _KIND_SYSTEM.fullmatch(text, at + len(word), clause_start - 1) is None:
        return False
    found = exclude.search(text, max(before_start, at - 10), at + len(word))
    while found is not None and found.end() < at:  # (措施开展公平竞争审查: the words right before it)
        found = exclude.search(text, max(found.end(), found.start() + 1), at + len(word))
    return found is not None


# How far into its clause a repeated word may stand (开展公平竞争审查，审查…; the word it repeats
# closes the clause before).
_REPEATED_WORD_OPENS: Final = 3
_REPEATED_WORD_CLOSES: Final = 1
_KIND_SYSTEM: Final = re.compile(r".?|(?:制度|机制|工作)")


def _label_names_clause_before(ctx: ExtractionContext, spec_index: int, hit: TermHit, sentence: Sentence) -> bool:
    """A label opening its clause (参考32人, 参训人员85人次) is a field of the event in the clause
    before it, and an event opening its clause (培训…300人次) goes on with the event that clause
    ends on (…专题研讨班): that clause's exclude words are the link's too — unless that clause has a figure of
    our units of its own (应持证人员84人，已持证83人: two items side by side)."""
    text = ctx.text
    exclude = ctx.terms.exclude[spec_index]
    if exclude is None or hit.start <= sentence.start or text[hit.start - 1] not in "，,":
        return False
    before = ctx.clause_start(hit.start - 1, sentence.start)
    # A figure of our units or a rate there (考试参考率100%，参考人数3200人) makes the two clauses
    # fields side by side, not an event and its field.
    if any(m.percent or m.start in ctx.accepted_starts[spec_index] for m in mentions_between(ctx, before, hit.start)):
        return False
    if hit.role == "event" and ctx.words.event_noun_end(text, before, hit.start - 1) is None:
        return False  # 开展文件清理，审查合同30份: a new act, not the event held before going on
    return exclude.search(text, before, hit.start - 1) is not None


# Surroundings that make a figure not the year's own, whatever else is said: the catalog's
# definitions exclude other bodies' figures, other years', several years added up and old levels.
# (A count shared by a list of other indicators' things and a measure word that counts bodies
# are set aside where they are found, in ``links_for``.)
HARD_EXCLUSIONS: Final = frozenset({"other_scope", "other_year", "multi_year", "old_value", "plan", "one_of", "views"})
# Another body's figure is kept a moment: 全市…356件，其中我县41件 derives our share from it.
# (A named lower place's figure, 武陵区收到…312件 in the city's report, is that body's whatever else is said.)
_NEVER_THE_VALUE: Final = (HARD_EXCLUSIONS - {"other_scope"}) | {"named_other_body_subject"}


def _spans_years(ctx: ExtractionContext, text: str, start: int, end: int) -> bool:
    """The last period named in [start, end) is longer than a year's report covers, or [start, end)
    names several years (“十四五”期间, 2017年以来 in a later year's report) with nothing after
    that brings it back to the year's own (今年, 全年, the report's year)."""
    if _since_other_years(ctx, text, start, end):
        return True
    if text.find("年", start, end) == -1:
        return False
    last = None
    for found in ctx.words.period(text, start, end):
        if not _in_book_title(text, found.start()):
            last = found
    if last is None or not last.group(3):
        return False
    first_year, first_month, last_year, last_month = last.groups()
    months = (int(last_year) * 12 + int(last_month or 12)) - (int(first_year) * 12 + int(first_month or 1)) + 1
    return months > ctx.words.longest_period


def _period_lead_start(text: str, sentence_start: int, floor: int) -> int:
    """Where a period named at the head of a sentence still governs ``sentence_start``: 五年来，…46件；
    …累计新收行政复议案件11.3万件 — clauses joined by ；are one sentence of the writer's, and the period
    leads them all, up to the full stop.  (Each ；opens a sentence of ours, so this looks further back.)"""
    if sentence_start <= 0 or text[sentence_start - 1] not in "；;":
        return sentence_start
    floor = max(floor, 0)
    cut = max(text.rfind(mark, floor, sentence_start - 1) for mark in _FULL_STOPS)
    return cut + 1 if cut != -1 else floor


_FULL_STOPS: Final = ("。", "！", "？", "!", "?", "\n")


def _in_book_title(text: str, at: int) -> bool:
    """``at`` is inside 《…》: 《法治政府建设实施纲要（2021—2025年）》 names a document, not the
    years a figure covers."""
    opening = text.rfind("《", max(0, at - _TITLE_REACH), at)
    return opening != -1 and text.find("》", opening, at) == -1


# How far back a 《 is looked for: document names are rarely longer.
_TITLE_REACH: Final = 60


def subset_marker_before(ctx: ExtractionContext, start: int, end: int) -> int:
    """Where the last 其中 or 从中 in [start, end) stands (-1 for none): what follows it is a part of a
    figure before (…书面述法，并从中随机抽取8名…现场述法)."""
    return max(ctx.text.rfind(word, start, end) for word in ctx.words.subset_markers)


def _since_other_years(ctx: ExtractionContext, text: str, start: int, end: int) -> bool:
    """The last words in [start, end) that name several years (“七五”普法期间, 2017年以来, not
    2024年以来 in the 2024 report), unless the year's own is named after them."""
    words = ctx.words
    last_end = -1
    for found in words.period_name_finditer(text, start, end):
        if not _in_book_title(text, found.start()):
            last_end = found.end()
    if ctx.report_year:
        for found in words.since_year_finditer(text, start, end):
            if int(found.group(1)) < ctx.report_year and found.end() > last_end \
                    and not _in_book_title(text, found.start()):
                last_end = found.end()
    if last_end == -1:
        return False
    if words.this_year(text, last_end, end):
        return False
    return not any(int(year.group(1)) == ctx.report_year for year in words.dated_year(text, last_end, end))


def _mention_features(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> dict[str, float]:
    """What the words right before a number say of it, whichever indicator it is linked to (cached)."""
    cached = ctx.mention_cache.get(mention.start)
    if cached is not None:
        return cached
    text = ctx.text
    words = ctx.words
    s0 = sentence.start
    start = mention.start
    features: dict[str, float] = {}
    clause_start = ctx.clause_start(start, s0)
    if mention.approx:
        features["approx"] = 1.0
    # 共计51件: the total word may be the mention's own prefix.
    if words.total(text[max(s0, start - 4):mention.number_start]):
        features["total_before"] = 1.0
    if subset_marker_before(ctx, clause_start, start) != -1 or (text.find("其中", s0, s0 + 4) != -1 and _PARTS_SENTENCE.match(text, s0, start)):
        # 其中，云岫街道调处…415件，企业服务专班调处…67件: a sentence opening on 其中 lists parts.
        features["subset"] = 1.0
    # 计划开展…200场 / 下一步，…: a target.  Plan sections are left out with their headings;
    # this catches the plans written inside a paragraph of results.
    plan = words.plan(text, clause_start, mention.number_start)
    if plan is not None and words.plan_object_verb(text, clause_start, plan.start()) is not None:
        plan = None  # 审核县政府拟出台文件86件: the drafts reviewed are what is counted
    if plan is not None or words.plan_opener(text, s0, start) or _quoted_requirement(text, mention, sentence) \
            or (clause_start > s0 and words.plan_lead(text, s0, clause_start) is not None) \
            or _planned_against_actual(words, text, clause_start, mention, sentence) \
            or _inside_a_norm(words, text, clause_start, mention):
        features["plan"] = 1.0
    if mention.range_part:
        features["range_part"] = 1.0
    if words.view_count(text, max(clause_start, start - _VIEW_COUNT_REACH), start) is not None:
        features["views"] = 1.0  # 短视频单条最高播放量超过10万次: how often a post was seen, no event
    if words.changed_to(text, mention.end) or _old_level_before(ctx, mention, sentence) \
            or _bracketed_comparison(ctx, mention):
        features["old_value"] = 1.0  # 原来的268项 / 401项调整为400项: the level before the change
    elif text.startswith("在", clause_start) and words.baseline_closer(text, mention.end) is not None:
        features["old_value"] = 1.0  # 在上一年度实现…全年学法10次的基础上，…: the level built on
    elif words.new_value(text[max(s0, start - 6):start]):
        features["new_value"] = 1.0  # 精简为213项: the level now reached
    if _spans_years(ctx, text, max(_period_lead_start(text, s0, start - CLAUSE_MAX), start - CLAUSE_MAX), start):
        features["multi_year"] = 1.0  # 2019年4月至2021年3月期间…共承办合同4690件
    elif _several_years_lead(words, text, _period_lead_start(text, s0, start - _SEVERAL_YEARS_REACH)) \
            and (clause_start > s0 or s0 > 0 and text[s0 - 1] in "；;") \
            and not words.this_year(text, clause_start, start):  # (…；今年全县收到…620件: the year's own)
        # 五年间，…审查行政规范性文件96件 / 五年来，…；…；全县累计开展…1600余场次: the lead dates every
        # clause of the writer's sentence, up to its full stop.
        features["multi_year"] = 1.0
    if ctx.report_year:
        # 针对2020年度依法行政考核整改…两次召开…: a year naming a thing is not when the figure happened.
        # (Not a year inside a document's name: 《…规划（2021—2035年）》等3项重大行政决策.)
        dated_from = clause_start
        if "new_value" in features:
            # 权重由2020年的3%提高到5%: the year dates the old level; the new one is the year's own.
            k = bisect_left(ctx.mention_starts, start) - 1
            if k >= 0 and ctx.mentions[k].end > clause_start \
                    and "old_value" in _mention_features(ctx, ctx.mentions[k], sentence):
                dated_from = ctx.mentions[k].end
        years = [year for year in words.dated_year(text, dated_from, start) if not _in_book_title(text, year.start())]
        if years:
            if int(years[-1].group(1)) != ctx.report_year:
                features["other_year"] = 1.0
        elif clause_start > s0:
            # 2022年，市局本级立案查处52起 / 到2025年，…持证率将达到100%: a year leading the sentence
            # dates its clauses, unless one brings the year's own back (今年, 全年).
            lead = _YEAR_LEAD.match(text, s0)
            if lead and int(lead.group(1)) != ctx.report_year and not words.this_year(text, lead.end(), start):
                features["other_year"] = 1.0
    if "other_year" not in features:
        # 上年度新区受理行政复议案件11件: last year's, named by the words rather than the year.
        last_year = words.last_year_lead(text, clause_start) or (clause_start > s0 and words.last_year_lead(text, s0))
        if last_year and not words.this_year(text, last_year.end(), start):
            features["other_year"] = 1.0
    if mention.value == 1:
        features["value_one"] = 1.0
    ctx.mention_cache[start] = features
    return features


def _bracketed_comparison(ctx: ExtractionContext, mention: NumberMention) -> bool:
    """合法性审查42份（35份）: a figure alone in brackets right after a figure of the same measure is the
    one it is compared with (last year's, as a 主要数据 block says once above: 括号内为上年数据), not
    another count."""
    text = ctx.text
    start = mention.start
    if start == 0 or text[start - 1] not in "（(" or text[mention.end:mention.end + 1] not in ("）", ")"):
        return False
    k = bisect_left(ctx.mention_starts, start) - 1
    if k < 0:
        return False
    before = ctx.mentions[k]
    return before.end == start - 1 and before.unit == mention.unit and before.percent == mention.percent


def _several_years_lead(words: GrammarWords, text: str, sentence_start: int) -> bool:
    """The sentence opens on several years alone in its clause (五年间，… / 近三年来，…)."""
    lead = words.multi_year(text, sentence_start, sentence_start + _SEVERAL_YEARS_LEAD)
    return lead is not None and lead.start() - sentence_start <= 1 and text[lead.end():lead.end() + 1] in ("，", ",")


_SEVERAL_YEARS_LEAD: Final = 10
_SEVERAL_YEARS_REACH: Final = 400  # how far back a lead of several years may govern, across ；


# A year leading a sentence, alone in its clause: 2022年，… / 到2025年，… / 截至2023年底，… / 回顾2018年，…
_YEAR_LEAD: Final = re.compile(r"(?:到|至|截至|截止|回顾)?(20\d{2})年(?:度|底|末)?[，,]")


def _titles_length(text: str, start: int, end: int) -> int:
    """The length of the 《…》 titles ending in [start, end), each up to 40 characters, back from ``end``."""
    total = 0
    close = text.rfind("》", start, end)
    while close != -1:
        opening = text.rfind("《", max(0, close - 40), close)
        if opening == -1:
            break
        total += close - opening + 1
        close = text.rfind("》", max(0, opening - 2), opening)
    return total


def _inside_a_norm(words: GrammarWords, text: str, clause_start: int, mention: NumberMention) -> bool:
    """按照全市执法人员持证率保持在95%以上的工作目标，…: the figure is inside the description of a
    target or requirement the clause follows, not something done."""
    return words.norm_closer(text, mention.end) is not None \
        and words.norm_opener(text, clause_start, mention.number_start) is not None


def _planned_against_actual(words: GrammarWords, text: str, clause_start: int, mention: NumberMention,
                            sentence: Sentence) -> bool:
    """年度计划培训执法人员800人次，实际培训920人次: a figure after 计划/目标 in its clause, with a later
    clause of the sentence opening on 实际, is the plan that the later figure is measured against."""
    return words.target_noun(text, clause_start, mention.number_start) is not None \
        and words.actual_after(text, mention.end, sentence.end) is not None


def _quoted_requirement(text: str, mention: NumberMention, sentence: Sentence) -> bool:
    """按照县里“法治建设占绩效考核权重不低于5%”的要求: a figure inside a quoted requirement is a norm;
    so is a bound closing on 的要求/的目标 (按照按时办结率不低于98%、满意率不低于95%的目标)."""
    if _BOUND_BEFORE.search(text, max(sentence.start, mention.number_start - 4), mention.number_start) \
            and _REQUIREMENT_TAIL.match(text, mention.end, sentence.end) is not None:
        return True
    close = text.find("”", mention.end, sentence.end)
    if close == -1 or text.find("“", mention.end, close) != -1:
        return False
    opening = text.rfind("“", sentence.start, mention.start)
    if opening == -1 or text.find("”", opening, mention.start) != -1:
        return False
    return _REQUIREMENT_AFTER.match(text, close + 1) is not None


# (…不低于95%”“普法活动每季度不少于5场”等指标: the other quoted items of the list go before the noun.)
_REQUIREMENT_AFTER: Final = re.compile(r"(?:[、，,]?“[^“”]{0,40}”)*等?的?(?:要求|规定|标准|目标|指标|任务)")
_BOUND_BEFORE: Final = re.compile(r"(?:不少于|不低于|不高于|不超过)$")
# The rest of the clause up to 的要求/的目标, across the other bounds of its list (、…不低于95%).
_REQUIREMENT_TAIL: Final = re.compile(r"[^，,。；;]{0,30}?的(?:要求|规定|标准|目标)")


# Figures between a word and its number that do not stand nearer to it: an old level, a norm or target.
_NOT_A_NEARER_FIGURE: Final = frozenset({"old_value", "plan"})


def _old_level_before(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> bool:
    """原来的268项, 由上年的12件增加到15件: the words before the figure mark the level before a change.
    A bare 由 does so only where a change follows in the clause (由268项精简为213项); 法律顾问团由
    11名律师、专家组成 says who makes up the body."""
    text = ctx.text
    old = ctx.words.old_value(text[max(sentence.start, mention.start - 5):mention.start])
    if old is None:
        return False
    if not old.group().startswith("由") or old.group().startswith("由原"):
        return True
    clause_end = ctx.clause_end(mention.end, sentence.end)
    return ctx.words.change_search(text, mention.end, clause_end) is not None


def never_the_value(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> bool:
    """What the words before a number say makes it no indicator's value, whatever it is linked to:
    a plan, an old level, another year's or several years' figure, one of a set (三项…之一), or a
    higher level's figure (named in its clause or the 14 characters before it), or a named other
    body's (the subject of its clause: another level's place, a higher body).  For the phrasing
    model's fills, which have no linked word to read these from."""
    features = ctx.mention_cache.get(mention.start)
    if features is None:
        features = _mention_features(ctx, mention, sentence)
    if not HARD_EXCLUSIONS.isdisjoint(features):
        return True
    text, words = ctx.text, ctx.words
    # 24 characters: as far back as the grammar reads from a word linked before the number.
    before = max(sentence.start, mention.start - 24)
    if words.multi_year(text[before:mention.end]) or words.one_of(text, mention.end):
        return True
    if _other_bodies_subject(ctx, mention.start, sentence.start) == _NAMED_OTHER_BODY:
        return True  # 武陵区收到行政复议申请312件 in the city's report: the district's figure
    clause_start = ctx.clause_start(mention.start, sentence.start)
    return bool(ctx.scope.foreign_words) and (
        _foreign_scope(ctx, max(sentence.start, min(clause_start, mention.start - 14)), mention.end, sentence.start)
        or _reach_of_foreign_events(ctx, mention.start, sentence.start))


def department_may_count(ctx: ExtractionContext, spec: IndicatorSpec, mention: NumberMention,
                         sentence: Sentence) -> bool:
    """A department's report may still count a group's figure that is its own: its system's (全市市场监管系统
    立案查处…, named in the figure's clause or the one before) and people gathered from many bodies
    (全区73个单位500余名领导干部…述法)."""
    if spec.kind == "people":
        return True
    clause_start = ctx.clause_start(mention.start, sentence.start)
    before = ctx.clause_start(clause_start - 1, sentence.start) if clause_start > sentence.start else clause_start
    return ctx.text.find("系统", before, mention.start) != -1


def catalog_allows(ctx: ExtractionContext, spec_index: int, spec: IndicatorSpec, mention: NumberMention,
                   sentence: Sentence) -> bool:
    """The catalog's own limits, read around a number with no word of the indicator linked to it
    (the phrasing model's fills): the topic the indicator needs in its sentence or paragraph, no
    exclude word in the sentence (``exclude_sentence``) or from the clause before the number on
    to its end, a ``require`` word near it where the catalog asks for one nearby, and no group of other
    bodies as its subject where the indicator is the body's own (``own_body_only``)."""
    topic = ctx.topic_cache.get((spec_index, sentence.start)) or topic_cached(ctx, spec_index, sentence)
    if not topic[1]:
        return False
    if _other_bodies_subject(ctx, mention.start, sentence.start) and (
            spec.own_body_only or (ctx.department and not department_may_count(ctx, spec, mention, sentence))):
        return False  # a group of other bodies' figure (各县区政府…会前学法52次) is none of the body's own
    if spec.kind != "people" and _counts_bodies(ctx, mention, sentence):
        return False
    sentence_excluded = ctx.terms.exclude_sentence[spec_index]
    if sentence_excluded is not None and _sentence_excluded(ctx, spec_index, sentence, sentence_excluded):
        return False
    clause_start = ctx.clause_start(mention.start, sentence.start)
    if _excluded(ctx, spec_index, clause_start, mention.end, sentence):
        return False
    if spec.kind == "rate" and _named_by_another_rate(ctx, spec_index, mention, clause_start):
        return False
    require = ctx.terms.require[spec_index]
    if spec.require_within is None or not require or spec.require_near:
        return True  # (a require_near window is read from the linked word, which a fill has not)
    window_start, window_end = spec.require_window(clause_start, mention.end)
    return require.search(ctx.text, max(sentence.start, window_start), min(sentence.end, window_end)) is not None


def _named_by_another_rate(ctx: ExtractionContext, spec_index: int, mention: NumberMention, clause_start: int) -> bool:
    """…备案审查率100%: a percentage right after the name of a rate is that rate's; unless the name is
    one of this indicator's words, no other rate may take it."""
    text = ctx.text
    at = mention.number_start if mention.number_start >= 0 else mention.start
    named = _RATE_NAMED_BEFORE.search(text, max(clause_start, at - _RATE_NAME_REACH), at)
    if named is None:
        return False
    return not any(hit.start < named.end() and hit.end > named.start() for hit in ctx.hits[spec_index])


# 率, then at most a verb (达到, 保持在) before the figure: the rate the figure measures.
_RATE_NAMED_BEFORE: Final = re.compile(r"[\u4e00-\u9fff]{1,10}率(?:均|已|达|为|是|保持|稳定|提升|提高|达到|保持在)*(?:约|近|超过)?$")
_RATE_NAME_REACH: Final = 20


def _context_features(ctx: ExtractionContext, spec_index: int, spec: IndicatorSpec, mention: NumberMention,
                      sentence: Sentence, link_start: int, link_end: int, clause: str) -> dict[str, float]:
    """What surrounds the statement: totals, subsets, plans, changes, other bodies and years."""
    text = ctx.text
    words = ctx.words
    s0 = sentence.start
    by_mention = ctx.mention_cache.get(mention.start)
    features = dict(by_mention if by_mention is not None else _mention_features(ctx, mention, sentence))
    after_link = max(link_end, mention.end)
    if words.one_of(text, mention.end) or (after_link != mention.end and words.one_of(text, after_link)):
        features["one_of"] = 1.0  # 三项重大决策之一: the count of a set that holds ours
    if mention.unit == spec.unit or (spec.kind == "rate" and mention.percent):
        features["unit_primary"] = 1.0
    # Several years, 累计, another level: read from the words before and inside the link.
    before_link = max(s0, link_start - 16)
    if words.multi_year(text[before_link:link_end]):
        features["multi_year"] = 1.0
    elif words.cumulative(text[before_link:link_start]):
        features["cumulative"] = 1.0
    # People counted before the event they joined take their scope from what precedes them: in
    # 组织全区800余人参加全市…考试 the exam is the city's, the 800 are the district's own.  (A count
    # of events is the event's: 2次将全省…专题会议在我市召开 are the province's meetings.)
    scope_end = mention.end if link_start == mention.start and spec.kind == "people" else link_end
    if ctx.scope.foreign_words and (_foreign_scope(ctx, max(s0, link_start - 14), scope_end, s0)
                                    or _reach_of_foreign_events(ctx, link_start, s0)
                                    or _higher_place_right_before(ctx, mention)):
        features["other_scope"] = 1.0
    subject = _other_bodies_subject(ctx, min(link_start, mention.start), s0)
    if not subject and link_start < mention.start and _BREAK.search(text, link_start, mention.start) is not None:
        # 积极参加县里组织的领导干部法治讲座，县政府全年举办“法治大讲堂”8期 (a town's report): the
        # figure's own clause may name another body after the clause of the word linked.
        subject = _other_bodies_subject(ctx, mention.start, s0)
    if subject:
        features["other_bodies_subject"] = 1.0
        if subject == _NAMED_OTHER_BODY:
            features["named_other_body_subject"] = 1.0
    if "total_before" not in features and link_start < mention.start \
            and _TOTAL_BEFORE_LINK.search(text, max(s0, link_start - 6), link_start):
        features["total_before"] = 1.0  # 全年共开展合法性审查286件: the total word before the verb
    avoid = ctx.terms.avoid[spec_index]
    if avoid:
        if avoid.search(clause):
            features["avoid_clause"] = 1.0
        else:
            key = (spec_index, s0)
            in_sentence = ctx.avoid_cache.get(key)
            if in_sentence is None:
                in_sentence = ctx.avoid_cache[key] = avoid.search(text, s0, sentence.end) is not None
            if in_sentence:
                features["avoid_sentence"] = 1.0
    return features


def _other_bodies_subject(ctx: ExtractionContext, start: int, sentence_start: int) -> int:
    """The clause holding ``start`` opens, after its time words and a 其中, on a group of other bodies
    (各乡镇(街道)全年审查…620余件, 8个街道共审查…, 全省11个设区市共公布…): the figure is theirs
    (``_GROUP_OF_BODIES``; a court's too), or on one named place below the report's own or a
    higher body (``_NAMED_OTHER_BODY``); 0 when neither."""
    clause_start = ctx.clause_start(start, sentence_start)
    cached = ctx.other_bodies_cache.get(clause_start)
    if cached is None:
        cached = ctx.other_bodies_cache[clause_start] = _clause_of_other_bodies(ctx, clause_start, sentence_start)
    if cached and _list_item_of_own_government(ctx, clause_start, start):
        return 0
    return cached


def _list_item_of_own_government(ctx: ExtractionContext, clause_start: int, start: int) -> bool:
    """全市政府系统各级党组…学习130余次、市政府常务会会前学法9次: an item of a 、 list that opens on the
    report's own government has a subject of its own, not the group of bodies the list opened on."""
    if ctx.department or not ctx.region:
        return False
    mark = ctx.text.rfind("、", clause_start, start)
    return mark != -1 and _own_government(ctx.region).match(ctx.text, mark + 1) is not None


@lru_cache(maxsize=64)
def _own_government(region: str) -> re.Pattern[str]:
    """The report's own government as a subject: 示例市人民政府, 市政府 (not 市政府系统各部门, a group)."""
    suffix = "街道" if region.endswith("街道") else region[-1]
    return re.compile(rf"(?:{re.escape(region)}|{re.escape(suffix)})(?:人民)?政府(?!系统|各)")


_GROUP_OF_BODIES: Final = 1
# An item's number opening a clause or sentence (二是, 其一, （2）, ①, 3.), and the spaces around it.
_ITEM_MARKER_SOURCE: Final = r"\s*(?:[一二三四五六七八九十]是|其[一二三四五]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳]|\d{1,2}[.、．](?!\d))?\s*"
# A short label and its colon opening a sentence (公平竞争审查：…); not a list's lead (…情况如下：).
_TOPIC_LABEL: Final = re.compile(_ITEM_MARKER_SOURCE + r"((?:(?!如下)[^，,。；;：:\d\n]){2,10})[：:]")
# …or in brackets: 【执法培训】依托…平台，…举办集中培训班五期.
_BRACKETED_LABEL: Final = re.compile(_ITEM_MARKER_SOURCE + r"【([^【】\n\d]{2,10})】")
_ITEM_MARKER: Final = re.compile(_ITEM_MARKER_SOURCE)
_PARTS_SENTENCE: Final = re.compile(r"\s*其中[，,：:]")
# A clause opening on a rate's name (…调处纠纷6200余件，调解成功率97.6%): the rate is of the clause before's subject.
_RATE_LABEL: Final = re.compile(r"[^，,。；;：:\d\n]{0,8}?率")
# A short field label and its colon opening a clause (县区学法：, 【行政复议】 is read as a heading).
_FIELD_LABEL: Final = re.compile(r"[^，,。；;：:\d\n]{2,10}[：:]")
_NAMED_OTHER_BODY: Final = 2


def _clause_subject_of_other_bodies(ctx: ExtractionContext, at: int) -> int:
    """What the clause's subject at ``at`` is (cached: a clause is asked again as the one before the next)."""
    found = ctx.subject_cache.get(at)
    if found is None:
        found = ctx.subject_cache[at] = _subject_of_other_bodies(ctx, at)
    return found


def _subject_of_other_bodies(ctx: ExtractionContext, at: int) -> int:
    # 市司法局…抽查审查64件 in a county's report, 县政务服务中心进驻事项1346项 in a town's: a higher body's
    # (区人民检察院、区司法局联合开展… in a 街道's: with the court or procuratorate it names).
    higher = ctx.words.higher_body_match.get(f"{ctx.scope.level}级报告")
    if higher is not None and higher(ctx.text, at) is not None \
            or ctx.words.listed_bodies_match(ctx.text, at) is not None:
        return _NAMED_OTHER_BODY  # (城南、沙洲两个街道…: some bodies named, never the whole's figure)
    if ctx.words.other_bodies_subject_match(ctx.text, at) is not None \
            or ctx.words.other_branch_subject_match(ctx.text, at) is not None:
        # 县人民法院审结一审行政案件89件: a court's caseload, like a group of other bodies' figure, gives
        # way to the government's own (alone it stays: annotators of real reports count 全县法院受理
        # 行政案件56件).
        return _GROUP_OF_BODIES
    if ctx.department_name and _another_department_at(ctx, at):
        return _NAMED_OTHER_BODY
    return _NAMED_OTHER_BODY if _other_level_place_at(ctx, at) else 0


# A 司法局 often reports the government's figures (县政府…, 县行政复议局…); a zone's 管委会 and a province's
# 厅 have bureaus of their own under them; a 依法治县委员会 speaks for the whole county.  (A 卫生健康委员会
# is a department like any other.)
_SPEAKS_FOR_OTHERS: Final = re.compile(r"司法|法治[^，,。；;]*委员会$|管(?:理委员|委)会$|厅$|[省市州盟县区旗]委$")


def _another_department_at(ctx: ExtractionContext, at: int) -> bool:
    """县司法局全年…审查406件 in a 市场监管局's report: another body of the government opens the clause,
    and its figure is none of the department's.  The department's own name, short or long (县局,
    市市场监管局 for 市市场监督管理局, 人社局 for 人力资源和社会保障局), is the department itself.
    (Not in the reports of a 司法局, a 管委会 or a 厅: see ``_SPEAKS_FOR_OTHERS``.)"""
    own = ctx.department_name
    if _SPEAKS_FOR_OTHERS.search(own):
        return False
    text = ctx.text
    if ctx.region and text.startswith(ctx.region, at):
        at += len(ctx.region) - 1  # (枫渡县司法局: read from the level's character)
    body = ctx.words.peer_body_match(text, at)
    if body is None:
        return False
    core = body.group()[1:]  # (the level's character, 县 of 县司法局, stands for the place)
    if len(core) < 2:
        return core not in own  # 县委 in a 人社局's report; 县局 is the bureau itself
    first = own.find(core[0])
    return first == -1 or own.find(core[1], first + 1) == -1


def _clause_of_other_bodies(ctx: ExtractionContext, clause_start: int, sentence_start: int) -> int:
    text = ctx.text
    words = ctx.words
    marker = _ITEM_MARKER.match(text, clause_start)  # 二是, ①, （2）: an item's number, no subject
    at = words.time_leads_match(text, marker.end() if marker else clause_start).end()
    label = _FIELD_LABEL.match(text, at)
    if label is not None:
        # 司法监督情况：县人民法院全年受理…: the subject follows the field label and its colon.
        at = words.time_leads_match(text, label.end()).end()
    if text.startswith("其中", at):
        at = words.time_leads_match(text, at + 2).end()
        if words.own_party_match(text, at) is not None:
            # 法院共受理…486件，其中以州人民政府为被告的21件: the part the government is a party to is its own.
            return 0
        if words.own_scope(text, at, at + _OWN_PART_REACH) is not None:
            # 全区共交办建议和提案486件，其中由我街道主办的…7件: the part named as the body's own is its own.
            return 0
    subject = _clause_subject_of_other_bodies(ctx, at)
    if subject:
        return subject
    # A clause opening on its time words, its verb or who took part has the subject of the clause before
    # it (各村(社区)结合例会开展“每月一学”，全年累计学习法律法规90余次; …开展述法评议，参评…96人).
    if clause_start > sentence_start and (at > clause_start or words.verb_opener_match(text, at) is not None
                                          or _RATE_LABEL.match(text, at) is not None
                                          or words.reach_opener_match(text, at) is not None
                                          or words.participant_match(text, at) is not None) \
            and not _opens_on_own_whole(ctx, at):
        before = ctx.clause_start(clause_start - 1, sentence_start)
        return _clause_subject_of_other_bodies(ctx, words.time_leads_match(text, before).end())
    return 0


def _opens_on_own_whole(ctx: ExtractionContext, at: int) -> bool:
    """全年全市实际办理…5412件 after 省法律援助中心下达我市…任务5000件: the clause names the report's own
    whole (全市 in a city's report, 我市) as its subject, and takes none from the clause before."""
    text = ctx.text
    return text.startswith(ctx.scope.own_words, at) or ctx.words.own_scope(text, at, at + 3) is not None


def _higher_place_right_before(ctx: ExtractionContext, mention: NumberMention) -> bool:
    """实现北京市3600余项政务服务事项…通办 in a district's report: a place of a higher level than the
    report's own, written right before the figure, owns it."""
    own = _LEVEL_NUMBERS.get(ctx.scope.level or "")
    if own is None:
        return False
    place = place_ending_at(ctx.text, mention.start)
    return place is not None and place != ctx.region and level_of(place) < own


def _other_level_place_at(ctx: ExtractionContext, at: int) -> bool:
    """A known place of another level than the report's own opens the clause (三里屯街道结合换届…开展
    集中学法14场次 in a district's report; 其中，鹿城区… in a city's; 长乐区政务服务中心… in a 街道's):
    the figure is that body's."""
    own = _LEVEL_NUMBERS.get(ctx.scope.level or "")
    if own is None:
        return False
    place = places_opening(ctx.text, at, _PLACE_REACH)
    # A place of the report's own level that is not its region is a neighbour (其中，栾川县、嵩县…
    # in a county's report); without a region, only another level tells.
    return place is not None and place != ctx.region and (level_of(place) != own or ctx.region is not None)


# The report's own level (scope) as the place list numbers levels: 0 province … 3 town.
_LEVEL_NUMBERS: Final = {"省": 0, "市": 1, "县": 2, "乡": 3}
_PLACE_REACH: Final = 14


# A total word opening a statement (共/合计 + a verb of doing) that ends where the link's word
# begins; 公共 is not 共.
_TOTAL_BEFORE_LINK: Final = re.compile(r"(?<!公)(?:共计|合计|总计|共)(?:开展|办理|审查|审核|受理|完成|召开|举办|组织|收到|作出|出具|实施|查处)?$")

_UNSEEN: Final = object()


def _counted_after(ctx: ExtractionContext, mention: NumberMention) -> str | None:
    """What the measure word is followed by: "people" (860名干部), "bodies" (8个部门的), or None (cached)."""
    cached = ctx.counted_cache.get(mention.start, _UNSEEN)
    if cached is not _UNSEEN:
        return cast("str | None", cached)
    after = ctx.text[mention.end:mention.end + 8]
    person = ctx.words.person_match
    counted: str | None
    if person(after, 0) or person(after, 2):
        counted = "people"
    elif mention.unit in ctx.words.body_measures and (ctx.words.body_match(after) or ctx.words.body_match(after, 2)):
        counted = "bodies"  # 8个部门, 163个监管部门; not 2次党组会议, whose 次 counts meetings
    else:
        counted = None
    ctx.counted_cache[mention.start] = counted
    return counted


def _body_named_before(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> bool:
    """A measure of bodies right after a body's name (抽查行政执法单位18个): the figure counts bodies —
    unless the bodies have their figure before them (45家单位1932个服务事项: the second counts the items)."""
    if mention.unit not in ctx.words.body_measures:
        return False
    body = ctx.words.body_before(ctx.text, max(sentence.start, mention.start - _BODY_BEFORE_REACH), mention.start)
    return body is not None and not _COUNTED_BODY_END.search(ctx.text, max(0, body.start() - 3), body.start())


def _counts_bodies(ctx: ExtractionContext, mention: NumberMention, sentence: Sentence) -> bool:
    """The figure counts bodies, named after it (8个部门) or right before it (执法单位18个)."""
    return _counted_after(ctx, mention) == "bodies" or _body_named_before(ctx, mention, sentence)


def _people_right_after(ctx: ExtractionContext, mention: NumberMention) -> bool:
    """A person noun follows the measure word in its phrase (100余名工作人员, 80名机关干部), not
    across a clause mark (…1380件，为群众挽回…)."""
    after = ctx.text[mention.end:mention.end + 8]
    person = ctx.words.person_match
    return bool(person(after, 0) or (not _PHRASE_BREAK.search(after, 0, 2) and person(after, 2)))


_PHRASE_BREAK: Final = re.compile(r"[，,。；;、：:）)]")


_COMPOSITION_OPENER: Final = "由"
_COMPOSITION_REACH: Final = 6  # characters between the thing's word and 由 (县政府法律顾问团现由…)
_CLAUSE_MARKS: Final = "，,。；;"
_BODY_BEFORE_REACH: Final = 10
# A figure and its measure word right before a body noun: those bodies are counted already.
_COUNTED_BODY_END: Final = re.compile(r"\d[个家]$")
_REACH_OPENER_MAX: Final = 4  # 覆盖, 惠及: the words may begin the link itself (覆盖群众…)
_VIEW_COUNT_REACH: Final = 10
_DIGIT: Final = re.compile(r"\d")
_OWN_PART_REACH: Final = 8
_LIST_ITEM_NAME_MAX: Final = 12  # 专家学者, 乡镇党政主要负责人: an item's name, not a clause


def composed_of(ctx: ExtractionContext, word_end: int, mention: NumberMention) -> bool:
    """The figure counts members of the thing whose word ends at ``word_end``: it stands inside
    “由…组成” after that word (法律顾问团由7名执业律师和3名法学专家组成), in one clause."""
    text = ctx.text
    opener = text.find(_COMPOSITION_OPENER, word_end, mention.start)
    if opener == -1 or opener - word_end > _COMPOSITION_REACH:
        return False
    if any(text.find(mark, word_end, mention.start) != -1 for mark in _CLAUSE_MARKS):
        return False
    end = mention.end
    while end < len(text) and text[end] not in _CLAUSE_MARKS and end - mention.end < 40:
        end += 1
    return ctx.words.composed_of(text, mention.end, end) is not None


def listed_after_word(ctx: ExtractionContext, word_end: int, mentions: list[NumberMention]) -> bool:
    """The figures are items of one list after the word that ends at ``word_end``, each a name and its
    figure parted by 、 in one clause (县政府法律顾问：聘请律师5名、专家学者2名): members of that word's
    thing.  An item opening on a verb of its own (受理45件、办结40件) makes a sequence, not a list."""
    text = ctx.text
    if word_end > mentions[0].start:
        return False
    if any(text.find(mark, word_end, mentions[-1].start) != -1 for mark in _CLAUSE_MARKS):
        return False
    for previous, mention in zip(mentions, mentions[1:]):
        if not text.startswith("、", previous.end):
            return False
        name = text[previous.end + 1:mention.start]
        if not name or len(name) > _LIST_ITEM_NAME_MAX or any(c.isdigit() for c in name) \
                or ctx.words.link_word_match(name):
            return False
    return True


def _own_word_after(ctx: ExtractionContext, spec_index: int, mention: NumberMention) -> bool:
    """A word of this indicator starts right after the measure word (12名法律顾问, 300名执法人员)."""
    starts = ctx.hit_starts[spec_index]
    k = bisect_left(starts, mention.end)
    return k < len(starts) and starts[k] - mention.end <= 2


def bodies_of_the_people(ctx: ExtractionContext, bodies: NumberMention, people: NumberMention) -> bool:
    """``bodies`` counts bodies (68家单位) and ``people`` follows it at once as a head count (78人次)."""
    gap = ctx.text[bodies.end:people.start]
    return len(gap) <= 6 and people.unit not in ctx.words.body_measures \
        and _counted_after(ctx, bodies) == "bodies" and not any(c in gap for c in "，,、；;。")


def _counted_before(ctx: ExtractionContext, spec_index: int, hit: TermHit) -> bool:
    """A number of the indicator's units stands right before the word, inside its phrase (1名常年法律顾问)."""
    text = ctx.text
    for mention in mentions_between(ctx, max(0, hit.start - 8), hit.start):
        if mention.start in ctx.accepted_starts[spec_index] and hit.start - mention.end <= 4 \
                and not any(c in _CLAUSE_BREAKS or c in "、；;。" for c in text[mention.end:hit.start]):
            return True
    return False


def _gap_features(ctx: ExtractionContext, gap_text: str, side: str) -> dict[str, float]:
    """What lies between word and number: its length, linking words only, breaks, a list (cached;
    the caller copies it into the link's features)."""
    key = (gap_text, side)
    cached = ctx.gap_cache.get(key)
    if cached is not None:
        return cached
    features: dict[str, float] = {}
    # 依申请类行政权力事项(业务办理项)1515项: a short aside in brackets is no distance.
    gap_text = _ASIDE.sub("", gap_text)
    if side == "left":
        gap_text = gap_text.lstrip(_CLOSING_QUOTES)  # “法治讲堂”12期: the quote closes the word's name
        if gap_text[-1:] == ":" and gap_text.count(":") == 1 and "，" not in gap_text and "," not in gap_text:
            gap_text = gap_text[:-1]  # 行政复议收案：97件: the colon after a label joins it to its figure
            if gap_text and names_a_measure(gap_text):
                gap_text = ""  # 出庭人次：5 / 收案（件）：86: the label's measure word is part of the label
    elif "的，" in gap_text or "的," in gap_text:
        # 6起初次违法、…并及时改正的，依法不予行政处罚: the description closing on 的 is the count's
        # noun; only the words after its comma stand between the count and the event.
        head, _, rest = gap_text.replace("的,", "的，").rpartition("的，")
        if not _BLOCKING.search(head) and ctx.words.described_adverbs_fullmatch(rest) is not None:
            gap_text = rest
    gap = len(gap_text)
    features[f"gap_{side}"] = min(gap, 60) / 10
    if gap == 0 or ctx.words.link_gap_fullmatch(gap_text):
        features["gap_plain"] = 1.0
    breaks = sum(gap_text.count(c) for c in _CLAUSE_BREAKS)
    if breaks:
        features["breaks"] = float(min(breaks, 3))
    enumerations = gap_text.count("、")
    if enumerations:
        features["enumeration"] = float(min(enumerations, 3))
    ctx.gap_cache[key] = features
    return features


def _rate_of_its_own_clause(ctx: ExtractionContext, hit: TermHit, mention: NumberMention, sentence: Sentence) -> bool:
    """…出庭应诉27人次，学法考试参考率、优秀率均达100%: a rate is that of the rate named in its own
    clause, when the word linked stands in an earlier one."""
    clause_start = ctx.clause_start(mention.start, sentence.start)
    return hit.end <= clause_start and ctx.text.find("率", clause_start, mention.start) != -1


def _rival_word_of_its_own_clause(ctx: ExtractionContext, spec_index: int, hit: TermHit, mention: NumberMention,
                                  sentence: Sentence) -> bool:
    """…学法考法等工作，全年共安排41名党政主要负责人…书面述法: the figure counts what its own clause
    names after it (another indicator's thing or event), not the word of an earlier clause."""
    clause_start = ctx.clause_start(mention.start, sentence.start)
    if hit.end > clause_start:
        return False
    clause_end = ctx.clause_end(mention.end, sentence.end)
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, mention.end), len(all_hits)):
        other = all_hits[i]
        if other.start >= clause_end:
            break
        if other.indicator != spec_index and other.role in AFTER_ROLES and other.end <= clause_end \
                and could_take(ctx, other.indicator, mention, sentence):
            return True
    return False


def _said_of_each(ctx: ExtractionContext, gap: str) -> bool:
    """办结率、满意率均达100%; 复议、诉讼案件各2件: the figure after the list is each item's, not the
    sum of several kinds."""
    return gap.startswith("各") or ctx.words.all_words_match(gap) is not None


def _foreign_scope(ctx: ExtractionContext, start: int, end: int, sentence_start: int) -> bool:
    """A higher level named in [start, end), other than as what our people took part in
    (…参加2023年度省级学法考试，合格率100%: the exam is the province's, the rate is ours)."""
    text = ctx.text
    for found in ctx.scope.foreign_matches(text, start, end):
        if ctx.words.join_words_search(text, max(sentence_start, found.start() - 10), found.start()) is None \
                and _own_scope_search(ctx)(text, found.end(), end) is None:
            return True  # (全市参考6.8万人，我县参考4315人: the own level named after the higher one is ours.)
    return False


def _reach_of_foreign_events(ctx: ExtractionContext, link_start: int, sentence_start: int) -> bool:
    """全市开展普法活动9000余场次，覆盖群众170万人次: a clause of the people reached takes the level of
    the events in the clause before it."""
    if ctx.words.reach_opener_search(ctx.text, sentence_start, link_start + _REACH_OPENER_MAX) is None:
        return False  # (most sentences hold none of the words: no clause bounds are looked up)
    clause_start = ctx.clause_start(link_start, sentence_start)
    if clause_start <= sentence_start or ctx.words.reach_opener_match(ctx.text, clause_start) is None:
        return False
    before = ctx.clause_start(clause_start - 1, sentence_start)
    return _foreign_scope(ctx, before, clause_start - 1, sentence_start)


def _own_scope_search(ctx: ExtractionContext):
    """``search`` for the report's own level (我县, 本县, 全县, 县级 …), built once per scope."""
    key = ctx.scope.own_words
    found = _OWN_SCOPE_SEARCHES.get(key)
    if found is None:
        # (Ties in the words' order, not the set's: the same pattern in every process.)
        words = sorted({*key, *vocabulary.language()["own_scope_words"]}, key=lambda word: (-len(word), word))
        found = _OWN_SCOPE_SEARCHES[key] = re.compile("|".join(map(re.escape, words)) or "(?!)").search
    return found


_OWN_SCOPE_SEARCHES: dict[tuple[str, ...], Callable[..., re.Match[str] | None]] = {}


# A list paired with its figures by 分别 (A、B、C…分别为X、Y、Z): how far after a word the marker
# may stand, and how far after the marker its figures reach.
_RESPECTIVE_LIST_SPAN: Final = 90
_RESPECTIVE_REACH: Final = 24
# A total closing the sentence that holds the word (…，全年共计3次。): no sentence break between.
_CLOSING_TOTAL: Final = re.compile(r"[，,](?:全年|先后|年内)?(?:共计|合计|总计)(?=[^，,。；;\n]{0,6}[。；;\n])|[。；;\n]")
_CLOSING_TOTAL_REACH: Final = 2
# A list of what was done closed by 等事项 and the count of occasions (…、…等事项6次), in one clause chain
# with no sentence break.
# …专题研究…等事项6次, 专题学习《宪法》、《民法典》…等内容8次: the occasions closing a list of what was done.
_LISTED_NOUNS: Final = ("事项", "议题", "问题", "内容")
_OCCASIONS_OF_LISTED: Final = re.compile(r"等(?:重大|重要|重点|相关)?(?:" + "|".join(_LISTED_NOUNS)
                                         + r")(?=[\d一二三四五六七八九十两]+次)")
_BREAK_OF_SENTENCE: Final = re.compile("[。；;\n]")


def _closing_figure(text: str, mention: NumberMention) -> bool:
    """The figure is a closing total's (…，全年共计3次。) or the occasions closing a list (…等事项6次)."""
    at = mention.number_start if mention.number_start >= 0 else mention.start
    if text.endswith(_LISTED_NOUNS, max(0, at - 2), at) and text.find("等", max(0, at - 6), at) != -1:
        return True
    match = _CLOSING_TOTAL.search(text, max(0, at - 12), at + 12)  # (its look-ahead reads past the figure)
    return match is not None and match.end() - match.start() > 1 and 0 <= at - match.end() <= _CLOSING_TOTAL_REACH


def _reach_further(starts: list[int], first: int, last: int, hit: TermHit, naming: bool,
                   left_of: dict[int, TermHit], thing_left_of: dict[int, TermHit]) -> None:
    """The numbers starting in [first, last] have ``hit`` as their nearest word on the left too."""
    for k in range(bisect_left(starts, first), bisect_right(starts, last)):
        left_of[k] = hit
        if naming:
            thing_left_of[k] = hit


def _nearest_words(ctx: ExtractionContext, spec_index: int, left_span: int, right_span: int,
                   ) -> tuple[dict[int, TermHit], dict[int, TermHit], dict[int, TermHit]]:
    """From the words to the numbers near them (words are few, numbers many): for each accepted
    number (by its index), the nearest word ending before it, the nearest thing ending before it,
    and the nearest thing/event starting after it, within the spans."""
    starts = ctx.accepted_start_list[spec_index]
    ends = ctx.accepted_end_list[spec_index]
    left_of: dict[int, TermHit] = {}
    thing_left_of: dict[int, TermHit] = {}
    right_of: dict[int, TermHit] = {}
    text = ctx.text
    for hit in ctx.hits[spec_index]:
        naming = hit.role in NAMING_ROLES
        reach = hit.end + left_span
        for k in range(bisect_left(starts, hit.end), bisect_right(starts, reach)):
            left_of[k] = hit  # a later word is nearer
            if naming:
                thing_left_of[k] = hit
        marker = text.find("分别", hit.end, hit.end + _RESPECTIVE_LIST_SPAN)
        if marker != -1 and marker + _RESPECTIVE_REACH > reach:
            # 县委常委会会议、县政府常务会议研究部署…工作、…会前学法的次数分别为5次、3次和9次: a
            # list paired with figures after 分别 may be longer than the span; the figures right
            # after the marker are in reach too (``_respective_hit`` pairs them up or drops them).
            _reach_further(starts, max(reach + 1, marker), marker + _RESPECTIVE_REACH, hit, naming, left_of, thing_left_of)
        # (Every closing total holds 计: most words have none within the span, and the look costs less.)
        total = _CLOSING_TOTAL.search(text, hit.end, hit.end + _RESPECTIVE_LIST_SPAN) \
            if text.find("计", hit.end, hit.end + _RESPECTIVE_LIST_SPAN) != -1 else None
        if total is not None and total.end() - total.start() > 1 and total.end() + _CLOSING_TOTAL_REACH > reach:
            # …以常务会议形式研究部署…、审议…、听取…，全年共计3次: a total closing the sentence
            # counts what its opening named, however long the middle.
            _reach_further(starts, max(reach + 1, total.start()), total.end() + _CLOSING_TOTAL_REACH, hit, naming,
                           left_of, thing_left_of)
        listed = _OCCASIONS_OF_LISTED.search(text, hit.end, hit.end + _RESPECTIVE_LIST_SPAN) \
            if text.find("等", hit.end, hit.end + _RESPECTIVE_LIST_SPAN) != -1 else None
        if listed is not None and listed.end() > reach and _BREAK_OF_SENTENCE.search(text, hit.end, listed.start()) is None:
            # 召开常务会议专题研究法治政府建设、综合行政执法改革、…等事项6次: the occasions closing a
            # list of what was studied are the meetings' the clause opened with.
            _reach_further(starts, max(reach + 1, listed.start()), listed.end(), hit, naming, left_of, thing_left_of)
        if hit.role in AFTER_ROLES:
            for k in range(bisect_left(ends, hit.start - right_span), bisect_right(ends, hit.start)):
                right_of.setdefault(k, hit)  # an earlier word is nearer
    return left_of, thing_left_of, right_of


def _sentence_excluded(ctx: ExtractionContext, spec_index: int, sentence: Sentence, patterns) -> bool:
    """The catalog's ``exclude_sentence`` found in the sentence (横幅…小册子: a sentence about publicity),
    read as a string of its own so that ^ and $ are its ends; kept per sentence."""
    key = (spec_index, sentence.start)
    found = ctx.sentence_excluded_cache.get(key)
    if found is None:
        found = ctx.sentence_excluded_cache[key] = \
            patterns.search(ctx.text[sentence.start:sentence.end]) is not None
    return found


def links_for(ctx: ExtractionContext, catalog: Catalog, spec_index: int) -> list[Link]:
    """Every number of an accepted unit joined to its nearest word of this indicator, each side."""
    spec = catalog.indicators[spec_index]
    text = ctx.text
    after_patterns = ctx.terms.after_patterns[spec_index]
    led = led_words(ctx, spec_index)
    if not ctx.hits[spec_index] and not after_patterns and not led:
        return []
    links: list[Link] = []
    accepted = ctx.accepted[spec_index]
    left_of, thing_left_of, right_of = _nearest_words(ctx, spec_index, spec.max_gap, ctx.words.right_span)
    indices = range(len(accepted)) if after_patterns else sorted(left_of.keys() | right_of.keys() | led.keys())
    min_value, max_value = spec.min_value, spec.max_value
    whole = spec.kind in ("count", "people")
    sentence_of, topic_cache = ctx.sentence_of, ctx.topic_cache
    sentence_excluded = ctx.terms.exclude_sentence[spec_index]
    led_numbers: list[tuple[NumberMention, Sentence, TermHit]] = []
    for k in indices:
        mention = accepted[k]
        if mention.value < min_value or (max_value is not None and mention.value > max_value):
            continue
        if whole and not float(mention.value).is_integer():
            continue  # 平均申请材料1.96个: things and people are counted in whole numbers
        sentence = sentence_of[mention.start]
        # A figure under 下一步工作打算 is a target, never the year's result.
        if sentence is None or sentence.is_heading or sentence.in_plan_section:
            continue
        candidates: list[tuple[str, TermHit]] = []
        # Left: the nearest word ending before the number, inside the sentence and the span.
        left = left_of.get(k)
        if left is not None and left.start >= sentence.start:
            marker = text.rfind("分别", ctx.clause_start(mention.start, sentence.start), mention.start)
            if marker != -1:
                # 县委常委会、县政府常务会议分别研究…4次、6次: the word in the same place of its list.
                left = _respective_hit(ctx, spec_index, mention, sentence, marker)
            elif mention.start - left.end > spec.max_gap and not _closing_figure(text, mention):
                left = None  # in reach only as a 分别 list's figure, a closing total or listed occasions
        if left is not None and left.start >= sentence.start:
            candidates.append(("left", left))
            # 合法性审查(文件、合同、决策事项)128件: the word inside an aside before the number is one
            # item of it; the word before the aside is what the number counts.
            before_aside = _word_before_aside(ctx, spec_index, left, mention, sentence)
            if before_aside is not None:
                candidates.append(("left", before_aside))
            # 局党组会议专题研究法治建设工作4次: the thing before the nearer event is linked too.
            thing = thing_left_of.get(k)
            if thing is not None and thing is not left and thing.start >= sentence.start:
                candidates.append(("left", thing))
        # Right: the nearest thing/event starting after the number inside its clause.
        right = right_of.get(k)
        if right is not None and right.end <= sentence.end \
                and _right_reachable(ctx, mention.end, right.start, mention.number_start) \
                and not _word_opens_next_item(ctx, spec_index, mention, right):
            candidates.append(("right", right))
            if right.role in NAMING_ROLES:
                # 对137件规范性文件、重大合同及其他涉法事项开展合法性审查: the event after the things
                # is what the number counts, whichever of them is nearest.
                event = _event_after(ctx, spec_index, right, mention, sentence)
                if event is not None:
                    candidates.append(("right", event))
        for pattern in after_patterns:
            match = pattern.match(text, mention.end)
            if match and match.end() > match.start():
                candidates.append(("right", TermHit(match.start(), match.end(), "cue_after", spec_index)))
                break
        if not candidates:
            if led and k in led:
                led_numbers.append((mention, sentence, led[k]))
            continue
        topic = topic_cache.get((spec_index, sentence.start)) or topic_cached(ctx, spec_index, sentence)
        if not topic[1]:
            continue
        if sentence_excluded is not None and _sentence_excluded(ctx, spec_index, sentence, sentence_excluded):
            continue
        for side, hit in candidates:
            link = _link(ctx, spec_index, spec, mention, sentence, side, hit, topic[0])
            if link is not None:
                links.append(link)
    if not links:
        # 严格规范性文件管理。全年审查…文件14件: where no sentence names this indicator beside a
        # number, a paragraph's lead may name what its numbers count (``leads.led_words``).
        for mention, sentence, word in led_numbers:
            if sentence_excluded is None or not _sentence_excluded(ctx, spec_index, sentence, sentence_excluded):
                link = _link(ctx, spec_index, spec, mention, sentence, "left", word, True)
                if link is not None and _LEAD_DOUBTS.isdisjoint(link.features):
                    links.append(link)
    return links


# What a sentence says of a body or kind of its own, which a paragraph's lead cannot override: its
# subject is another body or level, or a word the indicator should avoid (中心组学习) stands in it.
_LEAD_DOUBTS: Final = frozenset({"other_bodies_subject", "other_scope", "avoid_clause", "avoid_sentence"})


def _event_after(ctx: ExtractionContext, spec_index: int, thing: TermHit, mention: NumberMention,
                 sentence: Sentence) -> TermHit | None:
    """The indicator's first event after ``thing`` in the same clause and within the right span."""
    hits = ctx.hits[spec_index]
    limit = min(sentence.end, mention.end + ctx.words.right_span)
    for index in range(bisect_right(ctx.hit_starts[spec_index], thing.start), len(hits)):
        hit = hits[index]
        if hit.end > limit:
            return None
        if hit.role == "event":
            return hit if _right_reachable(ctx, mention.end, hit.start, mention.number_start) else None
    return None


def _first_of_mixed_list(ctx: ExtractionContext, hit: TermHit, mention: NumberMention, sentence: Sentence) -> bool:
    """``hit``, right after its number, opens a list whose next item is another indicator's thing that
    could claim the number (137件规范性文件、重大合同协议: the count is of both kinds)."""
    text = ctx.text
    all_hits = ctx.all_hits
    for i in range(bisect_left(ctx.all_hit_starts, hit.end), len(all_hits)):
        other = all_hits[i]
        if other.start > hit.end + 4:
            return False
        if other.indicator == hit.indicator or other.role not in COUNTED_ROLES:
            continue
        joiner = text[hit.end:other.start]
        if _MIXED_LIST_JOINER.fullmatch(joiner) and could_take(ctx, other.indicator, mention, sentence):
            return True
    return False


# What may join two items of a list: 、/和/及/与 and a short modifier of the next item (重大合同).
_MIXED_LIST_JOINER: Final = re.compile(r"[、和及与][^\d，,。；;：:、]{0,3}")


def _word_before_aside(ctx: ExtractionContext, spec_index: int, left: TermHit, mention: NumberMention,
                       sentence: Sentence) -> TermHit | None:
    """The indicator's word ending right before a bracketed aside that holds ``left`` and closes right
    before ``mention`` (合法性审查(文件、合同、决策事项)128件 → 合法性审查), if any."""
    text = ctx.text
    close = mention.number_start - 1
    if close <= left.end or text[close] != ")":
        return None
    opening = text.rfind("(", sentence.start, left.start)
    if opening == -1 or _ASIDE.fullmatch(text, opening, close + 1) is None:
        return None
    hits = ctx.hits[spec_index]
    index = bisect_right(ctx.hit_starts[spec_index], opening) - 1
    while index >= 0 and hits[index].end > opening:
        index -= 1
    if index < 0:
        return None
    hit = hits[index]
    if hit.start < sentence.start or text[hit.end:opening].strip():
        return None  # only a word the aside directly follows
    return hit


def _count_shared_with_listed(ctx: ExtractionContext, spec_index: int, hit: TermHit, sentence: Sentence) -> bool:
    """主持召开20余次厅党组会、理论中心组学习会: a number before its word counts every item the list
    goes on to name with no figure of its own, so the other items' exclude words are the link's too."""
    text = ctx.text
    exclude = ctx.terms.exclude[spec_index]
    if not exclude or text[hit.end:hit.end + 1] != "、":
        return False
    end = ctx.clause_end(hit.end + 1, sentence.end)
    if _DIGIT.search(text, hit.end, end) is not None:
        return False
    return exclude.search(_untitled(text, hit.end + 1, end)) is not None


def _label_has_own_figure(ctx: ExtractionContext, hit: TermHit, mention: NumberMention) -> bool:
    """A label stands right before a nearer figure than ``mention``: that figure is the label's
    (开展专项宣传200多场次，回访…群众890人次: 宣传 labels the 200 events, not the 890 people)."""
    mentions = ctx.mentions
    k = bisect_left(ctx.mention_starts, hit.end)
    if k >= len(mentions):
        return False
    first = mentions[k]
    if first.start >= mention.start or first.unit == "年":
        return False
    return _LABEL_TO_FIGURE.fullmatch(ctx.text, hit.end, first.start) is not None


def _label_of_others_occasions(ctx: ExtractionContext, spec_index: int, hit: TermHit, sentence: Sentence) -> bool:
    """A label opening its clause after a clause that counts occasions no indicator names, in a
    sentence that names nothing of this indicator before it: the people are those occasions'
    (组织专题学习4次，覆盖干部职工30余人: those who studied, not cadres trained)."""
    text = ctx.text
    if hit.start <= sentence.start or text[hit.start - 1] not in "，,":
        return False
    before = ctx.clause_start(hit.start - 1, sentence.start)
    occasions = ctx.words.occasion_measures
    if not any(m.unit in occasions for m in mentions_between(ctx, before, hit.start - 1)):
        return False
    # (An occasion some indicator names, 开展主题宣讲6979场次，受众人数206.8万人次, is left to the scorer.)
    k = bisect_left(ctx.all_hit_starts, before)
    if k < len(ctx.all_hits) and ctx.all_hits[k].start < hit.start - 1:
        return False
    hits = ctx.hits[spec_index]
    k = bisect_left(ctx.hit_starts[spec_index], sentence.start)
    return k >= len(hits) or hits[k].start >= hit.start


# What may stand between a label and its own figure: 参训人员达300人次, 宣传群众约2000人.
_LABEL_TO_FIGURE: Final = re.compile(r"\s*[:：]?\s*(?:共计|共|计|达到|达|为|约|近|超|逾)?")


def _link(ctx: ExtractionContext, spec_index: int, spec: IndicatorSpec, mention: NumberMention, sentence: Sentence,
          side: str, hit: TermHit, topic_in_sentence: bool) -> Link | None:
    """The link of ``mention`` to ``hit`` with its features, or None when it can never be the value."""
    text = ctx.text
    words = ctx.words
    if spec.sentence_context_for_patterns and not _in_its_context(ctx, spec, hit, sentence):
        return None
    # A word on the left ends before its number, one on the right starts after it.
    if side == "left":
        link_start, link_end, gap_start, gap_end = hit.start, mention.end, hit.end, mention.start
    else:
        link_start, link_end, gap_start, gap_end = mention.start, hit.end, mention.end, hit.start
    marker = text.find("分别", gap_start, gap_end) if side == "left" else -1
    if marker == -1:
        if _excluded(ctx, spec_index, link_start, link_end, sentence):
            actual = _actual_clause_start(ctx, mention, sentence) if side == "left" else -1
            # 法律援助工作，年度任务数为800件，实际受理736件: the clause opening on 实际 states what was
            # done; the plan's words before it (任务数) are not this figure's.
            if actual <= link_start or _excluded(ctx, spec_index, actual, link_end, sentence, look_back=False):
                return None
        if hit.end > hit.start and _repeats_excluded_kind(ctx, spec_index, hit, sentence):
            return None
        if side == "left" and _item_of_listed_occasions(ctx, hit, mention, sentence):
            return None
        if side == "right" and _count_shared_with_listed(ctx, spec_index, hit, sentence):
            return None
        if hit.role in ("label", "event") and _label_names_clause_before(ctx, spec_index, hit, sentence):
            # 参加执法资格考试，参考32人: the label is a field of the event named before it;
            # …精神”专题研讨班，培训…300人次: the event goes on with the one named before it.
            return None
    elif _excluded(ctx, spec_index, marker, link_end, sentence, look_back=False) \
            or (ctx.terms.exclude[spec_index] and ctx.terms.exclude[spec_index].search(text, hit.start, hit.end)):
        return None  # A、B分别…: the other items of the list are not this link's words
    clause = ctx.clause(link_start, link_end, sentence)
    features = _context_features(ctx, spec_index, spec, mention, sentence, link_start, link_end, clause)
    if not _NEVER_THE_VALUE.isdisjoint(features):
        return None  # another year's, several years', an old level: never the value
    gap_text = text[gap_start:gap_end]
    if marker != -1:
        features["respectively"] = 1.0
        # The other words and figures of the two lists stand between by construction: the gap
        # is from 分别 to the first figure of the list.
        first = next((m for m in mentions_between(ctx, marker, gap_end + 1)
                      if m.start in ctx.accepted_starts[spec_index]), mention)
        gap_start, gap_end = marker, first.start
        gap_text = text[gap_start:gap_end]
    elif side == "left" and gap_text.endswith("各") and _EACH_OF_LIST.fullmatch(gap_text):
        # 召开依法治县委员会会议、办公室会议各1次: each item of the list had the count.
        gap_text = ""
    elif side == "left" and "等" in gap_text and _LIST_CLOSED_BY_DENG.fullmatch(gap_text) \
            and text[mention.number_start].isdigit() and _COUNT_CLOSES.match(text, mention.end) \
            and not rival_between(ctx, spec_index, mention, sentence, gap_start, gap_end):
        # (Not 制定、审核、监管等三个关口, whose count is of the list's items; not 审查规范性文件、合同等
        # 298件, whose other items are another indicator's: the count is of a mixed set; not 审查要点、
        # 申请材料等26项办事指南要素, whose count is of the noun after it.)
        gap_text = ""
    elif side == "left" and hit.role in COUNTED_ROLES and not spec.sum_parts and _CATCH_ALL_ITEMS.fullmatch(gap_text):
        # (An indicator whose kinds add up counts the whole list: …合同协议及其他涉法事项412件 are all
        # legality reviews.)
        return None
    elif side == "left" and _NEXT_ITEM_JOINER.fullmatch(gap_text) and _counted_before(ctx, spec_index, hit):
        return None  # 1名常年法律顾问和2名兼职法治员: the word has its own count; the next one is the next item's
    elif side == "left" and hit.role in COUNTED_ROLES and _JOINED_ITEM.fullmatch(gap_text) \
            and mention.unit not in words.occasion_measures and not _own_event_before(ctx, spec_index, hit, sentence):
        # 规范性文件和重要政策文件221件: the count is of both kinds, not of the word's alone.  (Counted
        # in occasions, the items are what was done: 学习习近平法治思想及法律法规10余次.  After an event
        # of this indicator, the count is the event's: 经法制审核的决策、合同和各类涉法文件200余件.)
        return None
    elif "new_value" in features and side == "left":
        # 清单401项调整为400项: the old level and the change word between are part of the statement;
        # the word stands right before the old level.
        old = next((m for m in mentions_between(ctx, gap_start, gap_end) if words.changed_to(text, m.end)), None)
        if old is not None:
            gap_text = text[gap_start:old.start]
    if side == "left" and hit.role == "event" and marker == -1:
        gap_text = _fronted_object(ctx, spec_index, hit, sentence) + gap_text
    features.update(_gap_features(ctx, gap_text, side))
    features[f"side_{side}"] = 1.0
    features[f"role_{hit.role}"] = 1.0
    features["term_length"] = min(hit.end - hit.start, 8) / 4
    # An old level between word and number (由原来的268项精简为213项) is not a nearer figure.
    if gap_end > gap_start and bisect_left(ctx.mention_starts, gap_start) < bisect_left(ctx.mention_starts, gap_end):
        # (Nor is a norm or target: 每月集体学法1次，全年共计12次.)
        between = [m for m in mentions_between(ctx, gap_start, gap_end) if not m.change
                   and _NOT_A_NEARER_FIGURE.isdisjoint(_mention_features(ctx, m, ctx.sentence_of.get(m.start) or sentence))]
    else:
        between = None  # the usual case: no figure between
    if between and spec.kind == "people":
        # 述法68家单位78人次: the bodies the people came from, right before their head count, are
        # one statement with it, not a nearer figure.
        between = [m for m in between if not bodies_of_the_people(ctx, m, mention)]
    if between:
        accepted_starts = ctx.accepted_starts[spec_index]
        same_unit = sum(1 for m in between if m.start in accepted_starts)
        if same_unit:
            features["nearer_same_unit"] = 1.0
        if len(between) > same_unit:
            features["numbers_between"] = float(min(len(between) - same_unit, 3))
    if side == "right" and hit.role in NAMING_ROLES and rival_event_after(ctx, spec_index, hit, mention, sentence):
        return None
    if side == "right" and hit.role in COUNTED_ROLES and _first_of_mixed_list(ctx, hit, mention, sentence):
        return None  # 137件规范性文件、重大合同协议及其他涉法事项: a count of several kinds is none of theirs
    if side == "right" and text.startswith(_REPORTED_ON, hit.end):
        return None  # 通报1次全市行政机关负责人出庭应诉工作情况: the word names what was reported on
    if side == "right" and hit.role == "event":
        # 45件重大行政决策草案开展合法性审查: what stands between number and event is
        # the object the event was done to, whatever indicator names it.
        gap_start = gap_end
    if side == "left" and hit.role == "label" and label_of_next_clause(ctx, spec_index, hit, mention, sentence):
        return None
    if side == "left" and hit.role == "label" and (_label_has_own_figure(ctx, hit, mention)
                                                    or _label_of_others_occasions(ctx, spec_index, hit, sentence)):
        return None
    if side == "left" and spec.kind == "rate" and _rate_of_its_own_clause(ctx, hit, mention, sentence):
        return None
    if side == "left" and _rival_word_of_its_own_clause(ctx, spec_index, hit, mention, sentence):
        return None
    if gap_end > gap_start and rival_between(ctx, spec_index, mention, sentence, gap_start, gap_end):
        features["rival_between"] = 1.0
    if side == "left" and rival_right_after(ctx, spec_index, mention, sentence):
        features["rival_after_number"] = 1.0
    if hit.role != "cue_after":
        inside, listed, subject = rivals_before(ctx, hit, mention, sentence)
        if inside:
            features["inside_rival"] = 1.0
        if listed and marker == -1 and not _own_event_before(ctx, spec_index, hit, sentence) \
                and not (side == "left" and _said_of_each(ctx, text[hit.end:mention.start])):
            return None  # 复议、应诉和调解案件合计N件: a count of several kinds is none of theirs
        if subject:
            features["rival_subject"] = 1.0
    if "法" not in clause:
        features["no_law_word"] = 1.0
    people = spec.kind == "people"
    if people and words.person(gap_text):
        # 培训执法人员1300人次 / 860名干部参加…考试: the people the figure counts
        features["person_in_gap"] = 1.0
    if people and words.person_before(text, max(sentence.start, mention.start - 8), mention.start):
        features["person_before_number"] = 1.0  # 领导干部480人参加…培训
    counted = _counted_after(ctx, mention)
    if counted == "people":
        if side == "left" and hit.role in COUNTED_ROLES and _people_right_after(ctx, mention) \
                and not _own_word_after(ctx, spec_index, mention) and not composed_of(ctx, hit.end, mention):
            # 邀请法律顾问开展法律讲座，组织100余名工作人员…: the number counts the people named
            # after it, not the thing named before.
            return None
        features["person_after_measure"] = 1.0
    elif counted == "bodies":
        if not people:
            # 8个部门的执法案卷: the measure counts departments.
            return None
        # People counts do accept bodies where no head count is given (35家单位…述法); where
        # one is, it should win (102个领导班子、1378名领导干部).
        features["body_after_measure"] = 1.0
    elif not people and _body_named_before(ctx, mention, sentence):
        return None  # 随机抽查行政执法单位18个: the measure counts the bodies named right before it
    require = ctx.terms.require[spec_index]
    if spec.require_within is not None and require and _require_near_word(spec, text, hit):
        window_start, window_end = spec.require_window(link_start, link_end)
        required = require.search(text, max(sentence.start, window_start), min(sentence.end, window_end))
        if required is not None and side == "left" and required.start() >= ctx.clause_end(mention.end, sentence.end) \
                and _next_clause_states_its_own(ctx, mention, sentence):
            required = None  # (found only in the next clause, which tells of another thing done)
        if required is not None and side == "left" and required.end() <= link_start:
            # 12人申请考试取得行政执法资格，举办法治专题培训2期: found only in a clause before that states a
            # figure of its own, when the figure's clause opens on a verb of another thing done, it is that
            # clause's, not the figure's.  (围绕行政执法规范化建设，举办专题培训2期: a clause with no figure
            # says what the training was about.)
            own_clause = ctx.clause_start(link_start, sentence.start)
            if required.end() <= own_clause and _opens_new_statement(ctx, own_clause) \
                    and require.search(text, own_clause, min(sentence.end, window_end)) is None:
                k = bisect_left(ctx.mention_starts, ctx.clause_start(required.start(), sentence.start))
                if k < len(ctx.mention_starts) and ctx.mention_starts[k] < own_clause:
                    required = None
        if required is None:
            # 执法 named somewhere in the paragraph does not make every training an enforcement
            # training; named in the label the sentence opens on (【执法培训】…), it does.
            label = _topic_label(ctx, sentence.start)
            if (label is None or require.search(text, label[0], label[1]) is None) \
                    and not _participants_of_event_named(ctx, require, mention, sentence):
                return None
    if not topic_in_sentence:
        features["topic_outside_sentence"] = 1.0
    elif require and not require.search(clause):
        features["topic_outside_clause"] = 1.0  # 局长办公会研究执法决定6次 beside a 法治 clause
    if "total_before" in features and "nearer_same_unit" in features:
        features["total_after_parts"] = 1.0  # 免罚15件，从轻27件，共计42件: the stated total
    return tuple.__new__(Link, (spec_index, mention, hit, side, sentence, features))  # Link(…), built faster


def _in_its_context(ctx: ExtractionContext, spec: IndicatorSpec, hit: TermHit, sentence: Sentence) -> bool:
    """False where the word linked is one of ``sentence_context_for`` and its sentence holds none of the
    ``sentence_context`` words (法治讲座 with no government meeting named: a training of cadres)."""
    text = ctx.text
    if not any(pattern.search(text, hit.start, hit.end) for pattern in spec.sentence_context_for_patterns):
        return True
    return any(pattern.search(text, sentence.start, sentence.end) for pattern in spec.sentence_context_patterns)


def _fronted_object(ctx: ExtractionContext, spec_index: int, event: TermHit, sentence: Sentence) -> str:
    """涉粮违规案件查处6起: the object put before the event, when it is no word of this indicator, is
    what the number counts, as it is in 查处涉粮违规案件6起; "" when the words before are none."""
    start = max(ctx.clause_start(event.start, sentence.start), event.start - _FRONTED_OBJECT_SPAN)
    found = ctx.words.fronted_object(ctx.text, start, event.start)
    if found is None:
        return ""
    own = ctx.hits[spec_index]
    k = bisect_left(ctx.hit_starts[spec_index], start)
    if k < len(own) and own[k].start < event.start and own[k] is not event:
        return ""  # 行政处罚案件查处56起: the object is this indicator's own word, linked on its own
    text = ctx.text
    obj = text[start:found.end(1)]
    pattern = ctx.terms.patterns[spec_index]
    if pattern is not None:
        # 行政案件查处1987起: the event with its object after it (查处行政案件) is a word of this indicator.
        verb = text[event.start:event.end]
        for tail in range(len(obj)):
            if pattern.fullmatch(verb + obj[tail:]) is not None:
                return ""
    return text[start:found.end()]


# How much of the words before an event is read as its object (涉粮违规案件).
_FRONTED_OBJECT_SPAN: Final = 8


def _require_near_word(spec: IndicatorSpec, text: str, hit: TermHit) -> bool:
    """The statement needs its require word nearby: every statement of the indicator, or, where the
    catalog lists ``require_near`` words, those linked to one (召开党组会22次: a body's routine
    meetings are about rule of law only where the statement says so)."""
    near = spec.require_near_patterns
    return not near or any(pattern.search(text, hit.start, hit.end) for pattern in near)


__all__ = ["CLAUSE_MAX", "ExtractionContext", "HARD_EXCLUSIONS", "Link", "bodies_of_the_people", "build_context",
           "department_may_count", "links_for", "catalog_allows", "never_the_value", "unit_accepted"]
