"""Every QAction of the window: its name, text and shortcuts, declared in one place."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from app.core.script import FORM_LABELS, Form
from app.ui.common.plain import without_access_key

Key = QKeySequence.StandardKey
Role = QAction.MenuRole


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (which knows this name); retranslate() applies it."""
    return text


class ActionSpec(NamedTuple):
    """A named action; `text` is the untranslated source string."""

    name: str
    text: str
    shortcuts: tuple[Key | str, ...] = ()
    checkable: bool = False
    group: str = ""
    translate: bool = True
    # Where macOS puts it: About, Settings and Quit move to the application menu. Every other
    # action says NoRole, so Qt never guesses from a (translated) text such as "Options…".
    role: Role = Role.NoRole


FORM_SHORTCUTS = {form: f"Ctrl+{n}" for n, form in enumerate(Form, start=1)}

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit, "Ctrl+Q"), role=Role.QuitRole),
    ActionSpec("next_essay", QT_TRANSLATE_NOOP("Actions", "&Next Essay"), ("Ctrl+PgDown", "Alt+Down")),
    ActionSpec("previous_essay", QT_TRANSLATE_NOOP("Actions", "&Previous Essay"), ("Ctrl+PgUp", "Alt+Up")),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "&Larger Text"), (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "&Smaller Text"), (Key.ZoomOut, "Ctrl+-")),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Default Text Size"), ("Ctrl+0",)),
    ActionSpec("next_form", QT_TRANSLATE_NOOP("Actions", "Next Script &Form"), ("Ctrl+T",)),
    *(
        ActionSpec(f"form_{form.value}", FORM_LABELS[form], (FORM_SHORTCUTS[form],), True, "form",
                   translate=False)
        for form in Form
    ),
    ActionSpec("localize_quotes", QT_TRANSLATE_NOOP("Actions", "Local &Quotation Marks 「」 “”"), (), True),
    ActionSpec("theme_system", QT_TRANSLATE_NOOP("Actions", "Follow &System"), (), True, "theme"),
    ActionSpec("theme_light", QT_TRANSLATE_NOOP("Actions", "&Light"), (), True, "theme"),
    ActionSpec("theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark"), (), True, "theme"),
    ActionSpec("language_system", QT_TRANSLATE_NOOP("Actions", "Follow &System"), (), True, "language"),
    # Language names are shown in their own language, so a reader can always find theirs.
    ActionSpec("language_zh_CN", "简体中文", (), True, "language", translate=False),
    ActionSpec("language_zh_TW", "繁體中文", (), True, "language", translate=False),
    ActionSpec("language_en", "English", (), True, "language", translate=False),
    ActionSpec("vertical_text", QT_TRANSLATE_NOOP("Actions", "&Vertical Text 直排"), ("Ctrl+Shift+E",), True),
    ActionSpec("ruby_off", QT_TRANSLATE_NOOP("Actions", "&No Readings"), (), True, "ruby"),
    ActionSpec("ruby_rare", QT_TRANSLATE_NOOP("Actions", "Readings over &Rare Characters"), (), True, "ruby"),
    ActionSpec("ruby_all", QT_TRANSLATE_NOOP("Actions", "Readings over &Every Character"), (), True, "ruby"),
    ActionSpec("reading_pinyin", QT_TRANSLATE_NOOP("Actions", "&Pinyin"), (), True, "reading"),
    ActionSpec("reading_zhuyin", QT_TRANSLATE_NOOP("Actions", "&Zhuyin (Bopomofo)"), (), True, "reading"),
    ActionSpec("reading_jyutping", QT_TRANSLATE_NOOP("Actions", "&Jyutping (Cantonese)"), (), True,
               "reading"),
    ActionSpec("toggle_library", QT_TRANSLATE_NOOP("Actions", "Show L&ibrary"), ("Ctrl+Shift+L",), True),
    ActionSpec("full_screen", QT_TRANSLATE_NOOP("Actions", "&Full Screen"), (Key.FullScreen, "F11"), True),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Jiangxin Reader"), role=Role.AboutRole),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,)),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo,)),
    ActionSpec("bookmark", QT_TRANSLATE_NOOP("Actions", "&Bookmark This Place"), ("Ctrl+D",)),
    ActionSpec("highlight", QT_TRANSLATE_NOOP("Actions", "&Highlight"), ("Ctrl+Shift+H",)),
    ActionSpec("highlight_note", QT_TRANSLATE_NOOP("Actions", "Highlight with No&te…"), ("Ctrl+Shift+N",)),
    ActionSpec("ask_question", QT_TRANSLATE_NOOP("Actions", "&Ask a Question…"), ("Ctrl+Shift+Q",)),
    ActionSpec("mark_confused", QT_TRANSLATE_NOOP("Actions", "&I Don't Understand This (不懂)"),
               ("Ctrl+Shift+U",)),
    *(
        ActionSpec(f"highlight_{color}", text, (f"Alt+{n}",))
        for n, (color, text) in enumerate([
            ("yellow", QT_TRANSLATE_NOOP("Actions", "Highlight &Yellow")),
            ("green", QT_TRANSLATE_NOOP("Actions", "Highlight &Green")),
            ("blue", QT_TRANSLATE_NOOP("Actions", "Highlight &Blue")),
            ("pink", QT_TRANSLATE_NOOP("Actions", "Highlight &Pink")),
            ("purple", QT_TRANSLATE_NOOP("Actions", "Highlight P&urple")),
        ], start=1)
    ),
    ActionSpec("notes_panel", QT_TRANSLATE_NOOP("Actions", "&Notes Panel"), ("Ctrl+Shift+A",), True),
    ActionSpec("bookmarks_panel", QT_TRANSLATE_NOOP("Actions", "&Bookmarks Panel"), ("Ctrl+Shift+B",), True),
    ActionSpec("export_notes", QT_TRANSLATE_NOOP("Actions", "&Export Notes…"), ("Ctrl+E",)),
    ActionSpec("export_obsidian", QT_TRANSLATE_NOOP("Actions", "Export Notes to an &Obsidian Folder…")),
    ActionSpec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), (Key.Print, "Ctrl+P")),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"), ("Ctrl+Shift+P",)),
    # The app's one settings dialog: on macOS it is "Settings…" (⌘,) in the application menu.
    ActionSpec("display_name", QT_TRANSLATE_NOOP("Actions", "Your &Display Name…"), (Key.Preferences,),
               role=Role.PreferencesRole),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in Essay…"), (Key.Find,)),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), (Key.FindNext,)),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), (Key.FindPrevious,)),
    # Read-aloud: play or pause, stop, and A–B repeat (set A, set B, stop repeating)
    ActionSpec("read_aloud", QT_TRANSLATE_NOOP("Actions", "Read Aloud / Pa&use"), ("Ctrl+Shift+R",)),
    ActionSpec("read_aloud_stop", QT_TRANSLATE_NOOP("Actions", "St&op Reading Aloud"), ("Ctrl+Shift+X",)),
    ActionSpec("read_aloud_loop", QT_TRANSLATE_NOOP("Actions", "Re&peat A–B"), ("Ctrl+Shift+K",)),
    ActionSpec("search_library", QT_TRANSLATE_NOOP("Actions", "&Search the Library…"), ("Ctrl+Shift+F",)),
    ActionSpec("essay_panel", QT_TRANSLATE_NOOP("Actions", "Essa&y Panel"), ("Ctrl+Shift+I",), True),
    ActionSpec("snap_words", QT_TRANSLATE_NOOP("Actions", "Highlight &Whole Words"), (), True),
    ActionSpec("reload_library", QT_TRANSLATE_NOOP("Actions", "&Reload Essays"), (Key.Refresh,)),
    ActionSpec("merge_changes", QT_TRANSLATE_NOOP("Actions", "&Merge My Changes In")),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import…"), (Key.Open, "Ctrl+O")),
    ActionSpec("paste_essay", QT_TRANSLATE_NOOP("Actions", "&Paste as New Essay"), ("Ctrl+Shift+V",)),
    ActionSpec("show_samples", QT_TRANSLATE_NOOP("Actions", "Show Sample &Essays"), (), True),
    ActionSpec("back", QT_TRANSLATE_NOOP("Actions", "&Back"), ("Alt+Left", Key.Back)),
    ActionSpec("forward", QT_TRANSLATE_NOOP("Actions", "&Forward"), ("Alt+Right", Key.Forward)),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), (Key.Copy,)),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
               ("Ctrl+/", Key.HelpContents)),  # F1 on Windows and Linux
    ActionSpec("group_create", QT_TRANSLATE_NOOP("Actions", "&Create Group Folder…")),
    ActionSpec("group_join", QT_TRANSLATE_NOOP("Actions", "&Join Group Folder…")),
    ActionSpec("group_leave", QT_TRANSLATE_NOOP("Actions", "&Leave Group")),
    ActionSpec("group_color", QT_TRANSLATE_NOOP("Actions", "My Colo&ur…")),
    ActionSpec("group_trust", QT_TRANSLATE_NOOP("Actions", "&Trust a Member's New Device…")),
    ActionSpec("share_new_notes", QT_TRANSLATE_NOOP("Actions", "Share New Notes"), (), True),
    ActionSpec("show_others", QT_TRANSLATE_NOOP("Actions", "Show Ot&hers' Notes"), (), True),
    ActionSpec("members_panel", QT_TRANSLATE_NOOP("Actions", "&Members Panel"), ("Ctrl+Shift+M",), True),
    ActionSpec("assignments_panel", QT_TRANSLATE_NOOP("Actions", "&Assignments Panel"), ("Ctrl+Shift+Y",),
               True),
    ActionSpec("new_assignment", QT_TRANSLATE_NOOP("Actions", "New &Assignment…")),
    ActionSpec("discussion", QT_TRANSLATE_NOOP("Actions", "Di&scussion…"), ("Ctrl+Shift+J",)),
    # off until the member says so: how far one reads is one's own business
    ActionSpec("share_progress", QT_TRANSLATE_NOOP("Actions", "Share My Readin&g Progress"), (), True),
    ActionSpec("export_member_notes", QT_TRANSLATE_NOOP("Actions", "Export One Mem&ber's Notes…")),
    ActionSpec("export_jsonld", QT_TRANSLATE_NOOP("Actions", "Export Notes as &Web Annotations…")),
    ActionSpec("import_jsonld", QT_TRANSLATE_NOOP("Actions", "Import Web A&nnotations…")),
    ActionSpec("look_up", QT_TRANSLATE_NOOP("Actions", "&Look Up in Dictionary"), ("Ctrl+Shift+D",)),
    ActionSpec("add_word", QT_TRANSLATE_NOOP("Actions", "Add to &My Words"), ("Ctrl+Shift+S",)),
    ActionSpec("look_up_on_hover", QT_TRANSLATE_NOOP("Actions", "Look Up Words on Hov&er"), (), True),
    ActionSpec("vocabulary_panel", QT_TRANSLATE_NOOP("Actions", "My &Words Panel"), ("Ctrl+Shift+W",), True),
)


