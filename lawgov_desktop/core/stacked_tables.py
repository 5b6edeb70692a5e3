"""Tables copied with one cell per line.

A table copied out of a web page or a PDF into plain text often loses its rows: every cell stands
on a line of its own, row after row (项目 ⏎ 单位 ⏎ 2024年 ⏎ 2023年 ⏎ 常务会议会前学法 ⏎ 次 ⏎ 13 ⏎ 12 …).
Such a table opens on its heading: a first-column heading (序号, 项目, 指标 …) and then, each on its
line, the headings of a second label column (序号 ⏎ 指标), of a unit column, of year columns or of a
value column (数值, 数量; ``language.json`` ``table_headings``).  A table whose rows are bodies or
years opens on their column's heading (单位, 地区, 年度: ``row_label_column``) and the headings of
indicators with their units in brackets (复议收案（件） ⏎ 出庭应诉率（%）).  The lines after it are read in
groups of as many lines as the heading has, as long as every line is short, holds no sentence, and
each group's row has a figure after its label (and, under 序号, a sequence number before it); the
first line that is not such a cell ends the table.

Normalization joins the cells of a row as it joins a tab-separated row's (``normalize``), and the
table's rows are read for their units and year columns like tab-separated ones (``table_cells``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from . import vocabulary
from .page_numbers import PAGE_NUMBER

# The first column's heading.
_FIRST_HEADING: Final = re.compile("(?:序号|项目|指标|指标名称|名称|类别|事项|内容|工作(?:事项|内容|指标))")
_LONGEST_CELL: Final = 40
_MOST_COLUMNS: Final = 8
_SENTENCE_MARKS: Final = frozenset("。；;，,：:")
# 其中：“首违不罚”案件 is a row's label (a part of the row above), not a sentence.
_PART_LEAD: Final = re.compile("其中[:：]")
_SEQUENCE_HEADING: Final = "序号"
# A cell that is a figure alone: 13, 96.3, 100%, 2,136, +44, -5.5.
_FIGURE: Final = re.compile(r"[+\-−]?\d[\d,，.]*%?")

Cell = tuple[int, int]  # offsets of a cell's text in the text, without the spaces around it
Row = tuple[Cell, ...]


@lru_cache(maxsize=1)
def _value() -> re.Pattern[str]:
    """A value cell: a figure alone, or a figure and its unit (11期, 540人次, 1.2万件)."""
    units = "|".join(re.escape(unit) for unit in sorted(vocabulary.unit_words(), key=len, reverse=True))
    return re.compile(rf"{_FIGURE.pattern}(?:[万亿]?(?:{units}))?")


@lru_cache(maxsize=1)
def _indicator_heading() -> re.Pattern[str]:
    """A column's heading naming what it counts and its unit in brackets: 复议收案(件), 出庭应诉率(%)."""
    units = "|".join(re.escape(unit) for unit in sorted(vocabulary.unit_words(), key=len, reverse=True))
    return re.compile(rf"[\u4e00-\u9fff][^()\d]{{0,18}}\((?:[万亿]?(?:{units})|%)\)")


def _lines(text: str) -> list[Cell]:
    """Every line's text without the spaces around it, as offsets."""
    lines = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip(" \u3000\t\r")
        lead = len(line) - len(line.lstrip(" \u3000\t\r"))
        lines.append((position + lead, position + lead + len(stripped)))
        position += len(line) + 1
    return lines


def _is_cell(text: str, line: Cell) -> bool:
    start, end = line
    if _PART_LEAD.match(text, start, end):
        start += 3
    cell = text[start:end]
    return 0 < end - start <= _LONGEST_CELL and "\t" not in cell \
        and (_SENTENCE_MARKS.isdisjoint(cell) or bool(_value().fullmatch(cell)))  # 1,358 and 1,046人 are values


def _without_page_numbers(text: str, lines: list[Cell]) -> list[Cell]:
    """The lines without the page numbers (- 1 -, 第1页) a printed table runs across, nor the blank
    lines around them."""
    numbers = {k for k, (start, end) in enumerate(lines)
               if 0 < end - start <= 24 and PAGE_NUMBER.match(text[start:end])}
    if not numbers:
        return lines
    dropped = set(numbers)
    for k in numbers:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and lines[j][0] == lines[j][1]:
                dropped.add(j)
                j += step
    return [line for k, line in enumerate(lines) if k not in dropped]


def _is_remark(text: str, line: Cell) -> bool:
    """A remark cell: empty, or a short note that may be a sentence (报备率100%，均按期报备)."""
    start, end = line
    return end - start <= _LONGEST_CELL and "\t" not in text[start:end] and "。" not in text[start:end]


def _folded(text: str, line: Cell) -> str:
    return "".join(unicodedata.normalize("NFKC", text[line[0]:line[1]]).split())


