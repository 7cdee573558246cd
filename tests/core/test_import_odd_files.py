"""Odd but valid (or merely hostile) Word and EPUB files: every paragraph arrives, nothing hangs."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from app.core.importers import build_imported, read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, numbering: str = "", styles: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if styles:
            archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
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



STYLES = ('<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="TOC Heading"/></w:style>')
CONTENTS_LINE = ('<w:p><w:pPr><w:pStyle w:val="10"/></w:pPr><w:hyperlink w:anchor="_Toc1">'
                 "<w:r><w:t>第一章 起步</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r>"
                 "</w:hyperlink></w:p>")
CONTENTS_TITLE = _paragraph("目录", '<w:pStyle w:val="a5"/>')
CONTROL = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
           f"</w:sdtPr><w:sdtContent>{CONTENTS_TITLE}{CONTENTS_LINE}</w:sdtContent></w:sdt>")


@pytest.mark.parametrize("contents", [CONTROL, CONTENTS_LINE])
def test_word_s_automatic_table_of_contents_is_no_essay(contents: str) -> None:
    """Word's 目录 (in its content control, or its styled lines alone) became a 前言 essay."""
    body = contents + _paragraph("第一章 起步", '<w:pStyle w:val="1"/>') + _paragraph("第一章正文。")
    document = read_document("文.docx", _docx(body, styles=STYLES))
    collection = build_imported(document, "文.docx", "my-x", "library")
    assert [(essay.title, essay.text) for essay in collection.essays] == [("第一章 起步", "第一章正文。")]


def _epub(chapters: list[tuple[str, bytes]], nav: str = "", ncx: str = "") -> bytes:
    """An EPUB of (file name, XHTML bytes) in spine order, with a nav document and/or an NCX."""
    items = "".join(f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml"/>'
                    for n, (name, _markup) in enumerate(chapters))
    if nav:
        items += '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
    if ncx:
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml",
                         '<container><rootfiles><rootfile full-path="OEBPS/book.opf"/>'
                         '</rootfiles></container>')
        archive.writestr("OEBPS/book.opf",
                         '<package xmlns="http://www.idpf.org/2007/opf"><metadata/>'
                         f'<manifest>{items}</manifest><spine toc="ncx">{spine}</spine></package>')
        for name, markup in chapters:
            archive.writestr(f"OEBPS/{name}", markup)
        if nav:
            archive.writestr("OEBPS/nav.xhtml", nav)
        if ncx:
            archive.writestr("OEBPS/toc.ncx", ncx)
    return out.getvalue()


def _page(heading: str, *paragraphs: str, declaration: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'{declaration}<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>{heading}</h1>{body}</body></html>'


def _nav(*links: tuple[str, str]) -> str:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for title, href in links)
    return f'<html><body><nav epub:type="toc"><ol>{items}</ol></nav></body></html>'


CHAPTERS = [("c1.xhtml", _page("第一章", "第一章正文。").encode()),
            ("c2.xhtml", _page("第二章", "第二章正文。").encode())]
NAV = _nav(("第一章", "c1.xhtml"), ("第二章", "c2.xhtml"))


def _essays(data: bytes) -> list[tuple[str, str]]:
    collection = build_imported(read_document("书.epub", data), "书.epub", "my-x", "library")
    return [(essay.title, essay.text) for essay in collection.essays]


def test_a_preface_the_contents_leave_out_is_an_essay_of_its_own_titled_by_its_heading() -> None:
    preface = ("preface.xhtml", _page("序", "这是序言的第一段，很重要。").encode())
    assert _essays(_epub([preface, *CHAPTERS], NAV)) == [
        ("序", "这是序言的第一段，很重要。"), ("第一章", "第一章正文。"), ("第二章", "第二章正文。")]


def test_text_before_the_first_linked_place_of_a_file_is_kept() -> None:
    page = ('<html><body><p>开场白在第一个锚点之前。</p><h2 id="a">甲节</h2><p>甲的正文。</p>'
            '<h2 id="b">乙节</h2><p>乙的正文。</p></body></html>')
    nav = _nav(("甲节", "c1.xhtml#a"), ("乙节", "c1.xhtml#b"))
    assert _essays(_epub([("c1.xhtml", page.encode())], nav)) == [
        ("前言", "开场白在第一个锚点之前。"), ("甲节", "甲的正文。"), ("乙节", "乙的正文。")]


