"""文件 → 导出汇总表 (Ctrl+E): the batch, or the selected reports, as reviewed so far.

The reports and their findings are read and checked in a worker (the service's
snapshot through its own read-only connection), then the workbook is written
there too; the window only asks the questions: which reports, go on although some
are not 已完成, where to.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..core.errors import LawgovError
from ..core.review import ReportStatus
from .workers import run_in_background

if TYPE_CHECKING:
    from .main_window import MainWindow

LISTED = 12


def export_summary(window: MainWindow) -> None:
    session = window.session
    if session.batch_id is None or not window.batch_model.rowCount():
        window.statusBar().showMessage("批次中还没有报告，无法导出", 8000)
        return
    report_ids = session.service.report_ids(session.batch_id)
    report_ids = _chosen(window, report_ids)
    if not report_ids:
        return
    summaries = [session.service.summary(report_id) for report_id in report_ids]  # statuses, no checks yet
    if not _confirm_unfinished(window, summaries):
        return
    info = session.service.batch_info(session.batch_id)
    suggested = Path.home() / f"{Path(info.name).stem or '审核'}汇总表.xlsx"
    target, _ = QFileDialog.getSaveFileName(window, "导出汇总表", str(suggested), "Excel 工作簿 (*.xlsx)")
    if not target:
        return
    _write(window, session.service.reviewed_reports_job(report_ids), target, force=False)


def _write(window: MainWindow, read, target: str, force: bool) -> None:
    """Read, check and write off the UI thread; a workbook open in another program (its lock
    file beside it) is kept unless the reviewer says to write anyway."""
    catalog = window.session.catalog

    def write() -> Path:
        from ..export import export_workbook

        return export_workbook(read(), catalog, target, force=force)

    def failed(error: Exception) -> None:
        from ..export.errors import TargetInUseError

        if isinstance(error, TargetInUseError) and not force:
            if window.confirm_overwrite_open(error):
                _write(window, read, target, force=True)
            else:
                window.statusBar().showMessage("未导出：目标文件正被其他程序打开", 8000)
            return
        message = error.message if isinstance(error, LawgovError) else f"导出失败（{type(error).__name__}）"
        QMessageBox.warning(window, "导出失败", message)

    window.statusBar().showMessage("正在导出汇总表…")
    window.export_task = run_in_background(
        write, lambda path: window.statusBar().showMessage(f"已导出《{Path(path).name}》", 15000), failed)


def confirm_overwrite_open(window: MainWindow, error) -> bool:
    """Ask before writing over a workbook that an office lock file says is open."""
    return _yes_or_cancel(QMessageBox.question, window, "文件正被打开",
                          f"{error.message}。\n\n如果该文件确实已在 Excel/WPS 中打开，请先关闭它；如果没有程序打开它"
                          f"（锁定文件是程序异常退出时留下的），可以仍然覆盖。\n\n仍然覆盖吗？")


def _yes_or_cancel(ask, window: MainWindow, title: str, text: str) -> bool:
    """``ask`` (QMessageBox.question or .warning) with 是/取消, 取消 the default: True for 是."""
    answer = ask(window, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                 QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def _chosen(window: MainWindow, report_ids: list[int]) -> list[int]:
    """The whole batch, or — when several reports are selected — the reviewer's choice."""
    selected = window.batch_view.selected_report_ids()
    if len(selected) < 2:
        return report_ids
    scope = window.choose_export_scope(len(report_ids), len(selected))
    if scope == "batch":
        return report_ids
    if scope == "selected":
        wanted = set(selected)
        return [report_id for report_id in report_ids if report_id in wanted]
    return []


def choose_export_scope(window: MainWindow, batch_count: int, selected_count: int) -> str | None:
    """Ask: the whole batch ("batch"), the selected reports ("selected"), or cancel (None)."""
    box = QMessageBox(QMessageBox.Icon.Question, "导出汇总表", "要导出哪些报告？", parent=window)
    whole = box.addButton(f"整个批次（{batch_count} 份）", QMessageBox.ButtonRole.AcceptRole)
    chosen = box.addButton(f"所选报告（{selected_count} 份）", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(chosen)
    box.exec()
    return {id(whole): "batch", id(chosen): "selected"}.get(id(box.clickedButton()))


def _confirm_unfinished(window: MainWindow, reports: list) -> bool:
    """Warn only about reports not 已完成: their 待确认 values and 未提及 indicators are unreviewed."""
    unfinished = [r for r in reports if r.cells and r.status is not ReportStatus.DONE]
    if not unfinished:
        return True
    names = [Path(r.file).name for r in unfinished]
    listed = "\n".join(f"· {name}（待确认 {r.pending_cells} 项，未提及 {r.unmentioned_cells} 项）"
                       for name, r in zip(names[:LISTED], unfinished))
    if len(names) > LISTED:
        listed += f"\n……等共 {len(names)} 份"
    return _yes_or_cancel(QMessageBox.warning, window, "有报告尚未审核完成",
                          f"以下 {len(names)} 份报告尚未审核完成，其中待确认的数值和未提及的指标会在汇总表中标为未审核：\n\n"
                          f"{listed}\n\n仍然导出吗？（审核完一份报告后按 Ctrl+Enter 即可完成该报告）")
