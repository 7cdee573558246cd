"""The headless commands, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=60, env={**os.environ, **(env or {})},
                          check=False)


def test_list_prints_one_line_per_essay() -> None:
    result = run("list")
    lines = result.stdout.decode("utf-8").splitlines()
    assert result.returncode == 0 and len(lines) == 27
    collection, title, chars = lines[0].split("\t")
    assert collection == "學習工匠精神心得感悟（通用15篇）"
    assert title == "學習工匠精神心得感悟 篇1"
    assert int(chars) > 1000


def test_list_json_has_the_canonical_text() -> None:
    result = run("list", "--json")
    collections = json.loads(result.stdout)
    assert [c["script"] for c in collections] == ["hongkong", "simplified"]
    essay = collections[1]["essays"][0]
    assert set(essay) == {"id", "title", "chars", "text"}
    assert essay["text"].startswith("习近平总书记强调")
    assert sum(len(c["essays"]) for c in collections) == 27


def test_convert_reads_stdin_and_writes_stdout() -> None:
    result = run("convert", "--to", "taiwan", stdin="我的软件和U盘\n".encode())
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == "我的軟體和隨身碟\n"
    hk = run("convert", "--to", "traditional", "--from", "hongkong", stdin="説衞".encode())
    assert hk.stdout.decode("utf-8") == "說衛"


def test_convert_detects_the_source_script() -> None:
    result = run("convert", "--to", "simplified", stdin="這個説法很衞生，着實不錯。".encode())
    assert result.stdout.decode("utf-8") == "这个说法很卫生，着实不错。"


def test_bad_option_exits_2_with_a_clear_message() -> None:
    result = run("convert", "--to", "klingon")
    assert result.returncode == 2
    assert "invalid choice: 'klingon'" in result.stderr.decode()


def test_binary_input_is_refused() -> None:
    result = run("convert", "--to", "simplified", stdin=b"\x00\x01\x02\x03")
    assert result.returncode == 1 and "binary" in result.stderr.decode()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("Jiangxin Reader 0.")


def test_smoke_renders_the_first_essay(tmp_path: Path) -> None:
    result = run("--smoke", "--data-dir", str(tmp_path), env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out.startswith("smoke: ok, 27 essays") and " ms" in out
    assert list(tmp_path.iterdir()) == []  # a smoke run writes nothing


def test_notes_command_prints_the_export(tmp_path: Path) -> None:
    from app.core.essay_folder import load_library
    from app.core.notes import new_annotation
    from app.paths import seeds_dir

    essay = load_library(seeds_dir()).collections[1].essays[0]
    note = new_annotation(essay.id, essay.text, 0, 6, color="blue", author="小李", note="开头很有力")
    (tmp_path / "store.json").write_text(json.dumps(
        {"schema": 2, "prefs": {"form": "taiwan"}, "annotations": [note.to_json()], "bookmarks": []}),
        encoding="utf-8")
    markdown = run("notes", "--data-dir", str(tmp_path), env={"LANG": "C"})
    text = markdown.stdout.decode("utf-8")
    assert markdown.returncode == 0
    assert f"> {essay.text[:6]}".replace("习近平总书记", "習近平總書記") in text
    assert "- paragraph 1 · blue · 小李 · " in text and "- 开头很有力" in text
    as_json = json.loads(run("notes", "--format", "json", "--data-dir", str(tmp_path)).stdout)
    assert as_json["annotations"][0]["id"] == note.id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json"]  # read, never written


def test_search_command_ranks_across_scripts(tmp_path: Path) -> None:
    result = run("search", "黨員幹部", "--json", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert {h["id"].split("#")[0] for h in hits} == {"000_3fd34f9ad9cd41d9", "003_89b4e35373dd5528"}
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert hits[0]["snippet"]["match"] in {"党员干部", "黨員幹部"}
    lines = run("search", "精益求精", "--form", "taiwan", "--data-dir", str(tmp_path)).stdout.decode()
    assert "【精益求精】" in lines and "首屆大國工匠" in lines
    assert (tmp_path / "cache" / "jieba.cache").exists()  # jieba's cache in the app's folder


def test_a_listing_piped_into_a_reader_that_stops_early_ends_quietly() -> None:
    """`python -m app list --json | head -c 1`: no traceback when the pipe closes."""
    process = subprocess.Popen([sys.executable, "-m", "app", "list", "--json"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(1)
    process.stdout.close()  # the reader goes away while the listing is still being written
    errors = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in errors


def test_the_window_s_arguments_read_alike_by_the_quick_parser_and_the_whole_one() -> None:
    import argparse  # noqa: PLC0415

    from app.cli.parser import COMMANDS, build_parser, parse_arguments  # noqa: PLC0415

    whole = build_parser()
    commands = next(a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == COMMANDS  # a new command must join COMMANDS
    for argv in ([], ["--smoke"], ["--data-dir", "d", "--open", "jx-1#2"], ["--open=篇1", "--smoke"]):
        assert vars(parse_arguments(argv)) == vars(whole.parse_args(argv))
    assert parse_arguments(["--data-dir", "d", "list", "--json"]).command == "list"
