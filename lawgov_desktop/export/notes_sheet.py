"""The 说明 sheet (where the figures come from, what the marks mean, what each sheet holds)
and the 指标口径 sheet (what each indicator counts, its header repeated on every page)."""
from __future__ import annotations

from datetime import datetime

from .. import __version__
from ..core.catalog import Catalog
from ..core.review import ReportStatus, ReviewedReport
from .cells import plain_value, styled_cell
from .columns import KIND_NAMES, grouped_indicators
from .page import PAGE_WIDTH_UNITS, list_sheet, print_landscape, set_row_height, set_widths, stretched
from .status_marks import legend_lines
from .styles import BYLINE_SIZE, TITLE_SIZE, StyleBook
from .text_fit import fitted_height, row_height

SHEET_NAME = "说明"
DEFINITIONS_SHEET = "指标口径"
WIDTHS = (4, 16, PAGE_WIDTH_UNITS - 20)
DEFINITION_COLUMNS = (("序号", 4.5), ("类别", 10), ("指标", 18), ("单位", 5), ("类型", 7), ("统计口径", 30),
                      ("不含", 22), ("汇总页", 6), ("指标代码", 15))
WRAPPED = ("类别", "指标", "统计口径", "不含", "指标代码")
# What each kind of sheet holds; a sheet of one year is named like 2024年汇总.
SHEET_PURPOSES = {
    "汇总": "某一年度各地报告的主要指标（指标目录中标为 headline 的指标），每份报告一行，按地区拼音排序，附合计、"
          "简单平均和填表人、审核人栏，A4 横向一页宽、原大打印。",
    "全部指标": "某一年度全部指标，按类别分页打印，每页重复序号、地区和表头。",
    "图表": "某一年度主要指标按地区的横向条形图，按数值从大到小排列；无数值的地区列在图下，不画作零。",
    "指标明细": "每份报告每项有数值的指标一行：数值（含单位、约数）、核实状态、依据原文、审核人及修改时间"
            "（没有数值的指标不列出：在汇总表中为空白或“—”，CSV 中列出全部）。",
    "问题清单": "报告自动检查发现的问题（错误、警告、提示）及依据原文。",
    "同比": "同一地区相邻两个年度都有数值的指标，列出两年数值及增减；比率的增减以百分点计。",
    "说明": "本页。",
    "指标口径": "各指标的统计口径，来自指标目录。",
}
GENERAL_NOTES = (
    "每个年度单独成表；未识别出年度的报告列入“年度不详”表。",
    "比率一律以百分数显示、保留一位小数（单元格内的数值与报告所写相同，如 98.6 表示 98.6%）。",
    "合计为各地数值之和；简单平均为各地比率的算术平均，未按案件数等加权。合计、平均为公式，修改数值后随之更新。",
    "各表标题注明“（含未审核数值）”时，表中尚有未经人工确认的数值。",
)


def purpose_of(sheet_name: str) -> str:
    for kind, purpose in SHEET_PURPOSES.items():
        if sheet_name == kind or sheet_name.endswith("年" + kind) or sheet_name.endswith("详" + kind):
            return purpose
    return ""


def write_notes_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog,
                      unit_name: str, exported_at: datetime, sheet_names: list[str]) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    set_widths(sheet, WIDTHS)
    print_landscape(sheet, fit_to_width=False)
    label = styles.byline("left")
    note = styles.byline("left", wrap=True)
    rows = 0

    def line(key=None, text: str = "") -> None:
        """A row: ``key`` (a label, or a ready cell such as a colour swatch) in B, ``text`` in C."""
        nonlocal rows
        rows += 1
        set_row_height(sheet, rows, fitted_height([(text, WIDTHS[2])], BYLINE_SIZE))
        sheet.append([None, styled_cell(sheet, key, label) if isinstance(key, str) else key,
                      styled_cell(sheet, text, note) if text else None])

    def gap() -> None:
        nonlocal rows
        rows += 1
        sheet.append([])

    done = sum(1 for r in reports if r.status is ReportStatus.DONE)
    rows = 1
    set_row_height(sheet, 1, row_height(1, TITLE_SIZE))
    sheet.append([styled_cell(sheet, "说明", styles.title())])
    for key, value in (
        ("生成工具", f"lawgov-desktop {__version__}（法治政府建设年度报告审阅工具）"),
        ("导出时间", exported_at.strftime("%Y-%m-%d %H:%M")),
        ("填报单位", unit_name),
        ("报告份数", f"{len(reports)} 份，其中审核已完成 {done} 份，未完成 {len(reports) - done} 份"),
    ):
        line(key, value)
    gap()
    line("标记说明")
    for colour, text in legend_lines():
        line(styled_cell(sheet, None, styles.swatch(colour)) if colour else None, text)
    gap()
    line("其他说明")
    for text in GENERAL_NOTES:
        line(None, text)
    gap()
    line("各工作表")
    for name in sheet_names:
        line(name, purpose_of(name))


def write_definitions_sheet(workbook, styles: StyleBook, catalog: Catalog) -> None:
    columns = stretched(DEFINITION_COLUMNS, "统计口径")
    widths = dict(columns)
    sheet = list_sheet(workbook, DEFINITIONS_SHEET, columns, styles, header="指标口径（来自指标目录）")
    centred = styles.list_centred()
    number = 0
    for group in grouped_indicators(catalog):
        for spec in group.specs:
            number += 1
            texts = {"类别": group.name, "指标": spec.name, "统计口径": spec.definition, "不含": spec.excludes,
                     "指标代码": spec.id}
            set_row_height(sheet, number + 1, fitted_height((texts[name], widths[name]) for name in WRAPPED))
            sheet.append([styled_cell(sheet, number, centred)] + [plain_value(sheet, text) for text in (
                group.name, spec.name, spec.unit, KIND_NAMES.get(spec.kind, spec.kind), spec.definition,
                spec.excludes, "是" if spec.headline else "", spec.id)])
