"""One report's text read once for every indicator: numbers, sentences, words, and caches.

``build_context`` normalizes the text, finds its numbers (``numbers``), its sentences
(``sentences``) and every indicator's words in the sentences that hold a number
(``terms``), and groups the numbers by the units each indicator accepts.  The grammar
(``grammar``) then reads the context once per indicator; what it learns about a number,
a sentence or a gap that another indicator may ask again is kept here for the report.
"""
from __future__ import annotations

import re
from typing import Final
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Final, cast

from ..catalog import Catalog
from ..normalize import NormalizedText, normalize
from ..types import Document, Evidence
from .. import vocabulary
from ..numbers import NumberMention, find_numbers
from . import metadata_language
from .issuer import first_body_sentences, subject_start
from .scope import ReportScope, detect_scope
from .label_units import with_label_units
from .people_units import with_people_units
from .literal_screen import screened_finditer, screened_search
from .sentences import Sentence, SentenceIndex, split_sentences
from .table_cells import with_table_units
from .terms import CatalogTerms, TermHit, UnitGroups, compile_terms

# The longest clause read around a figure; real clauses are far shorter.
CLAUSE_MAX: Final = 120
# (Not the comma grouping a figure's thousands: 2,760件, 1,234,567; as ``_groups_thousands`` reads it.)
BREAK: Final = re.compile(r"[，；;]|,(?!(?<=\d,)\d{3}(?![\d%％]))")
# The marks that end a clause (``clause_start`` looks back for the last of them).
CLAUSE_MARKS: Final[tuple[str, ...]] = ("，", ",", "；", ";")


def after_last(text: str, marks: tuple[str, ...], floor: int, offset: int) -> int:
    """Just after the last of ``marks`` in text[floor:offset], or ``floor`` when there is none.
    (A backward search per mark in C: the pattern “.*[，,；;]” ran the clause to its end and back.)"""
    last = -1
    low = floor
    for mark in marks:
        # Only a mark after the last one found matters: each later mark is searched after it
        # (a mark starting there lies wholly in [low, offset) as it did in [floor, offset)).
        found = text.rfind(mark, low, offset)
        if found >= 0:
            last = found
            low = found + 1
    return last + 1 if last >= 0 else floor


def clause_mark_list(text: str) -> list[int]:
    """Where each of ``CLAUSE_MARKS`` stands in ``text``, in order (a few hundred in a report).  A comma
    that groups a figure's thousands (共调解纠纷2,760件) parts no clause."""
    found: list[int] = []
    for mark in CLAUSE_MARKS:
        at = text.find(mark)
        while at != -1:
            if mark != "," or not _groups_thousands(text, at):
                found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _groups_thousands(text: str, at: int) -> bool:
    """The comma at ``at`` stands between a digit and three digits that end the figure or go on to the
    next group (1,042件, 1,234,567): the grouping ``find_numbers`` reads, not 98,100% (two figures)."""
    end = at + 4
    if at == 0 or end > len(text) or not text[at - 1].isdigit() or not text[at + 1:end].isdigit():
        return False
    return end == len(text) or text[end] == "," or not (text[end].isdigit() or text[end] in "%％")


# The bisect module's functions, for the lists of ints the grammar searches (starts and ends of
# numbers and words).  Called from compiled code, the C functions are Python-level calls (about a
# thousand instructions each, some 1500 calls per report); these compile to a native loop.  The
# same halving and comparisons as CPython's: the same index for any list, sorted or not.
def bisect_left(a: list[int], x: int) -> int:
    """The index where ``x`` would go in ``a``, before any equal items (``bisect.bisect_left``)."""
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int) -> int:
    """The index where ``x`` would go in ``a``, after any equal items (``bisect.bisect_right``)."""
    lo = 0
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


