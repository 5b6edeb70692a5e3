"""Fonts, borders, fills and number formats of the workbook, as named styles.

One font family throughout: 宋体, the usual face of a bureau's tables (titles bold), written
by name — xlsx never embeds fonts, and 仿宋_GB2312 is missing on a stock Windows 10.  The
workbook's own default font and alignment are set too, so a cell written without a style
(the long lists write bare values, openpyxl being several times slower on styled cells) is
宋体 10, wrapped and centred vertically, never Calibri.

Named styles are registered once; each cell then gets a copy of the style's index array
(``NamedStyle.as_tuple()``), far cheaper than styling a million cells one attribute at a time.
"""
from __future__ import annotations

from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList

from .columns import number_format
from .status_marks import StatusLook

FONT_NAME = "宋体"
BODY_SIZE = 10
TITLE_SIZE = 16
BYLINE_SIZE = 11
LABEL_SIZE = 9  # indicator names over narrow columns: five characters a line instead of four

_THIN = Side(style="thin", color="000000")
THIN_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
DEFAULT_FONT = Font(name=FONT_NAME, size=BODY_SIZE, charset=134)  # 134: GB2312, as Excel writes 宋体
DEFAULT_ALIGNMENT = Alignment(vertical="center", wrap_text=True)


def set_workbook_defaults(workbook: Workbook) -> None:
    """宋体 10, wrapped and centred vertically for every cell that has no style of its own.

    openpyxl has no public setting for this: the default font is entry 0 of the font list
    and the Normal style, the default alignment belongs to cell format 0.  Call before any
    other style is added.
    """
    workbook._fonts = IndexedList([DEFAULT_FONT])
    normal = workbook._named_styles["Normal"]
    normal.font = DEFAULT_FONT
    normal.alignment = DEFAULT_ALIGNMENT  # LibreOffice takes a bare cell's format from the Normal style
    alignment_id = workbook._alignments.add(DEFAULT_ALIGNMENT)
    default = StyleArray()
    default.alignmentId = alignment_id
    workbook._cell_styles = IndexedList([default])


def fill(colour: str | None) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=colour) if colour else PatternFill()


def font(size: float = BODY_SIZE, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, charset=134)


class StyleBook:
    """Registers named styles on a workbook on first use and hands out their style arrays.

    Called once per cell, so the parts of a style are only built the first time its
    name is asked for.
    """

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._known: dict[str, StyleArray] = {}
        self._values: dict[tuple, StyleArray] = {}

    def _named(self, name: str, parts: Callable[[], dict]) -> StyleArray:
        known = self._known.get(name)
        if known is None:
            # Style names appear in Excel's style gallery; keep number-format quotes out of them.
            style = NamedStyle(name=name.replace('"', ""), **parts())
            self._workbook.add_named_style(style)
            known = self._known[name] = style.as_tuple()
        return known

    def title(self) -> StyleArray:
        return self._named("汇总表标题", lambda: dict(
            font=font(TITLE_SIZE, bold=True), alignment=Alignment(horizontal="center", vertical="center")))

    def byline(self, horizontal: str = "left", wrap: bool = False) -> StyleArray:
        return self._named(f"表头说明-{horizontal}{'-换行' if wrap else ''}", lambda: dict(
            font=font(BYLINE_SIZE),
            alignment=Alignment(horizontal=horizontal, vertical="center" if not wrap else "top", wrap_text=wrap)))

    def note(self) -> StyleArray:
        """A wrapped paragraph under a table (the key to its marks)."""
        return self._named("表注", lambda: dict(
            font=font(), alignment=Alignment(horizontal="left", vertical="top", wrap_text=True)))

    def header(self, size: float = BODY_SIZE) -> StyleArray:
        return self._named(f"表头{'' if size == BODY_SIZE else size}", lambda: dict(
            font=font(size, bold=True), border=THIN_BORDER,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)))

    def text(self, horizontal: str = "left", colour: str | None = None, bold: bool = False,
             border: bool = True) -> StyleArray:
        """Table text, wrapped (rows are given the height it needs)."""
        name = f"文字-{horizontal}{'-粗' if bold else ''}{'' if border else '-无框'}{'-' + colour if colour else ''}"
        return self._named(name, lambda: dict(
            font=font(bold=bold), border=THIN_BORDER if border else Border(), fill=fill(colour),
            alignment=Alignment(horizontal=horizontal, vertical="center", wrap_text=True)))

    def value(self, kind: str, approx: bool, look: StatusLook, unit: str = "", border: bool = True,
              bold: bool = False) -> StyleArray:
        """A figure in its number format, with the mark, italics and fill of its review state.

        Shrunk only when a figure is wider than its column, so Excel never shows “####”.
        """
        key = (kind, approx, look, unit, border, bold)
        known = self._values.get(key)  # asked for every figure: skip building the name
        if known is None:
            known = self._values[key] = self._value(kind, approx, look, unit, border, bold)
        return known

    def _value(self, kind: str, approx: bool, look: StatusLook, unit: str, border: bool, bold: bool) -> StyleArray:
        code = number_format(kind, approx, look.mark, unit)
        colour = look.fill if not look.reviewed else None
        name = (f"数值-{code}{'-斜' if look.italic else ''}{'-粗' if bold else ''}"
                f"{'' if border else '-无框'}{'-' + colour if colour else ''}")
        return self._named(name, lambda: dict(
            font=font(bold=bold, italic=look.italic), border=THIN_BORDER if border else Border(),
            fill=fill(colour), number_format=code,
            alignment=Alignment(horizontal="right", vertical="center", shrink_to_fit=True)))

    def blank(self, look: StatusLook) -> StyleArray:
        """A cell without a figure, filled when nobody has checked it."""
        colour = look.fill if not look.reviewed else None
        return self._named(f"空白{'-' + colour if colour else ''}", lambda: dict(
            font=font(), border=THIN_BORDER, fill=fill(colour),
            alignment=Alignment(horizontal="center", vertical="center")))

    def plain_number(self, number_format_code: str, border: bool = True) -> StyleArray:
        return self._named(f"数字-{number_format_code}{'' if border else '-无框'}", lambda: dict(
            font=font(), border=THIN_BORDER if border else Border(), number_format=number_format_code,
            alignment=Alignment(horizontal="right", vertical="center", shrink_to_fit=True)))

    def date(self, border: bool = True) -> StyleArray:
        return self._named(f"日期{'' if border else '-无框'}", lambda: dict(
            font=font(), border=THIN_BORDER if border else Border(), number_format="yyyy-mm-dd",
            alignment=Alignment(horizontal="center", vertical="center", shrink_to_fit=True)))

    def list_centred(self, colour: str | None = None) -> StyleArray:
        """A short centred entry of a long list (年度, 状态, 级别), filled where the colour carries meaning.

        Centred so that a right-aligned figure never runs into the text of the next column on paper.
        """
        return self._named(f"明细居中{'-' + colour if colour else ''}", lambda: dict(
            font=font(), fill=fill(colour), alignment=Alignment(horizontal="center", vertical="center",
                                                                 wrap_text=True)))

    def swatch(self, colour: str | None) -> StyleArray:
        return self._named(f"图例-{colour or '白'}", lambda: dict(border=THIN_BORDER, fill=fill(colour)))
