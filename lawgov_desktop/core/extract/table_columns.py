"""Figures of a table whose columns are headed by indicators.

A report's statistics table often lists bodies or years as its rows and indicators as its columns:

    单位	复议收案（件）	应诉案件（件）	出庭应诉率（%）
    县公安局	12	5	100
    合计	20	8	100

A figure's label is then its column's heading, lines above it, and no sentence joins the two.  Of
such a table only two rows are the report's own figures: the row of the reporting body as a whole
(合计, 总计, 全县 — ``language.json`` ``table_headings.total_row``) and, where years are the rows,
the row of the report's year (2024年 in the 2024 report).  A department's, a village's or another
year's row is not.  Each figure of those rows is read as its column's heading and the figure alone
(复议收案(件) ⏎ 20, ``ColumnFigure.statements``; a heading without its unit takes one of the
units the table's title gives: 单位：人、件、卷), by the same grammar as a row of label and figure.

Tables whose columns are years (指标 | 2023年 | 2024年) are read row by row as they stand
(``table_cells``); a column of targets (目标值, 培训目标（场）) is never read.  Their rows whose line
does not say what they count are read here too (``_row_figures``): a label wrapped over two lines, a
part (其中：受理) under its total, a label (审结率) that names its thing only with the title's topic.
A heading set on two lines (行政处罚 ⏎ 案件（件）) names each column by both (``_two_levels``).
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .. import vocabulary
from .table_cells import (Cell, display_column, figure_of, read_rows, tab_columns, table_rows, table_start,
                          title_units, whole_label_heading)

_FIGURE = re.compile(r"[+\-−]?\d[\d,.]*%?")
_YEAR_LABEL = re.compile(r"((?:19|20)\d{2})年?度?")
_SEQUENCE_HEADING = "序号"
# The cells of a heading copied from a PDF by a tool that parts them by single spaces.
_LOOSE_GAP = re.compile("[ \u3000\t]+")


class ColumnFigure(NamedTuple):
    heading: str  # the column's heading, in its NFKC form without spaces
    figure: str  # the figure's cell as written (NFKC)
    start: int  # the figure's offsets in the original text
    end: int
    row_start: int  # the row's offsets in the original text: the evidence shown to the reviewer
    row_end: int
    units: tuple[str, ...] = ()  # the units the table's title gives (单位：人、件、卷)
    topic: str = ""  # the table's title without its number, years and units (州本级行政复议案件办理情况)

    @property
    def statements(self) -> list[str]:
        """The heading and the figure as a row of their own, read by the grammar like any row; where the
        heading names no unit, also with each of the title's units in brackets (持证执法人员(人) ⏎ 661),
        and then each after the table's topic (``topic``), to be read in this order: the first the
        grammar reads as an indicator's is the figure's."""
        plain = f"{self.heading}\t{self.figure}"
        readings = [plain]
        if not self.heading.endswith(")"):
            readings.extend(f"{self.heading}({unit})\t{self.figure}" for unit in self.units)
        if self.topic:
            # 收到申请(件) under 州本级行政复议案件办理情况: the title names what the columns count.
            readings.extend([f"{self.topic}{reading}" for reading in readings])
        return readings


def _headings() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A total row's label, a year column's heading and the heading of a column of targets or changes."""
    return (vocabulary.table_heading_pattern("total_row"), vocabulary.table_heading_pattern("year_column"),
            vocabulary.table_heading_pattern("target_column", "change_column"))


# What a table's title says besides its topic: its number, years, units, and words that name a table.
_TITLE_FURNITURE = re.compile(
    r"^(?:附)?表\s*[\d一二三四五六七八九十]*[：:.、\s]*|(?:19|20)\d{2}(?:\s*[—\-–~至到]\s*(?:19|20)?\d{2,4})?年度?"
    r"|[（(]单位[：:][^（()）]*[）)]|(?:统计|一览|明细)?表$|[\s\u3000]+")
_TITLE_MOST = 40


def title_topic(original: str, first_cell: int) -> str:
    """What the title line above a table is about, without its number, years and units (表1　2022—2024年
    州本级行政复议案件办理情况 → 州本级行政复议案件办理情况); "" where the table has no such line."""
    line_end = original.rfind("\n", 0, first_cell)
    for _ in range(2):
        if line_end <= 0:
            return ""
        line_start = original.rfind("\n", 0, line_end) + 1
        line = original[line_start:line_end].strip(" \u3000\t\r")
        if line and "\t" not in original[line_start:line_end]:
            topic = _TITLE_FURNITURE.sub("", unicodedata.normalize("NFKC", line))
            if "。" in line or "，" in line or len(topic) > _TITLE_MOST:
                return ""  # a sentence, no title
            if topic:
                return topic
        line_end = line_start - 1
    return ""


