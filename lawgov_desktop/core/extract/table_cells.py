"""Figures in table rows whose unit stands in another cell.

Word documents and web pages give their tables as lines of tab-separated cells (``ingest/docx.py``,
``ingest/html_content.py``), and a report's table of figures often keeps the unit apart from the
figure: in a unit column (项目 | 单位 | 数量 → 行政复议收案 | 件 | 327) or after the row's label
(行政复议申请（件） | 687 | 541).  Alone in its cell such a figure has no unit, so no indicator takes it.
Here it takes its row's unit; a figure under a column headed by another year than the report's
(2024年 | 541 in the 2025 report) is last year's and is dropped.

A table copied one cell per line is read as its rows (``stacked_tables``).  A PDF's or a page's
copy parts the cells by full-width spaces or runs of spaces instead of tabs
(序号　项目　单位　2024年　2023年); three cells or more so parted make a row.  A PDF's text parts them
by one space as often: such a line is a row only in the two shapes a table's lines have and prose
does not — a label and figures alone (复议纠错率（%） 12.9 15.8 +2.9, after a sequence number or before a
unit cell: 1 卫生监督行政处罚案件 件 96 118 +22), or a heading and the years or other column headings of its
columns (项目 2019年 2020年 增减; 指标 目标值 完成值).  A PDF's text may set a heading of two or three rows on
lines of its own above the rows (2023年 2024年 ⏎ 完成值 目标值 完成值): it is read from the rows' end
(``heading_from_right``).  A table's title may give the unit (单位：件) of the rows that name none; a signed
figure (+134.1%) is a change on last year, and columns of changes (增减), of last year (上年), of a span
of years (2016—2020年累计) and of targets (目标值 ≥95%, 2800人) hold no figure of the year.

A Word table's heading of two levels comes as two lines of tabs, a merged cell leaving its columns
empty (数量 over 本年 | 上年): its columns are told by their tabs (``_heading_levels``).  A PDF's table
wraps a long label onto the next line (审核备案…行政 ⏎ 规范性文件), and a row of a part (其中：受理) names
only the part of its total's row above: such rows' figures are left out of the text's and read with
the whole label by ``table_columns`` (``RowReading.whole``).  A unit of two (期/人次) gives a cell's
two figures (6/420) their units.  Rows and cells are read in
the original text (normalization drops the spaces, except one between two figures,
``normalize._separates_figures``); each cell's text is compared in its NFKC form.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from .. import vocabulary
from ..normalize import NormalizedText
from ..numbers import NumberMention
from ..stacked_tables import stacked_tables

_MULTIPLIERS = {"万": 10_000.0, "亿": 100_000_000.0}
_YEAR = re.compile(r"(?:19|20)\d{2}")  # the year a year column's heading names


class Cell(NamedTuple):
    start: int  # offsets of the cell's text without the spaces around it
    end: int
    text: str


class RowUnit(NamedTuple):
    unit: str  # "%" for a rate
    scale: float  # 万件 → 10,000


@lru_cache(maxsize=1)
def _unit_cell() -> re.Pattern[str]:
    """A cell (or a label's bracketed tail) that is only a unit: 件, 万人次, %, 个百分点 is not one."""
    units = "|".join(re.escape(u) for u in sorted(vocabulary.unit_words(), key=len, reverse=True))
    return re.compile(rf"(?P<mult>[万亿])?(?P<unit>{units})|(?P<pct>%)")


# The columns whose figures are none of the year's: targets (年度目标, 计划数), changes (增减, 同比), last
# year's (上年, 上年同期: a table of 本年 | 上年 | 增减 names no year) and a span of years (2016—2020年累计).
_NOT_THE_YEARS = ("target_column", "change_column", "previous_year_column", "period_column")


def _header_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The heading of a unit column (单位, 计量单位), of a year column (2025年, 2024年度, 2025年数据)
    and of a column whose figures are none of the year's (``_NOT_THE_YEARS``)."""
    return (vocabulary.table_heading_pattern("unit_column"), vocabulary.table_heading_pattern("year_column"),
            vocabulary.table_heading_pattern(*_NOT_THE_YEARS))


def _column_heading() -> re.Pattern[str]:
    """A heading of a column of its own kind: 单位, a year, 目标值, 完成值, 增减, 上年 (``table_headings``)."""
    return vocabulary.table_heading_pattern("unit_column", "year_column", "value_column", *_NOT_THE_YEARS)


def read_unit(text: str) -> RowUnit | None:
    """The unit that ``text`` is made of alone: 件 → 件; 万件 → 件 × 10,000; % → a rate."""
    match = _unit_cell().fullmatch(text)
    if match is None or match.group("unit") in ("万", "余"):
        return None
    if match.group("pct"):
        return RowUnit("%", 1.0)
    return RowUnit(match.group("unit"), _MULTIPLIERS.get(match.group("mult") or "", 1.0))


# （单位：件）, 表3 …统计表（单位：人、件、卷）: the units of a table given in its title.
_TITLE_UNITS = re.compile(r"单位[:：][ \u3000]*([^()（）\n]{1,16})")
_UNIT_LIST_MARKS = re.compile(r"[、,，/／;；\s]+")


def table_start(table: list[list[Cell]]) -> int:
    """Where a table's first cell starts (a row of empty cells has none: a line of tabs alone)."""
    return next((row[0].start for row in table if row), -1)


_TITLE_LINES_ABOVE = 4


def title_units(original: str, first_cell: int) -> tuple[str, ...]:
    """The units a table's title gives (单位：件; 单位：人、件、卷), in their order, from the lines above
    the table's first row (a PDF's text may set a heading of three lines between); () when it gives none."""
    if first_cell < 0:
        return ()
    above = original.rfind("\n", 0, first_cell)
    if above <= 0:
        return ()
    for _ in range(_TITLE_LINES_ABOVE):  # the title, over a heading of up to three lines
        if above > 0:
            above = original.rfind("\n", 0, above)
    match = _TITLE_UNITS.search(original, max(above, 0), first_cell)
    if match is None:
        return ()
    units = [unicodedata.normalize("NFKC", part) for part in _UNIT_LIST_MARKS.split(match.group(1)) if part]
    return tuple(units) if units and all(read_unit(unit) is not None for unit in units) else ()


def _label_unit(label: str) -> RowUnit | None:
    """行政复议申请(件), 出庭应诉率(%): the unit in brackets at the end of a row's label."""
    if not label.endswith(")"):
        return None
    opening = label.rfind("(")
    return read_unit(label[opening + 1:-1].strip()) if opening != -1 else None


# Between two cells: a tab, full-width spaces, two spaces or more, or a bar (指标｜2025年｜较上年).
_CELL_GAP = re.compile("\t|[ \u3000]*[|｜][ \u3000]*|\u3000+| {2,}")
_HAN = re.compile("[\u4e00-\u9fff]")
_LINE_EDGES = " \u3000\r"


# A cell of figures alone (12.9, +2.9, 1,286, 100%, ≤5, —) and a column heading naming a year (2020年,
# 2024年度) or a short word (增减, 较上年, 同比): the cells of a row parted by single spaces.
_FIGURE_CELL = re.compile(r"(?:[+\-−]|[≥≤<>＜＞]=?)?\d[\d,.]*%?|[—–\-]{1,2}")
_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}年度?")
_WORD_HEADING = re.compile("[\u4e00-\u9fff]{1,6}")
_SEQUENCE_NUMBER = re.compile(r"\d{1,3}")


