"""The 问题清单 sheet: what the report checks found, one row per finding, ready to print.

Written only when some report carries findings: an empty sheet would read as
“checked, nothing wrong” when the checks may simply not have run.  The kind of check is
named in Chinese (the rule codes are for the program).  The sentence a finding rests on
follows its message in the same cell: few findings have one, and a column of its own
spent a third of the page on blanks (the messages name their indicator already).
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from ..core.review import ReviewedReport
from ..core.types import Finding
from .cells import plain_value, styled_cell
from .page import list_sheet, set_row_height, stretched
from .styles import StyleBook
from .text_fit import fitted_height
from .years import region_label

SHEET_NAME = "问题清单"
COLUMNS = (("序号", 5), ("地区", 9), ("年度", 5.5), ("文件", 16), ("级别", 5.5), ("检查项目", 9), ("问题", 60))
WRAPPED = ("地区", "文件", "检查项目", "问题")
CENTRED = ("序号", "年度", "级别")
SEVERITY_ORDER = {"错误": 0, "警告": 1, "提示": 2}
# What each family of check rules looks at, by the first part of the rule id.
RULE_FAMILIES = {
    "parts": "必备内容",
    "timeliness": "公开时间",
    "title": "报告标题",
    "numbers": "数字核对",
    "coverage": "数据缺项",
    "batch": "批次比较",
}
OTHER_FAMILY = "其他检查"


def has_findings(reports: list[ReviewedReport]) -> bool:
    return any(report.findings for report in reports)


def rule_family(rule: str) -> str:
    """The family of the check a finding came from (parts.next_year → 必备内容): what the sheet
    shows for a finding without its rule's own Chinese name (one stored by an older version)."""
    return RULE_FAMILIES.get(rule.split(".", 1)[0], OTHER_FAMILY)


def problem_text(finding: Finding) -> str:
    """The message, and the sentence it rests on when there is one."""
    if finding.evidence and finding.evidence.text.strip():
        return f"{finding.message}\n依据原文：“{finding.evidence.text.strip()}”"
    return finding.message


def _texts(report: ReviewedReport, finding: Finding) -> dict[str, object]:
    return {
        "地区": region_label(report),
        "年度": report.metadata.year,
        "文件": Path(report.file).name,
        "级别": finding.severity,
        "检查项目": finding.rule_name or rule_family(finding.rule),
        "问题": problem_text(finding),
    }


def write_findings_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport]) -> None:
    rows = [_texts(report, finding) for report in reports
            # Errors first inside a report: a leader reads the top of the list.
            for finding in sorted(report.findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9))]
    columns = stretched(COLUMNS, "问题")
    widths = dict(columns)
    wrapped = [(name, widths[name]) for name in WRAPPED]

    sheet = list_sheet(workbook, SHEET_NAME, columns, styles, header=SHEET_NAME)
    centred = styles.list_centred()
    for number, row in enumerate(rows, 1):
        row["序号"] = number
        set_row_height(sheet, number + 1, fitted_height((row[name], width) for name, width in wrapped))
        sheet.append([styled_cell(sheet, row[name], centred) if name in CENTRED else plain_value(sheet, row[name])
                      for name, _ in columns])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
