"""My Words shows every kept meaning whole: the row's tooltip holds the word, its reading, each
part of the gloss on its own line and the sentence; the Meaning column is cut only by its width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.vocabulary import MAX_GLOSS, VocabularyItem, new_item
from app.ui.dictionary.panel import VocabularyPanel
from tests.ui.test_plain_text import HOSTILE, shown_text

TEXT = "我們要發揚工匠精神，把每件事做好。"
PARTS = ["工匠 gōng jiàng: artisan; workman; a craftsman",
         "精神 jīng shén: spirit; mind; consciousness; thought; mental; psychological; essence; gist"]


def kept(gloss: str, word: str = "工匠精神", reading: str = "gōng jiàng jīng shén") -> VocabularyItem:
    start = TEXT.index("工匠精神")
    return new_item(TEXT, start, start + 4, essay_id="essay", word=word, reading=reading,
                    gloss=gloss, author_id="me")


def shown_panel(qtbot: QtBot, items: list[VocabularyItem], width: int = 320) -> VocabularyPanel:
    panel = VocabularyPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 300)
    panel.show_items(items)
    panel.show()
    return panel


def tooltips(panel: VocabularyPanel, row: int = 0) -> list[str]:
    model = panel.tree.model()
    return [shown_text(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)) for column in range(3)]


def test_a_row_tooltip_shows_word_reading_every_part_and_the_sentence(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot, [kept(" | ".join(PARTS))])
    for tip in tooltips(panel):  # whichever column the pointer rests on
        assert tip.split("\n") == ["工匠精神  gōng jiàng jīng shén", *PARTS, "", TEXT]


def test_a_long_meaning_is_not_cut_at_a_fixed_count(qtbot: QtBot) -> None:
    parts = [f"部分{n} bù fen: " + "a meaning of some length; " * 8 for n in range(10)]
    gloss = " | ".join(parts)[:MAX_GLOSS]
    assert len(gloss) > 1000
    panel = shown_panel(qtbot, [kept(gloss)], width=2400)
    meaning = panel.tree.model().index(0, 2)
    assert meaning.data(Qt.ItemDataRole.DisplayRole) == gloss  # Qt elides it at the column's width
    assert panel.tree.textElideMode() == Qt.TextElideMode.ElideRight
    assert tooltips(panel)[2].split("\n")[1:-2] == [p.strip() for p in gloss.split(" | ")]


def test_a_whole_item_at_every_limit_fits_its_tooltip(qtbot: QtBot) -> None:
    gloss = ("義" * 99 + " | ") * (MAX_GLOSS // 102) + "末"
    panel = shown_panel(qtbot, [kept(gloss[:MAX_GLOSS], word="字" * 64, reading="zì " * 133)])
    tip = tooltips(panel)[0]
    assert tip.endswith("把每件事做好。") and "末" in tip and "…" not in tip


def test_markup_in_a_kept_gloss_is_shown_as_text(qtbot: QtBot) -> None:
    panel = shown_panel(qtbot, [kept(f"{HOSTILE} | <i>精神</i>", word="<b>w</b>", reading="<u>r</u>")])
    tip = tooltips(panel)[1]
    assert tip.split("\n")[:4] == ["<b>w</b>  <u>r</u>", *HOSTILE.split("\n"), "<i>精神</i>"]
    model = panel.tree.model()
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "<b>w</b>"
    shown_gloss = f"{HOSTILE} | <i>精神</i>".replace("\n", " ")
    assert model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == shown_gloss
