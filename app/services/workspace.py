"""The workspace: everything one reader has open, assembled in one place, without a window.

The window and every command-line command are built on a Workspace (as Anki's `Collection`
serves both its GUI and its scripts), so `list`, `search`, `notes` and `handout` see exactly
what the window sees: the same store, identity, notes, library (seeds, imports and a joined
group's essays through one loader), group and search index. The window and the commands build
services only through it; one `Tasks` carries all their work off the window's thread. (A test
may build one service alone: each then makes the defaults it needs.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.core.group_essays import ESSAYS_DIR, GROUP_ESSAYS, group_prefix
from app.core.library import Library
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.paths import seeds_dir
from app.services.dictionary import DictionaryService
from app.services.group import GroupService
from app.services.library import LibraryService
from app.services.notes import NotesService
from app.services.notes_load import NotesLoad
from app.services.persistence import StoreKeeper
from app.services.preferences import Preferences
from app.services.profile import Profile
from app.services.reading import ReadingService
from app.services.study import StudyService, weakly
from app.services.tasks import Tasks
from app.services.vocabulary import VocabularyService
from app.services.words import WordsService
from app.store import Store
from app.store.user_library import UserLibrary

if TYPE_CHECKING:
    from app.services.read_aloud import ReadAloud

STUDY_GROUP = QT_TRANSLATE_NOOP("Workspace", "Study group")
CLEAN_UP = "clean-up"  # the key of the start's tidying task


class Folders(NamedTuple):
    """Where a workspace keeps its things: the data folder (store, imports) and the cache."""

    data: Path
    cache: Path
    seeds: Path | None = None  # the sample essays; None: the ones shipped with the app


class Access(NamedTuple):
    """How the workspace may touch the data folder."""

    read_only: bool = False  # no saves (a smoke run, a second window, a listing command)
    reason: Message | str | None = None  # why read-only, told to the user at start
    cache_read_only: bool = False  # not even the parse cache is written (a smoke run)
    owner_check: Callable[[], str | None] | None = None  # checks before each save that we own the store
    owner_proof: Callable[[], bool] | None = None  # proves it again right before the file is replaced
    read_group_later: bool = False  # the window reads the group's files once its first frame is up
    edits_in_memory: bool = False  # read-only, yet notes may be made: kept until quit offers a copy
    notes_later: bool = False  # a large store's notes are read after the first frame (notes_load.start)


READ_WRITE = Access()


class Workspace(QObject):
    """Store, notes, library, group, the group's study records, reading state and words, wired
    to each other once."""

    def __init__(self, folders: Folders, access: Access = READ_WRITE, *, first_essay: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = Tasks(self)  # the one way off the window's thread, for every service
        self.store = Store(folders.data, read_only=access.read_only)
        self.store.owner_proof = access.owner_proof
        loaded = self.store.load(notes_later=access.notes_later)
        self.messages: list[Message | str] = [*loaded, *([access.reason] if access.reason else [])]
        self.keeper = StoreKeeper(self.store, self, tasks=self.tasks)
        if access.owner_check is not None:
            self.keeper.owner_check = access.owner_check
        self.keeper.edits_in_memory = access.edits_in_memory
        self.prefs = Preferences(self.keeper)
        prefs = self.prefs  # the lambda holds the preferences, not the workspace (no cycle)
        self.profile = Profile(self.keeper.sections, folders.data, language=lambda: prefs.language)
        self.notes = NotesService(self.keeper, self, profile=self.profile)
        self.notes_load = NotesLoad(self.store, self.keeper, self.notes, self.tasks, self)
        user = UserLibrary(folders.data, folders.cache, cache_read_only=access.cache_read_only)
        if not self.store.read_only:  # what an import cut short left (one that only looks deletes nothing)
            self.tasks.run(lambda _task: user.folder.remove_interrupted_imports(), key=CLEAN_UP)
        self.library_service = LibraryService(folders.seeds or seeds_dir(), user, self.prefs,
                                              self.notes.undo_stack, self, tasks=self.tasks)
        self.group = GroupService(self.keeper, self.notes, self, read_later=access.read_group_later,
                                  tasks=self.tasks)
        self.study = StudyService(self.keeper, self.notes, self.group, self.library_service, self)
        self.library_service.load(first_essay=first_essay or self.prefs.last_essay or "")
        self._show_group_essays()
        self.messages += self.library.problems
        self.reading = ReadingService(self.library, self.keeper, self, prefs=self.prefs, tasks=self.tasks)
        self.study.local_progress = weakly(self._read_fraction, 0.0)
        self.library_service.library_changed.connect(self.reading.replace_library)
        self.words = WordsService(self.library, folders.cache, self, tasks=self.tasks)
        self.dictionary = DictionaryService(self, tasks=self.tasks)  # read on the first lookup
        self.vocabulary = VocabularyService(self.keeper, self, undo_stack=self.notes.undo_stack,
                                            author_id=self.profile.author.id)
        self._read_aloud: ReadAloud | None = None
        self.group.membership_changed.connect(self._show_group_essays)
        self.group.essays_changed.connect(self._show_group_essays)

    @property
    def read_aloud(self) -> ReadAloud:
        """The player, made (with the speech modules) when first asked for; it opens the system's
        speech engine on the first Play."""
        if self._read_aloud is None:
            from app.services.read_aloud import ReadAloud  # noqa: PLC0415  (on first use)

            self._read_aloud = ReadAloud(self)
        return self._read_aloud

    @property
    def library(self) -> Library:
        """The library as it is now (the service swaps in a new one on every change)."""
        return self.library_service.library

    def _show_group_essays(self) -> None:
        """A joined group's essays/ as a collection group, ids derived from the group id and the
        file names so every member's notes meet; leaving takes them away."""
        info, folder = self.group.info, self.group.folder
        if folder is None or info is None:
            self.library_service.remove_source(GROUP_ESSAYS)
            return
        title = info.name or QCoreApplication.translate("Workspace", STUDY_GROUP)
        self.library_service.add_source(GROUP_ESSAYS, group_prefix(info.id), folder / ESSAYS_DIR, title)

    def _read_fraction(self, essay_id: str) -> float:
        """How far this device has read an essay: where the reader left it, of its length."""
        essay = self.library.essay(essay_id)
        if essay is None or not essay.text:
            return 0.0
        return min(1.0, self.reading.position(essay_id) / len(essay.text))

    def start_words_then_warm_up(self) -> None:
        """The word index, then every essay converted ahead of the reader: one at a time, since
        two busy threads would share the interpreter with the window's."""
        once = Qt.ConnectionType.SingleShotConnection
        self.words.ready.connect(self.reading.warm_up_in_background, once)
        self.words.failed.connect(lambda _reason: self.reading.warm_up_in_background(), once)
        self.words.start()

    def settle(self) -> None:
        """Wait for the library's background reads (a group's essays/) and put them in place
        (commands: the window lets them arrive while it shows the text)."""
        self.library_service.wait()
        deliver_results()

    def read_group_now(self) -> None:
        """Read the group folder and wait for the merge (commands: the window reads it in the background)."""
        if not self.group.joined:
            return
        self.group.refresh()
        self.group.wait()
        deliver_results()

    def close(self) -> bool:
        """Write what is pending — the store first (a hung group share must never keep a note
        from disk), then this device's group file — and stop background work; False when the
        store could not be written."""
        saved = self.keeper.flush()
        if self._read_aloud is not None:
            self._read_aloud.stop()
        self.reading.stop_background()
        self.words.stop()
        self.dictionary.stop()
        self.group.stop()
        return self.keeper.flush() and saved


def deliver_results() -> None:
    """Results from worker threads arrive as queued signals: deliver them without an event loop."""
    app = QCoreApplication.instance()
    if app is not None:
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
