"""Building blocks shared by the metadata extractors.

Every pattern here tolerates any run of white space between words (``\\s+``), so it works on the raw
hard-wrapped text as well as on the normalised text in which wrapped lines have been joined.
"""

from __future__ import annotations

import re

from beleidsgraaf.extract.model import Span

#: How much of the start of a document counts as its head (letterhead, title block, header lines).
HEAD_CHARS = 2500


def words(phrase: str) -> str:
    """A regex matching ``phrase`` literally, but with any white space between its words."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def collapse(text: str) -> str:
    """Text with every run of white space replaced by one space, trimmed."""
    return " ".join(text.split())


def span_of(match: re.Match[str], group: str) -> Span:
    """The Span of a named group, so that ``text[span.start:span.end] == span.text`` holds."""
    return Span(match.start(group), match.end(group), match.group(group))


def head(text: str) -> str:
    """The head of a document, where title blocks and header lines live."""
    return text[:HEAD_CHARS]
