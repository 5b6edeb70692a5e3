"""Normalized text for matching, and the offset map back to what the reviewer sees.

Patterns run on the normalized form; evidence must index the original exactly.
Properties check the map on random mixes of CJK, full-width forms, traditional
characters, spaces and line breaks; the last test checks every span the extractor
produces on the bundled sample report.
"""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lawgov_desktop import paths
from lawgov_desktop.core.extract.metadata import extract_metadata
from lawgov_desktop.core.normalize import normalize, traditional_to_simplified_table
from lawgov_desktop.core.pipeline import process_file, process_text
from lawgov_desktop.core.types import Document

# More than 40 characters: a line this long is running text, not a title.
_LONG_LINE = "2024年，本县各级行政机关认真贯彻落实上级关于法治政府建设的各项部署要求，坚持依法行政，"

NORMALIZED = [
    # full width → half width
    ("办理１２件", "办理12件"),
    ("满意率９５％", "满意率95%"),
    ("（一）", "(一)"),
    # traditional → simplified, for matching only
    ("東城區行政復議審結率", "东城区行政复议审结率"),
    # a mirror site's pinyin after a character (區(qū)) is dropped; brackets of anything else stay
    ("南星區(qū)政府學(xué)法12次", "南星区政府学法12次"),
    ("執（zhí）法人员", "执法人员"),
    ("措施(一)和(a)项、(de)", "措施(一)和(a)项、(de)"),
    ("３萬人次", "3万人次"),
    # spaces never separate Chinese words
    ("共 办 理\u300012 件", "共办理12件"),
    # a line break inside a long sentence (a PDF line end) is dropped …
    (_LONG_LINE + "全年共办理\n行政复议案件12件。", _LONG_LINE.replace("，", ",") + "全年共办理行政复议案件12件。"),
    # … but a short line (a title, a date line) stands on its own …
    ("某某县司法局\n2025年2月18日", "某某县司法局\n2025年2月18日"),
    # … kept after a sentence end and before a heading
    ("办理12件。\n二、主要措施", "办理12件。\n二、主要措施"),
    ("办理12件\n（三）强化监督", "办理12件\n(三)强化监督"),
    # … but a figure broken off its sentence is no numbered heading (1. / 12、 are)
    (_LONG_LINE + "网上可办率达到\n96.9%。", _LONG_LINE.replace("，", ",") + "网上可办率达到96.9%。"),
    ("办理12件\n12、强化监督", "办理12件\n12、强化监督"),
    # … and a long line of a data list keeps its break before the next label and figure
    ("12345热线受理工单：37215件（1—12月），按时办结率99.6%，群众满意率98.1%\n行政复议新收案件：96件",
     "12345热线受理工单:37215件(1—12月),按时办结率99.6%,群众满意率98.1%\n行政复议新收案件:96件"),
]


@pytest.mark.parametrize(("original", "expected"), NORMALIZED)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected


def test_a_span_maps_back_to_the_original_words():
    original = _LONG_LINE + "全年共办理\n行政复議案件１２件。"
    norm = normalize(original)
    start = norm.text.index("办理行政复议案件12件")
    end = start + len("办理行政复议案件12件")
    assert norm.original_span(start, end) == "办理\n行政复議案件１２件"


def test_a_figure_read_past_pinyin_glosses_points_at_the_text_as_written():
    text = "南星街道2023年法治政府建設情況報告\n2023年,街道開展會(huì)前學(xué)法12次。\n"
    report = process_text(text, file="南星街道2023.txt")
    value = report.indicator("law_study_sessions")
    assert value.value == 12
    assert text[value.evidence.start:value.evidence.end] == value.evidence.text
    assert "會(huì)前學(xué)法12次" in value.evidence.text


def test_empty_span_maps_to_a_position():
    norm = normalize("办理 12件")
    assert norm.to_original(2, 2) == (3, 3)