@dataclass(frozen=True, slots=True)
class GrammarWords:
    """The vocabulary's patterns the grammar asks about every link, looked up once per report:
    each accessor is cached, but a cached call per link and per feature still adds up."""

    total: Callable  # the search of each pattern
    plan: Callable
    plan_object_verb: Callable  # search of 审核/审查 before 拟出台: the draft reviewed, not a plan
    plan_lead: Callable  # search of 力争/争取 in an earlier clause: the rest of the sentence is targets
    plan_opener: Callable
    period: Callable  # finditer of 2019年4月至2021年3月
    one_of: Callable  # match of 之一
    body_measures: frozenset  # 个, 家: the measure words that count bodies
    occasion_measures: frozenset  # 次, 场, 期: the measure words that count occasions
    subset_markers: tuple  # 其中, 从中: what follows is a part of the figure before
    added_group_match: Callable  # 另选派, 另有: a clause of a group beside the one counted before
    increment_search: Callable  # 新增, 新聘: the figure after it is what the year added
    stock_search: Callable  # 总数, 达到, 现有: the figure after it is the whole there is
    longest_period: int
    old_value: Callable
    new_value: Callable
    changed_to: Callable  # match right after a figure
    change_search: Callable  # search of 精简为/提高到 …: a change stated after a figure
    multi_year: Callable
    period_name_finditer: Callable  # “十四五”期间, “七五”普法期间: several years named
    since_year_finditer: Callable  # 2017年以来: group 1 is the year
    this_year: Callable  # search of 今年/全年 …: what follows is the year's own again
    cumulative: Callable
    person: Callable
    person_match: Callable
    person_before: Callable
    body_match: Callable
    body_before: Callable  # search of 单位/部门 … ending right before a figure (抽查执法单位18个)
    link_gap_fullmatch: Callable
    all_words_match: Callable
    described_adverbs_fullmatch: Callable  # 依法, 均: all that stands between “…的，” and the event it meets
    whole_set_search: Callable  # 全部实现, 均可: what follows is said of the whole set counted
    listed_forms_search: Callable  # 通过党委会、中心组学习等形式: the forms the clause's activity took
    audience_search: Callable  # 组织行政执法人员参加, 面向执法人员开展: who the clause's activity was for
    venue_search: Callable  # 在中心组学习会、党委班子会议上: where the clause's activity took place
    dated_year: Callable  # finditer: 2024年 dating what follows, not 2020年度依法行政考核 naming a thing
    join_words_match: Callable
    join_words_search: Callable
    other_bodies_match: Callable  # 各部门, 市直部门: a clause about the level's other bodies
    listed_bodies_match: Callable  # 城南、沙洲两个街道, 甲市、乙市等地: some bodies named as the clause's subject
    peer_body_match: Callable  # 县司法局, 县政府: a body as a clause's subject, another in a department's report
    other_bodies_subject_match: Callable  # 各乡镇, 8个街道: a group of other bodies as a clause's subject
    other_branch_subject_match: Callable  # 县人民法院, 区检察院: not the government, as a clause's subject
    own_scope: Callable  # search of 我县/本街道 …: the body speaking of itself
    own_party_match: Callable  # 以县政府为被告: the government itself a party, after 其中
    higher_body_match: dict  # the report's level → match of a higher body as a clause's subject (市司法局)
    verb_opener_match: Callable  # 开展, 研究部署: a clause or list item that opens on its verb
    statement_adverbs_match: Callable  # 定期, 常态化 before a clause's verb (定期组织执法人员…)
    joining_search: Callable  # 参加, 参训: people joining an event named before
    new_statement_match: Callable  # 开展, 组织: a clause's verb of another thing done (not 研究, what a meeting did)
    verb_opener_search: Callable
    time_leads_match: Callable  # 全年共, 2024年: words before a verb that leave its clause without a subject
    event_noun_end: Callable  # search: a clause ending on an event held (…专题研讨班, …活动)
    area_label_end: Callable  # search: a sentence's label ending on 方面, 领域 (a group of work, not a description)
    meeting_noun_end: Callable  # search: text ending on meetings held (…常务会议, 党委会、局办会等), before a count
    purpose_opener_fullmatch: Callable  # 专题, 集中: what opens a clause saying what the meetings were for
    participant_match: Callable  # 参训, 受训: a clause naming who took part in the event before it
    participant_label_match: Callable  # 培训学员1300人: a clause counting who took part, naming no audience
    last_year_lead: Callable  # 上年度, 去年 opening a sentence or clause: what follows is last year's
    link_word_match: Callable  # 受理, 办结, 审查 …: a verb opening a list item makes it a step of a sequence
    reach_opener_match: Callable  # 覆盖, 惠及 …: a clause of the people the events before it reached
    reach_opener_search: Callable
    view_count: Callable  # search of 阅读量/播放量 (累计超过) ending right before a figure
    target_noun: Callable  # search of 计划/目标/任务 before a figure in its clause
    norm_opener: Callable  # search of 按照/对照… before a figure in its clause
    norm_closer: Callable  # match of …的工作目标/要求 right after a figure
    baseline_closer: Callable  # match of …的基础上 after a figure (在上一年度…10次的基础上)
    actual_after: Callable  # search of a later clause opening on 实际: the figure before was the plan
    composed_of: Callable  # search of 组成/构成 closing 由…: the figures inside count the members
    topic_opener_match: Callable  # match of 就/围绕 after the comma that follows a head count
    fronted_object: Callable  # search of 案件/事项… closing the words before an event (涉粮违规案件查处6起)
    right_span: int

    @staticmethod
    def current() -> GrammarWords:
        """The words of the vocabulary in use, built once for it (thirty lookups per report add up)."""
        language = vocabulary.language()
        if _CURRENT_WORDS and _CURRENT_WORDS[0] is language:
            return _CURRENT_WORDS[1]
        words = GrammarWords._of_vocabulary()
        _CURRENT_WORDS[:] = [language, words]
        return words

    @staticmethod
    def _of_vocabulary() -> GrammarWords:
        return GrammarWords(
            total=screened_search(vocabulary.total_pattern()),
            plan=screened_search(vocabulary.plan_pattern()),
            plan_object_verb=screened_search(vocabulary.words_pattern("plan_object_verbs")),
            plan_lead=screened_search(vocabulary.words_pattern("plan_leads")),
            plan_opener=vocabulary.plan_opener_pattern().match,
            period=screened_finditer(vocabulary.period_pattern()),
            one_of=vocabulary.words_pattern("one_of_words").match,
            body_measures=frozenset(vocabulary.language()["body_measures"]),
            occasion_measures=vocabulary.occasion_measures(),
            subset_markers=tuple(vocabulary.language()["subset_markers"]),
            added_group_match=vocabulary.words_pattern("added_group_openers").match,
            increment_search=vocabulary.words_pattern("increment_words").search,
            stock_search=vocabulary.words_pattern("stock_words").search,
            longest_period=vocabulary.grammar_setting("longest_year_period_months"),
            old_value=screened_search(vocabulary.old_value_pattern()),
            new_value=screened_search(vocabulary.new_value_pattern()),
            changed_to=vocabulary.changed_to_pattern().match,
            change_search=screened_search(vocabulary.words_pattern("new_value_words")),
            multi_year=screened_search(vocabulary.multi_year_pattern()),
            period_name_finditer=screened_finditer(vocabulary.words_pattern("period_name_words")),
            since_year_finditer=screened_finditer(vocabulary.words_pattern("since_year_words")),
            this_year=screened_search(vocabulary.words_pattern("this_year_words")),
            cumulative=screened_search(vocabulary.cumulative_pattern()),
            person=screened_search(vocabulary.person_pattern()),
            person_match=vocabulary.person_pattern().match,
            person_before=screened_search(vocabulary.person_before_pattern()),
            body_match=vocabulary.body_pattern().match,
            body_before=screened_search(vocabulary.words_pattern("body_nouns", tail="$")),
            link_gap_fullmatch=vocabulary.link_gap_pattern().fullmatch,
            all_words_match=vocabulary.all_words_pattern().match,
            described_adverbs_fullmatch=vocabulary.words_pattern("described_count_adverbs", tail="*").fullmatch,
            whole_set_search=screened_search(vocabulary.words_pattern("whole_set_markers")),
            listed_forms_search=screened_search(vocabulary.words_pattern("listed_forms")),
            audience_search=screened_search(vocabulary.words_pattern("audience_phrases")),
            venue_search=screened_search(vocabulary.words_pattern("venue_phrases")),
            dated_year=screened_finditer(vocabulary.dated_year_pattern()),
            join_words_match=vocabulary.join_words_pattern().match,
            join_words_search=screened_search(vocabulary.join_words_pattern()),
            topic_opener_match=vocabulary.words_pattern("topic_openers").match,
            other_bodies_match=vocabulary.words_pattern("other_bodies_openers").match,
            listed_bodies_match=vocabulary.words_pattern("listed_bodies_subjects").match,
            peer_body_match=vocabulary.words_pattern("peer_body_subjects").match,
            other_bodies_subject_match=vocabulary.words_pattern("other_bodies_subjects").match,
            other_branch_subject_match=vocabulary.words_pattern("other_branch_subjects").match,
            own_scope=screened_search(vocabulary.own_scope_pattern()),
            own_party_match=vocabulary.words_pattern("own_party_openers").match,
            higher_body_match={level: _compiled("|".join(f"(?:{word})" for word in words)).match
                               for level, words in vocabulary.language()["higher_body_subjects"].items() if words},
            verb_opener_match=vocabulary.words_pattern("verb_openers").match,
            statement_adverbs_match=vocabulary.words_pattern("statement_adverbs", tail="*").match,
            joining_search=screened_search(vocabulary.words_pattern("joining_words")),
            new_statement_match=vocabulary.words_pattern("new_statement_verbs").match,
            verb_opener_search=screened_search(vocabulary.words_pattern("verb_openers")),
            time_leads_match=vocabulary.words_pattern("time_leads", tail="*").match,
            event_noun_end=screened_search(vocabulary.words_pattern("event_nouns", tail="[”」』]?$")),
            area_label_end=screened_search(vocabulary.words_pattern("area_labels", tail="$")),
            meeting_noun_end=screened_search(vocabulary.words_pattern("meeting_nouns", tail="(?:共计?|累计|合计)?$")),
            purpose_opener_fullmatch=vocabulary.words_pattern("purpose_openers").fullmatch,
            fronted_object=_compiled("(" + vocabulary.words_pattern("object_nouns").pattern + ")(?:"
                                      + vocabulary.words_pattern("time_leads").pattern + "|依法|先后|已|均)*$").search,
            participant_match=vocabulary.words_pattern("participant_openers").match,
            participant_label_match=_compiled("(?:" + vocabulary.words_pattern("participant_labels").pattern
                                              + r")(?:共|达|约|近|超过|逾|计|总计|累计|合计|达到)*\d").match,
            last_year_lead=vocabulary.words_pattern("last_year_leads").match,
            link_word_match=vocabulary.words_pattern("link_words").match,
            reach_opener_match=vocabulary.words_pattern("reach_openers").match,
            reach_opener_search=screened_search(vocabulary.words_pattern("reach_openers")),
            view_count=screened_search(vocabulary.words_pattern(
                "view_count_words", tail="(?:量|数|次数|人次)(?:累计|共|共计|达到?|超过|超|近|逾|为|约|已达)*$")),
            target_noun=screened_search(vocabulary.words_pattern("target_nouns")),
            baseline_closer=_compiled("[^，,。；;\\d]{0,12}?(?:" + vocabulary.words_pattern("baseline_closers").pattern + ")").match,
            norm_opener=screened_search(vocabulary.words_pattern("norm_openers")),
            norm_closer=_compiled("[^，,。；;\\d]{0,12}?的(?:工作|年度|既定)?(?:" + vocabulary.words_pattern("target_nouns").pattern
                                  + "|" + vocabulary.words_pattern("requirement_nouns").pattern + ")").match,
            actual_after=_compiled("[，,；;](?:" + vocabulary.words_pattern("time_leads").pattern + ")*(?:"
                                    + vocabulary.words_pattern("actual_openers").pattern + ")").search,
            composed_of=vocabulary.words_pattern("composition_words").search,
            right_span=vocabulary.grammar_setting("right_span"),
        )


