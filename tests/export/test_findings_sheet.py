"""问题清单 exists only when a report carries findings; errors first, check names in Chinese."""
from datetime import datetime

import openpyxl
import pytest

from lawgov_desktop.core.types import Evidence, Finding
from lawgov_desktop.export import export_workbook
from lawgov_desktop.export.findings_sheet import rule_family

from invented_reviewed import CATALOG, batch, report


def test_findings_listed_errors_first(tmp_path):
    target = export_workbook(batch(), CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    sheet = openpyxl.load_workbook(target)["问题清单"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("序号", "地区", "年度", "文件", "级别", "检查项目", "问题")
    assert rows[1:] == [
        (1, "青禾县", 2024, "青禾县2024年度法治政府建设情况报告.docx", "错误", "其他检查", "缺少“存在的不足”部分"),
        (2, "青禾县", 2024, "青禾县2024年度法治政府建设情况报告.docx", "警告", "其他检查",
         "出庭应诉率为100%，请核对\n依据原文：“全部出庭”"),  # the sentence in the same cell, no column of blanks
    ]
    assert sheet.oddHeader.center.text == "问题清单" and sheet.print_options.gridLines
    assert all(sheet.row_dimensions[r].height for r in (1, 2, 3))


@pytest.mark.parametrize("rule, family", [
    ("parts.next_year", "必备内容"),
    ("timeliness.missing_date", "公开时间"),
    ("title.year_mismatch", "报告标题"),
    ("numbers.rate_range", "数字核对"),
    ("coverage.enforcement", "数据缺项"),
    ("batch.outlier", "批次比较"),
    ("something.new", "其他检查"),
])
def test_checks_named_in_chinese(rule, family):
    assert rule_family(rule) == family


def test_no_internal_codes_on_paper(tmp_path):
    reviewed = report(findings=(Finding("parts.next_year", "错误", "未找到“下一年度工作打算”部分", None),
                                Finding("timeliness.missing_date", "提示", "未能识别报告的发布日期", Evidence(0, 2, "  "))))
    target = export_workbook([reviewed], CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    texts = [c for row in openpyxl.load_workbook(target)["问题清单"].iter_rows(values_only=True) for c in row]
    assert "parts.next_year" not in texts and "timeliness.missing_date" not in texts
    assert "必备内容" in texts and "未能识别报告的发布日期" in texts  # blank evidence adds nothing


def test_no_findings_no_sheet(tmp_path):
    target = export_workbook([report()], CATALOG, tmp_path / "a.xlsx", exported_at=datetime(2025, 4, 8))
    assert "问题清单" not in openpyxl.load_workbook(target).sheetnames