# Characters a report copied from a PDF or a web page mixes.
_ALPHABET = (
    "法治政府建设行政复议案件办理共计同比增长人次场"
    "東城區萬審結辦率較個關於報告"  # traditional
    "０１２３４５６７８９％，。：；（）［］"  # full width
    "0123456789%,.:;()abc"
    "㈠①㎡ｱ"  # NFKC expands or changes these
    "  \u3000\t\u00a0\n"  # spaces and breaks
)
report_like_text = st.lists(
    st.one_of(st.sampled_from(_ALPHABET), st.just("\r\n"), st.just("二、"), st.just("(三)")),
    max_size=80,
).map("".join)


def _expected_pieces(source: str) -> str:
    """What normalization may make of one original character."""
    table = traditional_to_simplified_table()
    return "".join(table.get(ord(p), p) for p in unicodedata.normalize("NFKC", source))


@settings(max_examples=200, deadline=None)
@given(original=report_like_text)
def test_every_normalized_character_maps_to_the_character_that_produced_it(original):
    norm = normalize(original)
    assert len(norm.index_map) == len(norm.text) + 1
    assert list(norm.index_map) == sorted(norm.index_map)
    for i, ch in enumerate(norm.text):
        a, b = norm.to_original(i, i + 1)
        source = original[a:b]
        assert source, f"character {i} ({ch!r}) maps to an empty span"
        if ch == "\n":
            assert source in ("\n", "\r")
        elif ch == "\t":
            assert source.isspace(), source  # a cell boundary: a tab, or the spaces that part two cells
        else:
            assert ch in _expected_pieces(source), (ch, source)


@settings(max_examples=200, deadline=None)
@given(original=report_like_text, data=st.data())
def test_every_normalized_span_maps_to_a_span_holding_its_sources(original, data):
    norm = normalize(original)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(norm.text)), label="end")
    a, b = norm.to_original(start, end)
    assert 0 <= a < b <= len(original)
    assert original[a:b]
    for i in range(start, end):
        assert a <= norm.index_map[i] < b
    # Nothing outside the span produced a character inside it, and the span is tight.
    assert a == norm.index_map[start]
    assert b == norm.index_map[end - 1] + 1


@settings(max_examples=200, deadline=None)
@given(original=report_like_text)
def test_to_normalized_inverts_the_map(original):
    norm = normalize(original)
    for i in range(len(norm.text)):
        assert norm.to_normalized(norm.index_map[i]) <= i


def test_extractor_spans_on_the_sample_index_the_text_as_read():
    report = process_file(paths.sample_report())
    assert not report.errors
    text = report.document.text
    spans = []
    for value in report.indicators:
        if value.evidence is None:
            continue
        spans.append(value.evidence)
        spans.extend(candidate.evidence for candidate in value.alternatives)
    assert len(spans) >= 30
    for evidence in spans:
        assert text[evidence.start:evidence.end] == evidence.text
        assert evidence.text.strip()
    for value in report.indicators:
        if value.evidence is not None and value.number_start >= 0:
            assert value.evidence.start <= value.number_start < value.number_end <= value.evidence.end


def test_a_report_stays_normalized_while_its_lines_and_lead_ins_are():
    """The metadata, the extractor and the checks each ask for the whole report; between them they
    normalize many short strings, which must not push the report out of the cache (it cost one more
    pass over every report)."""
    report = "示例县2023年法治政府建设年度报告\n" + "全年办理行政复议案件12件，出庭应诉率100%。\n" * 200
    first = normalize(report)
    for k in range(300):
        normalize(f"第{k}条：审查规范性文件{k}件")
    assert normalize(report) is first


