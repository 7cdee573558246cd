"""Readwise CSV and Obsidian Markdown: the notes as other tools read them, user text escaped."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from app.core.export import Notes
from app.core.export_obsidian import block_id, export_obsidian, file_name, obsidian_tag
from app.core.export_readwise import COLUMNS, export_readwise
from app.core.library import Collection, Essay, Library
from app.core.notes import Author, new_annotation, new_reply
from app.core.script import Form, Script

ROOT = Path(__file__).resolve().parents[2]
TEXT = "真正具有工匠精神的組織，\n會把每一件小事做到極致。"
ALICE = Author("Alice", "alice-id", "#1971c2", "laptop")
BOB = Author("Bob", "bob-id", "#2f9e44", "phone")
ESSAY = Essay("c#1", 1, "工匠/精神: 篇1", "篇1", TEXT, "c")
LIBRARY = Library([Collection("c", "文集", Script.TRADITIONAL, (ESSAY,), "c.txt")])
NOTE = 'a, "quoted"\n[[link]] ^x > [!note]'


def _notes() -> Notes:
    start = TEXT.index("工匠")
    note = new_annotation("c#1", TEXT, start, start + 4, color="green", author="Alice", note=NOTE,
                          tags=("論點", "two words"), by=ALICE)
    gone = new_annotation("gone#9", "別處的文字", 0, 2, color="blue", author="Alice", by=ALICE)
    return Notes([note, new_reply(note, "同意\n再說", BOB), gone], [])


def test_readwise_has_its_columns_and_quotes_user_text() -> None:
    rows = list(csv.reader(io.StringIO(export_readwise(LIBRARY, _notes(), Form.SIMPLIFIED))))
    assert tuple(rows[0]) == COLUMNS
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert (first["Highlight"], first["Title"], first["Location"]) == ("工匠精神", "工匠/精神: 篇1", "5")
    assert first["Note"] == NOTE + "\n↳ Bob: 同意\n再說\n.論點 .two_words"
    assert first["URL"] == "urn:jiangxin-reader:essay:c#1" and first["Date"][10] == " "
    missing = dict(zip(COLUMNS, rows[2], strict=True))
    assert (missing["Highlight"], missing["Title"]) == ("别处", "gone#9")  # never dropped
    assert len(rows) == 3  # the reply is in its note's row


def test_obsidian_writes_one_file_per_essay_with_block_ids_and_callouts() -> None:
    notes = _notes()
    files = export_obsidian(LIBRARY, notes, Form.ORIGINAL)
    assert sorted(files) == ["gone 9.md", "工匠 精神 篇1.md"]
    text = files["工匠 精神 篇1.md"]
    note = notes.annotations[0]
    assert text.startswith('---\ntitle: "工匠/精神: 篇1"\n')
    assert f"> 工匠精神\n\n^{note.id}\n\n> [!note]\n" in text
    assert "> a, \"quoted\"\n> \\[\\[link\\]\\] \\^x \\> \\[\\!note\\]\n" in text  # nothing of it is live
    assert "> ↳ **Bob**: 同意 再說" in text and "> #論點 #two_words" in text
    assert export_obsidian(LIBRARY, notes, Form.ORIGINAL) == files  # stable ids: same files


def test_obsidian_names_and_ids_are_safe() -> None:
    assert block_id("https://x/a1").startswith("jx-") and block_id("abc-1") == "abc-1"
    assert obsidian_tag("two words") == "#two_words" and obsidian_tag("123") == ""
    assert file_name("CON") == "_CON.md" and file_name("../..") == "notes.md"
    assert file_name("a\x1b[31m|b") == "a 31m b.md"


def test_notes_command_writes_readwise_and_obsidian(tmp_path: Path) -> None:
    def app(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args],
                              cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60,
                              check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})

    assert app("annotate", "000_3fd34f9ad9cd41d9#1", "--quote", "工匠精神", "--note", "x, y").returncode == 0
    rows = list(csv.reader(io.StringIO(app("notes", "--format", "readwise").stdout)))
    assert rows[1][0] == "工匠精神" and rows[1][4] == "x, y"
    assert "needs --output" in app("notes", "--format", "obsidian").stderr
    done = app("notes", "--format", "obsidian", "--output", str(tmp_path / "vault"))
    assert done.stdout.startswith("Wrote 1 files") and len(list((tmp_path / "vault").glob("*.md"))) == 1
    samples = ROOT / "tests/fixtures/w3c-web-annotation-tests/tools/samples/correct"
    # two of the W3C examples name their creator: imported as ours only when asked
    assert "Skipped 2 by other authors" in app("notes", "import", str(samples / "collection1.json")).stdout
    imported = app("notes", "import", "--as-mine", str(samples / "collection1.json")).stdout.splitlines()
    assert imported[0] == "Imported 2 of 44 notes." and len(imported) == 7
    assert imported[1] == ("Skipped http://example.org/anno4: "
                           "it marks an image, a sound, a video or data, not text.")
    exported = json.loads(app("notes", "--format", "jsonld").stdout)
    assert exported["total"] == 45  # the imported notes on other sources are exported too
