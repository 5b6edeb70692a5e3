"""The status-bar strip shown while files load: what is happening, a bar, 取消."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class LoadProgress(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel("正在载入…", self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%v/%m")
        self.cancel = QPushButton("取消", self)
        self.cancel.setToolTip("停止载入其余文件（已载入的保留）")
        self.cancel.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.label.setText("正在查找报告文件…")
        self.cancel.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(f"正在抽取指标（{done}/{total}）")

    def cancelling(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText("正在取消…")
