"""The 说明 sheet: where the figures come from, what the colours mean, what each indicator counts."""
from __future__ import annotations

from datetime import datetime

from openpyxl.utils import get_column_letter

from .. import __version__
from ..core.catalog import Catalog
from ..core.review import ReportStatus, ReviewedReport
from .cells import styled_cell
from .columns import KIND_NAMES, grouped_indicators
from .page import print_landscape
from .styles import LEGEND, StyleBook

SHEET_NAME = "说明"
WIDTHS = (6, 16, 34, 8, 10, 60, 48, 26)
DEFINITION_HEADERS = ("序号", "类别", "指标", "单位", "类型", "统计口径", "不含", "指标代码")
SHEET_PURPOSES = {
    "汇总": "每份报告一行，按类别列出主要指标，可直接打印（A4 横向，一页宽）。",
    "指标明细": "每份报告每项有数值或经过审核的指标一行：数值、单位、是否约数、核实状态、依据原文、置信度、审核人及修改时间"
            "（未找到且尚未审核的指标不列出，在汇总表中为空白；CSV 中列出全部）。",
    "问题清单": "报告自动检查发现的问题（错误、警告、提示）及依据原文。",
    "同比": "同一地区两个年度均有报告时，逐项列出两年数值及增减；比率的增减以百分点计。",
    "图表": "按地区对比的柱状图，引用本表左侧的数据，修改数据后图表随之更新。",
    "说明": "本页。",
}


def write_notes_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog,
                      unit_name: str, exported_at: datetime, sheet_names: list[str]) -> None:
    sheet = workbook.create_sheet(SHEET_NAME)
    for index, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    print_landscape(sheet, None)
    label, note = styles.byline("left"), styles.byline("left")
    heading = styles.title()

    done = sum(1 for r in reports if r.status is ReportStatus.DONE)
    sheet.append([styled_cell(sheet, "说明", heading)])
    for key, value in (
        ("生成工具", f"lawgov-desktop {__version__}（法治政府建设年度报告审阅工具）"),
        ("导出时间", exported_at.strftime("%Y-%m-%d %H:%M")),
        ("填报单位", unit_name),
        ("报告份数", f"{len(reports)} 份，其中审核已完成 {done} 份，未完成 {len(reports) - done} 份"),
    ):
        sheet.append([None, styled_cell(sheet, key, label), styled_cell(sheet, value, note)])
    sheet.append([])
    sheet.append([None, styled_cell(sheet, "颜色说明", label)])
    for colour, text in LEGEND:
        sheet.append([None, styled_cell(sheet, None, styles.swatch(colour)) if colour else None,
                      styled_cell(sheet, text, note)])
    sheet.append([])
    sheet.append([None, styled_cell(sheet, "各工作表", label)])
    for name in sheet_names:
        sheet.append([None, styled_cell(sheet, name, note), styled_cell(sheet, SHEET_PURPOSES.get(name, ""), note)])
    sheet.append([])
    sheet.append([None, styled_cell(sheet, "指标定义（来自指标目录）", label)])

    header = styles.header()
    sheet.append([styled_cell(sheet, text, header) for text in DEFINITION_HEADERS])
    text, centred = styles.text("left", wrap=True), styles.text("center")
    number = 0
    for group in grouped_indicators(catalog):
        for spec in group.specs:
            number += 1
            sheet.append([
                styled_cell(sheet, number, centred),
                styled_cell(sheet, group.name, text),
                styled_cell(sheet, spec.name, text),
                styled_cell(sheet, spec.unit, centred),
                styled_cell(sheet, KIND_NAMES.get(spec.kind, spec.kind), centred),
                styled_cell(sheet, spec.definition, text),
                styled_cell(sheet, spec.excludes, text),
                styled_cell(sheet, spec.id, text),
            ])
