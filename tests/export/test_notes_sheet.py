"""说明: tool version, export time, colour legend and the catalog's definitions."""
from datetime import datetime

import openpyxl

from lawgov_desktop import __version__
from lawgov_desktop.export import export_workbook

from invented_reviewed import CATALOG, batch


def test_notes(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", unit_name="石门市司法局",
                             exported_at=datetime(2025, 4, 8, 15, 30))
    sheet = openpyxl.load_workbook(target)["说明"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert f"lawgov-desktop {__version__}（法治政府建设年度报告审阅工具）" in texts
    assert "2025-04-08 15:30" in texts
    assert "石门市司法局" in texts
    assert "3 份，其中审核已完成 1 份，未完成 2 份" in texts
    assert any(t.startswith("浅黄色底") for t in texts) and any(t.startswith("浅橙色底") for t in texts)
    assert {"汇总", "指标明细", "问题清单", "同比", "图表", "说明"} <= set(texts)

    rows = list(sheet.iter_rows(values_only=True))
    start = rows.index(("序号", "类别", "指标", "单位", "类型", "统计口径", "不含", "指标代码"))
    definitions = rows[start + 1:]
    assert len(definitions) == len(CATALOG.indicators)
    assert definitions[0] == (1, "组织领导与学法", "政府常务会议研究法治政府建设次数", "次", "计数",
                              "政府常务会议、专题会议研究部署法治政府建设的次数", "党委会议", "gov_meetings")
    assert [row[4] for row in definitions if row[7] == "head_appearance_rate"] == ["比率"]
