"""The group in the window: File menu commands, the members panel, sharing, exports, imports."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from app.core.group_error import GroupError
from app.core.messages import Message, UserError
from app.core.notes import Annotation, by_others, own_and_others
from app.services.changes import NoteChanges
from app.services.group import GroupService
from app.services.messages import translated
from app.services.notes import NotesService
from app.services.reading import ReadingService
from app.store import atomic_write_bytes
from app.ui.common.commands import Commands
from app.ui.common.dialogs import Dialogs
from app.ui.common.docks import LazyPanel
from app.ui.common.plain import isolated
from app.ui.common.status import StatusMessages
from app.ui.group.dialogs import GroupDialogs

if TYPE_CHECKING:  # the importer and the panel are loaded when first used: not at start-up
    from app.core.jsonld_import import ImportReport
    from app.ui.group.members_panel import MembersPanel

IMPORT = "import-jsonld"  # the task reading a Web Annotations file

STATUS_MS = 6000


class GroupController(QObject):
    """Joins, leaves and shows the group; owns no notes (the services do)."""

    def __init__(self, window: QMainWindow, group: GroupService, reading: ReadingService,
                 notes: NotesService, *, commands: Commands, dialogs: Callable[[], Dialogs],
                 language: Callable[[], str], status: StatusMessages,
                 tab_with: QDockWidget, show_members: Callable[[list[tuple[str, str, str]]], None]) -> None:
        """`window` holds the members panel's dock, tabbed behind `tab_with`; `dialogs` gives the
        window's current dialogs object (tests swap it after start); `language` the interface
        language, for exports; `show_members` takes the other members (author id, name, colour)."""
        super().__init__(window)
        self.group, self.reading, self.notes = group, reading, notes
        self.commands, self._dialogs, self.language = commands, dialogs, language
        self.status, self.show_members = status, show_members
        self.group_dialogs = GroupDialogs(window)
        self._notice_shown: Message | None = None  # the folder's last notice, for the panel
        self._panel = LazyPanel(window, "members_dock", self._make_panel, action=commands["members_panel"],
                                tab_with=tab_with, filled=self._members_changed)
        self.dock = self._panel.dock
        tab_with.raise_()
        self._connect()
        self._membership_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Members"))
        self._set_share_default(self.commands["share_new_notes"].isChecked())

    def _connect(self) -> None:
        c = self.commands
        c["group_create"].triggered.connect(self.create)
        c["group_join"].triggered.connect(self.join)
        c["group_leave"].triggered.connect(self.leave)
        c["group_color"].triggered.connect(self.choose_color)
        c["group_trust"].triggered.connect(self.trust_new_device)
        c["share_new_notes"].toggled.connect(self._set_share_default)
        c["export_member_notes"].triggered.connect(self.export_member)
        c["export_jsonld"].triggered.connect(self.export_jsonld)
        c["import_jsonld"].triggered.connect(self.import_jsonld)
        self.group.membership_changed.connect(self._membership_changed)
        self.group.members_changed.connect(self._members_changed)
        self.notes.notes_changed.connect(self._own_notes_changed)
        self.group.notice.connect(self._notice)

    @property
    def panel(self) -> MembersPanel:
        """The members panel, built the first time it is shown or asked for."""
        return self._panel.panel()

    def _make_panel(self) -> MembersPanel:
        from app.ui.group.members_panel import MembersPanel  # noqa: PLC0415  (on first sight)

        panel = MembersPanel()
        panel.join_requested.connect(self.commands["group_join"].trigger)
        panel.create_requested.connect(self.commands["group_create"].trigger)
        joined = self.group.joined
        panel.set_group(self.group.info.name if joined and self.group.info else "")
        if self._notice_shown is not None:
            panel.set_notice(self._notice_shown)
        return panel

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs()

    def add_to_menus(self, file_menu: QMenu, view_menu: QMenu, toolbar: QToolBar, before: QAction) -> None:
        """File: the group commands and interchange; View: panels; toolbar: sharing."""
        c = self.commands
        file_menu.insertActions(before, [c["group_create"], c["group_join"], c["group_color"],
                                         c["group_trust"], c["group_leave"]])
        file_menu.insertSeparator(before)
        file_menu.insertActions(before, [c["export_member_notes"], c["export_jsonld"], c["import_jsonld"]])
        file_menu.insertSeparator(before)
        view_menu.addActions([c["members_panel"], c["show_others"]])
        toolbar.addSeparator()
        toolbar.addAction(c["share_new_notes"])

    # -- membership ------------------------------------------------------------------------------

    def create(self) -> None:
        folder = self.group_dialogs.choose_folder(self.tr("Create Group Folder"))
        if folder is None:
            return
        name = self.group_dialogs.ask_text(self.tr("Create Group Folder"), self.tr("The group's name:"),
                                           folder.name)
        member = self._member_name() if name else None
        if name and member:
            self._try(lambda: self.group.create(folder, name, member), self.tr("Create Group Folder"))

    def join(self) -> None:
        folder = self.group_dialogs.choose_folder(self.tr("Join Group Folder"))
        member = self._member_name() if folder is not None else None
        if folder is not None and member:
            self._try(lambda: self.group.join(folder, member), self.tr("Join Group Folder"))

    def leave(self) -> None:
        """Asks whether our shared notes stay in the folder for the others or are withdrawn."""
        title = self.tr("Leave Group")
        choice = self.group_dialogs.choose(title, self.tr(
            "Your notes stay with you. Your shared notes in the group folder:"),
            [self.tr("Leave them for the group"), self.tr("Withdraw them")])
        if choice is None:
            return
        withdraw = choice == 1
        self._try(lambda: self.group.leave(withdraw=withdraw), title)
        if not self.group.joined:
            self._status(self.tr("You left the group; your notes stay with you. Your shared notes were "
                                 "withdrawn from the group folder.") if withdraw else
                         self.tr("You left the group; your notes stay with you. Your shared notes stay in "
                                 "the group folder for the others."))

    def choose_color(self) -> None:
        """This member's own colour, shown to everyone in the group."""
        title = self.tr("My Colour")
        color = self.dialogs.choose_color(title, self.notes.identity.color)
        if color is not None:
            self._try(lambda: self.group.set_color(color), title)

    def trust_new_device(self) -> None:
        """A member writing from a device no known one vouched for ("someone is writing as …"):
        the reader, who knows it is that member's new computer, lets its notes in."""
        title = self.tr("Trust a New Device")
        waiting = sorted(self.group.unknown_keys())
        if not waiting:
            self._status(self.tr("No member is writing from a new device that waits for your trust."))
            return
        members = self.group.snapshot.members if self.group.snapshot else {}
        names = [isolated(members[a].name or a) if a in members else a for a in waiting]
        chosen = self.group_dialogs.choose(title, self.tr(
            "Only trust a device when you know it is this member's own (ask them):"), names)
        if chosen is not None:
            self._try(lambda: self.group.accept_key(waiting[chosen]), title)

    def _member_name(self) -> str | None:
        name = self.group_dialogs.ask_text(self.tr("Your name"), self.tr(
            "The name your study group sees on your notes:"), self.notes.identity.name)
        return name.strip() if name and name.strip() else None

    def _try(self, action: object, title: str) -> None:
        try:
            action()  # type: ignore[operator]
        except GroupError as error:
            self.dialogs.warn(title, translated(error.message))
        except OSError as error:
            self.dialogs.warn(title, str(error))

    def _membership_changed(self) -> None:
        joined = self.group.joined
        c = self.commands
        c["group_leave"].setEnabled(joined)
        c["group_color"].setEnabled(joined)
        c["group_trust"].setEnabled(joined)
        c["export_member_notes"].setEnabled(joined)
        c["share_new_notes"].setEnabled(joined)
        c["share_new_notes"].setVisible(joined)
        c["share_new_notes"].setChecked(joined and self.group.share_new_notes)
        if (panel := self._panel.built) is not None:
            panel.set_group(self.group.info.name if joined and self.group.info else "")
        self._members_changed()

    def _members_changed(self) -> None:
        members = self.group.members() if self.group.joined else []
        my_id = self.notes.identity.id
        if (panel := self._panel.built) is not None:
            panel.set_members(members, my_id)
        self.show_members(
            [(m.author_id, m.name or m.author_id[:8], m.color) for m in members if m.author_id != my_id])

    def _own_notes_changed(self, changes: NoteChanges) -> None:
        """Our own line counts this device's notes and shows our name: kept current as they change
        (the others' lines change only with a read of the folder, through members_changed)."""
        if self.group.joined and (changes.own or changes.author):
            self._members_changed()

    def _notice(self, message: Message) -> None:
        self._notice_shown = message
        if (panel := self._panel.built) is not None:
            panel.set_notice(message)
        self._status(translated(message))

    def _status(self, text: str) -> None:
        self.status.show(text, STATUS_MS)

    # -- sharing and showing -----------------------------------------------------------------------

    def _set_share_default(self, on: bool) -> None:
        if self.group.joined:
            self.group.share_new_notes = on
        self.commands["share_new_notes"].setToolTip(
            self.tr("New notes are shared with the group") if on else self.tr("New notes stay private"))

    # -- export and import ---------------------------------------------------------------------------

    def export_member(self) -> None:
        members = self.group.members()
        choice = self.group_dialogs.choose(self.tr("Export One Member's Notes"), self.tr("Member:"),
                                           [m.name or m.author_id[:8] for m in members])
        if choice is None:
            return
        from app.core.export import Notes, export_markdown, member_notes  # noqa: PLC0415

        member = members[choice]
        self.notes.keeper.notes_in()  # still loading: the file would miss them, and not say so
        chosen = member_notes(self.notes.annotations(), member.author_id)
        text = export_markdown(self.reading.library, Notes(chosen, []), self.reading.form,
                               self.language(),
                               datetime.now().strftime("%Y-%m-%d %H:%M"))
        self._write(f"jiangxin-notes-{member.name or 'member'}.md", self.tr("Markdown (*.md)"), text)

    def export_jsonld(self) -> None:
        from app.core.jsonld import export_jsonld  # noqa: PLC0415  (on first use)

        self.notes.keeper.notes_in()
        document = export_jsonld(self.notes.annotations(), text_of=self._essay_text)
        self._write("jiangxin-notes.jsonld", self.tr("Web Annotations (*.jsonld *.json)"),
                    json.dumps(document, ensure_ascii=False, indent=1) + "\n")

    def _essay_text(self, essay_id: str) -> str | None:
        """The essay's text now, so each position written is where its quote is today."""
        essay = self.reading.library.essay(essay_id)
        return essay.text if essay is not None else None

    def _write(self, suggested: str, filters: str, text: str) -> None:
        path = self.dialogs.save_path(self.tr("Export Notes"), suggested, filters)
        if path is None:
            return
        try:
            atomic_write_bytes(path, text.encode("utf-8"))
        except OSError as error:
            self.dialogs.warn(self.tr("Export Notes"), self.tr("The notes could not be written to {path}: "
                                                               "{reason}").format(
                path=path, reason=error.strerror or error))
            return
        self._status(self.tr("Notes exported to {path}").format(path=path))

    def import_jsonld(self) -> None:
        path = self.group_dialogs.open_path(self.tr("Import Web Annotations"),
                                            self.tr("Web Annotations (*.jsonld *.json)"))
        if path is None:
            return
        from app.core.jsonld_import import read_jsonld_file  # noqa: PLC0415

        def read(_task: object) -> ImportReport | UserError:  # a big file is read and parsed off the window
            try:
                return read_jsonld_file(Path(path))
            except UserError as error:  # too big, not a file, not JSON, nested too deep
                return error
        self.group.tasks.run(read, done=lambda result: self._import_read(path, result), key=IMPORT)

    def _import_read(self, path: Path, report: ImportReport | UserError) -> None:
        from app.core.jsonld import new_or_newer  # noqa: PLC0415

        if isinstance(report, UserError):
            reason = translated(report.message)
            self.dialogs.warn(self.tr("Import Web Annotations"), self.tr(
                "{path} could not be imported: {reason}").format(path=path, reason=reason))
            return
        self.notes.keeper.notes_in()  # what is new is told against every note, not those loaded so far
        kept, skipped = self._own_and_others(report.notes)
        fresh = new_or_newer(self.notes.own_annotations(), kept, datetime.now(UTC))
        if fresh:
            self.notes.put_annotations(fresh, self.tr("import notes"), origin=self)
        count = len(fresh)
        said = (self.tr("Imported %n new or changed note.", "", count) if count == 1
                else self.tr("Imported %n new or changed notes.", "", count))
        if skipped:
            said += " " + self.tr("Skipped %n note(s) by other authors.", "", skipped)
        self._status(said)
        if report.skipped:
            reasons = "\n".join(f"{s.label}: {translated(s.reason)}" for s in report.skipped)
            self.dialogs.warn(self.tr("Import Web Annotations"), self.tr(
                "Not imported, with the reason:") + "\n" + reasons)

    def _own_and_others(self, imported: list[Annotation]) -> tuple[list[Annotation], int]:
        """Notes by other authors are imported as the reader's own only when the reader says so;
        else they are skipped (and counted), never published under the reader's name."""
        others = len(by_others(imported, self.notes.identity.id))
        if not others:
            return imported, 0
        title = self.tr("Import Web Annotations")
        label = self.tr("%n of these notes were written by other authors. Your notes are shared under "
                        "your name: skip theirs, or import them as your own?", "", others)
        choice = self.group_dialogs.choose(title, label,
                                           [self.tr("Skip them"), self.tr("Import them as mine")])
        if choice is None:
            return [], 0
        return own_and_others(imported, self.notes.identity, as_mine=choice == 1)
