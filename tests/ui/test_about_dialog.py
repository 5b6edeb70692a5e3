"""帮助 → 关于 shows the version and the data locations; 打开数据目录 opens the folder."""
from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from lawgov_desktop import __version__, paths
from lawgov_desktop.ui.dialogs import about_dialog
from lawgov_desktop.ui.dialogs.about_dialog import AboutDialog


def test_about_shows_version_and_every_data_location(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.location_labels["数据目录"]))]
    assert any(__version__ in text for text in texts)
    assert dialog.location_labels["批次数据库"].text() == str(paths.database_file())
    assert dialog.location_labels["数据目录"].text() == str(paths.user_data_dir())
    assert dialog.location_labels["日志目录"].text() == str(paths.user_log_dir())


def test_open_data_folder_creates_it_and_hands_it_to_the_desktop(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert not paths.user_data_dir().exists()
    dialog.open_data_button.click()
    assert paths.user_data_dir().is_dir()
    assert opened == [str(paths.user_data_dir())]


def test_the_help_menu_has_about_and_open_data_folder(window, monkeypatch):
    opened = []
    monkeypatch.setattr(about_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    help_action = next(a for a in window.menuBar().actions() if a.text().startswith("帮助"))
    help_actions = help_action.menu().actions()
    labels = [a.text() for a in help_actions]
    assert "关于…" in labels and "打开数据目录" in labels
    next(a for a in help_actions if a.text() == "打开数据目录").trigger()
    assert opened == [str(paths.user_data_dir())]


def test_qt_standard_buttons_speak_chinese(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from lawgov_desktop.ui.app import install_chinese_qt_strings

    translator = install_chinese_qt_strings(qapp)
    try:
        assert translator is not None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
        texts = {b.text() for b in box.buttons()}
        assert texts == {"关闭", "取消"}
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
