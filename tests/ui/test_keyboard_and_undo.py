"""Reviewing without a mouse, and undoing any edit — also after moving to another report."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from invented_reports import make_report
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.ui.models.roles import CELL_ROLE, REPORT_ID_ROLE


def current(window):
    return window.table.current_row_index().data(CELL_ROLE)


def stored(window, indicator_id, report_id=None):
    return window.session.store.cell(report_id or window.controller.report_id, indicator_id)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    window.table.setFocus()
    qtbot.keyClick(window.table, key, modifier)


def pending_in_order(window) -> list[str]:
    """The 待确认 cells (values the extractor found) in the table's order."""
    return [c.indicator_id for c in window.table_model.cells() if c.status is CellStatus.AUTO]


def test_report_opens_on_its_first_pending_cell(loaded):
    assert current(loaded).indicator_id == "gov_meetings" == pending_in_order(loaded)[0]


def test_enter_confirms_and_moves_to_the_next_pending_cell(loaded, qtbot):
    following = pending_in_order(loaded)[1]
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert stored(loaded, "gov_meetings").status is CellStatus.CONFIRMED
    assert current(loaded).indicator_id == following  # 未提及 cells between them are not visited


def test_enter_skips_cells_already_reviewed(loaded, qtbot):
    _first, second, third = pending_in_order(loaded)[:3]
    loaded.controller.select_indicator(second)
    press(qtbot, loaded, Qt.Key.Key_Delete)
    loaded.controller.select_indicator("gov_meetings")
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert current(loaded).indicator_id == third


def test_enter_on_a_not_mentioned_cell_confirms_that_the_report_has_none(loaded, qtbot):
    assert stored(loaded, "legal_aid_cases").status is CellStatus.NOT_MENTIONED
    loaded.controller.select_indicator("legal_aid_cases")
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert stored(loaded, "legal_aid_cases").status is CellStatus.ABSENT
    assert loaded.table.state() != loaded.table.State.EditingState


def test_enter_on_an_absent_cell_starts_editing_instead(loaded, qtbot):
    loaded.controller.select_indicator("legal_aid_cases")
    press(qtbot, loaded, Qt.Key.Key_Delete)
    loaded.controller.select_indicator("legal_aid_cases")
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert loaded.table.state() == loaded.table.State.EditingState
    assert stored(loaded, "legal_aid_cases").status is CellStatus.ABSENT


def test_delete_marks_absent(loaded, qtbot):
    loaded.controller.select_indicator("legal_aid_cases")
    press(qtbot, loaded, Qt.Key.Key_Delete)
    assert stored(loaded, "legal_aid_cases").status is CellStatus.ABSENT


def test_typing_a_digit_starts_editing_the_value(loaded, qtbot):
    loaded.controller.select_indicator("legal_aid_cases")
    press(qtbot, loaded, Qt.Key.Key_3)
    assert loaded.table.state() == loaded.table.State.EditingState
    qtbot.keyClick(loaded.focusWidget(), Qt.Key.Key_7)
    qtbot.keyClick(loaded.focusWidget(), Qt.Key.Key_Return)
    assert stored(loaded, "legal_aid_cases").value == 37


def test_next_low_confidence_skips_confident_cells(loaded):
    loaded.actions_by_name["next_low_confidence"].trigger()
    assert current(loaded).indicator_id == "enforcement_staff_certified"  # 0.85 < 0.9
    loaded.actions_by_name["next_low_confidence"].trigger()
    assert current(loaded).indicator_id == "enforcement_cert_rate"  # 0.40


def test_open_only_filter_shows_the_pending_cells(loaded, qtbot):
    pending = pending_in_order(loaded)
    press(qtbot, loaded, Qt.Key.Key_Return)
    loaded.actions_by_name["open_only"].trigger()
    assert loaded.open_only.isChecked()
    shown = {loaded.proxy.index(r, 0).data(CELL_ROLE).indicator_id for r in range(loaded.proxy.rowCount())}
    assert shown == set(pending) - {"gov_meetings"}


def test_every_shortcut_in_the_help_is_a_real_action(window):
    from lawgov_desktop.ui.shortcuts import SHORTCUTS

    for item in SHORTCUTS:
        if item.action:
            action = window.actions_by_name[item.action]
            assert [k.toString() for k in action.shortcuts()], item.action


