"""Word 2003 XML (WordprocessingML) documents, which office systems name .doc."""
from __future__ import annotations

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document

NS = 'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"'


def _wordml(body: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            f"<w:wordDocument {NS}><w:body><wx:sect>{body}</wx:sect></w:body></w:wordDocument>").encode("utf-8")


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _table(rows) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


@pytest.mark.parametrize("suffix", [".doc", ".xml", ".wps"])
def test_word_xml_document_reads_paragraphs_and_tables_in_order(tmp_path, suffix):
    body = _p(make.TITLE) + _table(make.TABLE_ROWS) + "".join(_p(p) for p in make.PARAGRAPHS)
    path = tmp_path / f"公文{suffix}"
    path.write_bytes(_wordml(body))
    document = read_document(path)
    assert document.format == "wordml"
    assert document.warnings == ()
    assert document.text.splitlines() == [make.TITLE, "项目\t收案\t办结", "行政复议\t47件\t39件", "行政诉讼\t36件\t33件",
                                          *make.PARAGRAPHS]


BROKEN = [
    ("cut", lambda: _wordml(_p(make.TITLE))[:150], "已损坏或不完整"),
    ("no-text", lambda: _wordml("<w:p/>"), "没有文字"),
    ("entity", lambda: b'<?mso-application progid="Word.Document"?><!DOCTYPE x [<!ENTITY a "b">]><w:wordDocument/>',
     "已损坏或不完整"),
]


@pytest.mark.parametrize(("label", "build", "words"), BROKEN, ids=[row[0] for row in BROKEN])
def test_broken_word_xml_gets_a_message(tmp_path, label, build, words):
    path = tmp_path / "公文.doc"
    path.write_bytes(build())
    with pytest.raises(ReportReadError, match=f"^《公文.doc》.*{words}"):
        read_document(path)
