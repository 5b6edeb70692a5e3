"""How each review state looks in the workbook: one table, one line per state.

A leader reads the summary on paper from a black-and-white office printer, where a pale
yellow and a pale orange come out the same grey.  So an unconfirmed figure carries a mark
that survives any printer (``*`` before the number, italic) as well as its colour, every
legend is built from this table, and titles say （含未审核数值） while such a value is left.
A new review state is one more line here (a test checks that every state has one).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.review import CellStatus, ReportStatus, ReviewedCell

UNREVIEWED_NOTE = "（含未审核数值）"


@dataclass(frozen=True)
class StatusLook:
    label: str  # the 状态 column of the lists
    reviewed: bool  # a reviewer's decision; False: the program's guess, or nothing looked at yet
    mark: str = ""  # printed before the figure: what survives a black-and-white printer
    fill: str | None = None  # background on screen and on colour printers
    italic: bool = False
    shown_as: str | None = None  # text printed instead of a figure
    legend: str = ""  # its line in the key under each table ("" for none)
    brief: str = ""  # the same, short enough for the page footer


STATUS_LOOKS: dict[CellStatus, StatusLook] = {
    CellStatus.AUTO: StatusLook("未确认", False, mark="*", fill="FFF2CC", italic=True,
                                legend="带“*”号的数值（斜体、浅黄底）：程序自动抽取，尚未经人工确认",
                                brief="带*号的数值未经人工确认"),
    CellStatus.NOT_MENTIONED: StatusLook("未核实", False, fill="FCE4D6",
                                 legend="空白（浅橙底）：报告中未找到，尚未经人工核实",
                                 brief="空白为未找到"),
    CellStatus.CONFIRMED: StatusLook("已确认", True),
    CellStatus.CORRECTED: StatusLook("已修改", True),
    CellStatus.ABSENT: StatusLook("无此项", True, shown_as="—", legend="“—”：经人工核实，报告中无此项",
                                  brief="“—”为经核实无此项"),
}

# Lines of the key that belong to no single state.
REVIEWED_LEGEND = "不带标记的数值：已经人工确认或修改"
APPROX_LEGEND = "数字前的“约”：报告原文为约数（约、近、逾、余等）"


def look_of(status: CellStatus) -> StatusLook:
    """The look of ``status``; a state this table does not know yet counts as unreviewed."""
    look = STATUS_LOOKS.get(status)
    if look is None:
        return StatusLook(str(getattr(status, "value", status)), False, mark="*", fill="FFF2CC", italic=True)
    return look


# A cell the catalog gained after the report was reviewed: nobody has looked at it.
NOT_CHECKED = StatusLook("未核实", False, fill=STATUS_LOOKS[CellStatus.NOT_MENTIONED].fill)
PLAIN = StatusLook("", True)  # how a reviewed figure looks: no mark, no fill


def is_unreviewed(cell: ReviewedCell | None, report_status: ReportStatus) -> bool:
    """True for a figure nobody confirmed, and for a blank nobody checked in a report not yet 已完成.

    ``cell`` is None where the catalog gained an indicator after the report was reviewed.
    """
    if cell is None:
        return report_status is not ReportStatus.DONE
    return state_is_unreviewed(cell.status, cell.value is not None, report_status)


def state_is_unreviewed(status: CellStatus, has_value: bool, report_status: ReportStatus) -> bool:
    """``is_unreviewed`` from the parts of a cell."""
    if look_of(status).reviewed:
        return False
    return has_value or report_status is not ReportStatus.DONE


def legend_lines() -> list[tuple[str | None, str]]:
    """(fill colour or None, text) for the key under a table, in table order."""
    lines: list[tuple[str | None, str]] = []
    for look in STATUS_LOOKS.values():
        if look.legend:
            lines.append((look.fill, look.legend))
    lines.insert(1, (None, REVIEWED_LEGEND))
    lines.append((None, APPROX_LEGEND))
    return lines


def footer_key() -> str:
    """The key in a line short enough for the page footer."""
    return "注：" + "，".join(look.brief for look in STATUS_LOOKS.values() if look.brief)
