"""The one style sheet of the window: a visible frame around whatever has the keyboard focus.

Reviewers work with the keyboard; the platform styles draw focus faintly or not at
all (the report list's focus was invisible), so the pane that takes keys is framed.
"""
from __future__ import annotations

FOCUS_COLOUR = "#1c7ed6"

FOCUS_FRAME_STYLE = f"""
QTableView:focus, QPlainTextEdit:focus, QListView:focus, QLineEdit:focus {{
    border: 2px solid {FOCUS_COLOUR};
}}
QLabel#dropHint {{
    color: #495057;
    border: 2px dashed #adb5bd;
    border-radius: 6px;
    padding: 18px 8px;
    margin: 6px;
}}
"""
