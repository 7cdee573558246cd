"""Three members, three real processes, one group folder: nothing lost, nothing resurrected."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ESSAY = "000_3fd34f9ad9cd41d9#1"  # Hong Kong traditional text
# The same command line, in a process whose clock runs a day ahead.
SKEWED = """
import sys
from datetime import datetime, timedelta
import app.core.notes as notes
class Ahead(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.now(tz) + timedelta(days=1)
notes.datetime = Ahead
from app.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def command(member: Path, *args: str, skewed: bool = False) -> list[str]:
    head = [sys.executable, "-c", SKEWED] if skewed else [sys.executable, "-m", "app"]
    return [*head, *args, "--data-dir", str(member)]


def app(member: Path, *args: str, skewed: bool = False) -> str:
    result = subprocess.run(command(member, *args, skewed=skewed), cwd=ROOT, capture_output=True,
                            timeout=120, check=False, env={**os.environ, "LANG": "C.UTF-8"})
    assert result.returncode == 0, result.stderr.decode("utf-8")
    return result.stdout.decode("utf-8").strip()


def seen(member: Path) -> dict[str, dict[str, object]]:
    """Every thread the member sees, by note id."""
    return {n["id"]: n for n in json.loads(app(member, "notes", "--format", "json"))["notes"]}


@pytest.fixture
def group(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    folder, a, b, c = (tmp_path / n for n in ("shared", "alice", "bob", "chen"))
    app(a, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(b, "group", "join", str(folder), "--member", "Bob")
    app(c, "group", "join", str(folder), "--member", "陳")
    return folder, a, b, c


def test_concurrent_notes_replies_and_deletions_reach_everyone(group: tuple[Path, Path, Path, Path]) -> None:
    folder, a, b, c = group
    quotes = {a: "工匠精神", b: "时代的进步", c: "供給側"}  # simplified and traditional forms both match
    runs = {m: subprocess.Popen(command(m, "annotate", ESSAY, "--quote", q, "--note", f"{m.name}說"),
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for m, q in quotes.items()}
    ids = {}
    for member, run in runs.items():
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode("utf-8")
        ids[member] = out.decode().strip()
    for member in (a, b, c):
        assert set(seen(member)) == set(ids.values())
    private = app(a, "annotate", ESSAY, "--quote", "大勢所趨", "--private")
    assert private in seen(a) and private not in seen(b)

    reply = app(b, "annotate", "--reply-to", ids[a], "--note", "同意")
    thread = seen(c)[ids[a]]
    assert [(r["id"], r["author"], r["note"]) for r in thread["replies"]] == [(reply, "Bob", "同意")]
    assert thread["author"] == "Alice" and thread["quote"] == "工匠精神"

    before = {p: p.read_bytes() for p in (folder / "members").rglob("*.json")}
    app(a, "notes", "delete", ids[a])
    assert ids[a] not in seen(b) and ids[a] not in seen(c)
    assert reply in seen(c)  # Bob's reply is his: it outlives the note it answered
    changed = {p for p in (folder / "members").rglob("*.json") if before.get(p) != p.read_bytes()}
    assert [p.parent.name for p in changed] == [a_id(a)]  # each device writes only its own file
    failed = subprocess.run(command(b, "notes", "delete", ids[c]), cwd=ROOT, capture_output=True,
                            timeout=120, check=False)
    assert failed.returncode == 1 and b"only its author" in failed.stderr


def a_id(member: Path) -> str:
    return str(json.loads((member / "store.json").read_text(encoding="utf-8"))["profile"]["author_id"])


def own_file(member: Path, folder: Path) -> Path:
    profile = json.loads((member / "store.json").read_text(encoding="utf-8"))["profile"]
    return folder / "members" / profile["author_id"] / f"{profile['device_id']}.json"


def test_a_stale_conflict_copy_does_not_bring_a_deleted_note_back(
        group: tuple[Path, Path, Path, Path]) -> None:
    folder, a, b, _c = group
    note = app(a, "annotate", ESSAY, "--quote", "工匠精神", "--note", "舊")
    path = own_file(a, folder)
    stale = path.with_name(f"{path.stem}.sync-conflict-20260101-101010-ABCDEFG.json")
    shutil.copy2(path, stale)
    dropbox = path.with_name(f"{path.stem} (Bob's conflicted copy 2026-01-01).json")
    shutil.copy2(path, dropbox)
    app(a, "notes", "delete", note)
    assert note not in seen(b)
    assert stale.exists() and dropbox.exists()  # nobody removes or rewrites another's file


def test_a_half_synced_file_is_skipped_and_left_alone(group: tuple[Path, Path, Path, Path]) -> None:
    folder, a, b, c = group
    kept = app(a, "annotate", ESSAY, "--quote", "工匠精神")
    app(c, "annotate", ESSAY, "--quote", "供給側")
    path = own_file(c, folder)
    half = path.read_bytes()[:-40]
    path.write_bytes(half)
    (path.parent / f".syncthing.{path.name}.tmp").write_bytes(b'{"format": "jiangxin-reader-member", "no')
    result = subprocess.run(command(b, "notes", "--format", "json"), cwd=ROOT, capture_output=True,
                            timeout=120, check=False)
    assert result.returncode == 0
    assert [n["id"] for n in json.loads(result.stdout)["notes"]] == [kept]
    assert b"skipped until it is whole" in result.stderr
    app(b, "annotate", "--reply-to", kept, "--note", "好")
    assert path.read_bytes() == half


def test_a_member_whose_clock_runs_ahead(group: tuple[Path, Path, Path, Path]) -> None:
    folder, a, b, c = group
    ahead = app(c, "annotate", ESSAY, "--quote", "供給側", "--note", "明天寫的", skewed=True)
    note = seen(a)[ahead]
    assert note["modified"] > datetime.now(UTC).isoformat()  # as written
    members = {m["name"]: m for m in json.loads(app(a, "group", "status"))["members"]}
    assert members["陳"]["last_activity"] <= datetime.now(UTC).isoformat()  # clamped to now
    reply = app(b, "annotate", "--reply-to", ahead, "--note", "今天回")
    assert [r["id"] for r in seen(a)[ahead]["replies"]] == [reply]
    app(c, "notes", "delete", ahead)  # from the same member's machine, clock set right again
    assert ahead not in seen(a) and ahead not in seen(b)


def test_notes_travel_by_email_as_json_ld(tmp_path: Path) -> None:
    alice, outsider = tmp_path / "alice", tmp_path / "outsider"
    note = app(alice, "annotate", ESSAY, "--quote", "工匠精神", "--note", "寄給你", "--tags", "論點")
    exported = tmp_path / "notes.jsonld"
    exported.write_text(app(alice, "notes", "--format", "jsonld"), encoding="utf-8")
    # Alice's note is not the outsider's to publish: skipped, unless taken as the outsider's own
    assert app(outsider, "notes", "import", str(exported)).endswith("Skipped 1 by other authors "
                                                                    "(--as-mine imports them as your own).")
    assert app(outsider, "notes", "import", str(exported), "--as-mine") == "Imported 1 of 1 notes."
    assert app(outsider, "notes", "import", str(exported), "--as-mine") == "Imported 0 of 1 notes."
    (only,) = json.loads(app(outsider, "notes", "--format", "json"))["notes"]
    assert (only["note"], only["tags"], only["mine"]) == ("寄給你", ["論點"], True) and only["id"] != note
