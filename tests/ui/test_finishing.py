"""A review a reviewer can finish: Enter on each value found, then 本报告审核完成 (Ctrl+Enter)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from lawgov_desktop.core.review import CellStatus, ReportStatus
from lawgov_desktop.ui.models.roles import CELL_ROLE
from ui_helpers import TEN_VALUES, county_report


def _load(window, qtbot, report):
    report_id = window.session.add_report(report)
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    return report_id


def test_ten_values_found_are_finished_by_ten_enters_and_one_key(window, qtbot):
    report_id = _load(window, qtbot, county_report("青禾县", TEN_VALUES))
    reviewed = window.session.store.reviewed_report(report_id)
    assert (reviewed.pending_cells, reviewed.unmentioned_cells) == (10, 35)
    assert window.batch_model.index(0, 4).data() == "10"  # 待确认 counts the values found only
    window.table.setFocus()
    for _ in range(10):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.session.store.reviewed_report(report_id).status is ReportStatus.IN_REVIEW
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reviewed = window.session.store.reviewed_report(report_id)
    assert reviewed.status is ReportStatus.DONE
    assert {c.indicator_id for c in reviewed.cells if c.status is CellStatus.CONFIRMED} == set(TEN_VALUES)
    absent = {c.indicator_id for c in reviewed.cells if c.status is CellStatus.ABSENT}
    assert len(absent) == 35
    trail = window.session.store.audit_trail(report_id)
    finished = [e for e in trail if e.new_status is CellStatus.ABSENT]
    assert {e.indicator_id for e in finished} == absent and len(finished) == 35  # one audit row per cell
    assert all(e.old_status is CellStatus.NOT_MENTIONED and e.reviewer == "测试员" for e in finished)
    assert window.batch_model.index(0, 3).data() == "已完成"
    assert "已完成" in window.report_label.text()


def test_finishing_is_one_undoable_step(window, qtbot):
    report_id = _load(window, qtbot, county_report("青禾县", TEN_VALUES))
    window.controller.ask_finish = lambda pending, parent: "confirm"
    window.actions_by_name["finish_report"].trigger()
    assert window.session.store.reviewed_report(report_id).status is ReportStatus.DONE
    window.actions_by_name["undo"].trigger()
    reviewed = window.session.store.reviewed_report(report_id)
    assert (reviewed.pending_cells, reviewed.unmentioned_cells) == (10, 35)
    assert all(window.table_model.cell_at(r).status.is_open for r in range(window.table_model.rowCount()))


def test_finishing_with_values_left_asks_and_can_go_back_to_them(window, qtbot):
    report_id = _load(window, qtbot, county_report("青禾县", TEN_VALUES))
    asked = []
    window.controller.ask_finish = lambda pending, parent: asked.append(pending) or "review"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # one of ten confirmed
    window.controller.select_indicator("legal_aid_cases")
    window.actions_by_name["finish_report"].trigger()
    assert asked == [9]
    reviewed = window.session.store.reviewed_report(report_id)
    assert reviewed.status is ReportStatus.IN_REVIEW and reviewed.unmentioned_cells == 35  # nothing changed
    assert window.table.current_row_index().data(CELL_ROLE).status is CellStatus.AUTO  # back on a pending value


def test_finishing_may_confirm_what_is_left_when_the_reviewer_says_so(window, qtbot):
    report_id = _load(window, qtbot, county_report("青禾县", TEN_VALUES))
    window.controller.ask_finish = lambda pending, parent: "confirm"
    window.actions_by_name["finish_report"].trigger()
    reviewed = window.session.store.reviewed_report(report_id)
    assert reviewed.status is ReportStatus.DONE and reviewed.pending_cells == 0
    assert len(window.session.store.audit_trail(report_id)) == 45


def test_export_warns_only_about_reports_not_finished(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    done_id = _load(window, qtbot, county_report("青禾县", TEN_VALUES))
    window.controller.ask_finish = lambda pending, parent: "confirm"
    window.actions_by_name["finish_report"].trigger()
    window.session.add_report(county_report("白石县", TEN_VALUES))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *rest: warnings.append(text) or QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "汇总.xlsx"), ""))
    window.actions_by_name["export_summary"].trigger()
    assert len(warnings) == 1
    assert "白石县" in warnings[0] and "青禾县" not in warnings[0] and "1 份" in warnings[0]
    assert window.session.store.reviewed_report(done_id).status is ReportStatus.DONE
