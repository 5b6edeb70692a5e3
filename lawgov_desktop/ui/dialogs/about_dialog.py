"""帮助 → 关于: version and where the program keeps its data, with buttons to open the folders.

Support on an office PC starts with “which version, where is the database, where is
the log”; this dialog answers all three and opens the folder for the reviewer.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout)

from ... import __version__, paths


def data_locations() -> list[tuple[str, Path]]:
    """(label, folder or file) shown in the dialog, in the order a support call needs them."""
    return [
        ("批次数据库", paths.database_file()),
        ("数据目录", paths.user_data_dir()),
        ("配置目录（indicators.json、checks.json 放这里）", paths.user_config_dir()),
        ("日志目录", paths.user_log_dir()),
        ("内置资料", paths.resources_dir()),
    ]


def open_folder(folder: Path) -> bool:
    """Open ``folder`` in the system's file manager, creating it first if it is missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("关于")
        title = QLabel(f"<b>法治政府建设年度报告审阅工具</b>　lawgov-desktop {__version__}", self)
        note = QLabel("离线使用：不联网，报告和审核记录只保存在本机。", self)
        form = QFormLayout()
        self.location_labels: dict[str, QLabel] = {}
        for label, location in data_locations():
            shown = QLabel(str(location), self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + "：", shown)
            self.location_labels[label] = shown
        self.open_data_button = QPushButton("打开数据目录", self)
        self.open_data_button.clicked.connect(lambda: open_folder(paths.user_data_dir()))
        self.open_config_button = QPushButton("打开配置目录", self)
        self.open_config_button.clicked.connect(lambda: open_folder(paths.user_config_dir()))
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.open_data_button)
        folder_buttons.addWidget(self.open_config_button)
        folder_buttons.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(folder_buttons)
        layout.addWidget(buttons)
