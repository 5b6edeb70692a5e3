"""Word 2003 XML documents (WordprocessingML, “Word XML 文档”), often named .doc.

Office systems of government bureaus export 公文 as this single XML file and give
it a .doc name; python-docx cannot open it (it is not a zip) and the OLE
reader finds no compound file.  Its text is the ``w:t`` runs of the ``w:p``
paragraphs of ``w:body``, tables being rows (``w:tr``) of cells (``w:tc``).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import ReportReadError
from ..types import Document

_W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
_BROKEN = "已损坏或不完整，无法按 Word XML 文档打开，请用 Word 或 WPS 另存为 .docx 后再导入"


def _paragraph_text(paragraph) -> str:
    parts = []
    for element in paragraph.iter():
        if element.tag == _W + "t" and element.text:
            parts.append(element.text)
        elif element.tag == _W + "tab":
            parts.append("\t")
        elif element.tag == _W + "br":
            parts.append(" ")
    return "".join(parts).strip()


def _block_lines(container, lines: list[str]) -> None:
    """Paragraphs and table rows directly under ``container``, in order (sections are walked into)."""
    pending = [iter(container)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            continue
        if child.tag == _W + "p":
            lines.append(_paragraph_text(child))
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = [" ".join(_paragraph_text(p) for p in cell.iter(_W + "p")).strip() for cell in row.findall(_W + "tc")]
                if any(cells):
                    lines.append("\t".join(cells))
        elif len(child):  # wx:sect, wx:sub-section and other wrappers
            pending.append(iter(child))


def read_wordml(path: Path, data: bytes) -> Document:
    if b"<!DOCTYPE" in data[:4096].upper():
        raise ReportReadError(path, _BROKEN, "DOCTYPE in a Word XML document")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ReportReadError(path, _BROKEN, repr(exc)) from exc
    body = root.find(_W + "body")
    if body is None:
        raise ReportReadError(path, _BROKEN, "no w:body")
    lines: list[str] = []
    _block_lines(body, lines)
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        raise ReportReadError(path, "是 Word XML 文档，但里面没有文字")
    return Document(path=str(path), text=text + "\n", format="wordml")