def _single_spaced_cells(line: str, position: int) -> list[Cell] | None:
    """The cells of a row parted by single spaces: a label (after the row's sequence number, if any) and
    two figures or more after it, or a unit cell and one figure or more; or a heading and two column
    headings or more after it, one of them a year's or another column's of its own kind (序号 项目 单位
    数量; 指标 目标值 完成值); None for other lines."""
    inner = line.strip(_LINE_EDGES)
    tokens = inner.split(" ")
    # 1 县司法局 40 12: a row's sequence number before its label.
    label = 1 if len(tokens) > 3 and _SEQUENCE_NUMBER.fullmatch(tokens[0]) else 0
    if len(tokens) < label + 3 or not _HAN.search(tokens[label]) or _FIGURE_CELL.fullmatch(tokens[label]):
        return None
    rest = [unicodedata.normalize("NFKC", token) for token in tokens[label + 1:]]
    # 卫生监督行政处罚案件 件 96 118 +22, 持证执法队员 人 126: a unit cell between the label and the
    # figures (then one figure makes a row).
    unit = 1 if len(rest) >= 2 and read_unit(rest[0]) is not None else 0
    figures = all(_FIGURE_CELL.fullmatch(token) for token in rest[unit:])
    headings = all(_YEAR_HEADING.fullmatch(token) or _WORD_HEADING.fullmatch(token) for token in rest) \
        and any(_YEAR_HEADING.fullmatch(token) or _column_heading().fullmatch(token) for token in rest)
    if not figures and not headings:
        return None
    cells = []
    offset = position + line.find(inner)
    for token in tokens:
        cells.append(Cell(offset, offset + len(token), "".join(unicodedata.normalize("NFKC", token).split())))
        offset += len(token) + 1
    return cells