@lru_cache(maxsize=64)
def _compiled(source: str) -> re.Pattern[str]:
    """One pattern object per source, whatever ``re``'s own cache has dropped since: the words built
    twice from one vocabulary are then the same (their bound methods compare by the pattern's identity)."""
    return re.compile(source)


def _department_title(title: str | None) -> str | None:
    """The department the title names before its year (县司法局2024年…, 省生态环境厅关于2024年度…), or
    None: the issuer is not read, since a government's report is often posted by its 司法局."""
    if not title:
        return None
    body = _TITLE_BODY.match(title)
    if body is None or vocabulary.words_pattern("department_issuers", tail="$").search(body.group(1)) is None:
        return None
    return body.group(1)


def _opens_on_a_department(text: str) -> bool:
    """An untitled report whose first sentence has a department as its subject (2024年，我局围绕…;
    2022年，示例区市场监督管理局在区委、区政府的领导下…).  Only the catalog's words go by it: the
    rules on other bodies' figures wait for a title, since a government's page may open on its 司法局."""
    for sentence in first_body_sentences(text, 1):
        rest = sentence[subject_start(sentence):]
        named = _department_subject().match(rest)
        if named and vocabulary.words_pattern("department_issuers", tail="$").search(named.group(1)):
            return True
    return False


