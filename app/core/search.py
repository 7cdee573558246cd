"""Search across scripts, keywords, related essays and near-duplicates.

Everything is matched in Simplified (the essay's normal form and the query's), so a query
typed in any script finds text in any script; positions go back to canonical offsets.
Ranking is BM25 over jieba words, plus a bonus for the exact phrase.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.core.offsets import OffsetMap
from app.core.script import Script, convert
from app.core.words import EssayWords, normalize, normalize_query

BM25_K1, BM25_B = 1.2, 0.75
PHRASE_BONUS = 2.0
SHINGLE = 12  # characters; long enough that a shared shingle means shared sentences
SHINGLE_SAMPLE = 4  # keep one shingle in four (by hash): same estimate, a quarter of the memory
DUPLICATE_SHARE = 0.8
MAX_WORD = 8  # characters: longer index words are rare, and a query may be whole anyway
_WORD = re.compile(r"[\u3400-\u9fff]{2,}|[A-Za-z][A-Za-z0-9+]+")
# Words too common in essays to say anything about one.
STOP_WORDS = frozenset(
    "我们 他们 你们 自己 一个 一种 这个 那个 这样 那样 就是 不是 没有 还是 但是 而是 因为 所以 如果 "
    "虽然 只有 才能 可以 能够 需要 应该 必须 不断 进行 通过 作为 成为 已经 正是 这些 那些 什么 怎么 "
    "以及 并且 而且 其中 之中 之一 之后 之前 时候 同时 更加 非常 一定 一些 一样 今天 现在 当下 "
    "要求 方面 工作 问题 大家 人们 这种 那种 一直 一切 所有 任何 其他 各种 真正 只是 更是".split())


@dataclass(frozen=True)
class SearchHit:
    """One essay that matches: its score and the canonical spans of the exact matches."""

    essay_id: str
    score: float
    spans: tuple[tuple[int, int], ...]
    terms: tuple[str, ...]  # the query words it contains (for a snippet without a phrase match)


@dataclass(frozen=True)
class Related:
    essay_id: str
    similarity: float


@dataclass(frozen=True)
class Duplicate:
    """`essay_id` shares `share` of one of the two essays word for word.

    `contains` is True when the other essay is (mostly) inside this one.
    """

    essay_id: str
    share: float
    contains: bool


# Talk, not topic: "是不是", "能不能" (A-not-A questions), "我要", "我能", "你会" (a pronoun and a
# modal verb, which jieba often keeps together).
_FILLER = re.compile(r"(.)不\1|[我你他她它咱][们們]?(?:要|能|会|會|想|该|該|可|得|就|也|都|还|還|是)")


def is_term(word: str) -> bool:
    return bool(_WORD.fullmatch(word)) and word not in STOP_WORDS and not _FILLER.fullmatch(word)


# Words a reader may search for but that say nothing about an essay's topic: common verbs,
# adjectives and nouns of any essay, and classical function words jieba keeps whole.
KEYWORD_STOP_WORDS = frozenset(
    "喜欢 喜爱 结果 人人 看到 看见 觉得 认为 知道 发现 感到 希望 开始 继续 保持 坚持 努力 "
    "重要 认真 简单 容易 困难 不同 相同 一般 普通 特别 之源 谓之 为荣 忠于 在于 源于 "
    "方式 方法 过程 地方 东西 事情 情况 时间 一次 一天 每天 多少 精神 内容 意义 作用".split())
# Talk, not topic, by shape: adverbs of degree, time and manner leading a phrase (越来越少,
# 始终保持), a demonstrative or "each" with a measure word (这份工作, 各项工作), 要 + a verb
# (要细, 要带头), 一点 (多一点), a verb and its "cannot" complement (看不清).
_KEYWORD_FILLER = re.compile(
    r"(?:越来越|始终|一直|总是|不断|逐渐|渐渐|更加|非常|十分|特别|已经|正在|仍然|依然|终于)\w*"
    r"|[这那此该每各本][份个位件种样项次些]\w*|此\w"
    r"|要\w{1,2}|\w*一点|\w不\w")


def is_keyword(word: str) -> bool:
    """A word that can stand for an essay's topic in its keyword list."""
    return is_term(word) and word not in KEYWORD_STOP_WORDS and not _KEYWORD_FILLER.fullmatch(word)


