"""Importing each format: essays found by the format's headings, clean text, clear refusals."""

from __future__ import annotations

import json
import posixpath
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.core.importers import ImportFailed, build_imported, read_document
from app.core.library import Collection
from app.core.script import Script
from tests.make_files import SAVED_PAGE, W, chinese_styles, make_docx, make_epub


def imported(path: Path) -> Collection:
    return build_imported(read_document(path.name, path.read_bytes()), path.name, "my-x", "library")


def test_text_in_big5_is_parsed_by_its_chapter_headings(tmp_path: Path) -> None:
    path = tmp_path / "文集.txt"
    path.write_bytes("匠心文集\n\n第一章 起步\n\n學習工匠精神。\n\n第二章 成長\n\n精益求精。".encode("big5"))
    collection = imported(path)
    assert collection.title == "匠心文集"
    assert [e.title for e in collection.essays] == ["第一章 起步", "第二章 成長"]
    assert [e.id for e in collection.essays] == ["my-x#1", "my-x#2"]
    assert collection.script is Script.TRADITIONAL


def test_text_without_headings_is_one_essay_titled_by_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("我的读书笔记\n今天读了一本书 ，\n很有收获。", encoding="utf-8")
    collection = imported(path)
    assert [(e.title, e.text) for e in collection.essays] == [
        ("我的读书笔记", "今天读了一本书，\n很有收获。")]


def test_markdown_headings_divide_essays_and_markup_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("---\nauthor: 老师\n---\n# 匠心文集\n\n前言一句。\n\n## 第一篇 工匠\n\n"
                    "工匠精神是**职业精神**，见[这里](http://x)。\n\n### 小节\n\n- 一条\n\n"
                    "## 第二篇 创新\n\n创新是第一动力。\n", encoding="utf-8")
    collection = imported(path)
    assert collection.title == "匠心文集"
    assert collection.description == ""
    assert [(e.id, e.title) for e in collection.essays] == [
        ("my-x#0", "前言"), ("my-x#1", "第一篇 工匠"), ("my-x#2", "第二篇 创新")]
    assert collection.essays[0].text == "前言一句。"
    assert collection.essays[1].text == "工匠精神是职业精神，见这里。\n小节\n一条"


def test_saved_web_page_keeps_the_article_only(tmp_path: Path) -> None:
    collection = imported(SAVED_PAGE)
    assert collection.title == "工匠精神的时代内涵"
    text = "\n".join(e.text for e in collection.essays)
    assert text.startswith("工匠精神是一种职业精神")
    assert "精益求精" in text and "新时代呼唤工匠精神。" in text
    for clutter in ("首页", "新闻中心", "搜索", "热门标签", "脚本", "版权所有", "相关文章",
                    "如何学习", "当前位置", "小编"):
        assert clutter not in text, clutter
    assert collection.date == "2023-05-01"


def test_word_heading_styles_divide_essays(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "讲义.docx", [
        ("a3", "学习讲义"), ("", "开头的说明。"), ("1", "第一讲 敬业"), ("", "爱岗敬业，"),
        ("", "是职业道德的基础。"), ("21", "要点"), ("", "专注。"), ("1", "第二讲 创新"), ("", "勇于创新。"),
    ], chinese_styles())
    collection = imported(path)
    assert collection.title == "学习讲义"
    assert [e.title for e in collection.essays] == ["前言", "第一讲 敬业", "第二讲 创新"]
    assert collection.essays[0].text == "开头的说明。"
    assert collection.essays[1].text == "爱岗敬业，\n是职业道德的基础。\n要点\n专注。"
    assert collection.description == ""


def test_word_file_without_headings_is_one_essay(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "a.docx", [("", "一封信"), ("", "亲爱的同学们：你们好。")])
    assert [(e.title, e.text) for e in imported(path).essays] == [("一封信", "亲爱的同学们：你们好。")]


