"""The docks under the panes: 检查结果, 无法读取的文件, 修改记录, 对比 (tabbed, 检查结果 in front)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QDockWidget, QListView

from .comparison import ComparisonView
from .views.audit_trail_view import AuditTrailView
from .views.findings_view import FindingsView

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_docks(window: MainWindow) -> None:
    window.findings_view = FindingsView(window)
    window.findings_dock = QDockWidget("检查结果", window)
    window.findings_dock.setObjectName("findingsDock")
    window.findings_dock.setWidget(window.findings_view)
    window.problems_model = QStringListModel(window)
    window.problems_view = QListView(window)
    window.problems_view.setModel(window.problems_model)
    window.problems_view.setWordWrap(True)
    window.problems_view.setAcceptDrops(False)
    window.problems_dock = QDockWidget("无法读取的文件", window)
    window.problems_dock.setObjectName("problemsDock")
    window.problems_dock.setWidget(window.problems_view)
    window.audit_view = AuditTrailView(window.session.catalog, window)
    window.audit_dock = QDockWidget("修改记录", window)
    window.audit_dock.setObjectName("auditDock")
    window.audit_dock.setWidget(window.audit_view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.findings_dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.problems_dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.audit_dock)
    window.comparison_view = ComparisonView(window)
    window.comparison_dock = QDockWidget("对比", window)
    window.comparison_dock.setObjectName("comparisonDock")
    window.comparison_dock.setWidget(window.comparison_view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.comparison_dock)
    window.tabifyDockWidget(window.findings_dock, window.problems_dock)
    window.tabifyDockWidget(window.problems_dock, window.audit_dock)
    window.tabifyDockWidget(window.audit_dock, window.comparison_dock)
    window.findings_dock.raise_()
