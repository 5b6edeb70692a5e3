"""The 指标明细 sheet: every figure of every report with the sentence it came from, ready to print.

It shows what a reader needs, at full size on A4 landscape: the figure with its unit and
marks in one cell (“约” once, in the figure), its review state in words, the evidence
wrapped in the widest column, rows as tall as their text, 年度 centred so that it never
runs into the file name on paper.  Columns that would be empty in every row (审核人,
最后修改时间 and 备注 before anyone has reviewed) are left out and their width goes to the
evidence.  报告单位, 类别, 置信度 and 指标代码 are left to the CSV, which has every column.

A cell without a figure gets no row: a blank nobody has checked carries no sentence and
no decision, and a 无此项 is the most common decision of all once reports are finished
(every indicator a report does not mention); 汇总 and 全部指标 show both (blank, “—”),
the CSV and the JSON list them with their reviewer.

About 130,000 cells for 1,000 reports: what a row shares with the one before is the same
cell object, and values go bare wherever the workbook's default style (宋体, wrapped) is
right, because openpyxl is several times slower on a styled cell than on a bare value.
"""
from __future__ import annotations

from datetime import datetime

from openpyxl.utils import get_column_letter

from pathlib import Path

from ..core.catalog import Catalog
from ..core.review import ReviewedCell, ReviewedReport
from .cells import clean_text, plain_value, styled_cell
from .columns import ordered_specs
from .page import list_sheet, set_row_height, stretched
from .rows import parse_timestamp
from .status_marks import PLAIN, UNREVIEWED_NOTE, footer_key, is_unreviewed, look_of
from .styles import StyleBook
from .text_fit import lines_needed, row_height
from .years import region_label

SHEET_NAME = "指标明细"
COLUMNS = (("地区", 9), ("年度", 5.5), ("文件", 17), ("指标", 15), ("数值", 11), ("状态", 7), ("依据原文", 30),
           ("审核人", 7), ("最后修改时间", 12), ("备注", 12))
HEADERS = tuple(name for name, _ in COLUMNS)  # 审核人, 最后修改时间 and 备注 are left out when empty in every row


def listed(cell: ReviewedCell) -> bool:
    """A figure, whoever put it there; blanks and 无此项 are 汇总's business, not this list's."""
    return cell.value is not None


def changed_text(text: str) -> str:
    """The time of the last change as the sheet shows it: date over time, local, to the minute."""
    moment = parse_timestamp(text)
    return moment.strftime("%Y-%m-%d\n%H:%M") if isinstance(moment, datetime) else (moment or "")


def write_detail_sheet(workbook, styles: StyleBook, reports: list[ReviewedReport], catalog: Catalog) -> None:
    specs = ordered_specs(catalog)
    entries = []
    for report in reports:
        cells = {cell.indicator_id: cell for cell in report.cells}
        entries += [(report, spec, cells[spec.id]) for spec in specs if spec.id in cells and listed(cells[spec.id])]
    present = {"审核人": any(cell.reviewer for _, _, cell in entries),
               "最后修改时间": any(cell.changed_at for _, _, cell in entries),
               "备注": any(cell.note for _, _, cell in entries)}
    columns = stretched([(name, width) for name, width in COLUMNS if present.get(name, True)], "依据原文")
    picks = [HEADERS.index(name) for name, _ in columns]
    width = dict(columns)
    unreviewed = any(is_unreviewed(cell, report.status) for report, _, cell in entries)
    sheet = list_sheet(workbook, SHEET_NAME, columns, styles,
                       header=SHEET_NAME + (UNREVIEWED_NOTE if unreviewed else ""),
                       footer_note=footer_key() if unreviewed else "")

    # ~20,000 rows for 1,000 reports: what repeats (a report's region, year and file, an
    # indicator's name, a status) is made once and the same cell object written again.
    centred = styles.list_centred()
    names = {spec.id: (plain_value(sheet, spec.name), lines_needed(spec.name, width["指标"])) for spec in specs}
    statuses: dict[tuple, object] = {}
    value_styles: dict[tuple, object] = {}
    times: dict[str, str] = {}
    current = None
    for number, (report, spec, cell) in enumerate(entries, 2):
        if report is not current:
            current = report
            region_text, file_text = region_label(report), clean_text(Path(report.file).name)
            region, year = plain_value(sheet, region_text), styled_cell(sheet, report.metadata.year, centred)
            file = plain_value(sheet, file_text)
            report_lines = max(lines_needed(region_text, width["地区"]), lines_needed(file_text, width["文件"]))
        look = look_of(cell.status)
        open_ = is_unreviewed(cell, report.status)
        fill = look.fill if open_ else None
        status = statuses.get((cell.status, fill))
        if status is None:
            status = statuses[(cell.status, fill)] = styled_cell(sheet, look.label, styles.list_centred(fill))
        if cell.value is None:
            value = look.shown_as
        else:
            key = (spec.id, cell.approx, cell.status, open_)
            style = value_styles.get(key)
            if style is None:
                style = value_styles[key] = styles.value(spec.kind, cell.approx, look if open_ else PLAIN,
                                                         unit=spec.unit, border=False)
            value = styled_cell(sheet, cell.value, style)
        evidence = clean_text(cell.evidence.text) if cell.evidence else ""
        changed = times.get(cell.changed_at)
        if changed is None:
            changed = times[cell.changed_at] = changed_text(cell.changed_at)
        name, name_lines = names[spec.id]
        every = (region, year, file, name, value, status, plain_value(sheet, evidence),
                 plain_value(sheet, cell.reviewer), changed or None, plain_value(sheet, cell.note))
        lines = max(report_lines, name_lines, lines_needed(evidence, width["依据原文"]),
                    lines_needed(cell.note, width.get("备注", 12)), 2 if changed else 1)
        set_row_height(sheet, number, row_height(lines))
        sheet.append([every[index] for index in picks])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(entries) + 1}"
