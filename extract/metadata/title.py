"""A readable title: the document's stated subject, else its heading, else its first real line.

The graph requires a title for every document, so a non-empty text always gets one.
"""

from __future__ import annotations

import re

from .common import collapse, head

#: Titles longer than this are cut at a word boundary.
MAX_TITLE = 200

# Conversion artefacts that are no part of any title: "[bookmark: _Hlk216182417]", "[footnoteRef:3]"
ARTEFACT = re.compile(r"\[(?:bookmark|footnoteRef):[^\]]*\]")
# An explicit subject line in a letterhead: "Betreft: …", "Onderwerp\tVoortgang …"
SUBJECT_LINE = re.compile(r"^[ \t]*(?:Betreft|Onderwerp)[ \t]*:?[ \t]+(?P<title>\S[^\n]*)", re.MULTILINE)
# The header sentence of Kamervragen, up to the date they were sent in
QUESTIONS_SENTENCE = re.compile(
    r"\bVragen\s+van\s+(?:het\s+lid|de\s+leden)\b[\s\S]{0,600}?\(\s*ingezonden[^()]*\)\.?"
)
# Signs of an openkamer page, whose first real line is the heading of the document
OPENKAMER_PAGE = re.compile(r"Onderdeel\s+van\s+kamerstukdossier|Directe\s+link\s+naar\s+document")
# A printed document-type heading in capitals: "BRIEF VAN DE STAATSSECRETARIS VAN BUITENLANDSE ZAKEN",
# "MOTIE VAN HET LID VOORDEWIND", "NOTA NAAR AANLEIDING VAN HET VERSLAG"
TYPE_HEADING = re.compile(
    r"\b(?:BRIEF|MOTIE|NOTA|VERSLAG|AMENDEMENT|MEMORIE|VOORSTEL)(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]*(?![\w]))+"
)
# Lines that are furniture rather than a title: navigation, page and paper numbers, the chamber,
# the session, addressing, salutation, place and date
FURNITURE_LINE = re.compile(
    r"""^(?:\[.*\]|[\d\s.,–-]*|Nr\.?\s*\d*|Tweede\s+Kamer\b.*|Eerste\s+Kamer\b.*|Vergaderjaar\b.*
    |Aan\s+de\b.*|Geachte\b.*|(?:Den\s+Haag|['’]s-Gravenhage)\b.*|Datum\b.*|Hoogachtend.*)$""",
    re.VERBOSE,
)
# The end of the first sentence of a paragraph
SENTENCE_END = re.compile(r"[.?!](?=\s+[A-Z]|\s*$)")


def shorten(text: str, limit: int = MAX_TITLE) -> str:
    """The text cut to at most ``limit`` characters, at a word boundary, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def first_sentence(line: str) -> str:
    """The first sentence of a line, or the whole line when it has no sentence end."""
    end = SENTENCE_END.search(line)
    return line[: end.end()] if end else line


def meaningful_lines(text: str) -> list[str]:
    """Lines that could be a title: without artefacts, not furniture, of more than one word."""
    lines = (collapse(ARTEFACT.sub("", line)) for line in text.splitlines())
    return [line for line in lines if line and not FURNITURE_LINE.match(line) and " " in line]


def extract_title(text: str) -> str | None:
    """The subject line, the Kamervragen header, an openkamer heading, a printed document-type
    heading, or else the first sentence of the first real line; None only for an empty text."""
    start = head(text)
    for pattern, group in ((SUBJECT_LINE, "title"), (QUESTIONS_SENTENCE, 0)):
        match = pattern.search(start)
        if match is not None:
            return shorten(collapse(match.group(group)))
    lines = meaningful_lines(start)
    if lines and OPENKAMER_PAGE.search(start):
        return shorten(lines[0])
    heading = TYPE_HEADING.search(start)
    if heading is not None:
        return shorten(collapse(heading.group(0)))
    if lines:
        return shorten(first_sentence(lines[0]))
    fallback = collapse(ARTEFACT.sub("", text)) or collapse(text)
    return shorten(fallback) if fallback else None
