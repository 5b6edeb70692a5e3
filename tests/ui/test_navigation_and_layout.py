"""Moving through a batch and reading the window on an ordinary office screen."""
from __future__ import annotations

import random
from dataclasses import replace

from PySide6.QtCore import Qt

from invented_reports import make_report
from lawgov_desktop.core.review import CellStatus
from lawgov_desktop.ui.models.roles import CELL_ROLE, Column
from ui_helpers import TEN_VALUES, county_report, variant

REGIONS = [("乙县", 2024), ("甲县", 2024), ("甲县", 2023), ("丙区", 2024), ("", 2024)]


def _listed(window) -> list[tuple[str, int | None, str]]:
    proxy, rows = window.batch_view.proxy, []
    for row in range(proxy.rowCount()):
        source = window.batch_model.report_row(proxy.mapToSource(proxy.index(row, 0)).row())
        rows.append((source.region, source.year, source.name))
    return rows


def _add_in_order(window, order) -> None:
    for number in order:
        region, year = REGIONS[number]
        report = county_report(region or "某地", TEN_VALUES, year=year, folder=f"/tmp/{number}")
        if not region:
            report = replace(report, metadata=replace(report.metadata, region=None))
        window.session.add_report(replace(report, content_hash=f"hash{number}"))


def test_the_list_is_in_region_year_file_order_whatever_order_the_files_finish(window, qtbot):
    _add_in_order(window, [0, 1, 2, 3, 4])
    first = _listed(window)
    assert [(r, y) for r, y, _ in first] == [("丙区", 2024), ("乙县", 2024), ("甲县", 2023), ("甲县", 2024),
                                              ("", 2024)]  # sorted by region (no region last), then year
    for seed in (1, 2):
        order = list(range(len(REGIONS)))
        random.Random(seed).shuffle(order)
        batch = window.new_batch(f"第{seed}次载入")
        assert window.session.batch_id == batch
        _add_in_order(window, order)
        assert _listed(window) == first


