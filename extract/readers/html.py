"""Web pages (.html, .htm): the document's main content as paragraphs.

Page furniture goes first (scripts, styles, navigation, the site's header and footer, menus,
cookie bars); then the largest `<main>`/`<article>` is kept, so a page wrapping a parliamentary
document yields the document. Block elements become paragraphs separated by blank lines, table rows
become lines with tab-separated cells, `<br>` a line break.

Hostile markup: lexbor's tree building slows quadratically with nesting depth (a page of 30,000
unclosed `<div>` takes seconds, one of a million would take days), so a page nesting deeper than
browsers build (`MAX_NESTING`) is refused before parsing; the tree is walked without recursion.
"""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from beleidsgraaf.base.errors import ReadError
from beleidsgraaf.extract.readers.text import decode_text

#: Never content. `header`/`footer` only when they belong to the page, not to an article.
_FURNITURE = ", ".join(
    [
        "head, script, style, noscript, template, iframe, object, svg, canvas, button, select",
        "nav, aside, menu, dialog, [hidden], [aria-hidden=true]",
        "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=menu], [role=menubar]",
        "[class~=menu], [id~=menu], [class~=breadcrumb], [class~=breadcrumbs], [class~=skiplinks]",
        "[class~=cookie-banner], [class~=cookiebar], [id~=cookie-banner]",
    ]
)
_PAGE_LEVEL_ONLY = frozenset({"header", "footer"})
_SECTIONING = frozenset({"article", "main", "section"})
_MAIN_CONTENT = "main, [role=main], article"
MIN_MAIN_SHARE = 0.3  # a main/article holding less of the page's text is a teaser, not the document

_BLOCKS = frozenset(
    {
        *("address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt"),
        *("fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer"),
        *("hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody"),
        *("tfoot", "thead", "ul"),
    }
)
_CELLS = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_SPACE_AT_BREAK = re.compile(r" *\n *")
_DECLARED_ENCODING = re.compile(rb"<meta[^>]+charset", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

MAX_NESTING = 512  # Blink's limit too: deeper elements it adds as siblings
_TAG = re.compile(rb"<(/?[a-zA-Z][a-zA-Z0-9]*)")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
#: start tags that close an open element of their kind, as a new `<p>` closes the last one
_CLOSES_ITS_KIND = frozenset(b"p li dt dd option optgroup tr td th thead tbody tfoot".split())


def read_html(path: Path, data: bytes) -> str:
    """The main text of a web page."""
    if _nests_too_deep(data):
        raise ReadError(path, f"markup nested more than {MAX_NESTING} elements deep (broken or hostile HTML)")
    parser = _parse(path, data)
    for node in parser.css(_FURNITURE):
        node.decompose()
    for node in _page_level_headers(parser.root):
        node.decompose()
    root = _main_content(parser)
    return "" if root is None else _render(root)


def _nests_too_deep(data: bytes) -> bool:
    """Whether elements nest deeper than MAX_NESTING, estimated from the tags as a parser builds the
    tree: an end tag closes the nearest open element of its name and all opened inside it, `<p>`,
    `<li>` and their like close an open one of their kind, void elements hold nothing. Linear: the
    stack is searched through counts of open elements per name. Read from the bytes, so a UTF-16
    page (rare on the web) goes unchecked."""
    stack: list[bytes] = []
    open_count: dict[bytes, int] = {}
    for tag in _TAG.findall(data):
        tag = tag.lower()
        name = tag.removeprefix(b"/")
        if name in _VOID:
            continue
        if (name != tag or name in _CLOSES_ITS_KIND) and open_count.get(name):
            _close(stack, open_count, name)
        if name == tag:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            if len(stack) > MAX_NESTING:
                return True
    return False


def _close(stack: list[bytes], open_count: dict[bytes, int], name: bytes) -> None:
    """Pops the nearest open `name` and everything opened after it."""
    while True:
        closed = stack.pop()
        open_count[closed] -= 1
        if closed == name:
            return


def _parse(path: Path, data: bytes) -> LexborHTMLParser:
    """A declared encoding (BOM, `<meta charset>`) is honoured as browsers do; otherwise the bytes
    are decoded like a text file, since lexbor would assume UTF-8 where a browser assumes cp1252."""
    if data.startswith(_BOMS) or _DECLARED_ENCODING.search(data[:1024]):
        return LexborHTMLParser(data, encoding=True)
    return LexborHTMLParser(decode_text(path, data))


def _page_level_headers(root: LexborNode | None) -> list[LexborNode]:
    """The page's own headers and footers, not an article's: one walk that does not enter
    sectioning elements, nor the headers and footers it finds (whatever they hold goes with them)."""
    found: list[LexborNode] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.tag in _PAGE_LEVEL_ONLY:
            found.append(node)
        elif node.tag not in _SECTIONING:
            stack.extend(node.iter())
    return found


def _main_content(parser: LexborHTMLParser) -> LexborNode | None:
    """The largest main/article element, else the body: a page can hold several articles (a news
    list) or an article inside main (with the document's metadata beside it). A small one is a
    teaser beside a document that sits in plain `<div>`s, so then the body is kept too. An element
    inside another candidate is never larger than it, so only the outermost are measured."""
    body = parser.body or parser.root
    candidates = parser.css(_MAIN_CONTENT)
    if body is None or not candidates:
        return body
    largest = max(_outermost(body, candidates), key=_text_length, default=body)
    return largest if _text_length(largest) >= MIN_MAIN_SHARE * _text_length(body) else body


def _outermost(root: LexborNode, selected: list[LexborNode]) -> list[LexborNode]:
    """The selected nodes under `root` that are not inside another selected node, in document order;
    one walk of the tree, however deep the selected nodes nest."""
    ids = {node.mem_id for node in selected}
    found: list[LexborNode] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.mem_id in ids:
            found.append(node)
        else:
            stack.extend(reversed(list(node.iter())))
    return found


def _text_length(node: LexborNode) -> int:
    return len(node.text(deep=True).strip())


def _render(root: LexborNode) -> str:
    """Text of `root` with blocks as paragraphs; iterative, as real pages nest deeper than Python's
    recursion limit allows."""
    parts: list[str] = []
    pre_depth = cell_depth = 0
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            pre_depth -= int(tag == "pre")
            cell_depth -= int(tag in _CELLS)
            parts.append(_closing(tag, in_cell=cell_depth > 0))
        elif node.is_text_node:
            text = node.text_content or ""
            parts.append(text if pre_depth else _WHITESPACE.sub(" ", text))
        elif node.is_element_node:
            parts.append(_opening(tag, in_cell=cell_depth > 0))
            pre_depth += int(tag == "pre")
            cell_depth += int(tag in _CELLS)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return _SPACE_AT_BREAK.sub("\n", "".join(parts))


def _opening(tag: str, *, in_cell: bool) -> str:
    """A block starts a paragraph, `<br>` a line; inside a table cell both are a space, so that a
    table row stays one line."""
    if tag in _BLOCKS:
        return " " if in_cell else "\n\n"
    if tag == "br":
        return " " if in_cell else "\n"
    return ""


def _closing(tag: str, *, in_cell: bool) -> str:
    """A block ends its paragraph, a row its line, a cell with a tab."""
    if tag in _BLOCKS:
        return " " if in_cell else "\n\n"
    if tag == "tr":
        return " " if in_cell else "\n"
    if tag in _CELLS:
        return "\t"
    return ""