# Paragraphs of an invented report, to be broken at a printed page's width as text copied out of
# a PDF is (a 公文 line holds 28 hanzi; digits are half as wide and never cut).
_PARAGRAPHS = [
    "青禾县人民政府关于2024年度法治政府建设情况的报告",
    "2024年，县政府坚持以习近平法治思想为指导，全面推进依法行政，现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）深入学习贯彻习近平法治思想。县政府常务会议会前学法14次，举办领导干部法治专题培训班3期，"
    "参训干部620人次，组织全县1846名国家工作人员参加年度学法考试，参考率100%。",
    "（二）深化“放管服”改革。推动政务服务事项“一网通办”“全城通办”“就近可办”清单全覆盖，"
    "全县进驻政务服务中心事项1327项，政务服务事项网上可办率达到96.9%，12345热线受理群众诉求8563件。",
    "（三）强化行政复议和应诉工作。全年收到行政复议申请47件，受理43件，审结41件，"
    "以县政府为被告的行政诉讼案件26件，行政机关负责人出庭应诉率100%。",
    "（四）严格规范公正文明执法。全县持有行政执法证件人员1264名，评查行政执法案卷310卷，"
    "开展执法人员培训12期，覆盖执法人员1130人次，办理行政处罚案件2315件。",
    "二、存在的不足和下一步打算",
    "对照上级要求，仍存在一些短板，下一步将持续用力，推动法治政府建设再上新台阶。",
]


def _width(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _broken_at(paragraph: str, width: float) -> list[str]:
    """The printed lines of a paragraph indented two spaces, broken at ``width`` em between words."""
    lines, line = [], "\u3000\u3000"
    for token in re.findall(r"[0-9.%]+|.", paragraph):
        if _width(line + token) > width and token[0] not in "，。、；：”）%":
            lines.append(line)
            line = ""
        line += token
    return lines + [line]


def _as_printed(width: float) -> str:
    lines = [_PARAGRAPHS[0]]
    for paragraph in _PARAGRAPHS[1:]:
        lines += [paragraph] if _width(paragraph) <= width else _broken_at(paragraph, width)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [28.0, 38.0])
def test_a_report_broken_at_the_page_width_reads_as_its_paragraphs(width):
    """Copied out of a PDF, every line of a paragraph ends at the page's width, and lines that short
    would otherwise stand on their own like titles: the sentences must read whole again."""
    printed = _as_printed(width)
    assert max(len(line) for line in printed.splitlines()) <= 45  # lines that short, and many of them
    assert normalize(printed).text == normalize("\n".join(_PARAGRAPHS) + "\n").text


def test_a_report_broken_at_the_page_width_gives_the_figures_of_its_paragraphs():
    whole = process_text("\n".join(_PARAGRAPHS) + "\n", file="报告2024.txt")
    printed = process_text(_as_printed(28.0), file="报告2024.txt")
    found = {v.id: v.value for v in whole.indicators if v.value is not None}
    assert found["online_service_rate"] == 96.9 and found["head_appearance_rate"] == 100
    assert {v.id: v.value for v in printed.indicators if v.value is not None} == found


def test_lines_of_a_list_of_short_items_keep_their_breaks():
    """A text whose lines are short but of every width (a title, a list of units, a date) is not
    broken at a width: each line stays a line of its own."""
    items = ["县司法局", "县发展和改革委员会", "县市场监督管理局", "县人力资源和社会保障局", "县交通运输局",
             "县自然资源局", "县生态环境局", "县住房和城乡建设局", "县卫生健康委员会", "县应急管理局"]
    text = "附件：参加评议的单位\n" + "\n".join(items) + "\n青禾县人民政府办公室\n2025年1月20日\n"
    assert len(normalize(text).text.splitlines()) == len(text.splitlines())


def test_lines_of_many_widths_keep_their_breaks():
    """Short paragraphs of every width (a web page's list of measures, no sentence ends) share no
    page width: even where two lines happen to be as wide, each line stays a line of its own."""
    filler = "推进依法行政完善制度体系强化监督落实责任提升能力优化服务规范执法化解矛盾"
    widths = [18, 18] + list(range(20, 42, 2))
    text = "".join(f"{k + 1}项{filler[:width - 2 - len(str(k + 1))]}\n" for k, width in enumerate(widths))
    assert len(normalize(text).text.splitlines()) == len(widths)


