"""The topic a paragraph's lead names, for the figures its sentences count without naming it.

Reports often name a topic once and then only count: a heading on its own line (（三）行政复议工作)
or a short sentence opening the paragraph (严格规范性文件管理。 / 行政复议主渠道作用进一步彰显。) is
followed by 全年共收到申请47件，依法受理41件 or 全年审查…文件14件, where no word of the catalog
stands beside the number.  Such a figure is read as if its sentence opened with the lead's word:
``grammar.links_for`` gives it a link to a word of no width at the sentence's start, so the
sentence's own words, exclusions and features decide as they do for any link.

Only a figure with no word of any indicator before it in its sentence is read so (a sentence that
names a thing counts that thing), and only the indicators the lead itself names.
"""
from __future__ import annotations

import re
from typing import Final, NamedTuple

from .context import ExtractionContext, bisect_left, bisect_right, outside_titles
from .sentences import Sentence
from .terms import NAMING_ROLES, TermHit

# A lead is a short sentence of its own: longer ones state something, they do not name a topic.
LEAD_MAX: Final = 32
_DIGIT: Final = re.compile(r"\d")
_ITEM_NUMBER: Final = re.compile(r"^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])")
_BLANK: Final = " \t\u3000"


def _body_start(text: str, sentence: Sentence) -> int:
    """Where the sentence's words begin (after the indentation)."""
    at = sentence.start
    while at < sentence.end and text[at] in _BLANK:
        at += 1
    return at


def _is_lead(text: str, sentence: Sentence) -> bool:
    """A short sentence with no figure in it, ended by 。 or by its line's end."""
    body = _ITEM_NUMBER.sub("", text[_body_start(text, sentence):sentence.end].strip(), count=1)
    if not body or len(body) > LEAD_MAX or _DIGIT.search(body):
        return False
    return body[-1] == "。" or text[sentence.end - 1] == "\n"


def _leads_of_line(ctx: ExtractionContext, line_start: int) -> tuple[Sentence | None, Sentence | None]:
    """The line's first sentence when it is a lead, and the heading on the line right above when
    it is one."""
    text = ctx.text
    first = ctx.sentences.at(line_start)
    if first is not None and not _is_lead(text, first):
        first = None
    above = line_start - 1
    while above > 0:
        previous_start = text.rfind("\n", 0, above) + 1
        if text[previous_start:above].strip(_BLANK):
            heading = ctx.sentences.at(previous_start)
            if heading is not None and heading.is_heading and heading.end >= above and _is_lead(text, heading):
                return first, heading
            return first, None
        above = previous_start - 1
    return first, None


def _lead_of(ctx: ExtractionContext, sentence: Sentence,
             lines: dict[int, tuple[Sentence | None, Sentence | None]]) -> Sentence | None:
    """The sentence that leads ``sentence``'s paragraph: the paragraph's first sentence when it is a
    lead and ``sentence`` comes after it on the line, else a heading on the line right above
    (``lines`` keeps each line's two, looked up once)."""
    line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
    found = lines.get(line_start)
    if found is None:
        found = lines[line_start] = _leads_of_line(ctx, line_start)
    first, heading = found
    if first is not None and first.start < sentence.start:
        return first
    return heading


