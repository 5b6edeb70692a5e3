"""The status-bar strip shown while files load: what is happening, a bar, 取消.

Progress is painted at most every ``REFRESH_MS``: QProgressBar repaints at once on
every ``setValue``, which with hundreds of files adds up to visible stalls.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


REFRESH_MS = 250


class LoadProgress(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel("正在载入…", self)
        # A fixed size: a label whose text changes would otherwise ask the whole window to
        # lay itself out again on every update.
        self.label.setFixedSize(self.label.fontMetrics().horizontalAdvance("正在抽取指标（0000/0000）") + 8,
                                self.label.sizeHint().height())
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
        self._latest: tuple[int, int] | None = None
        self._refresh = QTimer(self, interval=REFRESH_MS)
        self._refresh.timeout.connect(self._paint_progress)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the files are counted
        self.label.setText("正在查找报告文件…")
        self.cancel.setEnabled(True)
        self._latest = None
        self._refresh.start()
        self.show()

    def finish(self) -> None:
        self._refresh.stop()
        self.hide()

    def update_progress(self, done: int, total: int) -> None:
        self._latest = (done, total)

    def _paint_progress(self) -> None:
        if self._latest is None:
            return
        done, total = self._latest
        self._latest = None
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(f"正在抽取指标（{done}/{total}）")

    def shown_progress(self) -> tuple[int, int]:
        return self.bar.value(), self.bar.maximum()

    def cancelling(self) -> None:
        self.cancel.setEnabled(False)
        self.label.setText("正在取消…")