def _cells_of(line: str, position: int) -> list[Cell] | None:
    """The cells of ``line`` (starting at ``position`` in the text) when it is a table row: cells
    parted by tabs (Word, web pages), or three cells or more parted by full-width spaces or runs of
    spaces (序号　项目　单位　2024年 in a PDF's or a page's copy), or by single spaces in a row's own
    shapes (``_single_spaced_cells``); None for a line of text."""
    if "\t" not in line:
        inner = line.strip(_LINE_EDGES)  # the indent of a paragraph parts no cells
        if ("\u3000" not in inner and "  " not in inner and "|" not in inner and "｜" not in inner) \
                or len(_CELL_GAP.findall(inner)) < 2:
            return _single_spaced_cells(line, position) if " " in inner else None
    # (label\t\t93.2: tabs doubled to line the columns up make no cell.)
    return _spaced_words_joined(list(_pieces_between(line, position, _CELL_GAP)))


def _pieces_between(line: str, position: int, gaps: re.Pattern[str]) -> Iterator[Cell]:
    """The pieces of ``line`` (at ``position`` in the text) between the matches of ``gaps``, each as a
    cell of its text folded (NFKC, no spaces) and its offsets without the edges; empty pieces are left out."""
    start = 0
    for gap in [*gaps.finditer(line), None]:
        end = gap.start() if gap is not None else len(line)
        raw = line[start:end]
        stripped = raw.strip(_LINE_EDGES)
        folded = "".join(unicodedata.normalize("NFKC", stripped).split())
        if folded:
            lead = len(raw) - len(raw.lstrip(_LINE_EDGES))
            yield Cell(position + start + lead, position + start + lead + len(stripped), folded)
        if gap is not None:
            start = gap.end()


def _spaced_words_joined(cells: list[Cell]) -> list[Cell]:
    """项  目, 备  注: a heading of two characters spaced out to the column's width is one cell."""
    joined: list[Cell] = []
    for cell in cells:
        last = joined[-1] if joined else None
        if last is not None and len(last.text) == 1 and len(cell.text) == 1 \
                and _HAN.match(last.text) and _HAN.match(cell.text):
            joined[-1] = Cell(last.start, cell.end, last.text + cell.text)
        else:
            joined.append(cell)
    return joined


def table_rows(text: str) -> Iterator[list[list[Cell]]]:
    """The tables of ``text``: runs of consecutive table rows (``_cells_of``), each a list of cells
    (offsets in ``text``; each cell's text in its NFKC form without spaces).  A line that carries on
    the cells of the row above (``_fragments``: a PDF's table wraps a long label) does not end its table."""
    yield from _line_tables(text)[0]
    for stacked in stacked_tables(text):
        yield [[Cell(start, end, "".join(unicodedata.normalize("NFKC", text[start:end]).split()))
                for start, end in row] for row in stacked]


def wrapped_labels(text: str) -> dict[int, str]:
    """The labels a PDF's table wraps over two lines or more, whole (审核备案县政府及县直部门行政 ⏎ 规范性文件;
    省政府规章、部门规范性文件 ⏎ 备案审查率（%） 100 100): by where the row's label cell starts, its text
    with the pieces on the lines around it (NFKC, without spaces).  The row's line alone names
    something else, or nothing."""
    return _line_tables(text)[1]


# A line that is a note, a title or a section's heading, never a piece of a cell: 注：, 表2, 二、, （三）, 3.
_NOT_A_PIECE = re.compile(r"(?:注|说明|备注|数据来源|资料来源|附表|附件|表\s*\d|[一二三四五六七八九十]+、"
                          r"|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))")
_PIECE_GAP = re.compile("\u3000+| {2,}")
_PIECE_MOST = 16  # characters in a piece of a cell
_PIECES_LINE_MOST = 60
_ALIGN_SLACK = 2  # display columns a wrapped label's next line may stand off its start
_SHORT_PIECE = 6  # a piece this short may stand at a line's start after the table's last row


