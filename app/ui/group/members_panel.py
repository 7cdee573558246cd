"""The members panel: who is in the group, their colour, how much they wrote, when last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

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
    """A line per member: name (in their colour), notes, replies, last activity."""

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.notice)
        self._group = ""
        self._notice: Message | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Member"), self.tr("Notes"), self.tr("Replies"),
                                   self.tr("Last active")])
        self._show_heading()
        self._show_notice()

    def set_group(self, name: str) -> None:
        self._group = name
        self._show_heading()

    def _show_heading(self) -> None:
        self.heading.setText(self.tr("Group: {name}").format(name=isolated(self._group)) if self._group
                             else self.tr("Not in a group. File → Join Group Folder… to read together."))

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
