"""Tables copied one cell per line: their heading says how many lines make a row.

A table pasted out of a web page or a PDF into plain text stands one cell per line.  Its heading
(项目, then 单位 and the year columns) gives the width; the rows follow as long as every line is a
short cell and each row has a figure.  Normalization reads a row's breaks as tabs, and the table
gives its figures the row's unit and drops the other year's column.
"""
from __future__ import annotations

import pytest

from lawgov_desktop.core.normalize import normalize
from lawgov_desktop.core.pipeline import process_text
from lawgov_desktop.core.stacked_tables import cell_breaks, stacked_tables

TITLE = "青禾县人民政府关于2024年度法治政府建设情况的报告"
TABLE = ("表1　2024年青禾县法治政府建设主要数据\n项目\n单位\n2024年\n2023年\n"
         "常务会议会前学法\n次\n13\n12\n行政复议案件受理\n件\n97\n72\n负责人出庭应诉率\n%\n100\n96.3\n"
         "注：复议数据来源于县司法局。\n一、主要举措和成效\n")


def test_a_stacked_table_is_read_as_its_rows():
    (table,) = stacked_tables(TABLE)
    rows = [[TABLE[start:end] for start, end in row] for row in table]
    assert rows == [["项目", "单位", "2024年", "2023年"], ["常务会议会前学法", "次", "13", "12"],
                    ["行政复议案件受理", "件", "97", "72"], ["负责人出庭应诉率", "%", "100", "96.3"]]


def test_the_breaks_inside_a_row_are_read_as_a_rows_cells():
    text = normalize(TABLE).text
    assert "常务会议会前学法次13\t12\n" in text
    assert "负责人出庭应诉率%\t100\t96.3\n" in text
    assert "注:复议数据" in text  # the note after the table is text again


@pytest.mark.parametrize(("indicator", "expected"), [
    ("law_study_sessions", 13),
    ("reconsideration_cases", 97),
    ("head_appearance_rate", 100),
    ("service_cases_handled", None),  # 受理 + the unit cell 件 is no service case
])
def test_a_stacked_tables_figures_fill_their_indicators(indicator, expected):
    report = process_text(f"{TITLE}\n{TABLE}", file="报告2024.txt")
    assert report.indicator(indicator).value == expected


@pytest.mark.parametrize("text", [
    "项目\n负责人\n县司法局\n",  # no unit or year heading after 项目
    "项目\n单位\n2024年\n常务会议会前学法\n次\n全年召开多次\n",  # the row has no figure
    "一、主要工作\n常务会议会前学法\n次\n13\n",  # no heading
])
def test_lines_that_are_no_stacked_table_stay_text(text):
    assert stacked_tables(text) == ()
    assert cell_breaks(text) == frozenset()


NUMBERED = ("表1　青禾县2024年度法治政府建设主要指标\n序号\n指标\n单位\n数值\n"
            "1\n县政府常务会议会前学法\n次\n12\n2\n持有效证件行政执法人员\n人\n712\n"
            "3\n行政处罚案件\n件\n1,358\n4\n其中：“首违不罚”“轻微免罚”案件\n件\n146\n"
            "注：行政处罚案件数较上年增长12.4%。\n二、主要工作举措和成效\n")


def test_a_numbered_table_with_a_value_column_is_read_as_its_rows():
    """序号 ⏎ 指标 ⏎ 单位 ⏎ 数值: a sequence number before each row's label, a figure with a
    thousands comma, and a part's label opening on 其中：."""
    (table,) = stacked_tables(NUMBERED)
    rows = [[NUMBERED[start:end] for start, end in row] for row in table]
    assert rows[0] == ["序号", "指标", "单位", "数值"]
    assert rows[3] == ["3", "行政处罚案件", "件", "1,358"]
    assert rows[4] == ["4", "其中：“首违不罚”“轻微免罚”案件", "件", "146"]
    assert len(rows) == 5


@pytest.mark.parametrize(("indicator", "expected"), [
    ("law_study_sessions", 12),
    ("enforcement_staff_certified", 712),
    ("admin_penalty_cases", 1358),
    ("lenient_penalty_cases", 146),
])
def test_a_numbered_tables_figures_fill_their_indicators(indicator, expected):
    report = process_text(f"{TITLE}\n{NUMBERED}", file="报告2024.txt")
    assert report.indicator(indicator).value == expected


@pytest.mark.parametrize("text", [
    "序号\n单位\n1\n次\n",  # 序号 and a unit, but no label column
    "序号\n指标\n单位\n数值\n县政府常务会议会前学法\n次\n12\n3\n",  # a row without its sequence number
    "序号\n指标\n数值\n1\n2\n3\n",  # a figure where the label should be
])
def test_numbered_lines_that_are_no_table_stay_text(text):
    assert stacked_tables(text) == ()