def test_next_report_keys_never_select_two_reports(window, qtbot):
    _add_in_order(window, [0, 1, 2, 3])
    first_row = window.batch_view.proxy.index(0, 0)
    window.batch_view.select_report(window.batch_model.report_row(
        window.batch_view.proxy.mapToSource(first_row).row()).report_id)
    selection = window.batch_view.table.selectionModel()
    window.batch_view.table.setFocus()
    seen = [window.controller.report_id]
    for _ in range(3):
        qtbot.keyClick(window.batch_view.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert len(selection.selectedRows()) == 1
        seen.append(window.controller.report_id)
    assert len(set(seen)) == 4 and window.batch_view.selected_report_ids() == [seen[-1]]
    qtbot.keyClick(window.batch_view.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert len(selection.selectedRows()) == 1 and window.controller.report_id == seen[-2]


def test_at_1366_by_768_name_value_and_status_lie_inside_the_tables_viewport(window, qtbot):
    window.resize(1366, 768)
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    qtbot.wait(50)
    table = window.table
    table.setFocus()
    for _ in range(5):  # the reviewer at work: confirming moves the cursor down the table
        qtbot.keyClick(table, Qt.Key.Key_Return)
    window.controller.select_indicator("case_file_reviews")
    viewport = table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    for column in (Column.NAME, Column.VALUE, Column.STATUS):
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= viewport, (column, left, viewport)
    # a cut-off indicator name or category says itself in full on hover
    index = window.proxy_index_of("enforcement_staff_certified").siblingAtColumn(Column.NAME)
    assert "持证行政执法人员数" in index.data(Qt.ItemDataRole.ToolTipRole)
    category = index.siblingAtColumn(Column.CATEGORY)
    assert category.data(Qt.ItemDataRole.ToolTipRole) == category.data()
    # the file names in the list keep room to be read
    assert window.batch_view.table.columnWidth(0) >= window.batch_view.table.fontMetrics().horizontalAdvance("青禾县2024")


def test_tab_leaves_the_report_list_and_goes_round_the_panes(window, qtbot):
    window.session.add_report(make_report())
    qtbot.waitUntil(lambda: window.controller.report_id is not None)
    window.activateWindow()
    window.batch_view.table.setFocus()
    qtbot.waitUntil(lambda: window.batch_view.table.hasFocus())
    visited = []
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        visited.append(window.focusWidget())
    assert visited == [window.text, window.facts_view, window.table]
    assert "QTableView:focus" in window.styleSheet()  # the pane with the keys is framed


def test_undo_and_redo_select_the_cell_that_changed(loaded, qtbot):
    loaded.table.setFocus()
    qtbot.keyClick(loaded.table, Qt.Key.Key_Return)  # confirms gov_meetings, moves on
    assert loaded.table.current_row_index().data(CELL_ROLE).indicator_id != "gov_meetings"
    loaded.actions_by_name["undo"].trigger()
    assert loaded.table.current_row_index().data(CELL_ROLE).indicator_id == "gov_meetings"
    loaded.controller.select_indicator("publicity_events")
    loaded.actions_by_name["redo"].trigger()
    assert loaded.table.current_row_index().data(CELL_ROLE).indicator_id == "gov_meetings"


def test_a_second_next_low_confidence_says_there_is_no_other(loaded, qtbot):
    loaded.controller.select_indicator("enforcement_cert_rate")
    loaded.table.setFocus()
    qtbot.keyClick(loaded.table, Qt.Key.Key_Return)  # 0.70 confirmed: 0.85 is the only low one left
    loaded.actions_by_name["next_low_confidence"].trigger()
    assert loaded.table.current_row_index().data(CELL_ROLE).indicator_id == "enforcement_staff_certified"
    loaded.statusBar().clearMessage()
    loaded.actions_by_name["next_low_confidence"].trigger()
    assert "没有其他" in loaded.statusBar().currentMessage()


def test_status_text_follows_the_current_row(loaded):
    loaded.controller.select_indicator("legal_aid_cases")
    assert "未提及" in loaded.statusBar().currentMessage()
    loaded.controller.select_indicator("gov_meetings")
    assert loaded.statusBar().currentMessage() == ""


def test_the_reviewer_is_asked_for_a_name_on_the_first_edit(window, qtbot):
    from lawgov_desktop.store.settings import load_settings

    window.session.apply_settings(replace(window.session.settings, reviewer=""))
    asked = []
    window.session.ask_reviewer = lambda default: asked.append(default) or "王审核"
    report_id = window.session.add_report(make_report())
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(asked) == 1  # once, not on every edit
    assert {e.reviewer for e in window.session.store.audit_trail(report_id)} == {"王审核"}
    assert load_settings().reviewer == "王审核"


def test_a_file_that_is_no_report_says_so(window, qtbot):
    from lawgov_desktop.core.pipeline import content_hash
    from lawgov_desktop.core.types import Document, Report, ReportMetadata

    text = "不动产权证书\n权利人：张某某\n坐落：某某路8号\n用途：住宅\n面积：89.5平方米\n登记机构（章）\n"
    report_id = window.session.add_report(Report("/tmp/证书.ofd", Document("/tmp/证书.ofd", text, "ofd"),
                                                 ReportMetadata(), content_hash=content_hash(text)))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    model = window.findings_view.findings_model
    assert [model.finding(r).rule for r in range(model.rowCount())] == ["report.topic"]
    assert "不是法治政府建设年度报告" in model.finding(0).message
    row = window.batch_model.row_of(report_id)
    assert window.batch_model.index(row, 0).data().startswith("？")
    assert "不是法治政府建设年度报告" in window.batch_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_reopening_the_same_folder_says_how_many_were_already_there(window, qtbot, tmp_path):
    for number in range(3):
        (tmp_path / f"{number}.txt").write_text(variant(number), encoding="utf-8")
    with qtbot.waitSignal(window.loader.finished, timeout=20000):
        window.open_paths([str(tmp_path)])
    assert "已载入 3 份报告" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.loader.finished, timeout=20000) as finished:
        window.open_paths([str(tmp_path)])
    assert finished.args == [0, 0, False]
    assert "已载入 0 份新报告" in window.statusBar().currentMessage()
    assert "3 份已在批次中" in window.statusBar().currentMessage()


def test_the_legend_names_every_state(window):
    text = window.legend.text()
    for word in ("待确认", "已确认", "已修改", "未提及", "无此项"):
        assert word in text
    assert all(status in {s for s, _ in __import__("lawgov_desktop.ui.models.roles", fromlist=["LEGEND"]).LEGEND}
               for status in CellStatus)
