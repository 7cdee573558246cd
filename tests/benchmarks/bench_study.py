"""Study group benchmark (issue #23): 30 members × 1,000 notes, with 10,000 votes and 3,000
replies, questions, 不懂 marks, answer marks and resolved threads in their member files.

    python -m tests.benchmarks.bench_study [--old-layout]

Targets: the whole folder loads and merges, study records included, in at most 300 ms (cold);
when one member file changes, the window's share of the work (swapping in the merged notes and
study state, re-placing the open essay's notes, its heat strip) costs at most 50 ms; the digest
of the essay with the most members' notes takes at most 100 ms. Baselines, in the same run: the
same folder without study records (what a group cost before #23), and the notes panel's reply
threads for the digested essay. Each figure is the median of --runs runs, wall and processor time
(the read runs on one thread: on a quiet machine the two agree); the baseline and the
cold load are run in turn, so a machine that slows down mid-run slows both. --old-layout: the
member files as versions before the signed-bytes layout wrote them (signature not last), so each
signature is checked over the document written again, canonically.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.essay_folder import load_library  # noqa: E402
from app.core.group import GroupReader  # noqa: E402
from app.core.library import Essay  # noqa: E402
from app.core.notes import COLORS, CONFUSED, KINDS, QUESTION, Annotation, Author, new_annotation, new_reply  # noqa: E402
from app.core.reply_threads import reply_threads  # noqa: E402
from app.core.signing import DeviceKey, new_device_key  # noqa: E402
from app.core.study import answer_record, resolve_record, vote_record  # noqa: E402
from app.paths import seeds_dir  # noqa: E402
from app.services.changes import GroupDiff, changed_essays  # noqa: E402
from app.services.group import GroupService  # noqa: E402
from app.services.group_read import ReadResult, study_state  # noqa: E402
from app.services.library import LibraryService  # noqa: E402
from app.services.notes import NotesService  # noqa: E402
from app.services.persistence import StoreKeeper  # noqa: E402
from app.services.preferences import Preferences  # noqa: E402
from app.services.study import StudyService  # noqa: E402
from app.store import Store  # noqa: E402
from app.store.groupfiles import create_group_folder, write_member_file  # noqa: E402
from app.store.user_library import UserLibrary  # noqa: E402
from tests.benchmarks.common import median_ms, report  # noqa: E402

Written = list[tuple[Author, list[Annotation], list[dict[str, Any]], DeviceKey]]


def _kind(rng: random.Random) -> str:
    roll = rng.random()
    return QUESTION if roll < 0.1 else CONFUSED if roll < 0.15 else KINDS[rng.randrange(2)]


def group_content(members: int, per_member: int, votes: int, replies: int, essays: list[Essay]
                  ) -> tuple[list[Author], list[list[Annotation]], list[list[dict[str, Any]]]]:
    """Each member's notes (replies to others' notes among them) and study records."""
    rng = random.Random(23)
    authors = [Author(f"成員{n}", f"author-{n:02d}", "#1971c2", f"device-{n:02d}") for n in range(members)]
    notes: list[list[Annotation]] = []
    for author in authors:
        own = []
        for _ in range(per_member - replies // members):
            essay = essays[rng.randrange(len(essays))]
            start = rng.randrange(0, len(essay.text) - 40)
            own.append(new_annotation(essay.id, essay.text, start, start + rng.randint(2, 30),
                                      color=rng.choice(COLORS), author=author.name, by=author, shared=True,
                                      note="讨论要点" * rng.randint(0, 6), kind=_kind(rng)))
        notes.append(own)
    roots = [n for own in notes for n in own]
    for number, author in enumerate(authors):  # replies to others' notes
        notes[number] += [new_reply(rng.choice(roots), "我觉得" * rng.randint(1, 5), author)
                          for _ in range(replies // members)]
    records: list[list[dict[str, Any]]] = [[] for _ in authors]
    for number, author in enumerate(authors):
        targets = rng.sample(roots, votes // members)
        records[number] += [vote_record((t.author_id, t.id)) for t in targets if t.author_id != author.id]
    replies_to = {n.reply_to: n for own in notes for n in own if n.reply_to}
    for number, author in enumerate(authors):  # each asker marks an answer and resolves half
        for question in (n for n in notes[number] if n.kind == QUESTION and n.id in replies_to):
            reply = replies_to[question.id]
            records[number].append(answer_record((author.id, question.id), (reply.author_id, reply.id)))
            if rng.random() < 0.5:
                records[number].append(resolve_record((author.id, question.id)))
    return authors, notes, records


def write_group(folder: Path, authors: list[Author], notes: list[list[Annotation]],
                records: list[list[dict[str, Any]]] | None) -> Written:
    create_group_folder(folder, "benchmark")
    written: Written = []
    for number, author in enumerate(authors):
        key = new_device_key()
        study = records[number] if records is not None else []
        write_member_file(folder, author, [n.to_json() for n in notes[number]], key=key, study=study or None)
        written.append((author, notes[number], study, key))
    return written


def rewrite_in_old_layout(folder: Path) -> None:
    """Each member file as an older version wrote it: the same object, its signature not last."""
    for path in (folder / "members").glob("*/*.json"):
        document = json.loads(path.read_bytes())
        older = {"signature": document.pop("signature"), **document}
        path.write_bytes(json.dumps(older, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")


def services(folder: Path, data: Path) -> tuple[GroupService, NotesService, StudyService]:
    data.mkdir()
    store = Store(data)
    store.load()
    store.data["group"] = {"folder": str(folder), "id": "x", "name": "benchmark"}
    keeper = StoreKeeper(store)
    notes = NotesService(keeper)
    group = GroupService(keeper, notes)
    user = UserLibrary(data, data / "cache")
    library = LibraryService(seeds_dir(), user, Preferences(keeper), notes.undo_stack)
    library.load()
    study = StudyService(keeper, notes, group, library)
    group.wait()
    QApplication.processEvents()
    return group, notes, study


def one_change(group: GroupService, notes: NotesService, study: StudyService, essay: Essay
               ) -> tuple[float, float, float]:
    """(worker ms, window wall ms, window processor ms) for one changed member file."""
    reader = group._reader
    assert reader is not None
    start = time.perf_counter()
    snapshot = reader.read(datetime.now(UTC))
    shown = notes.group_records()
    changed = GroupDiff(shown, changed_essays(shown, snapshot.merged))
    own = study.own_records()
    result = ReadResult(snapshot, changed=changed, study=study_state(snapshot.study, reader.me, own),
                        own_study=own)
    worker = (time.perf_counter() - start) * 1000
    start, cpu = time.perf_counter(), time.process_time()
    notes.set_group(snapshot.merged, snapshot.by_essay, changed=changed)  # what _apply does
    study._group_read(result)  # the study state swapped in
    notes.placements(essay)  # the reader redraws the open essay's highlights
    study.paragraph_heat(essay.id, essay.text)  # and its heat strip
    return worker, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def clocked(action: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, processor ms) of one run of `action`; freeing its result is not counted."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    elapsed = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
    del result
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--votes", type=int, default=10_000)
    parser.add_argument("--replies", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--old-layout", action="store_true", help="member files as older versions wrote them")
    options = parser.parse_args()
    QApplication.instance() or QApplication([])
    essays = load_library(seeds_dir()).essays()
    authors, notes, records = group_content(options.members, options.notes, options.votes, options.replies,
                                            essays)
    with tempfile.TemporaryDirectory() as temp:
        plain, folder = Path(temp) / "plain", Path(temp) / "group"
        write_group(plain, authors, notes, None)
        written = write_group(folder, authors, notes, records)
        if options.old_layout:
            rewrite_in_old_layout(plain)
            rewrite_in_old_layout(folder)
        now = datetime.now(UTC)

        def cold_load() -> object:  # the worker's read, the study state built
            snapshot = GroupReader(folder).read(now)  # returned: freed after the clock stops
            return snapshot, study_state(snapshot.study, "", ())

        loads = [(clocked(lambda: GroupReader(plain).read(now)), clocked(cold_load))  # in turn: one drift
                 for _ in range(options.runs)]
        baseline, baseline_cpu = (statistics.median(run[0][n] for run in loads) for n in (0, 1))
        cold, cold_cpu = (statistics.median(run[1][n] for run in loads) for n in (0, 1))
        group, notes_service, study = services(folder, Path(temp) / "data")
        counts = Counter(n.essay_id for n in notes_service.annotations())
        busiest = next(e for e in essays if e.id == counts.most_common(1)[0][0])
        author, theirs, their_records, key = written[3]
        walls, cpus, workers = [], [], []
        for run in range(options.runs):
            edited = [n.edited(note=f"改了 {run}") if i == 1 else n for i, n in enumerate(theirs)]
            write_member_file(folder, author, [n.to_json() for n in edited], key=key, study=their_records)
            worker, wall, cpu = one_change(group, notes_service, study, busiest)
            workers.append(worker)
            walls.append(wall)
            cpus.append(cpu)
        texts = {busiest.id: busiest.text}
        threads = median_ms(lambda: reply_threads(notes_service.annotations(busiest.id)), options.runs)
        digests = [clocked(lambda: study.digest([busiest.id], texts, since="")) for _ in range(options.runs)]
        digest, digest_cpu = (statistics.median(run[n] for run in digests) for n in (0, 1))
        members = len({n.author_id for n in notes_service.annotations(busiest.id)})
        on_essay = counts[busiest.id]
        state = study.state
        group.stop()
    votes = sum(len(v) for v in state.votes.values())
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    report(f"Study group: {options.members} members × {options.notes:,} notes, {votes:,} votes, "
           f"{options.replies:,} replies, {len(state.answers):,} answers marked"
           + (", files in the old layout" if options.old_layout else ""), [
               ("baseline: load and merge the folder without study records", baseline, "ms", ""),
               ("load and merge the whole folder with study records (cold)", cold, "ms", "≤ 300 ms"),
               ("baseline: the same without study records, processor", baseline_cpu, "ms", ""),
               ("the same with study records (cold), processor", cold_cpu, "ms", "≤ 300 ms"),
               ("one member file changed: re-read and merge (worker)", statistics.median(workers), "ms", ""),
               ("one member file changed: the window's share, wall", wall, "ms", "≤ 50 ms"),
               ("one member file changed: the window's share, processor", cpu, "ms", "≤ 50 ms"),
               (f"baseline: reply threads of the busiest essay ({on_essay:,} notes)", threads, "ms", ""),
               (f"digest of the busiest essay ({members} members, {on_essay:,} notes)", digest, "ms",
                "≤ 100 ms"),
               ("the same digest, processor", digest_cpu, "ms", "≤ 100 ms"),
           ])


if __name__ == "__main__":
    main()