@pytest.mark.parametrize("toc", ["nav", "ncx", ""])
def test_epub_chapters_come_from_its_table_of_contents_or_spine(tmp_path: Path, toc: str) -> None:
    path = make_epub(tmp_path / "book.epub", [("序", "序言的文字。"), ("第一章 匠心", "第一段。\n第二段。"),
                                              ("第二章 传承", "传承的文字。")], toc=toc)
    collection = imported(path)
    assert collection.title == "书名"
    assert [e.title for e in collection.essays] == ["序", "第一章 匠心", "第二章 传承"]
    assert collection.essays[1].text == "第一段。\n第二段。"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("a.pdf", b"%PDF-1.4", ".pdf files cannot be imported"),
    ("empty.txt", b"  \n", "is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("broken.docx", b"PK\x03\x04 this is not really a zip", "damaged"),
    ("secret.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
    ("broken.epub", b"not a zip at all", "damaged"),
])
def test_bad_files_are_refused_with_the_file_and_the_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed) as refused:
        read_document(name, data)
    assert name in str(refused.value) and reason in str(refused.value)


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    with pytest.raises(ImportFailed, match="zip bomb"):
        read_document(path.name, path.read_bytes())


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE a [<!ENTITY l "lol">]><a>&l;</a>')
    with pytest.raises(ImportFailed, match="entities"):
        read_document(path.name, path.read_bytes())


def test_drm_protected_epub_is_refused(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "drm.epub", [("一", "文字。")])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/encryption.xml", (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod '
            'Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></enc:EncryptedData></encryption>'))
    with pytest.raises(ImportFailed, match="DRM"):
        read_document(path.name, path.read_bytes())


def test_epub_without_text_holds_no_essay(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "blank.epub", [("封面", "")], toc="")
    with pytest.raises(ImportFailed, match="no essay text"):
        imported(path)


def test_epub_whose_contents_wrap_the_chapters_in_one_book_entry(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [("第一章", "一。"), ("第二章", "二。")], toc="ncx")
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    ncx = files["OEBPS/toc.ncx"].decode()
    start = ncx.index("<navPoint")
    files["OEBPS/toc.ncx"] = (ncx[:start] + '<navPoint id="book"><navLabel><text>书</text></navLabel>'
                              '<content src="text/ch0.xhtml"/>' + ncx[start:].replace(
                                  "</navMap>", "</navPoint></navMap>")).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert [e.title for e in imported(path).essays] == ["第一章", "第二章"]


def test_files_over_the_size_limit_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.core import importers
    from app.store import user_library

    monkeypatch.setattr(importers, "MAX_IMPORT_BYTES", 1000)
    with pytest.raises(ImportFailed, match="big.txt is 0 MB; files over 0 MB"):
        read_document("big.txt", "字".encode() * 400)
    monkeypatch.setattr(user_library, "MAX_IMPORT_BYTES", 1000)
    (tmp_path / "big.txt").write_bytes(b"x" * 1001)
    with pytest.raises(ImportFailed, match="big.txt is"):
        user_library.read_import_file(tmp_path / "big.txt")


REAL_DOCX = Path(__file__).parents[1] / "fixtures" / "real" / "docx"
MAMMOTH_TEXT = json.loads((REAL_DOCX / "mammoth_reference.json").read_text(encoding="utf-8"))


def _folded_stream(collection: Collection) -> str:
    """The collection title (unless it is the first essay's), essay titles and paragraphs."""
    lines = [] if collection.essays and collection.essays[0].title == collection.title else [collection.title]
    for essay in collection.essays:
        lines += [essay.title, *essay.text.split("\n")]
    return "\n".join(" ".join(line.split()) for line in lines)


@pytest.mark.parametrize("name", sorted(MAMMOTH_TEXT))
def test_real_word_files_read_as_mammoth_reads_them(name: str) -> None:
    """mammoth's and python-docx's own test documents: every paragraph mammoth finds is there,
    in order (list numbers and note marks may precede it); a file refused only if it has no text."""
    reference = MAMMOTH_TEXT[name]
    path = REAL_DOCX / name
    if not reference:
        with pytest.raises(ImportFailed, match="holds no essay text"):
            imported(path)
        return
    collection = imported(path)
    stream, position = _folded_stream(collection), 0
    for paragraph in reference:
        found = stream.find(paragraph, position)
        assert found >= 0, (paragraph, stream[position:position + 200])
        position = found + len(paragraph)
    paragraphs = sum(len(e.text.split("\n")) for e in collection.essays)
    assert len(reference) - 1 <= paragraphs <= len(reference) + 1  # the first may be the title only


