"""The study group's loop with three real processes (issue #23): share → assign → ask in 繁體 →
answer in 简体 → vote → mark answered → digest, checked from each member's side; then the same
with each member on their own copy of the folder, files arriving late, out of order and half."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.core.test_group_processes import ROOT, app, command

ESSAY_FILE = "讀書心得.txt"
ESSAY_TEXT = """讀書心得

第一篇 讀書的方法

讀書要有方法，不能死記硬背。

我們應該先了解全文，再細讀每一段。

第二篇 讀書的樂趣

讀書是一種樂趣，也是一種修養。
"""
QUESTION = "為什麼要先了解全文？"  # 繁體
ANSWER = "因为先有整体印象，细读才有方向。"  # 简体


def as_json(member: Path, *args: str) -> Any:
    return json.loads(app(member, *args))


def fails(member: Path, *args: str) -> str:
    """The error a refused command prints (its exit status must be 1)."""
    result = subprocess.run(command(member, *args), cwd=ROOT, capture_output=True, timeout=120, check=False)
    assert result.returncode == 1, result.stdout
    return result.stderr.decode("utf-8")


def author_id(member: Path) -> str:
    return str(as_json(member, "group", "status")["me"]["author_id"])


def essay_ids(member: Path) -> list[str]:
    collections = as_json(member, "list", "--json")
    return [e["id"] for c in collections if c["id"].startswith("g-") for e in c["essays"]]


def share_text(alice: Path, tmp_path: Path) -> tuple[str, str]:
    """Alice imports a text, highlights in it, shares it: her collection's id, and the group's id
    of its first essay."""
    source = tmp_path / ESSAY_FILE
    source.write_text(ESSAY_TEXT, encoding="utf-8")
    app(alice, "import", str(source))
    collection = next(c for c in as_json(alice, "list", "--json") if c["id"].startswith("my-"))
    own = app(alice, "annotate", collection["essays"][0]["id"], "--quote", "死記硬背", "--note", "我的看法")
    app(alice, "group", "share", collection["id"])
    ids = essay_ids(alice)
    assert len(ids) == 2
    followed = as_json(alice, "notes", "--format", "json")["notes"]
    assert [(n["id"], n["essay"]) for n in followed] == [(own, ids[0])]  # the note followed the text
    return collection["id"], ids[0]


def check_digest(member: Path, question: str, reply: str, voters: int) -> None:
    """The member's digest in 简体: the question answered by the reply, with its votes."""
    digest = as_json(member, "group", "digest", "--format", "json", "--form", "simplified")
    assert digest["open_questions"] == []
    [answered] = digest["answered"]
    assert (answered["id"], answered["answer"], answered["votes"], answered["resolved"]) == (
        question, reply, voters, True)
    assert answered["note"] == "为什么要先了解全文？" and answered["note_original"] == QUESTION
    assert [(r["id"], r["note"], r["is_answer"]) for r in answered["replies"]] == [(reply, ANSWER, True)]


