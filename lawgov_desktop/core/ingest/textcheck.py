"""Is a decoded text a report or junk?  Measures shared by every reader.

Two failure shapes occur in practice:

* binary data read as text (a renamed image, random bytes): control
  characters, U+FFFD and private-use characters appear;
* a PDF/OFD text layer without a ToUnicode map: pdfminer writes ``(cid:123)``,
  pypdf and pdfium map glyph ids straight to code points, which lands in
  Devanagari, Thai, Hangul Jamo … — scripts a Chinese government report never
  uses.  ``implausible_share`` counts characters outside the ranges a Chinese
  report is written in.
"""
from __future__ import annotations

import re

_CID = re.compile(r"\(cid:\d+\)")

# Code point ranges a Chinese report is written in (inclusive).
_PLAUSIBLE_RANGES = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1: × · ° § ±
    (0x0391, 0x03C9),  # Greek letters in formulas
    (0x2000, 0x206F),  # general punctuation: — … ‘ ’ “ ”
    (0x2100, 0x218F),  # letterlike and number forms: ℃ № Ⅰ Ⅱ
    (0x2190, 0x22FF),  # arrows, maths: ≥ ≤ →
    (0x2460, 0x24FF),  # enclosed numbers ①
    (0x2500, 0x27BF),  # boxes, shapes, dingbats: ■ □ ● ○ ★ √
    (0x3000, 0x303F),  # CJK punctuation: 、。《》【】
    (0x3200, 0x33FF),  # enclosed CJK ㈠ and CJK compatibility ㎡
    (0x3400, 0x4DBF),  # CJK extension A (rare place and person names)
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms: ，：（）％
)


def _is_plausible(char: str) -> bool:
    code = ord(char)
    for low, high in _PLAUSIBLE_RANGES:
        if code < low:
            return False
        if code <= high:
            return True
    return False


def _is_junk(char: str) -> bool:
    code = ord(char)
    if code < 0x20:
        return char not in "\t\n\r\f\v"
    return (
        0x7F <= code <= 0x9F
        or code == 0xFFFD
        or 0xE000 <= code <= 0xF8FF
        or code >= 0xF0000
    )


def junk_share(text: str) -> float:
    """Share of control, replacement and private-use characters among non-space ones."""
    visible = [c for c in text if not c.isspace() or _is_junk(c)]
    if not visible:
        return 0.0
    return sum(1 for c in visible if _is_junk(c)) / len(visible)


def implausible_share(text: str) -> float:
    """Share of characters (a ``(cid:N)`` run counts as one) a Chinese report would not contain."""
    cid_count = len(_CID.findall(text))
    rest = _CID.sub("", text)
    visible = [c for c in rest if not c.isspace()]
    total = len(visible) + cid_count
    if total == 0:
        return 0.0
    bad = cid_count + sum(1 for c in visible if _is_junk(c) or not _is_plausible(c))
    return bad / total


# A text layer is called garbled above this share.  Real reports measure below
# 0.02 (a few odd symbols); a layer without ToUnicode measures above 0.5.
GARBLED_THRESHOLD = 0.2
# Decoded “text” is called binary above this share of control/replacement chars.
JUNK_THRESHOLD = 0.01


def looks_garbled(text: str) -> bool:
    return implausible_share(text) > GARBLED_THRESHOLD


def looks_binary(text: str) -> bool:
    return junk_share(text) > JUNK_THRESHOLD
