"""Library search and the essay's own words: keywords, related essays, duplicates."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.core.search import Snippet
from app.ui.common.docks import Retranslating
from app.ui.common.fields import clear_button_once_typed
from app.ui.common.plain import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TARGET_ROLE = Qt.ItemDataRole.UserRole + 3
TYPING_PAUSE_MS = 250
WORD_JOINER = "\u2060"  # no line break on either side of it


@dataclass(frozen=True)
class ResultRow:
    essay_id: str
    label: str
    title: str
    snippet: Snippet | None
    count: int
    start: int  # canonical offset to open at


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (a snippet with the match in bold)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # QStyle's Python class takes 25 ms to build: loaded with the first result drawn,
        # not before the window's first frame
        from PySide6.QtWidgets import QStyle  # noqa: PLC0415

        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setTextWidth(max(option.rect.width(), 120))
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        return document


class SearchPanel(Retranslating, QWidget):
    """Ctrl+Shift+F: a query in any script, results ranked, click to open at the match."""

    search_requested = Signal(str)
    result_activated = Signal(str, int)  # essay id, canonical offset

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        clear_button_once_typed(self.field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._rows: list[ResultRow] | None = None  # shown now, to re-show in a new language
        self._preparing = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit_search)
        self.field.textChanged.connect(self._pause.start)
        self.field.returnPressed.connect(self._emit_search)
        self.results.itemClicked.connect(self._activate)
        self.results.itemActivated.connect(self._activate)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the library (any script)"))
        if self._rows is not None:
            self.show_results(self._rows)
        elif self._preparing:
            self.show_preparing()

    def focus(self, text: str = "") -> None:
        if text:
            self.field.setText(text)
            self._emit_search()
        self.field.setFocus()
        self.field.selectAll()

    def show_preparing(self) -> None:
        self._preparing, self._rows = True, None
        self.status.setText(self.tr("Preparing the word index…"))

    def show_results(self, rows: list[ResultRow]) -> None:
        self._preparing, self._rows = False, rows
        self.results.clear()
        query = self.field.text().strip()
        if not query:
            self.status.setText("")
            return
        # one source string per English form: "1 essay", "2 essays" (Chinese has one form)
        count = len(rows)
        found = self.tr("%n essay", "", count) if count == 1 else self.tr("%n essays", "", count)
        self.status.setText(found if rows else self.tr("Nothing found for “{query}”.").format(query=query))
        for row in rows:
            matches = (self.tr("%n match", "", row.count) if row.count == 1
                       else self.tr("%n matches", "", row.count))
            item = QListWidgetItem()
            item.setData(HTML_ROLE, _result_html(row, matches))
            item.setData(TARGET_ROLE, (row.essay_id, row.start))
            item.setToolTip(plain_tooltip(row.title))
            self.results.addItem(item)

    def _emit_search(self) -> None:
        self._pause.stop()
        self.search_requested.emit(self.field.text().strip())

    def _activate(self, item: QListWidgetItem) -> None:
        essay_id, start = item.data(TARGET_ROLE)
        self.result_activated.emit(essay_id, start)



def _result_html(row: ResultRow, count_text: str) -> str:
    head = f"<b>{html.escape(row.label)}</b>"
    if row.count:
        head += f" <small>· {html.escape(count_text)}</small>"
    if row.snippet is None:
        return head
    s = row.snippet
    return (f"{head}<br>{html.escape(s.before)}<b><u>{html.escape(s.match)}</u></b>"
            f"{html.escape(s.after)}")


class EssayInfoPanel(Retranslating, QWidget):
    """Keywords (click to search), related essays and near-duplicates of the open essay."""

    keyword_clicked = Signal(str)
    essay_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.label)
        layout.addStretch()
        self._shown: tuple[list[str], list[tuple[str, str, float]],
                           list[tuple[str, str, float, bool]]] | None = None
        self._preparing = False

    def retranslate(self) -> None:
        if self._shown is not None:
            self.show_info(*self._shown)
        elif self._preparing:
            self.show_preparing()

    def show_preparing(self) -> None:
        self._shown, self._preparing = None, True
        self.label.setText(html.escape(self.tr("Preparing keywords and related essays…")))

    def show_info(self, keywords: list[str], related: list[tuple[str, str, float]],
                  duplicates: list[tuple[str, str, float, bool]]) -> None:
        """related: (essay id, label, similarity); duplicates: (id, label, share, contains)."""
        self._shown, self._preparing = (keywords, related, duplicates), False
        keywords_title = html.escape(self.tr("Keywords"))
        duplicates_title = html.escape(self.tr("Near-duplicates"))
        related_title = html.escape(self.tr("Related essays"))
        parts = [f"<p><b>{keywords_title}</b><br>"
                 # a keyword never breaks across lines (Qt's labels ignore "nowrap": word joiners
                 # hold its characters together); lines break after a "·", never before one
                 + "\u00a0· ".join(f'<a href="word:{html.escape(k)}">{html.escape(WORD_JOINER.join(k))}</a>'
                                    for k in keywords)
                 + "</p>"]
        if duplicates:
            lines = []
            for essay_id, label, share, contains in duplicates:
                text = (self.tr("Repeats {essay} word for word ({share}%)") if contains
                        else self.tr("Repeated word for word in {essay} ({share}%)"))
                link = f'<a href="essay:{html.escape(essay_id)}">{html.escape(label)}</a>'
                lines.append(html.escape(text).replace("{essay}", link).replace(
                    "{share}", str(round(share * 100))))
            parts.append(f"<p><b>⚠ {duplicates_title}</b><br>"
                         + "<br>".join(lines) + "</p>")
        if related:
            parts.append(f"<p><b>{related_title}</b><br>" + "<br>".join(
                f'<a href="essay:{html.escape(i)}">{html.escape(label)}</a> '
                f"<small>({round(similarity * 100)}%)</small>"
                for i, label, similarity in related) + "</p>")
        self.label.setText("".join(parts))

    def _link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "word":
            self.keyword_clicked.emit(value)
        elif kind == "essay":
            self.essay_clicked.emit(value)