def test_an_unmarked_contents_page_before_the_first_chapter_is_still_no_essay() -> None:
    contents = ("index.xhtml", _page("书名", "1. 第一章", "2. 第二章").encode())
    assert [title for title, _text in _essays(_epub([contents, *CHAPTERS], NAV))] == ["第一章", "第二章"]


@pytest.mark.parametrize(("encoding", "declared"), [("utf-16", "UTF-16"), ("gbk", "gbk"), ("big5", "big5")])
def test_a_chapter_in_the_encoding_it_declares_is_read_in_it(encoding: str, declared: str) -> None:
    declaration = f'<?xml version="1.0" encoding="{declared}"?>'
    markup = _page("第一章", "第一章正文，另一種編碼。", declaration=declaration)
    chapters = [("c1.xhtml", markup.encode(encoding)), CHAPTERS[1]]
    assert _essays(_epub(chapters, NAV))[0] == ("第一章", "第一章正文，另一種編碼。")


def test_an_ncx_that_is_not_well_formed_falls_back_to_the_spine() -> None:
    """&nbsp; is not XML: the book was refused whole, though every chapter was readable."""
    ncx = ('<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap><navPoint><navLabel><text>第一章&nbsp;'
           '</text></navLabel><content src="c1.xhtml"/></navPoint></navMap></ncx>')
    assert _essays(_epub(CHAPTERS, ncx=ncx)) == [("第一章", "第一章正文。"), ("第二章", "第二章正文。")]


def test_a_chapter_s_header_footer_and_footnote_asides_are_the_book_s_text() -> None:
    """A web page's header and asides are furniture; a book's are its epigraph and footnotes."""
    chapter = ('<html xmlns:epub="http://www.idpf.org/2007/ops"><body><section><header>'
               "<h1>第一章</h1><p>题记：千里之行。</p></header>"
               '<p>正文<a epub:type="noteref" href="#n1">1</a>。</p>'
               '<aside epub:type="footnote" id="n1"><p>注释：脚注。</p></aside>'
               "<footer><p>本章完。</p></footer></section></body></html>")
    essays = _essays(_epub([("c1.xhtml", chapter.encode()), CHAPTERS[1]], NAV))
    assert essays[0] == ("第一章", "题记：千里之行。\n正文1。\n注释：脚注。\n本章完。")


RUBY = "<ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby><ruby>字<rt>zì</rt></ruby>很美。"
LONG = "这篇文章足够长，能通过检查。"


def test_pinyin_over_characters_does_not_run_into_the_text_of_a_book() -> None:
    chapter = f"<html><body><h1>第一章</h1><p>{RUBY}</p></body></html>"
    essays = _essays(_epub([("c1.xhtml", chapter.encode()), CHAPTERS[1]], NAV))
    assert essays[0] == ("第一章", "汉字很美。")


def test_pinyin_over_characters_does_not_run_into_the_text_of_a_web_page() -> None:
    page = f"<html><body><article><h1>标题</h1><p>{RUBY}{LONG}</p></article></body></html>"
    assert read_document("页.html", page.encode()).text == f"标题\n汉字很美。{LONG}"


POEM = ["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"]


def test_a_poem_in_a_pre_keeps_its_lines() -> None:
    lines = "\n".join(POEM)
    page = f"<html><body><article><h1>静夜思</h1><pre>{lines}</pre><p>{LONG}</p></article></body></html>"
    assert read_document("诗.html", page.encode()).text.split("\n") == ["静夜思", *POEM, LONG]


def test_a_markdown_paragraph_wrapped_in_its_source_stays_one_paragraph() -> None:
    """CommonMark: a single line break inside a paragraph is a soft break, not a new paragraph."""
    source = ("# 标题\n\n作者按八十列\n换了行，仍是同一段。\nAn English line\nwraps too.\n\n"
              "第二段。  \n硬换行。\n")
    (section,) = read_document("文.md", source.encode()).sections
    assert section.text.split("\n") == ["作者按八十列换了行，仍是同一段。 An English line wraps too.",
                                         "第二段。", "硬换行。"]


def test_stray_end_tags_under_deep_nesting_are_read_at_once() -> None:
    """Each </span> nothing opened was looked for up the whole tree: a 1.4 MB page took a minute."""
    page = "<html><body>" + "<div>" * 900 + "<p>文字。</p>" + "</span>" * 200_000
    started = time.perf_counter()
    text = read_document("页.html", page.encode()).text
    assert time.perf_counter() - started < 10
    assert text == "文字。"
