"""The review window: batch list | report text | indicator table, with docks below.

Assembles the parts and wires drag-and-drop, export and window state; the menus
are in ``window_menus``, the work on cells in ``ReviewController``, loading in
``ReportLoader``, persistence in the session's store.  Docks: 检查结果 (the checks'
findings for the current report), 无法读取的文件, 修改记录 (its audit trail), 对比
(the batch's regions side by side and year on year, from the reviewed figures).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..core.errors import LawgovError
from ..core.review import ReportStatus
from ..store.disk import DiskState, disk_state
from ..store.settings import save_settings
from .dialogs.about_dialog import AboutDialog, open_folder
from .dialogs.settings_dialog import SettingsDialog
from .dialogs.shortcuts_dialog import ShortcutsDialog
from .models.cell_filter_proxy import CellFilterProxy
from .models.indicator_table_model import IndicatorTableModel
from .models.report_list_model import ReportListModel, ReportRow
from .models.roles import Column
from .report_loader import ReportLoader
from .review_controller import ReviewController
from .review_session import ReviewSession
from .comparison import ComparisonView
from .comparison_source import reports_for_comparison
from .views.audit_trail_view import AuditTrailView
from .views.batch_view import BatchView
from .views.find_bar import FindBar
from .views.findings_view import FindingsView
from .views.indicator_table_view import IndicatorTableView
from .views.load_progress import LoadProgress
from .views.report_text_view import ReportTextView
from .window_menus import build_menus
from .workers import run_in_background

BACKUP_CHECK_MS = 5 * 60 * 1000
ROW_FLUSH_MS = 300
COMPARISON_REFRESH_MS = 500


class MainWindow(QMainWindow):
    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("法治政府建设年度报告审阅")
        self.setAcceptDrops(True)
        self.actions_by_name: dict[str, QAction] = {}
        self.startup_warnings: list[str] = []  # shown once the window is up
        self.recent_menu = None  # 文件 → 最近的批次, made with the menus
        self._pending_rows: list[ReportRow] = []
        self._row_timer = QTimer(self, interval=ROW_FLUSH_MS, singleShot=True)
        self._row_timer.timeout.connect(self._flush_rows)
        self._build_panes()
        self._build_docks()
        self.controller = ReviewController(session, self.table_model, self.proxy, self.table, self.text, self)
        self.loader = ReportLoader(session, self)
        self.actions_by_name.update(build_menus(self))
        self._connect()
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
        self.open_only = QCheckBox("只看待确认", self)
        self.report_label = QLabel(self)
        # Its text changes with every edit; it must never resize the panes (a width change
        # makes the report text lay itself out again, a visible pause on long reports).
        self.report_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.report_label, 1)
        top.addWidget(self.open_only)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.batch_view, centre, right):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 5)
        self.setCentralWidget(self.splitter)
        self.progress = LoadProgress(self)
        self.statusBar().addPermanentWidget(self.progress)

    def _build_docks(self) -> None:
        self.findings_view = FindingsView(self)
        self.findings_dock = QDockWidget("检查结果", self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings_view)
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setAcceptDrops(False)
        self.problems_dock = QDockWidget("无法读取的文件", self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems_view)
        self.audit_view = AuditTrailView(self.session.catalog, self)
        self.audit_dock = QDockWidget("修改记录", self)
        self.audit_dock.setObjectName("auditDock")
        self.audit_dock.setWidget(self.audit_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.audit_dock)
        self.comparison_view = ComparisonView(self)
        self.comparison_dock = QDockWidget("对比", self)
        self.comparison_dock.setObjectName("comparisonDock")
        self.comparison_dock.setWidget(self.comparison_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.comparison_dock)
        self.tabifyDockWidget(self.findings_dock, self.problems_dock)
        self.tabifyDockWidget(self.problems_dock, self.audit_dock)
        self.tabifyDockWidget(self.audit_dock, self.comparison_dock)
        # Recomputed shortly after changes, and only while someone is looking at it.
        self._comparison_timer = QTimer(self, interval=COMPARISON_REFRESH_MS, singleShot=True)
        self._comparison_timer.timeout.connect(self.refresh_comparison)
        self.comparison_dock.visibilityChanged.connect(lambda visible: visible and self._comparison_timer.start())
        self.findings_dock.raise_()

    def _connect(self) -> None:
        self.batch_view.reportSelected.connect(self.controller.show_report)
        self.controller.reportShown.connect(self._on_report_shown)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.open_only.toggled.connect(self.proxy.set_open_only)
        self.session.reportAdded.connect(self._on_report_added)
        self.session.cellChanged.connect(self._on_cell_changed)
        self.session.batchOpened.connect(self._on_batch_opened)
        self.findings_view.findingActivated.connect(self._on_finding)
        self.audit_view.indicatorActivated.connect(self.controller.select_indicator)
        self.loader.started.connect(self.progress.start)
        self.loader.progress.connect(self.progress.update_progress)
        self.loader.problem.connect(self._add_problem)
        self.loader.duplicateFound.connect(self._on_duplicate)
        self.loader.changedOnDisk.connect(self._refresh_row)
        self.loader.finished.connect(self._on_load_finished)
        self.progress.cancelRequested.connect(self._cancel_load)
        self.text.zoomChanged.connect(self._remember_zoom)

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
        """文件 → 导出汇总表: the batch (or the selected reports) as reviewed so far, written off the UI thread."""
        if self.session.batch_id is None or not self.batch_model.rowCount():
            self.statusBar().showMessage("批次中还没有报告，无法导出", 8000)
            return
        reports = self.session.store.reviewed_reports(self.session.batch_id)  # read here: the store is ours
        reports = self._reports_to_export(reports)
        if not reports or not self._confirm_unfinished(reports):
            return
        info = self.session.store.batch(self.session.batch_id)
        suggested = Path.home() / f"{Path(info.name).stem or '审核'}汇总表.xlsx"
        target, _ = QFileDialog.getSaveFileName(self, "导出汇总表", str(suggested), "Excel 工作簿 (*.xlsx)")
        if not target:
            return
        self._write_summary(reports, target, force=False)

    def _write_summary(self, reports: list, target: str, force: bool) -> None:
        """Write the workbook off the UI thread; a workbook open in another program (its lock
        file beside it) is kept unless the reviewer says to write anyway."""
        catalog = self.session.catalog

        def write() -> Path:
            from ..export import export_workbook

            return export_workbook(reports, catalog, target, force=force)

        def failed(error: Exception) -> None:
            from ..export.errors import TargetInUseError

            if isinstance(error, TargetInUseError) and not force:
                if self.confirm_overwrite_open(error):
                    self._write_summary(reports, target, force=True)
                else:
                    self.statusBar().showMessage("未导出：目标文件正被其他程序打开", 8000)
                return
            message = error.message if isinstance(error, LawgovError) else f"导出失败（{type(error).__name__}）"
            QMessageBox.warning(self, "导出失败", message)

        self.statusBar().showMessage("正在导出汇总表…")
        self._export_task = run_in_background(
            write, lambda path: self.statusBar().showMessage(f"已导出《{Path(path).name}》", 15000), failed)

    def confirm_overwrite_open(self, error) -> bool:
        """Ask before writing over a workbook that an office lock file says is open."""
        answer = QMessageBox.question(
            self, "文件正被打开",
            f"{error.message}。\n\n如果该文件确实已在 Excel/WPS 中打开，请先关闭它；如果没有程序打开它"
            f"（锁定文件是程序异常退出时留下的），可以仍然覆盖。\n\n仍然覆盖吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _reports_to_export(self, reports: list) -> list:
        """The whole batch, or — when several reports are selected — the reviewer's choice."""
        selected = self.batch_view.selected_report_ids()
        if len(selected) < 2:
            return reports
        scope = self.choose_export_scope(len(reports), len(selected))
        if scope == "batch":
            return reports
        if scope == "selected":
            wanted = set(selected)
            return [r for r in reports if r.report_id in wanted]
        return []

    def choose_export_scope(self, batch_count: int, selected_count: int) -> str | None:
        """Ask: the whole batch ("batch"), the selected reports ("selected"), or cancel (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, "导出汇总表", "要导出哪些报告？", parent=self)
        whole = box.addButton(f"整个批次（{batch_count} 份）", QMessageBox.ButtonRole.AcceptRole)
        chosen = box.addButton(f"所选报告（{selected_count} 份）", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(chosen)
        box.exec()
        return {id(whole): "batch", id(chosen): "selected"}.get(id(box.clickedButton()))

    def _confirm_unfinished(self, reports: list) -> bool:
        """Warn before exporting reports that are not 已完成: their automatic figures are unchecked."""
        unfinished = [r for r in reports if r.status is not ReportStatus.DONE]
        if not unfinished:
            return True
        names = [Path(r.file).name for r in unfinished]
        listed = "\n".join(f"· {name}" for name in names[:12])
        if len(names) > 12:
            listed += f"\n……等共 {len(names)} 份"
        answer = QMessageBox.warning(
            self, "有报告尚未审核完成",
            f"以下 {len(names)} 份报告尚未审核完成，其中的自动抽取值会在汇总表中以底色标出：\n\n{listed}\n\n仍然导出吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def open_or_create_batch(self, name: str) -> int:
        existing = self.session.store.batch_named(name)
        if existing is None:
            return self.new_batch(name)
        self.open_batch(existing)
        return existing

    def open_batch(self, batch_id: int) -> None:
        self.loader.cancel()
        self.session.open_batch(batch_id)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for info in self.session.store.recent_batches():
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
        parts = [f"已载入 {loaded} 份报告"]
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

    def _add_problem(self, message: str) -> None:
        rows = self.problems_model.rowCount()
        self.problems_model.insertRows(rows, 1)
        self.problems_model.setData(self.problems_model.index(rows), message)

    def _on_duplicate(self, path: str, report_id: int) -> None:
        original = Path(self.session.store.reviewed_report(report_id).file).name
        self.statusBar().showMessage(f"《{Path(path).name}》与已载入的《{original}》内容相同，不再重复审核", 15000)
        self._refresh_row(report_id)

    # -- reacting ------------------------------------------------------------------

    def _on_batch_opened(self, batch_id: int) -> None:
        self._row_timer.stop()
        self._pending_rows = []
        self.controller.show_report(None)
        reports = self.session.store.reviewed_reports(batch_id)
        rows = [ReportRow.from_reviewed(r) for r in reports if r.cells]
        self.batch_model.set_rows(rows)
        self.problems_model.setStringList([m for r in reports if not r.cells for m in r.errors])
        info = self.session.store.batch(batch_id)
        self.setWindowTitle(f"{info.name} — 法治政府建设年度报告审阅")
        if rows:
            self.batch_view.step(0)
        self._check_files_on_disk(batch_id)
        self._comparison_changed()

    def _check_files_on_disk(self, batch_id: int) -> None:
        """Flag reports whose file changed since it was loaded (checked off the UI thread)."""
        store = self.session.store
        fingerprints = {report_id: store.fingerprint(report_id) for report_id in store.report_ids(batch_id)}

        def check() -> dict[int, DiskState]:
            return {report_id: disk_state(*fingerprint) for report_id, fingerprint in fingerprints.items()}

        def flag(states: dict[int, DiskState]) -> None:
            if store.closed or self.session.batch_id != batch_id:
                return  # another batch was opened meanwhile
            changed = [report_id for report_id, state in states.items() if state is DiskState.CHANGED]
            for report_id in changed:
                store.set_changed_on_disk(report_id, True)
                self._refresh_row(report_id)
            if changed:
                self.statusBar().showMessage(
                    f"{len(changed)} 份报告的文件在审核开始后被修改（列表中标 ⚠），表中仍是原文件的数值", 15000)

        self._disk_check = run_in_background(check, flag)

    def _on_report_added(self, report_id: int) -> None:
        reviewed = self.session.store.reviewed_report(report_id)
        if not reviewed.cells:
            return
        self._pending_rows.append(ReportRow.from_reviewed(reviewed))
        if self.batch_model.rowCount() == 0 or not self.loader.busy:
            self._flush_rows()  # the first report, or one added outside a load, shows at once
        elif not self._row_timer.isActive():
            self._row_timer.start()

    def _flush_rows(self) -> None:
        """Rows arrive in batches: one insertion per report makes the whole window lay
        itself out again each time, which shows while hundreds of reports load."""
        self._row_timer.stop()
        rows, self._pending_rows = self._pending_rows, []
        self.batch_model.add_rows(rows)
        if rows and self.batch_view.current_report_id() is None:
            self.batch_view.select_report(rows[0].report_id)

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

    def _on_cell_changed(self, report_id: int, _cell) -> None:
        self._comparison_changed()
        self._refresh_row(report_id)
        self._update_report_label()
        if report_id == self.controller.report_id:
            self.audit_view.set_entries(self.session.store.audit_trail(report_id))

    def _refresh_row(self, report_id: int) -> None:
        if any(row.report_id == report_id for row in self._pending_rows):
            self._flush_rows()
        self.batch_model.replace_row(ReportRow.from_reviewed(self.session.store.reviewed_report(report_id)))

    def _on_report_shown(self, report_id: int) -> None:
        self.batch_view.select_report(report_id)
        reviewed = self.session.store.reviewed_report(report_id)
        self.findings_view.set_findings(reviewed.findings)
        self.audit_view.set_entries(self.session.store.audit_trail(report_id))
        self.find_bar.refresh()
        self._update_report_label()

    def _update_report_label(self) -> None:
        report = self.controller.report_id
        if report is None:
            self.report_label.setText("")
            return
        reviewed = self.session.store.reviewed_report(report)
        self.report_label.setText(f"{Path(reviewed.file).name}：{reviewed.status.value}，待确认 {reviewed.open_cells} 项")

    def _on_finding(self, evidence, indicator_id) -> None:
        if indicator_id:
            self.controller.select_indicator(indicator_id)
        if evidence is not None:
            self.text.show_evidence(evidence)

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
            self.splitter.restoreState(splitter)
        else:
            # First run: the table needs room for every column, the text for whole sentences.
            width = self.width()
            self.splitter.setSizes([int(width * 0.2), int(width * 0.33), int(width * 0.47)])
            QTimer.singleShot(0, lambda: self.resizeDocks([self.findings_dock], [120], Qt.Orientation.Vertical))
        self.text.set_zoom(self.session.settings.text_zoom)

    def save_window_state(self) -> None:
        self.window_state.setValue("geometry", self.saveGeometry())
        self.window_state.setValue("windowState", self.saveState())
        self.window_state.setValue("splitter", self.splitter.saveState())
        self.window_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (self._comparison_timer, self._row_timer, self._backup_timer):
            timer.stop()
        self.loader.cancel()
        self.save_window_state()
        event.accept()

    def show_store_message(self) -> None:
        """Tell the reviewer what went wrong at start-up (damaged database, unusable folder, catalog)."""
        messages = list(self.startup_warnings)
        if self.session.store.recovery_message:
            messages.insert(0, self.session.store.recovery_message)
        if messages:
            # open(), not exec(): the sample or the reviewer's files load behind the message.
            self._warning_box = QMessageBox(QMessageBox.Icon.Warning, "请注意", "\n\n".join(messages),
                                            QMessageBox.StandardButton.Ok, self)
            self._warning_box.open()

    def proxy_index_of(self, indicator_id: str) -> QModelIndex:
        row = self.table_model.row_of(indicator_id)
        return self.proxy.mapFromSource(self.table_model.index(row, Column.VALUE)) if row >= 0 else QModelIndex()
