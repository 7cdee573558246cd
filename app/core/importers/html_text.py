"""The article in a saved web page: its text without menus, search boxes, scripts or footers.

Written on the standard library's HTML parser: the libraries that do this well (trafilatura,
readability-lxml) pull in lxml and its C libraries, several megabytes in the app bundle for
what a page of Chinese prose needs from them. The heuristics are readability's: drop what is
never article text (scripts, forms, nav/header/footer/aside and elements named so), prefer
<article>/<main>, else the element whose paragraphs hold the most text; drop link lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# rt and rp: a ruby's pronunciation (汉<rt>hàn</rt>) would run into the characters it is over.
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "form", "button",
                        "select", "input", "textarea", "nav", "header", "footer", "aside", "menu",
                        "head", "object", "canvas", "video", "audio", "dialog", "rt", "rp"})
# In a book's chapter there is no page furniture: its header (title, epigraph), footer and
# asides (EPUB 3 footnotes) are the author's text.
BOOK_SKIP_TAGS = _SKIP_TAGS - {"header", "footer", "aside"}
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed",
                   "source", "track", "wbr", "param"})
# A table row is one line of text, its cells separated (a table stays inside its essay, and a
# numbered row never looks like a heading); cells are not blocks of their own.
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre",
                     "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "dd", "dt", "dl", "figure",
                     "figcaption", "body", "center"})
_CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
# The article is the deepest element holding this share of the page's paragraph text: a chapter
# of sections is kept whole, not its longest section.
ARTICLE_SHARE = 0.8
_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "dd"})
HEADINGS = {f"h{n}": n for n in range(1, 7)}
# ARIA roles that are never article text ("next | previous" bars of a book's chapters too)
_FURNITURE_ROLES = frozenset({"navigation", "search", "banner", "contentinfo"})
_JUNK_NAME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|foot|header|sidebar|side|breadcrumbs?|crumbs?|search|"
    r"comments?|share|social|related|recommend|ads?|advert\w*|banner|login|copyright|toolbar|"
    r"topbar|pagination|pager|hidden|popup|modal|toc|navheader|navfooter)($|[\s_-])", re.IGNORECASE)
_CONTENT_NAME = re.compile(r"article|content|post|entry|main|text|body|story|detail", re.IGNORECASE)
MIN_ARTICLE_CHARS = 50
MAX_LINK_DENSITY = 0.5
_LISTS = frozenset({"ul", "ol", "dl", "table", "div", "li", "p", "section", "td"})
_SELF_CLOSING_SIBLINGS = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
                          "tr": {"tr"}, "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}


@dataclass
class Node:
    """An element of the page: its tag, attributes, and children (nodes or text)."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None


class _TreeBuilder(HTMLParser):
    """Builds a forgiving tree: unclosed tags are closed by their parents' end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self._open = self.root
        # How many elements of each tag are open: an end tag nothing opened is passed over at
        # once, not looked for up the whole tree (thousands of stray </span> took minutes).
        self._open_tags: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SELF_CLOSING_SIBLINGS and self._open.tag in _SELF_CLOSING_SIBLINGS[tag]:
            self._close(self._open)  # <p>one<p>two: the second ends the first
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self._open)
        self._open.children.append(node)
        if tag not in _VOID:
            self._open = node
            self._open_tags[tag] = self._open_tags.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.children.append(Node(tag, {k: v or "" for k, v in attrs}, parent=self._open))

    def handle_endtag(self, tag: str) -> None:
        if not self._open_tags.get(tag):
            return
        node: Node | None = self._open
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self._close(node)

    def _close(self, node: Node) -> None:
        """Close `node` and every element still open inside it."""
        current: Node | None = self._open
        while current is not None and current is not node.parent:
            self._open_tags[current.tag] = self._open_tags.get(current.tag, 0) - 1
            current = current.parent
        self._open = node.parent or self.root

    def handle_data(self, data: str) -> None:
        self._open.children.append(data)


def parse_html(markup: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root


@dataclass(frozen=True)
class Block:
    """A line of the page's text: a paragraph, a list item or a heading (`level` 1-6, else 0)."""

    text: str
    level: int = 0
    ids: tuple[str, ...] = ()  # element ids that start here (EPUB tables of contents link to them)


def page_title(root: Node) -> str:
    title = _find(root, "title")
    return " ".join(_text(title).split()) if title else ""


def article_blocks(markup: str) -> tuple[str, list[Block]]:
    """The page's title and the blocks of its article."""
    root = parse_html(markup)
    title = page_title(root)
    body = _find(root, "body") or root
    _drop_junk(body, by_links=False)
    article = _article(body)
    if article is body:  # no container holds the article: menus are told apart by their links
        _drop_junk(body, by_links=True)
    return title, blocks_of(article)


