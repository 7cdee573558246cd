"""What `StudyService.changed` says: which kinds of study record changed, and who asked.

Apart from the service: a notice is made only when a group's records change, so a reader in no
group never loads it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StudyChanges:
    """One notice of `StudyService.changed`: which kinds of record changed (`what`, a subset of
    app.services.study.EVERYTHING) and who asked (None: another member's file, read from the
    folder)."""

    what: frozenset[str]
    origin: object | None = None

    def caused_by(self, who: object) -> bool:
        return who is not None and self.origin is who
