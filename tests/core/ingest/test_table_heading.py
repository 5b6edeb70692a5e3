"""A table's heading over two or three rows, read as one row: each column named by its headings from
the top down, or by the lowest alone where that is a heading of its own kind (a year, 目标值, 完成值)."""
from __future__ import annotations

import pytest

from lawgov_desktop.core.ingest.table_heading import heading_depth, joined_heading

JOINED = [
    # (levels, per grid column, top down; titles; names)
    ([["序号", "单位", "行政复议", "行政复议", "应诉案件"], ["序号", "单位", "收案", "办结", "应诉案件"]],
     [], ["序号", "单位", "行政复议收案", "行政复议办结", "应诉案件"]),
    ([["指标", "单位", "2024年", "2024年"], ["指标", "单位", "目标值", "完成值"]],
     [], ["指标", "单位", "目标值", "完成值"]),
    ([["指标", "单位", "近三年情况", "近三年情况", "近三年情况"], ["指标", "单位", "2022年", "2023年", "2024年"]],
     [], ["指标", "单位", "2022年", "2023年", "2024年"]),
    ([["表1 2024年行政复议案件情况"] * 3, ["项目", "收案", "办结"]], ["表1 2024年行政复议案件情况"], ["项目", "收案", "办结"]),
    ([["单位", "行政处罚案件（件）", "行政处罚案件（件）"], ["单位", "办理数", "其中免罚轻罚"]],
     [], ["单位", "行政处罚案件办理数（件）", "行政处罚案件其中免罚轻罚（件）"]),
]


@pytest.mark.parametrize(("levels", "titles", "names"), JOINED, ids=[row[2][2] for row in JOINED])
def test_each_column_is_named_by_its_headings(levels, titles, names):
    assert joined_heading(levels) == (titles, names)


@pytest.mark.parametrize(("rows", "depth"), [
    ([["单位", "行政复议", "行政复议"], ["单位", "收案", "办结"], ["县公安局", "12", "11"]], 2),
    ([["项目", "收案", "办结"], ["行政复议", "47", "39"]], 0),  # one heading row: read as it is
    ([["单位", "行政复议", "行政复议"], ["单位", "收案", "办结"]], 0),  # no row of figures under it
    ([["甲"], ["乙"], ["丙"], ["丁"], ["1"]], 0),  # four rows without figures are no heading
])
def test_the_heading_is_the_two_or_three_rows_above_the_first_figures(rows, depth):
    assert heading_depth(rows) == depth
