"""join_pages: undoing the printed layout of PDF/OFD pages, and only where safe."""
from __future__ import annotations

import pytest

from lawgov_desktop.core.ingest.layout import join_pages

FULL = "全年办理行政复议案件四十七件，受理四十二件，审结三十九件，纠错"  # a line as wide as the page
HALF = "二、存在的不足和原因"

PAGE_NUMBER_LINES = ["- 3 -", "— 3 —", "－3－", "第 3 页", "第3页 共12页", "3/12", "Page 3 of 12", "3"]


@pytest.mark.parametrize("number_line", PAGE_NUMBER_LINES)
def test_page_number_lines_at_the_bottom_are_removed(number_line):
    text, _ = join_pages([[HALF, "全县共有行政执法人员八百六十名。", number_line]])
    assert text == f"{HALF}\n全县共有行政执法人员八百六十名。\n"


def test_a_number_inside_the_page_is_kept():
    lines = ["一、主要数据", "收案", "47", "办结", "39", "其他说明在此。"]
    text, _ = join_pages([lines])
    assert "\n47\n" in text and "\n39\n" in text


JOINS = [
    # (lines, expected text, why)
    ([FULL, "率为百分之十五点四。"], FULL + "率为百分之十五点四。\n", "full line without end punctuation joins"),
    ([FULL + "。", "下一段开始。"], FULL + "。\n下一段开始。\n", "a sentence end stops the join"),
    ([HALF, "下一段开始。"], HALF + "\n下一段开始。\n", "a short line is a heading or a paragraph end"),
    ([FULL, "（二）严格规范公正文明执法。"], FULL + "\n（二）严格规范公正文明执法。\n", "a heading opens a new line"),
    ([FULL, "三、工作打算"], FULL + "\n三、工作打算\n", "a numbered heading opens a new line"),
]


@pytest.mark.parametrize(("lines", "expected", "why"), JOINS, ids=[row[2] for row in JOINS])
def test_lines_broken_by_the_page_width_are_joined(lines, expected, why):
    page = lines + [FULL + "。"]  # a reference full-width line
    text, _ = join_pages([page])
    assert text == expected + FULL + "。\n"


def test_latin_words_broken_across_lines_keep_a_space():
    line = "Qinghe County government published the annual rule of law report in"
    text, _ = join_pages([[line, "March 2024."]])
    assert text.startswith(line + " March 2024.")


def test_running_header_needs_three_pages():
    pages = [["青禾县人民政府", f"第{i}页的正文内容。"] for i in range(2)]
    text, _ = join_pages(pages)
    assert text.count("青禾县人民政府") == 2


def test_running_header_on_most_pages_is_kept_once():
    bodies = ["行政复议工作稳步推进。", "执法监督持续加强。", "普法宣传深入开展。", "政务公开全面落实。", "基层治理不断完善。"]
    pages = [["青禾县人民政府", body] for body in bodies]
    text, starts = join_pages(pages)
    assert text.count("青禾县人民政府") == 1
    assert [text[s: s + 2] for s in starts] == ["青禾", "执法", "普法", "政务", "基层"]


def test_a_page_that_continues_a_sentence_starts_mid_line():
    text, starts = join_pages([[FULL, FULL], ["率为百分之十五点四。"]])
    assert text == FULL + FULL + "率为百分之十五点四。\n"
    assert text[starts[1]:].startswith("率为")


def test_empty_pages_get_a_start_too():
    text, starts = join_pages([["第一页正文。"], [], ["第三页正文。"]])
    assert len(starts) == 3
    assert text[starts[2]:].startswith("第三页")
    assert starts[1] == starts[2]