def test_a_report_broken_at_the_page_width_reads_the_same_with_windows_line_ends():
    """Text pasted from a PDF on Windows breaks its lines with \\r\\n: the \\n must be judged as its \\r."""
    printed = _as_printed(28.0)
    assert normalize(printed.replace("\n", "\r\n")).text == normalize(printed).text


# A report sent without a title line (it opens with its addressee): one of its printed lines,
# “全县法治政府建设暨…工作推进会议，听取…”, looks like a title when read as a line of its own.
_UNTITLED = [
    "青禾市人民政府：",
    "2024年，青禾县坚持以习近平法治思想为指导，全面推进依法行政，各项工作取得新成效，现将有关情况报告如下。",
    "一、主要举措和成效",
    "（一）加强统筹协调。年初，县政府主要负责同志专门召开全县法治政府建设暨基层依法行政工作推进会议，"
    "听取各乡镇汇报，部署全年重点任务。",
    *_PARAGRAPHS[3:],
    "青禾县人民政府",
    "2025年1月20日",
]


def test_metadata_of_a_report_broken_at_the_page_width_is_that_of_its_paragraphs():
    """Title, region and issuer are read from lines; a line the page's width cut out of a sentence
    is no title, and the title it would give must not name the report's place."""
    printed = [_UNTITLED[0]]
    for paragraph in _UNTITLED[1:]:
        printed += [paragraph] if _width(paragraph) <= 28.0 else _broken_at(paragraph, 28.0)
    assert "全县法治政府建设暨基层依法行政工作推进会议，听取各乡镇汇" in printed  # the title-like line
    whole = extract_metadata(Document(path="报告.txt", text="\n".join(_UNTITLED) + "\n", format="txt"))
    assert (whole.region, whole.issuer, whole.year, whole.title) == ("青禾县", "青禾县人民政府", 2024, None)
    assert extract_metadata(Document(path="报告.txt", text="\n".join(printed) + "\n", format="txt")) == whole


def test_the_lines_as_read_join_only_what_the_page_width_broke():
    """The original characters (not normalized) of a broken text, with only the width's breaks
    taken out; a text whose lines are its paragraphs is returned as it is."""
    printed = _as_printed(28.0)
    as_read = normalize(printed).lines_as_read()
    assert as_read.splitlines() == [line for paragraph in _PARAGRAPHS
                                    for line in ([paragraph] if _width(paragraph) <= 28.0
                                                 else ["\u3000\u3000" + paragraph])]
    whole = "\n".join(_PARAGRAPHS) + "\n"
    assert normalize(whole).lines_as_read() == whole


def test_a_line_wider_than_the_page_keeps_its_break():
    """A dateline kept whole above a report broken at 28 em is wider than the page: the page did
    not break it, so the issuer below it stays a line of its own."""
    dateline = "（2025年3月12日在青禾县第十八届人民代表大会常务委员会第二十三次会议上）"
    assert _width(dateline) > 28.0 + 3
    printed = "\n".join([dateline, "青禾县人民政府"] + _as_printed(28.0).splitlines()[1:]) + "\n"
    assert normalize(printed).text.splitlines()[:2] == [normalize(dateline).text, "青禾县人民政府"]


def test_a_blank_line_after_a_line_as_wide_as_the_page_ends_its_paragraph():
    """A page's link to its attachment may be exactly as wide as the page (附件：…报告.pdf): a blank line
    after it still ends the paragraph, and the body's name below is the title's first line, not the
    link's tail.  (A page number between two lines joins them: the tests below.)"""
    attachment = "附件：青禾县人民政府关于2024年法治政府建设情况的报告.pdf"
    assert _width(attachment) == 28.0
    printed = "\n".join([attachment, "", "青禾县人民政府", "关于2024年法治政府建设情况的报告", ""]
                        + _as_printed(28.0).splitlines()[1:]) + "\n"
    assert normalize(printed).lines_as_read().splitlines()[:4] == [attachment, "", "青禾县人民政府",
                                                                   "关于2024年法治政府建设情况的报告"]
    metadata = extract_metadata(Document(path="报告.txt", text=printed, format="txt"))
    assert (metadata.title, metadata.issuer) == ("青禾县人民政府关于2024年法治政府建设情况的报告", "青禾县人民政府")


