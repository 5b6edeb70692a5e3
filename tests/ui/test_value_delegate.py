"""Typing into the value editor: accepted forms land in the table, nonsense is refused on the spot."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.ui.models.roles import CELL_ROLE, Column


def open_editor(window, qtbot, indicator_id):
    window.controller.select_indicator(indicator_id)
    index = window.table.current_row_index()
    window.table.edit(index)
    editor = window.table.findChild(QComboBox)
    qtbot.waitUntil(lambda: editor is not None and editor.isVisible())
    return index, editor


def type_and_enter(qtbot, editor, text):
    # QTest can only type ASCII keys; Chinese input arrives as text, as from an input method.
    editor.lineEdit().setText(text)
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)


ACCEPTED = [
    ("publicity_events", "1.2万", 12000),
    ("reconsideration_cases", "四十六", 46),
    ("enforcement_cert_rate", "百分之九十五", 95),
    ("enforcement_cert_rate", "96%", 96),
    ("reconsideration_completion_rate", "99.1", 99.1),
    ("legal_aid_cases", "约300件", 300),
]


@pytest.mark.parametrize(("indicator_id", "typed", "value"), ACCEPTED)
def test_typed_value_is_stored(loaded, qtbot, indicator_id, typed, value):
    index, editor = open_editor(loaded, qtbot, indicator_id)
    type_and_enter(qtbot, editor, typed)
    qtbot.waitUntil(lambda: loaded.table.state() != loaded.table.State.EditingState)
    report_id = loaded.controller.report_id
    assert loaded.session.store.cell(report_id, indicator_id).value == value


REFUSED = [
    ("reconsideration_cases", "-5", "负数"),
    ("enforcement_cert_rate", "120%", "不能超过 100%"),
    ("publicity_events", "很多", "不是数值"),
    ("reconsideration_cases", "4.5", "整数"),
]


@pytest.mark.parametrize(("indicator_id", "typed", "reason"), REFUSED)
def test_nonsense_is_refused_with_a_chinese_message_and_the_editor_stays(loaded, qtbot, indicator_id, typed, reason):
    report_id = loaded.controller.report_id
    before = loaded.session.store.cell(report_id, indicator_id)
    index, editor = open_editor(loaded, qtbot, indicator_id)
    with qtbot.waitSignal(loaded.table.value_delegate.inputRejected) as rejected:
        type_and_enter(qtbot, editor, typed)
    assert reason in rejected.args[0]
    assert reason in loaded.statusBar().currentMessage()
    assert loaded.table.state() == loaded.table.State.EditingState
    assert loaded.session.store.cell(report_id, indicator_id) == before


def test_editor_offers_the_ranked_alternatives(loaded, qtbot):
    _, editor = open_editor(loaded, qtbot, "gov_meetings")
    assert [editor.itemData(i) for i in range(editor.count())] == ["12", "13"]
    editor.activated.emit(1)
    assert editor.currentText() == "13"
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    cell = loaded.session.store.cell(loaded.controller.report_id, "gov_meetings")
    assert (cell.value, cell.status) == (13, CellStatus.CORRECTED)


def test_enter_in_the_editor_moves_to_the_next_open_cell(loaded, qtbot):
    index, editor = open_editor(loaded, qtbot, "gov_meetings")
    type_and_enter(qtbot, editor, "12")
    current = loaded.table.current_row_index().data(CELL_ROLE)
    assert current.indicator_id != "gov_meetings" and current.status.is_open
    assert loaded.table.current_row_index().column() == Column.VALUE