def _is_figure(cell: Cell) -> bool:
    return _FIGURE.fullmatch(cell.text) is not None


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _label_index(cells: list[Cell], heading: list[Cell] | None = None) -> int | None:
    """The index of a row's label: its first cell, or its second after a sequence number (1 | 县公安局 | …).
    Under a column headed 年度 or 年份 a year written bare (2025) is the row's label, not a figure."""
    if not cells:
        return None
    if heading is not None:
        row_label = vocabulary.table_heading_pattern("row_label_column")
        for index in (0, 1):
            if index < len(cells) and index < len(heading) and _BARE_YEAR.fullmatch(cells[index].text) \
                    and row_label.fullmatch(heading[index].text) and "年" in heading[index].text:
                return index
    if not _is_figure(cells[0]):
        return 0
    if len(cells) > 1 and not _is_figure(cells[1]) and cells[0].text.isdigit():
        return 1
    return None


def _own_row(label: str, report_year: int | None) -> bool:
    """合计, 全县 (the reporting body's row) or the report's year (2024年; 2024年完成值, 2024年实际 under
    a row of its targets, as a year's column is headed: ``table_headings.year_column``)."""
    total_row, year_heading, target_heading = _headings()
    if total_row.fullmatch(label):
        return True
    year = _YEAR_LABEL.fullmatch(label)
    if year is None and year_heading.fullmatch(label) and not target_heading.fullmatch(label):
        year = _YEAR_LABEL.match(label)
    return year is not None and report_year is not None and int(year.group(1)) == report_year


def _loose_heading(original: str, first_row: list[Cell], width: int) -> list[Cell] | None:
    """The line just above a table's first row, parted by spaces into ``width`` cells none of which is
    a figure: the heading row of a table copied by a tool that parts its cells by single spaces."""
    line_end = original.rfind("\n", 0, first_row[0].start)
    if line_end <= 0:
        return None
    line_start = original.rfind("\n", 0, line_end) + 1
    cells = []
    position = line_start
    for token in _LOOSE_GAP.split(original[line_start:line_end]):
        at = original.find(token, position, line_end) if token else -1
        if at == -1:
            continue
        folded = "".join(unicodedata.normalize("NFKC", token).split())
        cells.append(Cell(at, at + len(token), folded))
        position = at + len(token)
    if len(cells) != width or any(_is_figure(cell) for cell in cells):
        return None
    return cells


def _aligned(heading: list[Cell], cells: list[Cell], label: int) -> list[Cell | None] | None:
    """Each cell's heading: one for one, or shifted by one where the row's label spans the heading's
    序号 column too (合计 under 序号 and 单位); None when the row does not fit the heading.  A row that
    keeps its sequence number (7 | 合计 | …) spans nothing: one cell short, it has left the last column,
    the remarks (备注), empty."""
    if len(heading) == len(cells):
        return list(heading)
    if len(heading) == len(cells) + 1 and label == 0 and heading[0].text == _SEQUENCE_HEADING:
        return list(heading[1:])
    if len(heading) == len(cells) + 1 and vocabulary.table_heading_pattern("remark_column").fullmatch(heading[-1].text):
        return list(heading[:-1])
    return None


_BRACKETED_UNIT = re.compile(r"\([^()]{1,6}\)$")


def _joined_name(upper: str, lower: str) -> str:
    """An upper heading and the one under it as one name, a unit in brackets last (行政处罚案件（件）
    over 办理数 → 行政处罚案件办理数(件); 行政处罚 over 案件（件） → 行政处罚案件(件))."""
    if not upper or not lower:
        return upper or lower
    unit = _BRACKETED_UNIT.search(upper)
    if unit is not None and not lower.endswith(")"):
        return upper[:unit.start()] + lower + unit.group()
    return upper + lower


def _two_levels(original: str, upper: list[Cell], lower: list[Cell]) -> list[Cell] | None:
    """A heading set on two lines read as one row, as a PDF's or a spreadsheet's copy gives a heading of
    two levels (行政处罚 ⏎ 案件（件）; 12345热线 merged over 受理工单（万件） and 办结率（%）): each column
    named by its upper and lower headings.  The lower line leaves the first column, the rows' labels',
    empty: parted by tabs, each cell keeps its column and an upper cell merged over several columns
    names each (an empty upper cell takes the name on its left); parted by spaces, its cells are those
    of the upper line's last columns.  None when ``lower`` is no second level of ``upper``."""
    if len(upper) < 2 or not lower or any(not _HEADING_WORD.search(cell.text) for cell in lower):
        return None
    upper_columns, lower_columns = tab_columns(original, upper), tab_columns(original, lower)
    if upper_columns is not None and lower_columns is not None:
        if lower_columns[0] == 0 or upper_columns[0] != 0:
            return None
        width = max(upper_columns[-1], lower_columns[-1]) + 1
        above = dict(zip(upper_columns, upper))
        below = dict(zip(lower_columns, lower))
        joined = []
        spanning: Cell | None = None
        for column in range(width):
            top = above.get(column)
            if top is not None:
                spanning = top
            elif column not in below:
                spanning = None  # neither level names it: no merged cell runs on across it
            bottom = below.get(column)
            name = top or spanning
            first = name or bottom
            if first is None:
                joined.append(Cell(-1, -1, ""))
                continue
            joined.append(Cell(first.start, (bottom or first).end,
                               _joined_name(name.text if name else "", bottom.text if bottom else "")))
        return joined
    if upper_columns is not None or lower_columns is not None:
        return None
    return _spaced_levels(original, upper, lower)


