"""Caps on how much text a reader produces, and the warning when one cuts a report.

A reader's work must grow with the file's size, not with what the file claims: a
small file can ask for the same bytes to be read again and again (a .doc's piece
table, OFD pages sharing one content stream) or hold millions of tiny elements (a
saved web page).  Each reader stops at its cap and tells the reviewer, through
``Document.warnings``, that the text was cut and where.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import display_name

# About 500 pages of dense Chinese text; the longest real reports run to 50 pages (about
# 50,000 characters).  The extraction after the reader costs about 5–25 µs a character, so
# the cap also keeps any one report well inside the 60 s limit.
MAX_TEXT_CHARS = 1_000_000
# Elements of a saved web page; a long government page has a few thousand.
MAX_HTML_ELEMENTS = 200_000
# Text runs of a laid-out document (OFD): a 100-page report has about 20,000.
MAX_LAYOUT_RUNS = 500_000


def cut_warning(path: str | Path, why: str, kept_chars: int | None = None) -> str:
    """``《名》<why>，只读取了前 N 字，请核对原文件`` for ``Document.warnings``."""
    kept = f"，只读取了前 {kept_chars:,} 字" if kept_chars is not None else ""
    return f"《{display_name(path)}》{why}{kept}，请核对原文件"
