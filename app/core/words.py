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
from bisect import bisect_left, bisect_right
from collections import Counter
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
    bounds: tuple[int, ...]  # canonical word boundaries, 0 … len(text)
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

    def snap(self, start: int, end: int) -> tuple[int, int]:
        """Widen a range to whole words (a highlight never cuts a word in half)."""
        first = self.word_at(start)[0]
        last = self.word_at(max(start, end - 1))[1]
        return first, max(last, first)


def normalize(text: str, source: Script) -> tuple[str, OffsetMap]:
    """Simplified form of `text` for matching across scripts, with its offset map."""
    converted = convert(text, source, Script.SIMPLIFIED)
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

    def learn_compounds(self, texts: list[str]) -> list[str]:
        """Add word pairs that the library keeps using together; returns the new words."""
        pairs: Counter[tuple[str, str]] = Counter()
        singles: Counter[str] = Counter()
        for text in texts:
            words = self.cut(text)
            singles.update(words)
            pairs.update(zip(words, words[1:], strict=False))
        learned = []
        for (a, b), together in pairs.items():
            if (together >= MIN_COLLOCATION_COUNT and _HAN.fullmatch(a + b) and len(a) >= 2
                    and len(b) >= 2 and together >= MIN_COLLOCATION_SHARE * min(singles[a], singles[b])):
                with self._lock:
                    self._tokenizer.add_word(a + b, freq=together * 100)
                learned.append(a + b)
        return learned

    def analyse(self, essay: Essay, source: Script) -> EssayWords:
        normal, to_normal = normalize(essay.text, source)
        terms = self.cut(normal)
        bounds, at = [0], 0
        for term in terms:
            at += len(term)
            canonical = to_normal.to_canonical(at, end=True)
            if canonical > bounds[-1]:
                bounds.append(canonical)
        if bounds[-1] != len(essay.text):
            bounds.append(len(essay.text))
        return EssayWords(essay.id, normal, to_normal, tuple(bounds), tuple(terms))


def _new_tokenizer(cache_dir: Path) -> Any:
    import jieba  # noqa: PLC0415  (deliberately not on the start-up path)

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(cache_dir)  # not the system temp folder
    tokenizer.initialize()
    return tokenizer


def analyse_library(model: WordModel, library: Library) -> dict[str, EssayWords]:
    """Learn the library's compounds, then segment every essay."""
    sources = {c.id: c.script for c in library.collections}
    essays = library.essays()
    model.learn_compounds([normalize(e.text, sources[e.collection_id])[0] for e in essays])
    return {e.id: model.analyse(e, sources[e.collection_id]) for e in essays}
