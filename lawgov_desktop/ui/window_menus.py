"""The window's menus and actions, built from the shortcut table.

Every action with a key takes it from ``shortcuts.SHORTCUTS``, so 帮助 → 快捷键 and
the menus cannot disagree.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from .shortcuts import shortcut

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create every menu and action of ``window``; returns the actions by shortcut name."""
    actions: dict[str, QAction] = {}

    def make(name: str, slot, checkable: bool = False) -> QAction:
        item = shortcut(name)
        action = QAction(item.label, window)
        action.setShortcuts([QKeySequence(key) for key in item.keys])
        action.setCheckable(checkable)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        (action.toggled if checkable else action.triggered).connect(slot)
        window.addAction(action)
        actions[name] = action
        return action

    bar = window.menuBar()
    file_menu = bar.addMenu("文件(&F)")
    file_menu.addAction(make("open_files", window.choose_files))
    file_menu.addAction(make("open_folder", window.choose_folder))
    window.recent_menu = file_menu.addMenu("最近的批次")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addAction(make("new_batch", lambda: window.new_batch("新批次")))
    file_menu.addSeparator()
    file_menu.addAction(make("export_summary", window.export_summary))
    file_menu.addSeparator()
    file_menu.addAction(make("settings", window.edit_settings))
    file_menu.addSeparator()
    file_menu.addAction(make("quit", window.close))
    edit_menu = bar.addMenu("审核(&E)")
    undo = window.session.undo_stack.createUndoAction(window, "撤销")
    redo = window.session.undo_stack.createRedoAction(window, "重做")
    for name, action in (("undo", undo), ("redo", redo)):
        action.setShortcuts([QKeySequence(key) for key in shortcut(name).keys])
        actions[name] = action
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    confirm = QAction("确认当前值", window)
    confirm.setShortcut(QKeySequence("Enter"))
    confirm.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the table handles Enter itself
    confirm.triggered.connect(lambda: window.controller.confirm())
    edit_menu.addAction(confirm)
    mark_absent = make("mark_absent", lambda: window.controller.mark_absent())
    mark_absent.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Delete belongs to the table
    edit_menu.addAction(mark_absent)
    edit_menu.addAction(make("edit_note", lambda: window.controller.edit_note()))
    edit_menu.addSeparator()
    edit_menu.addAction(make("finish_report", lambda: window.controller.finish_report()))
    edit_menu.addSeparator()
    set_value = make("set_from_selection", lambda: window.controller.set_from_selection())
    window.text.set_value_action = set_value
    set_value.setText("设为所选指标的值")
    edit_menu.addAction(set_value)
    edit_menu.addSeparator()
    edit_menu.addAction(make("next_open", lambda: window.controller.next_open()))
    edit_menu.addAction(make("next_low_confidence", lambda: window.controller.next_low_confidence()))
    edit_menu.addAction(make("next_indicator_word", lambda: window.controller.next_indicator_word()))
    edit_menu.addAction(make("next_unmentioned_with_words", lambda: window.controller.next_unmentioned_with_words()))
    open_only = make("open_only", window.open_only.setChecked, checkable=True)
    window.open_only.toggled.connect(open_only.setChecked)
    edit_menu.addAction(open_only)
    view_menu = bar.addMenu("查看(&V)")
    view_menu.addAction(make("next_report", lambda: window.batch_view.step(+1)))
    view_menu.addAction(make("previous_report", lambda: window.batch_view.step(-1)))
    view_menu.addAction(make("focus_batch", lambda: window.batch_view.table.setFocus()))
    view_menu.addAction(make("focus_text", lambda: window.text.setFocus()))
    view_menu.addAction(make("focus_table", lambda: window.table.setFocus()))
    view_menu.addSeparator()
    view_menu.addAction(make("find", window.find_bar.open_bar))
    view_menu.addAction(make("find_next", window.find_bar.find_next))
    view_menu.addAction(make("find_previous", window.find_bar.find_previous))
    view_menu.addAction(make("zoom_in", lambda: window.text.set_zoom(window.text.zoom + 1)))
    view_menu.addAction(make("zoom_out", lambda: window.text.set_zoom(window.text.zoom - 1)))
    view_menu.addAction(make("zoom_reset", lambda: window.text.set_zoom(0)))
    view_menu.addSeparator()
    view_menu.addAction(window.findings_dock.toggleViewAction())
    view_menu.addAction(window.problems_dock.toggleViewAction())
    view_menu.addAction(window.audit_dock.toggleViewAction())
    view_menu.addAction(window.comparison_dock.toggleViewAction())
    help_menu = bar.addMenu("帮助(&H)")
    help_menu.addAction(make("show_shortcuts", window.show_shortcuts))
    # Keyless actions: not in the shortcut table, which lists keys.
    help_menu.addAction("打开数据目录", window.open_data_folder)
    help_menu.addSeparator()
    help_menu.addAction("关于…", window.show_about)
    return actions
