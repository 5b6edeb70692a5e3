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


# Character classes compiled once: counting with regexes runs at C speed, which
# matters for a 20 MB text file.
_PLAUSIBLE_CLASS = "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in _PLAUSIBLE_RANGES)
_JUNK_CLASS = "\\x00-\\x08\\x0e-\\x1f\\x7f-\\x9f\\ufffd\\ue000-\\uf8ff\\U000f0000-\\U0010ffff"
_JUNK = re.compile(f"[{_JUNK_CLASS}]")
_IMPLAUSIBLE = re.compile(f"[^{_PLAUSIBLE_CLASS}\\s]|[{_JUNK_CLASS}]")
_SPACE = re.compile(r"\s")


def _visible_count(text: str) -> int:
    return len(text) - len(_SPACE.findall(text))


def junk_share(text: str) -> float:
    """Share of control, replacement and private-use characters among non-space ones."""
    visible = _visible_count(text)
    return len(_JUNK.findall(text)) / visible if visible else 0.0


def implausible_share(text: str) -> float:
    """Share of characters (a ``(cid:N)`` run counts as one) a Chinese report would not contain."""
    cid_count = len(_CID.findall(text))
    rest = _CID.sub("", text) if cid_count else text
    total = _visible_count(rest) + cid_count
    if total == 0:
        return 0.0
    return (cid_count + len(_IMPLAUSIBLE.findall(rest))) / total


# A text layer is called garbled above this share.  Real reports measure below
# 0.02 (a few odd symbols); a layer without ToUnicode measures above 0.5.
GARBLED_THRESHOLD = 0.2
# Decoded “text” is called binary above this share of control/replacement chars.
JUNK_THRESHOLD = 0.01


def looks_garbled(text: str) -> bool:
    return implausible_share(text) > GARBLED_THRESHOLD


def looks_binary(text: str) -> bool:
    return junk_share(text) > JUNK_THRESHOLD
