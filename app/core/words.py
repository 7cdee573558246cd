"""Real Chinese words (jieba) for every script form, mapped to canonical offsets.

jieba's dictionary is Simplified, so an essay is segmented through its Simplified
conversion and the word boundaries are mapped back to canonical positions. The library
also teaches jieba its own compounds: two words that keep appearing together (工匠 + 精神)
become one word (工匠精神).
"""

from __future__ import annotations

import logging
import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.library import Essay, Library
from app.core.offsets import OffsetMap
from app.core.script import Script, convert, detect_script

_HAN = re.compile(r"[\u3400-\u9fff]+")
MIN_COLLOCATION_COUNT = 5  # together this often in the library…
MIN_COLLOCATION_SHARE = 0.5  # …and this share of the rarer word's uses


@dataclass(frozen=True)
class EssayWords:
    """An essay's Simplified form (for matching) and its words in canonical offsets."""

    essay_id: str
    normal: str  # the canonical text converted to Simplified
    to_normal: OffsetMap  # canonical → normal
    bounds: array[int]  # canonical word boundaries, 0 … len(text) (numbers, not int objects)
    terms: tuple[str, ...]  # the words, in Simplified, in order

    def word_at(self, offset: int) -> tuple[int, int]:
        """The word covering canonical `offset`: (start, end)."""
        k = bisect_right(self.bounds, offset) - 1
        k = min(max(k, 0), len(self.bounds) - 2)
        return self.bounds[k], self.bounds[k + 1]

    def next_boundary(self, offset: int) -> int:
        k = bisect_right(self.bounds, offset)
        return self.bounds[k] if k < len(self.bounds) else self.bounds[-1]

    def previous_boundary(self, offset: int) -> int:
        k = bisect_left(self.bounds, offset) - 1
        return self.bounds[k] if k >= 0 else 0

    def as_written(self, term: str, text: str) -> str | None:
        """A word of the Simplified form as the essay `text` writes it (its first occurrence),
        so a keyword is shown through the reader's own conversion; None when not found."""
        at = self.normal.find(term)
        if at < 0 or not term:
            return None
        start = self.to_normal.to_canonical(at)
        end = self.to_normal.to_canonical(at + len(term), end=True)
        return text[start:end] if start < end else None

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen a range to whole words (a highlight never cuts a word in half)."""
        first = self.word_at(start)[0]
        last = self.word_at(max(start, end - 1))[1]
        return first, max(last, first)


def normalize(text: str, source: Script) -> tuple[str, OffsetMap]:
    """Simplified form of `text` for matching across scripts, with its offset map.

    Quotation marks become “” and ‘’ too, so 「好」 typed in a Taiwan view finds “好”.
    """
    converted = convert(text, source, Script.SIMPLIFIED, localize_quotes=True)
    return converted.text, converted.offsets


def normalize_query(query: str) -> str:
    """A query typed in any script, in Simplified."""
    query = query.strip()
    return normalize(query, detect_script(query))[0] if query else ""


_TOKENIZERS: dict[Path, Any] = {}  # one loaded jieba per cache folder and process
_TOKENIZERS_LOCK = threading.Lock()


class WordModel:
    """A jieba tokenizer with its cache in the app's folder and the library's compounds."""

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        """Import and initialise jieba (about 0.7 s, once per process): off the UI thread."""
        with _TOKENIZERS_LOCK:
            tokenizer = _TOKENIZERS.get(self._cache_dir)
            if tokenizer is None:
                tokenizer = _TOKENIZERS[self._cache_dir] = _new_tokenizer(self._cache_dir)
        self._tokenizer = tokenizer

    def cut(self, text: str) -> list[str]:
        with self._lock:
            return list(self._tokenizer.cut(text, HMM=True))

    def learn_compounds(self, texts: list[list[str]]) -> set[tuple[str, str]]:
        """Word pairs the library keeps using together (工匠 + 精神); jieba learns them too.

        `texts` are already cut into words; the pairs found are returned for merging.
        """
        learned, pairs = find_compounds(texts)
        with self._lock:
            for a, b in learned:
                self._tokenizer.add_word(a + b, freq=pairs[a, b] * 100)
        return learned

    def analyse(self, essay: Essay, source: Script) -> EssayWords:
        normal, to_normal = normalize(essay.text, source)
        return words_of(essay, normal, to_normal, self.cut(normal))


def words_of(essay: Essay, normal: str, to_normal: OffsetMap, terms: list[str]) -> EssayWords:
    """An essay's words, with their boundaries mapped back to canonical offsets."""
    bounds, at = [0], 0
    for term in terms:
        at += len(term)
        canonical = to_normal.to_canonical(at, end=True)
        if canonical > bounds[-1]:
            bounds.append(canonical)
    if bounds[-1] != len(essay.text):
        bounds.append(len(essay.text))
    return EssayWords(essay.id, normal, to_normal, array("I", bounds), tuple(terms))