_LINED_UP_SLACK = 3  # display columns a lower heading may stand right of the upper one it is set under


def _spaced_levels(original: str, upper: list[Cell], lower: list[Cell]) -> list[Cell] | None:
    """``_two_levels`` for lines parted by spaces.  Set under the upper line's columns (its first cell
    starting right of the rows' label column), each lower cell is named with the upper cell it stands
    under — the last one starting at most a few columns right of it, so that an upper heading merged
    over two columns names both — and an upper cell with none under it is a column of its own (年度).
    Not lined up, the lower cells head the upper line's last columns, one each."""
    def columns(cells: list[Cell]) -> list[int]:
        line_start = original.rfind("\n", 0, cells[0].start) + 1
        line = original[line_start:cells[-1].end]
        return [display_column(line, cell.start - line_start) for cell in cells]

    upper_at, lower_at = columns(upper), columns(lower)
    if lower_at[0] + _LINED_UP_SLACK < upper_at[1]:
        if len(lower) > len(upper):
            return None
        skipped = len(upper) - len(lower)
        return upper[:skipped] + [Cell(top.start, bottom.end, _joined_name(top.text, bottom.text))
                                  for top, bottom in zip(upper[skipped:], lower)]
    under: dict[int, list[Cell]] = {}
    for cell, at in zip(lower, lower_at):
        over = max(k for k, start in enumerate(upper_at) if start <= at + _LINED_UP_SLACK or k == 0)
        under.setdefault(over, []).append(cell)
    joined = []
    for k, top in enumerate(upper):
        joined.extend([Cell(top.start, bottom.end, _joined_name(top.text, bottom.text)) for bottom in under[k]]
                      if k in under else [top])
    return joined


_HEADING_WORD = re.compile("[\u4e00-\u9fff(（]")


def column_figures(original: str, report_year: int | None) -> list[ColumnFigure]:
    """The figures of the reporting body's own rows in tables whose columns are headed by indicators."""
    _, year_heading, target_heading = _headings()
    found: list[ColumnFigure] = []
    for table in table_rows(original):
        heading: list[Cell] | None = None
        units: tuple[str, ...] | None = None
        topic = ""
        above: list[Cell] | None = None  # the row before, when it holds no figure: a heading's upper level
        for number, cells in enumerate(table):
            if not any(_is_figure(cell) for cell in cells):
                joined = _two_levels(original, above, cells) if above is not None else None
                heading = joined or (cells if len(cells) >= 2 else None)
                above = heading
                continue
            above = None
            if heading is None and number == 0:
                heading = _loose_heading(original, cells, len(cells))
            if heading is None or any(year_heading.fullmatch(cell.text) for cell in heading):
                continue  # no heading, or a table whose columns are years (``table_cells`` reads it)
            label = _label_index(cells, heading)
            columns = _aligned(heading, cells, label) if label is not None else None
            if label is None or columns is None or not _own_row(cells[label].text, report_year):
                continue
            for index in range(label + 1, len(cells)):
                column = columns[index]
                cell = cells[index]
                if column is None or not _is_figure(cell) or target_heading.search(column.text) \
                        or _FIGURE.fullmatch(column.text) or not any("\u4e00" <= c <= "\u9fff" for c in column.text):
                    continue
                if units is None:
                    units = title_units(original, table_start(table))
                    topic = title_topic(original, table_start(table))
                found.append(ColumnFigure(column.text, cell.text, cell.start, cell.end,
                                          cells[0].start, cells[-1].end, units, topic))
    return found + _row_figures(original, report_year)


def _row_figures(original: str, report_year: int | None) -> list[ColumnFigure]:
    """The year's figures of tables whose rows are indicators, as their lines do not say them whole:

    - a row whose line does not say its label whole (``RowReading.whole``: a label a PDF's table wraps
      over two lines; a part, 其中：受理, under its total's row) is read with the whole label and the row's
      unit (审核备案县政府及县直部门行政规范性文件(件) ⏎ 21; 行政复议申请其中:受理(件) ⏎ 172), and ``table_cells``
      leaves its figures out of the text's;
    - any other row is read after the topic its table's title names (表3 行政复议、行政应诉主要数据 over
      审结率 | % | 95.0: 行政复议、行政应诉主要数据审结率(%) ⏎ 95.0), for the cells its line leaves empty.

    A row without a unit is a body's in a table whose columns are indicators (高新区分局（含 ⏎ 自贸片区）)."""
    found = []
    topics: dict[int, str] = {}
    for row in read_rows(original, report_year, figure_of):
        label = row.whole
        topic = ""
        if label is None:
            if not row.indicator:
                continue
            if row.table not in topics:
                topics[row.table] = title_topic(original, row.table)
            topic = topics[row.table]
            if not topic:
                continue
            label = row.cells[row.label].text
        for index, unit in row.kept.items():
            cell = row.cells[index]
            heading = whole_label_heading(label, unit, cell)
            if heading is not None:
                found.append(ColumnFigure(topic + heading, cell.text, cell.start, cell.end, row.cells[0].start,
                                          row.cells[-1].end))
    return found
