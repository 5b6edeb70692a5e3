"""A table's heading that spans two or three rows, read as one row.

Statistics tables in Word documents and web pages often head their columns in two levels: 行政复议
merged over 收案 and 办结, 序号 merged down both rows, 2024年 over 目标值 and 完成值.  Read row by row,
no column has one name, and a figure's column cannot be told.  Here each column is named by its
headings from the top down (行政复议收案, 行政复议办结); where the lowest of them is a heading of its
own kind (a year, 目标值, 完成值, 单位 — ``language.json`` ``table_headings``) it names the column
alone, as the one-row heading of such a table would.  A row of one cell across the whole width is
the table's title, not a level of the heading: it stays a line of its own.
"""
from __future__ import annotations

import re

from .. import vocabulary

_FIGURE_CELL = re.compile(r"[+\-−]?\d[\d,.]*%?")
MAX_HEADING_ROWS = 3
# The headings that name a column alone: 单位, a year, 完成值, 备注, 目标值, 增减.
_KINDS = ("unit_column", "year_column", "value_column", "remark_column", "target_column", "change_column")


def _column_kind() -> re.Pattern[str]:
    return vocabulary.table_heading_pattern(*_KINDS)


def is_figure(text: str) -> bool:
    return _FIGURE_CELL.fullmatch(text.strip()) is not None


def heading_depth(rows: list[list[str]]) -> int:
    """How many of ``rows`` (each row's text per grid column, from the top) head the table: the rows
    before the first that holds a figure, when there are two or three of them and a row of figures
    follows; 0 otherwise."""
    depth = 0
    for row in rows[:MAX_HEADING_ROWS + 1]:
        if any(is_figure(text) for text in row):
            break
        depth += 1
    return depth if 2 <= depth <= MAX_HEADING_ROWS and depth < len(rows) else 0


def _is_title(level: list[str]) -> bool:
    return len(level) > 1 and len(set(level)) == 1 and bool(level[0])


def joined_heading(levels: list[list[str]]) -> tuple[list[str], list[str]]:
    """(the title rows' texts, the name of each column) of a heading whose ``levels`` give each row's
    text per grid column (a merged cell's in every column and row it spans)."""
    titles = [level[0] for level in levels if _is_title(level)]
    rows = [level for level in levels if not _is_title(level)]
    width = max((len(level) for level in rows), default=0)
    names = []
    for column in range(width):
        parts: list[str] = []
        for level in rows:
            text = level[column].strip() if column < len(level) else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts and _column_kind().fullmatch("".join(parts[-1].split())):
            parts = parts[-1:]  # 2024年 over 目标值: the column is a target column, as 目标值 alone says
        names.append(_unit_last(parts))
    return titles, names


_BRACKETED_TAIL = re.compile(r"[（(][^（()）]{1,6}[）)]$")


def _unit_last(parts: list[str]) -> str:
    """The parts joined, a unit in brackets that ends an upper heading moved to the end (行政处罚案件（件）
    over 办理数 → 行政处罚案件办理数（件）), where a row's label has it."""
    unit = ""
    kept = []
    for part in parts[:-1]:
        bracket = _BRACKETED_TAIL.search(part)
        if bracket is not None and not unit:
            unit = bracket.group()
            part = part[:bracket.start()]
        kept.append(part)
    name = "".join(kept) + (parts[-1] if parts else "")
    return name + unit if unit and not _BRACKETED_TAIL.search(name) else name