@lru_cache(maxsize=1)
def _department_subject() -> re.Pattern[str]:
    """我局 / 本厅, or a body's full name (the issuers' words then tell a department) right before a
    subject's verb (坚持, 围绕 …) or 在…领导下.  Not a committee (委, 委员会): 中共示例县委坚持… is the
    party committee's own report."""
    tails = "(?:" + "|".join(sorted((tail for tail in metadata_language.words("department_tails")
                                      if not tail.endswith(("委", "委员会"))), key=len, reverse=True)) + ")"
    return re.compile(rf"([我本]{tails}|[\u4e00-\u9fff]{{2,24}}?{tails})(?={metadata_language.subject_verb()})")


_TITLE_BODY: Final = re.compile(r"\s*(?:中共)?(.+?)(?:关于)?(?:20\d{2}|[二〇○零一]{4})")


# The vocabulary (its dict, by identity) and the GrammarWords built from it.
_CURRENT_WORDS: list = []


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
    hit_starts: list[list[int]] = field(default_factory=list)
    all_hits: list[TermHit] = field(default_factory=list)
    all_hit_starts: list[int] = field(default_factory=list)
    # (indicator, sentence start) → (topic words in the sentence, in it or its surroundings)
    topic_cache: dict[tuple[int, int], tuple[bool, bool]] = field(default_factory=dict)
    # Per indicator: the numbers of a unit it accepts (no changes), and their starts as a set.
    accepted: list[list[NumberMention]] = field(default_factory=list)
    accepted_starts: list[frozenset[int]] = field(default_factory=list)
    accepted_start_list: list[list[int]] = field(default_factory=list)
    accepted_end_list: list[list[int]] = field(default_factory=list)
    # The numbers' starts grow along ``mentions`` (always so far): each indicator's numbers are
    # then ``mentions`` filtered, in the same order.
    mentions_in_order: bool = False

    words: GrammarWords = field(default_factory=lambda: GrammarWords.current())
    sentence_of: dict[int, Sentence | None] = field(default_factory=dict)  # by a mention's start
    mention_cache: dict[int, dict[str, float]] = field(default_factory=dict)
    gap_cache: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    avoid_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    topic_label_cache: dict = field(default_factory=dict)  # sentence start → its opening label, or None
    sentence_excluded_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    counted_cache: dict[int, str | None] = field(default_factory=dict)
    other_bodies_cache: dict[int, int] = field(default_factory=dict)  # by a clause's start
    subject_cache: dict[int, int] = field(default_factory=dict)  # by where a clause's subject stands
    region: str | None = None  # the report's own place, from the metadata
    # A department's report (县司法局, 省生态环境厅): groups of other bodies' figures (各市县…) are none of its own,
    # nor are another body's (县司法局… in a 市场监管局's report).
    department: bool = False
    department_name: str = ""
    # The catalog is read as a department's report reads it (``Catalog.for_department_reports``): the
    # title names a department, or an untitled report opens on one as its subject (我局坚持…).
    department_words: bool = False
    after_number_cache: dict[int, list[TermHit]] = field(default_factory=dict)
    # sentence start → per indicator, the word of it in the paragraph's lead (``leads.paragraph_topics``)
    paragraph_topic_cache: dict | None = None
    paragraph_topic_index: dict[int, list[int]] | None = None  # per indicator, the sentences led by its word
    evidence_cache: dict[tuple, Evidence] = field(default_factory=dict)  # see ``extractor._evidence``
    # The normalized text (read for every feature of every link: a plain attribute, not a property).
    text: str = field(init=False)
    # Where every clause mark (``CLAUSE_MARKS``) stands in the text, in order: the clause around an
    # offset is then two bisections, not four backward string searches and a regex search.
    clause_marks: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.norm.text
        self.clause_marks = clause_mark_list(self.text)

    def last_clause_mark(self, floor: int, offset: int) -> int:
        """Where the last ，,；; in text[floor:offset] stands, or -1: for ``floor`` and ``offset`` not
        negative, the largest of ``text.rfind(mark, floor, offset)`` over ``CLAUSE_MARKS``."""
        if floor < 0 or offset < 0:  # str.rfind counts a negative bound from the end
            return max(self.text.rfind(mark, floor, offset) for mark in CLAUSE_MARKS)
        marks = self.clause_marks
        k = bisect_left(marks, offset) - 1
        return marks[k] if k >= 0 and marks[k] >= floor else -1

    def next_clause_mark(self, offset: int, ceiling: int) -> int:
        """Where the first ，,；; in [offset, ceiling) stands, or ``ceiling``: as
        ``BREAK.search(text, offset, ceiling)``, which reads a negative bound as 0, as this does."""
        marks = self.clause_marks
        k = bisect_left(marks, offset)
        return marks[k] if k < len(marks) and marks[k] < ceiling else ceiling

    def clause_start(self, offset: int, floor: int) -> int:
        """Start of the clause holding ``offset`` (after the last ，,；; before it), not before ``floor``
        and at most ``CLAUSE_MAX`` back: text without punctuation must not cost its length per figure."""
        floor = max(floor, offset - CLAUSE_MAX)
        last = self.last_clause_mark(floor, offset)
        return last + 1 if last >= 0 else floor

    def clause_end(self, offset: int, ceiling: int) -> int:
        """End of the clause holding ``offset`` (the next ，,；; at or after it), not after ``ceiling``
        and at most ``CLAUSE_MAX`` on."""
        return self.next_clause_mark(offset, min(ceiling, offset + CLAUSE_MAX))

    def clause(self, start: int, end: int, sentence: Sentence) -> str:
        """The clause around the span [start, end) of a sentence: from ``clause_start(start, …)``
        to ``clause_end(end, …)``."""
        return self.text[self.clause_start(start, sentence.start):self.clause_end(end, sentence.end)]

    def takes(self, index: int, mention: NumberMention) -> bool:
        """Indicator ``index`` accepts this number's unit (and it is not a change)."""
        return mention.start in self.accepted_starts[index]



