"""Collections with the same title are told apart by their file name, wherever they are listed."""

from __future__ import annotations

from app.core.library import Collection, Essay, Library
from app.core.script import Form, Script
from app.core.view import ViewCache


def _collection(cid: str, title: str, file_name: str) -> Collection:
    essay = Essay(f"{cid}-1", 1, "静夜思", "静夜思", "床前明月光", cid)
    return Collection(cid, title, Script.SIMPLIFIED, (essay,), file_name)


def test_only_colliding_titles_get_the_file_name() -> None:
    library = Library([_collection("a", "唐诗选读", "唐诗选读.txt"),
                       _collection("b", "唐诗选读", "唐诗选读.docx"),
                       _collection("c", "宋词", "宋词.txt")])
    views = ViewCache(library)
    titles = [views.collection_title(c, Form.ORIGINAL) for c in library.collections]
    assert titles == ["唐诗选读 · 唐诗选读.txt", "唐诗选读 · 唐诗选读.docx", "宋词"]
    assert views.distinction(library.collections[1]) == " · 唐诗选读.docx"
