"""Word (.docx) reports, read with python-docx after the zip checks.

Body paragraphs and tables come out in document order: the figures of a report
often sit in tables (一、行政复议案件情况 | 收案 | 办结 …), so each table row is
one line with its cells joined by a tab.  Content controls (cover pages) are
walked into; nested tables are flattened into their cell's text.  Text of the
page headers (页眉) goes on top when it adds something, and the core
properties fill ``Document.header`` (标题, 创建日期) where they look real.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from lxml import etree

from ..errors import ReportReadError
from ..types import Document
from .properties import header_from_properties
from .table_heading import MAX_HEADING_ROWS, heading_depth, joined_heading
from .zipguard import open_checked, read_member

_WHAT = "Word 文档"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_BOXES = etree.XPath(
    ".//w:txbxContent[not(ancestor::mc:Fallback)]",
    namespaces={"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"},
)
_MAX_DEPTH = 20  # nested tables/content controls deeper than this are not real documents


def read_docx(path: Path, data: bytes) -> Document:
    archive = open_checked(path, data, _WHAT)
    with archive:
        read_member(path, archive, "word/document.xml", _WHAT)  # missing or corrupt → clear message
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReportReadError(path, f"已损坏或不完整，无法按 {_WHAT}打开，请重新获取原文件", repr(exc)) from exc
    except Exception as exc:  # lxml XMLSyntaxError and zip errors from a damaged member  # noqa: BLE001
        raise ReportReadError(path, f"已损坏或不完整，无法按 {_WHAT}打开，请重新获取原文件", repr(exc)) from exc

    lines: list[str] = []
    _walk_block(word.element.body, word.element.body, lines, depth=0)
    body = "\n".join(lines)
    header_lines = [line for line in _page_header_lines(word) if line not in body[:2000]]
    text = "\n".join([*header_lines, *lines]).strip("\n") + "\n"
    return Document(path=str(path), text=text, format="docx", header=_core_header(word))


def _walk_block(container, parent_element, lines: list[str], depth: int) -> None:
    """Append the text of the block children of ``container`` (body, cell, sdtContent)."""
    if depth > _MAX_DEPTH:
        return
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            # Text boxes anchored in the paragraph (a 公文's red head often is one)
            # come first; python-docx's Paragraph.text leaves them out.
            for box in _text_boxes(child):
                _walk_block(box, parent_element, lines, depth + 1)
            lines.append(Paragraph(child, parent_element).text.replace("\n", " ").rstrip())
        elif tag == _W + "tbl":
            rows = list(Table(child, parent_element).rows)
            top = [_grid_texts(row) for row in rows[:MAX_HEADING_ROWS + 1]]
            heading_rows = heading_depth(top)
            if heading_rows:
                # 行政复议 merged over 收案 and 办结: one heading row, each column named by both levels.
                titles, names = joined_heading(top[:heading_rows])
                lines.extend([*titles, "\t".join(names)])
            for row in rows[heading_rows:]:
                cells = _row_cells(row, depth)
                if any(cells):
                    lines.append("\t".join(cells).rstrip())
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                _walk_block(content, parent_element, lines, depth + 1)


def _text_boxes(paragraph) -> list:
    """The text-box contents inside a paragraph, once each.

    Word writes every text box twice: the DrawingML one (mc:Choice) and a VML
    copy for old readers (mc:Fallback); only the first is read.
    """
    if paragraph.find(f".//{_W}txbxContent") is None:  # the common case, cheaply
        return []
    return _TEXT_BOXES(paragraph)


def _grid_texts(row) -> list[str]:
    """The text of each grid column of ``row``: a merged cell's in every column and row it spans."""
    return [" ".join(cell.text.split()) for cell in row.cells]


def _row_cells(row, depth: int) -> list[str]:
    """Text of each cell of a row; a cell merged across columns is written once."""
    cells: list[str] = []
    seen = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        inner: list[str] = []
        _walk_block(cell._tc, cell, inner, depth + 1)
        cells.append(" ".join(part.strip() for part in inner if part.strip()).replace("\t", " "))
    return cells


def _page_header_lines(word) -> list[str]:
    """Distinct non-empty paragraphs of the sections' page headers, in order."""
    found: list[str] = []
    try:
        for section in word.sections:
            for header in (section.first_page_header, section.header):
                if header.is_linked_to_previous:
                    continue
                for paragraph in header.paragraphs:
                    text = paragraph.text.strip()
                    if text and text not in found:
                        found.append(text)
    except (KeyError, ValueError, AttributeError):
        # A header part referenced but missing: the body is still worth reading.
        return found
    return found


def _core_header(word) -> dict[str, str]:
    try:
        props = word.core_properties
        return header_from_properties(props.title, props.created)
    except Exception:  # noqa: BLE001 - damaged docProps/core.xml must not lose the body
        return {}
