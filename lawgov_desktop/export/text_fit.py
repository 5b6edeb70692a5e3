"""How tall a row must be for its wrapped text, since no xlsx reader fits rows on opening.

LibreOffice and WPS keep the height written in the file (or the default one line), so a
wrapped cell without a height prints each second line over the next row, or is cut.
The estimate errs on the tall side for every reader: a column is taken as narrow as
Excel draws it with 宋体 (7 px per width unit), a line as tall as LibreOffice sets Noto
Sans CJK, which it puts in place of 宋体 (1.45 × the font size).  Measured on printed
pages by the print tests (``tests/export/test_printed_pages.py``).
"""
from __future__ import annotations

from math import ceil

POINTS_PER_WIDTH_UNIT = 5.25  # Excel, default font 宋体 10: 7 px per unit at 96 dpi
COLUMN_PADDING_POINTS = 3.75  # and 5 px more per column
CELL_PADDING_POINTS = 3.0  # left and right inner margins of a cell together
LINE_HEIGHT = 1.45  # × font size: Noto Sans CJK's ascent + descent in LibreOffice
ROW_PADDING_POINTS = 1.0
NARROW_EM = 0.58  # a Latin letter or digit, in CJK character widths (W and M run wider, i and 1 narrower)
FILL = 0.94  # CJK punctuation may not start a line, so a line seldom holds its full width


def text_ems(text: str) -> float:
    """Width of one line of ``text`` in CJK character widths.

    Counted through the UTF-8 length (C speed, called for every wrapped cell of a
    thousand reports): a CJK character takes 3 bytes and a full width, ASCII 1 byte and
    about ``NARROW_EM``.
    """
    count = len(text)
    wide = (len(text.encode("utf-8", "surrogatepass")) - count) / 2
    return wide + (count - wide) * NARROW_EM


def chars_per_line(width_units: float, font_size: float) -> int:
    """CJK characters of ``font_size`` that fit a line of a column ``width_units`` wide."""
    inside = width_units * POINTS_PER_WIDTH_UNIT + COLUMN_PADDING_POINTS - CELL_PADDING_POINTS
    return max(1, int(inside / font_size))


def _lines(ems: float, capacity: int) -> int:
    if ems <= capacity:
        return 1
    return ceil(ems / (capacity * FILL))


def lines_needed(text: str | None, width_units: float, font_size: float = 10) -> int:
    """Lines ``text`` takes when wrapped in a column ``width_units`` wide (explicit breaks kept)."""
    if not text:
        return 1
    capacity = chars_per_line(width_units, font_size)
    if "\n" not in text:
        return _lines(text_ems(text), capacity)
    return sum(_lines(text_ems(line), capacity) for line in text.split("\n"))


def row_height(lines: int, font_size: float = 10) -> float:
    """Points for ``lines`` lines of ``font_size`` text, rounded up to a quarter point."""
    return ceil((lines * font_size * LINE_HEIGHT + ROW_PADDING_POINTS) * 4) / 4


def fitted_height(texts_and_widths, font_size: float = 10, minimum_lines: int = 1) -> float:
    """The row height for the tallest of ``(text, width_units)`` pairs."""
    lines = minimum_lines
    for text, width in texts_and_widths:
        if text:
            lines = max(lines, lines_needed(text, width, font_size))
    return row_height(lines, font_size)