def _new_tokenizer(cache_dir: Path) -> Any:
    import jieba  # noqa: PLC0415  (deliberately not on the start-up path)

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(cache_dir)  # not the system temp folder
    tokenizer.initialize()
    return tokenizer


def find_compounds(texts: list[list[str]]) -> tuple[set[tuple[str, str]], Counter[tuple[str, str]]]:
    """Word pairs the library keeps using together (工匠 + 精神), and every pair's count."""
    pairs: Counter[tuple[str, str]] = Counter()
    singles: Counter[str] = Counter()
    for words in texts:
        singles.update(words)
        pairs.update(zip(words, words[1:], strict=False))
    learned = {
        (a, b) for (a, b), together in pairs.items()
        if together >= MIN_COLLOCATION_COUNT and len(a) >= 2 and len(b) >= 2
        and _HAN.fullmatch(a + b) and together >= MIN_COLLOCATION_SHARE * min(singles[a], singles[b])
    }
    return learned, pairs


Prepared = tuple[Essay, str, OffsetMap]  # an essay, its Simplified form, and the map to it


def prepare_library(library: Library, cancelled: Callable[[], bool] = lambda: False) -> list[Prepared]:
    """Every essay's Simplified form: what jieba cuts."""
    sources = {c.id: c.script for c in library.collections}
    prepared = []
    for essay in library.essays():
        if cancelled():
            raise Cancelled
        normal, to_normal = normalize(essay.text, sources[essay.collection_id])
        prepared.append((essay, normal, to_normal))
    return prepared


def assemble_words(prepared: list[Prepared], cuts: list[list[str]]) -> dict[str, EssayWords]:
    """Join the library's compounds in each cut and map the words back to canonical offsets."""
    learned, _pairs = find_compounds(cuts)
    shared: dict[str, str] = {}  # one string per word, not one per use (they live with the window)
    return {essay.id: words_of(essay, normal, to_normal,
                               [shared.setdefault(term, term) for term in _join(terms, learned)])
            for (essay, normal, to_normal), terms in zip(prepared, cuts, strict=True)}


class Cancelled(Exception):
    """The work was no longer wanted (the window closed, or the library changed)."""


def analyse_library(model: WordModel, library: Library,
                    cancelled: Callable[[], bool] = lambda: False) -> dict[str, EssayWords]:
    """Segment every essay once, learn the library's compounds, and join them up."""
    prepared = prepare_library(library, cancelled)
    cuts = []
    for _essay, normal, _to_normal in prepared:
        if cancelled():
            raise Cancelled
        cuts.append(model.cut(normal))
    model.learn_compounds(cuts)
    return assemble_words(prepared, cuts)


def _join(terms: list[str], pairs: set[tuple[str, str]]) -> list[str]:
    """Merge each learned pair of neighbouring words into one word."""
    joined: list[str] = []
    for term in terms:
        if joined and (joined[-1], term) in pairs:
            joined[-1] += term
        else:
            joined.append(term)
    return joined