QUANTITIES = ("二、加强执法队伍建设\n分层分类开展执法培训，基本情况见下表：\n序号\n项目\n数量\n"
              "1\n举办执法业务培训班\n11期\n2\n参训民警、辅警\n540人次\n3\n截至年底持有执法资格证民警\n213人\n"
              "注：辅警不计入持证人数。\n")


@pytest.mark.parametrize(("indicator", "expected"), [
    ("enforcement_training_sessions", 11),
    ("enforcement_training_persons", 540),
    ("enforcement_staff_certified", 213),
])
def test_a_stacked_tables_values_may_carry_their_units(indicator, expected):
    """序号 ⏎ 项目 ⏎ 数量 with values written 11期, 540人次: the value column is read with its units."""
    assert len(stacked_tables(QUANTITIES)) == 1
    report = process_text(f"{TITLE}\n{QUANTITIES}", file="报告2024.txt")
    assert report.indicator(indicator).value == expected


REMARKS = ("一、主要数据\n全县法治政府建设主要工作数据如下：\n项目\n数量\n备注\n"
           "县委常委会会议研究法治建设\n4次\n含县委全面依法治县委员会会议1次\n县政府常务会议会前学法\n12次\n\n"
           "领导干部年终述法\n38人\n乡镇党委书记、县直部门主要负责人\n法律援助案件\n412件\n注1\n"
           "注1：含刑事法律援助案件156件、民事及行政法律援助案件256件。\n")


def test_a_remarks_column_may_hold_a_note_or_nothing():
    """项目 ⏎ 数量 ⏎ 备注: the remark is the row's last cell even when it is a blank line."""
    (table,) = stacked_tables(REMARKS)
    rows = [[REMARKS[start:end] for start, end in row] for row in table]
    assert rows[2] == ["县政府常务会议会前学法", "12次", ""]
    assert rows[3] == ["领导干部年终述法", "38人", "乡镇党委书记、县直部门主要负责人"]


@pytest.mark.parametrize(("indicator", "expected"), [
    ("party_law_meetings", 4),  # not the 1 of its remark
    ("law_study_sessions", 12),
    ("law_reporting_persons", 38),
    ("legal_aid_cases", 412),  # not a part from the note under the table
])
def test_a_remarks_tables_figures_fill_their_indicators(indicator, expected):
    report = process_text(f"{TITLE}\n{REMARKS}", file="报告2024.txt")
    assert report.indicator(indicator).value == expected


PAGED = ("一、主要数据\n序号\n指标\n单位\n2025年\n2024年\n1\n12345热线受理工单\n件\n18406\n15770\n\n- 1 -\n\n"
         "2\n行政复议案件\n件\n3\n5\n注：2024年行政复议案件中，2件维持原行政行为。\n")


def test_a_stacked_table_runs_on_across_a_page_number():
    (table,) = stacked_tables(PAGED)
    assert [PAGED[start:end] for start, end in table[-1]] == ["2", "行政复议案件", "件", "3", "5"]
    report = process_text(f"{TITLE.replace('2024', '2025')}\n{PAGED}", file="报告2025.txt")
    assert report.indicator("reconsideration_cases").value == 3


def test_a_stacked_remark_is_a_note_of_its_own():
    """其中新申领执法证173人 under 备注: its 申领 would exclude the row's figure if read as the row's words."""
    text = "指标\n数量\n说明\n持证行政执法人员\n1,046人\n其中2024年新申领执法证173人\n行政执法案卷评查\n215卷\n评出优秀案卷12卷\n"
    assert "1,046人。其中" in normalize(text).text
    report = process_text(f"{TITLE}\n{text}", file="报告2024.txt")
    assert report.indicator("enforcement_staff_certified").value == 1046


# A column of a span of years and one of the report's year under it (其中：2025年), one cell a line.
SPAN = ("表2　“八五”普法主要指标完成情况\n序号\n指标\n2021—2025年累计\n其中：2025年\n备注\n"
        "1\n普法宣传活动（场次）\n1860\n402\n含线上讲座\n2\n法治文化阵地（个）\n38\n6\n\n"
        "在各乡镇建成法治广场。\n")


@pytest.mark.parametrize(("body", "expected"), [
    (SPAN, 402),
    (SPAN.replace("\n402\n", "\n—\n"), None),  # the span's figure is no year's
])
def test_a_stacked_table_with_a_span_of_years_gives_the_years_column(body, expected):
    report = process_text(f"{TITLE}\n{body}".replace("2024年度", "2025年度"), file="报告2025.txt")
    assert report.indicator("publicity_events").value == expected
