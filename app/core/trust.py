"""Which member files to believe: keys pinned on first sight, new devices vouched for.

`pins` maps an author id to the public keys this reader accepts for them (kept in the local
store). First contact is trusted: every validly signed key of an author not seen before is pinned.
Then a key vouched for by a pinned key of the same author is pinned too. Any other key is a
stranger writing under that member's name until the reader accepts it. An unsigned file (from
before signatures) counts only for an author who is not known to sign.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from enum import Enum

from app.core.signing import Seal

Pins = Mapping[str, Collection[str]]


class Verdict(Enum):
    TRUSTED = "trusted"
    UNSIGNED = "unsigned"  # taken, with a notice: written by an older version of the app
    BAD_SIGNATURE = "bad-signature"
    UNSIGNED_REFUSED = "unsigned-refused"  # the author is known to sign
    UNKNOWN_KEY = "unknown-key"  # someone writing as this member from a device not vouched for

    @property
    def merged(self) -> bool:
        return self in (Verdict.TRUSTED, Verdict.UNSIGNED)


def new_pins(seals: Iterable[tuple[str, Seal]], pins: Pins) -> dict[str, set[str]]:
    """The keys to pin after a read of (author id, seal) pairs: first sight, then vouched."""
    by_author: dict[str, list[Seal]] = {}
    for author, seal in seals:
        if seal.valid:
            by_author.setdefault(author, []).append(seal)
    added: dict[str, set[str]] = {}
    for author, found in by_author.items():
        known = set(pins.get(author, ()))
        new = {seal.key for seal in found} if not known else set()
        new |= _vouched(found, known | new)
        if new - known:
            added[author] = new - known
    return added


def _vouched(seals: list[Seal], trusted: set[str]) -> set[str]:
    """Keys vouched for by a trusted key, or by a key itself vouched for (a chain of copies)."""
    found: set[str] = set()
    grew = True
    while grew:
        grew = False
        for seal in seals:
            if seal.key not in trusted | found and seal.vouched_by in trusted | found:
                found.add(seal.key)
                grew = True
    return found


def verdict(author: str, seal: Seal, pins: Pins) -> Verdict:
    """Whether a file of `author` with `seal` is merged, `pins` including this read's new pins."""
    known = pins.get(author, ())
    if seal.unsigned:
        return Verdict.UNSIGNED_REFUSED if known else Verdict.UNSIGNED
    if not seal.valid:
        return Verdict.BAD_SIGNATURE
    return Verdict.TRUSTED if seal.key in known else Verdict.UNKNOWN_KEY
