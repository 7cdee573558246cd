"""jieba in a worker process, its results kept on disk by text hash.

jieba's dictionary is about 100 MB of Python objects and takes most of a second to load
while holding the interpreter lock. The window never loads it: texts it has not seen are
cut by a short-lived worker process (the spawn method, so it shares nothing with Qt), which
writes one small JSON file per text. Next time the window reads those files and starts
no worker at all.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.hashing import sha256_hex

log = logging.getLogger(__name__)

CACHE_VERSION = "words-1"  # change when the cut or the file format changes
POLL_SECONDS = 0.05
STALE_PENDING_SECONDS = 600  # a live worker reads its file within seconds


@dataclass(frozen=True)
class CutText:
    """A text's words (jieba's cut, before the library's compounds are joined) and the
    general-corpus IDF of those words."""

    terms: list[str]
    idf: dict[str, float]
    default_idf: float  # the table's mean, for words it lacks


class WorkerFailed(Exception):
    """The worker process ended without writing its results."""


def text_key(text: str) -> str:
    return sha256_hex(text.encode("utf-8"))[:32]


def cache_folder(cache_dir: Path) -> Path:
    return cache_dir / CACHE_VERSION


def read_cached(cache_dir: Path, key: str, words: dict[str, str] | None = None) -> CutText | None:
    """The cached cut of the text with hash `key`; None when missing or unreadable.

    `words` holds one string per word for every text read with it: each text's copies are
    let go as it is read, not all at once at the end, when they would leave thousands of
    holes between the strings the window keeps.
    """
    shared = {} if words is None else words
    try:
        data = json.loads((cache_folder(cache_dir) / f"{key}.json").read_text(encoding="utf-8"))
        return CutText([shared.setdefault(term, term) for term in data["terms"]],
                       {shared.setdefault(term, term): float(value) for term, value in data["idf"].items()},
                       float(data["default_idf"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def cut_in_worker(cache_dir: Path, texts: dict[str, str], cancelled: Callable[[], bool]) -> None:
    """Cut `texts` (key → text) in a worker process that caches each result; blocks until done.

    Raises Cancelled-like `InterruptedError` when `cancelled()` turns true (the worker is
    stopped at once), and WorkerFailed when the worker dies.
    """
    import multiprocessing  # noqa: PLC0415  (not on the start-up path)

    context = multiprocessing.get_context("spawn")
    # The texts go through a file: a large argument is piped to the worker while it starts,
    # and a window closing meanwhile would leave it reading half a message.
    folder = cache_folder(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_pending(folder)
    handle, name = tempfile.mkstemp(prefix="pending-", suffix=".json", dir=folder)
    with os.fdopen(handle, "w", encoding="utf-8") as pending:
        json.dump(texts, pending, ensure_ascii=False)
    worker = context.Process(target=cut_to_cache, args=(str(cache_dir), name), name="jieba", daemon=True)
    try:
        worker.start()
        while worker.is_alive():
            if cancelled():
                raise InterruptedError
            worker.join(POLL_SECONDS)
    finally:
        if worker.is_alive():
            worker.terminate()
            worker.join(1)
        Path(name).unlink(missing_ok=True)
    # ended on purpose: the window closed, or the interpreter is exiting (multiprocessing
    # then terminates its workers) or the system is shutting down
    if cancelled() or worker.exitcode == -signal.SIGTERM:
        raise InterruptedError
    if worker.exitcode != 0:
        raise WorkerFailed(f"the word worker ended with code {worker.exitcode}")


def _remove_stale_pending(folder: Path) -> None:
    """Texts left behind by a worker that never started (the app ended at that moment)."""
    now = time.time()
    for path in folder.glob("pending-*.json"):
        try:
            if now - path.stat().st_mtime > STALE_PENDING_SECONDS:
                path.unlink()
        except OSError:
            continue  # another instance is tidying up too


def cut_to_cache(cache_dir: str, pending: str) -> None:
    """In the worker process: cut each text of the `pending` file (key → text) with jieba and
    write its cache file."""
    import jieba  # noqa: PLC0415  (only ever in the worker)

    from app.store.atomic import atomic_write_bytes  # noqa: PLC0415

    started = time.perf_counter()
    texts: dict[str, str] = json.loads(Path(pending).read_text(encoding="utf-8"))
    Path(pending).unlink(missing_ok=True)
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.tmp_dir = str(folder)  # jieba's own dictionary cache: not the system temp folder
    tokenizer.initialize()
    general = _general_idf(Path(jieba.__file__).parent / "analyse" / "idf.txt")
    default = sum(general.values()) / len(general) if general else 0.0
    for key, text in texts.items():
        terms = list(tokenizer.cut(text, HMM=True))
        idf = {term: general[term] for term in set(terms) if term in general}
        data = json.dumps({"terms": terms, "idf": idf, "default_idf": default},
                          ensure_ascii=False).encode("utf-8")
        atomic_write_bytes(cache_folder(folder) / f"{key}.json", data)
    log.info("cut %d texts in %.1f s", len(texts), time.perf_counter() - started)


def _general_idf(path: Path) -> dict[str, float]:
    """jieba's IDF table from a general corpus, to steady keyword weights of rare words."""
    table: dict[str, float] = {}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            word, _, value = line.partition(" ")
            if value:
                table[word] = float(value)
    except (OSError, ValueError):
        log.warning("jieba's IDF table could not be read; keywords use the library alone")
    return table