def test_a_page_number_between_the_lines_of_a_printed_report_is_dropped():
    """A PDF copy keeps each page's number (— 2 —, 第2页 共5页) on a line of its own, often inside a
    sentence or a figure: it reads as if the page had not ended."""
    lines = _as_printed(28.0).splitlines()
    at = next(i for i, line in enumerate(lines) if "1264" in line or "126" in line[-4:])
    for number in ("— 2 —", "- 2 -", "第2页 共5页"):
        paged = "\n".join(lines[:at + 1] + ["", number, ""] + lines[at + 1:]) + "\n"
        assert normalize(paged).text == normalize("\n".join(_PARAGRAPHS) + "\n").text, number


def test_a_figure_broken_over_two_printed_lines_is_one_figure():
    """The last line of a page is often short, so a figure can break there: 持证…12⏎64名."""
    printed = _as_printed(28.0)
    at = printed.index("1264") + 2
    broken = printed[:at] + "\n" + printed[at:]
    assert "1264名" in normalize(broken).text
    report = process_text(broken, file="报告2024.txt")
    assert report.indicator("enforcement_staff_certified").value == 1264


def test_rows_of_a_table_ending_and_starting_with_figures_stay_rows():
    """Outside a printed page a line break between two figures ends a row: 1164⏎12345热线 are two."""
    table = "项目\t2023年\t2022年\n政务服务事项（项）\t1129\t1164\n12345热线受理量（万件）\t47.2\t39.8\n"
    text = normalize(table).text
    assert "1164\n12345" in text and "1129\t1164" in text


def test_rows_of_a_table_parted_by_single_spaces_keep_their_breaks():
    """A row ending in a figure and the next row's sequence number are two rows, in a text whose lines
    are broken at the page width as much as elsewhere: 98.2 ⏎ 2 is no 98.22."""
    text = ("示例县2024年法治政府建设工作报告\n2024年，示例县人民政府坚持依法行政。\n表1 2024年重点指标完成情况（单位：%）\n"
            "序号 指标名称\n2023年 2024年\n完成值 目标值 完成值\n"
            "1 行政复议案件办结率 96.4 95 98.2\n2 行政机关负责人出庭应诉率 91.7 95 100\n")
    assert "98.2\n2" in normalize(text).text


@pytest.mark.parametrize(("source", "expected"), [
    ("县政务服务中心进驻事项　项　1386　1342", "1386\t1342"),  # cells parted by full-width spaces
    ("执法人员  1386  1342", "1386\t1342"),  # by a run of spaces
    ("执法人员 1386 1342", "1386\t1342"),  # four digits after the space: no thousands group
    ("全程网办率 92.6 87.1", "92.6\t87.1"),  # a decimal before the space
    ("全年办件 12 345 件", "12345件"),  # a thousands group inside one number
    ("受理 1 234 567 件", "1234567件"),
    # A table row parted by single spaces (a label, its unit, figures): three digits after the space
    # start the next cell.
    ("1 卫生监督行政处罚案件 件 96 118 +22", "96\t118"),
    ("行政复议申请（件） 541 687", "541\t687"),
    ("办理行政处罚案件\t件\t612\t538\t-74", "538\t-74"),  # a signed change in the next cell, no range
    # A PDF copy's space inside one figure of running text: a few digits right after a Chinese character,
    # a few after the space going on to a measure word.
    ("全年组织会前学法1 4次，学习法律法规23部", "会前学法14次"),
    ("主动公开政府信息3 12条，其中政策解读24篇", "政府信息312条"),
    ("各类政务服务事项1. 26万件", "事项1.26万件"),
    ("受理1386　1342件", "1386\t1342件"),  # a wider space parts two cells, whatever follows
    ("覆盖科级干部6 8 0余人次", "干部680余人次"),  # every digit spaced off
])
def test_a_space_between_two_figures_parts_two_cells_unless_it_groups_thousands(source, expected):
    assert expected in normalize(source).text


