"""Words benchmark: search latency on the seeds and on a generated 5-million-character
library, index build time and memory.

    python -m tests.benchmarks.bench_words [--chars 5000000]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from app.core.essay_folder import load_library
from app.core.library import Collection, Essay, Library
from app.core.search import LibraryIndex
from app.core.words import WordModel, analyse_library
from app.paths import seeds_dir
from tests.benchmarks.common import report

QUERIES = ["精益求精", "工匠", "黨員幹部", "工匠精神", "创新", "審計人員", "匠心筑梦", "高铁 研磨"]
ESSAY_CHARS = 2000


def rss_mb() -> float:
    """Resident memory of this process (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def generated_library(seed_library: Library, chars: int, seed: int = 11) -> Library:
    """Essays of shuffled seed sentences, in both collections' scripts."""
    rng = random.Random(seed)
    collections = []
    for c_number, source in enumerate(seed_library.collections):
        sentences = [s for e in source.essays for s in re.findall(r"[^。！？]+[。！？]", e.text)]
        essays, total = [], 0
        while total < chars // len(seed_library.collections):
            text, paragraphs = "", []
            while len(text) < ESSAY_CHARS:
                paragraph = "".join(rng.choice(sentences) for _ in range(rng.randint(3, 8)))
                paragraphs.append(paragraph)
                text = "\n".join(paragraphs)
            cid = f"gen{c_number}"
            essays.append(Essay(f"{cid}#{len(essays) + 1}", len(essays) + 1, f"第{len(essays) + 1}篇",
                                f"第{len(essays) + 1}篇", text, cid))
            total += len(text)
        collections.append(Collection(f"gen{c_number}", source.title, source.script, tuple(essays),
                                      f"gen{c_number}.txt"))
    return Library(collections)


def latency_ms(index: LibraryIndex, runs: int = 7) -> tuple[float, float]:
    """Median and worst median over the queries."""
    medians = []
    for query in QUERIES:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(times))
    return statistics.median(medians), max(medians)


def build(model: WordModel, library: Library) -> tuple[LibraryIndex, float, float]:
    before = rss_mb()
    start = time.perf_counter()
    index = LibraryIndex(analyse_library(model, library).values(), model.cut)
    return index, (time.perf_counter() - start) * 1000, rss_mb() - before


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=5_000_000)
    options = parser.parse_args()
    seeds = load_library(seeds_dir())
    with tempfile.TemporaryDirectory() as cache:
        model = WordModel(Path(cache))
        start = time.perf_counter()
        model.load()
        load_ms = (time.perf_counter() - start) * 1000
        seed_index, seed_build, _ = build(model, seeds)
        seed_median, seed_worst = latency_ms(seed_index)
        big = generated_library(seeds, options.chars)
        size = sum(len(e.text) for e in big.essays())
        big_index, big_build, big_mb = build(model, big)
        big_median, big_worst = latency_ms(big_index, runs=3)
    report("words", [
        ("jieba load and initialise (background)", load_ms, "ms", ""),
        ("seeds: index build", seed_build, "ms", ""),
        ("seeds: search, median over queries", seed_median, "ms", "< 10"),
        ("seeds: search, slowest query", seed_worst, "ms", "< 10"),
        (f"generated library: {size / 1e6:.1f} M characters, {len(big.essays())} essays", size / 1e6,
         "M chars", ""),
        ("generated: index build", big_build, "ms", ""),
        ("generated: index memory (RSS growth)", big_mb, "MB", ""),
        ("generated: search, median over queries", big_median, "ms", "< 150"),
        ("generated: search, slowest query", big_worst, "ms", "< 150"),
    ])


if __name__ == "__main__":
    main()
