"""An edit the database refuses is not an edit: the reviewer is told at once, the cell keeps its
old value and nothing goes on the undo stack (issue 14, item 1)."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from lawgov_desktop.core.review import CellStatus, ReportFact
from ui_helpers import TEN_VALUES, county_report


@pytest.fixture
def dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *rest: shown.append((title, text)))
    return shown


@pytest.fixture
def reviewing(window, qtbot):
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    return window, report_id


class HeldLock:
    """Another program in the middle of a write to the batch database."""

    def __init__(self, path):
        self.connection = sqlite3.connect(path, isolation_level=None)

    def __enter__(self):
        self.connection.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, *exc):
        self.connection.execute("ROLLBACK")
        self.connection.close()


def test_a_value_typed_while_the_database_is_locked_is_not_kept(reviewing, dialogs):
    window, report_id = reviewing
    steps_before = window.session.undo_stack.count()
    with HeldLock(window.session.store.path):
        window.proxy.setData(window.proxy_index_of("reconsideration_cases"), "4242")
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "未能保存" and "《batch.sqlite3》" in text and "占用" in text and "4242" in text
    assert window.session.undo_stack.count() == steps_before  # nothing to undo
    index = window.proxy_index_of("reconsideration_cases")
    assert index.data() == "47"  # the cell shows what is stored
    assert window.session.store.cell(report_id, "reconsideration_cases").value == 47
    assert window.session.store.audit_trail(report_id) == []
    window.proxy.setData(window.proxy_index_of("reconsideration_cases"), "4242")  # the lock is gone: it works
    assert window.session.store.cell(report_id, "reconsideration_cases").value == 4242
    assert window.session.undo_stack.count() == steps_before + 1


def test_finishing_while_locked_changes_no_cell(reviewing, dialogs):
    window, report_id = reviewing
    window.controller.ask_finish = lambda pending, parent: "confirm"
    with HeldLock(window.session.store.path):
        window.actions_by_name["finish_report"].trigger()
    assert len(dialogs) == 1 and "本报告审核完成" in dialogs[0][1]
    reviewed = window.session.store.reviewed_report(report_id)
    assert (reviewed.pending_cells, reviewed.unmentioned_cells) == (10, 35)
    assert window.session.undo_stack.count() == 0
    assert all(c.status.is_open for c in window.table_model.cells())


def test_a_fact_typed_while_locked_is_not_kept(reviewing, dialogs):
    window, report_id = reviewing
    with HeldLock(window.session.store.path):
        window.facts_model.setData(window.facts_model.index(0, window.facts_model.column_of(ReportFact.YEAR)), "2023")
    assert len(dialogs) == 1 and "年度" in dialogs[0][1]
    assert window.facts_model.index(0, 1).data() == "2024"
    assert window.session.undo_stack.count() == 0


def test_an_undo_that_cannot_be_saved_says_so_and_leaves_no_false_history(reviewing, dialogs, qtbot):
    window, report_id = reviewing
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # gov_meetings confirmed and stored
    with HeldLock(window.session.store.path):
        window.actions_by_name["undo"].trigger()
    assert len(dialogs) == 1 and "撤销" in dialogs[0][1] and "占用" in dialogs[0][1]
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 0)
    assert window.session.store.cell(report_id, "gov_meetings").status is CellStatus.CONFIRMED
    row = window.table_model.row_of("gov_meetings")
    assert window.table_model.cell_at(row).status is CellStatus.CONFIRMED  # the table shows what is stored