def test_undo_and_redo_an_edit(loaded, qtbot):
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert stored(loaded, "gov_meetings").status is CellStatus.CONFIRMED
    loaded.actions_by_name["undo"].trigger()
    assert stored(loaded, "gov_meetings").status is CellStatus.AUTO
    assert loaded.table_model.cells()[0].status is CellStatus.AUTO
    loaded.actions_by_name["redo"].trigger()
    assert stored(loaded, "gov_meetings").status is CellStatus.CONFIRMED


def test_undo_is_recorded_in_the_audit_trail(loaded, qtbot):
    press(qtbot, loaded, Qt.Key.Key_Return)
    loaded.actions_by_name["undo"].trigger()
    trail = loaded.session.store.audit_trail(loaded.controller.report_id)
    assert [(e.old_status, e.new_status) for e in trail] == [
        (CellStatus.AUTO, CellStatus.CONFIRMED), (CellStatus.CONFIRMED, CellStatus.AUTO)]
    assert trail[1].note.startswith("撤销")


def test_undo_after_switching_reports_goes_back_to_that_report(loaded, qtbot):
    first = loaded.controller.report_id
    press(qtbot, loaded, Qt.Key.Key_Return)
    second = loaded.session.add_report(make_report("/tmp/其他.txt", text=make_report().document.text + "附。\n"))
    loaded.batch_view.select_report(second)
    assert loaded.controller.report_id == second
    loaded.actions_by_name["undo"].trigger()
    assert loaded.controller.report_id == first
    assert loaded.batch_view.current_report_id() == first
    assert stored(loaded, "gov_meetings", first).status is CellStatus.AUTO
    assert current(loaded).indicator_id == "gov_meetings"


def test_required_reason_is_asked_for_a_correction(loaded, qtbot):
    loaded.session.apply_settings(replace(loaded.session.settings, require_reason=True))
    asked = []
    loaded.controller.ask_note = lambda name, note, required, parent: asked.append((name, required)) or "以台账为准"
    index = loaded.proxy_index_of("reconsideration_cases")
    loaded.proxy.setData(index, "46")
    assert asked == [("行政复议案件数", True)]
    cell = stored(loaded, "reconsideration_cases")
    assert (cell.value, cell.note) == (46, "以台账为准")
    assert loaded.session.store.audit_trail(loaded.controller.report_id)[-1].note == "以台账为准"


def test_cancelled_reason_cancels_the_correction(loaded):
    loaded.session.apply_settings(replace(loaded.session.settings, require_reason=True))
    loaded.controller.ask_note = lambda *args: None
    loaded.proxy.setData(loaded.proxy_index_of("reconsideration_cases"), "46")
    assert stored(loaded, "reconsideration_cases").value == 45
    assert "修改已取消" in loaded.statusBar().currentMessage()


def test_confirming_needs_no_reason_even_when_required(loaded, qtbot):
    loaded.session.apply_settings(replace(loaded.session.settings, require_reason=True))
    loaded.controller.ask_note = lambda *args: pytest.fail("a confirmation asked for a reason")
    press(qtbot, loaded, Qt.Key.Key_Return)
    assert stored(loaded, "gov_meetings").status is CellStatus.CONFIRMED


def test_note_can_be_added_to_any_cell(loaded):
    loaded.controller.ask_note = lambda name, note, required, parent: "已电话核实"
    loaded.actions_by_name["edit_note"].trigger()
    assert stored(loaded, "gov_meetings").note == "已电话核实"


def test_next_and_previous_report(loaded):
    loaded.session.add_report(make_report("/tmp/其他.txt", text=make_report().document.text + "附。\n"))
    listed = [loaded.batch_view.proxy.index(r, 0).data(REPORT_ID_ROLE) for r in range(2)]
    loaded.batch_view.select_report(listed[0])
    loaded.actions_by_name["next_report"].trigger()
    assert loaded.controller.report_id == listed[1]
    loaded.actions_by_name["previous_report"].trigger()
    assert loaded.controller.report_id == listed[0]


def test_audit_dock_lists_the_reports_changes_newest_first(loaded, qtbot):
    loaded.session.apply_settings(replace(loaded.session.settings, reviewer="张三"))
    press(qtbot, loaded, Qt.Key.Key_Return)
    loaded.controller.ask_note = lambda *args: "以台账为准"
    loaded.proxy.setData(loaded.proxy_index_of("reconsideration_cases"), "46")
    model = loaded.audit_view.audit_model
    assert model.rowCount() == 2
    newest = [model.index(0, column).data() for column in range(model.columnCount())]
    assert newest[1:] == ["行政复议案件数", "45", "46", "自动 → 已修改", "", "张三"]
    loaded.audit_view.clicked.emit(model.index(1, 0))
    assert current(loaded).indicator_id == "gov_meetings"
