"""read_document: choosing the reader by content, size caps, and the messages for
files that are not readable reports.  Every failure is a ReportReadError whose
Chinese message starts with the file's name in 《》."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, read_document

REPORT = "\n".join(make.report_paragraphs())


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("报告.docx", b"PK")
    return buffer.getvalue()


def _docx_bytes(tmp_path: Path) -> bytes:
    return make.make_docx(tmp_path / "made.docx", make.report_paragraphs()).read_bytes()


# (file name, content builder, words the message must contain) — each row is a
# kind of file reviewers actually receive instead of a report.
BAD_INPUT = [
    ("空.txt", lambda tmp: b"", ["是空文件"]),
    ("空.docx", lambda tmp: b"", ["是空文件"]),
    ("照片.jpg", lambda tmp: b"\xff\xd8\xff\xe0" + os.urandom(200), ["是图片", "识别成文字"]),
    ("截图.png", lambda tmp: b"\x89PNG\r\n\x1a\n" + os.urandom(200), ["是图片"]),
    ("扫描.tif", lambda tmp: b"II*\x00" + os.urandom(200), ["是图片"]),
    ("改名的图片.pdf", lambda tmp: b"\x89PNG\r\n\x1a\n" + os.urandom(200), ["是图片"]),
    ("材料.zip", lambda tmp: _zip_bytes(), ["是压缩包", "解压"]),
    ("材料.rar", lambda tmp: b"Rar!\x1a\x07\x00" + os.urandom(100), ["是压缩包"]),
    ("材料.7z", lambda tmp: b"7z\xbc\xaf\x27\x1c" + os.urandom(100), ["是压缩包"]),
    ("统计表.xlsx", lambda tmp: _xlsx_bytes(), ["表格"]),
    ("统计表.xls", lambda tmp: b"", ["是空文件"]),
    ("报告.rtf", lambda tmp: b"{\\rtf1\\ansi 2023}", ["RTF", "另存为 .docx"]),
    ("报告.txt", lambda tmp: bytes(range(256)) * 40, ["不是可识别的文本文件"]),
    ("报告.docx", lambda tmp: os.urandom(3000), ["已损坏"]),
    ("报告.pdf", lambda tmp: os.urandom(3000).replace(b"%PDF", b"xxxx"), ["已损坏"]),
    ("报告.docx", lambda tmp: _docx_bytes(tmp)[:1500], ["已损坏或不完整"]),
    ("报告.ofd", lambda tmp: b"PK\x03\x04" + os.urandom(500), ["已损坏或不完整", "OFD"]),
    ("报告.abc", lambda tmp: os.urandom(3000), ["格式无法识别"]),
    ("下载失败.pdf", lambda tmp: b"<html><body><h1>404 Not Found</h1></body></html>", ["内容却是网页", "重新下载"]),
]


@pytest.mark.parametrize(("name", "build", "words"), BAD_INPUT, ids=[row[0] for row in BAD_INPUT])
def test_bad_input_gets_a_chinese_message_naming_the_file(tmp_path, name, build, words):
    path = tmp_path / name
    path.write_bytes(build(tmp_path))
    with pytest.raises(ReportReadError) as caught:
        read_document(path)
    message = caught.value.message
    assert message.startswith(f"《{name}》")
    for word in words:
        assert word in message


def test_missing_file_is_reported_not_raised_as_oserror(tmp_path):
    with pytest.raises(ReportReadError, match="《不存在.txt》无法打开"):
        read_document(tmp_path / "不存在.txt")


def test_a_folder_is_reported(tmp_path):
    (tmp_path / "文件夹.txt").mkdir()
    with pytest.raises(ReportReadError, match="《文件夹.txt》"):
        read_document(tmp_path / "文件夹.txt")


def test_text_over_the_text_cap_is_refused_quickly(tmp_path):
    path = tmp_path / "巨大.txt"
    with path.open("wb") as handle:
        handle.write(("青禾县法治政府建设。" * 100 + "\n").encode() * 17_500)  # about 50 MB
    with pytest.raises(ReportReadError, match="超过 20 MB"):
        read_document(path)


def test_any_file_over_the_global_cap_is_refused_before_reading(tmp_path):
    path = tmp_path / "巨大.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 100 MB written
    with pytest.raises(ReportReadError, match="超过 100 MB"):
        read_document(path)


# A file whose suffix lies is read by its content, and the reviewer is told.
DISGUISED = [
    ("实为docx.doc", lambda tmp: _docx_bytes(tmp), "docx", "Word（.docx）"),
    ("实为docx.wps", lambda tmp: _docx_bytes(tmp), "docx", "Word（.docx）"),
    ("实为pdf.txt", lambda tmp: make.make_pdf(tmp / "p.pdf", make.make_pages(make.report_paragraphs())).read_bytes(),
     "pdf", "PDF"),
    ("实为网页.pdf", lambda tmp: make.gov_page(make.report_paragraphs()).encode(), "html", "网页"),
    ("实为网页.txt", lambda tmp: make.gov_page(make.report_paragraphs()).encode(), "html", "网页"),
    ("实为文本.doc", lambda tmp: REPORT.encode("gb18030"), "txt", "纯文本"),
    ("实为ofd.pdf", lambda tmp: make.ofd_bytes([["青禾县全年办理行政复议案件47件。"] * 8]), "ofd", "OFD"),
]


@pytest.mark.parametrize(("name", "build", "fmt", "kind_word"), DISGUISED, ids=[row[0] for row in DISGUISED])
def test_a_lying_suffix_is_read_by_content_with_a_warning(tmp_path, name, build, fmt, kind_word):
    path = tmp_path / name
    path.write_bytes(build(tmp_path))
    document = read_document(path)
    assert document.format == fmt
    assert "行政复议" in document.text
    assert any(warning.startswith(f"《{name}》的扩展名是 {Path(name).suffix}") and kind_word in warning
               for warning in document.warnings)


def test_html_saved_as_htm_or_mhtml_gets_no_warning(tmp_path):
    path = tmp_path / "报告.mht"
    path.write_text(make.gov_page(make.report_paragraphs()), encoding="utf-8")
    assert read_document(path).warnings == ()


def test_supported_suffixes_are_lowercase_and_cover_every_reader():
    assert all(suffix == suffix.lower() and suffix.startswith(".") for suffix in SUPPORTED_SUFFIXES)
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".docx", ".doc", ".wps", ".pdf", ".ofd", ".html", ".htm", ".mhtml", ".mht"}