_BOOK_TITLE: Final = re.compile("《[^《》\n]{1,80}》")


def outside_titles(text: str, hits: list[list[TermHit]]) -> list[list[TermHit]]:
    """A word inside a document's title is part of its name (《示例市行政规范性文件管理规定》等3件
    规章 are not 规范性文件): such hits are dropped; one that runs out of the title stays."""
    if "《" not in text:
        return hits
    titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)]
    starts = [start for start, _ in titles]

    def inside(hit: TermHit) -> bool:
        k = bisect_right(starts, hit.start) - 1
        return k >= 0 and hit.end <= titles[k][1]
    return [[h for h in per if not inside(h)] if per else per for per in hits]


def build_context(document: Document, catalog: Catalog, report_year: int | None = None,
                  region: str | None = None, title: str | None = None) -> ExtractionContext:
    """``report_year``, ``region`` and ``title`` come from the metadata: figures of other years and of
    higher levels than the region's (全市 in a county report) are told apart with them, and a
    department's report (its title names a department) counts no group of other bodies' figures as its own,
    and reads the catalog without its ``exclude_outside_departments`` words."""
    norm = normalize(document.text)
    text = norm.text
    department_name = _department_title(title)
    department_words = department_name is not None or (title is None and _opens_on_a_department(text))
    if department_words:
        catalog = catalog.for_department_reports()
    terms = compile_terms(catalog)
    mentions = with_people_units(text, with_label_units(text, with_table_units(norm, find_numbers(text), report_year)),
                                 vocabulary.person_pattern().match)
    sentences = SentenceIndex(split_sentences(text))
    sentence_of = {m.start: sentences.at(m.start) for m in mentions}
    hits = outside_titles(text, terms.hits(text, _sentences_with_numbers(sentence_of, mentions)))
    all_hits = sorted((h for per in hits for h in per), key=_by_position)
    accepted = AcceptedNumbers(terms, mentions)
    return ExtractionContext(
        norm=norm,
        mentions=mentions,
        sentences=sentences,
        scope=detect_scope(text, region),
        terms=terms,
        hits=hits,
        report_year=report_year,
        mention_starts=[m.start for m in mentions],
        hit_starts=[[h.start for h in per] for per in hits],
        all_hits=all_hits,
        all_hit_starts=[h.start for h in all_hits],
        accepted=accepted.numbers,
        accepted_starts=accepted.start_sets,
        accepted_start_list=accepted.starts,
        accepted_end_list=accepted.ends,
        mentions_in_order=accepted.in_text_order,
        words=GrammarWords.current(),
        sentence_of=sentence_of,
        region=region,
        department=department_name is not None,
        department_words=department_words,
        department_name=department_name or "",
    )