def test_a_page_number_after_any_printed_line_is_dropped_with_its_blank_lines():
    """— 1 — between blank lines may follow any line broken by the page width, the first of a
    paragraph too (…全年共查处行政处罚 ⏎ ⏎ — 1 — ⏎ ⏎ 案件4862起): the sentence reads on."""
    lines = _as_printed(28.0).splitlines()
    whole = normalize("\n".join(_PARAGRAPHS) + "\n").text
    for at in range(1, len(lines) - 1):
        if lines[at + 1].startswith(("　", " ")) or lines[at][-1:] in "。；：":
            continue  # the last line of a paragraph: its break is a paragraph's
        paged = "\n".join(lines[:at + 1] + ["", "— 1 —", ""] + lines[at + 1:]) + "\n"
        assert normalize(paged).text == whole, lines[at]


def test_a_figure_broken_before_its_decimal_point_is_one_figure():
    """…各类政务服务事项1 ⏎ . 26万件 in a text broken at the page width: the line goes on with the figure's
    decimals, as it does with its digits (91 ⏎ 5人)."""
    lines = _as_printed(28.0).splitlines()
    at = next(i for i, line in enumerate(lines) if i > 2 and not lines[i + 1].startswith(("　", " ")))
    paged = "\n".join(lines[:at + 1] + ["全年办理政务服务事项1", ". 26万件，较上年增长8%。"] + lines[at + 1:]) + "\n"
    assert "事项1.26万件" in normalize(paged).text


@pytest.mark.parametrize(("card", "statements"), [
    # A reprint's data card: each figure alone on the line under its label.
    ("🔹县政府受理行政复议案件\n37件（同比下降11.9%）\n🔹行政机关负责人出庭应诉率\n100%\n",
     ["🔹县政府受理行政复议案件37件(同比下降11.9%)", "🔹行政机关负责人出庭应诉率100%"]),
    ("▼ 划重点\n政务服务事项\n1526项\n主动公开政府信息\n4312条\n",
     ["▼划重点", "政务服务事项1526项", "主动公开政府信息4312条"]),
    # A line that ends a sentence, or a figure line that goes on as a sentence, keeps its break.
    ("全年办理行政复议案件。\n37件已审结\n", ["全年办理行政复议案件。", "37件已审结"]),
    ("二、主要成效\n2024年，全县共办理行政复议案件37件。\n", ["二、主要成效", "2024年,全县共办理行政复议案件37件。"]),
])
def test_a_figure_alone_under_its_label_reads_with_it(card, statements):
    assert normalize(card).text.splitlines() == statements


def test_a_report_set_with_a_space_after_every_character_reads_as_its_paragraphs():
    """Some PDF converters set a space after every character (（ 一 ） 加 强 … 共 1 0 8 7 名): those spaces
    part no figures, and the lines, measured without them, are the page's width again."""
    printed = _as_printed(28.0).splitlines()
    spaced = "\n".join(printed[:1] + [" ".join(line) for line in printed[1:]]) + "\n"
    assert normalize(spaced).text == normalize(_as_printed(28.0)).text


def test_the_lines_as_read_of_a_letter_spaced_head_have_no_spaces():
    """The title and the body's name above it read as written, without the converter's spaces."""
    head = "枫 渡 市 人 民 政 府\n枫 渡 市 ２ ０ ２ ２ 年 度 法 治 政 府 建 设 情 况 报 告\n"
    assert normalize(head + _as_printed(28.0)).lines_as_read().splitlines()[:2] == [
        "枫渡市人民政府", "枫渡市２０２２年度法治政府建设情况报告"]


