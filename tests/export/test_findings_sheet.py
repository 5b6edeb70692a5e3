"""问题清单 exists only when a report carries findings; errors come first."""
from datetime import datetime

import openpyxl

from lawgov_desktop.export import export_workbook

from invented_reviewed import CATALOG, batch, report


def test_findings_listed_errors_first(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["问题清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("序号", "地区", "年度", "报告单位", "文件", "级别", "指标", "问题", "依据原文", "规则")
    assert [(r[0], r[1], r[5], r[7]) for r in rows[1:]] == [
        (1, "青禾县", "错误", "缺少“存在的不足”部分"),
        (2, "青禾县", "警告", "出庭应诉率为100%，请核对"),
    ]
    assert rows[2][6] == "行政机关负责人出庭应诉率"  # the indicator by name, not id
    assert rows[2][8] == "全部出庭"
    assert rows[2][9] == "rate_range"


def test_no_findings_no_sheet(tmp_path):
    target = export_workbook([report()], CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert "问题清单" not in openpyxl.load_workbook(target).sheetnames
