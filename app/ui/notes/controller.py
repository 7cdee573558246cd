"""Bookmarks and annotations in the window: actions, reader highlights, panels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.core.notes import (
    COLORS,
    COMMENT,
    CONFUSED,
    QUESTION,
    Annotation,
    kind_of,
    new_annotation,
    new_bookmark,
    new_reply,
)
from app.services.changes import NoteChanges
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.ui.common.commands import Commands
from app.ui.common.dialogs import Dialogs
from app.ui.common.docks import add_panel
from app.ui.common.status import StatusMessages
from app.ui.notes.drafts import NoteDraft, color_icon, color_label
from app.ui.notes.export import NotesExport
from app.ui.notes.highlighting import Highlighting
from app.ui.notes.panels import AnnotationsPanel, BookmarksPanel
from app.ui.notes.rows import NoteRows
from app.ui.reader.history import History
from app.ui.reader.view import ReaderView


class NotesController(QObject):
    """Everything about notes that the main window shows or does."""

    def __init__(self, window: QMainWindow, notes: NotesService, reading: ReadingService,
                 reader: ReaderView, *, commands: Commands, dialogs: Callable[[], Dialogs],
                 history: History, language: Callable[[], str], status: StatusMessages,
                 sharing: Callable[[], bool], member_color: Callable[[str], str],
                 in_group: Callable[[], bool] = lambda: False) -> None:
        """`window` holds the panels' docks; `dialogs` gives the window's current dialogs (tests
        swap them after start); `language` the interface language, for exports. In a group,
        `sharing` says whether new notes are shared and `member_color` colours others' notes;
        `in_group` says whether there is a group to reply in and share with."""
        super().__init__(window)
        self.notes = notes
        self.reading = reading
        self.reader = reader
        self.commands = commands
        self._dialogs = dialogs
        self.history = history
        self.status = status
        self.sharing = sharing
        self.member_color = member_color
        self.in_group = in_group
        self.annotations_panel = AnnotationsPanel()
        self.annotations_panel.in_group = in_group
        self.bookmarks_panel = BookmarksPanel()
        self.annotations_dock = add_panel(window, "annotations_dock", self.annotations_panel,
                                          self.commands["notes_panel"])
        self.bookmarks_dock = add_panel(window, "bookmarks_dock", self.bookmarks_panel,
                                        self.commands["bookmarks_panel"], tab_with=self.annotations_dock)
        self.annotations_dock.raise_()
        self.annotations_panel.all_notes.setChecked(self.reading.prefs.flag("all_notes", False))
        self.exporter = NotesExport(notes, reading, dialogs=dialogs, language=language, status=status,
                                    parent=self)
        self.rows = NoteRows(notes, reading, self.annotations_panel, self.bookmarks_panel,
                             member_color=member_color, parent=self)
        self.highlighting = Highlighting(notes, reading, reader, self.rows, self)
        self._fill_after_drawing = False  # the notes arrived: the panel fills once they are drawn
        self.highlighting.drawn_in_steps.connect(self._drawn_in_steps)
        self.show_others = True
        self._member_colors: dict[str, str] = {}  # as others' highlights were last drawn
        self.panels_ready = False  # the panels are filled after the first frame
        reader.first_presented.connect(self._first_presented, Qt.ConnectionType.SingleShotConnection)
        self._connect_signals()
        self._set_enabled()
        self.retranslate()

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs()

    def _connect_signals(self) -> None:
        c, stack = self.commands, self.notes.undo_stack
        c["undo"].triggered.connect(stack.undo)
        c["redo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(c["undo"].setEnabled)
        stack.canRedoChanged.connect(c["redo"].setEnabled)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._undo_text_changed)
        c["bookmark"].triggered.connect(self.bookmark_here)
        c["highlight"].triggered.connect(lambda: self.highlight(self._last_color()))
        c["highlight_note"].triggered.connect(lambda _=False: self.highlight_with_note())
        c["ask_question"].triggered.connect(lambda: self.highlight_with_note(QUESTION))
        c["mark_confused"].triggered.connect(  # 不懂 needs no words: marked at once
            lambda: self.highlight(self._last_color(), NoteDraft(self._last_color(), kind=CONFUSED)))
        for color in COLORS:
            c[f"highlight_{color}"].triggered.connect(lambda _=False, col=color: self.highlight(col))
        c["export_notes"].triggered.connect(self.exporter.export)
        c["export_obsidian"].triggered.connect(self.exporter.export_obsidian)
        c["display_name"].triggered.connect(self.change_display_name)
        c["show_others"].setChecked(self.show_others)
        c["show_others"].toggled.connect(self._set_show_others)
        self.notes.notes_changed.connect(self._notes_changed)
        self.reading.essay_changed.connect(self._reading_changed)
        self.reading.form_changed.connect(self._reading_changed)
        self.reading.library_changed.connect(self._reading_changed)
        self.reader.context_menu_opening.connect(self._extend_reader_menu)
        self.reader.selectionChanged.connect(self._set_enabled)
        panel = self.annotations_panel
        panel.activated.connect(self.go_to_annotation)
        panel.edit_requested.connect(self.edit_annotation)
        panel.delete_requested.connect(self.delete_annotation)
        panel.recolor_requested.connect(self.recolor_annotation)
        panel.reply_requested.connect(self.reply_to)
        panel.share_requested.connect(self.set_shared)
        panel.scope_changed.connect(self._reading_changed)
        panel.scope_changed.connect(lambda whole: self.reading.prefs.set_flag("all_notes", whole))
        marks = self.bookmarks_panel
        marks.activated.connect(self.go_to_bookmark)
        marks.rename_requested.connect(self.rename_bookmark)
        marks.delete_requested.connect(self.delete_bookmark)

    def _undo_text_changed(self, _text: str) -> None:
        self.retranslate()

    def _reading_changed(self, _value: object = None) -> None:
        self.refresh()

    def _set_show_others(self, on: bool) -> None:
        self.show_others = self.rows.show_others = on
        self.refresh()

    def set_members(self, others: list[tuple[str, str, str]]) -> None:
        """The other members (author id, name, colour): the notes panel can pick them out, and
        their highlights are redrawn when a member's file changes their colour."""
        self.annotations_panel.set_members([(author, name) for author, name, _color in others])
        colors = {author: color for author, _name, color in others}
        if colors != self._member_colors:
            self._member_colors = colors
            self.refresh()

    def retranslate(self) -> None:
        self.annotations_dock.setWindowTitle(self.tr("Notes"))
        self.bookmarks_dock.setWindowTitle(self.tr("Bookmarks"))
        stack = self.notes.undo_stack
        undo, redo = self.commands["undo"], self.commands["redo"]
        undo.setText(self.tr("&Undo {what}").format(what=stack.undoText()).strip()
                     if stack.canUndo() else self.tr("&Undo"))
        redo.setText(self.tr("&Redo {what}").format(what=stack.redoText()).strip()
                     if stack.canRedo() else self.tr("&Redo"))

    def _set_enabled(self) -> None:
        writable = not self.notes.read_only
        has_selection = self.reader.selection_span() is not None
        for name in ("highlight", "highlight_note", "ask_question", "mark_confused",
                     *(f"highlight_{c}" for c in COLORS)):
            self.commands[name].setEnabled(writable and has_selection)
        self.commands["bookmark"].setEnabled(writable and self.reading.current is not None)
        self.commands["undo"].setEnabled(self.notes.undo_stack.canUndo())
        self.commands["redo"].setEnabled(self.notes.undo_stack.canRedo())

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw everything: highlights, both panels, the actions."""
        self.rows.clear()
        self._fill_after_drawing = False
        self._draw_highlights()
        if self.reading.current is None:  # no essay, so no first frame to wait for
            self.panels_ready = True
        if self.panels_ready:
            self._fill_panels()
        self._set_enabled()

    def _first_presented(self) -> None:
        """The panels are filled, and the colours get their swatches, once the first frame is on
        screen: they are not in it."""
        self.panels_ready = True
        self._fill_panels()
        for color in COLORS:
            self.commands[f"highlight_{color}"].setIcon(color_icon(color))
        self.annotations_panel.show_swatches()

    def _fill_panels(self) -> None:
        self.rows.fill_annotations()
        self.rows.fill_bookmarks()

    def _notes_changed(self, changes: NoteChanges) -> None:
        """Redraw only what shows the notes that changed (a group read touching other essays, or
        nothing at all, leaves the reader and the panels alone). Our own edits are redrawn here
        too: the controller asks the service and draws what it then holds."""
        if changes.arrived:
            self._notes_arrived(changes)
            return
        patched = self.rows.patch_essays(changes)
        for essay in changes.annotated_essays - patched:
            self.rows.forget_essay(essay)
        current = self.reading.current
        if current is not None and current.id in patched:
            self.highlighting.redraw(current, changes.notes)
        elif current is not None and changes.touches(current.id):
            self.highlighting.draw_again()
        later = self._fill_after_drawing  # the arrived notes' rows: made once they are drawn
        if self.panels_ready and not later and self._panel_shows_any(changes.annotated_essays - patched):
            self.rows.fill_annotations()  # patched essays' rows went to the panel as they changed
        if self.panels_ready and changes.bookmarks:
            self.rows.fill_bookmarks()
        self._set_enabled()

    def _notes_arrived(self, changes: NoteChanges) -> None:
        """A large store's notes are in: the open essay's highlights and the panel's rows are
        made over the next turns (the open essay may hold thousands)."""
        for essay in changes.annotated_essays:
            self.rows.forget_essay(essay)
        self.highlighting.draw_in_steps()
        self._fill_after_drawing = self.panels_ready
        if self.panels_ready:
            self.rows.fill_bookmarks()
        self._set_enabled()

    @property
    def notes_arriving(self) -> bool:
        """Whether the arrived notes of the open essay are still being drawn or listed."""
        return self.highlighting.drawing or self._fill_after_drawing or self.rows.opened_filling

    def _drawn_in_steps(self) -> None:
        """The panel's rows are made once the highlights are drawn: two jobs sharing each turn
        held it twice as long."""
        if self._fill_after_drawing:  # at the next turn: this one handed the highlights over
            # `self` as the context: a window closed meanwhile takes the call with it (PySide
            # calls a bare bound method even once its object is deleted)
            QTimer.singleShot(0, self, self._fill_arrived)

    def _fill_arrived(self) -> None:
        if self._fill_after_drawing:  # else a refresh filled the panel meanwhile
            self._fill_after_drawing = False
            self.rows.fill_annotations(in_steps=True)

    def _draw_highlights(self) -> None:
        self.highlighting.draw()

    def _panel_shows_any(self, essays: frozenset[str]) -> bool:
        """Whether the notes panel lists notes of these essays: the open one, every essay with
        "all notes in the library", and always those whose essay is not in the library."""
        if not essays:
            return False
        if self.annotations_panel.all_notes.isChecked():
            return True
        current, library = self.reading.current, self.reading.library
        return any((current is not None and essay == current.id) or library.essay(essay) is None
                   for essay in essays)

    # -- making and changing notes -----------------------------------------------------------

    def _author(self) -> str:
        """The display name, asked for once the first time a note is made."""
        if (name := self.notes.author) is not None:
            return name
        answer = self.dialogs.ask_text(
            self.tr("Your name"), self.tr("The name your study group sees on your notes:"),
            "", placeholder=self.notes.identity.name)  # never "root": see Profile.fallback_name
        self.notes.set_author(answer or "", origin=self)
        return self.notes.identity.name

    def change_display_name(self) -> None:
        answer = self.dialogs.ask_text(
            self.tr("Your name"), self.tr("The name your study group sees on your notes:"),
            self.notes.author or "", placeholder=self.notes.identity.name)
        if answer is not None:
            self.notes.set_author(answer, origin=self)

    def _last_color(self) -> str:
        return self.reading.prefs.highlight_color

    def _selection(self) -> tuple[int, int] | None:
        """The selection, widened to whole words when the reader asked for that (and then
        without a stray comma or half a pair of quotation marks at its ends)."""
        span, essay = self.reader.selection_span(), self.reading.current
        if span is None or essay is None or not self.commands["snap_words"].isChecked():
            return span
        if self.reader.words is not None:
            span = self.reader.words.snap(*span)
        from app.core.passage_ends import trimmed_span  # noqa: PLC0415  (not on the start-up path)

        return trimmed_span(essay.text, *span)

    def highlight(self, color: str, draft: NoteDraft | None = None) -> None:
        essay, span = self.reading.current, self._selection()
        if essay is None or span is None or self.notes.read_only:
            return
        draft = draft or NoteDraft(color)
        annotation = new_annotation(essay.id, essay.text, *span, color=draft.color,
                                    author=self._author(), note=draft.note, tags=draft.tags,
                                    by=self.notes.identity, shared=self.sharing(), kind=draft.kind)
        self.reading.prefs.highlight_color = draft.color
        self.notes.add_annotation(annotation, self.tr("highlight"), origin=self)
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)

    def highlight_with_note(self, kind: str = COMMENT) -> None:
        """A note on the selection, of `kind` unless the reader picks another in the dialog."""
        essay, span = self.reading.current, self._selection()
        if essay is None or span is None:
            return
        draft = self.dialogs.edit_note(self.rows.display(essay.text[span[0]:span[1]], essay),
                                       NoteDraft(self._last_color(), kind=kind))
        if draft is not None:
            self.highlight(draft.color, draft)

    def _own(self, note_id: str) -> Annotation | None:
        """The note if the reader may change it; others' notes are theirs to change (say so)."""
        annotation = self.notes.annotation(note_id)
        if annotation is not None and not self.notes.is_mine(annotation):
            self.status.show(self.tr(
                "This note is {name}'s: only its author changes it, but you can reply.").format(
                    name=annotation.author), 5000)
            return None
        return annotation

    def reply_to(self, note_id: str) -> None:
        parent = self.notes.annotation(note_id)
        if parent is None or self.notes.read_only:
            return
        text = self.dialogs.write_reply(self.rows.reply_context(parent))
        if text and text.strip():
            self._author()
            reply = new_reply(parent, text.strip(), self.notes.identity)
            self.notes.add_annotation(reply, self.tr("reply"), origin=self)

    def set_shared(self, note_id: str, shared: bool) -> None:
        annotation = self._own(note_id)
        if annotation is not None and annotation.shared != shared:
            self.notes.update_annotation(annotation.edited(shared=shared),
                                         self.tr("share") if shared else self.tr("make private"), origin=self)

    def edit_annotation(self, note_id: str) -> None:
        annotation = self._own(note_id)
        if annotation is None:
            return
        essay = self.reading.library.essay(annotation.essay_id)
        quote = annotation.anchor.exact
        draft = self.dialogs.edit_note(
            self.rows.display(quote, essay) if essay else quote,
            NoteDraft(annotation.color, annotation.note, annotation.tags, kind_of(annotation)))
        if draft is not None:
            self.notes.update_annotation(
                annotation.edited(color=draft.color, note=draft.note, tags=draft.tags, kind=draft.kind),
                self.tr("edit note"), origin=self)

    def recolor_annotation(self, note_id: str, color: str) -> None:
        annotation = self._own(note_id)
        if annotation is not None and annotation.color != color:
            self.notes.update_annotation(annotation.edited(color=color), self.tr("change colour"),
                                         origin=self)

    def delete_annotation(self, note_id: str) -> None:
        if self._own(note_id) is not None:
            self.notes.delete_annotation(note_id, self.tr("delete highlight"), origin=self)
            self._say_undoable(self.tr("Highlight deleted. Undo with {keys}."))

    def bookmark_here(self) -> None:
        essay = self.reading.current
        if essay is None or self.notes.read_only:
            return
        mark = new_bookmark(essay.id, essay.text, self.reader.top_offset(), self._author())
        self.notes.add_bookmark(mark, self.tr("bookmark"), origin=self)
        self.status.show(self.tr("Bookmarked: {name}").format(
            name=self.rows.display(mark.name, essay)), 4000)

    def rename_bookmark(self, mark_id: str) -> None:
        mark = self.notes.bookmark(mark_id)
        if mark is None:
            return
        name = self.dialogs.ask_text(self.tr("Rename bookmark"), self.tr("Name:"), mark.name)
        if name and name.strip() and name.strip() != mark.name:
            self.notes.update_bookmark(mark.edited(name=name.strip()), self.tr("rename bookmark"),
                                       origin=self)

    def delete_bookmark(self, mark_id: str) -> None:
        if self.notes.bookmark(mark_id) is not None:
            self.notes.delete_bookmark(mark_id, self.tr("delete bookmark"), origin=self)
            self._say_undoable(self.tr("Bookmark deleted. Undo with {keys}."))

    def _say_undoable(self, message: str) -> None:
        keys = self.commands["undo"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.status.show(message.format(keys=keys), 5000)

    # -- going places -------------------------------------------------------------------------

    def go_to_annotation(self, note_id: str) -> None:
        annotation = self.notes.annotation(note_id)
        essay = self.reading.library.essay(annotation.essay_id) if annotation else None
        if annotation is None or essay is None:
            return
        self.history.mark()
        self.reading.open_essay(essay.id)
        span = self.notes.placements(essay)[note_id].span
        if span is not None:
            self.reader.scroll_to_offset(span[0])
            self.reader.flash(*span)

    def go_to_bookmark(self, mark_id: str) -> None:
        mark = self.notes.bookmark(mark_id)
        essay = self.reading.library.essay(mark.essay_id) if mark else None
        if mark is None or essay is None:
            return
        self.history.mark()
        self.reading.open_essay(essay.id)
        offset = self.notes.bookmark_offset(mark, essay)
        if offset is not None:
            self.reader.scroll_to_offset(offset)
            self.reader.flash(offset, min(len(essay.text), offset + len(mark.anchor.exact)))

    def _extend_reader_menu(self, menu: QMenu, highlight_id: str) -> None:
        menu.addSeparator()
        note = self.notes.annotation(highlight_id) if highlight_id else None
        if note is not None and self.in_group():  # a reply outside a group has no reader
            menu.addAction(self.tr("Reply…"), lambda: self.reply_to(highlight_id))
        if note is not None and not self.notes.is_mine(note):
            menu.addSeparator()
        elif note is not None:
            menu.addAction(self.tr("Edit Note…"), lambda: self.edit_annotation(highlight_id))
            colors = menu.addMenu(self.tr("Colour"))
            for color in COLORS:
                colors.addAction(color_icon(color), color_label(color),
                                 lambda c=color: self.recolor_annotation(highlight_id, c))
            menu.addAction(self.tr("Delete Highlight"), lambda: self.delete_annotation(highlight_id))
            if self.in_group():
                share = menu.addAction(self.tr("Shared with the Group"))
                share.setCheckable(True)
                share.setChecked(note.shared)
                share.toggled.connect(lambda on: self.set_shared(highlight_id, on))
            menu.addSeparator()
        highlight = menu.addMenu(self.tr("Highlight"))
        highlight.setEnabled(self.commands["highlight"].isEnabled())
        highlight.addActions([self.commands[f"highlight_{c}"] for c in COLORS])
        menu.addActions([self.commands[name] for name in ("highlight_note", "ask_question", "mark_confused")])
        menu.addAction(self.commands["bookmark"])
