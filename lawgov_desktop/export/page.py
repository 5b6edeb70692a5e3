"""Print setup shared by the sheets: A4 landscape, one page wide, titles repeated.

Write-only sheets write their properties when the first row arrives, so this must
be called before anything is appended.
"""
from __future__ import annotations

PAPER_A4 = "9"  # ECMA-376 paper size code for A4
FOOTER = "第 &P 页，共 &N 页"


def print_landscape(sheet, title_rows: str | None, fit_to_width: bool = True) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    if fit_to_width:
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as the rows need
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    for footer in (sheet.oddFooter, sheet.evenFooter):
        footer.center.text = FOOTER
        footer.center.font = "仿宋"
        footer.center.size = 9


def list_sheet(workbook, name: str, columns, styles, freeze: str = "A2"):
    """A data-list sheet: column widths, frozen header, print setup and the header row.

    ``columns`` is a sequence of (header, width).  Returns the sheet, ready for rows.
    """
    from openpyxl.utils import get_column_letter

    from .cells import styled_cell

    sheet = workbook.create_sheet(name)
    for index, (_, width) in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = freeze
    print_landscape(sheet, "1:1")
    header = styles.header()
    sheet.append([styled_cell(sheet, label, header) for label, _ in columns])
    return sheet
