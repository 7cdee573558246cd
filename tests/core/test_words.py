"""Words in every script form, search across scripts, keywords, related essays, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.library import Library, build_collection
from app.core.script import Form, Script, convert
from app.core.search import LibraryIndex, find_in_text, make_snippet
from app.core.words import WordModel, analyse_library


def essay_by_label(library: Library, label: str):  # type: ignore[no-untyped-def]
    return next(e for e in library.essays() if e.label == label)


def word_around(index: LibraryIndex, library: Library, label: str, word: str) -> str:
    essay = essay_by_label(library, label)
    at = essay.text.index(word)
    start, end = index.essays[essay.id].word_at(at + 1)
    return essay.text[start:end]


@pytest.mark.parametrize(("label", "word"), [
    ("篇1", "工匠精神"), ("篇1", "精益求精"), ("篇12", "黨員幹部"), ("观后感五", "党员干部"),
    ("观后感二", "精益求精"), ("观后感一", "工匠精神"),
])
def test_the_word_under_a_character_is_the_whole_word(
    word_index: LibraryIndex, library: Library, label: str, word: str
) -> None:
    assert word_around(word_index, library, label, word) == word


def test_the_library_teaches_its_own_compounds(word_index: LibraryIndex, library: Library) -> None:
    essay = essay_by_label(library, "篇1")
    assert "工匠精神" in word_index.essays[essay.id].terms


def test_word_boundaries_map_into_every_form(word_index: LibraryIndex, library: Library) -> None:
    for essay in library.essays():
        words = word_index.essays[essay.id]
        assert words.bounds[0] == 0 and words.bounds[-1] == len(essay.text)
        assert list(words.bounds) == sorted(set(words.bounds))
        assert "".join(words.terms) == words.normal
        source = library.collection_of(essay).script
        for form in Form:
            shown = convert(essay.text, source, form.target(source))
            display = [shown.offsets.to_display(b) for b in words.bounds]
            assert display == sorted(display) and display[-1] == len(shown.text)


def test_snapping_widens_a_selection_to_whole_words(word_index: LibraryIndex, library: Library) -> None:
    essay = essay_by_label(library, "篇1")
    at = essay.text.index("工匠精神")
    words = word_index.essays[essay.id]
    assert words.snap(at + 1, at + 3) == (at, at + 4)
    assert words.next_boundary(at) == at + 4 and words.previous_boundary(at + 4) == at


def test_a_query_in_any_script_finds_every_script(word_index: LibraryIndex, library: Library) -> None:
    scripts = {e.id: library.collection_of(e).script for e in library.essays()}
    for query in ("精益求精", "黨員幹部", "党员干部"):
        hits = [h for h in word_index.search(query) if h.spans]
        assert {scripts[h.essay_id] for h in hits} == {Script.HONGKONG, Script.SIMPLIFIED}, query
        for hit in hits:
            essay = library.essay(hit.essay_id)
            assert essay is not None
            start, end = hit.spans[0]
            assert essay.text[start:end] in {"精益求精", "黨員幹部", "党员干部"}


def test_traditional_query_finds_simplified_text_and_back(word_index: LibraryIndex, library: Library) -> None:
    hk_essay = essay_by_label(library, "篇2")
    assert word_index.find(hk_essay.id, "工匠") and word_index.find(hk_essay.id, "宁允展")
    simplified = essay_by_label(library, "观后感一")
    assert word_index.find(simplified.id, "勞動者")


def test_ranking_prefers_the_essay_about_the_word(tmp_path: Path) -> None:
    raw = ("文集\n\n文 篇1\n\n我们讨论书法。书法需要耐心，书法也需要时间，书法是一门手艺。\n\n"
           "文 篇2\n\n今天天气很好，我们去公园散步，顺便谈到了书法。\n\n"
           "文 篇3\n\n这一篇只讲园艺，没有别的内容。")
    collection = build_collection(raw, "a.txt")
    library = Library([collection])
    model = WordModel(tmp_path)
    model.load()
    index = LibraryIndex(analyse_library(model, library).values(), model.cut)
    hits = index.search("書法")
    assert [h.essay_id for h in hits] == ["a#1", "a#2"]
    assert len(hits[0].spans) == 4 and hits[0].score > hits[1].score


def test_repeated_essays_are_flagged(word_index: LibraryIndex, library: Library) -> None:
    def flags(label: str) -> dict[str, tuple[int, bool]]:
        found = word_index.duplicates(essay_by_label(library, label).id)
        return {library.essay(d.essay_id).label: (round(d.share * 100), d.contains)  # type: ignore[union-attr]
                for d in found}

    assert flags("篇14") == {"篇6": (100, True), "篇15": (100, True)}
    assert flags("篇6") == {"篇14": (100, False)}
    assert flags("篇15") == {"篇14": (100, False)}
    flagged = [e.label for e in library.essays() if word_index.duplicates(e.id)]
    assert sorted(flagged) == ["篇14", "篇15", "篇6"]


def test_related_essays_and_keywords(word_index: LibraryIndex, library: Library) -> None:
    essay15 = essay_by_label(library, "篇15")
    related = word_index.related(essay15.id)
    assert library.essay(related[0].essay_id).label == "篇14"  # type: ignore[union-attr]
    assert related[0].similarity > 0.5 > related[1].similarity
    keywords = word_index.keywords(essay_by_label(library, "篇2").id)
    assert "宁允展" in keywords and "高铁" in keywords
    assert not {"我们", "工作", "一个"} & set(keywords)


def test_find_in_text_works_without_jieba() -> None:
    text = "隨着時代的進步，“工匠精神”被政府高度重視。時代在變。"
    first, second = text.index("時代"), text.rindex("時代")
    assert find_in_text(text, Script.HONGKONG, "时代") == [(first, first + 2), (second, second + 2)]
    assert find_in_text(text, Script.HONGKONG, "") == []


def test_snippets_mark_the_match_in_the_display_form() -> None:
    text = "我们在新时代，要发扬精益求精的工匠精神，做好每一件事。"
    at = text.index("精益求精")
    snippet = make_snippet(text, Script.SIMPLIFIED, Script.TRADITIONAL, (at, at + 4), context=5)
    assert (snippet.before, snippet.match) == ("…代，要發揚", "精益求精")  # 5 characters of context
    assert snippet.after.startswith("的工匠精神")


def test_a_keyword_is_found_as_the_essay_writes_it() -> None:
    """Keywords are cut from the Simplified form; the panel shows them from the essay's own text
    (then converted as the reader converts it), so no Simplified-to-other tables are needed."""
    from app.core.library import Essay
    from app.core.words import normalize, words_of

    text = "說話的藝術，在於傾聽。藝術"
    essay = Essay(id="c#1", number=1, title="t", label="t", text=text, collection_id="c")
    normal, to_normal = normalize(text, Script.TAIWAN)
    words = words_of(essay, normal, to_normal, ["说话", "的", "艺术", "，", "在于", "倾听", "。", "艺术"])
    assert words.as_written("艺术", text) == "藝術"
    assert words.as_written("倾听", text) == "傾聽"
    assert words.as_written("电脑", text) is None
