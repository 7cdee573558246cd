"""Opens the Discussion view for the open essay or an assignment, exports it, and says on start
how many replies to one's notes arrived since one last looked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from app.core.note_form import in_form
from app.services.group import GroupService
from app.services.reading import ReadingService
from app.services.study import StudyService
from app.store import atomic_write_bytes
from app.ui.common.dialogs import Dialogs
from app.ui.common.status import StatusMessages

if TYPE_CHECKING:
    from app.core.digest import Digest
    from app.ui.group.discussion_view import DiscussionView

STATUS_MS = 6000
FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}


class DiscussionController(QObject):
    """The digest of one scope at a time: the open essay, or one of the group's assignments."""

    def __init__(self, window: QWidget, study: StudyService, group: GroupService,
                 reading: ReadingService, *, dialogs: Callable[[], Dialogs], status: StatusMessages,
                 go_to_note: Callable[[str], None], language: Callable[[], str]) -> None:
        """`language`: the interface language, for the exported headings."""
        super().__init__(window)
        self.window, self.study, self.group, self.reading = window, study, group, reading
        self._dialogs, self.status, self.go_to_note, self.language = dialogs, status, go_to_note, language
        self.view: DiscussionView | None = None
        self._scopes: list[tuple[str, tuple[str, ...]]] = []  # (label, essay ids)
        self.digest: Digest | None = None
        self._told_news = False
        self.news = ""  # "3 new replies to your notes", standing in the status bar until looked at
        study.changed.connect(self._study_changed)

    def open(self) -> None:
        """Show the view for the open essay (or the first assignment); what is new counts from
        the last look, and this look is remembered."""
        if not self.group.joined:
            self.status.show(self.tr("The discussion is a study group's: join or create one first."),
                             STATUS_MS)
            return
        if self.view is None:
            from app.ui.group.discussion_view import DiscussionView  # noqa: PLC0415  (on first use)

            self.view = DiscussionView(self.window)
            self.view.setWindowFlag(Qt.WindowType.Window)
            self.view.scope_changed.connect(lambda _row: self._show())
            self.view.note_activated.connect(self.go_to_note)
            self.view.export_requested.connect(self.export)
        self._scopes = self._make_scopes()
        self.view.set_scopes([label for label, _ in self._scopes])
        self._show()
        self.view.show()
        self.view.raise_()
        self.study.mark_looked()
        self.status.withdraw(self.news)

    def _make_scopes(self) -> list[tuple[str, tuple[str, ...]]]:
        form, views = self.reading.form, self.reading.views
        scopes: list[tuple[str, tuple[str, ...]]] = []
        current = self.reading.current
        if current is not None:
            scopes.append((self.tr("This essay: {title}").format(title=views.essay_label(current, form)),
                           (current.id,)))
        for assignment in self.study.assignments():
            title = in_form(assignment.title, form) or self.tr("Assignment")
            label = self.tr("Assignment: {title} (due {date})").format(title=title, date=assignment.due)
            scopes.append((label, assignment.essays))
        return scopes

    def _show(self) -> None:
        if self.view is None or not self._scopes:
            return
        _label, essays = self._scopes[max(self.view.scope.currentIndex(), 0)]
        library = self.reading.library
        texts = {e: essay.text for e in essays if (essay := library.essay(e)) is not None}
        self.digest = self.study.digest(essays, texts)
        form = self.reading.form
        names = {m.author_id: m.name or m.author_id[:8] for m in self.group.members()}
        self.view.show_digest(self.digest, lambda text: in_form(text, form),
                              lambda author: names.get(author, author[:8]), self._excerpt)

    def _excerpt(self, essay_id: str, text: str) -> str:
        essay = self.reading.library.essay(essay_id)
        return self.reading.views.title(text, self.reading.views.source_script(essay),
                                        self.reading.form.target(self.reading.views.source_script(essay)),
                                        form=self.reading.form) if essay is not None else text

    def export(self, fmt: str) -> None:
        if self.digest is None:
            return
        path = self._dialogs().save_path(self.tr("Export Discussion"), f"discussion.{fmt}", FILTERS[fmt])
        if path is None:
            return
        try:
            atomic_write_bytes(Path(path), self.export_text(self.digest, fmt).encode("utf-8"))
        except OSError as error:
            self._dialogs().warn(self.tr("Export Discussion"), self.tr(
                "The discussion could not be saved: {reason}").format(reason=error.strerror or error))
            return
        self.status.show(self.tr("Discussion exported to {name}.").format(name=Path(path).name), STATUS_MS)

    def export_text(self, digest: Digest, fmt: str) -> str:
        """The digest as the command line's `group digest` writes it, in the reader's script form."""
        from app.core.digest_export import digest_csv, digest_json, digest_markdown  # noqa: PLC0415

        form = self.reading.form

        def convert(text: str) -> str:
            return in_form(text, form)

        if fmt == "json":
            return json.dumps(digest_json(digest, convert), ensure_ascii=False, indent=1) + "\n"
        if fmt == "csv":
            return digest_csv(digest, convert)
        library = self.reading.library
        titles = {e: convert(essay.title) for e in digest.essays if (essay := library.essay(e)) is not None}
        return digest_markdown(digest, titles, self.language(), convert)

    def _study_changed(self, _changes: object) -> None:
        if self.view is not None and self.view.isVisible():
            self._show()
        if not self._told_news and self.group.joined:
            self._tell_news()

    def _tell_news(self) -> None:
        """At the first read of the folder after start: how many replies to one's notes came."""
        self._told_news = True
        if not self.study.last_looked:
            self.study.mark_looked()  # from now on, what arrives is new
            return
        count = self.study.replies_to_me_since_last_look()
        if count:  # it stands (a group notice may cover it a while) until the discussion is opened
            self.news = (self.tr("1 new reply to your notes: File → Discussion… shows it.") if count == 1 else
                         self.tr("%n new replies to your notes: File → Discussion… shows them.", "", count))
            self.status.stand(self.news)