def display_column(line: str, index: int) -> int:
    """Where ``line[index]`` stands on a fixed-width page: Chinese characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:index])


def _fragments(line: str, position: int) -> list[Cell] | None:
    """The pieces of cells on a line of their own, as a PDF's text wraps a table row whose label or
    remark is too long for its column (纠纷, 决定书（件）, 中心）办件量, 全覆盖): short texts parted by
    runs of spaces, no sentence, note or heading; None for any other line."""
    inner = line.strip(_LINE_EDGES)
    if not inner or len(inner) > _PIECES_LINE_MOST or "\t" in line or "。" in inner or inner[-1] in ":：" \
            or _NOT_A_PIECE.match(inner) or not (_HAN.search(inner) or any(c.isdigit() for c in inner)):
        return None
    pieces = list(_pieces_between(line, position, _PIECE_GAP))
    if any(len(piece.text) > _PIECE_MOST for piece in pieces):
        return None
    return pieces or None


@lru_cache(maxsize=1)
def _value_cell() -> re.Pattern[str]:
    """A cell of a figure alone or with its unit: 12, ≥95%, 2863人, 316场次, 1.2万件."""
    units = "|".join(re.escape(u) for u in sorted(vocabulary.unit_words(), key=len, reverse=True))
    return re.compile(rf"(?:{_FIGURE_CELL.pattern})(?:[万亿]?(?:{units}))?")


def _has_figures(cells: list[Cell]) -> bool:
    """A row of figures, not a heading's or a page header's line: a figure after its label."""
    return any(_value_cell().fullmatch(cell.text) for cell in cells[_row_label(cells) + 1:])


def _row_label(cells: list[Cell]) -> int:
    """The index of a row's label: its second cell after a sequence number (1 | 县司法局 | 40), else its first."""
    if len(cells) > 2 and _SEQUENCE_NUMBER.fullmatch(cells[0].text) and not _FIGURE_CELL.fullmatch(cells[1].text):
        return 1
    return 0


@lru_cache(maxsize=8)
def _line_tables(text: str) -> tuple[list[list[list[Cell]]], dict[int, str]]:
    """The tables kept a row a line (``table_rows``) and the labels wrapped in them (``wrapped_labels``)."""
    lines = text.split("\n")
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    rows = [_cells_of(line, start) for line, start in zip(lines, starts)]
    tables: list[list[list[Cell]]] = []
    wrapped: dict[int, str] = {}
    table: list[list[Cell]] = []
    above = -1  # the line of the table's last row
    for k, cells in enumerate(rows):
        if cells is not None:
            table.append(cells)
            above = k
            continue
        pieces = _fragments(lines[k], starts[k]) if table and "\t" not in lines[above] else None
        if pieces is not None:
            below = rows[k + 1] if k + 1 < len(rows) else None
            if _has_figures(table[-1]):
                # A row's pieces, the next row's or the table's last: the last row's stand indented or short.
                if below is not None or lines[k][:1] in " \u3000" or len(pieces[0].text) <= _SHORT_PIECE:
                    _join_label_piece(lines, starts, above, table[-1], k, pieces, below, k + 1, wrapped)
                    continue
            elif below is not None and _join_label_piece(lines, starts, above, table[-1], k, pieces, below, k + 1,
                                                         wrapped, after_heading=True):
                continue  # under the heading, the first label's first line
        if table:
            tables.append(table)
            table = []
    if table:
        tables.append(table)
    return tables, wrapped


def _join_label_piece(lines: list[str], starts: list[int], above: int, row: list[Cell], k: int,
                      pieces: list[Cell], below: list[Cell] | None, below_line: int, wrapped: dict[int, str],
                      after_heading: bool = False) -> bool:
    """Add the piece of line ``k`` that stands in the label column to the label it is part of: the label
    of the row above it (审核备案县政府及县直部门行政 ⏎ 规范性文件), or of the row below when that row's label
    stands indented under the piece (省政府规章、部门规范性文件 ⏎ 　　备案审查率（%） 100).  ``after_heading``:
    the row above is the heading, whose label no piece carries on; False when the line is no table's."""
    label = _row_label(row)
    if label + 1 >= len(row):
        return False
    line = lines[k]

    def column(text_line: int, cell: Cell) -> int:
        return display_column(lines[text_line], cell.start - starts[text_line])

    label_start, next_start = column(above, row[label]), column(above, row[label + 1])
    # A wrapped label goes on where it starts (cells are set flush left): a piece elsewhere in the label
    # column (centred, or a remark's run far left) is no part of it.
    piece = next((p for p in pieces if abs(display_column(line, p.start - starts[k]) - label_start) <= _ALIGN_SLACK
                  and display_column(line, p.start - starts[k]) < next_start), None)
    if piece is None:
        return True  # the pieces of other cells (a remark's, a heading's: 完成 ⏎ 情况): the label is whole
    at = display_column(line, piece.start - starts[k])
    if below is not None:
        below_label = below[_row_label(below)]
        below_start = column(below_line, below_label)
        if below_start > at and below_start > label_start:
            wrapped[below_label.start] = piece.text + wrapped.get(below_label.start, below_label.text)
            return True
    if after_heading:
        return False
    if row[label].text.endswith(")") and row[label].start not in wrapped:
        # 应诉案件（件） ⏎ 行政复议: a label closed by its unit is whole; the line is the next rows' group.
        return True
    if piece.text.startswith("(") and row[label].text.count("(") <= row[label].text.count(")"):
        # 行政复议案件 ⏎ （含调解结案）: a note in brackets on a whole label leaves what it counts as it is.
        return True
    wrapped[row[label].start] = wrapped.get(row[label].start, row[label].text) + piece.text
    return True


