"""PDF: the text layer with page starts, page furniture removed, lines joined;
scans and unmapped text layers get the two messages the reviewer acts on."""
from __future__ import annotations

from pathlib import Path

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document

RUNNING_HEADER = "青禾县2023年度法治政府建设情况报告"


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    pages = make.make_pages(make.report_paragraphs(3000), lines_per_page=25, header=RUNNING_HEADER)
    path = make.make_pdf(tmp_path_factory.mktemp("pdf") / "报告.pdf", pages)
    return path, pages


def test_text_layer_is_read_into_running_paragraphs(report_pdf):
    path, _ = report_pdf
    document = read_document(path)
    assert document.format == "pdf"
    lines = document.text.splitlines()
    # Every paragraph comes back whole: the page width broke it, the reader joined it.
    for paragraph in make.PARAGRAPHS:
        assert paragraph in lines


def test_page_numbers_and_running_headers_are_removed(report_pdf):
    path, pages = report_pdf
    text = read_document(path).text
    assert "- 2 -" not in text
    assert "- 1 -" not in text
    # The first page keeps the running header (it names the issuer); the others lose it.
    assert text.count(RUNNING_HEADER) == 1
    assert len(pages) >= 3


def test_page_starts_point_at_each_page_first_text(report_pdf):
    path, pages = report_pdf
    document = read_document(path)
    assert len(document.page_starts) == len(pages)
    assert document.page_starts[0] == 0
    for lines, start in zip(pages[1:], document.page_starts[1:]):
        first_body_line = make.line_text(lines[1])  # after the running header
        assert document.text[start: start + len(first_body_line)] == first_body_line


def test_scanned_pdf_without_text_gets_the_scan_message(tmp_path):
    path = make.make_scan_pdf(tmp_path / "扫描件.pdf")
    with pytest.raises(ReportReadError) as caught:
        read_document(path)
    assert caught.value.message == "《扫描件.pdf》没有可提取的文字，可能是扫描件，请提供文字版或 Word 版"


def test_text_layer_without_unicode_map_gets_the_garbled_message(tmp_path):
    path = tmp_path / "乱码.pdf"
    path.write_bytes(make.garbled_pdf_bytes())
    with pytest.raises(ReportReadError) as caught:
        read_document(path)
    assert caught.value.message == "《乱码.pdf》的文字层无法识别，请提供 Word 版或复制正文粘贴"


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8, 0.97])
def test_truncated_pdf_reads_or_fails_with_report_read_error(report_pdf, tmp_path, keep):
    data = report_pdf[0].read_bytes()
    path = tmp_path / "截断.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    try:
        document = read_document(path)
    except ReportReadError as error:
        assert error.message.startswith("《截断.pdf》")
    else:
        assert document.format == "pdf"


@pytest.mark.parametrize("position", [0.05, 0.3, 0.6, 0.9])
def test_bit_flipped_pdf_reads_or_fails_with_report_read_error(report_pdf, tmp_path, position):
    data = bytearray(report_pdf[0].read_bytes())
    for offset in range(int(len(data) * position), int(len(data) * position) + 200, 7):
        data[offset] ^= 0x5A
    path = tmp_path / "翻转.pdf"
    path.write_bytes(bytes(data))
    try:
        read_document(path)
    except ReportReadError as error:
        assert error.message.startswith("《翻转.pdf》")


def test_password_protected_pdf_asks_for_an_unlocked_file(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "加密.pdf"
    drawing = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    drawing.drawString(60, 800, "Qinghe County report 2023")
    drawing.save()
    with pytest.raises(ReportReadError, match="^《加密.pdf》设置了打开密码"):
        read_document(path)


FIXTURES = Path(__file__).parent / "fixtures"


def test_a_typeset_pdf_from_libreoffice_reads_back_paragraph_for_paragraph():
    # Justified 16 pt Noto Serif CJK, indented first lines, running header, “- n -”
    # footers: see fixtures/make_libreoffice_fixtures.py.
    document = read_document(FIXTURES / "qinghe-report-libreoffice.pdf")
    # Exactly the source: the header once (page 1 keeps it), no page numbers, every
    # paragraph joined across lines and pages, no spaces from justification.
    assert document.text.splitlines() == ["青禾县2023年度法治政府建设情况报告", *make.report_paragraphs(1500)]
    assert len(document.page_starts) == 4
    starts = document.page_starts
    assert list(starts) == sorted(set(starts)) and all(not document.text[start].isspace() for start in starts)


def test_letter_spacing_between_hanzi_is_not_turned_into_spaces(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "两端对齐.pdf"
    drawing = canvas.Canvas(str(path))
    drawing.setFont("STSong-Light", 12)
    drawing.drawString(60, 800, "行政机关负责人出庭应诉率达到100%。", charSpace=2.5)  # a stretched, justified line
    for x, cell in ((60, "项目"), (200, "收案"), (340, "办结")):  # a table row: wide column gaps
        drawing.drawString(x, 770, cell)
    drawing.drawString(60, 740, "Qinghe County rule of law report")
    drawing.save()
    lines = read_document(path).text.splitlines()
    assert lines[0] == "行政机关负责人出庭应诉率达到100%。"
    assert lines[1].split() == ["项目", "收案", "办结"]
    assert lines[2] == "Qinghe County rule of law report"


def test_info_dictionary_title_and_date_go_into_the_header(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "报告.pdf"
    drawing = canvas.Canvas(str(path), invariant=0)
    drawing.setTitle(make.TITLE)
    drawing.setFont("STSong-Light", 12)
    drawing.drawString(60, 800, "青禾县全年办理行政复议案件47件，审结39件。")
    drawing.save()
    header = read_document(path).header
    assert header["标题"] == make.TITLE
    assert len(header["创建日期"]) == 10 and header["创建日期"][4] == "-"