class Actions:
    """The window's actions by name; exclusive groups for form, theme and language."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        self.groups: dict[str, QActionGroup] = {}
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(spec.name)
            action.setCheckable(spec.checkable)
            action.setMenuRole(spec.role)
            action.setShortcuts(_unique_keys(spec.shortcuts))
            if spec.group:
                group = self.groups.setdefault(spec.group, QActionGroup(parent))
                group.addAction(action)
            self._actions[spec.name] = action
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def form_action(self, form: Form) -> QAction:
        return self._actions[f"form_{form.value}"]

    def retranslate(self) -> None:
        for spec in SPECS:
            text = QCoreApplication.translate("Actions", spec.text) if spec.translate else spec.text
            action = self._actions[spec.name]
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            words = without_access_key(text)
            action.setIconText(words.rstrip("…"))  # a toolbar button's text: Qt leaves "(P)" of "(&P)"
            action.setToolTip(f"{words} ({keys})" if keys else words)


def _unique_keys(shortcuts: tuple[Key | str, ...]) -> list[QKeySequence]:
    """Standard keys differ by platform; drop repeats so no shortcut is ambiguous."""
    keys: dict[str, QKeySequence] = {}
    for shortcut in shortcuts:
        sequences = (QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key)
                     else [QKeySequence(shortcut)])
        for sequence in sequences:
            if not sequence.isEmpty():
                keys.setdefault(sequence.toString(), sequence)
    return list(keys.values())
