"""Issue 21's minor items: Qt's own strings, dialog sizes, counts and fonts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.common.file_dialogs import file_dialog
from app.ui.shell.i18n import Translations, interface_locale

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Translations]:
    translations = Translations(qapp, I18N)
    assert translations.apply("zh_CN")
    yield translations
    translations.apply("en")
    QLocale.setDefault(QLocale.system())


def test_qt_file_dialog_speaks_the_interface_language(chinese: Translations, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    """Qt 6.11 renamed "Look in:" and "Files of type:"; its Chinese files still have the old ones."""
    (tmp_path / "篇1.txt").write_text("正文", encoding="utf-8")
    dialog = file_dialog(None, "导入", tmp_path, "文章 (*.txt)")
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not any(text.isascii() and text.strip() for text in labels)
    assert QApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "文件夹"

    proxy = dialog.proxyModel()
    files = proxy.sourceModel()
    root = files.index(str(tmp_path))
    qtbot.waitUntil(lambda: files.rowCount(root) == 1)
    date = proxy.index(0, 3, proxy.mapFromSource(root)).data()
    when = files.lastModified(files.index(0, 0, root))
    assert date == QLocale("zh_CN").toString(when, QLocale.FormatType.ShortFormat)


def test_dates_follow_the_interface_language_unless_the_system_speaks_it() -> None:
    us, taiwan = QLocale("en_US"), QLocale("zh_TW")
    assert interface_locale("zh_CN", us).name() == "zh_CN"
    assert interface_locale("zh_TW", taiwan) == taiwan
    assert interface_locale("en", taiwan).name() == "en_US"
    assert QDateTime.currentDateTime().isValid()
