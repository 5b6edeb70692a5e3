"""Old Word (.doc) and WPS (.wps): text from the FIB → CLX piece table, or the
message asking for 另存为 .docx when the file is not one this reader understands."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ingest_cfb
import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document

FIXTURES = Path(__file__).parent / "fixtures"
# Written by LibreOffice 7.4 (“MS Word 97” filter) from make_docx(report_paragraphs()).
LIBREOFFICE_DOC = FIXTURES / "qinghe-report-libreoffice.doc"
OLD_FORMAT = "是旧版 Word/WPS 格式，暂时无法读取，请用 Word 或 WPS 另存为 .docx 后再导入"


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_a_word97_file_written_by_libreoffice_is_read(tmp_path, suffix):
    path = tmp_path / f"报告{suffix}"
    shutil.copy(LIBREOFFICE_DOC, path)
    document = read_document(path)
    assert document.format == suffix[1:]
    lines = document.text.splitlines()
    assert lines[0] == make.TITLE
    for paragraph in make.PARAGRAPHS:
        assert paragraph in lines
    assert "行政复议\t47件\t39件" in lines


PIECES = [
    # (pieces as Word stores them, text expected)
    ([("Annual report\r", True), ("青禾县行政复议案件47件。\r", False)], "Annual report\n青禾县行政复议案件47件。\n"),
    ([("\u201c\u2014\u201d\r", True)], "\u201c\u2014\u201d\n"),  # cp1252 bytes 0x93 0x97 0x94 in an 8-bit piece
    ([("项目\x07收案\x07\x07行政复议\x0747件\x07\x07", False)], "项目\t收案\n行政复议\t47件\n"),
    ([("见\x13 HYPERLINK \"http://x\" \x14附件一\x15。\r", False)], "见附件一。\n"),
    ([("第\x13 PAGE \x15页\r", False)], "第页\n"),
    ([("上段\x0b下段\x0c新页\r", False)], "上段\n下段\n新页\n"),
]


@pytest.mark.parametrize(("pieces", "expected"), PIECES,
                         ids=["8bit-and-utf16", "cp1252-exceptions", "table-marks", "field-result", "field-no-result",
                              "breaks"])
def test_piece_table_text_and_control_characters(tmp_path, pieces, expected):
    path = tmp_path / "报告.doc"
    path.write_bytes(ingest_cfb.word97(pieces))
    assert read_document(path).text == expected


def test_the_0table_stream_is_used_when_the_fib_says_so(tmp_path):
    path = tmp_path / "报告.doc"
    path.write_bytes(ingest_cfb.word97([("青禾县报告正文。\r", False)], table_name="0Table"))
    assert read_document(path).text == "青禾县报告正文。\n"


UNREADABLE = [
    ("word6", lambda: ingest_cfb.word97([("old text\r", True)], nfib=0x0065), OLD_FORMAT),
    ("no-table-stream", lambda: ingest_cfb.compound_file({"WordDocument": b"\xec\xa5\xc1\x00" + b"\0" * 600}), OLD_FORMAT),
    ("no-worddocument", lambda: ingest_cfb.compound_file({"Contents": b"x" * 100}), OLD_FORMAT),
    ("encrypted", lambda: ingest_cfb.word97([("secret\r", True)], encrypted=True), "设置了打开密码"),
    ("truncated-ole", lambda: ingest_cfb.word97([("青禾县\r", False)])[:1200], OLD_FORMAT),
    ("piece-outside-stream", lambda: _piece_beyond_stream(), OLD_FORMAT),
]


def _piece_beyond_stream() -> bytes:
    data = bytearray(ingest_cfb.word97([("青禾县\r", False)]))
    # Point the piece's fc far past the end of the WordDocument stream.
    clx_at = data.index(b"\x02" + (4 * 2 + 8).to_bytes(4, "little"))
    fc_at = clx_at + 5 + 8 + 2
    data[fc_at: fc_at + 4] = (0x00FFFFF0).to_bytes(4, "little")
    return bytes(data)


@pytest.mark.parametrize(("label", "build", "problem"), UNREADABLE, ids=[row[0] for row in UNREADABLE])
def test_files_this_reader_cannot_understand_get_the_save_as_docx_message(tmp_path, label, build, problem):
    path = tmp_path / "旧文件.doc"
    path.write_bytes(build())
    with pytest.raises(ReportReadError) as caught:
        read_document(path)
    assert caught.value.message.startswith(f"《旧文件.doc》{problem}")


def test_an_excel_97_file_named_doc_is_called_a_spreadsheet(tmp_path):
    path = tmp_path / "统计.doc"
    path.write_bytes(ingest_cfb.compound_file({"Workbook": b"\x09\x08" + b"\0" * 100}))
    with pytest.raises(ReportReadError, match="^《统计.doc》是 Excel/WPS 表格"):
        read_document(path)
