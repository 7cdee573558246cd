"""What start-up keeps on disk: jieba's cut of each text."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.library import Library
from app.services import word_worker
from app.services.words import WordsService


def test_cached_cuts_need_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["工匠精神", "精益求精"]
    started = []

    def fake_worker(cache_dir: Path, missing: dict[str, str], _cancelled: object) -> None:
        started.append(sorted(missing.values()))
        for key, text in missing.items():
            folder = word_worker.cache_folder(cache_dir)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{key}.json").write_text(
                f'{{"terms": ["{text[:2]}", "{text[2:]}"], "idf": {{}}, "default_idf": 9.0}}',
                encoding="utf-8")

    monkeypatch.setattr("app.services.word_worker.cut_in_worker", fake_worker)
    service = WordsService(Library(), tmp_path)
    assert [cut.terms for cut in service._cuts(texts, lambda: False)] == [  # noqa: SLF001
        ["工匠", "精神"], ["精益", "求精"]]
    assert started == [texts]
    service._cuts(texts, lambda: False)  # noqa: SLF001
    assert len(started) == 1  # the second time, straight from the cache
