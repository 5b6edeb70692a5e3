"""What the colours mean: one line under the indicator table (the text's highlights use them too)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ..models.roles import LEGEND, STATUS_COLOURS


def legend_html() -> str:
    swatches = [
        f'<span style="color:{STATUS_COLOURS[status].darker(115).name()};">■</span>&nbsp;{label}'
        for status, label in LEGEND
    ]
    return "颜色：" + "&nbsp;&nbsp;".join(swatches) + "&nbsp;&nbsp;　完成一份报告：Ctrl+Enter"


class StatusLegend(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(legend_html(), parent)
        self.setObjectName("statusLegend")
        self.setWordWrap(True)
        self.setToolTip("待确认：程序抽取、尚未确认的数值（回车确认）\n未提及：报告中没有找到（完成本报告时记为“无此项”）\n"
                        "已确认 / 已修改 / 无此项：审核人的决定")