_HEADING_LINES_MOST = 3
_HEADING_TOKEN_MOST = 12


def heading_from_right(original: str, lead: list[Cell], target_heading: re.Pattern[str]) -> tuple[dict[int, int], set[int]]:
    """The years and the target columns of a table whose figure columns are headed apart from its rows,
    as a PDF's text gives a heading of two or three rows (序号 指标名称 ⏎ 2023年 2024年 ⏎ 完成值 目标值 完成值
    over 1 行政复议案件办结率 96.4 95 98.2): on the lines above ``lead`` (the table's first row, of figures),
    or on ``lead`` itself when it holds only such headings, and the lines above it.  The lowest line with as
    many cells as there are figure columns names them; a line of fewer years above it spans them, the last
    year over the columns the earlier ones leave.  Keyed by a column's place from the row's end (0: last)."""
    lines: list[list[str]] = []
    if all(_column_heading().fullmatch(cell.text) for cell in lead):
        figures = len(lead)
        lines.append([cell.text for cell in lead])
    else:
        figures = 0
        for cell in reversed(lead):
            if not _FIGURE_CELL.fullmatch(cell.text):
                break
            figures += 1
    end = original.rfind("\n", 0, lead[0].start)
    while end > 0 and len(lines) < _HEADING_LINES_MOST:
        start = original.rfind("\n", 0, end) + 1
        tokens = [unicodedata.normalize("NFKC", token) for token in original[start:end].split()]
        if not tokens or any(_FIGURE_CELL.fullmatch(token) or len(token) > _HEADING_TOKEN_MOST
                             or "，" in token or "。" in token for token in tokens):
            break
        lines.append(tokens)
        end = start - 1
    years: dict[int, int] = {}
    targets: set[int] = set()
    named = next((k for k, tokens in enumerate(lines) if len(tokens) == figures), None)
    if named is None or figures < 2:
        return years, targets
    for k, token in enumerate(lines[named]):
        place = figures - 1 - k
        year = _YEAR.search(token) if _YEAR_HEADING.fullmatch(token) else None
        if year is not None:
            years[place] = int(year.group())
        elif target_heading.fullmatch(token):
            targets.add(place)
    above = lines[named + 1] if named + 1 < len(lines) else []
    if above and len(above) < figures and all(_YEAR_HEADING.fullmatch(token) for token in above):
        # 2023年 2024年 over three columns: the earlier years over one column each, the last over the rest.
        for k in range(figures):
            place = figures - 1 - k
            year = _YEAR.search(above[min(k, len(above) - 1)])
            if year is not None and place not in targets:
                years.setdefault(place, int(year.group()))
    return years, targets


class RowReading(NamedTuple):
    """What a table row's figures are (``read_rows``): by a cell's index, the figures of the year with
    the unit each takes (None: none known), and the figures that are not the year's."""
    cells: list[Cell]
    label: int  # the index of the row's label
    kept: dict[int, RowUnit | None]
    dropped: list[int]  # a row's sequence number, a target, another year's figure
    table: int = -1  # where the row's table starts (``table_start``)
    # Whether the row is an indicator's: it names its unit (a unit cell, its label's brackets) or its
    # table's heading names columns of figures of their own kind (a year's, 目标值); a table whose rows
    # are bodies heads its columns with indicators.
    indicator: bool = False
    # Cells of two figures under a unit of two (期/人次 over 6/420): (index, the first's unit, the second's).
    pairs: tuple[tuple[int, RowUnit, RowUnit], ...] = ()
    # The label the row is read with where its line does not say it whole: a label a PDF's table wraps
    # (``wrapped_labels``); a part's (其中：网上申办) after the label of the row above it, its total's.
    whole: str | None = None


def tab_columns(original: str, cells: list[Cell]) -> list[int] | None:
    """Each cell's column in a line parted by tabs (the tabs before it: a merged cell of a heading
    leaves an empty one, \t\t\t本年\t上年); None for a line parted otherwise, or with no cells."""
    if not cells:
        return None
    line_start = original.rfind("\n", 0, cells[0].start) + 1
    line_end = original.find("\n", cells[-1].end)
    if "\t" not in original[line_start:line_end if line_end != -1 else len(original)]:
        return None
    return [original.count("\t", line_start, cell.start) for cell in cells]


