"""文件 → 导出汇总表 over a workbook that is open in Excel/WPS (its lock file beside it):
the window asks, keeps the old file when the reviewer declines and writes when told to."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from invented_reports import make_report

OLD = b"old workbook"


def _export_over_an_open_workbook(window, qtbot, tmp_path, monkeypatch, answer: bool):
    window.session.add_report(make_report())
    target = tmp_path / "汇总表.xlsx"
    target.write_bytes(OLD)
    (tmp_path / "~$汇总表.xlsx").write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)  # unfinished: go on
    asked = []
    monkeypatch.setattr(window, "confirm_overwrite_open", lambda error: asked.append(error.message) or answer)
    window.actions_by_name["export_summary"].trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    return target, asked


def test_declining_keeps_the_open_workbook(window, qtbot, tmp_path, monkeypatch):
    target, asked = _export_over_an_open_workbook(window, qtbot, tmp_path, monkeypatch, answer=False)
    assert asked[0].startswith("《汇总表.xlsx》正被其他程序打开") and "《~$汇总表.xlsx》" in asked[0]
    qtbot.waitUntil(lambda: "未导出" in window.statusBar().currentMessage(), timeout=5000)
    assert target.read_bytes() == OLD


def test_confirming_writes_the_workbook(window, qtbot, tmp_path, monkeypatch):
    target, asked = _export_over_an_open_workbook(window, qtbot, tmp_path, monkeypatch, answer=True)
    qtbot.waitUntil(lambda: "已导出" in window.statusBar().currentMessage(), timeout=20000)
    assert len(asked) == 1 and target.read_bytes()[:2] == b"PK"