@pytest.mark.parametrize(("name", "essays", "text"), [
    ("mammoth/footnotes.docx", 1, "Ouch[1].[2]\n[1] A tachyon walks into a bar.\n[2] Fin."),
    ("mammoth/endnotes.docx", 1, "Ouch[1].[2]\n[1] A tachyon walks into a bar.\n[2] Fin."),
    ("mammoth/text-box.docx", 1, "Datum plane"),
    ("mammoth/strict-format.docx", 1, "Test"),
    ("mammoth/single-paragraph.docx", 1, "Walking on imported air"),
    ("mammoth/simple-list.docx", 1, "• Apple\n• Banana"),
    ("mammoth/tables.docx", 1, "Above\nTop left\nTop right\nBottom left\nBottom right\nBelow"),
])
def test_real_word_files_in_detail(name: str, essays: int, text: str) -> None:
    """Notes numbered at their essay's end, a text box once, Strict OOXML, lists, a table in place."""
    collection = imported(REAL_DOCX / name)
    assert len(collection.essays) == essays
    body = "\n".join([collection.essays[0].title, collection.essays[0].text])
    assert body.endswith(text) or body == text or text in body, body


def test_word_numbered_lists_keep_their_numbers(tmp_path: Path) -> None:
    numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
                 '<w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    styles = (f'<w:styles xmlns:w="{W}"><w:style w:styleId="L1"><w:pPr><w:numPr><w:numId w:val="5"/>'
              '</w:numPr></w:pPr></w:style><w:style w:styleId="L2"><w:pPr><w:numPr><w:ilvl w:val="1"/>'
              '<w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>')
    path = make_docx(tmp_path / "列表.docx", [("", "要点"), ("L1", "敬业"), ("L2", "专注"), ("L2", "耐心"),
                                              ("L1", "创新")], styles, {"word/numbering.xml": numbering})
    assert imported(path).essays[0].text == "一) 敬业\n(1) 专注\n(2) 耐心\n二) 创新"


