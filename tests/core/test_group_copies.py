"""One member, two computers from one data folder, a sync tool between them: nothing lost or revived.

Each computer has its own copy of the group folder; `Syncthing` below copies files between them
the way a sync tool does, and when both sides changed one file it keeps the newer and leaves the
other as `<name>.sync-conflict-<date>-<time>-<device>.json`, as Syncthing names it. Another
computer is played by another machine id (the variable the machine helper reads for tests).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.store.machine import MACHINE_ID_FOR_TESTS

ROOT = Path(__file__).resolve().parents[2]
ESSAY = "000_3fd34f9ad9cd41d9#1"
COMPUTERS = {"alice": "computer-1", "alice-restored": "computer-1", "alice2": "computer-2",
             "bob": "computer-b"}


def app(member: Path, *args: str) -> str:
    env = {**os.environ, "LANG": "C.UTF-8", MACHINE_ID_FOR_TESTS: COMPUTERS[member.name]}
    result = subprocess.run([sys.executable, "-m", "app", *args, "--data-dir", str(member)], cwd=ROOT,
                            capture_output=True, timeout=120, check=False, env=env)
    assert result.returncode == 0, result.stderr.decode("utf-8")
    return result.stdout.decode("utf-8").strip()


def seen(member: Path) -> set[str]:
    return {n["id"] for n in json.loads(app(member, "notes", "--format", "json"))["notes"]}


def profile(member: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((member / "store.json").read_text(encoding="utf-8"))["profile"]
    return data


class Syncthing:
    """Copies every file of the group folders to the others, newest first; a file both sides
    changed since the last sync keeps the newer version and leaves the other as a conflict copy."""

    def __init__(self, *folders: Path) -> None:
        self.folders = folders
        self.synced: dict[Path, bytes] = {}  # relative path → the content every folder agreed on
        self.conflicts: list[str] = []

    def sync(self) -> None:
        names = sorted({p.relative_to(f) for f in self.folders for p in f.rglob("*") if p.is_file()})
        for name in names:
            self._sync_file(name)

    def _sync_file(self, name: Path) -> None:
        held = {f: f / name for f in self.folders if (f / name).is_file()}
        changed = {f: p for f, p in held.items() if p.read_bytes() != self.synced.get(name)}
        if not changed:
            return
        winner = max(changed.values(), key=lambda p: p.stat().st_mtime_ns)
        for loser in changed.values():
            if loser.read_bytes() != winner.read_bytes():
                self._keep_as_conflict(loser, name)
        content = winner.read_bytes()
        for folder in self.folders:
            self._write(folder / name, content)
        self.synced[name] = content

    def _keep_as_conflict(self, loser: Path, name: Path) -> None:
        conflict = name.with_name(f"{name.stem}.sync-conflict-20260102-030405-ABCDEFG{name.suffix}")
        content = loser.read_bytes()
        for folder in self.folders:
            self._write(folder / conflict, content)
        self.synced[conflict] = content
        self.conflicts.append(conflict.name)

    @staticmethod
    def _write(path: Path, content: bytes) -> None:
        if path.is_file() and path.read_bytes() == content:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".syncthing.{path.name}.tmp")
        temporary.write_bytes(content)
        temporary.replace(path)


def point_at(member: Path, folder: Path) -> None:
    """The group folder on this computer (a copied data folder names the other computer's)."""
    store = member / "store.json"
    data = json.loads(store.read_text(encoding="utf-8"))
    data["group"]["folder"] = str(folder)
    store.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_data_folder_copied_to_a_second_computer(tmp_path: Path) -> None:
    g1, g2, gb = (tmp_path / n for n in ("share-1", "share-2", "share-b"))
    alice, alice2, bob = (tmp_path / n for n in ("alice", "alice2", "bob"))
    for folder in (g2, gb):
        folder.mkdir()
    tool = Syncthing(g1, g2, gb)
    app(alice, "group", "create", str(g1), "--name", "讀書會", "--member", "Alice")
    tool.sync()
    app(bob, "group", "join", str(gb), "--member", "Bob")
    first = app(alice, "annotate", ESSAY, "--quote", "工匠精神", "--note", "一")
    tool.sync()
    shutil.copytree(alice, alice2)  # the same data folder on a second computer
    point_at(alice2, g2)

    # paused: notes on both computers, a deletion on one
    on_1 = app(alice, "annotate", ESSAY, "--quote", "时代的进步", "--note", "電腦一")
    on_2 = app(alice2, "annotate", ESSAY, "--quote", "供給側", "--note", "電腦二")
    app(alice2, "notes", "delete", first)
    assert profile(alice2)["device_id"] != profile(alice)["device_id"]
    assert profile(alice2)["former_devices"] == [{"id": profile(alice)["device_id"],
                                                  "place": profile(alice)["device_place"]}]
    tool.sync()
    later_1 = app(alice, "annotate", ESSAY, "--quote", "大勢所趨")  # each computer's next change
    tool.sync()
    later_2 = app(alice2, "annotate", ESSAY, "--quote", "工匠精神", "--note", "再")
    tool.sync()

    every = {on_1, on_2, later_1, later_2}
    for member in (alice, alice2, bob):
        assert seen(member) == every, member.name
    assert tool.conflicts == []  # each computer writes a file of its own


def test_a_restored_backup_and_a_conflict_copy_of_ones_own_file(tmp_path: Path) -> None:
    g1, gb = tmp_path / "share-1", tmp_path / "share-b"
    alice, bob = tmp_path / "alice", tmp_path / "bob"
    gb.mkdir()
    tool = Syncthing(g1, gb)
    app(alice, "group", "create", str(g1), "--name", "讀書會", "--member", "Alice")
    tool.sync()
    app(bob, "group", "join", str(gb), "--member", "Bob")
    gone = app(alice, "annotate", ESSAY, "--quote", "工匠精神", "--note", "舊")
    tool.sync()
    backup = tmp_path / "backup"
    shutil.copytree(alice, backup)
    own = g1 / "members" / str(profile(alice)["author_id"]) / f"{profile(alice)['device_id']}.json"
    stale = own.read_bytes()
    kept = app(alice, "annotate", ESSAY, "--quote", "时代的进步")
    tool.sync()
    app(alice, "notes", "delete", gone)
    # meanwhile an old copy of Alice's file comes back on Bob's computer (his share restored from
    # a backup), newer on disk than her deletion: it wins, her file becomes the conflict copy
    (gb / own.relative_to(g1)).write_bytes(stale)
    tool.sync()
    assert tool.conflicts == [f"{own.stem}.sync-conflict-20260102-030405-ABCDEFG.json"]

    restored = tmp_path / "alice-restored"  # the data folder lost, its backup restored (same machine)
    shutil.copytree(backup, restored)
    after = app(restored, "annotate", ESSAY, "--quote", "供給側")
    assert profile(restored)["device_id"] != profile(alice)["device_id"]
    tool.sync()
    for member in (alice, restored, bob):
        assert seen(member) == {kept, after}, member.name
