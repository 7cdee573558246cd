"""Notes export: what a study group prints."""

from __future__ import annotations

import json
import re

from app.core.export import Notes, export_json, export_markdown
from app.core.library import Library
from app.core.notes import Annotation, new_annotation, new_bookmark
from app.core.script import Form


def sample_notes(library: Library) -> Notes:
    hk = library.collections[0].essays[0]
    simplified = library.collections[1].essays[1]
    quote = "真正具有“工匠精神”的組織"
    start = hk.text.index(quote)
    annotation = new_annotation(hk.id, hk.text, start, start + len(quote), color="green",
                                author="王老師", note="論點\n第二行", tags=("論點", "討論"))
    other = new_annotation(simplified.id, simplified.text, 0, 4, color="pink", author="小李")
    orphan = Annotation.from_json({**other.to_json(), "id": "orphan",
                                   "anchor": {**other.anchor.to_json(), "text_hash": "x",
                                              "exact": "不存在的句子", "prefix": "", "suffix": ""}})
    bookmark = new_bookmark(hk.id, hk.text, hk.text.index("甘於沉潛"), "王老師")
    return Notes([annotation, other, orphan], [bookmark])


def test_markdown_groups_by_collection_and_essay(library: Library) -> None:
    text = export_markdown(library, sample_notes(library), Form.ORIGINAL, "en", "2026-11-21 09:00")
    lines = text.splitlines()
    assert lines[0] == "# Notes"
    assert lines.index("## 學習工匠精神心得感悟（通用15篇）") < lines.index("### 學習工匠精神心得感悟 篇1")
    assert lines.index("### 學習工匠精神心得感悟 篇1") < lines.index(
        "## 2023首届大国工匠创新交流大会优秀观后感大全12篇（范文推荐）")
    assert "> 真正具有“工匠精神”的組織" in lines
    assert any(line.startswith("- paragraph 1 · green · \\#論點 \\#討論 · 王老師 · ") for line in lines)
    assert "- 論點" in lines and "  第二行" in lines
    assert "#### Bookmarks" in lines
    assert any(line.startswith("- 甘於沉潛。… (") for line in lines)  # cut at the sentence, not mid-way
    assert "> 不存在的句子" in lines and any("could not be placed" in line for line in lines)


def test_markdown_quotes_follow_the_chosen_form(library: Library) -> None:
    text = export_markdown(library, sample_notes(library), Form.SIMPLIFIED, "zh_CN", "2026-11-21")
    assert "> 真正具有“工匠精神”的组织" in text
    assert "## 学习工匠精神心得感悟（通用15篇）" in text
    assert "# 笔记" in text and "#### 书签" in text and " · 绿 · " in text


def test_markdown_without_notes_says_so(library: Library) -> None:
    assert "No notes yet." in export_markdown(library, Notes([], []), Form.ORIGINAL, "en", "t")


def test_json_export_round_trips(library: Library) -> None:
    notes = sample_notes(library)
    document = json.loads(export_json(notes))
    assert [Annotation.from_json(a) for a in document["annotations"]] == list(notes.annotations)
    assert document["bookmarks"][0]["name"] == notes.bookmarks[0].name


def test_unknown_note_fields_survive_a_round_trip(library: Library) -> None:
    note = sample_notes(library).annotations[0]
    data = {**note.to_json(), "shared_with": ["group-a"], "reactions": {"👍": 2}}
    again = Annotation.from_json(data).edited(color="blue").to_json()
    assert again["shared_with"] == ["group-a"] and again["reactions"] == {"👍": 2}
    assert again["color"] == "blue" and again["modified"] >= note.modified


