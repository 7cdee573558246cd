"""Odd but valid (or merely hostile) Word and EPUB files: every paragraph arrives, nothing hangs."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from app.core.importers import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, numbering: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        document = f"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>"
        archive.writestr("word/document.xml", document)
        if numbering:
            archive.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>')
    return out.getvalue()


def _paragraph(text: str, properties: str = "") -> str:
    return f"<w:p><w:pPr>{properties}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def _word_text(data: bytes) -> str:
    document = read_document("文档.docx", data)
    return "\n".join([document.text, *(f"{s.heading}\n{s.text}" for s in document.sections)]).strip()


def test_characters_under_a_phonetic_guide_are_kept() -> None:
    """Word's 拼音指南 (w:ruby) puts the character in rubyBase and its pinyin in rt."""
    ruby = ("<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhōng</w:t></w:r></w:rt>"
            "<w:rubyBase><w:r><w:t>中</w:t></w:r></w:rubyBase></w:ruby></w:r>")
    body = f"<w:p><w:r><w:t>我爱</w:t></w:r>{ruby}<w:r><w:t>国。</w:t></w:r></w:p>" + _paragraph("第二段。")
    assert _word_text(_docx(body)) == "我爱中国。\n第二段。"


def _list(start: str, fmt: str = "decimal", ilvl: str = "0") -> str:
    return (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')


def _item(text: str, ilvl: str = "0") -> str:
    return _paragraph(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>')


@pytest.mark.parametrize(("numbering", "body"), [
    (_list("²"), _item("项目一。")),  # a digit to str.isdigit, not to int()
    (_list("9" * 5000), _item("项目一。")),  # past int()'s 4,300 digits
    (_list("1"), _item("项目一。", ilvl="²")),
    ("", _paragraph("项目一。", '<w:outlineLvl w:val="²"/>')),
])
def test_odd_numbers_in_a_word_file_never_refuse_it(numbering: str, body: str) -> None:
    assert _word_text(_docx(body, numbering)).endswith("项目一。")


@pytest.mark.parametrize("fmt", ["upperRoman", "lowerLetter"])
def test_a_list_starting_at_a_huge_number_is_read_at_once(fmt: str) -> None:
    """Roman numerals for 10^12 were written out one M at a time (hours); letters took terabytes."""
    started = time.perf_counter()
    text = _word_text(_docx(_item("项目一。"), _list("1000000000000", fmt)))
    assert time.perf_counter() - started < 2
    assert text.endswith("项目一。") and len(text) < 20
