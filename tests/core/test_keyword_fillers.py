"""Keywords name an essay's topic: filler words, adverbs and phrases around them are left out."""

from __future__ import annotations

from app.core.library import Library
from app.core.search import LibraryIndex, is_keyword, is_term

# What issue 21 found in 篇5's keywords, and more of the same kinds.
FILLERS = ["越来越", "越来越少", "喜欢", "始终保持", "看不清", "这份工作", "各项工作", "多一点",
           "要细", "要带头", "一直坚持", "非常重要", "此书", "谓之", "结果", "说不出"]
TOPICS = ["工匠精神", "宁允展", "高铁", "精益求精", "自尊心", "匠心筑梦", "爱岗敬业", "本职工作"]


def test_filler_words_are_not_keywords_but_stay_searchable() -> None:
    assert not [word for word in FILLERS if is_keyword(word)]
    assert all(is_keyword(word) for word in TOPICS)
    assert is_term("喜欢") and is_term("越来越")  # a search still finds them


def test_no_essay_lists_a_filler_word(word_index: LibraryIndex, library: Library) -> None:
    for essay in library.essays():
        keywords = word_index.keywords(essay.id)
        assert not set(FILLERS) & set(keywords), (essay.title, keywords)