def test_markdown_escapes_everything_a_note_says(library: Library) -> None:
    essay = library.collections[0].essays[0]
    hostile = new_annotation(essay.id, essay.text, 0, 4, color="blue", author="[me](http://x)",
                             note="# heading\n- item\n1. one\n<img src=/dev/zero>\n"
                                  "[link](http://x) **b**\x1b[2J",
                             tags=("<b>", "*t*"))
    text = export_markdown(library, Notes([hostile], []), Form.ORIGINAL, "en", "t")
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        "# Notes", "## 學習工匠精神心得感悟（通用15篇）", "### 學習工匠精神心得感悟 篇1"]
    for special in "<[*(":  # nothing the reader wrote opens a tag, a link or emphasis
        assert re.search(rf"(?<!\\)\{special}", text.split("篇1\n", 1)[1]) is None, special
    assert "\x1b" not in text and "␛\\[2J" in text
    assert "  \\- item" in lines and "  1\\. one" in lines and "- \\# heading" in lines


def test_automatic_names_end_at_a_pause_outside_quotes() -> None:
    from app.core.export import readable_name
    assert readable_name("甘於沉潛。當下社會前行的腳步是快速的、急促的，很多人") == "甘於沉潛。…"
    assert readable_name("他說“我就是寫小説的寫小説的寫小説的寫小説的寫小説的”拒絕了") == "他說…"
    closed = "他說“我就是寫小説的寫小説的寫小説的”"
    assert readable_name(closed + "拒絕了寫小説的寫") == closed + "…"
    assert readable_name("短句") == "短句"


def test_markdown_prints_replies_under_their_note_and_skips_tombstones(library: Library) -> None:
    from dataclasses import replace
    notes = sample_notes(library)
    first = notes.annotations[0]
    reply = replace(first, id="r1", reply_to=first.id, author="小李", note="同意 *强调*")
    gone = replace(notes.annotations[1], note="已删除").tombstone()
    text = export_markdown(library, Notes([first, reply, gone], []), Form.ORIGINAL, "en", "t")
    assert "  - ↳ 小李 (" in text and "同意 \\*强调\\*" in text
    assert text.count("> 真正具有“工匠精神”的組織") == 1 and "已删除" not in text


def test_fields_from_a_group_file_are_escaped_too(library: Library) -> None:
    # Another member's file can hold any text in any field: colour and dates included, and
    # lone surrogates (JSON escapes), which no UTF-8 file can take.
    essay = library.collections[0].essays[0]
    note = new_annotation(essay.id, essay.text, 0, 4, color="<a href=x>", author="名\udc80",
                          note="n\udc81")
    hostile = Annotation.from_json({**note.to_json(), "modified": "<a href=y>"})
    text = export_markdown(library, Notes([hostile], []), Form.ORIGINAL, "en", "t")
    text.encode("utf-8")
    assert "\\<a href\\=x\\>" in text and "\\<a href\\=y\\>" in text and "名\ufffd" in text
    assert "<a" not in text.replace("\\<a", "")
    exported = export_json(Notes([hostile], []))
    exported.encode("utf-8")
    assert json.loads(exported)["annotations"][0]["note"] == "n\udc81"


def test_one_members_export_keeps_everyones_replies_in_their_threads(library: Library) -> None:
    """Issue 21: the Markdown of 王老师's notes left out 小李's replies (the JSON had them)."""
    from app.core.export import member_notes
    from app.core.notes import Author, new_reply

    wang, li = Author("王老师", "wang", "#a00", "d1"), Author("小李", "li", "#0a0", "d2")
    essay = library.essays()[0]
    note = new_annotation(essay.id, essay.text, 0, 4, color="yellow", author="王老师", note="读",
                          by=wang, shared=True)
    reply = new_reply(note, "同意", li)
    answer = new_reply(reply, "好的", wang)
    elsewhere = new_annotation(essay.id, essay.text, 5, 9, color="blue", author="小李", by=li,
                               shared=True)
    chosen = member_notes([elsewhere, answer, reply, note], "wang")
    assert {a.id for a in chosen} == {note.id, reply.id, answer.id}
    text = export_markdown(library, Notes(chosen, []), Form.ORIGINAL, "zh_CN", "2026-01-01")
    assert "↳ 小李" in text and "同意" in text and "好的" in text