def test_a_figure_opening_a_wrapped_line_is_no_table_rows_number():
    """…全年评查各类行政执法案卷 ⏎ 640 卷，… in a text broken at the page width: the line goes on with the
    figure and its measure, no 序号 cell of a table row (7\t人民调解成功率)."""
    lines = _as_printed(28.0).splitlines()
    at = next(i for i, line in enumerate(lines) if i > 2 and not lines[i + 1].startswith(("　", " ")))
    paged = "\n".join(lines[:at + 1] + ["组织开展行政执法质量提升年活动，全年评查各类行政执法案卷",
                                         "640 卷，对发现的问题下发整改通知书18份，约谈执法部门负责人5人次。"]
                      + lines[at + 1:]) + "\n"
    assert "案卷640卷" in normalize(paged).text


def test_rows_of_a_table_parted_by_full_width_spaces_keep_their_breaks_in_a_printed_report():
    """A PDF copy's appendix table whose cells full-width spaces part (1 进驻政务服务事项　　项　　94　　88): a row
    ends with a figure and the next opens with its 序号, yet they are two rows, not one figure (882), and
    the header row stays apart from the first."""
    table = ["附表：青禾县2024年政务服务主要数据", "序号 指标名称　　　　　　单位 2024年 2023年",
             "1 进驻政务服务事项　　　项　　94　　88", "2 便民服务中心办件量　　件 12600 10850",
             "3 依申请公开受理　　　　件　　3　　1"]
    lines = _as_printed(28.0).splitlines()
    text = normalize("\n".join(lines + table) + "\n").text
    assert text.splitlines()[-4:] == ["序号指标名称单位2024年2023年", "1\t进驻政务服务事项项94\t88",
                                      "2\t便民服务中心办件量件12600\t10850", "3\t依申请公开受理件3\t1"]


def test_a_running_header_under_a_page_number_inside_a_sentence_is_dropped():
    """A PDF copy repeats the document's header at the top of each page.  Where the page ended in
    the middle of a sentence, the short line under the page number (no punctuation, no heading)
    is that header: the sentence reads on past it."""
    lines = _as_printed(28.0).splitlines()
    whole = normalize("\n".join(_PARAGRAPHS) + "\n").text
    tested = 0
    for at in range(1, len(lines) - 1):
        if lines[at + 1].startswith(("　", " ")) or lines[at][-1:] in "。；：":
            continue
        paged = "\n".join(lines[:at + 1] + ["", "第1页 共6页", "", "青禾县人民政府", ""] + lines[at + 1:]) + "\n"
        assert normalize(paged).text == whole, lines[at]
        tested += 1
    assert tested > 5


def test_a_short_line_under_a_page_number_after_a_sentences_end_stays():
    """Where the page ended with a sentence, the line after its number may be a title of its own."""
    lines = _as_printed(28.0).splitlines()
    at = next(i for i, line in enumerate(lines) if line.endswith("。") and i > 2)
    paged = "\n".join(lines[:at + 1] + ["", "— 1 —", "", "专栏：青禾县推进依法行政", ""] + lines[at + 1:]) + "\n"
    assert "专栏:青禾县推进依法行政\n" in normalize(paged).text


def test_a_copy_that_sets_digits_as_wide_as_characters_is_read_by_its_count_of_characters():
    """Some copies give every digit a full character's cell: a line with figures then holds as many
    characters as the others but is narrower when printed; it still runs on into the next line."""
    body = ("承办12345热线转办城市管理类工单8716件，按期办结率99.6%；对占道经营、噪音扰民、违规停车等"
            "高频诉求建立日梳理、周调度、月通报工作机制，推动接诉即办向未诉先办转变，全年共处理群众来信来访"
            "一千二百余件，回访满意率97.3%，群众获得感明显增强，城市管理工作得到社会各界的普遍认可和好评。")
    lines = [body[k:k + 24] for k in range(0, len(body), 24)]
    text = "青禾县城市管理局2024年法治政府建设情况报告\n" + "\n".join(lines * 3) + "\n"
    assert all(len(line) == 24 for line in lines[:-1]) and any(c.isdigit() for c in lines[1])
    assert "按期办结率99.6%" in normalize(text).text and "97.3%," in normalize(text).text
    report = process_text(text, file="报告2024.txt")
    assert report.indicator("hotline_completion_rate").value == 99.6


