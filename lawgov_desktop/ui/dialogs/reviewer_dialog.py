"""审核人: asked once, on the first edit, when 设置 has no name — the audit trail names who changed what."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout

from .buttons import ok_cancel_buttons


class ReviewerDialog(QDialog):
    def __init__(self, default: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("审核人")
        self.name = QLineEdit(default, self)
        self.name.selectAll()
        self.name.setPlaceholderText("例如：张三")
        buttons = ok_cancel_buttons(self, cancel_text="以后再说")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("每次修改都会记入“修改记录”，并写明审核人。请填写您的姓名\n（以后可在 文件 → 设置 中修改）：", self))
        layout.addWidget(self.name)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, default: str, parent=None) -> str | None:
        dialog = cls(default, parent)
        return dialog.name.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None
