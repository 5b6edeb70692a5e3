"""The review window: batch list | report text | facts row and indicator table, with docks below.

Assembles the parts and wires drag-and-drop, loading and window state; the menus
are in ``window_menus``, the work on cells in ``ReviewController``, loading in
``ReportLoader``, export in ``summary_export``, persistence and the checks in the
session's ``service.BatchService``.  Docks: 检查结果 (the current report's findings,
checked again after every edit), 无法读取的文件, 修改记录 (its audit trail), 对比 (the
batch's regions side by side and year on year, from the reviewed figures).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..core.review import ReportFact, ReviewedCell
from ..store.settings import save_settings
from . import summary_export
from .comparison_source import reports_for_comparison
from .dialogs.about_dialog import AboutDialog, open_folder
from .dialogs.reviewer_dialog import ReviewerDialog
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.shortcuts_dialog import ShortcutsDialog
from .models.cell_filter_proxy import CellFilterProxy
from .models.indicator_table_model import IndicatorTableModel
from .models.report_facts_model import ReportFactsModel
from .models.report_list_model import ReportListModel, ReportRow
from .models.roles import Column
from .batch_check_runner import BatchCheckRunner
from .report_loader import ReportLoader
from .review_controller import ReviewController
from .review_session import ReviewSession
from .views.batch_view import BatchView
from .views.find_bar import FindBar
from .views.indicator_table_view import IndicatorTableView
from .views.load_progress import LoadProgress
from .views.report_facts_view import ReportFactsView
from .views.report_text_view import ReportTextView
from .views.status_legend import StatusLegend
from .window_docks import build_docks
from .window_menus import build_menus
from .window_style import FOCUS_FRAME_STYLE

BACKUP_CHECK_MS = 5 * 60 * 1000
ROW_FLUSH_MS = 300
COMPARISON_REFRESH_MS = 500
SPLITTER_SHARES = (0.22, 0.33, 0.45)  # batch list, report text, table: the table needs room for 指标/值/状态


class MainWindow(QMainWindow):
    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("法治政府建设年度报告审阅")
        self.setAcceptDrops(True)
        self.setStyleSheet(FOCUS_FRAME_STYLE)
        self.actions_by_name: dict[str, QAction] = {}
        self.startup_warnings: list[str] = []  # shown once the window is up
        self.recent_menu = None  # 文件 → 最近的批次, made with the menus
        self.export_task = None
        self.sample_batch_id: int | None = None  # the first start's sample batch: the drop hint stays
        self._pending_rows: list[ReportRow] = []
        self._default_splitter = True  # until the reviewer moves it or a saved layout is restored
        self._row_timer = QTimer(self, interval=ROW_FLUSH_MS, singleShot=True)
        self._row_timer.timeout.connect(self._flush_rows)
        self._build_panes()
        self._build_docks()
        self.controller = ReviewController(session, self.table_model, self.proxy, self.table, self.text,
                                           self.facts_model, self.facts_view, self)
        self.loader = ReportLoader(session, self)
        self.batch_checks = BatchCheckRunner(session, lambda: self.loader.busy, self)
        session.ask_reviewer = lambda default: ReviewerDialog.ask(default, self)
        self.actions_by_name.update(build_menus(self))
        self._connect()
        self._set_tab_order()
        # Files dropped anywhere land on the window: no child takes them (a line edit
        # would paste the path as text).
        for child in self.findChildren(QWidget):
            child.setAcceptDrops(False)
        self.window_state = QSettings(str(paths.user_config_dir() / "window.ini"), QSettings.Format.IniFormat)
        self._restore_state()
        self._backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(lambda: self.session.store.backups.backup_if_due())
        self._backup_timer.start()

    # -- building ------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.batch_model = ReportListModel(self)
        self.batch_view = BatchView(self.batch_model, self)
        self.text = ReportTextView(self)
        self.text.setTabChangesFocus(True)
        self.find_bar = FindBar(self.text, self)
        self.find_bar.hide()
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.text)
        self.table_model = IndicatorTableModel(self.session.catalog, self)
        self.proxy = CellFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = IndicatorTableView(self)
        self.table.setModel(self.proxy)
        self.facts_model = ReportFactsModel(self)
        self.facts_view = ReportFactsView(self)
        self.facts_view.setModel(self.facts_model)
        self.open_only = QCheckBox("只看待确认", self)
        self.report_label = QLabel(self)
        # Its text changes with every edit; it must never resize the panes (a width change
        # makes the report text lay itself out again, a visible pause on long reports).
        self.report_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = StatusLegend(self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.report_label, 1)
        top.addWidget(self.open_only)
        right_layout.addLayout(top)
        right_layout.addWidget(self.facts_view)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.batch_view, centre, right):
            self.splitter.addWidget(pane)
        for index, share in enumerate(SPLITTER_SHARES):
            self.splitter.setStretchFactor(index, int(share * 100))
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self.progress = LoadProgress(self)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_docks(self) -> None:
        build_docks(self)
        # Recomputed shortly after changes, and only while someone is looking at it.
        self._comparison_timer = QTimer(self, interval=COMPARISON_REFRESH_MS, singleShot=True)
        self._comparison_timer.timeout.connect(self.refresh_comparison)
        self.comparison_dock.visibilityChanged.connect(lambda visible: visible and self._comparison_timer.start())

    def _connect(self) -> None:
        self.batch_view.reportSelected.connect(self.controller.show_report)
        self.controller.reportShown.connect(self._on_report_shown)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.controller.rowHint.connect(self._show_row_hint)
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.session.reportAdded.connect(self._on_report_added)
        self.session.cellsChanged.connect(self._on_cells_changed)
        self.session.factChanged.connect(self._on_fact_changed)
        self.session.batchOpened.connect(self._on_batch_opened)
        self.session.saveFailed.connect(self.show_save_failure)
        self.batch_checks.reportsChecked.connect(self._on_reports_checked)
        self.findings_view.findingActivated.connect(self._on_finding)
        self.audit_view.indicatorActivated.connect(self._on_audit_row)
        self.loader.started.connect(self.progress.start)
        self.loader.progress.connect(self.progress.update_progress)
        self.loader.problem.connect(self._add_problem)
        self.loader.duplicateFound.connect(self._on_duplicate)
        self.loader.changedOnDisk.connect(self._refresh_row)
        self.loader.checkedOnDisk.connect(lambda count: self.statusBar().showMessage(
            f"{count} 份报告的文件在审核开始后被修改（列表中标 ⚠），表中仍是原文件的数值", 15000))
        self.loader.saveFailed.connect(self.show_save_failure)
        self.loader.finished.connect(self._on_load_finished)
        self.progress.cancelRequested.connect(self._cancel_load)
        self.text.zoomChanged.connect(self._remember_zoom)

    def _set_tab_order(self) -> None:
        """Tab goes round the panes: filter, report list, text, facts, indicator table, findings."""
        chain = [self.batch_view.filter, self.batch_view.table, self.text, self.facts_view, self.table,
                 self.open_only, self.findings_view]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- files ---------------------------------------------------------------------

    def open_paths(self, inputs: list[str]) -> None:
        """Load files and folders into the current batch (a new one if none is open)."""
        resolved = [str(Path(item).expanduser().resolve()) for item in inputs]
        if self.session.batch_id is None:
            self.new_batch(Path(resolved[0]).stem if resolved else "新批次")
        self.loader.load(resolved)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "打开报告文件", "", "报告文件 (*.txt *.docx *.doc *.wps *.pdf *.html *.htm *.mhtml *.ofd);;所有文件 (*)")
        if files:
            self.open_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "打开报告文件夹")
        if folder:
            self.open_paths([folder])

    def new_batch(self, name: str) -> int:
        return self.session.new_batch(name)

    def export_summary(self) -> None:
        summary_export.export_summary(self)

    def confirm_overwrite_open(self, error) -> bool:
        return summary_export.confirm_overwrite_open(self, error)

    def choose_export_scope(self, batch_count: int, selected_count: int) -> str | None:
        return summary_export.choose_export_scope(self, batch_count, selected_count)

    def open_or_create_batch(self, name: str) -> int:
        existing = self.session.service.batch_named(name)
        if existing is None:
            return self.new_batch(name)
        self.open_batch(existing)
        return existing

    def open_batch(self, batch_id: int) -> None:
        self.loader.cancel()
        self.session.open_batch(batch_id)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for info in self.session.service.recent_batches():
            label = f"{info.name}（{info.report_count} 份，{info.opened_at[:16].replace('T', ' ')}）"
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _checked=False, batch=info.id: self.open_batch(batch))
        if not self.recent_menu.actions():
            self.recent_menu.addAction("（暂无）").setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_paths(files)

    def _cancel_load(self) -> None:
        self.progress.cancelling()
        self.loader.cancel()

    def _on_load_finished(self, loaded: int, failed: int, cancelled: bool) -> None:
        self._flush_rows()
        self._comparison_changed()
        self.progress.finish()
        parts = [f"已载入 {loaded} 份新报告" if self.loader.already else f"已载入 {loaded} 份报告"]
        if self.loader.already:
            parts.append(f"{self.loader.already} 份已在批次中（未重新抽取）")
        if failed:
            parts.append(f"{failed} 个文件无法读取（见“无法读取的文件”）")
            self.problems_dock.show()
            self.problems_dock.raise_()
        if self.loader.duplicates:
            parts.append(f"{self.loader.duplicates} 个文件与已载入的报告内容相同，不再重复审核")
        if cancelled:
            parts.append("其余文件已取消")
        self.statusBar().showMessage("，".join(parts), 15000)
        if self.batch_view.current_report_id() is None and self.batch_model.rowCount():
            self.batch_view.step(0)
        self.schedule_batch_checks()

    def _add_problem(self, message: str) -> None:
        rows = self.problems_model.rowCount()
        self.problems_model.insertRows(rows, 1)
        self.problems_model.setData(self.problems_model.index(rows), message)

    def _on_duplicate(self, path: str, report_id: int) -> None:
        original = Path(self.session.store.reviewed_report(report_id).file).name
        self.statusBar().showMessage(f"《{Path(path).name}》与已载入的《{original}》内容相同，不再重复审核", 15000)
        self._refresh_row(report_id)

    def show_save_failure(self, message: str) -> None:
        """An edit (or a loaded report) was not stored: say so at once, in a dialog the reviewer must close."""
        self.statusBar().showMessage("修改未能保存", 15000)
        QMessageBox.warning(self, "未能保存", message)

    # -- reacting ------------------------------------------------------------------

    def _on_batch_opened(self, batch_id: int) -> None:
        self._row_timer.stop()
        self._pending_rows = []
        self.controller.show_report(None)
        service = self.session.service
        reports = [service.summary(report_id) for report_id in service.report_ids(batch_id)]
        rows = [ReportRow.from_reviewed(r) for r in reports if r.cells]
        self.batch_model.set_rows(rows)
        self.problems_model.setStringList([m for r in reports if not r.cells for m in r.errors])
        info = service.batch_info(batch_id)
        self.setWindowTitle(f"{info.name} — 法治政府建设年度报告审阅")
        self.update_hint()
        if rows:
            self.batch_view.step(0)
        self._comparison_changed()
        self.schedule_batch_checks()
        self.loader.check_on_disk()

    def _on_report_added(self, report_id: int) -> None:
        reviewed = self.session.service.summary(report_id)
        if not reviewed.cells:
            return
        self._pending_rows.append(ReportRow.from_reviewed(reviewed))
        if self.batch_model.rowCount() == 0 or not self.loader.busy:
            self._flush_rows()  # the first report, or one added outside a load, shows at once
            if not self.loader.busy:
                self.schedule_batch_checks()
        elif not self._row_timer.isActive():
            self._row_timer.start()

    def _flush_rows(self) -> None:
        """Rows arrive in batches: one insertion per report makes the whole window lay
        itself out again each time, which shows while hundreds of reports load."""
        self._row_timer.stop()
        rows, self._pending_rows = self._pending_rows, []
        self.batch_model.add_rows(rows)
        self.update_hint()
        if rows and self.batch_view.current_report_id() is None:
            self.batch_view.select_report(rows[0].report_id)

    def update_hint(self) -> None:
        """“把报告拖到这里” while the batch is empty, and over the sample on a first start."""
        batch = self.session.batch_id
        self.batch_view.show_hint(not self.batch_model.rowCount() or
                                  (batch is not None and batch == self.sample_batch_id))

    def refresh_comparison(self) -> None:
        if self.session.store.closed:
            return  # a refresh scheduled just before the program closed its database
        if self.session.batch_id is None:
            self.comparison_view.set_reports([], self.session.catalog)
            return
        reviewed = self.session.store.reviewed_reports(self.session.batch_id)
        self.comparison_view.set_reports(reports_for_comparison(reviewed), self.session.catalog)

    def _comparison_changed(self) -> None:
        if self.comparison_dock.isVisible() and not self.comparison_dock.visibleRegion().isEmpty():
            self._comparison_timer.start()

    def _on_cells_changed(self, report_id: int, _cells: list[ReviewedCell]) -> None:
        self._report_changed(report_id)

    def _on_fact_changed(self, report_id: int, _fact: ReportFact) -> None:
        self._report_changed(report_id)

    def _report_changed(self, report_id: int) -> None:
        """An edit was stored: its checks ran again (``service.reviewed``); the batch checks are due."""
        self._comparison_changed()
        self._refresh_row(report_id, fresh=True)
        if report_id == self.controller.report_id:
            self._show_findings(report_id)
            self.audit_view.set_entries(self.session.service.audit_trail(report_id))
        self.schedule_batch_checks()

    def _refresh_row(self, report_id: int, fresh: bool = False) -> None:
        if any(row.report_id == report_id for row in self._pending_rows):
            self._flush_rows()
        service = self.session.service
        reviewed = service.reviewed(report_id) if fresh else service.summary(report_id)
        self.batch_model.replace_row(ReportRow.from_reviewed(reviewed))

    def schedule_batch_checks(self) -> None:
        self.batch_checks.schedule()

    def run_batch_checks(self) -> None:
        self.batch_checks.run()

    def _on_reports_checked(self, reports: list) -> None:
        """The batch checks came back: new 问题 counts, and the dock if the current report changed."""
        for reviewed in reports:
            self.batch_model.replace_row(ReportRow.from_reviewed(reviewed))
            if reviewed.report_id == self.controller.report_id:
                self._show_findings(reviewed.report_id)

    def _on_report_shown(self, report_id: int) -> None:
        self.batch_view.select_report(report_id)
        self._show_findings(report_id)
        self.audit_view.set_entries(self.session.service.audit_trail(report_id))
        self.find_bar.refresh()

    def _show_findings(self, report_id: int) -> None:
        reviewed = self.session.service.reviewed(report_id)  # checked now, on the reviewed values
        self.findings_view.set_findings(reviewed.findings)
        self.batch_model.replace_row(ReportRow.from_reviewed(reviewed))  # its 问题 count too
        self._update_report_label(reviewed)

    def _update_report_label(self, reviewed) -> None:
        if self.controller.report_id is None:
            self.report_label.setText("")
            return
        counts = f"待确认 {reviewed.pending_cells} 项，未提及 {reviewed.unmentioned_cells} 项"
        self.report_label.setText(f"{Path(reviewed.file).name}：{reviewed.status.label}，{counts}")
        self.report_label.setToolTip(reviewed.file)

    def _show_row_hint(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _on_finding(self, evidence, indicator_id) -> None:
        if indicator_id:
            self.controller.select_indicator(indicator_id)
        if evidence is not None:
            self.text.show_evidence(evidence)

    def _on_audit_row(self, key: str) -> None:
        fact = ReportFact.from_audit_key(key)
        if fact is not None:
            self.controller.select_fact(fact)
        else:
            self.controller.select_indicator(key)

    # -- settings and state --------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.session.settings, self)
        if dialog.exec():
            settings = dialog.settings()
            self.session.apply_settings(settings)
            save_settings(settings)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def open_data_folder(self) -> None:
        if not open_folder(paths.user_data_dir()):
            self.statusBar().showMessage(f"无法打开数据目录：{paths.user_data_dir()}", 8000)

    def _remember_zoom(self, steps: int) -> None:
        if steps == self.session.settings.text_zoom:
            return  # restored at start, nothing new to write
        settings = replace(self.session.settings, text_zoom=steps)
        self.session.apply_settings(settings)
        save_settings(settings)

    def _restore_state(self) -> None:
        geometry = self.window_state.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            available = self.screen().availableGeometry() if self.screen() else None
            self.resize(min(1800, available.width()) if available else 1500,
                        min(1000, available.height()) if available else 900)
        state = self.window_state.value("windowState")
        if state is not None:
            self.restoreState(state)
        splitter = self.window_state.value("splitter")
        if splitter is not None:
            self._default_splitter = False
            self.splitter.restoreState(splitter)
        else:
            QTimer.singleShot(0, lambda: self.resizeDocks([self.findings_dock], [120], Qt.Orientation.Vertical))
        self._apply_default_splitter()
        self.text.set_zoom(self.session.settings.text_zoom)

    def _apply_default_splitter(self) -> None:
        """First run: shares of the window's width, the table's share enough for 指标/值/状态."""
        if self._default_splitter:
            width = self.splitter.width() or self.width()
            self.splitter.setSizes([int(width * share) for share in SPLITTER_SHARES])

    def _splitter_moved(self, *_args) -> None:
        self._default_splitter = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_default_splitter()

    def save_window_state(self) -> None:
        self.window_state.setValue("geometry", self.saveGeometry())
        self.window_state.setValue("windowState", self.saveState())
        self.window_state.setValue("splitter", self.splitter.saveState())
        self.window_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (self._comparison_timer, self._row_timer, self._backup_timer):
            timer.stop()
        self.batch_checks.stop()
        self.loader.cancel()
        self.save_window_state()
        event.accept()

    def show_store_message(self) -> None:
        """Tell the reviewer what went wrong at start-up (a repaired or replaced database, a catalog)."""
        messages = list(self.startup_warnings)
        if self.session.store.recovery_message:
            messages.insert(0, self.session.store.recovery_message)
        if messages:
            # open(), not exec(): the batch loads behind the message.
            self._warning_box = QMessageBox(QMessageBox.Icon.Warning, "请注意", "\n\n".join(messages),
                                            QMessageBox.StandardButton.Ok, self)
            self._warning_box.open()

    def proxy_index_of(self, indicator_id: str) -> QModelIndex:
        row = self.table_model.row_of(indicator_id)
        return self.proxy.mapFromSource(self.table_model.index(row, Column.VALUE)) if row >= 0 else QModelIndex()