def test_a_blank_line_ends_a_paragraph_that_ends_without_punctuation():
    """A page's chrome line (日期 来源 编辑 浏览量…) ends with no punctuation; the blank line under it
    still parts it from the report's first paragraph."""
    text = ("青禾县2024年度法治政府建设工作报告\n"
            "2025-03-15 10:42:31　来源：青禾县人民政府　编辑：张文　浏览量：2,041　分享到：微信 微博 QQ空间\n"
            "\n　　2024年，在市委、市政府的坚强领导下，县政府坚持依法行政，各项工作取得积极成效。\n")
    assert "QQ空间\n2024年," in normalize(text).text
    assert process_text(text, file="报告.txt").metadata.publish_date == "2025-03-15"


@pytest.mark.parametrize(("text", "kept"), [
    # A page's header row: cells parted by tabs are never a sentence that runs on.
    ("索引号：\t11340000MB1928465K/2023-00417\t主题分类：\t司法、公安\\法治政府\n名称：\t示例省2022年度报告\n",
     "法治政府\n名称"),
    # A dateline under a page's title runs into no paragraph.
    ("示例市2025年度法治政府建设情况报告\n2026-03-18 07:55:12　来源：示例市融媒体中心　记者：梁书瑶　编辑：钟楠　责任编辑：方立诚\n"
     "　　3月17日，市人民政府公布年度报告。\n", "方立诚\n3月17日"),
    # A page's breadcrumb, its last crumb the body's name, runs into no opening sentence.
    ("您当前的位置:首页>专题专栏>法治政府建设>法治政府建设年度报告>区级有关单位>区林业局\n"
     "2024年,区林业局深入学习贯彻习近平法治思想,深入推进法治政府建设。\n", "区林业局\n2024年"),
    ("首页 > 政务公开 > 法治政府建设年度报告 > 示例县应急管理局\n2024年，示例县应急管理局坚持以习近平法治思想为指导。\n",
     "应急管理局\n2024年"),
])
def test_a_table_row_or_a_dateline_keeps_its_break(text, kept):
    assert kept in normalize(text).text


def test_a_page_number_centred_by_spaces_is_a_page_number():
    lines = _as_printed(28.0).splitlines()
    whole = normalize("\n".join(_PARAGRAPHS) + "\n").text
    at = next(i for i, line in enumerate(lines) if i > 2 and line[-1:] not in "。；：" and not lines[i + 1].startswith("　"))
    paged = "\n".join(lines[:at + 1] + ["", " " * 23 + "— 1 —", "青禾县人民政府"] + lines[at + 1:]) + "\n"
    assert normalize(paged).text == whole


def test_a_page_tables_rows_kept_with_bars_stay_apart():
    """“| 发布机构: | 区退役军人事务局 |”: a bar ends a row of a page's table copied as text; the next
    row (or the title under the table) is a line of its own, however long the row."""
    text = ("索引号: | 11330524MB156326XN/2025-00002 | 成文日期: | 2025-02-08 |\n"
            "文件编号: | 无 | 发布机构: | 区退役军人事务局 |\n统一编号: | 有效性: | 有效 |\n")
    assert normalize(text).text.split("\n")[:3] == [
        "索引号:|11330524MB156326XN/2025-00002|成文日期:|2025-02-08|",
        "文件编号:|无|发布机构:|区退役军人事务局|", "统一编号:|有效性:|有效|"]
