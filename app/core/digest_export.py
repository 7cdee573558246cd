"""The digest (app.core.digest) written out: Markdown to print or paste, CSV for a spreadsheet,
JSON for programs. Note text is given through `convert` (the reader's script form, app.core.note_form);
JSON keeps the original beside it."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from typing import Any

from app.core.digest import Digest, DigestThread, HotSpot
from app.core.export import escape_markdown
from app.core.notes import Annotation

Convert = Callable[[str], str]

_KEYS = ("title", "open", "stuck", "answered", "top", "new", "none", "votes", "question", "confused",
         "comment", "highlight", "answer", "resolved", "paragraph", "members", "new_notes", "new_replies",
         "to_me", "never", "others")
_WORDS = {
    "en": ("Discussion", "Open questions", "Where the group is stuck (不懂)", "Answered questions",
           "Most agreed comments", "New since you last looked", "Nothing yet.", "agree", "question",
           "don't understand", "comment", "highlight", "Answer", "resolved", "paragraph", "members",
           "new notes", "new replies", "new replies to your notes", "first look", "Other notes"),
    "zh_CN": ("讨论", "待解答的问题", "大家卡在哪里（不懂）", "已解答的问题", "最多赞同的评论",
              "上次查看以来的新内容", "暂无内容。", "赞同", "问题", "不懂", "评论", "划线", "答案",
              "已解决", "段", "人", "条新笔记", "条新回复", "条回复你的笔记", "首次查看", "其他笔记"),
    "zh_TW": ("討論", "待解答的問題", "大家卡在哪裡（不懂）", "已解答的問題", "最多贊同的評論",
              "上次查看以來的新內容", "暫無內容。", "贊同", "問題", "不懂", "評論", "劃線", "答案",
              "已解決", "段", "人", "則新筆記", "則新回覆", "則回覆你的筆記", "首次查看", "其他筆記"),
}
LABELS: dict[str, dict[str, str]] = {language: dict(zip(_KEYS, words, strict=True))
                                     for language, words in _WORDS.items()}


def labels_for(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def _same(text: str) -> str:
    return text


def digest_markdown(digest: Digest, titles: Mapping[str, str], language: str,
                    convert: Convert = _same) -> str:
    """The digest as Markdown: one section per part, threads with their replies and answers."""
    labels = labels_for(language)
    heading = " · ".join(escape_markdown(titles.get(e, e)) for e in digest.essays)
    lines = [f"# {labels['title']}: {heading}", ""]
    parts: list[tuple[str, list[str]]] = [
        ("open", [line for t in digest.open_questions for line in _thread_lines(t, titles, labels, convert)]),
        ("stuck", [line for s in digest.hot_spots for line in _spot_lines(s, titles, labels, convert)]),
        ("answered", [line for t in digest.answered for line in _thread_lines(t, titles, labels, convert)]),
        ("top", [line for t in digest.top_comments for line in _thread_lines(t, titles, labels, convert)]),
        ("new", _new_lines(digest, labels))]
    for key, body in parts:
        lines += [f"## {labels[key]}", "", *(body or [labels["none"]]), ""]
    return "\n".join(lines).rstrip() + "\n"


def _where(thread: DigestThread, titles: Mapping[str, str], labels: dict[str, str]) -> str:
    title = escape_markdown(titles.get(thread.note.essay_id, thread.note.essay_id))
    return title if thread.paragraph is None else f"{title}, {labels['paragraph']} {thread.paragraph + 1}"


def _thread_lines(thread: DigestThread, titles: Mapping[str, str], labels: dict[str, str],
                  convert: Convert) -> list[str]:
    note = thread.note
    facts = [labels.get(thread.kind, thread.kind)]
    if thread.votes:
        facts.append(f"{thread.votes} {labels['votes']}")
    if thread.resolved:
        facts.append(labels["resolved"])
    quote = escape_markdown(convert(note.anchor.exact).replace("\n", " "))
    where = _where(thread, titles, labels)
    lines = [f"- **{escape_markdown(note.author)}** ({' · '.join(facts)}) — {where}: “{quote}”"]
    if note.note:
        lines += [f"  > {escape_markdown(line)}" for line in convert(note.note).splitlines()]
    for reply, votes in zip(thread.replies, thread.reply_votes, strict=True):
        mark = f" **{labels['answer']}**" if reply is thread.answer else ""
        count = f" ({votes} {labels['votes']})" if votes else ""
        lines.append(f"  - {escape_markdown(reply.author)}{mark}{count}: {_one_line(reply, convert)}")
    return lines


def _one_line(note: Annotation, convert: Convert) -> str:
    return escape_markdown(" ".join(convert(note.note).split()))


def _spot_lines(spot: HotSpot, titles: Mapping[str, str], labels: dict[str, str],
                convert: Convert) -> list[str]:
    heat = spot.heat
    title = escape_markdown(titles.get(spot.essay_id, spot.essay_id))
    excerpt = escape_markdown(convert(spot.excerpt))
    where = f"{title}, {labels['paragraph']} {heat.paragraph + 1}"
    lines = [f"- {where} ({labels['confused']}: {len(heat.confused)}) — “{excerpt}”"]
    lines += [f"  - {escape_markdown(e.author)}: {escape_markdown(' '.join(convert(e.text).split()))}"
              for e in heat.entries if e.text.strip()]
    return lines


def _new_lines(digest: Digest, labels: dict[str, str]) -> list[str]:
    new = digest.new
    if not new.since:
        return [labels["never"]]
    return [f"- {new.replies_to_me} {labels['to_me']}", f"- {len(new.replies)} {labels['new_replies']}",
            f"- {len(new.notes)} {labels['new_notes']}"]


# -- JSON and CSV ------------------------------------------------------------------------------

def _note_json(note: Annotation, convert: Convert) -> dict[str, Any]:
    shown = convert(note.note)
    return {"id": note.id, "author": note.author, "author_id": note.author_id, "essay": note.essay_id,
            "quote": note.anchor.exact, "note": shown, "created": note.created,
            **({"note_original": note.note} if shown != note.note else {})}


def _thread_json(thread: DigestThread, convert: Convert) -> dict[str, Any]:
    return {**_note_json(thread.note, convert), "kind": thread.kind, "votes": thread.votes,
            "paragraph": thread.paragraph, "resolved": thread.resolved,
            "answer": thread.answer.id if thread.answer is not None else None,
            "replies": [{**_note_json(r, convert), "votes": v, "is_answer": r is thread.answer}
                        for r, v in zip(thread.replies, thread.reply_votes, strict=True)]}


def digest_json(digest: Digest, convert: Convert = _same) -> dict[str, Any]:
    """The digest as plain JSON."""
    return {"essays": list(digest.essays),
            "open_questions": [_thread_json(t, convert) for t in digest.open_questions],
            "hot_spots": [{"essay": s.essay_id, "paragraph": s.heat.paragraph, "excerpt": s.excerpt,
                           "confused": sorted(s.heat.confused), "marked": sorted(s.heat.marked),
                           "notes": [{"id": e.note_id, "author": e.author, "author_id": e.author_id,
                                      "kind": e.kind, "note": convert(e.text)} for e in s.heat.entries]}
                          for s in digest.hot_spots],
            "answered": [_thread_json(t, convert) for t in digest.answered],
            "top_comments": [_thread_json(t, convert) for t in digest.top_comments],
            "new": {"since": digest.new.since, "notes": len(digest.new.notes),
                    "replies": len(digest.new.replies), "replies_to_me": digest.new.replies_to_me}}


CSV_COLUMNS = ("section", "essay", "paragraph", "kind", "author", "note", "votes", "resolved", "answer",
               "reply_to", "id", "quote")


def digest_csv(digest: Digest, convert: Convert = _same) -> str:
    """One row per note and reply of each part (a reply's `reply_to` names its thread's note)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for section, threads in (("open", digest.open_questions), ("answered", digest.answered),
                             ("top", digest.top_comments)):
        for t in threads:
            note = t.note
            writer.writerow([section, note.essay_id, "" if t.paragraph is None else t.paragraph + 1, t.kind,
                             note.author, _cell(convert(note.note)), t.votes, t.resolved,
                             t.answer.id if t.answer else "", "", note.id, _cell(note.anchor.exact)])
            for reply, votes in zip(t.replies, t.reply_votes, strict=True):
                shown = _cell(convert(reply.note))
                writer.writerow([section, note.essay_id, "", "reply", reply.author, shown, votes, "",
                                 reply is t.answer, note.id, reply.id, ""])
    for spot in digest.hot_spots:
        for entry in spot.heat.entries:
            writer.writerow(["stuck", spot.essay_id, spot.heat.paragraph + 1, entry.kind, entry.author,
                             _cell(convert(entry.text)), "", "", "", "", entry.note_id, _cell(spot.excerpt)])
    return out.getvalue()


def _cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula is quoted (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
