"""Sentences and their context: which section they sit in, which scope they speak of.

Works on the normalized text.  A sentence ends at 。！？；or a kept line break.
Each sentence knows whether it lies in a plan / shortcomings section (下一步工作打算,
存在的问题 …): figures there are targets or complaints, not the year's results.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .. import vocabulary

_SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
# A sentence also ends before an item's number (二是, 三是) that follows a figure with no punctuation
# between (组织法治培训4次二是组织…参加考试: text pasted from a list whose marks were lost); the next
# item's words are not the figure's.  Found apart from the punctuation: a zero-width alternative
# would make the engine try the whole pattern at every character instead of scanning for marks.
_ITEM_NUMBER = re.compile(r"[二三四五六七八九十](?=是)")
_FIGURE_BEFORE = re.compile(r"\d(?:[件次人项场个期名家条份起宗批%]|[余多][件次人项场个期名家条份起宗批])?$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[部分章节]|[(（][一二三四五六七八九十]+[)）])")


class Sentence(NamedTuple):
    """[start, end) of the normalized text (a named tuple: cheap to build)."""

    start: int
    end: int
    in_plan_section: bool
    is_heading: bool


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    plan_section = False
    position = 0
    appendix_heading = vocabulary.words_pattern("appendix_headings").match
    for end in _sentence_ends(text):
        if end <= position:
            continue
        heading = False
        if position == 0 or text[position - 1] == "\n":  # only a line's first sentence can be a heading
            body = text[position:end].strip()
            appendix = len(body) <= 60 and bool(appendix_heading(body))
            heading = appendix or (bool(_HEADING.match(body)) and len(body) <= 60 and not _LABELLED_FIGURE.search(body)
                                   and not _FIGURE_AFTER_COMMA.search(body))
            if not heading and text[end - 1:end] == "\n" and _is_bare_plan_heading(body):
                heading = True  # “下一步工作打算” on a line of its own, without a number
            if heading and (appendix or _is_top_heading(body) or not _HEADING.match(body)):
                # 附件：2025年主要数据统计表 after 下一步打算 opens the appendix, not more plans.
                plan_section = _names_plans(body)
            elif heading and _names_plans(body):
                plan_section = True
        sentences.append(tuple.__new__(Sentence, (position, end, plan_section, heading)))  # fields in order
        position = end
    return sentences


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end: after each mark (the last at the text's end), and before an item's
    number that follows a figure directly."""
    ends = [min(match.end(), len(text)) for match in _SENTENCE_END.finditer(text + "\n")]
    if "是" not in text:
        return ends
    breaks = [match.start() for match in _ITEM_NUMBER.finditer(text)
              if _FIGURE_BEFORE.search(text, max(0, match.start() - 3), match.start()) is not None]
    return sorted(set(ends).union(breaks)) if breaks else ends


def _is_bare_plan_heading(body: str) -> bool:
    """A short line without sentence punctuation that names a plan or problems section, and is
    not the second line of the title (和2022年法治政府建设重点工作安排)."""
    return len(body) <= 24 and not _SENTENCE_PUNCTUATION.search(body) and _names_plans(body) \
        and not vocabulary.title_continuation_pattern().match(body)


def _names_plans(heading: str) -> bool:
    """The heading opens a plan or problems section: it names one, and not what the year did as
    well (2025年重点工作开展情况; 2021年工作总结和2022年工作安排 is a title)."""
    return bool(vocabulary.plan_heading_pattern().search(heading)) \
        and not vocabulary.results_heading_pattern().search(heading)


_SENTENCE_PUNCTUATION = re.compile(r"[，,。；;：:]")
# （三）行政复议新收案件：142件 — a numbered row of a 主要数据 list is a label and its figure, not a heading.
_LABELLED_FIGURE = re.compile(r"[：:]\s*\d")
# （五）行政应诉方面，全年…一审行政诉讼案件63件，…: a figure with its measure after a comma — a statement, not a heading.
_FIGURE_AFTER_COMMA = re.compile(r"[，,][^，,。；;]*?\d[\d.]*\s*(?:余|多)?(?:件|次|人|项|场|个|期|名|家|条|份|起|宗|卷|%)")
_TOP_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)")


def _is_top_heading(body: str) -> bool:
    return bool(_TOP_HEADING.match(body))


class SentenceIndex:
    """Find the sentence around an offset in O(log n)."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]
        self._heading_starts = [s.start for s in sentences if s.is_heading]
        self._headings = [s for s in sentences if s.is_heading]

    def heading_before(self, offset: int) -> Sentence | None:
        """The last heading that starts before ``offset``: the topic of the paragraph."""
        index = bisect_right(self._heading_starts, offset) - 1
        return self._headings[index] if index >= 0 else None

    def starting_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that start in [start, end), in order."""
        return self.sentences[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def at(self, offset: int) -> Sentence | None:
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if offset < sentence.end or offset == sentence.start else None
