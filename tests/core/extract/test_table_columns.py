"""Tables whose columns are headed by indicators and whose rows are bodies or years.

Of such a table only the reporting body's own rows count: the total row (合计, 总计, 全县) and the
row of the report's year.  Each of their figures is read with its column's heading.  Each table
row states the value asked for; the paired rows say what must stay empty (a department's row,
another year's row, a column of targets) — so a rule that reads nothing and a rule that reads every
row both go red.
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.extract.table_columns import column_figures
from lawgov_desktop.core.pipeline import process_text

TITLE = "青禾县人民政府关于2025年度法治政府建设情况的报告"
LEAD = "2025年，青禾县人民政府坚持依法行政。\n"

# Word or a web page: one row per line, cells parted by tabs.
BODIES_AS_ROWS = ("表1 2025年行政复议应诉情况统计表\n"
                  "单位\t复议收案（件）\t应诉案件（件）\t出庭应诉率（%）\n"
                  "县公安局\t12\t5\t100\n"
                  "县市场监管局\t8\t3\t100\n"
                  "合计\t20\t8\t100\n")
# The total row's label spans the 序号 and 单位 columns (one cell fewer than the heading).
MERGED_TOTAL = ("序号\t单位\t合法性审查（件）\t规范性文件备案（件）\n"
                "1\t县司法局\t40\t3\n"
                "2\t县教育局\t5\t1\n"
                "全县合计\t45\t4\n")
YEARS_AS_ROWS = ("年度\t行政复议（件）\t行政诉讼（件）\t败诉率（%）\n"
                 "2023年\t30\t12\t5.2\n"
                 "2024年\t28\t10\t4.1\n"
                 "2025年\t25\t9\t3.3\n")
# A PDF copied by a tool that parts every cell by one space, rows numbered.
SINGLE_SPACED = ("序号 单位 合法性审查（件） 普法活动（场）\n"
                 "1 县司法局 40 12\n"
                 "2 县教育局 5 30\n"
                 "合计 45 42\n")
# A PDF's copy with the columns lined up by runs of spaces.
LINED_UP = ("单位            持证执法人员（人）  行政处罚案件（件）\n"
            "县综合执法局        58                296\n"
            "县自然资源局        17                 41\n"
            "总计                75                337\n")
# Pasted from a web page one cell per line: the heading of the bodies' column, then the indicators'
# headings with their units in brackets.
STACKED = ("单位\n复议收案（件）\n应诉案件（件）\n出庭应诉率（%）\n"
           "县公安局\n12\n5\n100\n县市场监管局\n8\n3\n100\n合计\n20\n8\n100\n注：数据截至12月31日。\n")
STACKED_YEARS = "序号\n年度\n合法性审查（件）\n普法活动（场）\n1\n2024年\n40\n12\n2\n2025年\n45\n42\n"
# The units in the table's title, the headings without them; the total row spans 序号 and 执法部门.
TITLE_UNITS = ("表3 2025年县直部门行政执法情况统计表（单位：人、件、卷）\n"
               "序号\t执法部门\t持证执法人员\t行政处罚案件\t评查案卷\n"
               "1\t县市场监管局\t186\t642\t60\n"
               "\t合计\t661\t2201\t235\n")
STACKED_NUMBERED = ("序号\n单位\n持证执法人员（人）\n行政处罚案件（件）\n1\n县市场监管局\n186\n1245\n"
                    "2\n县城管局\n203\n3318\n合计\n389\n4563\n注：含简易程序案件。\n")
# The columns say what they count only with the table's title (收到申请 of what: 行政复议).
TOPIC_IN_TITLE = ("表1　2023—2025年县本级行政复议案件办理情况\n"
                  "年度\t收到申请（件）\t纠错率（%）\n2024年\t72\t9.1\n2025年\t131\t13.6\n")
# Years written bare (2025) under 年份 or 年度 are the rows' labels, not figures.
YEARS_BARE = "年份\t行政复议（件）\t行政诉讼（件）\n2024\t28\t10\n2025\t25\t9\n"
YEARS_BARE_NUMBERED = "序号\t年度\t合法性审查（件）\t普法活动（场）\n1\t2024\t40\t12\n2\t2025\t45\t42\n"
# A total row that keeps its sequence number, its remark (备注) left empty: one cell short, aligned left.
NUMBERED_TOTAL = ("序号\t乡镇\t调解纠纷（件）\t调解成功率（%）\t备注\n1\t城南镇\t212\t98.1\t含驻所调解室\n"
                  "2\t溪口乡\t318\t97.2\t\n3\t合计\t530\t97.6\t\n")
# A heading of two levels.  A spreadsheet's copy parted by tabs: an upper cell merged over the columns
# after it leaves them empty, the lower line leaves the rows' label column empty.
TWO_LEVELS_TABS = ("表2　2023—2025年政务服务及热线运行情况\n"
                   "年度\t政务服务事项\t\t12345热线\t\n"
                   "\t总数（项）\t网上可办率（%）\t受理工单（万件）\t满意率（%）\n"
                   "2024年\t1690\t96.2\t8.8\t94.1\n"
                   "2025年\t1712\t97.4\t9.6\t95.3\n")
# A PDF's copy parted by runs of spaces: the lower line's cells head the upper line's last columns.
TWO_LEVELS_SPACED = ("表1   2023—2025年县交通运输局行政执法主要数据\n"
                     "年度        行政处罚          持证执法        被申请行政\n"
                     "            案件（件）        人员（人）      复议（件）\n"
                     "2024年         874              126             3\n"
                     "2025年         912              131             2\n")
# Rows of a year's targets and of what it achieved: 2025年完成值 is the year's row, 2025年目标值 is not.
YEAR_TARGET_ROWS = ("年度\t行政复议（件）\t出庭应诉率（%）\n2025年目标值\t—\t95\n"
                    "2024年完成值\t88\t91.0\n2025年完成值\t96\t97.2\n")
# An upper heading merged over two columns, the lower line set under the upper one's columns.
TWO_LEVELS_MERGED = ("年度        行政复议                行政诉讼\n"
                     "            收案（件）  办结（件）  应诉（件）  败诉率（%）\n"
                     "2024年         52          49          31          6.5\n"
                     "2025年         61          58          27          3.7\n")
TARGETS = ("单位\t法治培训目标（场）\t普法活动（场）\n"
           "县司法局\t10\t12\n"
           "合计\t50\t42\n")


def value(body: str, indicator: str):
    return process_text(f"{TITLE}\n{LEAD}{body}", file="报告2025.txt").indicator(indicator).value


FILLED = [
    (BODIES_AS_ROWS, "reconsideration_cases", 20),
    (BODIES_AS_ROWS, "litigation_cases", 8),
    (BODIES_AS_ROWS, "head_appearance_rate", 100),
    (MERGED_TOTAL, "legality_reviews", 45),
    (MERGED_TOTAL, "normative_docs_reviewed", 4),
    (YEARS_AS_ROWS, "reconsideration_cases", 25),
    (YEARS_AS_ROWS, "litigation_cases", 9),
    (YEARS_AS_ROWS, "litigation_loss_rate", 3.3),
    (SINGLE_SPACED, "legality_reviews", 45),
    (SINGLE_SPACED, "publicity_events", 42),
    (LINED_UP, "admin_penalty_cases", 337),
    (TARGETS, "publicity_events", 42),
    (STACKED, "reconsideration_cases", 20),
    (STACKED, "head_appearance_rate", 100),
    (STACKED_YEARS, "legality_reviews", 45),
    (STACKED_YEARS, "publicity_events", 42),
    (TITLE_UNITS, "enforcement_staff_certified", 661),
    (TITLE_UNITS, "admin_penalty_cases", 2201),
    (TITLE_UNITS, "case_file_reviews", 235),
    (STACKED_NUMBERED, "enforcement_staff_certified", 389),
    (STACKED_NUMBERED, "admin_penalty_cases", 4563),
    (TOPIC_IN_TITLE, "reconsideration_cases", 131),
    (TOPIC_IN_TITLE, "reconsideration_correction_rate", 13.6),
    (YEARS_BARE, "reconsideration_cases", 25),
    (YEARS_BARE_NUMBERED, "legality_reviews", 45),
    (YEARS_BARE_NUMBERED, "publicity_events", 42),
    (NUMBERED_TOTAL, "mediation_disputes", 530),
    (NUMBERED_TOTAL, "mediation_success_rate", 97.6),
    (YEAR_TARGET_ROWS, "reconsideration_cases", 96),
    (YEAR_TARGET_ROWS, "head_appearance_rate", 97.2),
    (TWO_LEVELS_TABS, "gov_service_items", 1712),
    (TWO_LEVELS_TABS, "online_service_rate", 97.4),
    (TWO_LEVELS_TABS, "hotline_tickets", 96000),
    (TWO_LEVELS_TABS, "hotline_satisfaction_rate", 95.3),
    (TWO_LEVELS_SPACED, "admin_penalty_cases", 912),
    (TWO_LEVELS_MERGED, "reconsideration_cases", 61),
    (TWO_LEVELS_MERGED, "litigation_cases", 27),
    (TWO_LEVELS_MERGED, "litigation_loss_rate", 3.7),
    (TWO_LEVELS_SPACED, "enforcement_staff_certified", 131),
]


@pytest.mark.parametrize(("body", "indicator", "expected"), FILLED,
                         ids=[f"{i}-{row[1]}" for i, row in enumerate(FILLED)])
def test_the_own_row_of_a_table_fills_the_indicator_of_each_column(body, indicator, expected):
    assert value(body, indicator) == expected


# The same tables without their own row: the departments' and the other years' figures stay out.
EMPTY = [
    (BODIES_AS_ROWS.replace("合计\t20\t8\t100\n", ""), "reconsideration_cases"),
    (BODIES_AS_ROWS.replace("合计\t20\t8\t100\n", ""), "head_appearance_rate"),
    (YEARS_AS_ROWS.replace("2025年\t25\t9\t3.3\n", ""), "reconsideration_cases"),
    (YEARS_AS_ROWS.replace("2025年\t25\t9\t3.3\n", ""), "litigation_loss_rate"),
    (SINGLE_SPACED.replace("合计 45 42\n", ""), "legality_reviews"),
    # A row of one body is not the reporting body's, whatever it is called.
    (BODIES_AS_ROWS.replace("合计", "县教育局"), "litigation_cases"),
    (STACKED.replace("合计", "县教育局"), "reconsideration_cases"),
    (STACKED_YEARS.replace("2025年", "2023年"), "legality_reviews"),
    # Without its title's units a heading names no unit, and its figure none.
    (TITLE_UNITS.replace("（单位：人、件、卷）", ""), "admin_penalty_cases"),
    (TOPIC_IN_TITLE.replace("表1　2023—2025年县本级行政复议案件办理情况\n", ""), "reconsideration_cases"),
    (YEARS_BARE.replace("2025\t25\t9\n", ""), "reconsideration_cases"),
    (YEARS_BARE_NUMBERED.replace("\t2025\t", "\t2023\t"), "legality_reviews"),
    (NUMBERED_TOTAL.replace("3\t合计\t530\t97.6\t\n", ""), "mediation_disputes"),
    (YEAR_TARGET_ROWS.replace("2025年完成值\t96\t97.2\n", ""), "head_appearance_rate"),
    (TWO_LEVELS_TABS.replace("2025年", "2022年"), "gov_service_items"),
    (TWO_LEVELS_SPACED.replace("2025年", "2023年"), "admin_penalty_cases"),
    (TWO_LEVELS_MERGED.replace("2025年", "2023年"), "litigation_cases"),
    # The bureau answered as respondent: 被申请行政复议 is no case of its own reconsideration.
    (TWO_LEVELS_SPACED, "reconsideration_cases"),
]


@pytest.mark.parametrize(("body", "indicator"), EMPTY, ids=[f"{i}-{row[1]}" for i, row in enumerate(EMPTY)])
def test_the_rows_of_other_bodies_and_years_fill_nothing(body, indicator):
    assert value(body, indicator) is None


def test_a_column_of_targets_is_not_read():
    figures = column_figures(TARGETS, 2025)
    assert [(f.heading, f.figure) for f in figures] == [("普法活动(场)", "42")]


def test_a_table_whose_columns_are_years_is_left_to_its_rows():
    table = "指标\t2024年\t2025年\n合计\t541\t687\n"
    assert column_figures(table, 2025) == []


def test_the_evidence_is_the_total_row_and_the_number_is_the_figure_as_written():
    text = f"{TITLE}\n{LEAD}{BODIES_AS_ROWS}"
    result = process_text(text, file="报告2025.txt")
    cell = result.indicator("litigation_cases")
    assert cell.evidence.text == "合计\t20\t8\t100"
    assert text[cell.evidence.start:cell.evidence.end] == cell.evidence.text
    assert text[cell.number_start:cell.number_end] == "8"


def test_a_total_row_figure_already_filled_from_the_prose_keeps_the_prose():
    prose = "全年共收到行政复议申请20件。\n"
    result = process_text(f"{TITLE}\n{LEAD}{prose}{BODIES_AS_ROWS}", file="报告2025.txt")
    assert result.indicator("reconsideration_cases").evidence.text.startswith("全年共收到")


def test_a_prose_value_keeps_its_cell_and_the_tables_total_becomes_its_first_alternative():
    prose = "全年审结行政诉讼案件77件。\n"
    table = "表1 2025年行政应诉情况（单位：件）\n单位\t应诉案件\t负责人出庭\n县公安局\t12\t12\n合计\t94\t92\n"
    result = process_text(f"{TITLE}\n{LEAD}{prose}{table}", file="报告2025.txt")
    cell = result.indicator("litigation_cases")
    assert cell.value == 77
    assert (cell.alternatives[0].value, cell.alternatives[0].evidence.text) == (94, "合计\t94\t92")
    assert result.indicator("head_appearances").value == 92
