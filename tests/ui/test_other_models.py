"""The batch list, findings and shortcut models pass Qt's model tester and show what they hold."""
from __future__ import annotations

from PySide6.QtCore import Qt

from invented_reports import INDICATOR_IDS, make_report
from lawgov_desktop.core.review import reviewed_from_extraction
from lawgov_desktop.ui.models.findings_model import FindingsModel
from lawgov_desktop.ui.models.report_list_model import ReportListModel, ReportRow
from lawgov_desktop.ui.models.roles import EVIDENCE_ROLE, INDICATOR_ID_ROLE, REPORT_ID_ROLE
from lawgov_desktop.ui.models.shortcut_table_model import ShortcutTableModel
from lawgov_desktop.ui.shortcuts import SHORTCUTS


def reviewed(report_id: int = 7):
    from dataclasses import replace

    return replace(reviewed_from_extraction(make_report(), INDICATOR_IDS), report_id=report_id,
                   extra={"changed_on_disk": "1", "duplicates": "/b/副本.txt"})


def test_report_list_model(qtmodeltester):
    model = ReportListModel()
    model.set_rows([ReportRow.from_reviewed(reviewed(7)), ReportRow.from_reviewed(reviewed(8))])
    qtmodeltester.check(model, force_py=True)
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown == ["⚠ 青禾县2024.txt", "青禾县", "2024", "待审", "6", "1"]  # 待确认: values found
    assert model.index(0, 0).data(REPORT_ID_ROLE) == 7
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "已被修改" in tooltip and "/b/副本.txt" in tooltip


def test_report_list_add_replaces_a_known_report(qapp):
    model = ReportListModel()
    model.add_row(ReportRow.from_reviewed(reviewed(7)))
    model.add_row(ReportRow.from_reviewed(reviewed(7)))
    assert model.rowCount() == 1


def test_findings_model(qtmodeltester):
    model = FindingsModel()
    model.set_findings(make_report().findings)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "警告"
    assert model.index(0, 1).data() == "办结率低于纠错率的合理范围"
    assert model.index(0, 1).data(EVIDENCE_ROLE).text == "其中纠错6件"
    assert model.index(0, 1).data(INDICATOR_ID_ROLE) == "reconsideration_cases"


def test_shortcut_model(qtmodeltester):
    model = ShortcutTableModel(SHORTCUTS)
    qtmodeltester.check(model, force_py=True)
    assert model.index(len(SHORTCUTS) - 1, 2).data() == "快捷键一览"


def test_audit_trail_model(qtmodeltester, catalog):
    from lawgov_desktop.core.review import CellStatus
    from lawgov_desktop.store import AuditEntry
    from lawgov_desktop.ui.models.audit_trail_model import AuditTrailModel

    model = AuditTrailModel(catalog)
    model.set_entries([
        AuditEntry(1, "gov_meetings", 12, 12, CellStatus.AUTO, CellStatus.CONFIRMED, "", "2025-03-01T09:00:00+08:00",
                   "张三"),
        AuditEntry(1, "gov_meetings", 12, None, CellStatus.CONFIRMED, CellStatus.ABSENT, "原文无此项",
                   "2025-03-01T09:05:00+08:00", "张三"),
    ])
    qtmodeltester.check(model, force_py=True)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "2025-03-01 09:05:00", "政府常务会议研究法治政府建设次数", "12", "空", "已确认 → 无此项", "原文无此项", "张三"]
