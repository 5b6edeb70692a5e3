"""Figures in the rows of a table whose unit stands in another cell, and columns of other years.

Word and web tables reach the extractor as lines of tab-separated cells.  A figure alone in its
cell takes the unit of its row's 单位 column or of its label's brackets; a figure under another
year's column is last year's.  Each table row states the value asked for; the paired rows say what
must not be taken (the 2024 column, a cell that is more than a figure).
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.catalog import default_catalog
from lawgov_desktop.core.extract.table_cells import RowUnit, read_unit, with_table_units, wrapped_labels
from lawgov_desktop.core.normalize import normalize
from lawgov_desktop.core.numbers import find_numbers
from lawgov_desktop.core.pipeline import process_file, process_text

TITLE = "青禾县人民政府关于2025年度法治政府建设情况的报告"
UNIT_COLUMN = "项目\t单位\t数量\n县政府常务会议会前学法\t次\t12\n行政复议收案\t件\t327\n12345热线受理诉求\t万件\t13.68\n"
YEAR_COLUMNS = "指标\t2025年\t2024年\n行政复议申请（件）\t687\t541\n行政诉讼胜诉率（％）\t93.2\t91.7\n"
LAST_YEAR_FIRST = "指标\t2024年\t2025年\n行政复议申请（件）\t541\t687\n"
LINED_UP = "项目\t\t2025年\t2024年\n法律援助案件（件）\t\t4108\t3862\n"
CELLS_WITH_UNITS = "行政复议案件\t327件\n行政诉讼胜诉率\t93.2%\n"
# A PDF's or a page's copy: cells parted by full-width spaces, the unit and year columns as in Word.
SPACED = ("序号　项目　单位　2025年　2024年　同比\n1　县政务服务中心进驻事项　项　1386　1342　+44\n"
          "2　全程网办率　%　92.6　87.1　+5.5个百分点\n3　窗口及网上办件量　万件　41.7　36.2　+15.2%\n"
          "4　12345热线受理工单　件　23608　19754　+19.5%\n")


PDF_HEADING_APART = ("表1 2025年重点指标完成情况（单位：%）\n序号 指标名称\n2024年 2025年\n完成值 目标值 完成值\n"
                     "1 行政复议案件办结率 96.4 95 98.2\n2 行政机关负责人出庭应诉率 91.7 95 100\n"
                     "3 行政诉讼败诉率 6.3 ≤5 3.8\n")  # a target as a bound (≤5) is a row's cell too
PDF_YEARS_APART = ("表1 政务服务主要指标\n序号 指标 单位\n年度\n2024年 2025年\n1 政务服务事项 项 1342 1387\n"
                   "2 政务服务事项网上可办率 % 96.1 98.7\n")


# A PDF's table wraps a long label: the piece on the next line is part of the row's label, and the
# table goes on after it.
WRAPPED_LABEL = ("序号     指标名称                         单位      2024年       2025年\n"
                 "1        审核县政府及县直部门行政           件         16           19\n"
                 "         规范性文件\n"
                 "2        县政府收到行政复议申请             件        47          52\n")
WRAPPED_UNIT = ("序号    指标                              目标值          完成值\n"
                "1       全县生态环境部门下达行政处罚       250            268\n"
                "        决定书（件）\n"
                "2       行政处罚案卷评查（卷）              80             96\n")
# The label's first line stands alone above the row, the row's piece indented under it.
WRAPPED_ABOVE = ("  指标                                  2024年实际值     2025年实际值\n"
                 "  县政府规章、部门规范性文件\n"
                 "     备案审查率（%）                 98.5        100\n"
                 "  人民调解成功率（%）               97.6           97.9\n")
# Targets written with their units or as bounds (≥30名, 2600人) under 目标值; a remark wrapped onto a
# line of its own does not end the table.
TARGETS_WITH_UNITS = ("序号  考核指标                        目标值     完成值      备注\n"
                      "1     县直部门法律顾问配备            ≥30名     41名        覆盖全部\n"
                      "                                                          县直部门\n"
                      "2     国家工作人员学法考试参考人数    2600人    2718人\n")
# A row's label that names its indicator only with the table's title (审结率 of 行政复议).
TOPIC_ROWS = ("表3　2025年青禾县行政复议主要数据\n序号\t指标\t单位\t2024年\t2025年\n1\t收到申请\t件\t88\t96\n"
              "2\t审结率\t%\t93.1\t95.4\n3\t纠错率\t%\t9.2\t10.5\n")
# A Word table's heading of two levels copied as two lines of tabs: a merged cell leaves its columns
# empty, so each column is told by its tabs (数量 over 本年 and 上年; 2025年 over 目标值 and 完成值).
TWO_LEVELS_CHANGE = ("序号\t指标\t单位\t数量\t\t增减\n\t\t\t本年\t上年\t\n"
                     "1\t行政复议纠错率\t%\t12.2\t8.8\t+3.4\n")
TWO_LEVELS_TARGET = ("序号\t指标\t2025年\t\t备注\n\t\t目标值\t完成值\t\n"
                     "1\t政务服务事项网上可办率（%）\t95\t97.3\t\n")
# A unit of two (期/人次) gives a cell's two figures (9/1130) their units in order.
PAIRED_UNIT_CELL = "指标名称\t单位\t年度目标\t完成数\n行政执法人员培训\t期/人次\t—\t9/1130\n"
# …in a label's brackets, under a heading whose last cell a PDF's text wraps (完成 ⏎ 情况): the table
# goes on under it, and its target column is no value.
PAIRED_LABEL = ("序号    指标                              目标值          完成值         完成\n"
                "                                                                         情况\n"
                "1       执法人员业务培训（期/人次）       4/300          6/420        超额完成\n")
# A line between rows after a label closed by its unit is no piece of it: it names the next rows' group.
GROUP_LINE = ("指标                            2024年      2025年\n"
              "行政应诉案件（件）                30          28\n"
              "行政复议\n"
              "收到申请（件）                    40          45\n")
# A row of a part (其中：…) is read after its total's label, the row above: not as a total of its own.
PART_ROWS = "指标\t单位\t2024年\t2025年\n行政复议申请\t件\t151\t186\n其中：受理\t件\t139\t172\n"
PART_OF_SERVICE = "指标\t单位\t本年\t上年\n全年受理办件\t件\t186402\t151233\n其中：网上申办\t件\t71568\t39410\n"
PART_OF_ITS_KIND = "指标\t单位\t2025年\n办理行政处罚案件\t件\t2967\n其中：不予处罚、减轻处罚案件\t件\t156\n"
# A figure that reads as a year (2087) among a row's figures makes no heading of the row.
YEAR_LIKE_FIGURE = ("序号\t指标\t单位\t2024年\t2025年\n5\t人民调解组织调处纠纷\t件\t2087\t2316\n"
                    "6\t人民调解成功率\t%\t98.2\t98.7\n")


def value(body: str, indicator: str):
    return process_text(f"{TITLE}\n一、主要数据\n{body}", file="报告2025.txt").indicator(indicator).value


ROWS = [
    (UNIT_COLUMN, "law_study_sessions", 12),
    (UNIT_COLUMN, "reconsideration_cases", 327),
    (UNIT_COLUMN, "hotline_tickets", 136800),
    (YEAR_COLUMNS, "reconsideration_cases", 687),
    (YEAR_COLUMNS, "litigation_win_rate", 93.2),
    (LAST_YEAR_FIRST, "reconsideration_cases", 687),
    (LINED_UP, "legal_aid_cases", 4108),
    (CELLS_WITH_UNITS, "reconsideration_cases", 327),
    (CELLS_WITH_UNITS, "litigation_win_rate", 93.2),
    (SPACED, "gov_service_items", 1386),
    (SPACED, "online_service_rate", 92.6),
    (SPACED, "service_cases_handled", 417000),
    (SPACED, "hotline_tickets", 23608),
    # A row's number before its label is no figure of the row.
    ("序号\t指标\t单位\t2025年\t2024年\n2\t常务会议会前学法\t次\t11\t10\n", "law_study_sessions", 11),
    ("序号\t指标\t单位\t2025年\t2024年\n4\t行政复议收案数\t件\t86\t72\n", "reconsideration_cases", 86),
    # Numbered rows under year columns: the unit in brackets ends the label, the second cell.
    ("　　序号  指标名称                 2024年    2025年    增减\n"
     "　　1     12345热线受理诉求（件）  8,913     10,276    +15.3%\n"
     "　　2     12345诉求满意率（%）     93.5      95.8      +2.3\n", "hotline_tickets", 10276),
    ("　　序号  指标名称                 2024年    2025年    增减\n"
     "　　1     12345热线受理诉求（件）  8,913     10,276    +15.3%\n"
     "　　2     12345诉求满意率（%）     93.5      95.8      +2.3\n", "hotline_satisfaction_rate", 95.8),
    # Cells parted by bars; a heading of two characters spaced out (项  目) is one cell.
    ("指标｜2025年｜较上年\n常务会议会前学法（次）｜11｜持平\n领导干部年终述法（人）｜48｜+9\n",
     "law_reporting_persons", 48),
    ("项  目                  2024年    2025年    增减\n行政复议收案（件）        46        63      +17\n",
     "reconsideration_cases", 63),
    # A column of targets (年度目标) holds no figure of the year.
    ("指标名称\t单位\t年度目标\t完成数\t完成率\n法律援助案件\t件\t600\t652\t108.7%\n", "legal_aid_cases", 652),
    ("指标名称\t单位\t年度目标\t完成数\n法律援助案件\t件\t600\t—\n", "legal_aid_cases", None),
    # A row's remark (备注) is a note of its own: its words (申领) are not the row's.
    ("序号\t指标\t数量\t备注\n1\t持证行政执法人员\t1046人\t其中新申领执法证173人\n",
     "enforcement_staff_certified", 1046),
    # A PDF's text parts cells by single spaces: a label and figures alone, a heading and its years.
    ("项目 2024年 2025年 增减\n行政复议受理（件） 31 38 +7\n复议纠错率（%） 12.9 15.8 +2.9\n",
     "reconsideration_cases", 38),
    ("项目 2024年 2025年 增减\n行政复议受理（件） 31 38 +7\n复议纠错率（%） 12.9 15.8 +2.9\n",
     "reconsideration_correction_rate", 15.8),
    ("指标 2025年 2024年\n负责人出庭应诉率（%） 100 86.2\n", "head_appearance_rate", 100),
    ("指标 2025年 2024年\n12345热线受理工单（万件） 9.6 8.4\n", "hotline_tickets", 96000),
    # Single spaces around a unit cell: the figures after it take its unit, one figure makes a row.
    ("序号 指标 单位 2024年 2025年 增减\n1 卫生监督行政处罚案件 件 96 118 +22\n", "admin_penalty_cases", 118),
    ("序号 项目 单位 数量\n1 区政府常务会议会前学法 次 12\n2 备案行政规范性文件 件 9\n", "law_study_sessions", 12),
    ("序号 项目 单位 数量\n1 区政府常务会议会前学法 次 12\n2 备案行政规范性文件 件 9\n",
     "normative_docs_reviewed", 9),
    # The table's title gives its one unit (单位：件) to the rows that name none.
    ("表1 主要数据（单位：件）\n指标\t2025年\t2024年\n行政复议收案\t96\t88\n", "reconsideration_cases", 96),
    ("表1 主要数据\n指标\t2025年\t2024年\n行政复议收案\t96\t88\n", "reconsideration_cases", None),
    # A line of tabs alone before a table has no cell to start it.
    ("\t\t\n（单位：件）\n行政复议收案\t96\n", "reconsideration_cases", 96),
    # A signed figure (+134.1%) is the row's change on last year, under whatever heading.
    ("指标\t2024年\t2025年\t增减\n负责人出庭应诉次数（次）\t41\t96\t+134.1%\n", "head_appearances", 96),
    ("指标\t2024年\t2025年\t增减\n负责人出庭应诉次数（次）\t41\t96\t+134.1%\n", "head_appearance_rate", None),
    # A row's number stays apart from a label that starts with a unit's character (7 | 人民调解…: no 7人).
    ("序号\t指标名称\t目标值\t完成值\n7\t人民调解成功率（%）\t≥96\t98.1\n", "mediation_success_rate", 98.1),
    # A PDF's text: a heading of target and value columns parted by single spaces; a heading of two or
    # three rows on lines of its own above the rows, read from the rows' end.
    ("指标 目标值 完成值\n政务服务事项网上可办率（%） 95 98.6\n", "online_service_rate", 98.6),
    (PDF_HEADING_APART, "reconsideration_completion_rate", 98.2),
    (PDF_HEADING_APART, "head_appearance_rate", 100),
    (PDF_HEADING_APART, "litigation_loss_rate", 3.8),
    (PDF_YEARS_APART, "gov_service_items", 1387),
    (PDF_YEARS_APART, "online_service_rate", 98.7),
    # The indent of a paragraph makes no row.
    ("　　县政务服务中心进驻事项1386项。\n", "gov_service_items", 1386),
    # The unit is the row's own: a row without one gives its figure none.
    ("项目\t数量\n行政复议收案\t327\n", "reconsideration_cases", None),
    # 本年 | 上年 name no year: the 上年 column is last year's all the same.
    ("序号\t指标\t单位\t本年\t上年\t增减\n3\t行政机关负责人出庭应诉率\t%\t—\t100\t—\n", "head_appearance_rate", None),
    ("序号\t指标\t单位\t本年\t上年\t增减\n3\t行政机关负责人出庭应诉率\t%\t96.5\t100\t-3.5\n",
     "head_appearance_rate", 96.5),
    # A year column's heading may give its figures' unit (2025年（件）) and say which of its figures are
    # targets (2025年目标值) and which done (2025年实际值).
    ("序号\t业务类别\t2025年（件）\t2024年（件）\t同比（%）\n1\t法律援助\t652\t610\t6.9\n", "legal_aid_cases", 652),
    ("序号\t业务类别\t2025年\t2024年\t同比（%）\n1\t法律援助\t652\t610\t6.9\n", "legal_aid_cases", None),
    ("指标\t2025年目标值\t2025年实际值\t2024年实际值\n政务服务事项网上可办率（%）\t95\t—\t96.2\n",
     "online_service_rate", None),
    ("指标\t2025年目标值\t2025年实际值\t2024年实际值\n政务服务事项网上可办率（%）\t95\t97.8\t96.2\n",
     "online_service_rate", 97.8),
    # A span of years (2021—2025年累计) is no year's figure; 其中：2025年 is the year's.
    ("指标\t2021—2025年累计\t其中：2025年\n普法宣传活动（场次）\t1860\t—\n", "publicity_events", None),
    ("指标\t2021—2025年累计\t其中：2025年\n普法宣传活动（场次）\t1860\t402\n", "publicity_events", 402),
    (WRAPPED_LABEL, "normative_docs_reviewed", 19),
    (WRAPPED_LABEL, "legality_reviews", None),  # the row's line alone names another indicator
    (WRAPPED_LABEL, "reconsideration_cases", 52),
    (WRAPPED_UNIT, "admin_penalty_cases", 268),
    (WRAPPED_UNIT, "case_file_reviews", 96),
    (WRAPPED_ABOVE, "filing_review_rate", 100),
    (WRAPPED_ABOVE, "mediation_success_rate", 97.9),
    (TARGETS_WITH_UNITS, "legal_advisers", 41),
    (TARGETS_WITH_UNITS.replace("41名", "—"), "legal_advisers", None),
    (TARGETS_WITH_UNITS, "law_exam_participants", 2718),
    (TARGETS_WITH_UNITS.replace("2718人", "—"), "law_exam_participants", None),
    (TOPIC_ROWS, "reconsideration_completion_rate", 95.4),
    (TOPIC_ROWS, "reconsideration_correction_rate", 10.5),
    (TOPIC_ROWS.replace("表3　2025年青禾县行政复议主要数据\n", ""), "reconsideration_completion_rate", None),
    (TWO_LEVELS_CHANGE.replace("\t12.2\t", "\t—\t"), "reconsideration_correction_rate", None),
    (TWO_LEVELS_CHANGE, "reconsideration_correction_rate", 12.2),
    (TWO_LEVELS_TARGET, "online_service_rate", 97.3),
    (TWO_LEVELS_TARGET.replace("\t97.3\t", "\t—\t"), "online_service_rate", None),
    (PAIRED_UNIT_CELL, "enforcement_training_sessions", 9),
    (PAIRED_UNIT_CELL, "enforcement_training_persons", 1130),
    (PAIRED_UNIT_CELL.replace("期/人次", "期"), "enforcement_training_persons", None),  # one unit: no pair
    (PAIRED_LABEL, "enforcement_training_sessions", 6),
    (PAIRED_LABEL, "enforcement_training_persons", 420),
    (PAIRED_LABEL.replace("6/420", "—"), "enforcement_training_persons", None),
    (GROUP_LINE, "litigation_cases", 28),
    (PART_ROWS, "service_cases_handled", None),  # 受理 under 行政复议申请 is no service case
    (PART_ROWS, "reconsideration_cases", 186),
    (PART_OF_SERVICE, "service_cases_handled", 186402),
    (PART_OF_ITS_KIND, "lenient_penalty_cases", 156),  # a part of a kind of its own is that kind's figure
    (PART_OF_ITS_KIND, "admin_penalty_cases", 2967),
    (YEAR_LIKE_FIGURE, "mediation_disputes", 2316),
    (YEAR_LIKE_FIGURE, "mediation_success_rate", 98.7),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), ROWS,
                         ids=[f"{n:02d}-{row[1]}" for n, row in enumerate(ROWS)])
def test_a_table_row_fills_its_indicator(body, indicator, expected):
    assert value(body, indicator) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("件", RowUnit("件", 1.0)),
    ("人次", RowUnit("人次", 1.0)),
    ("万件", RowUnit("件", 10_000.0)),
    ("%", RowUnit("%", 1.0)),
    ("万", None),  # a multiplier alone is no unit
    ("件数", None),
    ("", None),
])
def test_a_unit_cell_is_a_unit_and_nothing_else(cell, expected):
    assert read_unit(cell) == expected


def test_two_figures_in_neighbouring_cells_stay_two_numbers():
    norm = normalize("行政复议申请（件）\t687\t541\n")
    assert [m.value for m in find_numbers(norm.text)] == [687, 541]


def test_a_figure_under_another_years_column_is_dropped_and_the_report_years_kept():
    norm = normalize(YEAR_COLUMNS)
    mentions = with_table_units(norm, find_numbers(norm.text), 2025)
    figures = [(m.value, m.unit) for m in mentions if m.unit != "年"]  # the headings' years stay mentions
    assert figures == [(687, "件"), (93.2, "%")]
    # Without a report year nothing is dropped: which column is the year's is unknown.
    undated = with_table_units(norm, find_numbers(norm.text), None)
    assert [m.value for m in undated if m.unit != "年"] == [687, 541, 93.2, 91.7]


@pytest.mark.parametrize("text", [
    "全年收到行政复议申请58件。",
    "全年 收到 行政复议 申请 58 件，审结 52 件。",   # a PDF's prose with single spaces is no row
    "行政复议 2025年 收到申请 58件",                  # nor is a line with a year among words and figures
])
def test_text_without_table_rows_is_left_as_it_is(text):
    norm = normalize(text)
    mentions = find_numbers(norm.text)
    assert with_table_units(norm, mentions, 2025) == mentions


def test_a_single_spaced_row_gives_its_figures_the_rows_unit_and_drops_another_years():
    # (Two figures of three digits after the first, 541 687, stay one number grouped by thousands:
    # normalization reads them before any row is known.)
    norm = normalize("指标 2024年 2025年\n行政复议申请（件） 1541 1687\n")
    mentions = with_table_units(norm, find_numbers(norm.text), 2025)
    assert [(m.value, m.unit) for m in mentions if m.unit != "年"] == [(1687, "件")]


def test_the_evidence_of_a_table_figure_is_its_row_as_written():
    report = process_text(f"{TITLE}\n一、主要数据\n{YEAR_COLUMNS}", file="报告2025.txt")
    cell = report.indicator("reconsideration_cases")
    assert cell.evidence.text == "行政复议申请（件）\t687\t541"
    assert report.document.text[cell.evidence.start:cell.evidence.end] == cell.evidence.text


def test_a_word_document_table_after_the_plans_is_read(tmp_path):
    """A statistics table in the appendix of a .docx, after 下一步打算: 附件 ends the plans."""
    from docx import Document

    document = Document()
    for paragraph in (TITLE, "一、主要工作", "全年办理法律援助案件300件。", "二、下一步工作打算",
                      "力争全年办理行政复议案件不少于600件。", "附件：2025年度主要数据统计表"):
        document.add_paragraph(paragraph)
    rows = [("项目", "单位", "2025年", "2024年"), ("行政复议收案", "件", "512", "498"),
            ("行政机关负责人出庭应诉率", "%", "98.5", "96.0")]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "青禾县2025年法治政府建设报告.docx"
    document.save(path)
    report = process_file(path, default_catalog())
    assert report.indicator("reconsideration_cases").value == 512
    assert report.indicator("head_appearance_rate").value == 98.5


WRAPPED_NO_UNIT = ("序号     指标名称                  2024年       2025年\n"
                   "1        县政府常务会议会前            10           12\n"
                   "         学法\n"
                   "2        县政府常务会议研究法治        3            4\n")


def test_a_wrapped_rows_figure_is_left_to_the_text_where_no_unit_reads_it_with_the_whole_label():
    # With no unit (a row's, its label's or the title's) the whole label makes no statement: the
    # figure stays as the row's line reads it.  Another year's figure is dropped all the same.
    norm = normalize(WRAPPED_NO_UNIT)
    values = [m.value for m in with_table_units(norm, find_numbers(norm.text), 2025)]
    assert 12 in values and 10 not in values
    # With a unit cell the figure is left out of the text's and read with the whole label.
    with_unit = ("序号     指标名称                  单位    2024年       2025年\n"
                 "1        县政府常务会议会前        次      10           12\n"
                 "         学法\n"
                 "2        县政府常务会议研究法治    次      3            4\n")
    norm = normalize(with_unit)
    assert 12 not in [m.value for m in with_table_units(norm, find_numbers(norm.text), 2025)]
    assert value(with_unit, "law_study_sessions") == 12


def test_a_note_in_brackets_under_a_whole_label_leaves_the_row_as_its_line_reads():
    # （含调解结案） on the line after 办理行政复议案件 says what the count takes in, not what is counted:
    # the row's figure stays the text's, read as the line reads it.
    text = ("指标                          单位     2024年      2025年\n"
            "办理行政复议案件              件        45          52\n"
            "（含调解结案）\n"
            "行政复议纠错率                %         8.1         9.6\n")
    assert wrapped_labels(text) == {}
    norm = normalize(text)
    assert 52 in [m.value for m in with_table_units(norm, find_numbers(norm.text), 2025)]
    assert value(text, "reconsideration_cases") == 52
    # A piece that goes on the label's words is read with it (审核…行政 ⏎ 规范性文件).
    assert list(wrapped_labels(WRAPPED_LABEL).values()) == ["审核县政府及县直部门行政规范性文件"]
