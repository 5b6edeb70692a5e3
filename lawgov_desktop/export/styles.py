"""Fonts, borders, fills and number formats of the workbook, as named styles.

Named styles are registered once; each cell then gets a copy of the style's index
array (``NamedStyle.as_tuple()``), which is what a bureau's own templates do and far
cheaper than styling a million cells one attribute, or one name lookup, at a time.  Fonts are written by name (宋体, 仿宋): xlsx never embeds fonts and
仿宋_GB2312 is missing on a stock Windows 10.
"""
from __future__ import annotations

from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray

from ..core.review import CellStatus
from .columns import number_format

TITLE_FONT = "宋体"
BODY_FONT = "仿宋"

_THIN = Side(style="thin", color="000000")
THIN_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# Cells a reviewer has not looked at yet.  A leader must never take them for checked figures.
STATUS_FILLS = {
    CellStatus.AUTO: "FFF2CC",  # light yellow: extracted automatically, not confirmed
    CellStatus.EMPTY: "FCE4D6",  # light orange: nothing found, not checked
}
LEGEND = (
    (STATUS_FILLS[CellStatus.AUTO], "浅黄色底：程序自动抽取、尚未经人工确认的数值"),
    (STATUS_FILLS[CellStatus.EMPTY], "浅橙色底：程序未找到、尚未经人工核实（可能报告未写，也可能漏抽）"),
    (None, "白底：已人工确认或修改；“—”表示经核实报告中无此项"),
    (None, "数字前的“约”：报告原文为约数（约、近、逾、余等），单元格内仍是数值"),
)


def fill(colour: str | None) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=colour) if colour else PatternFill()


class StyleBook:
    """Registers named styles on a workbook on first use and hands out their style arrays.

    Called once per cell, so the parts of a style are only built the first time its
    name is asked for.
    """

    def __init__(self, workbook: Workbook) -> None:
        self._workbook = workbook
        self._known: dict[str, StyleArray] = {}

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
            font=Font(name=TITLE_FONT, size=18, bold=True),
            alignment=Alignment(horizontal="center", vertical="center")))

    def byline(self, horizontal: str = "left") -> StyleArray:
        return self._named(f"表头说明-{horizontal}", lambda: dict(
            font=Font(name=BODY_FONT, size=11), alignment=Alignment(horizontal=horizontal, vertical="center")))

    def header(self) -> StyleArray:
        return self._named("表头", lambda: dict(
            font=Font(name=TITLE_FONT, size=10, bold=True), border=THIN_BORDER,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)))

    def text(self, horizontal: str = "left", wrap: bool = False, colour: str | None = None,
             shrink: bool = False) -> StyleArray:
        """Body text; ``shrink`` fits long names into the row (row heights are not auto-fitted on load)."""
        name = f"文字-{horizontal}{'-换行' if wrap else ''}{'-缩小' if shrink else ''}{'-' + colour if colour else ''}"
        return self._named(name, lambda: dict(
            font=Font(name=BODY_FONT, size=10), border=THIN_BORDER, fill=fill(colour),
            alignment=Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap, shrink_to_fit=shrink)))

    def number(self, kind: str, approx: bool = False, status: CellStatus | None = None) -> StyleArray:
        colour = STATUS_FILLS.get(status) if status is not None else None
        name = f"数值-{kind}{'-约' if approx else ''}{'-' + colour if colour else ''}"
        return self._named(name, lambda: dict(
            font=Font(name=BODY_FONT, size=10), border=THIN_BORDER, fill=fill(colour),
            number_format=number_format(kind, approx), alignment=Alignment(horizontal="right", vertical="center")))

    def plain_number(self, number_format_code: str) -> StyleArray:
        return self._named(f"数字-{number_format_code}", lambda: dict(
            font=Font(name=BODY_FONT, size=10), border=THIN_BORDER, number_format=number_format_code,
            alignment=Alignment(horizontal="right", vertical="center")))

    def date(self) -> StyleArray:
        return self._named("日期", lambda: dict(
            font=Font(name=BODY_FONT, size=10), border=THIN_BORDER, number_format="yyyy-mm-dd",
            alignment=Alignment(horizontal="center", vertical="center")))

    def data(self, number_format_code: str = "General", colour: str | None = None) -> StyleArray:
        """Long data lists (指标明细): the workbook's default font, no borders, only what carries meaning."""
        return self._named(f"明细-{number_format_code}{'-' + colour if colour else ''}", lambda: dict(
            number_format=number_format_code, fill=fill(colour)))

    def swatch(self, colour: str | None) -> StyleArray:
        return self._named(f"图例-{colour or '白'}", lambda: dict(border=THIN_BORDER, fill=fill(colour)))
