"""The rest of the group's life: colours apart in join order and one's own choice shown to all,
and leaving says whether one's shared notes stay or are withdrawn (real processes, a real folder)."""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path

from app.core.notes import MEMBER_COLORS, join_color
from tests.core.test_group_processes import ESSAY, ROOT, app, command, seen


def grey(color: str) -> float:
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue


def test_the_first_twelve_colours_stay_apart_in_colour_and_in_greyscale() -> None:
    assert len(set(MEMBER_COLORS)) == 12
    for a, b in itertools.combinations(MEMBER_COLORS, 2):
        assert abs(grey(a) - grey(b)) >= 12, (a, b)
    assert all(40 <= grey(c) <= 200 for c in MEMBER_COLORS)  # seen on light and dark pages
    taken: list[str] = []
    for _ in range(12):
        taken.append(join_color(taken))
    assert taken == list(MEMBER_COLORS)


def test_members_get_colours_in_join_order_and_choose_their_own(tmp_path: Path) -> None:
    folder, a, b, c = (tmp_path / n for n in ("shared", "alice", "bob", "chen"))
    app(a, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(b, "group", "join", str(folder), "--member", "Bob")
    app(c, "group", "join", str(folder), "--member", "陳")
    colors = {m["name"]: m["color"] for m in json.loads(app(a, "group", "status"))["members"]}
    assert colors == {"Alice": MEMBER_COLORS[0], "Bob": MEMBER_COLORS[1], "陳": MEMBER_COLORS[2]}
    assert app(b, "group", "color", "#123ABC") == "The group now shows you in #123abc."
    colors = {m["name"]: m["color"] for m in json.loads(app(c, "group", "status"))["members"]}
    assert colors["Bob"] == "#123abc"


def test_leaving_withdraws_or_keeps_ones_shared_notes_as_asked(tmp_path: Path) -> None:
    folder, a, b, c = (tmp_path / n for n in ("shared", "alice", "bob", "chen"))
    app(a, "group", "create", str(folder), "--name", "讀書會", "--member", "Alice")
    app(b, "group", "join", str(folder), "--member", "Bob")
    app(c, "group", "join", str(folder), "--member", "陳")
    bobs = app(b, "annotate", ESSAY, "--quote", "工匠精神", "--note", "鮑")
    chens = app(c, "annotate", ESSAY, "--quote", "供給側", "--note", "陳")
    asked = subprocess.run(command(b, "group", "leave"), cwd=ROOT, capture_output=True, timeout=120,
                           check=False)
    assert asked.returncode == 2 and b"--withdraw" in asked.stderr
    assert "withdrawn" in app(b, "group", "leave", "--withdraw")
    assert "stay in the group folder" in app(c, "group", "leave", "--keep")
    assert set(seen(a)) == {chens} and bobs not in seen(a)
    assert [n["id"] for n in json.loads(app(b, "notes", "--format", "json"))["notes"]] == [bobs]
