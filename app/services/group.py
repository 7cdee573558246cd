"""The study group in an open window: watch the folder, merge in the background, publish our file.

Folders are watched, not files: a sync tool (and our own atomic save) replaces a file, and a file
watcher loses track of a replaced file. A slow poll covers network shares that send no events.
Reading and merging, and writing our own file, run through Tasks (serially: a change during a
read is read once more afterwards); the window only swaps in the finished result, so a change
from another member shows within a few seconds without moving the reader, and a slow share
never holds the window up while we publish.

Only membership lives here at start: the group's reading, merging, signing and writing load
when a group is first opened, created or joined (`# noqa: PLC0415` below), so a reader in no
group never pays for them before the first frame.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from app.core.group_error import GroupError
from app.core.group_essays import ESSAYS_DIR
from app.core.merge import Record
from app.core.messages import Message
from app.core.notes import Author, join_color
from app.services.changes import NoteChanges
from app.services.group_notices import (
    BACK,
    KEY_ACCEPTED,
    NO_NEW_KEY,
    NOT_A_COLOR,
    NOT_WRITABLE,
    OUT_OF_REACH,
    READ_ONLY,
    service_message,
)
from app.services.notes import NotesService
from app.services.persistence import StoreKeeper
from app.services.tasks import Mode, Tasks

if TYPE_CHECKING:
    from app.core.group import GroupReader, GroupSnapshot, Member
    from app.core.group_folder import GroupInfo
    from app.core.group_replay import OwnState
    from app.core.signing import DeviceKey
    from app.services.group_read import ReadResult
    from app.store.group_copy import GroupCopy

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")

SETTLE_MS = 300  # a sync tool writes a file in bursts: read once it settles
POLL_MS = 10_000  # network shares may send no change events
PUBLISH_MS = 700
READ = "group-read"  # the keys of the group's tasks
PUBLISH = "group-publish"
SEQS, OWN_FILE = "seqs", "own_file"  # in the group section: write numbers believed, our file as written


class GroupService(QObject):
    """Membership, the merged view of everyone's files, and this device's own file."""

    membership_changed = Signal()
    members_changed = Signal()
    essays_changed = Signal()  # a text arrived in (or left) the group's essays/ folder
    notice = Signal(object)  # a Message, quiet: for the status bar and the group panel
    study_read = Signal(object)  # a ReadResult whose study records differ from the last read's

    def __init__(self, keeper: StoreKeeper, notes: NotesService, parent: QObject | None = None,
                 read_later: bool = False, *, tasks: Tasks | None = None) -> None:
        """`read_later`: the joined folder is first read at `refresh()` (the window calls it once
        its first frame is up, so a large group's files never hold that frame back)."""
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else Tasks(self)
        self.keeper, self.notes = keeper, notes
        self.info: GroupInfo | None = None
        self.folder: Path | None = None
        self.snapshot: GroupSnapshot | None = None
        self._reader: GroupReader | None = None
        self._copy: GroupCopy | None = None  # the member files as last seen, for when the folder is away
        self._copy_reader: GroupReader | None = None
        self._was_offline = False
        self._unpublished = False  # the folder could not be written: try again when it answers
        self._problem: Message | None = None  # what was last said about group.json
        # our file as last asked to be written (writer and shared records): the write that will
        # land last, so an undo made while an earlier write is under way is written too
        self._requested: tuple[Author, list[Record], list[Record]] | None = None
        self._writes = self._in_flight = 0  # writes of our file started, and not ended yet
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._settle = _timer(self, SETTLE_MS, self.refresh)
        self._poll = _timer(self, POLL_MS, self.refresh, single=False)
        self._publish_timer = _timer(self, PUBLISH_MS, self.publish)
        self._essays_settle = _timer(self, SETTLE_MS, self.essays_changed.emit)
        notes.notes_changed.connect(self._own_notes_changed)
        self._membership = keeper.sections.claim("group", self)  # which group, and how we share
        self._keys = keeper.sections.claim("keys", self)  # author id → the public keys believed for them
        self._device_key: DeviceKey | None = None  # made when first needed: opening never writes
        # this device's study records (votes, answers, …): set by the study service, which owns them
        self.study_source: Callable[[], tuple[Record, ...]] = tuple
        folder = self._membership.get("folder")  # the joined group's folder, if any
        if isinstance(folder, str):
            self._open(Path(folder), read=not read_later)

    # -- membership --------------------------------------------------------------------------

    @property
    def joined(self) -> bool:
        return self.folder is not None

    @property
    def me(self) -> Author:
        return self.notes.identity

    @property
    def share_new_notes(self) -> bool:
        """While in a group, new notes are shared unless the member turned that off."""
        return self._membership.exists and self._membership.get("share_new", True) is not False

    @share_new_notes.setter
    def share_new_notes(self, on: bool) -> None:
        if self._membership.exists:
            self._membership.set("share_new", on)

    def create(self, folder: Path, group_name: str, member_name: str) -> GroupInfo:
        """Make `folder` a group folder and join it; GroupError says why not."""
        from app.store.groupfiles import create_group_folder  # noqa: PLC0415  (see the module's note)

        create_group_folder(folder, group_name, self.me.id)
        return self.join(folder, member_name)

    def join(self, folder: Path, member_name: str) -> GroupInfo:
        from app.services.group_read import colors_in  # noqa: PLC0415  (see the module's note)
        from app.store.groupfiles import join_group  # noqa: PLC0415

        self._refuse_when_read_only()
        info, membership = join_group(folder, self.me)  # a folder that is no group changes nothing
        self.notes.set_author(member_name, origin=self)
        if not self.notes.profile.color_chosen:  # colours in join order: the first nobody has
            self.notes.profile.set_color(join_color(colors_in(folder, self.me.id)), chosen=False)
        self._membership.replace(membership)
        self._open(folder)
        self.publish()
        self.membership_changed.emit()
        return info

    def set_color(self, color: str) -> None:
        """This member's own colour, chosen: shown to everyone (the member file's header carries it)."""
        self._refuse_when_read_only()
        if not _COLOR.fullmatch(color):
            raise GroupError(service_message(NOT_A_COLOR, color=color))
        if self.notes.profile.set_color(color.lower(), chosen=True):
            self.members_changed.emit()
            self.publish()

    def leave(self, withdraw: bool = False) -> None:
        """Stop reading and writing the folder; our own notes stay in the store. `withdraw`: our
        shared notes are taken back first (a tombstone for each in our file); else they stay
        in the folder for the others."""
        self._refuse_when_read_only()
        if self.folder is not None:
            self.publish()
        self.tasks.wait(PUBLISH)  # our last notes reach the folder before we leave it
        if withdraw and self.folder is not None:
            self._withdraw(self.folder)
        self._membership.remove()
        copy = self._copy
        self._close()
        if copy is not None:
            copy.remove()  # others' notes are theirs to keep; own notes stay in the store
        self.notes.set_group({}, {}, origin=self)
        self.membership_changed.emit()
        self.members_changed.emit()

    def _withdraw(self, folder: Path) -> None:
        """Our file with every shared note of ours as a tombstone (the store keeps the notes)."""
        from app.services.group_write import withdraw_own_file  # noqa: PLC0415  (see the module's note)

        problem = withdraw_own_file(folder, self.me, [a.to_json() for a in self.notes.all_records()],
                                    study=self.study_source(), data_folder=self.keeper.store.folder,
                                    key=self._own_key())
        if problem is not None:
            raise GroupError(problem)

    def _refuse_when_read_only(self) -> None:
        if self.keeper.read_only:
            raise GroupError(service_message(READ_ONLY))

    def _open(self, folder: Path, read: bool = True) -> None:
        from app.core.group_folder import MEMBERS_DIR  # noqa: PLC0415  (see the module's note)
        from app.services.group_read import folder_readers, joined_info  # noqa: PLC0415

        self._close()
        # The group as joined (pinned in the store): nothing is read from the folder on this
        # thread, which may be a slow or absent network share; the worker reads group.json.
        self.info = joined_info(self._membership.values())
        self.folder = folder
        readers = folder_readers(folder, self.me, self.keeper.store.folder, self._membership.values())
        self._reader, self._copy, self._copy_reader = readers.reader, readers.copy, readers.copy_reader
        self._own_file = readers.own_file
        # watched from the start, so a member arriving before the first read ends is seen; the
        # reads add each member's folder
        self._watch((str(folder), str(folder / MEMBERS_DIR), str(folder / ESSAYS_DIR)))
        self._poll.start()
        if read:
            self.refresh()

    def _close(self) -> None:
        self.tasks.cancel(READ)  # a result still on its way is dropped
        self._poll.stop()
        self._settle.stop()
        watched = self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.folder, self.info, self._reader, self.snapshot = None, None, None, None
        self._requested = None
        self._unpublished = False
        self._essays_settle.stop()
        self._copy = self._copy_reader = None
        self._was_offline = False
        self._problem = None

    def _watch(self, folders: tuple[str, ...]) -> None:
        """Watch the folders the last read found (the group folder, members/, each member's
        folder, essays/): folders, not files, since a sync tool replaces a file."""
        present = set(self._watcher.directories())
        new = [path for path in folders if path not in present]
        if new:
            self._watcher.addPaths(new)

    def _folder_changed(self, path: str) -> None:
        if Path(path).name == ESSAYS_DIR:
            self._essays_settle.start()
        self._settle.start()

    # -- reading, in the background -----------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder again off the UI thread (only changed files are parsed); asked while
        a read (or the copy after it) is under way, it reads once more when that one ends."""
        if self._reader is None:
            return
        from app.core.group import Member  # noqa: PLC0415  (loaded with the group: see the module's note)
        from app.services.group_read import ReadJob, read_folder, stored_seqs  # noqa: PLC0415

        if self.notes.loading:  # what the folder says is merged with our notes: read once they are in
            self._settle.start()
            return
        job = ReadJob(self._reader, self._copy, self._copy_reader, self.keeper.read_only, self.info,
                       self.notes.group_records(), frozenset(self.notes.own_annotations()), self.pins(),
                       self.study_source(), seqs=stored_seqs(self._membership.get(SEQS)),
                       own_file=self._own_file, mine=Member(self.me.id, self.me.name, self.me.color))
        # a write under way, or started after this read began, makes its view of our file stale
        writes = -1 if self._in_flight else self._writes
        self.tasks.run(lambda task: read_folder(task, job),
                       progress=lambda result: self._apply(result, writes), key=READ, mode=Mode.SERIAL)

    def _apply(self, result: ReadResult, writes: int | None = None) -> None:
        from app.services.group_read import own_file_differs, stored_seqs  # noqa: PLC0415  (loaded by now)

        members_before = self.snapshot.members if self.snapshot else None
        study_before = self.snapshot.study if self.snapshot else None
        self.snapshot = result.snapshot
        if not self.keeper.read_only:  # first sight (all members at join) and vouched devices
            for author, keys in result.snapshot.pinned.items():
                self._pin(author, keys)
        self._watch(result.folders)
        if result.problem is not None and result.problem != self._problem:
            self.notice.emit(result.problem)
        self._problem = result.problem
        self.notes.set_group(result.snapshot.merged, result.snapshot.by_essay, origin=self,
                             changed=result.changed)
        for notice in result.snapshot.notices:
            self.notice.emit(notice)
        if result.offline != self._was_offline:  # told last: the panel shows the latest notice
            self._was_offline = result.offline
            self.notice.emit(service_message(OUT_OF_REACH if result.offline else BACK))
        if result.snapshot.members != members_before:
            self.members_changed.emit()
        if result.snapshot.study != study_before or result.own_study != self.study_source():
            self.study_read.emit(result)
        if not self.keeper.read_only and result.snapshot.seqs != stored_seqs(self._membership.get(SEQS)):
            self._membership.set(SEQS, result.snapshot.seqs)  # an older copy put back is never believed
        if writes == self._writes and not self.keeper.read_only \
                and own_file_differs(result, self._membership.get(OWN_FILE)):
            self._unpublished = True  # gone, an older copy put back, or changed by someone
        if self._unpublished and (result.snapshot.files or result.snapshot.reachable) and not result.offline:
            self.publish()

    # -- keys: who is believed to write as whom ----------------------------------------------------

    def pins(self) -> dict[str, tuple[str, ...]]:
        """The public keys believed for each author, as the store holds them (type-checked)."""
        return {author: tuple(k for k in keys if isinstance(k, str))
                for author, keys in self._keys.values().items() if isinstance(keys, list)}

    def _pin(self, author_id: str, keys: set[str] | frozenset[str]) -> None:
        held = list(self.pins().get(author_id, ()))
        new = sorted(set(keys) - set(held))
        if new:
            self._keys.set(author_id, held + new)

    def unknown_keys(self) -> dict[str, set[str]]:
        """Devices writing as a known member without being vouched for: waiting for accept_key."""
        return self.snapshot.unknown_keys if self.snapshot else {}

    def accept_key(self, author_id: str) -> None:
        """Believe the devices now writing as `author_id` unvouched for (the reader knows it is
        the member's new device): their files are merged from the next read on."""
        self._refuse_when_read_only()
        keys = self.unknown_keys().get(author_id)
        if not keys:
            raise GroupError(service_message(NO_NEW_KEY, author=author_id))
        self._pin(author_id, keys)
        member = self.snapshot.members.get(author_id) if self.snapshot else None
        self.notice.emit(service_message(KEY_ACCEPTED, name=member.name if member else author_id))
        self.refresh()

    def _own_key(self) -> DeviceKey:
        """This device's signing key (made on first use), its public key pinned for us."""
        if self._device_key is None:
            from app.store.device_key import load_device_key  # noqa: PLC0415  (see the module's note)

            me = self.me
            self._device_key = load_device_key(self.keeper.store.folder, me.device, me.id)
            self._pin(me.id, {self._device_key.public})
        return self._device_key

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the current read and publish are done, their results in place (tests and
        shutdown)."""
        self.tasks.wait([READ, PUBLISH], timeout)

    # -- our own file ----------------------------------------------------------------------------

    def _own_notes_changed(self, changes: NoteChanges) -> None:
        """Only our own notes and name are published: never bookmarks, never the group's notes
        read back from the folder (that looped: our write, the watcher, a read, a publish)."""
        if changes.caused_by(self) or not (changes.own or changes.author):
            return
        if self.folder is not None and not self.keeper.read_only:
            self._publish_timer.start()

    def publish_soon(self) -> None:
        """Write this device's file shortly (the study service's records changed)."""
        if self.folder is not None and not self.keeper.read_only:
            self._publish_timer.start()

    def publish(self) -> None:
        """Write this device's file in the background (one write at a time, the newest notes
        last); an unreachable or unwritable folder is a notice, and waits for the next change."""
        self._publish_timer.stop()
        if self.folder is None or self.keeper.read_only:
            return
        if self.notes.loading:  # our file without the notes still loading would hide them
            self._publish_timer.start()
            return
        from app.core.group import shared_records  # noqa: PLC0415  (see the module's note)
        from app.services.group_write import last_seq, write_own_file  # noqa: PLC0415

        me, records = self.me, [a.to_json() for a in self.notes.all_records()]  # live notes, this thread
        before = self._requested[1] if self._requested else []
        shared, study = shared_records(records, [r["id"] for r in before]), list(self.study_source())
        if (me, shared, study) == self._requested and not self._unpublished:
            return  # the file says (or is about to say) this: a write would only wake every sync
        folder, self._requested = self.folder, (me, shared, study)
        self._writes, self._in_flight = self._writes + 1, self._in_flight + 1
        data_folder, key = self.keeper.store.folder, self._own_key()
        after = last_seq(self._membership.get(OWN_FILE))  # the file may be gone and the clock behind
        self.tasks.run(lambda _task: write_own_file(folder, me, records, data_folder, key, study=study,
                                                    after_seq=after),
                       done=self._published, failed=self._publish_crashed, key=PUBLISH,
                       mode=Mode.SERIAL)

    def _published(self, outcome: tuple[Message | None, OwnState | None]) -> None:
        problem, written = outcome
        self._in_flight -= 1
        if written is not None and self.folder is not None:
            self._membership.set(OWN_FILE, list(written))  # what our file should say from now on
        self._unpublished = problem is not None
        if problem is not None:
            self.notice.emit(problem)

    def _publish_crashed(self, error: BaseException) -> None:
        """A bug, not the folder (Tasks logged it): the notes are shared at the next try."""
        self._in_flight -= 1
        self._unpublished = True
        self.notice.emit(service_message(NOT_WRITABLE, reason=type(error).__name__))

    def members(self) -> list[Member]:
        """Everyone in the group, this member first (this device's shared notes counted from its
        store, notes from our other devices from their files): private notes are not the group's."""
        from app.core.group import Member  # noqa: PLC0415  (see the module's note)

        me = self.me
        mine = [a for a in self.notes.own_annotations().values() if a.deleted is None and a.shared]
        elsewhere = self.snapshot.members.get(me.id) if self.snapshot else None
        own = Member(me.id, me.name, me.color,
                     max([a.modified for a in mine] + [elsewhere.last_activity if elsewhere else ""]),
                     sum(1 for a in mine if not a.is_reply) + (elsewhere.notes if elsewhere else 0),
                     sum(1 for a in mine if a.is_reply) + (elsewhere.replies if elsewhere else 0),
                     {me.device})
        known = self.snapshot.members.values() if self.snapshot else ()
        others = [m for m in known if m.author_id != me.id]
        return [own, *sorted(others, key=lambda m: m.name)]

    def member_color(self, author_id: str) -> str:
        if author_id == self.me.id:
            return self.me.color
        member = self.snapshot.members.get(author_id) if self.snapshot else None
        return member.color if member is not None else ""

    def stop(self) -> None:
        """Closing: our last changes are written before this returns; reading stops."""
        if self.folder is not None and self._publish_timer.isActive():
            self.publish()
        self.tasks.wait(PUBLISH)  # nothing is lost at quit, however slow the share
        self._close()
        self.tasks.wait(READ, 2.0)


def _timer(parent: QObject, interval: int, slot: object, *, single: bool = True) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(single)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
