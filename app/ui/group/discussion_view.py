"""The Discussion view: what the group made of an essay or an assignment, in the order a
facilitator opens a meeting with — open questions by votes, 不懂 hot spots, answered questions
with their answers, the most-voted comments, and what is new since one last looked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.digest import Digest, DigestThread
from app.ui.common.docks import Retranslating
from app.ui.common.plain import isolated, plain_tooltip
from app.ui.common.wrapping import WrappingDelegate
from app.ui.notes.kinds import CONFUSED, QUESTION, kind_mark

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_CHARS = 240  # of a note in the list (wrapped); the hover holds it whole
FORMATS = ("md", "csv", "json")

Said = Callable[[str], str]  # another member's words in the reader's script form


class DiscussionView(Retranslating, QDialog):
    """Sections of the digest in a tree; double-click a note to go to it; export buttons."""

    scope_changed = Signal(int)  # the scope box's row
    note_activated = Signal(str)
    export_requested = Signal(str)  # "md", "csv" or "json"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discussion_view")
        self.resize(640, 560)
        self.scope = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        WrappingDelegate(self.tree)  # a long question wraps rather than runs off the side
        self.tree.setAlternatingRowColors(True)
        self.export_buttons = {fmt: QPushButton() for fmt in FORMATS}
        self.close_button = QPushButton()
        scope_row = QHBoxLayout()
        self.scope_label = QLabel()
        scope_row.addWidget(self.scope_label)
        scope_row.addWidget(self.scope, 1)
        buttons = QHBoxLayout()
        self.export_label = QLabel()
        buttons.addWidget(self.export_label)
        for button in self.export_buttons.values():
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(scope_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.scope.currentIndexChanged.connect(self.scope_changed)
        self.tree.itemActivated.connect(self._activated)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _=False, f=fmt: self.export_requested.emit(f))
        self.close_button.clicked.connect(self.close)
        self._excerpt: Callable[[str, str], str] = lambda _essay, text: text
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Discussion"))
        self.scope_label.setText(self.tr("Discussion of:"))
        self.export_label.setText(self.tr("Export:"))
        for fmt, text in zip(FORMATS, ("Markdown…", "CSV…", "JSON…"), strict=True):
            self.export_buttons[fmt].setText(text)
        self.close_button.setText(self.tr("Close"))

    def set_scopes(self, labels: list[str], current: int = 0) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItems(labels)
        self.scope.setCurrentIndex(current)
        self.scope.blockSignals(False)

    def show_digest(self, digest: Digest, said: Said, names: Callable[[str], str],
                    excerpt: Callable[[str, str], str]) -> None:
        """`said`: another member's text as shown; `names`: a member's name by author id;
        `excerpt`: a hot spot's paragraph opening (essay id, canonical excerpt) as shown."""
        self.tree.clear()
        self.summary.setText(self.tr(
            "%n open question(s), most voted first. Double-click a note to go to it.", "",
            len(digest.open_questions)))
        self._excerpt = excerpt
        self._section(self.tr("Open questions (%n)", "", len(digest.open_questions)),
                      [self._thread(t, said) for t in digest.open_questions])
        spots = []
        for spot in digest.hot_spots:
            who = ", ".join(isolated(names(a)) for a in sorted(spot.heat.confused))
            item = QTreeWidgetItem([self.tr("{mark} %n member(s) did not understand “{text}”: {who}", "",
                                            len(spot.heat.confused)).format(
                mark=kind_mark(CONFUSED), text=excerpt(spot.essay_id, spot.excerpt), who=who)])
            if spot.heat.entries:
                item.setData(0, NOTE_ROLE, spot.heat.entries[0].note_id)
            spots.append(item)
        self._section(self.tr("不懂 hot spots (%n)", "", len(spots)), spots)
        self._section(self.tr("Answered questions (%n)", "", len(digest.answered)),
                      [self._thread(t, said) for t in digest.answered])
        self._section(self.tr("Most-voted comments (%n)", "", len(digest.top_comments)),
                      [self._thread(t, said) for t in digest.top_comments])
        new = digest.new
        fresh = [*new.notes, *new.replies]
        items = [self._line(n.id, f"{'↳ ' if n.is_reply else ''}{isolated(n.author)}: {said(n.note)}")
                 for n in sorted(fresh, key=lambda n: n.created)]
        title = (self.tr("New since you last looked (%n)", "", len(fresh)) if new.since
                 else self.tr("New since you last looked: this is your first look"))
        self._section(title, items)
        self.tree.expandAll()

    def _section(self, title: str, items: list[QTreeWidgetItem]) -> None:
        head = QTreeWidgetItem([title])
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        head.addChildren(items)
        self.tree.addTopLevelItem(head)

    def _thread(self, thread: DigestThread, said: Said) -> QTreeWidgetItem:
        note = thread.note
        marks = []
        if thread.votes:
            marks.append(self.tr("赞同 %n", "", thread.votes))
        if thread.resolved:
            marks.append(self.tr("✓ resolved"))
        quote = self._excerpt(note.essay_id, note.anchor.exact[:24])
        badge = f"[{' · '.join(marks)}] " if marks else ""
        item = self._line(note.id, f"{kind_mark(thread.kind)} {badge}{isolated(note.author)}: "
                                   f"{said(note.note)}  “{quote}”")
        for reply, votes in zip(thread.replies, thread.reply_votes, strict=False):
            answer = thread.answer is not None and reply.id == thread.answer.id
            tag = (self.tr("✓ the answer") + " · ") if answer else ""
            count = f"  [{self.tr('赞同 %n', '', votes)}]" if votes else ""
            item.addChild(self._line(reply.id, f"↳ {tag}{isolated(reply.author)}: {said(reply.note)}{count}"))
        if thread.kind == QUESTION and not thread.replies:
            item.addChild(QTreeWidgetItem([self.tr("↳ no reply yet")]))
        return item

    @staticmethod
    def _line(note_id: str, text: str) -> QTreeWidgetItem:
        shown = text if len(text) <= LINE_CHARS else text[:LINE_CHARS] + "…"
        item = QTreeWidgetItem([shown.replace("\n", " ")])
        item.setToolTip(0, plain_tooltip(text))
        item.setData(0, NOTE_ROLE, note_id)
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id:
            self.note_activated.emit(note_id)

    def texts(self) -> list[str]:
        """Every line, depth first (tests read what a reader would)."""
        out: list[str] = []
        stack = [self.tree.topLevelItem(n) for n in reversed(range(self.tree.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            out.append(item.text(0))
            stack.extend(item.child(n) for n in reversed(range(item.childCount())))
        return out
