"""说明 (tool, time, the key to the marks, what each sheet holds) and 指标口径 (definitions, header on every page)."""
from datetime import datetime

import openpyxl

from lawgov_desktop import __version__
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.status_marks import legend_lines

from invented_reviewed import CATALOG, batch


def test_notes(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", unit_name="石门市司法局",
                             exported_at=datetime(2025, 4, 8, 15, 30))
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["说明"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert f"lawgov-desktop {__version__}（法治政府建设年度报告审阅工具）" in texts
    assert "2025-04-08 15:30" in texts
    assert "石门市司法局" in texts
    assert "3 份，其中审核已完成 1 份，未完成 2 份" in texts
    assert [text for _, text in legend_lines()] == [t for t in texts if t in {text for _, text in legend_lines()}]
    # every sheet named with what it holds, the ones of a year too
    listed = texts[texts.index("各工作表") + 1:]
    assert listed[0::2] == workbook.sheetnames
    assert all(purpose for purpose in listed[1::2])
    assert sheet.print_options.horizontalCentered


def test_definitions_with_their_header_on_every_page(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["指标口径"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("序号", "类别", "指标", "单位", "类型", "统计口径", "不含", "汇总页", "指标代码")
    assert len(rows) - 1 == len(CATALOG.indicators)
    assert rows[1] == (1, "组织领导与学法", "政府常务会议研究法治政府建设次数", "次", "计数",
                       "政府常务会议、专题会议研究部署法治政府建设的次数", "党委会议", None, "gov_meetings")
    assert [row[7] for row in rows[1:] if row[8] == "reconsideration_cases"] == ["是"]
    assert sheet.print_title_rows == "$1:$1"
    assert all(sheet.row_dimensions[r].height for r in range(1, len(rows) + 1))