def _by_position(hit: TermHit) -> tuple[int, int]:
    return hit.start, hit.end


class AcceptedNumbers:
    """Per indicator, the numbers of a unit it accepts (no changes), in text order, with their starts
    (as a list and a set) and ends.  Indicators that accept the same units share the same lists."""

    def __init__(self, terms: CatalogTerms, mentions: list[NumberMention]) -> None:
        groups = terms.unit_groups
        by_word = groups.by_word
        numbers: list[list[NumberMention]] = [[] for _ in range(groups.count)]
        # One pass in text order puts each number in every group of units that holds its unit word.
        previous = -1
        for mention in mentions:
            if mention.change or mention.unit == "个百分点":
                continue
            if mention.start <= previous:  # not in text order (never seen): sort as below
                self.in_text_order = False
                self._sorted(groups, mentions)
                return
            previous = mention.start
            for group in by_word.get("%" if mention.percent else mention.unit, ()):
                numbers[group].append(mention)
        self.in_text_order = True
        # Each number's start and end read as a plain tuple's items: compiled, that is an index, where
        # attrgetter looked the field up by name, and the int objects are the number's own (``m.start``
        # would be unboxed and boxed anew: a new object for every offset beyond 256).
        starts = [[cast(tuple, m)[_START] for m in found] for found in numbers]
        ends = [[cast(tuple, m)[_END] for m in found] for found in numbers]
        start_sets = [frozenset(found) for found in starts]
        self.numbers = [numbers[group] for group in groups.of_indicator]
        self.start_sets = [start_sets[group] for group in groups.of_indicator]
        self.starts = [starts[group] for group in groups.of_indicator]
        self.ends = [ends[group] for group in groups.of_indicator]

    def _sorted(self, groups: UnitGroups, mentions: list[NumberMention]) -> None:
        """Each group's numbers sorted by start: the same lists wherever the numbers are not in order."""
        by_word: dict[str, list[NumberMention]] = {}
        for mention in mentions:
            if not mention.change and mention.unit != "个百分点":
                by_word.setdefault("%" if mention.percent else mention.unit, []).append(mention)
        found_of_group = []
        for units in groups.units:
            words = [w for w in dict.fromkeys(units) if w in by_word]
            merged = by_word[words[0]] if len(words) == 1 else sorted(
                (m for w in words for m in by_word[w]), key=_by_start)
            found_of_group.append(list(merged) if words else [])
        self.numbers = [found_of_group[group] for group in groups.of_indicator]
        self.start_sets = [frozenset(m.start for m in found) for found in self.numbers]
        self.starts = [[m.start for m in found] for found in self.numbers]
        self.ends = [[m.end for m in found] for found in self.numbers]


_by_start = attrgetter("start")
_START: Final = NumberMention._fields.index("start")
_END: Final = NumberMention._fields.index("end")


def _sentences_with_numbers(sentence_of: dict[int, Sentence | None],
                            mentions: list[NumberMention]) -> list[tuple[int, int]]:
    """Runs of sentences that hold a figure: a word only ever links to a number of its own sentence."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.change:
            continue
        sentence = sentence_of[mention.start]
        if sentence is None or sentence.is_heading:
            continue
        if spans and sentence.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], sentence.end))
        else:
            spans.append((sentence.start, sentence.end))
    return spans