@lru_cache(maxsize=16)
def stacked_tables(text: str) -> tuple[tuple[Row, ...], ...]:
    """The tables of ``text`` written one cell per line: each a heading row and its data rows."""
    if "\n" not in text:
        return ()
    lines = _without_page_numbers(text, _lines(text))
    # (上年 and a span of years, 2016—2020年累计, head columns of figures as a year does.)
    headings = vocabulary.table_heading_pattern("unit_column", "year_column", "value_column", "previous_year_column",
                                                "period_column")
    tables = []
    i = 0
    while i < len(lines):
        first = _folded(text, lines[i]) if _is_cell(text, lines[i]) else ""
        by_rows = vocabulary.table_heading_pattern("row_label_column").fullmatch(first) is not None
        if not (_FIRST_HEADING.fullmatch(first) or by_rows):
            i += 1
            continue
        numbered = first == _SEQUENCE_HEADING
        width = 1
        while i + width < len(lines) and width < _MOST_COLUMNS and _is_cell(text, lines[i + width]):
            heading = _folded(text, lines[i + width])
            if numbered and width == 1 and vocabulary.table_heading_pattern("row_label_column").fullmatch(heading):
                by_rows = True
            elif by_rows and _indicator_heading().fullmatch(heading):
                pass  # 单位 ⏎ 复议收案（件） ⏎ 出庭应诉率（%）: bodies or years as rows, indicators as columns
            elif not (headings.fullmatch(heading) and not by_rows
                      or numbered and width == 1 and _FIRST_HEADING.fullmatch(heading)):
                break
            width += 1
        label = 1 if numbered else 0
        if width < label + 2:
            i += 1
            continue
        # A last column of remarks (备注) holds a short note, or nothing: a blank line.
        remarks = i + width < len(lines) and _is_cell(text, lines[i + width]) \
            and vocabulary.table_heading_pattern("remark_column").fullmatch(_folded(text, lines[i + width])) is not None
        width += remarks
        rows = [tuple(lines[i:i + width])]
        j = i + width
        while j + width - 1 <= len(lines):
            if numbered and by_rows and vocabulary.table_heading_pattern("total_row").fullmatch(_folded(text, lines[j])) \
                    and all(_value().fullmatch(_folded(text, cell)) for cell in lines[j + 1:j + width - 1]):
                # 合计 ⏎ 977 ⏎ 5728: the total row's label spans the 序号 and 单位 columns.
                rows.append(tuple(lines[j:j + width - 1]))
                j += width - 1
                break
            if j + width > len(lines):
                break
            row = tuple(lines[j:j + width])
            cells = row[:-1] if remarks else row
            if remarks and not _is_remark(text, row[-1]):
                break
            if not all(_is_cell(text, cell) for cell in cells) or _FIGURE.fullmatch(_folded(text, row[label])) \
                    or numbered and not _folded(text, row[0]).isdigit() \
                    or not any(_value().fullmatch(_folded(text, cell)) for cell in row[label + 1:]):
                break
            rows.append(row)
            j += width
        if len(rows) > 1:
            tables.append(tuple(rows))
            i = j
        else:
            i += width
    return tuple(tables)


def cell_breaks(text: str) -> frozenset[int]:
    """The line breaks (and carriage returns) between two cells of one row of a stacked table:
    normalization reads them as a tab-separated row's tabs."""
    breaks: set[int] = set()
    for table in stacked_tables(text):
        for row in table:
            for (_, end), (start, _) in zip(row, row[1:]):
                breaks.update(k for k in range(end, start) if text[k] in "\r\n")
    return frozenset(breaks)


_CELL_GAP: Final = re.compile("\t+|\u3000+| {2,}")  # between two cells of a row kept on its line
_GAP_ENDS: Final = frozenset("\t\u3000 |｜")


def _row_gaps(line: str) -> list[re.Match[str]]:
    return list(_CELL_GAP.finditer(line.strip(" \u3000\r")))


@lru_cache(maxsize=16)
def remark_breaks(text: str) -> frozenset[int]:
    """Where each row's remark (备注, 说明) begins: the first line break or cell gap before it.  A
    remark is a note of its own (持证执法人员 ⏎ 1,046人 ⏎ 其中新申领执法证173人; 持证执法人员\t1046人\t
    其中新申领执法证173人), which normalization parts from the row as a sentence (。), so that its
    words (申领) are not read as the row's."""
    breaks: set[int] = set()
    remark = vocabulary.table_heading_pattern("remark_column")
    if "\t" in text or "  " in text or "\u3000" in text:
        breaks.update(_remark_gaps(text, remark))
    for table in stacked_tables(text):
        if len(table[0]) < 3 or remark.fullmatch(_folded(text, table[0][-1])) is None:
            continue
        for row in table[1:]:
            end = row[-2][1]
            first = next((k for k in range(end, row[-1][0]) if text[k] == "\n"), None)
            if first is not None:
                breaks.add(first)
    return frozenset(breaks)


@lru_cache(maxsize=1)
def _remark_at_line_end() -> re.Pattern[str]:
    """A remarks heading closing a line (the words first: the engine skips to them by themselves)."""
    words = vocabulary.language()["table_headings"]["remark_column"]
    return re.compile("(?:" + "|".join(f"(?:{w})" for w in words) + ")[ \t\u3000\r]*$", re.MULTILINE)


def _remark_gaps(text: str, remark: re.Pattern[str]) -> set[int]:
    """``remark_breaks`` for tables kept a row a line (cells parted by tabs or runs of spaces)."""
    gaps: set[int] = set()
    # Where such a table may start: a remarks heading ending a line, after a cell gap.  Most
    # reports have none: one search, not a look at every line.
    heading = next((m for m in _remark_at_line_end().finditer(text)
                    if text[m.start() - 1:m.start()] in _GAP_ENDS), None)
    if heading is None:
        return gaps
    width = 0
    position = text.rfind("\n", 0, heading.start()) + 1
    for line in text[position:].split("\n"):
        lead = len(line) - len(line.lstrip(" \u3000\r"))
        found = _row_gaps(line)
        if width and len(found) == width - 1:
            gaps.add(position + lead + found[-1].start())
        elif len(found) >= 2 and remark.fullmatch("".join(line[lead + found[-1].end():].split())):
            width = len(found) + 1  # the heading: its last cell names the remarks
        else:
            width = 0
        position += len(line) + 1
    return gaps