def _lead_shaped_between(ctx: ExtractionContext, lead: Sentence, sentence: Sentence,
                         shaped: dict[int, bool]) -> list[Sentence]:
    """The sentences shaped like a lead on ``sentence``'s line, after ``lead`` and before ``sentence``
    (``shaped`` keeps each sentence's answer)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    found = []
    for candidate in ctx.sentences.starting_in(max(lead.end, line_start), sentence.start):
        is_lead = shaped.get(candidate.start)
        if is_lead is None:
            is_lead = shaped[candidate.start] = _is_lead(text, candidate)
        if is_lead:
            found.append(candidate)
    return found


def _first_words(ctx: ExtractionContext, sentences: list[Sentence]) -> dict[int, dict[int, TermHit]]:
    """Per start of each of ``sentences``, per indicator its first word there (titles aside)."""
    text = ctx.text
    spans = sorted({(s.start, s.end) for s in sentences})
    span_starts = [start for start, _ in spans]
    found: dict[int, dict[int, TermHit]] = {}
    for per in outside_titles(text, ctx.terms.hits(text, spans)):
        for hit in per:
            key = span_starts[bisect_right(span_starts, hit.start) - 1]
            found.setdefault(key, {}).setdefault(hit.indicator, hit)
    return found


class Lead(NamedTuple):
    """The lead of a sentence with figures: the lead sentence, per indicator the lead names its first
    word there, and where the sentence's words begin and its bare counts end (its first word that
    names a thing, or its end)."""

    sentence: Sentence
    named: dict[int, TermHit]
    begin: int
    bare_end: int


def paragraph_topics(ctx: ExtractionContext) -> dict[int, Lead]:
    """Per start of a sentence with figures whose paragraph has a lead naming an indicator: its ``Lead``."""
    if ctx.paragraph_topic_cache is not None:
        return ctx.paragraph_topic_cache
    found: dict[int, Lead] = {}
    leads: dict[Sentence, Sentence] = {}
    lines: dict[int, tuple[Sentence | None, Sentence | None]] = {}
    for sentence in {s for s in ctx.sentence_of.values() if s is not None and not s.is_heading}:
        lead = _lead_of(ctx, sentence, lines)
        if lead is not None:
            leads[sentence] = lead
    if leads:
        text = ctx.text
        per_lead = _first_words(ctx, list(leads.values()))
        # A paragraph goes from topic to topic: a later sentence shaped like a lead that names
        # something keeps only what it names too (落实重大行政决策程序。…做好合法性审核工作。…向市级
        # 备案5件 is led by neither; 行政复议主渠道作用进一步彰显。县政府统一行使行政复议职责。 still by the first).
        shaped: dict[int, bool] = {}
        between = {sentence: _lead_shaped_between(ctx, lead, sentence, shaped)
                   for sentence, lead in leads.items() if lead.start in per_lead}
        per_later = _first_words(ctx, [s for found_between in between.values() for s in found_between]) \
            if any(between.values()) else {}
        all_hits = ctx.all_hits
        for sentence, lead in leads.items():
            named = per_lead.get(lead.start)
            for later in between.get(sentence, ()):
                if named and later.start in per_later:
                    also = per_later[later.start]
                    named = {index: hit for index, hit in named.items() if index in also}
            if not named:
                continue
            begin = _body_start(text, sentence)
            # The bare counts run up to the first thing any indicator names in the sentence (an
            # event such as 审查 names none).
            bare_end = sentence.end
            for k in range(bisect_left(ctx.all_hit_starts, begin), len(all_hits)):
                hit = all_hits[k]
                if hit.start >= sentence.end or hit.role in NAMING_ROLES:
                    bare_end = min(hit.start, sentence.end)
                    break
            found[sentence.start] = Lead(lead, named, begin, bare_end)
    ctx.paragraph_topic_cache = found
    return found


def _sentences_led_per_indicator(topics: dict[int, Lead]) -> dict[int, list[int]]:
    """Per indicator, the starts of the sentences whose lead names it, in text order."""
    per: dict[int, list[int]] = {}
    for sentence_start in sorted(topics):
        for index in topics[sentence_start].named:
            per.setdefault(index, []).append(sentence_start)
    return per


def led_words(ctx: ExtractionContext, spec_index: int) -> dict[int, TermHit]:
    """Per accepted number of this indicator (by its index) whose paragraph's lead names it and that
    no word of its own sentence names: a word of no width where the sentence's words begin, with
    the role of the lead's word (a label counts as a thing)."""
    topics = paragraph_topics(ctx)
    if not topics:
        return {}
    naming = ctx.paragraph_topic_index
    if naming is None:
        naming = ctx.paragraph_topic_index = _sentences_led_per_indicator(topics)
    led = naming.get(spec_index)
    if not led:
        return {}
    text = ctx.text
    starts = ctx.accepted_start_list[spec_index]
    accepted = ctx.accepted[spec_index]
    require, topic = ctx.terms.require[spec_index], ctx.terms.topic[spec_index]
    words: dict[int, TermHit] = {}
    led_already: set[int] = set()  # the leads whose first count of this kind is found
    for sentence_start in led:
        lead = topics[sentence_start]
        hit = lead.named[spec_index]
        if lead.sentence.start in led_already:
            continue
        first, last = bisect_left(starts, lead.begin), bisect_left(starts, lead.bare_end)
        if first == last:
            continue
        # A lead names the topic of the first count of its kind after it; later sentences of the
        # paragraph may have gone on to other things (另有2件…延期办理).
        led_already.add(lead.sentence.start)
        if require or topic:
            # The indicator's required and topic words, in the lead or the sentence.
            read = text[lead.sentence.start:lead.sentence.end] + text[sentence_start:lead.bare_end]
            if (require and not require.search(read)) or (topic and not topic.search(read)):
                continue
        role = "thing" if hit.role == "label" else hit.role
        others = [index for index in lead.named if index != spec_index]
        for k in range(first, last):
            # (二)做好行政复议和行政应诉工作: a lead naming two things a number could count names neither.
            if not any(accepted[k].start in ctx.accepted_starts[index] for index in others):
                words[k] = TermHit(lead.begin, lead.begin, role, spec_index)
    return words
