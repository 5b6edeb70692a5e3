"""Every keyboard shortcut of the window, declared once.

Menu actions take their keys from here and 帮助 → 快捷键 lists this table, so the
help can never disagree with the window.  ``action`` is None for keys handled
inside a widget (the table's Enter, the editor's Alt+↓) rather than by a menu.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shortcut:
    action: str | None
    keys: tuple[str, ...]
    label: str
    group: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("open_files", ("Ctrl+O",), "打开报告文件…", "文件"),
    Shortcut("open_folder", ("Ctrl+Shift+O",), "打开文件夹…", "文件"),
    Shortcut("new_batch", ("Ctrl+Shift+N",), "新建批次", "文件"),
    Shortcut("export_summary", ("Ctrl+E",), "导出汇总表（Excel）…", "文件"),
    Shortcut("settings", ("Ctrl+,",), "设置…", "文件"),
    Shortcut("quit", ("Ctrl+Q",), "退出", "文件"),
    Shortcut(None, ("Enter",), "确认当前值，并跳到下一个待确认项（“未提及”项记为“无此项”）", "审核"),
    Shortcut(None, ("F2", "直接输入数字"), "修改当前值（回车确认，Esc 取消）", "审核"),
    Shortcut(None, ("Alt+↓",), "修改时打开候选值列表", "审核"),
    Shortcut("mark_absent", ("Delete",), "标记为“无此项”", "审核"),
    Shortcut("finish_report", ("Ctrl+Return", "Ctrl+Enter"), "本报告审核完成（其余“未提及”项记为“无此项”）", "审核"),
    Shortcut("edit_note", ("Ctrl+M",), "填写备注（修改原因）…", "审核"),
    Shortcut("set_from_selection", ("Ctrl+D",), "把报告中选中的文字设为所选指标的值", "审核"),
    Shortcut("next_open", ("Ctrl+J",), "跳到下一个待确认项", "审核"),
    Shortcut("next_low_confidence", ("Ctrl+L",), "跳到下一个低置信度项", "审核"),
    Shortcut("next_indicator_word", ("Ctrl+K",), "在正文中逐处查看所选指标的相关用语（查没抽到的数）", "审核"),
    Shortcut("next_unmentioned_with_words", ("Ctrl+Shift+K",), "跳到下一个正文有相关用语的“未提及”项", "审核"),
    Shortcut("open_only", ("Ctrl+Shift+F",), "只显示待确认项（开/关）", "审核"),
    Shortcut("undo", ("Ctrl+Z",), "撤销", "审核"),
    Shortcut("redo", ("Ctrl+Y", "Ctrl+Shift+Z"), "重做", "审核"),
    Shortcut("next_report", ("Ctrl+PgDown",), "下一份报告", "浏览"),
    Shortcut("previous_report", ("Ctrl+PgUp",), "上一份报告", "浏览"),
    Shortcut("focus_batch", ("Alt+1",), "转到报告列表", "浏览"),
    Shortcut("focus_text", ("Alt+2",), "转到报告正文", "浏览"),
    Shortcut("focus_table", ("Alt+3",), "转到指标表", "浏览"),
    Shortcut("find", ("Ctrl+F",), "在正文中查找", "正文"),
    Shortcut("find_next", ("F3",), "查找下一个", "正文"),
    Shortcut("find_previous", ("Shift+F3",), "查找上一个", "正文"),
    Shortcut("zoom_in", ("Ctrl++", "Ctrl+="), "放大正文", "正文"),
    Shortcut("zoom_out", ("Ctrl+-",), "缩小正文", "正文"),
    Shortcut("zoom_reset", ("Ctrl+0",), "正文恢复原始大小", "正文"),
    Shortcut("show_shortcuts", ("F1",), "快捷键一览", "帮助"),
)


def shortcut(action: str) -> Shortcut:
    for item in SHORTCUTS:
        if item.action == action:
            return item
    raise KeyError(action)
