"""The 全部指标 sheet: one year's full indicator table, split across pages by category,
then each report's own facts (报告单位, 发布日期, 问题数, 审核状态).

Every page holds whole categories at full size (a category wider than a page is
continued as “（续）”), with 序号 and 地区 repeated at the left (print title columns)
and the two header rows at the top; the title is the page header, so each page says
what it is.  Pages go down before across, so each category's rows print together.
"""
from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from ..core.catalog import Catalog
from .columns import grouped_indicators, ordered_specs
from .indicator_table import (FINDINGS, ISSUER, NUMBER_WIDTH, PUBLISHED, REGION_WIDTH, REVIEW_STATE, HeaderSpan,
                              has_unreviewed, write_header, write_report_rows, write_totals)
from .page import PAGE_WIDTH_UNITS, print_landscape, set_widths
from .status_marks import footer_key
from .styles import StyleBook
from .summary_sheet import title_text
from .years import YearTable

SHEET_NAME = "全部指标"
INDICATOR_WIDTH = 9.0
HEADER_ROW, FIRST_DATA_ROW = 1, 3
CONTINUED = "（续）"
FACTS = (ISSUER, PUBLISHED, FINDINGS, REVIEW_STATE)  # the report's own facts, after the last category


def page_spans(catalog: Catalog, per_page: int) -> list[list[HeaderSpan]]:
    """Categories packed onto pages of ``per_page`` indicator columns, whole where they fit."""
    pages: list[list[HeaderSpan]] = []
    current: list[HeaderSpan] = []
    used = 0
    for group in grouped_indicators(catalog):
        specs = list(group.specs)
        if used and used + len(specs) > per_page:  # a category starts on a page where it fits, or a fresh one
            pages.append(current)
            current, used = [], 0
        name = group.name
        while specs:
            if used == per_page:
                pages.append(current)
                current, used = [], 0
            part, specs = specs[:per_page - used], specs[per_page - used:]
            current.append(HeaderSpan(name, tuple(part)))
            used += len(part)
            name = group.name + CONTINUED
    if current:
        pages.append(current)
    return pages


def write_full_table_sheet(workbook, styles: StyleBook, table: YearTable, catalog: Catalog,
                           sheet_name: str = SHEET_NAME) -> None:
    room = PAGE_WIDTH_UNITS - NUMBER_WIDTH - REGION_WIDTH
    per_page = max(1, int(room // INDICATOR_WIDTH))
    pages = page_spans(catalog, per_page)
    spans = [span for page in pages for span in page]
    specs = [spec for span in spans for spec in span.specs]
    unreviewed = has_unreviewed(table.reports, ordered_specs(catalog))

    sheet = workbook.create_sheet(sheet_name)
    set_widths(sheet, [NUMBER_WIDTH, REGION_WIDTH] + [INDICATOR_WIDTH] * len(specs) + [c.width for c in FACTS])
    sheet.freeze_panes = f"C{FIRST_DATA_ROW}"
    print_landscape(sheet, title_rows=f"{HEADER_ROW}:{HEADER_ROW + 1}", title_columns="A:B", fit_to_width=False,
                    header=title_text(table, "全部指标汇总表", unreviewed),
                    footer_note=footer_key() if unreviewed else "")
    sheet.page_setup.pageOrder = "downThenOver"
    sheet.print_options.gridLines = True  # the rules of the table, without a border on every cell
    column = 2
    for page in pages[:-1]:
        column += sum(len(span.specs) for span in page)
        sheet.col_breaks.append(Break(id=column))
    last_page = INDICATOR_WIDTH * sum(len(span.specs) for span in pages[-1]) if pages else 0
    if last_page and last_page + sum(c.width for c in FACTS) > room:  # the facts get a page of their own
        sheet.col_breaks.append(Break(id=2 + len(specs)))

    write_header(sheet, styles, HEADER_ROW, spans, INDICATOR_WIDTH, FACTS)
    write_report_rows(sheet, styles, FIRST_DATA_ROW, table.reports, specs, FACTS, bordered=False)
    write_totals(sheet, styles, FIRST_DATA_ROW + len(table.reports), table.reports, specs, FACTS, bordered=False)
