"""地区, 年度, 报告主体, 发布日期: corrected in the window, checked, audited, undone, exported."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from lawgov_desktop.cli import main as cli_main
from lawgov_desktop.core.review import ReportFact
from ui_helpers import TEN_VALUES, county_report


def _type_fact(window, qtbot, fact: ReportFact, text: str) -> None:
    view = window.facts_view
    index = window.facts_model.index(0, window.facts_model.column_of(fact))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = window.focusWidget()
    editor.setText(text)  # Chinese comes in through the input method as committed text, not key by key
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _rules(window) -> list[str]:
    model = window.findings_view.findings_model
    return [model.finding(r).rule for r in range(model.rowCount())]


def _exported(window, tmp_path) -> dict:
    out = tmp_path / "批次.json"
    assert cli_main(["export", str(window.session.store.path), "--json", str(out)]) == 0
    (report,) = json.loads(out.read_text(encoding="utf-8"))["reports"]
    return report


def test_a_corrected_year_and_publish_date_reach_the_timeliness_check_and_the_export(window, qtbot, tmp_path):
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES, publish_date="2025-03-10"))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    assert window.facts_model.index(0, 3).data() == "2025-03-10"
    assert "timeliness.late" not in _rules(window)

    _type_fact(window, qtbot, ReportFact.PUBLISH_DATE, "2025年6月30日")  # as the 落款 writes it
    assert window.facts_model.index(0, 3).data() == "2025-06-30"
    assert "timeliness.late" in _rules(window)  # after the 4月1日 deadline for a 2024 report
    report = _exported(window, tmp_path)
    assert report["metadata"]["publish_date"] == "2025-06-30"
    assert "timeliness.late" in [f["rule"] for f in report["findings"]]

    _type_fact(window, qtbot, ReportFact.YEAR, "二〇二五")  # the report was on 2025 after all
    assert window.facts_model.index(0, 1).data() == "2025"
    assert "timeliness.late" not in _rules(window)  # due 2026-04-01 now
    report = _exported(window, tmp_path)
    assert report["metadata"]["year"] == 2025
    assert "timeliness.late" not in [f["rule"] for f in report["findings"]]
    assert window.batch_model.index(0, 2).data() == "2025"

    trail = window.session.store.audit_trail(report_id)
    assert [(e.fact, e.old_value, e.new_value) for e in trail] == [
        (ReportFact.PUBLISH_DATE, "2025-03-10", "2025-06-30"), (ReportFact.YEAR, 2024, 2025)]
    model = window.audit_view.audit_model
    assert model.index(0, 1).data() == "年度"  # the audit dock names the fact in Chinese


def test_a_date_that_does_not_exist_is_refused_in_place(window, qtbot):
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES, publish_date="2025-03-10"))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    messages = []
    window.facts_view.fact_delegate.inputRejected.connect(messages.append)
    _type_fact(window, qtbot, ReportFact.PUBLISH_DATE, "2025-02-30")
    assert messages and "没有这一天" in messages[0]
    assert window.facts_view.state() == window.facts_view.State.EditingState  # still editing
    assert window.session.store.reviewed_report(report_id).metadata.publish_date == "2025-03-10"
    assert window.session.store.audit_trail(report_id) == []


def test_a_fact_correction_is_undone_like_a_value(window, qtbot):
    report_id = window.session.add_report(county_report("青禾县", TEN_VALUES))
    qtbot.waitUntil(lambda: window.controller.report_id == report_id)
    _type_fact(window, qtbot, ReportFact.REGION, "青禾新区")
    assert window.session.store.reviewed_report(report_id).metadata.region == "青禾新区"
    assert window.facts_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # shown as corrected
    window.table.setFocus()
    window.actions_by_name["undo"].trigger()
    reviewed = window.session.store.reviewed_report(report_id)
    assert reviewed.metadata.region == "青禾县" and reviewed.corrected_facts == ()
    assert window.facts_model.index(0, 0).data() == "青禾县"
    assert window.facts_view.currentIndex().column() == 0  # undo shows what it changed
    window.actions_by_name["redo"].trigger()
    assert window.session.store.reviewed_report(report_id).metadata.region == "青禾新区"
