"""Which section a sentence sits in: figures under a plan or problems heading are targets, not results."""
import pytest

from lawgov_desktop.core.extract.sentences import split_sentences

FIGURE = "全年开展会前学法10次。"

# (the lines before the figure's line, whether the figure lies in a plan section)
SECTIONS = [
    # a plan section, numbered or on a line of its own
    ("三、下一步工作打算", True),
    ("下一步工作打算", True),
    ("四、存在的问题和不足", True),
    ("2025年工作计划", True),
    ("四、2025年工作安排\n(一)加强学法", True),
    # the heading the reporting rules prescribe: 下一年度（or the next year）…的主要安排
    ("三、下一年度推进法治政府建设的主要安排", True),
    ("四、2025年度推进法治建设的主要安排\n(一)加强学法", True),
    ("三、2025年推进法治政府建设的初步打算", True),
    # …but arranging work in the year is what was done
    ("（一）加强统筹安排部署", False),
    ("一、2024年度推进法治政府建设的主要举措和成效", False),
    # a new top heading of results ends it
    ("三、下一步工作打算\n四、其他工作开展情况", False),
    # a heading that says what the year did is no plan, whatever plan word it holds
    ("一、2024年重点工作开展情况", False),
    ("2024年工作总结和2025年工作计划", False),
    ("二、年度工作计划完成情况", False),
    # a section of the measures and results that goes on to the problems opens on the year's work
    ("一、主要举措、成效及存在的问题与原因分析\n（一）主要举措及成效", False),
    ("一、主要举措及存在的问题", False),
    ("四、存在的问题及下一步工作举措", True),
    # the title's second line, opening with 和/及, goes on with the title
    ("东山县2024年法治政府建设工作总结\n和2025年法治政府建设重点工作安排", False),
    ("东山县2024年法治政府建设情况\n及2025年工作思路", False),
    # no heading at all
    ("东山县2024年法治政府建设情况报告", False),
]


@pytest.mark.parametrize(("before", "in_plan"), SECTIONS, ids=[row[0].replace("\n", "/") for row in SECTIONS])
def test_the_section_of_a_figure(before, in_plan):
    text = f"{before}\n{FIGURE}\n"
    figure = text.index(FIGURE)
    sentence = next(s for s in split_sentences(text) if s.start == figure)
    assert sentence.in_plan_section is in_plan


# (a numbered line, whether it is a heading: its figures are no statement)
HEADINGS = [
    ("（一）坚持依法科学民主决策", True),
    ("二、严格规范公正文明执法", True),
    # a numbered row of a 主要数据 list is a label and its figure
    ("（三）行政复议新收案件：142件", False),
    ("四、行政应诉案件：87件", False),
    # …and a short numbered sentence that states a figure after a comma
    ("（五）行政应诉方面，全年以市政府为被告的一审行政诉讼案件63件，较上年下降9.7%。", False),
    ("（二）完善“1+3”工作机制，推进法治政府建设", True),
]


@pytest.mark.parametrize(("line", "is_heading"), HEADINGS, ids=[row[0] for row in HEADINGS])
def test_a_numbered_line_is_a_heading_unless_it_gives_a_figure(line, is_heading):
    assert split_sentences(f"{line}\n")[0].is_heading is is_heading


# (a line, the sentences it splits into)
ENDS = [
    ("组织法治培训4次。二是组织考试。", ["组织法治培训4次。", "二是组织考试。"]),
    # an item's number right after a figure whose punctuation was lost opens the next sentence…
    ("组织法治培训4次二是组织考试。", ["组织法治培训4次", "二是组织考试。"]),
    ("调解纠纷120余件三是加强普法。", ["调解纠纷120余件", "三是加强普法。"]),
    ("审查率100%二是加强备案。", ["审查率100%", "二是加强备案。"]),
    # …but not after words, nor inside a word that holds 二是
    ("组织法治培训二是组织考试。", ["组织法治培训二是组织考试。"]),
    ("全年召开2次专题会议，第二是听取汇报。", ["全年召开2次专题会议，第二是听取汇报。"]),
]


@pytest.mark.parametrize(("line", "expected"), ENDS, ids=[row[0] for row in ENDS])
def test_where_a_sentence_ends(line, expected):
    assert [line[s.start:s.end] for s in split_sentences(line)] == expected
