"""Saved government pages (.html/.htm/.mhtml/.mht): charset, the article body
without page furniture, and the 政府信息公开 header read into fields and put on top."""
from __future__ import annotations

import pytest

import ingest_factories as make
from lawgov_desktop.core.errors import ReportReadError
from lawgov_desktop.core.ingest import read_document

PARAGRAPHS = make.report_paragraphs()
EXPECTED_HEADER = {
    "索引号": "11330000MB0000000X/2024-00012",
    "主题分类": "司法",
    "发布机构": "青禾县人民政府办公室",
    "成文日期": "2024-03-20",
    "标题": make.TITLE,
    "来源": "青禾县司法局",
    "发布时间": "2024-03-25 10:20",
}
FURNITURE = ["首页", "当前位置", "分享到", "打印本页", "关闭窗口", "版权所有", "浏览次数", "字体", "脚本里的文字", "text-indent"]


def _saved(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


PAGES = [
    # (file name, bytes, format, encoding)
    ("报告.html", make.gov_page(PARAGRAPHS, "utf-8").encode("utf-8"), "html", "utf-8"),
    ("报告.htm", make.gov_page(PARAGRAPHS, "gb2312").encode("gbk"), "html", "gb18030"),
    ("报告.mht", make.mhtml_bytes(make.gov_page(PARAGRAPHS, "gb2312"), "gb2312", "quoted-printable"), "mhtml", "gb18030"),
    ("报告.mhtml", make.mhtml_bytes(make.gov_page(PARAGRAPHS, "utf-8"), "utf-8", "base64"), "mhtml", "utf-8"),
]


@pytest.mark.parametrize(("name", "data", "fmt", "encoding"), PAGES, ids=[row[0] for row in PAGES])
def test_saved_page_gives_header_fields_and_article(tmp_path, name, data, fmt, encoding):
    document = _saved(tmp_path, name, data)
    assert (document.format, document.encoding) == (fmt, encoding)
    assert document.header == EXPECTED_HEADER
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in document.text.splitlines()
    assert "项目\t收案\t办结" in document.text.splitlines()
    for junk in FURNITURE:
        assert junk not in document.text, junk


def test_header_lines_and_title_come_first(tmp_path):
    document = _saved(tmp_path, "报告.html", make.gov_page(PARAGRAPHS).encode())
    lines = document.text.splitlines()
    header_lines = [f"{key}：{value}" for key, value in EXPECTED_HEADER.items()]
    assert lines[: len(header_lines)] == header_lines
    assert lines[len(header_lines)] == make.TITLE
    assert lines.index(PARAGRAPHS[1]) > len(header_lines)


def test_gb2312_pages_are_decoded_as_gb18030(tmp_path):
    # Sites declare gb2312 but write GBK: 堃 is not in GB2312, and a strict gb2312 decode would fail.
    paragraphs = [*PARAGRAPHS[:2], "青禾县堃山镇推进基层法治建设，全镇建成法治示范村五个。"]
    document = _saved(tmp_path, "报告.html", make.gov_page(paragraphs, "gb2312").encode("gbk"))
    assert document.encoding == "gb18030"
    assert paragraphs[2] in document.text


def test_a_wrong_declared_charset_falls_back_to_what_decodes(tmp_path):
    page = make.gov_page(PARAGRAPHS, "gb2312").encode("utf-8")  # says GB2312, is UTF-8
    document = _saved(tmp_path, "报告.html", page)
    assert document.encoding == "utf-8"
    assert PARAGRAPHS[1] in document.text


def test_line_breaks_inside_chinese_source_text_are_not_spaces(tmp_path):
    page = "<html><body><div id='zoom'><p>青禾县全面推进\n    法治政府建设，取得明显成效，群众满意度持续提升。</p></div></body></html>"
    document = _saved(tmp_path, "报告.html", page.encode())
    assert "青禾县全面推进法治政府建设，取得明显成效" in document.text


def test_article_without_known_container_is_found_by_text_density(tmp_path):
    prose = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    links = "".join(f"<li><a href='/{i}'>相关新闻标题第{i}条</a></li>" for i in range(30))
    page = f"<html><body><ul class='list'>{links}</ul><div class='wrap'><div class='c1'>{prose}</div></div>" \
           f"<div class='bottom'>主办单位：青禾县人民政府办公室 联系电话：0000-1234567</div></body></html>"
    text = _saved(tmp_path, "报告.html", page.encode()).text
    assert PARAGRAPHS[1] in text
    assert "相关新闻标题" not in text
    assert "联系电话" not in text


def _nested(depth: int) -> bytes:
    text = "青禾县法治政府建设年度报告正文，内容完整。" * 5
    return ("<html><body>" + "<div>" * depth + text + "</div>" * depth + "</body></html>").encode()


def test_nesting_of_a_real_page_is_read_without_recursion(tmp_path):
    assert "青禾县法治政府建设" in _saved(tmp_path, "深层.html", _nested(200)).text


@pytest.mark.parametrize("depth", [255, 256, 300, 2_100, 50_000])
def test_text_below_any_nesting_depth_is_read(tmp_path, depth):
    # libxml2 stops descending at depth 256 (2,048 with huge_tree): the reader parses
    # such a page again as plain text rather than say 没有找到正文文字.
    assert "青禾县法治政府建设" in _saved(tmp_path, "深层.html", _nested(depth)).text


EMPTY_PAGES = [
    ("只有脚本.html", b"<html><head><script>var x = 1;</script></head><body></body></html>"),
    ("空白.htm", b"   \n\n  "),
    ("无正文.mht", b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\n"
                  b"Content-Type: image/png\n\nxx\n--b--\n"),
]


@pytest.mark.parametrize(("name", "data"), EMPTY_PAGES, ids=[row[0] for row in EMPTY_PAGES])
def test_pages_without_text_get_a_message(tmp_path, name, data):
    with pytest.raises(ReportReadError, match=f"^《{name}》"):
        _saved(tmp_path, name, data)


def test_a_page_saved_as_utf16_is_recognised_as_html(tmp_path):
    page = make.gov_page(PARAGRAPHS, "utf-16").encode("utf-16")
    document = _saved(tmp_path, "报告.htm", page)
    assert (document.format, document.encoding) == ("html", "utf-16")
    assert document.header["索引号"] == EXPECTED_HEADER["索引号"]


def test_binary_junk_named_html_is_refused(tmp_path):
    junk = bytes(range(256)) * 30
    with pytest.raises(ReportReadError, match="^《乱码.html》不是可识别的网页文件"):
        _saved(tmp_path, "乱码.html", junk)


def test_government_site_meta_tags_fill_missing_header_fields(tmp_path):
    page = f"""<html><head><meta name="ArticleTitle" content="{make.TITLE}">
    <meta name="PubDate" content="2024-03-25 10:20"><meta name="ContentSource" content="青禾县司法局">
    <meta name="SiteName" content="青禾县人民政府"></head>
    <body><div class="article">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])}</div></body></html>"""
    document = _saved(tmp_path, "报告.html", page.encode())
    assert document.header == {"标题": make.TITLE, "发布时间": "2024-03-25 10:20", "来源": "青禾县司法局"}
    assert document.text.splitlines()[:3] == [f"标题：{make.TITLE}", "发布时间：2024-03-25 10:20", "来源：青禾县司法局"]


def _page_with_table(table: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    return (f'<html><head><meta charset="utf-8"><title>{make.TITLE}</title></head><body>'
            f'<div id="zoom">{paragraphs}{table}</div></body></html>').encode("utf-8")


TWO_LEVEL_HEADING = (
    '<p>表1 2024年行政复议应诉情况（单位：件）</p><table>'
    '<tr><th rowspan="2">序号</th><th rowspan="2">单位</th><th colspan="2">行政复议</th><th rowspan="2">应诉案件</th></tr>'
    '<tr><th>收案</th><th>办结</th></tr>'
    '<tr><td>1</td><td>县公安局</td><td>12</td><td>11</td><td>5</td></tr>'
    '<tr><td colspan="2">合计</td><td>20</td><td>19</td><td>8</td></tr></table>')


def test_a_heading_of_two_rows_is_read_as_one_row_naming_each_column_by_both(tmp_path):
    lines = _saved(tmp_path, "表格.html", _page_with_table(TWO_LEVEL_HEADING)).text.splitlines()
    heading = lines.index("序号\t单位\t行政复议收案\t行政复议办结\t应诉案件")
    assert lines[heading + 1:heading + 3] == ["1\t县公安局\t12\t11\t5", "合计\t20\t19\t8"]


def test_a_title_row_across_the_table_stays_a_line_of_its_own(tmp_path):
    table = ('<table><tr><td colspan="3">2024年行政复议案件情况</td></tr>'
             '<tr><td>项目</td><td>收案</td><td>办结</td></tr><tr><td>行政复议</td><td>47</td><td>39</td></tr></table>')
    lines = _saved(tmp_path, "标题行.html", _page_with_table(table)).text.splitlines()
    title = lines.index("2024年行政复议案件情况")
    assert lines[title + 1:title + 3] == ["项目\t收案\t办结", "行政复议\t47\t39"]


def test_the_total_row_under_a_heading_of_two_rows_fills_its_column_indicator(tmp_path):
    from lawgov_desktop.core.catalog import default_catalog
    from lawgov_desktop.core.pipeline import process_file

    path = tmp_path / "表格.html"
    # The report's lead alone: the prose states no lawsuits of its own.
    lead = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:2])
    path.write_bytes(f'<html><head><meta charset="utf-8"><title>{make.TITLE}</title></head><body><div id="zoom">'
                     f'{lead}{TWO_LEVEL_HEADING.replace("2024年", "2023年")}</div></body></html>'.encode("utf-8"))
    assert process_file(path, default_catalog()).indicator("litigation_cases").value == 8


def test_a_target_column_under_the_years_heading_stays_a_target(tmp_path):
    from lawgov_desktop.core.catalog import default_catalog
    from lawgov_desktop.core.pipeline import process_file

    table = ('<p>主要指标完成情况</p><table><tr><th rowspan="2">指标</th><th rowspan="2">单位</th>'
             '<th colspan="2">2023年</th></tr><tr><th>目标值</th><th>完成值</th></tr>'
             '<tr><td>行政机关负责人出庭应诉率</td><td>%</td><td>90</td><td>96.5</td></tr></table>')
    lead = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:2])
    path = tmp_path / "指标.html"
    path.write_bytes(f'<html><head><meta charset="utf-8"><title>{make.TITLE}</title></head><body><div id="zoom">'
                     f'{lead}{table}</div></body></html>'.encode("utf-8"))
    assert process_file(path, default_catalog()).indicator("head_appearance_rate").value == 96.5
