"""Web pages (.html, .htm): the document's main content as paragraphs.

Page furniture goes first (scripts, styles, navigation, the site's header and footer, menus,
cookie bars); then the largest `<main>`/`<article>` is kept, so a page wrapping a parliamentary
document yields the document. Block elements become paragraphs separated by blank lines, table rows
become lines with tab-separated cells, `<br>` a line break.
"""

from __future__ import annotations

import re
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
_PAGE_LEVEL_ONLY = "header, footer"
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


def read_html(path: Path, data: bytes) -> str:
    """The main text of a web page."""
    parser = _parse(path, data)
    for node in parser.css(_FURNITURE):
        node.decompose()
    for node in parser.css(_PAGE_LEVEL_ONLY):
        if not _inside_sectioning(node):
            node.decompose()
    root = _main_content(parser)
    return "" if root is None else _render(root)


def _parse(path: Path, data: bytes) -> LexborHTMLParser:
    """A declared encoding (BOM, `<meta charset>`) is honoured as browsers do; otherwise the bytes
    are decoded like a text file, since lexbor would assume UTF-8 where a browser assumes cp1252."""
    if data.startswith(_BOMS) or _DECLARED_ENCODING.search(data[:1024]):
        return LexborHTMLParser(data, encoding=True)
    return LexborHTMLParser(decode_text(path, data))


def _inside_sectioning(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _SECTIONING:
            return True
        parent = parent.parent
    return False


def _main_content(parser: LexborHTMLParser) -> LexborNode | None:
    """The largest main/article element, else the body: a page can hold several articles (a news
    list) or an article inside main (with the document's metadata beside it). A small one is a
    teaser beside a document that sits in plain `<div>`s, so then the body is kept too."""
    body = parser.body or parser.root
    candidates = parser.css(_MAIN_CONTENT)
    if body is None or not candidates:
        return body
    largest = max(candidates, key=_text_length)
    return largest if _text_length(largest) >= MIN_MAIN_SHARE * _text_length(body) else body


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
