"""The main window: essay tree on the left, reader on the right, script form on top."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.messages import Message
from app.core.script import FORM_LABELS, Form
from app.services.instance import InstanceGuard
from app.services.messages import translated
from app.services.preferences import DEFAULT_FONT_SIZE
from app.services.workspace import Workspace
from app.ui.common import fonts
from app.ui.common.dialogs import Dialogs
from app.ui.common.quit_guard import settle_before_quit
from app.ui.common.status import StatusMessages
from app.ui.common.theme import apply_theme, is_dark, reader_colors, refresh_standard_icons
from app.ui.dictionary.controller import DictionaryController
from app.ui.group.controller import GroupController
from app.ui.group.study_ui import StudyUi
from app.ui.library.controller import LibraryController
from app.ui.library.tree import ESSAY_ID_ROLE, EssayTree, EssayTreeModel
from app.ui.notes.controller import NotesController
from app.ui.print.controller import PrintController
from app.ui.reader.find_bar import FindBar
from app.ui.reader.history import History
from app.ui.reader.read_aloud_commands import ReadAloudCommands
from app.ui.reader.vertical_view import VerticalReaderView
from app.ui.reader.writing import WritingController
from app.ui.search.controller import WordsController
from app.ui.shell.actions import Actions
from app.ui.shell.context_menus import TreeMenu, copy_selection
from app.ui.shell.form_wait import FormWait
from app.ui.shell.i18n import Translations, resolve_language
from app.ui.shell.layout_fit import ColumnKeeper
from app.ui.shell.menus import build_menus, retitle
from app.ui.shell.save_status import SaveStatus
from app.ui.shell.toolbar import build_toolbar
from app.ui.shell.window_state import first_window_size, restore_window_state, save_window_state

log = logging.getLogger(__name__)
FORMS = list(Form)
DOCK_WIDTH = 300


class MainWindow(QMainWindow):
    """Wires the reading service to the widgets; owns no reading state of its own."""

    def __init__(self, workspace: Workspace, translations: Translations, *,
                 dialogs: Dialogs | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.workspace = workspace
        reading, group = workspace.reading, workspace.group
        self.reading = reading
        self.library_service = workspace.library_service
        self.prefs = reading.prefs
        self.translations = translations
        self.dialogs = dialogs or Dialogs(self, self.prefs)
        self.startup_messages: list[Message | str] = []  # shown once the window is up
        self.instance_guard: InstanceGuard | None = None
        self.unattended = False  # closing for a signal or logout: no dialogs
        self.commands = Actions(self)
        self.tree_model = EssayTreeModel(reading, self, self.library_service.group_title)
        self.tree = EssayTree(self.tree_model)
        self.reader = VerticalReaderView()
        self.history = History(reading, self.reader, self)
        self.tree_menu = TreeMenu(self.tree, reading)
        self.find_bar = FindBar()
        self.form_box = QComboBox()
        self.form_box.addItems([FORM_LABELS[form] for form in FORMS])
        self.status_label = QLabel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.read_only_label = QLabel()
        self.import_progress = QProgressBar()
        self._build_layout()
        self._build_menus()
        self._build_toolbar()
        self.reader.first_presented.connect(group.refresh, Qt.ConnectionType.SingleShotConnection)
        self._build_controllers(workspace)
        self._connect_signals()
        self._apply_appearance()
        self._sync_form_controls()
        self._retranslate_own()  # the actions and each part were given their texts as they were made
        self._restore_window()
        self._say_if_no_chinese_font()
        self.column_keeper = ColumnKeeper(self, self.reader, self.tree, self.commands["toggle_library"])
        self.column_keeper.give_back(self.prefs.window_state("yielded_panels").split(","))
        # The workspace may have opened an essay (a group's essays/ joining the library reopens
        # it) before the window listened: show the open one, or open the first.
        if reading.current is not None:
            self._show_current_essay(reading.current.id)
        elif (first := reading.first_essay_id()) is not None:
            reading.open_essay(first)
        else:  # no essay to draw, so no first frame of one: read the group's files now
            group.refresh()
        self.reader.setFocus()  # a reader's first key is PgDn: it must page, not walk the tree

    # -- building -------------------------------------------------------------------------

    def _build_controllers(self, workspace: Workspace) -> None:
        """Each feature's controller, given what it uses (never this window)."""
        reading, commands, status = self.reading, self.commands, self.status_messages
        notes, group, words = workspace.notes, workspace.group, workspace.words

        def dialogs() -> Dialogs:
            return self.dialogs  # asked each time: tests replace the window's dialogs

        def language() -> str:
            return self.translations.language

        self.notes_ui = NotesController(
            self, notes, reading, self.reader, commands=commands, dialogs=dialogs, history=self.history,
            language=language, status=status, sharing=lambda: group.joined and group.share_new_notes,
            member_color=group.member_color, in_group=lambda: group.joined)
        self.group_ui = GroupController(
            self, group, reading, notes, commands=commands, dialogs=dialogs, language=language,
            status=status, tab_with=self.notes_ui.annotations_dock,
            show_members=self.notes_ui.set_members)
        self.group_ui.add_to_menus(self.file_menu, self.view_menu, self.toolbar, commands["quit"])
        self.words_ui = WordsController(
            self, words, reading, self.reader, self.find_bar, commands=commands, history=self.history,
            status=status, tab_with=self.notes_ui.bookmarks_dock)
        self.print_ui = PrintController(self, reading, notes, (commands["print"], commands["export_pdf"]),
                                        dialogs=dialogs, show_message=status.show,
                                        member_color=group.member_color, in_group=lambda: group.joined)
        self.library_ui = LibraryController(self, self.library_service, reading, commands=commands,
                                            tree=self.tree, dialogs=dialogs, status=status,
                                            progress=self.import_progress)
        self.tree_menu.opening.connect(self.library_ui.extend_tree_menu)
        self.dictionary_ui = DictionaryController(
            self, workspace.dictionary, workspace.vocabulary, reading, self.reader, commands=commands,
            history=self.history, status=status, dialogs=dialogs, tab_with=self.notes_ui.bookmarks_dock)
        # after the controller has opened the card: its key gives the card the keyboard too
        commands["look_up"].triggered.connect(self.dictionary_ui.take_keyboard)
        self.writing_ui = WritingController(self.reader, commands, self.prefs, self)
        self.read_aloud = ReadAloudCommands(self, lambda: workspace.read_aloud, reading, self.reader,
                                            place_bar=self.pane_layout.addWidget, commands=commands,
                                            prefs=self.prefs)
        self.study_ui = StudyUi(self, workspace.study, group, self.library_service, self.notes_ui,
                                commands=commands, dialogs=dialogs, status=status, tree_model=self.tree_model,
                                tree_menu_opening=self.tree_menu.opening, progress=self.import_progress,
                                language=language)
        self.study_ui.add_to_menus(self.file_menu, self.view_menu, commands["quit"])

    def _build_layout(self) -> None:
        reading_pane = QWidget()
        self.pane_layout = pane_layout = QVBoxLayout(reading_pane)  # the read-aloud bar joins on first use
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.reader, 1)
        pane_layout.addWidget(self.find_bar)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(reading_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(180)
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.import_progress.setMaximumWidth(180)
        self.import_progress.hide()
        self.statusBar().addPermanentWidget(self.import_progress)
        self.status_messages = StatusMessages(self.statusBar(), self)
        screen = QApplication.primaryScreen()
        self.resize(*first_window_size(screen.availableSize() if screen else None))

    def _build_menus(self) -> None:
        self.menus = menus = build_menus(self.menuBar(), self.commands)
        self.file_menu, self.edit_menu, self.view_menu = menus.file, menus.edit, menus.view
        self.script_menu, self.go_menu, self.help_menu = menus.script, menus.go, menus.help
        self.highlight_menu, self.theme_menu, self.language_menu, self.ruby_menu = (
            menus.highlight, menus.theme, menus.language, menus.ruby)

    def _build_toolbar(self) -> None:
        self.toolbar, self.form_label = build_toolbar(self.commands, self.form_box, self.highlight_menu)
        self.addToolBar(self.toolbar)

    def _connect_signals(self) -> None:
        a, reading = self.commands, self.reading
        reading.essay_changed.connect(self._show_current_essay)
        reading.form_changed.connect(self._show_form)
        SaveStatus(reading.keeper, self.status_messages, self)
        FormWait(reading, self.status_messages, self)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        # Arrows browse the tree (each essay opens as it is reached); Enter or a double-click on
        # an essay means "read this": the keyboard goes to the text, where PgDn pages.
        self.tree.activated.connect(lambda index: index.data(ESSAY_ID_ROLE) and self.reader.setFocus())
        self.form_box.currentIndexChanged.connect(lambda row: reading.set_form(FORMS[row]))
        for form in FORMS:
            a.form_action(form).triggered.connect(lambda _=False, f=form: reading.set_form(f))
        a["next_form"].triggered.connect(self._next_form)
        a["next_essay"].triggered.connect(lambda: self._step_essay(1))
        a["previous_essay"].triggered.connect(lambda: self._step_essay(-1))
        a["zoom_in"].triggered.connect(lambda: self._set_font_size(self.prefs.font_size + 1))
        a["zoom_out"].triggered.connect(lambda: self._set_font_size(self.prefs.font_size - 1))
        a["zoom_reset"].triggered.connect(lambda: self._set_font_size(DEFAULT_FONT_SIZE))
        for theme in ("system", "light", "dark"):
            a[f"theme_{theme}"].triggered.connect(lambda _=False, t=theme: self._set_theme(t))
        for language in ("system", "zh_CN", "zh_TW", "en"):
            a[f"language_{language}"].triggered.connect(
                lambda _=False, lang=language: self._set_language(lang))
        a["toggle_library"].toggled.connect(self._show_library)
        a["back"].triggered.connect(self.history.back)
        a["forward"].triggered.connect(self.history.forward)
        self.history.changed.connect(self._history_changed)
        a["copy"].triggered.connect(lambda: copy_selection(self.reader))
        a["shortcuts"].triggered.connect(self._show_shortcuts)
        a["full_screen"].toggled.connect(self._set_full_screen)
        a["about"].triggered.connect(self._about)
        a["reload_library"].triggered.connect(self._reload_library)
        a["snap_words"].toggled.connect(self._set_snap_words)
        a["localize_quotes"].toggled.connect(reading.set_localize_quotes)
        a["quit"].triggered.connect(self.close)
        self.reader.top_offset_changed.connect(self._reader_scrolled)
        self.reader.verticalScrollBar().rangeChanged.connect(self._scroll_range_changed)
        QApplication.styleHints().colorSchemeChanged.connect(self._restyle)

    # -- reacting ---------------------------------------------------------------------------

    def _say_if_no_chinese_font(self) -> None:
        """Without a CJK face every character is an empty box: say so, with what to install."""
        if not fonts.has_cjk_font():
            self.status_messages.persist(fonts.missing_font_message())

    def _show_current_essay(self, essay_id: str) -> None:
        view = self.reading.current_view()
        if view is None:
            return
        self.reader.show_view(view, self.reading.position(essay_id))
        self.tree.select_essay(essay_id)
        self._update_titles()

    def _show_form(self, _form: str) -> None:
        self._sync_form_controls()
        view = self.reading.current_view()
        if view is not None:
            self.reader.show_view(view, self.reader.top_offset())
        self._update_titles()

    def _sync_form_controls(self) -> None:
        form = self.reading.form
        with QSignalBlocker(self.form_box):
            self.form_box.setCurrentIndex(FORMS.index(form))
        self.commands.form_action(form).setChecked(True)

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        essay_id = current.data(ESSAY_ID_ROLE)
        if essay_id:
            self.reading.open_essay(essay_id)

    def _next_form(self) -> None:
        self.reading.set_form(FORMS[(FORMS.index(self.reading.form) + 1) % len(FORMS)])

    def _step_essay(self, step: int) -> None:
        essays = self.reading.library.essays()
        current = self.reading.current
        if not essays or current is None:
            return
        row = essays.index(current) + step
        if 0 <= row < len(essays):
            self.reading.open_essay(essays[row].id)

    def _set_font_size(self, size: int) -> None:
        self.prefs.font_size = size
        self.reader.set_point_size(self.prefs.font_size)
        self.commands["zoom_reset"].setEnabled(self.prefs.font_size != DEFAULT_FONT_SIZE)

    def _set_theme(self, theme: str) -> None:
        self.prefs.theme = theme
        self._restyle()

    def _apply_appearance(self) -> None:
        theme = self.prefs.theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.commands[f"theme_{theme}"].setChecked(True)
        self.reader.set_colors(reader_colors(theme), dark=is_dark(theme))
        self.reader.set_point_size(self.prefs.font_size)

    def _set_language(self, language: str) -> None:
        self.prefs.language = language
        if not self.translations.apply(resolve_language(language)):
            self.dialogs.warn(self.tr("Language"), self.tr("This language is not available."))

    def _reload_library(self) -> None:
        """Read the essay files again (after an edit); notes find their passages anew."""
        library = self.library_service.load()
        if library.problems:
            self.dialogs.warn(self.tr("Reload Essays"), "\n\n".join(map(translated, library.problems)))
        self.status_messages.show(self.tr("Essays reloaded."), 3000)

    def _show_library(self, on: bool) -> None:
        self.tree.setVisible(on)
        self.prefs.set_flag("library_visible", on)

    def _history_changed(self) -> None:
        self.commands["back"].setEnabled(self.history.can_go_back())
        self.commands["forward"].setEnabled(self.history.can_go_forward())

    def _set_snap_words(self, on: bool) -> None:
        self.prefs.snap_words = on

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _restyle(self, _scheme: object = None) -> None:
        """The theme, or the desktop's colour scheme, changed while the window is up (at its
        build, Qt's buttons are made for the theme then)."""
        self._apply_appearance()
        refresh_standard_icons(self)

    def _scroll_range_changed(self, _low: int, _high: int) -> None:
        self._update_status()

    def _reader_scrolled(self, offset: int) -> None:
        self.reading.remember_position(offset)
        self._update_status()

    def _show_shortcuts(self) -> None:
        from app.ui.shell.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415  (on first use)

        ShortcutsDialog(self.commands, self).show()

    def _about(self) -> None:
        text = self.tr("<h3>Jiangxin Reader {version}</h3><p>Read Chinese essays together, "
                       "each in the script you prefer.</p>").format(version=__version__)
        self.dialogs.about(self.tr("About Jiangxin Reader"), text + self.dictionary_ui.credit())

    # -- text -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text of the window, in the interface's language (after View → Language)."""
        self.commands.retranslate()
        self.notes_ui.retranslate()
        self.group_ui.retranslate()
        self.study_ui.assignments.retranslate()
        self.words_ui.retranslate()
        self.dictionary_ui.retranslate()
        self._retranslate_own()
        if self.isVisible():  # the name is added as the title goes to the desktop: hand it again
            self.windowHandle().setTitle(self.windowTitle())

    def _retranslate_own(self) -> None:
        """The texts the window itself holds: menu titles, the toolbar's, the status bar's."""
        retitle(self.menus)
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.form_label.setText(self.tr("Script:"))
        self.form_box.setToolTip(self.tr("The script the essays are shown in (Ctrl+1 to Ctrl+5)"))
        if self.reading.keeper.read_only:
            self.read_only_label.setText(self.tr("Read-only"))
            self.read_only_label.setToolTip(self.tr(
                "Notes and settings are not saved in this window; see the message at start-up."))
        self._update_titles()

    def _update_titles(self) -> None:
        # Qt adds the display name to the main window's title: one name, in the interface's language
        QApplication.setApplicationDisplayName(self.tr("Jiangxin Reader"))
        view = self.reading.current_view()
        self.setWindowTitle(view.title if view else "")
        self._update_status()

    def _update_status(self) -> None:
        essay = self.reading.current
        if essay is None:
            self.status_label.setText("")
            return
        percent = round(self.reader.progress() * 100)
        self.status_label.setText(
            self.tr("{chars} characters · about {minutes} min · {percent}% read").format(
                chars=f"{essay.char_count:,}", minutes=essay.reading_minutes, percent=percent))

    # -- window state -----------------------------------------------------------------------

    def _restore_window(self) -> None:
        docks = [self.notes_ui.annotations_dock, self.words_ui.info_dock]
        self.resizeDocks(docks, [DOCK_WIDTH] * len(docks), Qt.Orientation.Horizontal)
        if not restore_window_state(self, self.splitter, self.prefs):
            # the last tabbed panel is in front, and its tab bar scrolls the Notes tab out of sight
            self.notes_ui.annotations_dock.raise_()
        self.commands["toggle_library"].setChecked(self.prefs.flag("library_visible", True))
        self.tree.setVisible(self.commands["toggle_library"].isChecked())
        self._history_changed()
        self.commands[f"language_{self.prefs.language}"].setChecked(True)
        self.commands["snap_words"].setChecked(self.prefs.snap_words)
        self.commands["localize_quotes"].setChecked(self.prefs.localize_quotes)
        self.commands["zoom_reset"].setEnabled(self.prefs.font_size != DEFAULT_FONT_SIZE)

    def _save_window(self) -> None:
        save_window_state(self, self.splitter, self.prefs)
        self.prefs.set_window_state("yielded_panels", ",".join(self.column_keeper.yielded()))
        self.reading.remember_position(self.reader.top_offset())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.status_messages.clear()  # said in the old language
            self.retranslate()
        super().changeEvent(event)

    def handle_request(self, request: dict[str, object]) -> None:
        """A later launch on the same data folder asked us to show ourselves (and an essay)."""
        essay_id = request.get("open")
        if isinstance(essay_id, str):
            self.reading.open_essay(essay_id)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def prepare_to_quit(self, interactive: bool) -> bool:
        """Save everything, asking the user when that fails; False keeps the window open."""
        self._save_window()
        return settle_before_quit(self.reading.keeper, self.dialogs, interactive=interactive)

    def quit_unattended(self) -> None:
        """Close for a signal or the session ending: save, ask nobody."""
        self.unattended = True
        self.close()
        QApplication.exit(0)  # also ends the loop of a dialog that is open, unanswered

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.prepare_to_quit(interactive=not self.unattended):
            event.ignore()
            return
        if not self.workspace.close():  # our last changes reach the group file; background work stops
            log.error("the last save at close failed: %s", self.workspace.keeper.last_error)
        if self.instance_guard is not None:
            self.instance_guard.release()
        super().closeEvent(event)