@pytest.mark.parametrize(("name", "content"), [
    ("一段.docx", None), ("一行.txt", "今天天气很好，我们去公园散步。"), ("one.md", "Just one line."),
])
def test_a_file_of_one_paragraph_is_an_essay(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is None:
        make_docx(path, [("", "工匠精神是一种职业精神，它是职业道德、职业能力、职业品质的体现")])
    else:
        path.write_text(content, encoding="utf-8")
    collection = imported(path)
    assert len(collection.essays) == 1 and collection.essays[0].text


def test_word_paragraphs_are_never_joined_and_keep_their_spaces(tmp_path: Path) -> None:
    """Line repair is for PDF-damaged plain text: Word marks its paragraphs and spaces itself."""
    path = make_docx(tmp_path / "a.docx", [
        ("", "标题"), ("", "第一段说的是一件值得每个人记住的事情而且没有句号结尾"),
        ("", "第二段：见第 12 条和儲存格 A1:B1。"), ("", "标题")])
    essay = imported(path).essays[0]
    assert essay.text == ("第一段说的是一件值得每个人记住的事情而且没有句号结尾\n"
                          "第二段：见第 12 条和儲存格 A1:B1。\n标题")


def test_plain_text_with_broken_lines_is_still_repaired(tmp_path: Path) -> None:
    path = tmp_path / "pdf.txt"
    long = "一段很长很长很长很长很长很长的文字"
    path.write_text(f"标题\n这是从 PDF 里复制出来的{long}它在行尾被硬生生\n地截断了。", encoding="utf-8")
    assert imported(path).essays[0].text == f"这是从 PDF 里复制出来的{long}它在行尾被硬生生地截断了。"


def test_clean_plain_text_is_kept_as_written(tmp_path: Path) -> None:
    """No PDF damage: lines are paragraphs, 中英 spacing and half-width marks in Latin text stay."""
    path = tmp_path / "錯誤.txt"
    lines = ["錯誤訊息", "12 未定義的變數：請先宣告再使用，否則程式在執行時會停下來並顯示這則訊息。",
             "這一段沒有句號但它是完整的一段文字而且寫得很長很長很長很長很長很長",
             "請選取儲存格 A1:B1 再按下確定，表格就會把這兩格合併成一格，文字也會自動置中。", "下一段。"]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert imported(path).essays[0].text == "\n".join(lines[1:])


def test_pdf_damaged_plain_text_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "掃描.txt"
    path.write_text("標題\n這是從 PDF 複製的文字,它被切成了一行一行的樣子,每一行都在句子中間\n"
                    "斷開,而且字 與字之間有空格,標點也變成了半形的樣子,讀起來很不\n"
                    "舒服。只 有 10 個座位。", encoding="utf-8")
    assert imported(path).essays[0].text == (
        "這是從PDF複製的文字，它被切成了一行一行的樣子，每一行都在句子中間"
        "斷開，而且字與字之間有空格，標點也變成了半形的樣子，讀起來很不舒服。只有10個座位。")


def test_a_nested_table_is_read_once_in_its_cell(tmp_path: Path) -> None:
    def cell(inner: str) -> str:
        return f"<w:tc>{inner}</w:tc>"
    def para(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    inner = f"<w:tbl><w:tr>{cell(para('里面左'))}{cell(para('里面右'))}</w:tr></w:tbl>"
    table = f"<w:tbl><w:tr>{cell(para('甲') + inner)}{cell(para('乙'))}</w:tr></w:tbl>"
    path = tmp_path / "表.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{para("表格")}{table}'
                                              "</w:body></w:document>")
    assert imported(path).essays[0].text == "甲\n里面左\n里面右\n乙"


REAL_EPUB = Path(__file__).parents[1] / "fixtures" / "real" / "epub"
_OWN_TEXT_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
_VOID_TAGS = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"})


class _OwnTexts(HTMLParser):
    """The reference: the own text of every <p>, heading and list item (a <br> ends a line),
    outside scripts and navigation, whitespace folded."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.texts: list[list[str]] = []
        self.found: list[str] = []

    def _emit(self) -> None:
        text = " ".join("".join(self.texts[-1]).split())
        self.texts[-1].clear()
        if text and not any(t in ("script", "style", "nav") or r == "navigation" for t, r in self.open):
            self.found.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self.texts:
            self._emit()
        if tag not in _VOID_TAGS:
            self.open.append((tag, dict(attrs).get("role")))
            if tag in _OWN_TEXT_TAGS:
                self.texts.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in _OWN_TEXT_TAGS and self.texts:
            self._emit()
            self.texts.pop()
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self.texts:
            self.texts[-1].append(data)


def _spine_paragraphs(path: Path, contents_page: str) -> list[str]:
    """Every paragraph of the book's spine documents but its contents page, by _OwnTexts."""
    with zipfile.ZipFile(path) as archive:
        package = next(name for name in archive.namelist() if name.endswith(".opf"))
        opf = archive.read(package).decode()
        items = re.finditer(r'<item\s+id="(?P<id>[^"]+)"\s+href="(?P<href>[^"]+)"', opf)
        hrefs = {m["id"]: m["href"] for m in items}
        files = dict.fromkeys(posixpath.join(posixpath.dirname(package), hrefs[ref]).partition("#")[0]
                              for ref in re.findall(r'<itemref\s+idref="([^"]+)"', opf))
        found: list[str] = []
        for name in files:
            if name != contents_page:
                parser = _OwnTexts()
                parser.feed(archive.read(name).decode("utf-8", errors="replace"))
                found += parser.found
    return found


@pytest.mark.parametrize(("name", "contents_page", "essays"), [
    ("live-manual/live-manual.en.epub", "OEBPS/index.xhtml", 20),  # nested NCX, a contents page
    ("live-manual/live-manual.ja.epub", "OEBPS/index.xhtml", 20),
    # contents links broken (they lack the folder): the spine's 125 documents, 10 languages
    ("ubuntu-packaging-guide/ubuntu-packaging-guide.epub", "ubuntu-packaging-guide/index.xhtml", 118),
])
def test_real_epub_books(name: str, contents_page: str, essays: int) -> None:
    """Debian's EPUBs: chapters of reading size, no contents page, every paragraph its own."""
    collection = imported(REAL_EPUB / name)
    assert len(collection.essays) == essays
    assert max(len(e.text) for e in collection.essays) <= 100_000
    assert not any(e.title in ("Table of Contents", "Navigation", "目次") for e in collection.essays)
    ours = {" ".join(line.split()) for e in collection.essays for line in (e.title, *e.text.split("\n"))}
    reference = _spine_paragraphs(REAL_EPUB / name, contents_page)
    missing = [p for p in reference if p not in ours and p != collection.title]
    assert not missing, (len(missing), len(reference), missing[:3])


REAL_HTML = Path(__file__).parents[1] / "fixtures" / "real" / "html"


class _ArticleText(HTMLParser):
    """The reference article: all text inside the first element of class `name`, without its
    own table of contents (class "toc")."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.depth = 0
        self.toc_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            return
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += 1
            self.toc_depth += 1 if self.toc_depth or "toc" in classes else 0
        elif self.name in classes:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _VOID_TAGS:
            self.depth -= 1
            self.toc_depth = max(0, self.toc_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.depth and not self.toc_depth:
            self.parts.append(data)


@pytest.mark.parametrize(("name", "article", "headings"), [
    ("maint-guide/start.zh-tw.html", "chapter", ["1.1. Debian 的社會驅動力", "1.2. 開發時需要的軟件"]),
    ("maint-guide/checkit.zh-tw.html", "chapter", ["7.1. 詭異可疑的改動", "7.2. 校驗軟件包安裝過程"]),
    ("debian-reference/pr01.zh-cn.html", "preface", ["1. 免责声明", "2. 什么是 Debian", "3.3. 排版约定"]),
])
def test_real_help_pages_keep_the_whole_article(name: str, article: str, headings: list[str]) -> None:
    """Debian's Chinese manuals as HTML: ≥ 95% of the article's characters and no more than it
    (the page's navigation bars dropped), headings their own paragraphs, spaces kept."""
    path = REAL_HTML / name
    reference = _ArticleText(article)
    reference.feed(path.read_text(encoding="utf-8"))
    expected = "".join("".join(reference.parts).split())
    collection = imported(path)
    lines = [line for e in collection.essays for line in (e.title, *e.text.split("\n"))]
    ours = "".join("".join([collection.title, *lines]).split()).replace("|", "")
    assert 0.95 * len(expected) <= len(ours) <= 1.02 * len(expected)
    assert all(heading in lines for heading in headings), [h for h in headings if h not in lines]
    assert not any(furniture in ours for furniture in ("上一页", "下一页", "上一頁", "下一頁"))


def test_debian_reference_keeps_spaces_between_chinese_and_latin() -> None:
    text = "\n".join(e.text for e in imported(REAL_HTML / "debian-reference/pr01.zh-cn.html").essays)
    assert "Debian 参考手册（版本 2.100）" in text
    assert "Debian 参考手册（版本2.100）" not in text


def test_web_page_tables_are_rows_of_text_in_one_essay(tmp_path: Path) -> None:
    path = tmp_path / "表.html"
    rows = "".join(f"<tr><td>{n}</td><td>第{n}行的内容</td></tr>" for n in range(1, 8))
    path.write_text(f"<html><body><article><h1>一章</h1><p>表格如下，共七行。</p><table>{rows}</table>"
                    "<p>表格之后的文字。</p></article></body></html>", encoding="utf-8")
    essays = imported(path).essays
    assert len(essays) == 1
    assert essays[0].text.split("\n")[1:4] == ["1 | 第1行的内容", "2 | 第2行的内容", "3 | 第3行的内容"]


def test_a_page_of_one_paragraph_keeps_its_heading(tmp_path: Path) -> None:
    path = tmp_path / "短.html"
    path.write_text("<html><body><nav><a href='/'>首页</a></nav><h1>一篇短文</h1>"
                    "<p>工匠精神，是一种态度。</p><footer>版权所有</footer></body></html>", encoding="utf-8")
    essay = imported(path).essays[0]
    assert (essay.title, essay.text) == ("一篇短文", "工匠精神，是一种态度。")