def test_the_whole_loop_from_each_members_side(tmp_path: Path) -> None:
    folder, alice, bob, chen = (tmp_path / n for n in ("shared", "alice", "bob", "chen"))
    app(alice, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(bob, "group", "join", str(folder), "--member", "Bob")
    app(chen, "group", "join", str(folder), "--member", "陳")
    collection, essay = share_text(alice, tmp_path)
    assert essay_ids(bob) == essay_ids(chen) == essay_ids(alice)  # the same essay ids for everyone
    app(alice, "assign", essay, "--due", "2026-12-12", "--question", "作者主張什麼讀書方法？")
    for member in (alice, bob, chen):
        listed = as_json(member, "assignments", "--format", "json")
        assert listed["facilitator"] == author_id(alice)
        [assignment] = listed["assignments"]
        assert (assignment["essays"], assignment["due"], assignment["by_facilitator"]) == (
            [essay], "2026-12-12", True)
    in_chinese = subprocess.run(command(chen, "assignments"), cwd=ROOT, capture_output=True, timeout=120,
                                check=True, env={**os.environ, "LANG": "zh_TW.UTF-8"}).stdout.decode("utf-8")
    assert "截止 2026-12-12" in in_chinese and "（帶領人）" in in_chinese  # in the reader's language
    question = app(chen, "annotate", essay, "--quote", "細讀每一段", "--kind", "question", "--note", QUESTION)
    reply = app(bob, "annotate", "--reply-to", question, "--note", ANSWER)
    app(alice, "notes", "vote", question)
    assert "already" in app(alice, "notes", "vote", question)  # once per member
    app(bob, "notes", "vote", question)
    assert "Only the one who asked" in fails(alice, "notes", "answer", question, reply)
    app(chen, "notes", "answer", question, reply)
    app(chen, "notes", "resolve", question)
    assignment = assignment["id"]
    rows = list(csv.DictReader(io.StringIO(app(bob, "group", "digest", "--assignment", assignment,
                                               "--format", "csv"))))
    assert [(r["section"], r["id"], r["answer"]) for r in rows] == [
        ("answered", question, reply), ("answered", reply, "True")]
    for member in (alice, bob, chen):
        check_digest(member, question, reply, voters=2)
        [thread] = [n for n in as_json(member, "notes", "--format", "json")["notes"] if n["id"] == question]
        assert (thread["kind"], thread["votes"], thread["answer"], thread["resolved"]) == (
            "question", 2, reply, True)
    markdown = app(bob, "notes")
    assert "question · 2 agree · answered · resolved" in markdown and "**answer**" in markdown
    app(alice, "group", "unshare", collection)
    assert essay_ids(bob) == []  # taken out for everyone; the notes on it are never lost
    assert question in {n["id"] for n in as_json(bob, "notes", "--format", "json")["notes"]}


def deliver(member_folder: Path, author: str, to: Path, *, partial: bool = False,
            essays: bool = False) -> None:
    """A sync tool bringing one member's files (and essays/) into another member's copy of the
    folder; `partial`: each file only half there yet."""
    source = member_folder / "members" / author
    target = to / "members" / author
    target.mkdir(parents=True, exist_ok=True)
    for path in source.glob("*.json"):
        data = path.read_bytes()
        (target / path.name).write_bytes(data[: len(data) // 2] if partial else data)
    if essays:
        shutil.copytree(member_folder / "essays", to / "essays", dirs_exist_ok=True)


def test_the_loop_across_late_out_of_order_and_half_synced_files(tmp_path: Path) -> None:
    alice, bob, chen = (tmp_path / n for n in ("alice", "bob", "chen"))
    places = {m: tmp_path / f"{m.name}-folder" for m in (alice, bob, chen)}
    app(alice, "group", "create", str(places[alice]), "--name", "讀書會", "--member", "Alice")
    for member, name in ((bob, "Bob"), (chen, "陳")):
        shutil.copytree(places[alice], places[member])
        app(member, "group", "join", str(places[member]), "--member", name)
    ids = {m: author_id(m) for m in (alice, bob, chen)}

    def sync(source: Path, *targets: Path, partial: bool = False, essays: bool = False) -> None:
        for target in targets:
            deliver(places[source], ids[source], places[target], partial=partial, essays=essays)

    _collection, essay = share_text(alice, tmp_path)
    app(alice, "assign", essay, "--due", "2026-12-12")
    sync(alice, bob, chen, essays=True)
    question = app(chen, "annotate", essay, "--quote", "細讀每一段", "--kind", "question", "--note", QUESTION)
    sync(chen, bob)
    reply = app(bob, "annotate", "--reply-to", question, "--note", ANSWER)
    app(bob, "notes", "vote", question)
    sync(bob, chen)
    app(chen, "notes", "answer", question, reply)
    app(chen, "notes", "resolve", question)
    sync(chen, alice, partial=True)  # the asker's file only half there at Alice's yet
    result = subprocess.run(command(alice, "group", "digest", "--format", "json"), cwd=ROOT,
                            capture_output=True, timeout=120, check=False)
    assert result.returncode == 0 and b"skipped until it is whole" in result.stderr
    assert json.loads(result.stdout)["answered"] == []
    sync(chen, alice)  # the question and its marks arrive before the reply they point at
    early = as_json(alice, "group", "digest", "--format", "json")
    [waiting] = early["answered"]  # resolved by the asker; the answer is not here yet
    assert (waiting["id"], waiting["answer"], waiting["replies"]) == (question, None, [])
    sync(bob, alice)  # now the reply and Bob's vote
    app(alice, "notes", "vote", question)
    sync(alice, bob, chen)
    sync(chen, bob)  # the asker's marks reach Bob last
    for member in (alice, bob, chen):
        check_digest(member, question, reply, voters=2)