def _heading_levels(original: str, upper: list[Cell], lower: list[Cell]) \
        -> tuple[int | None, dict[int, int], set[int], dict[int, RowUnit]] | None:
    """The columns of a heading of two levels parted by tabs (序号 | 指标 | 单位 | 数量 | | 增减 over | | |
    本年 | 上年 |; 2025年 merged over 目标值 and 完成值), by their tabs: the unit column, each year column's
    year (and unit), the columns of no figure of the year (a target's, 上年, 增减).  A lower heading names
    its column; an upper one merged over several names each it spans.  None when ``lower`` is no second
    level of ``upper`` (the lower one leaves the rows' label columns empty)."""
    upper_columns, lower_columns = tab_columns(original, upper), tab_columns(original, lower)
    if upper_columns is None or lower_columns is None or lower_columns[0] == 0 or upper_columns[0] != 0:
        return None
    unit_heading, year_heading, target_heading = _header_words()
    above = dict(zip(upper_columns, upper))
    below = dict(zip(lower_columns, lower))
    unit_column: int | None = None
    years: dict[int, int] = {}
    targets: set[int] = set()
    units: dict[int, RowUnit] = {}
    spanning: Cell | None = None
    for column in range(max(upper_columns[-1], lower_columns[-1]) + 1):
        top = above.get(column)
        if top is not None:
            spanning = top
        elif column not in below:
            spanning = None  # no merged cell runs on over a column neither level names
        named = [cell.text for cell in (below.get(column), top or spanning) if cell is not None]
        if any(target_heading.fullmatch(text) for text in named):
            targets.add(column)
            continue
        year_text = next((text for text in named if year_heading.fullmatch(text)), None)
        year = _YEAR.search(year_text) if year_text is not None else None
        if year_text is not None and year is not None:
            years[column] = int(year.group())
            unit = _label_unit(year_text)
            if unit is not None:
                units[column] = unit
        elif any(unit_heading.fullmatch(text) for text in named):
            unit_column = column
    return unit_column, years, targets, units


