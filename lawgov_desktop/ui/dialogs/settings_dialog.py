"""设置: reviewer name, whether a correction needs a reason, the low-confidence threshold."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QDoubleSpinBox, QFormLayout, QLineEdit

from ...store.settings import LABELS, ReviewSettings
from ...store.sqlite import os_user
from .buttons import ok_cancel_buttons


class SettingsDialog(QDialog):
    def __init__(self, settings: ReviewSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("设置")
        self._settings = settings
        self.reviewer = QLineEdit(settings.reviewer, self)
        self.reviewer.setPlaceholderText(f"默认为系统用户名：{os_user()}")
        self.require_reason = QCheckBox(LABELS["require_reason"], self)
        self.require_reason.setChecked(settings.require_reason)
        self.low_confidence = QDoubleSpinBox(self)
        self.low_confidence.setRange(0.0, 1.0)
        self.low_confidence.setSingleStep(0.05)
        self.low_confidence.setValue(settings.low_confidence)
        buttons = ok_cancel_buttons(self)
        form = QFormLayout(self)
        form.addRow(LABELS["reviewer"] + "：", self.reviewer)
        form.addRow("", self.require_reason)
        form.addRow(LABELS["low_confidence"] + "：", self.low_confidence)
        form.addRow(buttons)

    def settings(self) -> ReviewSettings:
        return replace(
            self._settings,
            reviewer=self.reviewer.text().strip(),
            require_reason=self.require_reason.isChecked(),
            low_confidence=round(self.low_confidence.value(), 2),
        )
