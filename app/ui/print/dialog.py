"""The handout options: which essays, in which script form, whose notes, a discussion sheet,
and whether the essays print in columns (直排) and with readings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.handout import HandoutOptions
from app.core.ruby import MODES as RUBY_MODES
from app.core.ruby import SYSTEMS as READINGS
from app.core.script import FORM_LABELS, Form
from app.core.whose_notes import WhoseNotes

ESSAY_ID_ROLE = Qt.ItemDataRole.UserRole
PREFERRED_SIZE = QSize(520, 620)  # on a screen with room for it
FRAME_ALLOWANCE = 48  # the window manager's title bar and borders, outside the dialog's own height


@dataclass(frozen=True)
class HandoutChoice:
    """What the reader asked to print."""

    essay_ids: tuple[str, ...]
    options: HandoutOptions


@dataclass(frozen=True)
class PaperLook:
    """How the essays look on paper: in columns or lines, with which readings."""

    vertical: bool = False
    ruby: str = "off"  # one of core.ruby.MODES
    reading: str = "pinyin"  # one of core.ruby.SYSTEMS


@dataclass(frozen=True)
class EssayEntry:
    """One essay the reader may tick: its id and how the list shows it."""

    essay_id: str  # "" for a collection's heading row
    label: str


class HandoutDialog(QDialog):
    """Options before the preview or the PDF; the open essay is ticked, others can be added.

    Out of a group there are no group notes to print: the reader's own are offered first and
    "The whole group's" is greyed out. The options scroll on a screen too short for them, so
    OK and Cancel stay on the screen."""

    def __init__(self, title: str, essays: list[EssayEntry], chosen: set[str], *, form: Form, me: str,
                 in_group: bool = False, sheet: bool = False, sheet_tag: str = "",
                 look: PaperLook = PaperLook(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HandoutDialog")
        self.setWindowTitle(title)
        self.me = me
        self.essays = QListWidget()
        for entry in essays:
            item = QListWidgetItem(entry.label)  # plain text: titles come from files
            if not entry.essay_id:  # a collection's heading
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.essays.addItem(item)
                continue
            item.setData(ESSAY_ID_ROLE, entry.essay_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = entry.essay_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.essays.addItem(item)
        self.form = QComboBox()
        for option in Form:
            self.form.addItem(FORM_LABELS[option], option.value)
        self.form.setCurrentIndex(list(Form).index(form))
        self.whose = QComboBox()
        for whose, text in ((WhoseNotes.GROUP, self.tr("The whole group's")),
                            (WhoseNotes.MINE, self.tr("Mine only")), (WhoseNotes.NONE, self.tr("None"))):
            self.whose.addItem(text, whose.value)
        if not in_group:
            model = self.whose.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            group_item = model.item(self.whose.findData(WhoseNotes.GROUP.value))
            group_item.setFlags(group_item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.whose.setCurrentIndex(self.whose.findData(WhoseNotes.MINE.value))
        self.sheet = QCheckBox(self.tr("Add a discussion sheet"))
        self.sheet_tag = QLineEdit()
        self.sheet_tag.setPlaceholderText(self.tr("by essay, or only notes tagged… (e.g. 讨论)"))
        self.sheet_tag.setText(sheet_tag)
        self.sheet_tag.setEnabled(sheet)
        self.sheet.toggled.connect(self.sheet_tag.setEnabled)
        self.sheet.setChecked(sheet)
        self._add_look(look)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.essays.itemChanged.connect(self._update_ok)
        self._build()
        self._update_ok()

    def _add_look(self, look: PaperLook) -> None:
        self.vertical = QCheckBox(self.tr("Vertical text (直排), columns right to left"))
        self.vertical.setChecked(look.vertical)
        self.ruby = QComboBox()
        for mode, text in zip(RUBY_MODES, (self.tr("None"), self.tr("Over rare characters"),
                                           self.tr("Over every character")), strict=True):
            self.ruby.addItem(text, mode)
        self.ruby.setCurrentIndex(RUBY_MODES.index(look.ruby) if look.ruby in RUBY_MODES else 0)
        self.reading = QComboBox()
        for system, text in zip(READINGS, (self.tr("Pinyin"), self.tr("Zhuyin (Bopomofo)"),
                                           self.tr("Jyutping (Cantonese)")), strict=True):
            self.reading.addItem(text, system)
        self.reading.setCurrentIndex(READINGS.index(look.reading) if look.reading in READINGS else 0)
        self.ruby.currentIndexChanged.connect(self._update_reading)
        self._update_reading()

    def _update_reading(self) -> None:
        self.reading.setEnabled(self.ruby.currentData() != "off")

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Script form"), self.form)
        form.addRow(self.tr("Notes"), self.whose)
        form.addRow(self.sheet)
        form.addRow(self.tr("Sheet tag"), self.sheet_tag)
        form.addRow(self.vertical)
        form.addRow(self.tr("Readings"), self.ruby)
        form.addRow(self.tr("Reading system"), self.reading)
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(QLabel(self.tr("Essays to print")))
        options_layout.addWidget(self.essays, 1)
        options_layout.addLayout(form)
        # the options scroll when the screen is too short for them; the buttons stay below, in view
        scroll = QScrollArea()
        scroll.setObjectName("HandoutOptions")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(options)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """The preferred size, or less where the screen's free area is smaller."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        room = screen.availableGeometry()
        self.resize(min(PREFERRED_SIZE.width(), room.width()),
                    min(PREFERRED_SIZE.height(), room.height() - FRAME_ALLOWANCE))

    def showEvent(self, event: QShowEvent) -> None:
        """Scrolls to the ticked essay once the list has its size (before, it cannot scroll)."""
        super().showEvent(event)
        items = (self.essays.item(i) for i in range(self.essays.count()))
        ticked = next((i for i in items if i.checkState() == Qt.CheckState.Checked and i.data(ESSAY_ID_ROLE)),
                      None)
        if ticked is not None:
            self.essays.scrollToItem(ticked, QListWidget.ScrollHint.PositionAtCenter)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen_ids()))

    def chosen_ids(self) -> tuple[str, ...]:
        items = (self.essays.item(i) for i in range(self.essays.count()))
        return tuple(str(item.data(ESSAY_ID_ROLE)) for item in items
                     if item.data(ESSAY_ID_ROLE) and item.checkState() == Qt.CheckState.Checked)

    def choice(self) -> HandoutChoice:
        options = HandoutOptions(Form(self.form.currentData()), WhoseNotes(self.whose.currentData()),
                                 self.me, self.sheet.isChecked(),
                                 self.sheet_tag.text().strip().lstrip("#") if self.sheet.isChecked() else "",
                                 self.vertical.isChecked(), str(self.ruby.currentData()),
                                 str(self.reading.currentData()))
        return HandoutChoice(self.chosen_ids(), options)
