"""What may go into a spreadsheet cell: formula-injection escaping and clean text.

Text taken from reports (evidence sentences, region names, file names) is data,
never a formula.  openpyxl turns any string starting with ``=`` into a formula, and
Excel/WPS evaluate ``+ - @`` on editing, and a CSV cell starting with any of them
(or a tab/CR/LF) on opening (OWASP "CSV injection").  Numbers stay numbers.
"""
from __future__ import annotations

import re

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

# What no export may carry: C0 controls but tab, CR and LF (PDF text has form feeds,
# a note pasted from a terminal ESC), DEL and the C1 controls, and U+FFFE/U+FFFF, which
# XML 1.0 forbids (lxml refuses to write them, and the whole workbook was lost).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# A lone surrogate is an undecodable byte of a file name (surrogateescape) or a pasted
# half of a pair: UTF-8 cannot encode it, so it becomes the replacement character.
_SURROGATE = re.compile("[\ud800-\udfff]")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """Text every export format can hold: control characters but tab, CR and LF dropped,
    a lone surrogate as U+FFFD.  Used for every text in the workbook, the CSV and the JSON."""
    if text.isprintable():  # the usual case, checked in C: no control character at all
        return text
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def clean_data(value: object) -> object:
    """``value`` (JSON-ready dicts, lists, strings, numbers) with every string cleaned."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(key): clean_data(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(item) for item in value]
    return value


def csv_field(value: object) -> object:
    """A CSV field: numbers unchanged, formula-like text prefixed with an apostrophe.

    The apostrophe is what OWASP recommends and what Excel itself uses to mark text
    typed to look like a formula; it is the only way to keep a CSV cell inert.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        value = clean_text(value)  # a NUL or form feed from a PDF is no use in Excel either
        return "'" + value if is_formula_like(value) else value
    return value


class StreamedCell(Cell):
    """A cell handed to a write-only sheet.

    The sheet first tries each appended item as a plain value, and for a cell the error
    message it builds and drops calls ``repr`` — a tenth of the export's time at 100,000
    styled cells, so this repr is a constant.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "<StreamedCell>"


def styled_cell(sheet, value: object, style: StyleArray | None = None) -> Cell:
    """A write-only cell; text is cleaned and, when formula-like, pinned as a string.

    ``data_type = "s"`` makes openpyxl write an inline string instead of a formula,
    and the quote prefix (Excel's leading apostrophe) keeps Excel and WPS from turning
    it into a formula when a leader edits the cell.  The text itself is not changed.
    """
    if isinstance(value, str):
        value = clean_text(value) or None  # an empty string would be written as an empty text element
    cell = StreamedCell(sheet, row=1, column=1, value=value, style_array=style)
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def plain_value(sheet, value: object) -> object:
    """A value for an unstyled cell: passed through as it is unless it needs escaping.

    The detail sheet has about a million cells for 1,000 reports; a bare value costs
    openpyxl far less than a cell object, so only text that must be pinned gets one.
    """
    if isinstance(value, str):
        value = clean_text(value)
        if is_formula_like(value):
            return styled_cell(sheet, value)
        return value or None
    return value
