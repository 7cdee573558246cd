"""The user's library folder: copies, manifests, stable ids, re-import, removal, parse cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.essay_folder import load_library
from app.core.importers import ImportFailed
from app.core.library import collection_id
from app.store.library_folder import Manifest
from app.store.user_library import UserLibrary, load_user_library, read_import_file
from tests.make_files import make_epub

ROOT = Path(__file__).resolve().parents[2]
NEVER = lambda _m: False  # noqa: E731
ALWAYS = lambda _m: True  # noqa: E731


def chapters(n: int, extra: str = "") -> str:
    return "集\n\n" + "\n\n".join(f"第{i}章\n\n第{i}章的正文{extra}。" for i in range(1, n + 1))


@pytest.fixture
def user(tmp_path: Path) -> UserLibrary:
    return UserLibrary(tmp_path / "data", tmp_path / "cache")


def test_import_copies_the_file_with_a_manifest_so_the_original_can_go(user: UserLibrary,
                                                                       tmp_path: Path) -> None:
    source = tmp_path / "书.txt"
    source.write_text(chapters(3), encoding="utf-8")
    outcome = user.import_data(source.name, source.read_bytes(), reserved=set(), may_update=NEVER)
    source.unlink()
    assert outcome.status == "added" and outcome.manifest is not None
    folder = tmp_path / "data" / "library" / outcome.manifest.id
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["original_name"] == "书.txt" and len(manifest["content_hash"]) == 64
    assert manifest["id"] == "my-书" and manifest["imported"]
    collections, problems = user.load(user.folder.manifests()[0])
    assert problems == [] and [len(c.essays) for c in collections] == [3]
    assert not list((tmp_path / "data" / "library").glob(".incoming-*"))


def test_same_content_is_not_duplicated_and_same_name_updates_when_allowed(user: UserLibrary) -> None:
    first = user.import_data("a.txt", chapters(2).encode(), reserved=set(), may_update=NEVER)
    again = user.import_data("copy.txt", chapters(2).encode(), reserved=set(), may_update=NEVER)
    assert again.status == "unchanged" and "already in the library" in str(again.message)
    refused = user.import_data("a.txt", chapters(3).encode(), reserved=set(), may_update=NEVER)
    assert refused.status == "skipped"
    updated = user.import_data("a.txt", chapters(3).encode(), reserved=set(), may_update=ALWAYS)
    assert updated.status == "updated" and updated.collection is not None
    assert first.manifest is not None and updated.collection.id == first.manifest.id
    assert len(user.folder.manifests()[0]) == 1


def test_ids_never_collide_and_a_removed_collection_gets_its_id_back(user: UserLibrary) -> None:
    one = user.import_data("工匠.txt", chapters(1).encode(), reserved={"my-工匠"}, may_update=NEVER)
    two = user.import_data("工匠.md", b"# x\n\n## a\n\ntext", reserved=set(), may_update=NEVER)
    assert one.manifest and two.manifest
    assert one.manifest.id == "my-工匠-2" and two.manifest.id == "my-工匠"
    user.folder.remove(one.manifest.id)
    back = user.import_data("工匠.txt", chapters(1).encode(), reserved=set(), may_update=NEVER)
    assert back.manifest is not None and back.manifest.id == one.manifest.id


def test_parsed_text_is_cached_by_hash(user: UserLibrary, tmp_path: Path) -> None:
    outcome = user.import_data("a.txt", chapters(2).encode(), reserved=set(), may_update=NEVER)
    assert outcome.manifest is not None
    user.folder.source_path(outcome.manifest).unlink()  # only the cache can answer now
    assert len(user.load_one(outcome.manifest).essays) == 2


def test_a_failed_parse_writes_nothing(user: UserLibrary, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed):
        user.import_data("bad.epub", b"PK\x03\x04 broken", reserved=set(), may_update=NEVER)
    assert user.folder.manifests() == ([], [])


def test_damaged_manifest_is_reported_and_the_others_load(user: UserLibrary, tmp_path: Path) -> None:
    user.import_data("a.txt", chapters(1).encode(), reserved=set(), may_update=NEVER)
    broken = tmp_path / "data" / "library" / "my-b"
    broken.mkdir()
    (broken / "manifest.json").write_text("{not json", encoding="utf-8")
    manifests, problems = user.folder.manifests()
    assert [m.id for m in manifests] == ["my-a"] and "my-b" in str(problems[0])


def test_fifo_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="not a regular file"):
        read_import_file(tmp_path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
        with pytest.raises(ImportFailed, match="not a regular file"):
            read_import_file(tmp_path / "pipe.txt")  # returns at once, never waits for a writer


def test_seed_names_that_clean_up_alike_get_different_stable_ids(tmp_path: Path) -> None:
    names = ["《工匠精神》.txt", "工匠精神.txt", "工匠精神 (1).txt", "工匠精神-1.txt"]
    for name in names:
        (tmp_path / name).write_text(f"{name}\n\n正文。", encoding="utf-8")
    ids = [c.id for c in load_library(tmp_path).collections]
    assert len(set(ids)) == 4
    assert collection_id("工匠精神.txt") == "工匠精神" and collection_id("工匠精神-1.txt") == "工匠精神-1"
    (tmp_path / "工匠精神.txt").unlink()  # another file going away changes no id
    assert {c.id for c in load_library(tmp_path).collections} == set(ids) - {"工匠精神"}


def test_manifest_rejects_wrong_types() -> None:
    with pytest.raises(ValueError):
        Manifest.from_json({"id": 3})


def test_cli_imports_reports_and_fails_per_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    make_epub(tmp_path / "in" / "book.epub", [("第一章", "文字一。"), ("第二章", "文字二。")])
    (tmp_path / "in" / "bad.docx").write_bytes(b"garbage")
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "app", "import", *args, "--data-dir", str(data)],
                              capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=False)

    result = run(str(tmp_path / "in"))
    assert result.returncode == 1
    assert result.stdout == "my-book\t书名\t2\n"
    assert "bad.docx is damaged" in result.stderr
    again = run(str(tmp_path / "in" / "book.epub"))
    assert again.returncode == 0 and again.stdout == "" and "already in the library" in again.stderr
    listing = subprocess.run([sys.executable, "-m", "app", "list", "--data-dir", str(data)],
                             capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=True)
    assert listing.stdout.startswith("书名\t第一章\t4\n")
    library = load_user_library(UserLibrary(data, data / "cache"), ROOT / "seeds", show_samples=False)
    assert [c.id for c in library.collections] == ["my-book"]


ONE_PARAGRAPH = "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。" * 125  # 3,000 characters, no line break


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le", "utf-8", "gb18030", "big5"])
@pytest.mark.parametrize("name", ["one.txt", "UPPER.TXT"])
def test_a_one_paragraph_file_in_any_encoding_is_one_essay_in_seeds_and_import(
    user: UserLibrary, tmp_path: Path, encoding: str, name: str
) -> None:
    text = ONE_PARAGRAPH if encoding != "big5" else "春眠不覺曉，處處聞啼鳥。夜來風雨聲，花落知多少。" * 125
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_bytes(text.encode(encoding))
    library = load_library(seeds)
    assert library.problems == [] and [len(e.text) for e in library.essays()] == [3000]
    outcome = user.import_data(name, text.encode(encoding), reserved=set(), may_update=NEVER)
    assert outcome.status == "added", outcome
    collections, problems = user.load(user.folder.manifests()[0])
    assert problems == [] and [len(e.text) for c in collections for e in c.essays] == [3000]


def age(path: Path, seconds: float) -> None:
    stamp = time.time() - seconds
    for entry in [path, *path.rglob("*")]:
        os.utime(entry, (stamp, stamp), follow_symlinks=False)


def test_the_staging_folder_of_an_interrupted_import_is_removed_when_stale(user: UserLibrary) -> None:
    root = user.folder.root
    root.mkdir(parents=True)
    cut_short, live, theirs = root / ".incoming-abc", root / ".incoming-def", root / ".someone-elses"
    for folder in (cut_short, live, theirs):
        folder.mkdir()
        (folder / "source.txt").write_bytes(b"x" * 1000)
    age(cut_short, 3600)
    age(theirs, 3600)
    age(live, 3600)
    (live / "source.txt").write_bytes(b"still being written")  # a live import beside us
    assert user.folder.remove_interrupted_imports() == [cut_short]
    assert live.exists() and theirs.exists()
