"""The 汇总 sheet: one year's headline indicators on one page, as a bureau's own 汇总表.

Rows: the title (（含未审核数值） while any value is unconfirmed), 填报单位 and the number of
reports, two header rows (category over indicator), a row per report sorted by region
(its headline figures, 发布日期 and 审核状态), 合计 and 简单平均, the key to the
marks, and the 填表人/审核人/联系电话/制表日期 line.
The columns are planned to fit A4 landscape at full size (10 pt), so the page is never
scaled down; more reports than a page holds continue on the next with the header repeated.
"""
from __future__ import annotations

from datetime import date, datetime

from ..core.catalog import Catalog
from .cells import styled_cell
from .columns import grouped_indicators, headline_specs
from .indicator_table import (NUMBER_WIDTH, PUBLISHED, REGION_WIDTH, REVIEW_STATE, HeaderSpan,
                              has_unreviewed, merge, write_header, write_report_rows, write_totals)
from .page import PAGE_WIDTH_UNITS, print_landscape, set_row_height, set_widths
from .status_marks import UNREVIEWED_NOTE, legend_lines
from .styles import BODY_SIZE, BYLINE_SIZE, TITLE_SIZE, StyleBook
from .text_fit import fitted_height, row_height
from .years import YearTable

SHEET_NAME = "汇总"
TITLE_ROW, BYLINE_ROW, HEADER_ROW, SUBHEADER_ROW = 1, 2, 3, 4
FIRST_DATA_ROW = 5
# After the indicators: the date the report was published (due by the end of March) and its
# review state; the number of findings is on 全部指标 and the findings on 问题清单.
FACTS = (PUBLISHED, REVIEW_STATE)
INDICATOR_WIDTH_RANGE = (7.0, 10.0)
TOTALS_NOTE = "合计为各地数值之和，简单平均为各地比率的算术平均（未加权）"
BLANK_LINE = "＿＿＿＿＿＿"


def chinese_date(moment: date) -> str:
    return f"{moment.year}年{moment.month}月{moment.day}日"


def title_text(table: YearTable, kind: str = "主要指标汇总表", unreviewed: bool = False) -> str:
    """2024年度法治政府建设年度报告主要指标汇总表（含未审核数值）."""
    if table.year:
        title = f"{table.year}年度法治政府建设年度报告{kind}"
    else:
        title = f"法治政府建设年度报告{kind}" + ("（年度不详）" if table.reports else "")
    return title + (UNREVIEWED_NOTE if unreviewed else "")


def indicator_width(count: int, fixed: float) -> float:
    low, high = INDICATOR_WIDTH_RANGE
    return max(low, min(high, (PAGE_WIDTH_UNITS - fixed) / max(count, 1)))


def key_lines() -> list[str]:
    """The key under the table: the marks of the review states, then what the totals are."""
    return [text for _, text in legend_lines()] + [TOTALS_NOTE]


def write_summary_sheet(workbook, styles: StyleBook, table: YearTable, catalog: Catalog, unit_name: str,
                        exported_at: datetime, sheet_name: str = SHEET_NAME) -> None:
    specs = headline_specs(catalog)
    spans = [HeaderSpan(group.name, group.specs) for group in grouped_indicators(catalog, specs)]
    fixed = NUMBER_WIDTH + REGION_WIDTH + sum(column.width for column in FACTS)
    width = indicator_width(len(specs), fixed)
    widths = [NUMBER_WIDTH, REGION_WIDTH] + [width] * len(specs) + [column.width for column in FACTS]
    last_column = len(widths)
    table_width = sum(widths)

    sheet = workbook.create_sheet(sheet_name)
    set_widths(sheet, widths)
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"
    print_landscape(sheet, title_rows=f"{HEADER_ROW}:{SUBHEADER_ROW}")

    unreviewed = has_unreviewed(table.reports, specs)
    set_row_height(sheet, TITLE_ROW, row_height(1, TITLE_SIZE))
    sheet.append([styled_cell(sheet, title_text(table, unreviewed=unreviewed), styles.title())])
    merge(sheet, TITLE_ROW, 1, TITLE_ROW, last_column)

    split = last_column - 3
    set_row_height(sheet, BYLINE_ROW, row_height(1, BYLINE_SIZE))
    sheet.append([styled_cell(sheet, f"填报单位：{unit_name or BLANK_LINE}", styles.byline("left"))]
                 + [None] * (split - 2)
                 + [styled_cell(sheet, f"共 {len(table.reports)} 份报告", styles.byline("right"))])
    merge(sheet, BYLINE_ROW, 1, BYLINE_ROW, split - 1)
    merge(sheet, BYLINE_ROW, split, BYLINE_ROW, last_column)

    write_header(sheet, styles, HEADER_ROW, spans, width, FACTS)
    write_report_rows(sheet, styles, FIRST_DATA_ROW, table.reports, specs, FACTS)
    next_row = FIRST_DATA_ROW + len(table.reports)
    next_row += write_totals(sheet, styles, next_row, table.reports, specs, FACTS)

    # One paragraph: the page holds more rows than with a line per item.
    note = "注：" + "；".join(f"{number}. {line}" for number, line in enumerate(key_lines(), 1)) + "。"
    set_row_height(sheet, next_row, fitted_height([(note, table_width - 1)], BODY_SIZE) + 2)
    sheet.append([styled_cell(sheet, note, styles.note())])
    merge(sheet, next_row, 1, next_row, last_column)

    signatures = (f"填表人：{BLANK_LINE}　　　审核人：{BLANK_LINE}　　　联系电话：{BLANK_LINE}＿＿　　　"
                  f"制表日期：{chinese_date(exported_at.date())}")
    set_row_height(sheet, next_row + 1, row_height(1, BYLINE_SIZE) + 4)
    sheet.append([styled_cell(sheet, signatures, styles.byline("left"))])
    merge(sheet, next_row + 1, 1, next_row + 1, last_column)
