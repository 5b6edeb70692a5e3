"""Print setup shared by the sheets: A4 landscape, titles repeated, footer inside the margin.

Widths are planned so that each printed page holds its columns at full size: no sheet is
squeezed onto one page width below a readable size.  ``PAGE_WIDTH_UNITS`` is the width
of A4 landscape inside the margins in column-width units as LibreOffice draws them with
the workbook's default font (6.35 pt a unit, the widest of the readers; Excel draws a
unit 5.25 pt wide), less a little to spare.

Write-only sheets write their properties when the first row arrives, so this must be
called before anything is appended.
"""
from __future__ import annotations

from copy import copy

from openpyxl.utils import get_column_letter

PAPER_A4 = "9"  # ECMA-376 paper size code for A4
PAGE_WIDTH_UNITS = 117.0
PAGE_HEIGHT_POINTS = 595.0 - 2 * 0.75 * 72  # inside the top and bottom margins
FOOTER = "第 &P 页，共 &N 页"
HEADER_FONT = "宋体,加粗"


def print_landscape(sheet, *, title_rows: str | None = None, title_columns: str | None = None,
                    fit_to_width: bool = True, header: str = "", footer_note: str = "") -> None:
    """A4 landscape with repeated titles and page numbers.

    ``fit_to_width`` keeps 汇总 one page wide whatever a bureau marks as headline (planned to
    fit at 100 %, it never enlarges); the other sheets print at 100 %, their columns planned
    per page: LibreOffice adds blank pages after a long list that it fits to one page wide.
    ``header`` is printed at the top of every page (the sheet's title), ``footer_note``
    at the bottom left (the key to the marks).
    """
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    if fit_to_width:
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as the rows need
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = 100
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_columns:
        sheet.print_title_cols = title_columns
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.5
    # The header and footer sit inside the top and bottom margins with room to spare:
    # a footer margin close to the bottom margin leaves the page number no room, and it is cut.
    margins.top = margins.bottom = 0.75
    margins.header = margins.footer = 0.3
    for page_header in (sheet.oddHeader, sheet.evenHeader):
        if header:
            page_header.center.text = header.replace("&", "&&")
            page_header.center.font = HEADER_FONT
            page_header.center.size = 12
    for page_footer in (sheet.oddFooter, sheet.evenFooter):
        page_footer.center.text = FOOTER
        page_footer.center.font = "宋体"
        page_footer.center.size = 9
        if footer_note:
            page_footer.left.text = footer_note.replace("&", "&&")
            page_footer.left.font = "宋体"
            page_footer.left.size = 9


def set_row_height(sheet, row: int, points: float) -> None:
    """The height of ``row`` (before the row is appended to a write-only sheet).

    A write-only sheet copies ``row_dimensions[row]`` into the row element as it streams
    the row; a plain mapping of the two attributes costs a fraction of the ``RowDimension``
    openpyxl would build and read back through its descriptors, which counts at 20,000
    rows of 指标明细.
    """
    sheet.row_dimensions[row] = {"ht": f"{points:g}", "customHeight": "1"}


def set_widths(sheet, widths) -> None:
    """Column widths; each column keeps the workbook's default cell format.

    A column with a format of its own (openpyxl gives each a plain one) makes LibreOffice
    draw the bare values in it unwrapped: it takes a cell without a format from its column.
    """
    default = sheet.parent._cell_styles[0]
    for index, width in enumerate(widths, 1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = width
        dimension._style = copy(default)


def list_sheet(workbook, name: str, columns, styles, *, header: str = "", footer_note: str = "",
               freeze: str = "A2", header_height: float | None = None):
    """A data-list sheet: column widths, frozen header, print setup and the header row.

    ``columns`` is a sequence of (header, width).  Returns the sheet, ready for rows.
    """
    from .cells import styled_cell
    from .text_fit import fitted_height

    sheet = workbook.create_sheet(name)
    set_widths(sheet, [width for _, width in columns])
    sheet.freeze_panes = freeze
    print_landscape(sheet, title_rows="1:1", header=header, footer_note=footer_note, fit_to_width=False)
    sheet.print_options.gridLines = True  # rules between the rows on paper, without a border on every cell
    set_row_height(sheet, 1, header_height or fitted_height(columns))
    style = styles.header()
    sheet.append([styled_cell(sheet, label, style) for label, _ in columns])
    return sheet


def stretched(columns, stretch: str, page_units: float = PAGE_WIDTH_UNITS, minimum: float = 20.0):
    """``columns`` (header, width) with the ``stretch`` column widened to fill the page width."""
    others = sum(width for label, width in columns if label != stretch)
    return [(label, max(minimum, page_units - others) if label == stretch else width) for label, width in columns]
