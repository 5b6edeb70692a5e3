"""The batch list (filter, sort, files changed on disk) and the settings dialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from invented_reports import TEXT, make_report
from lawgov_desktop.store.settings import ReviewSettings, load_settings
from lawgov_desktop.ui.dialogs.settings_dialog import SettingsDialog
from lawgov_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from lawgov_desktop.ui.shortcuts import SHORTCUTS


def add(window, name: str, region: str) -> int:
    from dataclasses import replace

    report = make_report(f"/tmp/{name}.txt", text=TEXT + name + "\n")
    return window.session.add_report(replace(report, metadata=replace(report.metadata, region=region)))


def visible_files(window) -> list[str]:
    proxy = window.batch_view.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_batch_list_filters_by_any_column(window):
    add(window, "甲县报告", "甲县")
    add(window, "乙区报告", "乙区")
    window.batch_view.filter.setText("乙区")
    assert visible_files(window) == ["乙区报告.txt"]
    window.batch_view.filter.setText("")
    assert len(visible_files(window)) == 2


def test_batch_list_sorts(window):
    add(window, "b报告", "乙区")
    add(window, "a报告", "甲县")
    window.batch_view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert visible_files(window) == ["a报告.txt", "b报告.txt"]


def test_reopened_batch_flags_a_file_changed_on_disk(window, qtbot, tmp_path):
    path = tmp_path / "青禾县.txt"
    path.write_text(TEXT, encoding="utf-8")
    batch = window.session.batch_id
    window.session.add_report(make_report(str(path)))
    path.write_text(TEXT.replace("45件", "54件"), encoding="utf-8")
    window.open_batch(batch)
    qtbot.waitUntil(lambda: window.batch_model.index(0, 0).data().startswith("⚠"), timeout=10000)
    assert "被修改" in window.statusBar().currentMessage()


def test_settings_dialog_round_trip(qtbot):
    dialog = SettingsDialog(ReviewSettings(reviewer="王五", require_reason=False, low_confidence=0.6))
    qtbot.addWidget(dialog)
    dialog.reviewer.setText(" 赵六 ")
    dialog.require_reason.setChecked(True)
    dialog.low_confidence.setValue(0.75)
    assert dialog.settings() == ReviewSettings(reviewer="赵六", require_reason=True, low_confidence=0.75)


def test_settings_are_applied_and_saved(window, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: (self.reviewer.setText("赵六"), 1)[1])
    window.edit_settings()
    assert window.session.store.reviewer == "赵六"
    assert load_settings().reviewer == "赵六"


def test_shortcut_help_lists_every_shortcut(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(SHORTCUTS)
    assert dialog.model.index(0, 1).data() == "Ctrl+O"


def test_export_writes_the_reviewed_batch_to_excel(window, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    report_id = window.session.add_report(make_report())
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    window.proxy.setData(window.proxy_index_of("reconsideration_cases"), "46")
    target = tmp_path / "汇总表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *rest: warnings.append(text) or QMessageBox.StandardButton.Yes)
    window.actions_by_name["export_summary"].trigger()
    qtbot.waitUntil(lambda: "已导出" in window.statusBar().currentMessage(), timeout=20000)
    # the report is not 已完成: the reviewer was told, by name, before exporting
    assert len(warnings) == 1 and Path(make_report().file).name in warnings[0]
    workbook = load_workbook(target)
    assert len(workbook.sheetnames) >= 2
    values = [cell.value for row in workbook.worksheets[0].iter_rows() for cell in row]
    assert 46 in values


def test_cancelling_the_unfinished_warning_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.session.add_report(make_report())
    target = tmp_path / "汇总表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    window.actions_by_name["export_summary"].trigger()
    qtbot.wait(200)
    assert not target.exists()


def test_export_of_the_selected_reports_only(window, qtbot, tmp_path, monkeypatch):
    from dataclasses import replace as copy

    from openpyxl import load_workbook
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QFileDialog

    first = make_report("/tmp/甲县.txt", text=TEXT + "甲\n")
    second = make_report("/tmp/乙区.txt", text=TEXT + "乙\n")
    third = make_report("/tmp/丙市.txt", text=TEXT + "丙\n")
    for report, region in ((first, "甲县"), (second, "乙区"), (third, "丙市")):
        window.session.add_report(copy(report, metadata=copy(report.metadata, region=region)))
    qtbot.waitUntil(lambda: window.batch_model.rowCount() == 3)
    selection = window.batch_view.table.selectionModel()
    proxy = window.batch_view.proxy
    selection.clearSelection()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 1).data() in ("甲县", "丙市"):
            selection.select(proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    asked = []
    monkeypatch.setattr(window, "choose_export_scope", lambda total, chosen: asked.append((total, chosen)) or "selected")
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    target = tmp_path / "所选.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.actions_by_name["export_summary"].trigger()
    qtbot.waitUntil(lambda: "已导出" in window.statusBar().currentMessage(), timeout=20000)
    assert asked == [(3, 2)]
    regions = {cell.value for row in load_workbook(target)["汇总"].iter_rows(min_row=5) for cell in row[1:2]}
    assert {"甲县", "丙市"} <= regions and "乙区" not in regions


def test_export_of_an_empty_batch_says_so(window):
    window.actions_by_name["export_summary"].trigger()
    assert "还没有报告" in window.statusBar().currentMessage()


def test_comparison_dock_shows_the_reviewed_figures(window, qtbot):
    from dataclasses import replace as copy

    first = make_report("/tmp/甲县.txt", text=TEXT + "甲\n")
    second = make_report("/tmp/乙区.txt", text=TEXT + "乙\n")
    first_id = window.session.add_report(copy(first, metadata=copy(first.metadata, region="甲县")))
    window.session.add_report(copy(second, metadata=copy(second.metadata, region="乙区")))
    window.batch_view.select_report(first_id)
    qtbot.waitUntil(lambda: window.controller.report_id == first_id)
    window.proxy.setData(window.proxy_index_of("reconsideration_cases"), "46")
    window.comparison_dock.show()
    window.comparison_dock.raise_()
    window.refresh_comparison()
    model = window.comparison_view.region_model
    texts = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert "46" in texts and "45" in texts  # 甲县 as corrected, 乙区 as extracted
