"""Library search ranks by phrase counts and maps spans only for the hits it returns."""

from __future__ import annotations

from app.core.offsets import OffsetMap
from app.core.search import count_normal, find_normal


def test_counting_agrees_with_finding_also_for_overlapping_phrases() -> None:
    for text, phrase in [("哈哈哈哈", "哈哈"), ("工匠精神，工匠", "工匠"), ("abcabca", "abca"), ("无", "有")]:
        assert count_normal(text, phrase) == len(find_normal(text, OffsetMap.identity(len(text)), phrase))
    assert count_normal("哈哈哈哈", "哈哈") == 3
    assert count_normal("abcabca", "abca") == 2
    assert count_normal("工匠精神，工匠", "工匠") == 2


def test_search_returns_at_most_the_limit_with_spans(word_index: object) -> None:
    hits = word_index.search("工匠精神", limit=5)  # type: ignore[attr-defined]
    assert 0 < len(hits) <= 5
    assert all(hit.spans for hit in hits[:3])
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
