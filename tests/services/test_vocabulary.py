"""My words: kept in the store as notes are, deleted with undo, exported as CSV that Anki reads."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.anchoring import resolve
from app.core.vocabulary import CSV_COLUMNS, VocabularyItem, from_csv, new_item, sentence_around, to_csv
from app.services.workspace import Access, Folders, Workspace

TEXT = "苟日新，日日新，又日新。我们重新开始，长大了。她说：“行长来了。”"


def workspace_on(folder: Path) -> Workspace:
    return Workspace(Folders(folder, folder / "cache"), Access(read_group_later=True))


def item_for(word: str, *, gloss: str = "again", reading: str = "chóng xīn") -> VocabularyItem:
    start = TEXT.index(word)
    return new_item(TEXT, start, start + len(word), essay_id="essay-1", word=word,
                    reading=reading, gloss=gloss, author_id="me")


def test_the_sentence_a_word_came_from() -> None:
    start = TEXT.index("重新")
    assert sentence_around(TEXT, start, start + 2) == "我们重新开始，长大了。"
    start = TEXT.index("行长")
    assert sentence_around(TEXT, start, start + 2) == "她说：“行长来了。"
    assert sentence_around("没有句号的文字", 2, 4) == "没有句号的文字"


def test_csv_round_trips_with_quotes_commas_and_new_lines() -> None:
    tricky = [item_for("重新", gloss='again; "re-", once more,\nanew'),
              item_for("行长", gloss="bank president", reading="háng zhǎng"),
              item_for("长大", gloss="=1+1", reading="zhǎng dà")]
    text = to_csv(tricky)
    assert text.splitlines()[0] == '"front","back","reading","sentence"'
    rows = from_csv(text)
    assert rows == [{"front": i.word, "back": i.gloss, "reading": i.reading, "sentence": i.sentence}
                    for i in tricky]
    assert [list(r) for r in csv.reader(io.StringIO(text))][0] == list(CSV_COLUMNS)


def test_items_are_type_checked_when_read() -> None:
    good = item_for("重新").to_json()
    read = VocabularyItem.from_json(good)
    assert read is not None and read.to_json() == good
    assert VocabularyItem.from_json({**good, "word": 5}) is None
    assert VocabularyItem.from_json({**good, "gloss": "x" * 100_000}) is None
    assert VocabularyItem.from_json({**good, "anchor": {"start": "0"}}) is None
    assert VocabularyItem.from_json("重新") is None


def test_words_are_saved_deleted_with_undo_and_kept_across_restarts(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = workspace_on(tmp_path)
    assert workspace.keeper.sections.owner("vocabulary") == "VocabularyService"
    first, second = item_for("重新"), item_for("行长", reading="háng zhǎng")
    with qtbot.waitSignal(workspace.vocabulary.changed):
        workspace.vocabulary.add(first)
    workspace.vocabulary.add(second)
    workspace.vocabulary.remove(first.id)
    assert [i.word for i in workspace.vocabulary.items()] == ["行长"]
    workspace.notes.undo_stack.undo()
    assert [i.word for i in workspace.vocabulary.items()] == ["重新", "行长"]  # back in its place
    assert workspace.close()
    saved = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))
    assert [entry["word"] for entry in saved["vocabulary"]] == ["重新", "行长"]

    again = workspace_on(tmp_path)
    kept = again.vocabulary.items()
    assert kept == [first, second]
    assert resolve(kept[1].anchor, TEXT) == (TEXT.index("行长"), TEXT.index("行长") + 2)
    assert again.close()


def test_an_unreadable_entry_is_kept_as_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    broken = {"word": 42, "note": "from a newer version"}
    good = item_for("长大").to_json()
    (tmp_path / "store.json").write_text(json.dumps({"schema": 3, "vocabulary": [broken, good]}),
                                         encoding="utf-8")
    workspace = workspace_on(tmp_path)
    assert [i.word for i in workspace.vocabulary.items()] == ["长大"]
    workspace.vocabulary.add(item_for("重新"))
    assert workspace.close()
    saved = json.loads((tmp_path / "store.json").read_text(encoding="utf-8"))["vocabulary"]
    assert broken in saved and len(saved) == 3


def test_vocabulary_export_command_writes_the_csv(qtbot: QtBot, tmp_path: Path) -> None:
    workspace = workspace_on(tmp_path)
    workspace.vocabulary.add(item_for("重新"))
    assert workspace.close()
    out = tmp_path / "words.csv"
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), "vocabulary",
                             "export", "--format", "csv", "-o", str(out)],
                            cwd=Path(__file__).resolve().parents[2], capture_output=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert from_csv(out.read_text(encoding="utf-8")) == [
        {"front": "重新", "back": "again", "reading": "chóng xīn", "sentence": "我们重新开始，长大了。"}]
