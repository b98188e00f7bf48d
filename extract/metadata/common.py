"""Building blocks shared by the metadata extractors.

Every pattern here tolerates any run of white space between words (``\\s+``), so it works on the raw
hard-wrapped text as well as on the normalised text in which wrapped lines have been joined.
"""

from __future__ import annotations

import re

from beleidsgraaf.extract.model import Span

#: How much of the start of a document counts as its head (letterhead, title block, header lines).
HEAD_CHARS = 2500

# One run of initials as written: "A.", "S.A.M.", "Ph.", "J. A."
INITIALS = r"(?:[A-Z][a-z]?\.[ \t\xa0]?){1,6}"
# A capitalised name word, possibly hyphenated or with an apostrophe: "Kaag", "Wal-Zeggelink", "D'Hondt"
# (Latin-1 and Latin Extended-A letters: "Yeşilgöz-Zegerius", "Šefčovič")
NAME_WORD = (
    r"[A-ZÀ-ÖØ-ÞĆČĐŁŚŞŠŻŽ][a-zà-öø-ÿ\u0100-\u017f'’]+"
    r"(?:-[A-ZÀ-ÖØ-ÞĆČĐŁŚŞŠŻŽa-zà-öø-ÿ\u0100-\u017f][a-zà-öø-ÿ\u0100-\u017f'’]+)*"
)
# Surname particles written in lower case inside a name: "van", "de", "van der", "ten", "ter", "'t", "in 't"
PARTICLE = r"(?:van|de|der|den|ten|ter|te|het|in|op|la|le|du|von|zu|['’]t)"
# Academic titles before a signer's name; they are not part of the name.
TITLES = r"(?:(?i:mr|dr|drs|ir|ing|prof|ds)\.[ \t\xa0]*)*"
# A name that starts with a lower-case apostrophe particle: "'t Hart", "in 't Veld"
APOSTROPHE_START = r"(?:(?:[Ii]n[ \t\xa0]+)?['’]t[ \t\xa0]+)"


def name_pattern(sep: str) -> str:
    """A Dutch personal name: initials or a first word, then particles and name words, ending in a
    capitalised word ("A. de Vries", "S.A.M. Kaag", "Boswijk", "Aukje de Vries", "Van der Wal-Zeggelink",
    "'t Hart").

    ``sep`` is the separator between words: ``[ \\t]+`` inside one line, ``\\s+`` across lines.
    """
    word = rf"(?:{PARTICLE}|{NAME_WORD})"
    return (
        rf"(?:(?:{INITIALS}[ \t\xa0]*|{NAME_WORD}{sep})(?:{word}{sep}){{0,4}}{NAME_WORD}"
        rf"|{APOSTROPHE_START}?{NAME_WORD})"
    )


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