def read_rows(original: str, report_year: int | None,
              figure_value: Callable[[Cell], float | None]) -> Iterator[RowReading]:
    """Each row of figures of the tables of ``original`` (``table_rows``), read by its table's headings:
    which of its figures are the year's and what unit each takes.  ``figure_value`` is the value of a
    cell that is a figure alone (None for any other cell)."""
    unit_heading, year_heading, target_heading = _header_words()
    wrapped = wrapped_labels(original)
    for table in table_rows(original):
        # A title's one unit (单位：件) is the unit of every row that names none.
        units = title_units(original, table_start(table))
        title_unit = read_unit(units[0]) if len(units) == 1 else None
        unit_column: int | None = None
        year_of_column: dict[int, int] = {}
        target_columns: set[int] = set()
        unit_of_column: dict[int, RowUnit] = {}  # 2025年（件）: a year column's unit, in brackets
        lead = table[0] if table else []
        by_place: tuple[dict[int, int], set[int]] = ({}, set())
        apart = bool(lead) and (_FIGURE_CELL.fullmatch(lead[-1].text) is not None
                                or all(_column_heading().fullmatch(cell.text) for cell in lead))
        if apart:
            # A PDF's text sets a heading of two or three rows apart from the table's rows.
            by_place = heading_from_right(original, lead, target_heading)
        grid = False  # the columns are told by their tabs (a heading of two levels), not by the cells' order
        upper: list[Cell] | None = None  # the heading row just before, when the row before was one
        total: str | None = None  # the label of the last row of figures that is no part
        for cells in table:
            headings = {index: cell for index, cell in enumerate(cells)
                        if unit_heading.fullmatch(cell.text) or year_heading.fullmatch(cell.text)
                        or target_heading.fullmatch(cell.text)}
            figures = [figure_value(cell) for cell in cells]
            paired = [index for index, cell in enumerate(cells) if _PAIR_CELL.fullmatch(cell.text)]
            bare = [index for index, cell in headings.items() if cell.text.isdigit()]
            if bare and any(figure is not None for index, figure in enumerate(figures) if index not in headings):
                # 5 | 调处矛盾纠纷 | 件 | 2316 | 2087: a figure that reads as a year is no heading among figures.
                headings = {index: cell for index, cell in headings.items() if index not in bare}
            if headings or (all(figure is None for figure in figures) and not paired):
                # A heading row (项目 | 单位 | 数量, 指标 | 2025年 | 2024年) or one without figures.
                if apart and cells is lead and (by_place[0] or by_place[1]):
                    continue  # its columns are read from the row's end (``heading_from_right``)
                levels = _heading_levels(original, upper, cells) if headings and upper is not None else None
                upper = cells if headings else None
                if levels is not None:
                    unit_column, year_of_column, target_columns, unit_of_column = levels
                    grid = True
                    continue
                if headings:
                    unit_column, year_of_column, target_columns, unit_of_column = None, {}, set(), {}
                    grid = False
                    total = None
                for index, cell in headings.items():
                    year = _YEAR.search(cell.text) if year_heading.fullmatch(cell.text) else None
                    if target_heading.fullmatch(cell.text):
                        target_columns.add(index)
                    elif year is not None:
                        year_of_column[index] = int(year.group())
                        column_unit = _label_unit(cell.text)
                        if column_unit is not None:
                            unit_of_column[index] = column_unit
                    else:
                        unit_column = index
                continue
            upper = None
            # Each cell's column: by its tabs under a heading of two levels (merged cells leave empty ones).
            columns = tab_columns(original, cells) if grid else None
            if columns is None:
                columns = list(range(len(cells)))
            label = 0
            dropped = []
            first = figures[0]
            if len(cells) > 2 and first is not None and figures[1] is None and first < 1000:
                # 2 | 常务会议会前学法 | 次 | 11 | 10: the first figure, before the row's label, numbers the row.
                dropped.append(0)
                figures[0] = None
                label = 1
            row_unit = None
            unit_cell = cells[columns.index(unit_column)].text if unit_column is not None and unit_column in columns \
                else None
            if unit_cell is not None:
                row_unit = read_unit(unit_cell)
            if row_unit is None and label + 2 < len(cells) and figures[label + 1] is None:
                unit_cell = cells[label + 1].text
                row_unit = read_unit(unit_cell)  # 政务服务事项 | 项 | 1342: a unit cell after the label
            if row_unit is None:
                row_unit = _label_unit(cells[label].text)
            # 行政执法人员培训 | 期/人次 | 9/1130, 执法人员业务培训（期/人次） | 6/420: two units, two figures a cell.
            unit_pair = _unit_pair(unit_cell) or _unit_pair(_bracketed(cells[label].text)) if paired else None
            # (单位 heads the bodies' column as often as the units': its cells tell which.)
            indicator = row_unit is not None or bool(year_of_column or target_columns or by_place[0] or by_place[1])
            kept: dict[int, RowUnit | None] = {}
            for index, figure in enumerate(figures):
                if figure is None:
                    continue  # not a figure alone in its cell
                place = len(cells) - 1 - index
                column = columns[index]
                column_year = year_of_column.get(column, by_place[0].get(place))
                if column in target_columns or place in by_place[1] or (
                        column_year is not None and report_year is not None and column_year != report_year):
                    dropped.append(index)  # a target, or another year's figure
                    continue
                if cells[index].text[0] in _BOUNDS:
                    continue  # a bound (≥95) outside a column of targets: left as the text reads it
                # The row's own unit, else its column's (2025年（件）), else the one its table's title gives.
                kept[index] = row_unit or unit_of_column.get(column) or title_unit
            pairs = []
            if unit_pair is not None:
                for index in paired:
                    column = columns[index]
                    column_year = year_of_column.get(column, by_place[0].get(len(cells) - 1 - index))
                    if column in target_columns or len(cells) - 1 - index in by_place[1] or (
                            column_year is not None and report_year is not None and column_year != report_year):
                        dropped.append(index)
                    else:
                        pairs.append((index, unit_pair[0], unit_pair[1]))
            own = wrapped.get(cells[label].start)
            whole = own
            if _PART_LABEL.match(cells[label].text):
                # 全年受理办件 | 186402 ⏎ 其中：网上申办 | 71568: a part of the row above, not a total of its own.
                whole = total + (own or cells[label].text) if total is not None else own
            else:
                total = own or cells[label].text
            yield RowReading(cells, label, kept, dropped, table_start(table), indicator or bool(pairs), tuple(pairs),
                             whole)


_PART_LABEL = re.compile("其中[:：]")
_PAIR_CELL = re.compile(r"\d[\d,.]*/\d[\d,.]*")


def _bracketed(label: str) -> str | None:
    """The text in the brackets that end a label: 执法人员业务培训(期/人次) → 期/人次."""
    if not label.endswith(")") or "(" not in label:
        return None
    return label[label.rfind("(") + 1:-1]


def _unit_pair(text: str | None) -> tuple[RowUnit, RowUnit] | None:
    """期/人次: the units of a cell's two figures, in their order; None for any other text."""
    if text is None or text.count("/") != 1:
        return None
    before, after = text.split("/")
    first, second = read_unit(before.strip()), read_unit(after.strip())
    return (first, second) if first is not None and second is not None else None


