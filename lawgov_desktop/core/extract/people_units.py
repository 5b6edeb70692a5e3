"""A bare figure written straight before the people it counts: 5万余国家工作人员参加…考试.

Reports often drop the measure word between a large round figure and a noun for people (3000余干部,
5万余国家工作人员).  Such a figure is read with 人 as its unit, so that indicators counting people
see it as they see 5万余名国家工作人员; a figure with a measure word of its own, or a rate, keeps it.
"""
from __future__ import annotations

from typing import Callable, Final

from ..numbers import NumberMention

# The unit the figure is read with: the plainest of the people measures every people indicator accepts.
_PEOPLE_UNIT: Final = "人"


def with_people_units(text: str, mentions: list[NumberMention],
                      person_match: Callable) -> list[NumberMention]:
    """``mentions`` with each bare figure right before a noun for people given the unit 人."""
    changed = None
    for index, mention in enumerate(mentions):
        if mention.unit or mention.percent or mention.change or not _round(text, mention) \
                or not _people_follow(text, mention.end, person_match):
            continue
        if changed is None:
            changed = list(mentions)
        changed[index] = mention._replace(unit=_PEOPLE_UNIT)
    return changed if changed is not None else mentions


def _round(text: str, mention: NumberMention) -> bool:
    """A figure given as about so many (3000余, 近万, 5万): the way such counts are written; an exact
    figure (12345热线工作人员) is more often a name or a number of another kind."""
    return mention.approx or any(c in _MULTIPLIERS for c in text[mention.start:mention.end])


_MULTIPLIERS: Final = frozenset("十百千万亿")


def _people_follow(text: str, at: int, person_match: Callable) -> bool:
    """A noun for people starts at ``at``, or after a two-character qualifier (国家工作人员, 机关干部)."""
    if person_match(text, at) is not None:
        return True
    qualifier = text[at:at + 2]
    return len(qualifier) == 2 and all("\u4e00" <= c <= "\u9fff" for c in qualifier) \
        and person_match(text, at + 2) is not None
