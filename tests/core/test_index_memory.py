"""The word index lives as long as the window: what it keeps stays small (issue 21, point 3)."""

from __future__ import annotations

import gc
import tracemalloc

from app.core import script
from app.core.library import Library
from app.core.search import LibraryIndex
from app.core.words import assemble_words, prepare_library


def test_the_seed_library_index_keeps_under_a_megabyte(library: Library) -> None:
    prepared = prepare_library(library)
    cuts = [[normal[i:i + 2] for i in range(0, len(normal), 2)] for _essay, normal, _map in prepared]
    words = assemble_words(prepared, cuts)
    tracemalloc.start()
    try:
        index = LibraryIndex(words.values())
        gc.collect()
        kept, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept < 1_000_000  # 2.7 MB with a dict per word and a set of shingles per essay
    essay_id = prepared[0][0].id
    assert index.related(essay_id) and index.search(words[essay_id].terms[0])


def test_script_detection_counts_exactly_the_characters_each_table_changes() -> None:
    tables = script.TABLES.tables()
    for name in script._DETECTION_TABLES:  # noqa: SLF001
        entries = tables.table(f"{name}.txt").entries
        changed = "".join(c for c in map(chr, range(0x3400, 0xA000)) if entries.get(c) not in (None, c))
        assert script._hits(changed + "，abc。" + changed, name) == 2 * len(changed), name  # noqa: SLF001