def with_table_units(norm: NormalizedText, mentions: list[NumberMention],
                     report_year: int | None) -> list[NumberMention]:
    """``mentions`` with each figure alone in a table cell given its row's unit, and figures under
    another year's column left out.  The list is returned as it is where the text has no table."""
    original = norm.original
    if "\t" not in original and "\u3000" not in original and " " not in original and "|" not in original \
            and "｜" not in original and not stacked_tables(original):
        return mentions
    changed: dict[int, NumberMention | None] = {}  # by a mention's start; None: dropped
    by_start = {m.start: m for m in mentions}

    def figure_in(cell: Cell) -> NumberMention | None:
        """The mention that is all of ``cell`` (its number and nothing else, 2863人 with its unit; ≥40名
        after its bound), if any."""
        bound = _BOUND.match(cell.text)
        lead = bound.end() if bound is not None else 0
        if len(cell.text) <= lead or not cell.text[lead].isdigit():
            return None
        mention = by_start.get(norm.to_normalized(cell.start + lead))
        if mention is None or mention.end != norm.to_normalized(cell.end):
            return None
        return mention

    def pair_in(cell: Cell) -> tuple[NumberMention | None, NumberMention | None]:
        """The mentions of the two figures of a cell 6/420."""
        slash = cell.start + cell.text.index("/") + 1
        first, second = by_start.get(norm.to_normalized(cell.start)), by_start.get(norm.to_normalized(slash))
        return (first if first is not None and first.end <= norm.to_normalized(slash) else None,
                second if second is not None and second.end == norm.to_normalized(cell.end) else None)

    def figure_value(cell: Cell) -> float | None:
        mention = figure_in(cell)
        return mention.value if mention is not None else None

    def change_in(cell: Cell) -> NumberMention | None:
        """The mention of a signed figure alone in ``cell`` (+134.1%, -74): a change on last year."""
        if len(cell.text) < 2 or cell.text[0] not in "+-−" or not cell.text[1].isdigit():
            return None
        mention = by_start.get(norm.to_normalized(cell.start + 1))
        if mention is None or mention.end != norm.to_normalized(cell.end):
            return None
        return mention

    for row in read_rows(original, report_year, figure_value):
        for cell in row.cells:
            change = change_in(cell)
            if change is not None:
                changed[change.start] = None  # a row's change on last year is no figure of the year
        for index in row.dropped:
            for dropped in (figure_in(row.cells[index]),) if not _PAIR_CELL.fullmatch(row.cells[index].text) \
                    else pair_in(row.cells[index]):
                if dropped is not None:
                    changed[dropped.start] = None
        for index, first_unit, second_unit in row.pairs:
            for mention, pair_unit in zip(pair_in(row.cells[index]), (first_unit, second_unit)):
                if mention is not None and not mention.unit and not mention.percent:
                    changed[mention.start] = mention._replace(value=mention.value * pair_unit.scale,
                                                              unit=pair_unit.unit, percent=pair_unit.unit == "%")
        whole_label = row.whole
        for index, unit in row.kept.items():
            mention = figure_in(row.cells[index])
            if mention is None:
                continue
            if whole_label is not None and whole_label_heading(whole_label, unit, row.cells[index]) is not None:
                # Its line alone names part of what it counts: read with the whole label (``table_columns``).
                changed[mention.start] = None
            elif unit is not None and not mention.unit and not mention.percent:
                changed[mention.start] = mention._replace(
                    value=mention.value * unit.scale, unit=unit.unit, percent=unit.unit == "%")
    if not changed:
        return mentions
    kept = []
    for mention in mentions:
        replacement = changed.get(mention.start, mention)
        if replacement is not None:
            kept.append(replacement)
    return kept


def whole_label_heading(label: str, unit: RowUnit | None, cell: Cell) -> str | None:
    """What a wrapped row's figure is read with: its whole label (``wrapped_labels``) and the row's unit
    (审核备案县政府及县直部门行政规范性文件(件)), the label alone where it or the figure's cell has the unit;
    None where no unit is known (a body's row, 高新区分局（含 ⏎ 自贸片区）, in a table of indicator columns)."""
    if _label_unit(label) is not None or not _PLAIN_FIGURE.fullmatch(cell.text.rstrip("%")):
        return label  # 决定书（件）; 2863人
    if unit is None:
        return None
    if cell.text.endswith("%") or unit.unit == "%":
        return f"{label}(%)"
    multiplier = next((word for word, scale in _MULTIPLIERS.items() if scale == unit.scale), "")
    return f"{label}({multiplier}{unit.unit})"


def figure_of(cell: Cell) -> float | None:
    """The value of a cell that is a figure alone (12, 1,286, 98.7, 100%, ≥95, 2863人), by its text."""
    match = _PLAIN_FIGURE.match(cell.text)
    if match is None or not _value_cell().fullmatch(cell.text):
        return None
    try:
        return float(match.group(1).replace(",", ""))
    except ValueError:
        return None


_BOUNDS = "≥≤<>"  # (NFKC: ＞ is >)
_BOUND = re.compile(r"[≥≤<>]=?")
_PLAIN_FIGURE = re.compile(r"(?:[≥≤<>]=?)?(\d[\d,]*(?:\.\d+)?)")
