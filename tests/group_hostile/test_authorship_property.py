"""Property: whatever several members' files say, hostile ones included, each author's notes are
exactly what that author's own files say (hypothesis, real files in a real group folder)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.group import GroupReader
from app.core.merge import Record, merge
from tests.group_hostile.hostile import TEXT, now, write_raw

AUTHORS = ("alice", "bob", "mallory")
IDS = ("n1", "n2", "n3")  # few ids: authors clash on them all the time
TIMES = ("2026-01-01T00:00:00.000+00:00", "2026-02-01T00:00:00.000+00:00", "2999-01-01T00:00:00.000+00:00",
         "9999-12-31T23:59:59.999", "not a time")
CLAIMED: tuple[Any, ...] = ("absent", "own", "", ["x"], 7, *AUTHORS)  # what a record says of its author

records = st.fixed_dictionaries({
    "id": st.sampled_from(IDS), "modified": st.sampled_from(TIMES), "deleted": st.booleans(),
    "note": st.sampled_from(("甲", "乙", "丙")), "claimed": st.sampled_from(CLAIMED)})
files = st.lists(st.tuples(st.sampled_from(AUTHORS), st.sampled_from(("d1", "d2")),
                           st.sampled_from((None, *AUTHORS)), st.lists(records, max_size=5)), max_size=6)


def as_record(spec: dict[str, Any], folder_author: str) -> Record:
    record: Record = {"id": spec["id"], "essay_id": "c#1", "color": "yellow", "note": spec["note"],
                      "tags": [], "created": TIMES[0], "modified": spec["modified"], "device": "d",
                      "anchor": {"start": 0, "end": 4, "text_hash": "h", "exact": TEXT[:4], "prefix": "",
                                 "suffix": ""}}
    if spec["deleted"]:
        record["deleted"] = spec["modified"]
    claimed = spec["claimed"]
    if claimed != "absent":
        record["author_id"] = folder_author if claimed == "own" else claimed
    return record


def counts_for(record: Record, author: str) -> bool:
    """The rule written out plainly: the record's own author, and a time not a day ahead."""
    return record.get("author_id", "") in ("", author) and not record["modified"].startswith("9") \
        and not record["modified"].startswith("2999")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files)
def test_each_authors_notes_are_what_their_own_files_say(specs: list[tuple[str, str, str | None,
                                                                            list[dict[str, Any]]]]) -> None:
    root = Path(tempfile.mkdtemp())
    try:
        folder = root / "group"
        (folder / "members").mkdir(parents=True)
        (folder / "group.json").write_text('{"id": "g", "name": "g"}', encoding="utf-8")
        own: dict[str, list[Record]] = {author: [] for author in AUTHORS}
        written: dict[tuple[str, str], Any] = {}
        for author, device, header, specs_of_file in specs:
            rows = [as_record(spec, author) for spec in specs_of_file]
            written[(author, device)] = (header, rows)  # a later file of the same name replaces it
        for (author, device), (header, rows) in written.items():
            document = {"format": "jiangxin-reader-member", "version": 1, "device": device, "notes": rows,
                        **({"author_id": header} if header else {})}
            write_raw(folder, author, device, document)
            if header in (None, author):
                own[author] += [r for r in rows if counts_for(r, author)]
        at = now()
        merged = GroupReader(folder).read(at).merged
        for author in AUTHORS:
            expected = {k: (r["modified"], r.get("deleted"), r["note"])
                        for k, r in merge([{**r, "author_id": author, "author": "", "shared": True}
                                            for r in own[author]], now=at).items()}
            shown = {r["id"].split("@")[0]: (r["modified"], r.get("deleted"), r["note"])
                     for r in merged.values() if r["author_id"] == author}
            assert shown == expected, author
    finally:
        shutil.rmtree(root)