class LibraryIndex:
    """Postings of words, word statistics, and the shingles essays share.

    It lives as long as the window, so it keeps few objects: essays are numbered, a word's
    postings are one tuple of small numbers, and of the shingles only those two essays share.
    """

    def __init__(self, essays: Iterable[EssayWords],
                 cut: Callable[[str], list[str]] | None = None) -> None:
        """`cut` splits a query into words the way the essays were split (jieba); without
        it the query is split by the library's own words, longest first."""
        self._cut = cut
        self.essays: dict[str, EssayWords] = {essay.essay_id: essay for essay in essays}
        self._ids = list(self.essays)  # essay number → id
        # term → (essay number, term frequency, essay number, term frequency, …): a tuple
        # each, where a dict each was half the index
        self._postings: dict[str, tuple[int, ...]] = {}
        self._lengths: list[int] = []
        self._add_postings()
        self._shingle_counts: list[int] = []
        self._shared_shingles = self._find_shared_shingles()
        average = max(sum(self._lengths) / max(len(self._lengths), 1), 1)
        # BM25's length normalisation per essay, once, not once per posting per query
        self._bm25_norm = [BM25_K1 * (1 - BM25_B + BM25_B * length / average) for length in self._lengths]
        # TF-IDF vector lengths, fixed once every essay is in (related() divides by them)
        self._norms = [_length(self._vector(number)) for number in range(len(self._ids))]

    def _add_postings(self) -> None:
        building: dict[str, list[int]] = defaultdict(list)
        for number, essay in enumerate(self.essays.values()):
            counts = Counter(t for t in essay.terms if is_term(t))
            for term, count in counts.items():
                building[term] += (number, count)
            self._lengths.append(sum(counts.values()))
        self._postings = {term: tuple(posting) for term, posting in building.items()}

    def _find_shared_shingles(self) -> dict[int, tuple[int, ...]]:
        """Shingle → the essays holding it, for the shingles in more than one essay: only those
        make duplicates, and an essay's own are hashed again when asked (a set of them per
        essay was a megabyte on the seeds alone)."""
        owners: dict[int, int | list[int]] = {}
        for number, essay in enumerate(self.essays.values()):
            shingles = _shingles(essay.normal)
            self._shingle_counts.append(len(shingles))
            for shingle in shingles:
                held = owners.setdefault(shingle, number)
                if held != number:
                    owners[shingle] = [held, number] if isinstance(held, int) else [*held, number]
        return {shingle: tuple(held) for shingle, held in owners.items() if isinstance(held, list)}

    # -- search -------------------------------------------------------------------------------

    def idf(self, term: str) -> float:
        n, df = len(self.essays), len(self._postings.get(term, ())) // 2
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Essays for `query` (any script), best first."""
        phrase = normalize_query(query)
        if not phrase:
            return []
        terms = self._query_terms(phrase)
        scores: dict[int, float] = defaultdict(float)
        norms = self._bm25_norm
        for term in terms:
            weight = self.idf(term) * (BM25_K1 + 1)
            for number, tf in _pairs(self._postings.get(term, ())):
                scores[number] += weight * tf / (tf + norms[number])
        ranked = []
        ids = self._ids
        for number in set(scores) | self._phrase_candidates(phrase, terms):
            matches = count_normal(self.essays[ids[number]].normal, phrase)
            score = scores.get(number, 0.0) + PHRASE_BONUS * math.log1p(matches)
            if score > 0:
                ranked.append((score, ids[number], number))
        ranked.sort(key=lambda found: (-found[0], found[1]))
        hits = []
        # Spans (canonical offsets, mapped one by one) only for the hits returned: in a
        # library of ten million characters most essays match a common word.
        for score, essay_id, number in ranked[:limit]:
            essay = self.essays[essay_id]
            spans = find_normal(essay.normal, essay.to_normal, phrase)
            present = tuple(t for t in terms if number in self._postings.get(t, ())[::2])
            hits.append(SearchHit(essay_id, score, tuple(spans), present))
        return hits

    def _query_terms(self, phrase: str) -> list[str]:
        """The query's words that the index holds."""
        words = self._cut(phrase) if self._cut else self._vocabulary_cut(phrase)
        whole = [phrase] if phrase in self._postings else []  # 工匠精神 is one word here
        return list(dict.fromkeys(w for w in whole + words if is_term(w) and w in self._postings))

    def _vocabulary_cut(self, phrase: str) -> list[str]:
        """Split `phrase` into the longest words the index knows, left to right."""
        words, at = [], 0
        while at < len(phrase):
            for size in range(min(MAX_WORD, len(phrase) - at), 0, -1):
                if size == 1 or phrase[at:at + size] in self._postings:
                    words.append(phrase[at:at + size])
                    at += size
                    break
        return words + _WORD.findall(phrase)  # Latin words, and Han runs the index lacks

    def _phrase_candidates(self, phrase: str, terms: list[str]) -> set[int]:
        """Essays that may hold the phrase even when no indexed word matched (e.g. 的确)."""
        if terms:
            return set()
        return {number for number, e in enumerate(self.essays.values()) if phrase in e.normal}

    def find(self, essay_id: str, query: str) -> list[tuple[int, int]]:
        """Canonical spans of every exact occurrence in one essay."""
        essay = self.essays.get(essay_id)
        phrase = normalize_query(query)
        return find_normal(essay.normal, essay.to_normal, phrase) if essay and phrase else []

    def general_idf(self, tables: Iterable[dict[str, float]]) -> dict[str, float]:
        """A general corpus's IDF (a table per text, merged) for the indexed words alone, the
        only ones keywords can be, keyed by the index's own strings (not the tables' copies)."""
        merged: dict[str, float] = {}
        for table in tables:
            merged.update(table)
        return {term: value for term in self._postings if (value := merged.get(term)) is not None}

    # -- keywords, related, duplicates ------------------------------------------------------------

    def keywords(self, essay_id: str, count: int = 8,
                 general_idf: dict[str, float] | None = None,
                 general_default: float | None = None) -> list[str]:
        """Top words by TF-IDF against this library, steadied by a general corpus's IDF
        (`general_default` for the words it lacks: by default the table's mean)."""
        essay = self.essays[essay_id]
        counts = Counter(t for t in essay.terms if is_keyword(t))
        general = general_idf or {}
        default = general_default if general_default is not None else (
            sum(general.values()) / len(general) if general else 0.0)

        def weight(term: str) -> float:
            library = self.idf(term)
            return counts[term] * (library + 0.5 * general.get(term, default)) * min(len(term), 4)

        return sorted(counts, key=lambda t: (-weight(t), t))[:count]

    def related(self, essay_id: str, count: int = 3) -> list[Related]:
        """Essays whose words are most alike (cosine of TF-IDF vectors)."""
        mine = self._ids.index(essay_id)
        vector = self._vector(mine)
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for other, tf in _pairs(self._postings[term]):
                if other != mine:
                    scores[other] += weight * tf * self.idf(term)
        own = _length(vector)
        results = [Related(self._ids[other], score / (own * self._norms[other]))
                   for other, score in scores.items()]
        results.sort(key=lambda r: (-r.similarity, r.essay_id))
        return results[:count]

    def _vector(self, number: int) -> dict[str, float]:
        counts = Counter(t for t in self.essays[self._ids[number]].terms if is_term(t))
        return {term: tf * self.idf(term) for term, tf in counts.items()}

    def duplicates(self, essay_id: str) -> list[Duplicate]:
        """Essays sharing most of their sentences with this one, either way round."""
        me = self._ids.index(essay_id)
        shared: Counter[int] = Counter()
        for shingle in _shingles(self.essays[essay_id].normal):
            shared.update(other for other in self._shared_shingles.get(shingle, ()) if other != me)
        found = []
        counts = self._shingle_counts
        for other, common in shared.items():
            inside_me = common / (counts[other] or 1)  # how much of the other essay is in this one
            inside_them = common / (counts[me] or 1)
            if max(inside_me, inside_them) >= DUPLICATE_SHARE:
                share = max(inside_me, inside_them)
                found.append(Duplicate(self._ids[other], share, inside_me >= inside_them))
        found.sort(key=lambda d: (-d.share, d.essay_id))
        return found


