"""The members panel: who is in the group, their colour, how much they wrote, when last; and,
for a reader in no group, the two ways into one (join a shared folder, or create one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.group import Member
from app.core.messages import Message
from app.services.messages import translated
from app.ui.common.docks import Retranslating
from app.ui.common.plain import isolated


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if QColor.isValidColorName(color) else QColor("#868e96"))
    return QIcon(pixmap)


class MembersPanel(Retranslating, QWidget):
    """A line per member: name (in their colour), notes, replies, last activity. Out of a group,
    Join and Create buttons instead: a new reader learns both ways in, not only the menu's first."""

    join_requested = Signal()
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a group name is user text
        self.heading.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.join_button = QPushButton()
        self.create_button = QPushButton()
        self.join_button.clicked.connect(self.join_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.ways_in = QWidget()  # shown instead of the (empty) member list
        buttons = QVBoxLayout(self.ways_in)  # one above the other: the dock may be narrow
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.ways_in)
        layout.addWidget(self.tree, 1)
        layout.addStretch()  # takes the room the hidden list leaves, so the buttons stay at the top
        layout.addWidget(self.notice)
        self._group = ""
        self._notice: Message | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Member"), self.tr("Notes"), self.tr("Replies"),
                                   self.tr("Last active")])
        self.join_button.setText(self.tr("Join Group Folder…"))
        self.create_button.setText(self.tr("Create Group Folder…"))
        self._show_heading()
        self._show_notice()

    def set_group(self, name: str) -> None:
        self._group = name
        self._show_heading()

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("Group: {name}").format(name=isolated(self._group)) if self._group
                             else self.tr("You are not in a study group. Join the group folder a member "
                                          "shared with you, or create one to share with your group."))
        self.tree.setVisible(bool(self._group))
        self.ways_in.setVisible(not self._group)

    def set_members(self, members: list[Member], my_id: str) -> None:
        self.tree.clear()
        for member in members:
            name = isolated(member.name or member.author_id[:8])
            label = self.tr("{name} (you)").format(name=name) if member.author_id == my_id else name
            item = QTreeWidgetItem([label, str(member.notes), str(member.replies),
                                    member.last_activity[:16].replace("T", " ")])
            item.setIcon(0, swatch(member.color))
            item.setData(0, Qt.ItemDataRole.UserRole, member.author_id)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def set_notice(self, message: Message | None) -> None:
        """The group's latest notice (none: hidden), shown again in a new interface language."""
        self._notice = message
        self._show_notice()

    def _show_notice(self) -> None:
        self.notice.setText(translated(self._notice) if self._notice else "")
        self.notice.setVisible(self._notice is not None)

    def names(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]