def blocks_of(node: Node, skip: frozenset[str] = _SKIP_TAGS) -> list[Block]:
    """Every block of text under `node`, in order (junk already removed), elements `skip` left out;
    each line of a <pre> is a block of its own (a poem keeps its lines)."""
    collector = _BlockCollector(skip)
    collector.walk(node)
    collector.finish()
    return collector.blocks


class _BlockCollector:
    def __init__(self, skip: frozenset[str]) -> None:
        self.blocks: list[Block] = []
        self._skip = skip
        self._parts: list[str] = []
        self._ids: list[str] = []
        self._level = 0
        self._in_pre = 0

    def walk(self, node: Node) -> None:
        if node.tag in self._skip or node.attrs.get("role") in _FURNITURE_ROLES:
            return
        if node.attrs.get("id"):
            self._ids.append(node.attrs["id"])
        if node.tag in _BLOCKS or node.tag == "br":
            self.finish()
        elif node.tag in _CELLS and "".join(self._parts).strip():
            self._parts.append(CELL_SEPARATOR)
        level = HEADINGS.get(node.tag, 0)
        if level:
            self._level = level
        self._in_pre += node.tag == "pre"
        for child in node.children:
            if isinstance(child, str):
                self._add(child)
            else:
                self.walk(child)
        self._in_pre -= node.tag == "pre"
        if node.tag in _BLOCKS:
            self.finish()

    def _add(self, text: str) -> None:
        if not self._in_pre:
            self._parts.append(text)
            return
        first, *lines = text.split("\n")
        self._parts.append(first)
        for line in lines:
            self.finish()
            self._parts.append(line)

    def finish(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append(Block(text, self._level, tuple(self._ids)))
            self._ids = []
        self._parts = []
        self._level = 0


def _drop_junk(node: Node, *, by_links: bool) -> None:
    """Drop furniture; with `by_links` also blocks that are mostly links (menus). Inside a found
    article a list of links is the article's (references, commands), so it is kept."""
    node.children = [c for c in node.children if isinstance(c, str) or not _is_junk(c, by_links)]
    for child in node.children:
        if isinstance(child, Node):
            _drop_junk(child, by_links=by_links)


def _is_junk(node: Node, by_links: bool) -> bool:
    if node.tag in _SKIP_TAGS or node.attrs.get("role") in _FURNITURE_ROLES | {"complementary"}:
        return True
    if "hidden" in node.attrs or "display:none" in node.attrs.get("style", "").replace(" ", ""):
        return True
    name = f"{node.attrs.get('id', '')} {node.attrs.get('class', '')}"
    if _JUNK_NAME.search(name) and not _CONTENT_NAME.search(name):
        return True
    return by_links and node.tag in _LISTS and _link_density(node) > MAX_LINK_DENSITY


def _link_density(node: Node) -> float:
    """Share of the text that is link text: high in menus and "related articles" lists."""
    total = len("".join(_text(node).split()))
    if not total:
        return 0.0
    links = sum(len("".join(_text(n).split())) for n in iter_nodes(node) if n.tag == "a")
    return links / total


def _article(body: Node) -> Node:
    """<article> or <main> when the page has one with text; else the best-scoring container."""
    for tag in ("article", "main"):
        found = [n for n in iter_nodes(body) if n.tag == tag]
        if found:
            best = max(found, key=lambda n: len(_text(n)))
            if len(_text(best)) >= MIN_ARTICLE_CHARS:
                return best
    weights = _paragraph_weights(body)
    total = weights.get(id(body), 0)
    node = body
    while total:
        children = [c for c in node.children if isinstance(c, Node)]
        heaviest = max(children, key=lambda c: weights.get(id(c), 0), default=None)
        if heaviest is None or heaviest.tag in _PARAGRAPHS:
            break  # a paragraph is not a container: its heading is beside it
        if weights.get(id(heaviest), 0) < ARTICLE_SHARE * total:
            break
        node = heaviest
    return node


def _paragraph_weights(body: Node) -> dict[int, int]:
    """id(element) → characters of paragraph text under it (outermost paragraphs only)."""
    weights: dict[int, int] = {}
    for paragraph in iter_nodes(body):
        if paragraph.tag not in _PARAGRAPHS or _inside(paragraph, _PARAGRAPHS):
            continue
        length = len("".join(_text(paragraph).split()))
        ancestor: Node | None = paragraph
        while ancestor is not None:
            weights[id(ancestor)] = weights.get(id(ancestor), 0) + length
            ancestor = ancestor.parent
    return weights


def _inside(node: Node, tags: frozenset[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _find(node: Node, tag: str) -> Node | None:
    return next((n for n in iter_nodes(node) if n.tag == tag), None)


def iter_nodes(node: Node) -> list[Node]:
    """`node` and every element under it, in document order."""
    found: list[Node] = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(reversed([c for c in current.children if isinstance(c, Node)]))
    return found


def _text(node: Node) -> str:
    parts: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            parts.append(current)
        elif current.tag not in _SKIP_TAGS:
            stack.extend(reversed(current.children))
    return "".join(parts)
