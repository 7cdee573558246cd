"""Who is who in a group folder: which member keeps a note id two members claim, which note a
reply answers, and members who look alike (one name, one colour).

Anyone who can write to the shared folder can make a member folder. So on a clash the member
this reader has known longest wins: this reader first, then the members whose keys it pinned, in
the order it pinned them, then newcomers whose files are signed, then the rest (each by id).
A reply names the note it answers by (author, note id) (`reply_author`, `reply_note`), so it
stays on that note whoever else copies its id; an older reply naming only an id answers the
note that keeps the plain id, the longest-known member's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import is_not
from typing import Protocol

from app.core.member_file import group_message
from app.core.merge import Merged
from app.core.messages import QT_TRANSLATE_NOOP, Message
from app.core.notes import join_color

SAME_NAME = QT_TRANSLATE_NOOP(
    "Group", "Two members call themselves {name} (members/{first} and members/{second}): notes "
    "signed {name} may be by either.")
SAME_COLOR = QT_TRANSLATE_NOOP(
    "Group", "{name} (members/{author}) chose the colour another member already has; "
    "they are shown in another colour.")

REPLY_AUTHOR, REPLY_NOTE = "reply_author", "reply_note"


class Shown(Protocol):
    """A member as shown: the fields that can look like another member's."""

    author_id: str
    name: str
    color: str


def ranked(authors: Iterable[str], me: str, pinned: Sequence[str], signed: Iterable[str]) -> list[str]:
    """Authors from the longest known to the newest (see the module's docstring)."""
    present = set(authors)
    order = [me] if me in present else []
    order += [a for a in dict.fromkeys(pinned) if a in present and a != me]
    signed_new = sorted(set(signed) & present - set(order))
    return order + signed_new + sorted(present - set(order) - set(signed_new))


def combine_ranked(by_author: Mapping[str, Merged], order: Sequence[str], me: str,
                   own_ids: Iterable[str]) -> Merged:
    """Every author's notes in one map by the id the window knows them by: an id two authors
    claim stays the earlier-ranked one's; the later one's note is kept under `<id>@<author>`.
    Then every reply is pointed at the note it names by (author, note id)."""
    own = set(own_ids)
    merged: Merged = {}
    renamed: dict[NoteKey, str] = {}
    for author in order:
        notes = by_author.get(author, {})
        if author == me or (merged.keys().isdisjoint(notes) and own.isdisjoint(notes)):
            merged.update(notes)  # no id taken yet (the common case): in one step
            continue
        for note_id, record in notes.items():
            key = note_id
            if author != me and (key in merged or key in own):
                key = f"{note_id}@{author}"
                while key in merged or key in own:
                    key += "@"
                renamed[(author, note_id)] = key
            merged[key] = record if key == note_id else {**record, "id": key}
    _bind_replies(merged, _Placed(by_author, set(order), me, own, renamed))
    return merged


NoteKey = tuple[str, str]  # (author, the note's id in its author's file)


@dataclass(frozen=True)
class _Placed:
    """Where `combine_ranked` put each author's note: its own id, or the one it was renamed to."""

    by_author: Mapping[str, Merged]
    authors: set[str]
    me: str
    own: set[str]
    renamed: dict[NoteKey, str]

    def get(self, note: NoteKey, missing: str) -> str:
        author, note_id = note
        if (placed := self.renamed.get(note)) is not None:
            return placed
        if (author in self.authors and note_id in self.by_author.get(author, {})) \
                or (author == self.me and note_id in self.own):
            return note_id
        return missing


def _bind_replies(merged: Merged, placed: _Placed) -> None:
    replying = map(is_not, map(dict.get, merged.values(), repeat("reply_to")), repeat(None))
    for key, record in list(compress(merged.items(), replying)):
        author, note_id = record.get(REPLY_AUTHOR), record.get(REPLY_NOTE)
        if record.get("reply_to") is None or type(author) is not str or type(note_id) is not str:
            continue  # not a reply, or an older one: its plain id names the longest-known's note
        target = placed.get((author, note_id), f"{note_id}@{author}")  # not here: answers nothing shown
        if target != record["reply_to"]:
            merged[key] = {**record, "reply_to": target}


def distinguish(members: Mapping[str, Shown], order: Sequence[str],
                mine: Shown | None = None) -> list[Message]:
    """Members who look like one another, told; on this screen a later-ranked member with an
    earlier one's name is shown with their folder's id after it, and one with a colour already
    taken (by an earlier-ranked member or this reader) in a colour no one has."""
    named: list[Message] = []
    coloured: list[Message] = []
    first_by_name: dict[str, str] = {mine.name: mine.author_id} if mine and mine.name else {}
    colors: set[str] = {mine.color.lower()} if mine and mine.color else set()
    for author in [a for a in order if a in members] + sorted(set(members) - set(order)):
        member, name = members[author], members[author].name
        if mine is not None and author == mine.author_id:
            continue
        first = first_by_name.setdefault(member.name, author) if member.name else author
        if first != author:
            named.append(group_message(SAME_NAME, name=member.name, first=first, second=author))
            member.name = f"{member.name} ({author[:8]})"
        if member.color and member.color.lower() in colors:
            coloured.append(group_message(SAME_COLOR, name=name or author, author=author))
            member.color = join_color(colors)
        if member.color:
            colors.add(member.color.lower())
    return coloured + named  # the name last: the panel shows the latest notice
