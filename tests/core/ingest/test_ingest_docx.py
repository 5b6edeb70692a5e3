"""Word (.docx): paragraphs and tables in document order, page headers, core
properties, and the zip checks that run before python-docx opens the file."""
from __future__ import annotations

import io
import zipfile

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document


def test_paragraphs_and_table_rows_come_out_in_document_order(tmp_path):
    path = make.make_docx(tmp_path / "报告.docx", make.report_paragraphs())
    document = read_document(path)
    lines = document.text.splitlines()
    assert document.format == "docx"
    assert lines[0] == make.TITLE
    table_at = lines.index("项目\t收案\t办结")
    assert lines[table_at + 1] == "行政复议\t47件\t39件"
    # The table sits between the second paragraph and the third in the file.
    assert lines[table_at - 1] == make.PARAGRAPHS[0]
    assert lines[table_at + 3] == make.PARAGRAPHS[1]


def test_merged_cells_are_written_once(tmp_path):
    import docx

    word = docx.Document()
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "2023年行政复议案件情况"
    for column, value in enumerate(("收案", "办结", "纠错")):
        table.cell(1, column).text = value
    word.save(tmp_path / "合并.docx")
    assert read_document(tmp_path / "合并.docx").text.splitlines() == ["2023年行政复议案件情况", "收案\t办结\t纠错"]


def _two_level_table(word):
    table = word.add_table(rows=4, cols=5)
    for column, text in enumerate(("序号", "单位", "行政复议", "", "应诉案件")):
        table.cell(0, column).text = text
    table.cell(1, 2).text, table.cell(1, 3).text = "收案", "办结"
    table.cell(0, 2).merge(table.cell(0, 3))
    for column in (0, 1, 4):
        table.cell(0, column).merge(table.cell(1, column))
    for column, text in enumerate(("1", "县公安局", "12", "11", "5")):
        table.cell(2, column).text = text
    for column, text in enumerate(("合计", "", "20", "19", "8")):
        table.cell(3, column).text = text
    table.cell(3, 0).merge(table.cell(3, 1)).text = "合计"
    return table


def test_a_heading_of_two_rows_is_read_as_one_row_naming_each_column_by_both(tmp_path):
    import docx

    word = docx.Document()
    word.add_paragraph("表1 2024年行政复议应诉情况（单位：件）")
    _two_level_table(word)
    word.save(tmp_path / "两层表头.docx")
    assert read_document(tmp_path / "两层表头.docx").text.splitlines()[1:] == [
        "序号\t单位\t行政复议收案\t行政复议办结\t应诉案件", "1\t县公安局\t12\t11\t5", "合计\t20\t19\t8"]


def test_a_title_row_across_the_table_stays_a_line_of_its_own(tmp_path):
    import docx

    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "2024年行政复议案件情况"
    for row, texts in ((1, ("项目", "收案", "办结")), (2, ("行政复议", "47", "39"))):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    word.save(tmp_path / "标题行.docx")
    assert read_document(tmp_path / "标题行.docx").text.splitlines() == [
        "2024年行政复议案件情况", "项目\t收案\t办结", "行政复议\t47\t39"]


def test_nested_table_text_stays_in_its_cell(tmp_path):
    import docx

    word = docx.Document()
    outer = word.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "行政诉讼"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "一审"
    inner.cell(0, 1).text = "36件"
    word.save(tmp_path / "嵌套.docx")
    line = read_document(tmp_path / "嵌套.docx").text.splitlines()[0]
    assert line.startswith("行政诉讼\t")
    assert "一审 36件" in line


def test_page_header_goes_on_top_and_core_properties_into_header(tmp_path):
    path = make.make_docx(tmp_path / "报告.docx", make.report_paragraphs(), header_text="青禾县人民政府文件")
    document = read_document(path)
    assert document.text.startswith("青禾县人民政府文件\n" + make.TITLE)
    assert document.header["标题"] == make.TITLE
    assert len(document.header["创建日期"]) == 10


@pytest.mark.parametrize("title", ["", "Microsoft Word - 新建文档.docx", "Report"], ids=["empty", "word-default", "latin"])
def test_core_title_that_names_no_report_is_left_out(tmp_path, title):
    path = make.make_docx(tmp_path / "报告.docx", make.report_paragraphs(), title=title)
    assert "标题" not in read_document(path).header


def test_zip_bomb_is_refused_before_python_docx_inflates_it(tmp_path):
    path = make.docx_bomb(tmp_path / "炸弹.docx", inflated_mb=20)
    with pytest.raises(ReportReadError, match="^《炸弹.docx》解压后体积异常"):
        read_document(path)


def _rezip(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info.filename, content)
    return buffer.getvalue()


BROKEN = [
    ("no-document-part", lambda name, data: None if name == "word/document.xml" else data, "缺少 word/document.xml"),
    ("malformed-xml", lambda name, data: data[: len(data) // 2] if name == "word/document.xml" else data, "已损坏"),
]


@pytest.mark.parametrize(("label", "change", "words"), BROKEN, ids=[row[0] for row in BROKEN])
def test_damaged_packages_get_a_message(tmp_path, label, change, words):
    good = make.make_docx(tmp_path / "good.docx", make.report_paragraphs()).read_bytes()
    path = tmp_path / "损坏.docx"
    path.write_bytes(_rezip(good, change))
    with pytest.raises(ReportReadError, match=f"^《损坏.docx》.*{words}"):
        read_document(path)


@pytest.mark.parametrize("position", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_bit_flipped_docx_reads_or_fails_with_report_read_error(tmp_path, position):
    data = bytearray(make.make_docx(tmp_path / "good.docx", make.report_paragraphs()).read_bytes())
    for offset in range(int(len(data) * position), int(len(data) * position) + 64, 8):
        data[offset] ^= 0xFF
    path = tmp_path / "翻转.docx"
    path.write_bytes(bytes(data))
    try:
        document = read_document(path)
    except ReportReadError as error:
        assert error.message.startswith("《翻转.docx》")
    else:
        assert document.format == "docx"


_TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
      <w:p><w:r><w:t>青禾县人民政府文件</w:t></w:r></w:p>
    </w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
    <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
      <w:p><w:r><w:t>青禾县人民政府文件</w:t></w:r></w:p>
    </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
  </mc:AlternateContent>
</w:r>"""


def test_text_box_content_is_read_once_before_its_paragraph(tmp_path):
    import docx
    from docx.oxml import parse_xml

    word = docx.Document()
    anchor = word.add_paragraph("青政发〔2024〕5号")
    anchor._p.insert(0, parse_xml(_TEXT_BOX_RUN))
    word.add_paragraph(make.TITLE)
    word.save(tmp_path / "红头.docx")
    lines = read_document(tmp_path / "红头.docx").text.splitlines()
    assert lines == ["青禾县人民政府文件", "青政发〔2024〕5号", make.TITLE]
