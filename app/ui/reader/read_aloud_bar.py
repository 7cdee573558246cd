"""The read-aloud bar under the reader: play or pause, stop, speed, A–B repeat, the voice.

Compact like the find bar; a second line appears only to say why nothing can be read, with
"Try again" when nothing can be until then (the controls that cannot work are disabled).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.dialects import Dialect
from app.ui.common.docks import Retranslating

RATE_STEPS = 10  # the slider's steps on each side of the voice's own pace
DIALECTS = list(Dialect)


class ElidedLabel(QLabel):
    """One line that gives way to the buttons in a narrow pane: cut with "…", whole in its tip."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class ReadAloudBar(Retranslating, QWidget):
    """Shows the player's state and emits what the reader asked for; the controller acts."""

    play_pause_requested = Signal()
    stop_requested = Signal()
    loop_requested = Signal()  # set A, then B, then clear
    rate_changed = Signal(float)
    dialect_changed = Signal(str)
    retry_requested = Signal()  # open the speech engine anew and read
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_aloud_bar")
        self.play_button = QToolButton()
        self.stop_button = QToolButton()
        self.loop_button = QToolButton()
        self.close_button = QToolButton()
        self.speed_label = QLabel()
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(-RATE_STEPS, RATE_STEPS)
        self.speed.setPageStep(2)
        self.speed.setFixedWidth(70)
        self.dialect_box = QComboBox()
        self.voice_label = ElidedLabel()  # the voice reading, or the loop's state
        self.problem_label = QLabel()  # why nothing can be read, and what to do about it
        # rich text built with escaping (translated_html): commands show as code, not in quotes
        self.problem_label.setTextFormat(Qt.TextFormat.RichText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        self.retry_button = QPushButton()
        self.retry_button.hide()
        self._build_layout()
        self.play_button.clicked.connect(self.play_pause_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.loop_button.clicked.connect(self.loop_requested)
        self.close_button.clicked.connect(self.close_bar)
        self.retry_button.clicked.connect(self.retry_requested)
        self.speed.valueChanged.connect(lambda step: self.rate_changed.emit(step / RATE_STEPS))
        self.dialect_box.activated.connect(lambda row: self.dialect_changed.emit(DIALECTS[row].value))
        self._playing = False
        self._loop = ""
        self._voice = ""  # the voice reading, shown again when the loop ends
        self.retranslate()
        self.hide()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.play_button, self.stop_button, self.speed_label, self.speed, self.loop_button,
                       self.dialect_box, self.voice_label):
            row.addWidget(widget)
        row.setStretch(row.indexOf(self.voice_label), 1)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(4)
        column.addLayout(row)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_label, 1)
        problem_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(problem_row)

    def retranslate(self) -> None:
        names = [self.tr("Voice by script"), self.tr("Mandarin 普通话"), self.tr("Cantonese 粵語")]
        if self.dialect_box.count() == 0:
            self.dialect_box.addItems(names)
        for row, name in enumerate(names):  # renamed in place: the reader's choice stays chosen
            self.dialect_box.setItemText(row, name)
        self.dialect_box.setToolTip(self.tr("Which spoken language reads the essay: by script reads "
                                            "香港繁體 in Cantonese (when the system has such a voice) "
                                            "and everything else in Mandarin"))
        self.stop_button.setText("■")
        self.stop_button.setToolTip(self.tr("Stop reading"))
        self.speed_label.setText(self.tr("Speed"))
        self.speed.setToolTip(self.tr("Reading speed (the middle is the voice's own pace)"))
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Stop and close"))
        self.retry_button.setText(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Start the speech engine again and read aloud"))
        self.show_playing(self._playing)
        self.show_loop(self._loop)

    def set_values(self, rate: float, dialect: Dialect) -> None:
        """The reader's remembered speed and voice choice, without emitting changes."""
        self.speed.blockSignals(True)
        self.speed.setValue(round(rate * RATE_STEPS))
        self.speed.blockSignals(False)
        self.dialect_box.setCurrentIndex(DIALECTS.index(dialect))

    def show_playing(self, playing: bool) -> None:
        self._playing = playing
        self.play_button.setText("❚❚" if playing else "▶")
        self.play_button.setToolTip(self.tr("Pause") if playing else self.tr(
            "Read aloud from the caret, or the selection"))

    def show_loop(self, state: str, repeats: int = 0) -> None:
        """`state`: "" (no loop), "a" (A set, B to come) or "ab" (looping)."""
        self._loop = state
        texts = {"": self.tr("A–B"), "a": self.tr("A–…"), "ab": self.tr("A–B ✓")}
        tips = {"": self.tr("Repeat a passage: set A at the sentence being read or at the caret"),
                "a": self.tr("Set B: the passage from A to this sentence repeats"),
                "ab": self.tr("Stop repeating")}
        self.loop_button.setText(texts[state])
        self.loop_button.setToolTip(tips[state])
        self.loop_button.setCheckable(True)
        self.loop_button.setChecked(state == "ab")
        if state == "ab" and repeats:
            self.voice_label.set_full_text(self.tr("Repeats: %n", "", repeats))
        else:
            self.voice_label.set_full_text(self._voice)

    def show_voice(self, text: str) -> None:
        self._voice = text
        self.voice_label.set_full_text(text)

    def show_problem(self, html: str, *, blocked: bool = False) -> None:
        """Why nothing can be read ("" when all is well), as rich text escaped by its maker.
        `blocked`: nothing can be read until the reader tries again; the controls that could
        only fail are disabled meanwhile, and "Try again" is offered."""
        self.problem_label.setText(html)
        self.problem_label.setVisible(bool(html))
        for control in (self.play_button, self.stop_button, self.speed_label, self.speed, self.loop_button,
                        self.dialect_box):
            control.setEnabled(not blocked)
        self.retry_button.setVisible(blocked)

    def open_bar(self) -> None:
        self.show()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()
