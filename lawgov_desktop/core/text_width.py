"""How wide text prints: the one measure the PDF/OFD line joiner and the normalizer share.

Both undo lines broken at a page's width, and both need to know how wide a line printed: a hanzi
or full-width character takes one em, an ASCII character half of one.
"""
from __future__ import annotations

import re

# East Asian wide and full-width characters (Unicode's W and F classes, in the blocks a report
# uses); a regex counts them at C speed.
WIDE_CLASS = (
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
# … and the characters of ambiguous width a Chinese font sets full width: the curly quotes,
# the dash and the ellipsis (“一网通办”——…).
_PRINTED_WIDE = re.compile("[\u2014\u2018-\u201f\u2026" + WIDE_CLASS[1:])


def printed_width(text: str) -> float:
    """Printed width of ``text`` in em."""
    return 0.5 * (len(text) + len(_PRINTED_WIDE.findall(text)))