def _pairs(posting: tuple[int, ...]) -> Iterator[tuple[int, int]]:
    """A posting's (essay number, term frequency) pairs."""
    items = iter(posting)
    return zip(items, items, strict=True)


def _length(vector: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in vector.values())) or 1.0


def count_normal(normal: str, phrase: str) -> int:
    """How many times find_normal finds `phrase` (overlapping ones too), without mapping."""
    if not any(phrase[:k] == phrase[-k:] for k in range(1, len(phrase))):
        return normal.count(phrase)  # no match can overlap another: count in C
    count, at = 0, normal.find(phrase)
    while at >= 0:
        count, at = count + 1, normal.find(phrase, at + 1)
    return count


def find_normal(normal: str, to_normal: OffsetMap, phrase: str) -> list[tuple[int, int]]:
    """Canonical spans of `phrase` (Simplified) in a text's Simplified form."""
    spans, at = [], normal.find(phrase) if phrase else -1
    while at >= 0:
        spans.append((to_normal.to_canonical(at), to_normal.to_canonical(at + len(phrase), end=True)))
        at = normal.find(phrase, at + 1)
    return spans


def find_in_text(text: str, source: Script, query: str) -> list[tuple[int, int]]:
    """Find in one essay without the word index: a query in any script, canonical spans."""
    phrase = normalize_query(query)
    return find_normal(*normalize(text, source), phrase) if phrase else []


@dataclass(frozen=True)
class Snippet:
    """A match in context, in the display form: before, the match itself, after."""

    before: str
    match: str
    after: str


def make_snippet(text: str, source: Script, target: Script, span: tuple[int, int],
                 context: int = 18, *, localize_quotes: bool = False) -> Snippet:
    """Context around a canonical span, converted as one piece so phrases convert whole."""
    start, end = max(0, span[0] - context), min(len(text), span[1] + context)
    window = convert(text[start:end], source, target, localize_quotes=localize_quotes)
    a = window.offsets.to_display(span[0] - start)
    b = window.offsets.to_display(span[1] - start, end=True)
    shown = window.text.replace("\n", " ")
    return Snippet(("…" if start > 0 else "") + shown[:a], shown[a:b],
                   shown[b:] + ("…" if end < len(text) else ""))


def _shingles(text: str) -> set[int]:
    """Hashes of a sample of the text's 12-character pieces (whitespace ignored)."""
    flat = "".join(text.split())
    pieces = (hash(flat[i:i + SHINGLE]) for i in range(max(len(flat) - SHINGLE + 1, 0)))
    return {h for h in pieces if h % SHINGLE_SAMPLE == 0}
