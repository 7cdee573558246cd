"""Keywords without filler, and queries split by the library's own words (no jieba)."""

from __future__ import annotations

from app.core.library import Library
from app.core.search import LibraryIndex, is_term
from app.core.words import assemble_words, prepare_library


def test_filler_words_are_not_keywords() -> None:
    assert not any(is_term(w) for w in ["是不是", "能不能", "我要", "我能", "我们要", "他会"])
    assert all(is_term(w) for w in ["工匠精神", "我国", "精益求精"])


def test_query_is_split_by_the_library_vocabulary(library: Library) -> None:
    prepared = prepare_library(library)
    cuts = [[normal[i:i + 2] for i in range(0, len(normal), 2)] for _essay, normal, _map in prepared]
    index = LibraryIndex(assemble_words(prepared, cuts).values())  # no jieba: vocabulary cut
    word = next(t for t in index.essays[prepared[0][0].id].terms if is_term(t))
    assert index.search(word)
    assert index._vocabulary_cut(word + "的") [0] == word  # noqa: SLF001
