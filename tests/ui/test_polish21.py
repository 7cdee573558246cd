"""Issue 21's minor items: Qt's own strings, dialog sizes, counts and fonts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
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


def test_the_first_window_fits_the_screen_it_opens_on() -> None:
    from PySide6.QtCore import QSize

    from app.ui.shell.window_state import first_window_size

    assert first_window_size(QSize(2560, 1400)) == (1792, 1120)
    assert first_window_size(QSize(1400, 860)) == (1260, 774)
    assert first_window_size(QSize(800, 560)) == (720, 504)


def test_a_text_question_is_wide_enough_for_its_title(qtbot: QtBot) -> None:
    from app.ui.common.dialogs import TEXT_DIALOG_WIDTH, TITLE_BAR_ROOM, text_dialog

    title = "Rename the collection of essays imported from the reader"
    dialog = text_dialog(None, title, "Name:", "唐诗选读", placeholder="")
    qtbot.addWidget(dialog)
    assert dialog.minimumWidth() >= dialog.fontMetrics().horizontalAdvance(title) + TITLE_BAR_ROOM
    short = text_dialog(None, "Name", "Name:", "")
    qtbot.addWidget(short)
    assert short.minimumWidth() == TEXT_DIALOG_WIDTH


def test_the_name_prompt_offers_no_login_name(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from app.ui.common.dialogs import text_dialog

    dialog = text_dialog(None, "Your name", "The name your study group sees:", "", placeholder="root")
    qtbot.addWidget(dialog)
    line = dialog.findChild(QLineEdit)
    assert line is not None and line.text() == "" and line.placeholderText() == "root"


def test_the_toolbar_overflow_button_shows_on_the_dark_toolbar(qapp: QApplication) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyle

    from app.ui.common.outlined_style import ReaderStyle
    from app.ui.common.theme import apply_theme

    apply_theme(qapp, "dark")
    try:
        icon = ReaderStyle().standardIcon(QStyle.StandardPixmap.SP_ToolBarHorizontalExtensionButton)
        image = icon.pixmap(16, 16).toImage()
        brightest = max(image.pixelColor(x, y).lightness()
                        for x in range(image.width()) for y in range(image.height()))
        window = qapp.palette().color(QPalette.ColorRole.Window).lightness()
        assert brightest - window > 100
    finally:
        apply_theme(qapp, "light")


def test_without_a_chinese_font_the_window_says_so_and_writes_no_pdf(
        window: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.ui.common import fonts
    from app.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    monkeypatch.setattr(fonts, "has_cjk_font", lambda: False)
    window._say_if_no_chinese_font()
    assert "No Chinese font" in window.statusBar().currentMessage()
    from app.core.handout import HandoutOptions, build_handout

    essay = window.reading.library.essays()[0]
    made = build_handout(window.reading.library, [essay.id], [], HandoutOptions())
    path = tmp_path / "handout.pdf"
    reason = window.print_ui._write_pdf(path, made, "篇1")
    assert reason is not None and "No Chinese font" in reason and not path.exists()
