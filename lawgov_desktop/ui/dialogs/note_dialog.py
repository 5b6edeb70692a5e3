"""备注: the reason for a correction, kept in the audit trail.

When 设置 requires a reason, an empty note cannot be accepted.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from .buttons import ok_cancel_buttons


class NoteDialog(QDialog):
    def __init__(self, indicator: str, note: str, required: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("备注")
        self._required = required
        prompt = f"“{indicator}”的修改原因" + ("（必填）：" if required else "：")
        self.editor = QPlainTextEdit(note, self)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText("例如：报告正文第二部分数字有误，以统计台账为准")
        self.buttons = ok_cancel_buttons(self)
        self.editor.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self.resize(420, 200)
        self._update_ok()

    def note(self) -> str:
        return self.editor.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.note()) or not self._required)

    @classmethod
    def ask(cls, indicator: str, note: str, required: bool, parent=None) -> str | None:
        """The note typed, or None when the reviewer cancelled."""
        dialog = cls(indicator, note, required, parent)
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
