"""Read the 政府信息公开 header of a saved page into labelled fields.

Government pages carry the document's register entry either as a table
(``<td>索引号：</td><td>11xxxx/2024-00012</td>``) or as one line of spans
(“来源：青禾县司法局　发布时间：2024-03-15 10:20　浏览次数：321”).  Both are read
from the rendered page: a label followed by a colon takes the text up to the
next label, or the next cell when its own cell holds only the label.
"""
from __future__ import annotations

import re

# Fields kept in Document.header, under these keys.
KEPT_LABELS = (
    "索引号", "发文机关", "发布机构", "发文单位", "成文日期", "发布日期", "公开日期", "标题", "文号", "发文字号",
    "主题分类", "主题词", "体裁分类", "组配分类", "有效性", "来源", "信息来源", "发布时间",
)
# Labels whose value is not wanted but which end the value before them.
STOP_LABELS = ("浏览次数", "点击数", "访问量", "阅读量", "阅读次数", "字体", "字号", "作者", "责任编辑", "分享")
_MAX_VALUE = 100  # a longer “value” is body text that happens to follow a colon
_MAX_CELL = 300  # header cells are short; a paragraph of the article is not one


def _label_pattern(label: str) -> str:
    # “发 布 机 构” and “发布机构” are the same label.
    return r"\s*".join(map(re.escape, label))


_ALL_LABELS = sorted((*KEPT_LABELS, *STOP_LABELS), key=len, reverse=True)
_LABEL = re.compile(
    r"(?:^|(?<=[\s\]】|｜]))(?P<label>" + "|".join(_label_pattern(label) for label in _ALL_LABELS) + r")\s*[:：]?\s*"
)
_LABEL_WITH_COLON = re.compile(
    r"(?:^|(?<=[\s\]】|｜]))(?P<label>" + "|".join(_label_pattern(label) for label in _ALL_LABELS) + r")\s*[:：]\s*"
)
_LABEL_ONLY = re.compile(r"^(?:" + "|".join(_label_pattern(label) for label in _ALL_LABELS) + r")\s*[:：]?$")


def _fields_in(cell: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a cell like “来源：X　发布时间：Y”; value may be ''."""
    pattern = _LABEL if _LABEL_ONLY.match(cell.strip()) else _LABEL_WITH_COLON
    matches = list(pattern.finditer(cell))
    if not matches or cell[: matches[0].start()].strip():
        return []
    pairs = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(cell)
        label = "".join(match.group("label").split())
        pairs.append((label, cell[match.end():end].strip(" \u3000\u00a0|｜")))
    return pairs


def read_header(lines: list[str]) -> dict[str, str]:
    """Header fields found in the rendered page lines (first occurrence wins)."""
    cells = [cell.strip() for line in lines for cell in line.split("\t") if cell.strip()]
    header: dict[str, str] = {}
    for index, cell in enumerate(cells):
        if len(cell) > _MAX_CELL:
            continue
        for label, value in _fields_in(cell):
            if not value and index + 1 < len(cells) and not _fields_in(cells[index + 1]):
                value = cells[index + 1]
            if label in KEPT_LABELS and value and len(value) <= _MAX_VALUE and label not in header:
                header[label] = value
    return header


def is_header_line(line: str) -> bool:
    """A line made only of header fields and their values (shown at the top instead)."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    awaiting_value = False
    for cell in cells:
        fields = _fields_in(cell)
        if fields:
            awaiting_value = not fields[-1][1]
        elif awaiting_value:
            awaiting_value = False
        else:
            return False
    return bool(cells)
