"""Keywords without filler, and queries split by the library's own words (no jieba)."""

from __future__ import annotations

from app.core.library import Library, build_collection
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


def test_a_passage_copied_into_three_essays_flags_each_against_the_other_two() -> None:
    passage = "匠心筑梦，精益求精，是每一位劳动者在平凡岗位上追求卓越的写照。" * 3
    raw = (f"文集\n\n文 篇1\n\n{passage}\n\n文 篇2\n\n{passage}\n\n文 篇3\n\n{passage}\n\n"
           "文 篇4\n\n这一篇只讲园艺，没有别的内容，也不抄别人的句子。")
    prepared = prepare_library(Library([build_collection(raw, "a.txt")]))
    cuts = [[normal[i:i + 2] for i in range(0, len(normal), 2)] for _essay, normal, _map in prepared]
    index = LibraryIndex(assemble_words(prepared, cuts).values())
    ids = {essay.label: essay.id for essay, _normal, _map in prepared}
    for label in ("篇1", "篇2", "篇3"):
        found = {d.essay_id for d in index.duplicates(ids[label])}
        assert found == {ids[other] for other in ("篇1", "篇2", "篇3") if other != label}
    assert index.duplicates(ids["篇4"]) == []
