"""Parliamentary paper numbers: the document's own number and the papers it cites.

A paper is identified by its dossier ("36180", printed "36 180"), an optional sub-dossier (the Roman
numeral or letter of a budget chapter, "36200 XII", or a hyphenated number, "21501-20") and its number
in the dossier ("nr. 196"). The normalised form joins these with hyphens: "36180-196",
"36200-XII-62", "21501-20-2374"; an Eerste Kamer paper numbered by letter is "36200-E"; a dossier
cited as a whole stays "36547".

References to the Handelingen (minutes), the Aanhangsel (answers to questions), the Staatscourant
and zaak or document numbers (2017Z18861) are not parliamentary papers and are never cited.
"""

from __future__ import annotations

import re

from .common import head

# Dossier number as printed: "36180", "36 180", with a space or no-break space after two digits
DOSSIER = r"(?<![\d/])\d{2}[ \xa0]?\d{3}(?![\d/])"
# One part after the dossier: a Roman numeral or letter ("36200 XII", "36200-A") or a hyphenated
# number ("21501-20", and in "21501-02-3309" both the sub-dossier and the number)
PART = r"(?:[ \xa0]*-?[ \xa0]*(?:[IVXLC]+|[A-Z])(?!\w)|-\d{1,5}(?![\w/]))"
# Dossier with its parts, as written
BASE = rf"{DOSSIER}{PART}{{0,2}}"
# The number(s) in the dossier: "nr. 321", "nr. 344 en nr. 401", "nrs. 344 en 401", "nrs. 12 t/m 14"
NUMBERS = (
    r"(?P<numbers>(?i:nrs|nummers)\.?\s*\d+(?:\s*(?:,|en|&|t/m|tot\s+en\s+met)\s*\d+)*"
    r"|(?i:nr|no|nummer)\.?\s*\d+(?:\s*(?:,|en|&)\s*(?i:nr|no)\.?\s*\d+)*)"
)
# The letter that numbers an Eerste Kamer paper: "Kamerstukken I 2022/23, 36 200, E" (kept only
# after "Kamerstukken I": elsewhere ", EU" is just text)
SENATE_LETTER = r"\s*,\s*(?P<letter>[A-Z]{1,3})(?![\w.])"

# A citation with the word Kamerstuk(ken): "Kamerstuk 32 852, nr. 321", "Kamerstukken II, 2023/24,
# 36200 XII, nr. 62", "Kamerstuk 21501-02-3309", "(Kamerstuk 36547)", "Bijlage bij Kamerstuk 29 383, nr. 384"
CITATION = re.compile(
    rf"""(?<![^\W\d])(?i:kamerstuk(?:ken)?)\b  # also after a glued footnote number: "2Kamerstuk 29 383"
    (?:[ \xa0]+(?P<chamber>I{{1,2}})\b)?                           # chamber: I (Eerste), II (Tweede Kamer)
    (?:\s*,?\s*(?i:vergaderjaar\s+)?\d{{4}}\s*[/–-]\s*\d{{2,4}})?  # session: "2023/24", "2023–2024"
    \s*,?\s*(?P<base>{BASE})
    (?:\s*,?\s*{NUMBERS}|{SENATE_LETTER})?""",
    re.VERBOSE,
)
# A bare reference that is a whole parenthetical: "(35 207, nr. 28)"
BARE_CITATION = re.compile(rf"\(\s*(?P<base>{BASE})\s*,\s*{NUMBERS}\s*\)")
# A paper linked by its officielebekendmakingen identifier: ".../kst-36180-164.html"
LINKED_CITATION = re.compile(r"(?<=/)kst-(?P<base>\d{4,5}(?:-[0-9A-Z]{1,5})+)")

# Own number, openkamer page header: "Onderdeel van kamerstukdossier 36180 -196 Doen waar …"
OWN_OPENKAMER = re.compile(
    rf"(?i:onderdeel\s+van\s+kamerstukdossier)\s+(?P<base>{BASE}?)\s*-\s*(?P<numbers>\d+)"
)
# Own number, officielebekendmakingen identifier on a line of its own or above the ISSN: "kst-26485-396"
OWN_IDENTIFIER = re.compile(
    r"(?:^|(?<=\s))kst-(?P<base>\d{4,5}(?:-[0-9A-Z]{1,5})+)(?=\s+ISSN|[ \t]*$)", re.MULTILINE
)
# Own number, page footer of a printed paper: "Tweede Kamer, vergaderjaar 2019–2020, 35 207, nr. 28"
OWN_FOOTER = re.compile(
    rf"(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{{4}}\s*[–-]\s*\d{{4}},\s+(?P<base>{BASE}),\s+{NUMBERS}"
)
# Own number, title block of a printed paper: the dossier line ("36 180 Doen waar Nederland goed in
# is …") followed by "Nr. 196"; a lone "Nr. 396" without a dossier does not state the number
OWN_TITLE_BLOCK = re.compile(
    rf"^[ \t]*(?P<base>{BASE})[ \t]+[^\W\d][\s\S]{{0,600}}?\bNr\.[ \t]*(?P<numbers>\d+)\b", re.MULTILINE
)
# Own number in a file name from officielebekendmakingen: "kst-36180-196.pdf"
OWN_FILE_NAME = re.compile(r"(?<![a-z])kst-(?P<base>\d{4,5}(?:-[0-9A-Z]{1,5})+)")

#: Ranges ("nrs. 12 t/m 14") longer than this are kept as their two ends.
MAX_RANGE = 20


def normalise_base(written: str) -> str:
    """ "36 180" → "36180", "36200 XII" → "36200-XII", "21 501-02" → "21501-02"."""
    compact = re.sub(r"^(\d\d)[ \xa0](?=\d{3})", r"\1", written.strip())
    return re.sub(r"\s*-\s*|\s+", "-", compact)


def paper_numbers(written: str | None) -> list[int]:
    """The numbers of "nr. 344 en nr. 401" or "nrs. 12 t/m 14", ranges expanded."""
    if not written:
        return []
    numbers: list[int] = []
    for match in re.finditer(r"(\d+)(?:\s*(?:t/m|tot\s+en\s+met)\s*(\d+))?", written):
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first <= last <= first + MAX_RANGE:
            numbers.extend(range(first, last + 1))
        else:
            numbers.extend([first, last] if match.group(2) else [first])
    return numbers


def papers(match: re.Match[str]) -> list[str]:
    """The normalised papers one reference names: one per number, or the dossier alone."""
    base = normalise_base(match.group("base"))
    if match.groupdict().get("letter") and match.group("chamber") == "I":
        return [f"{base}-{match.group('letter')}"]
    numbers = paper_numbers(match.groupdict().get("numbers"))
    return [f"{base}-{number}" for number in numbers] or [base]


def own_kamerstuk(text: str, file_name: str = "") -> str | None:
    """The document's own number, where the document states it (its header, footer or identifier).

    A "(Kamerstuk …)" in a title is the subject being discussed, a citation, never the own number.
    """
    searches = (
        (OWN_OPENKAMER, text),
        (OWN_IDENTIFIER, text),
        (OWN_FOOTER, text),
        (OWN_TITLE_BLOCK, head(text)),
        (OWN_FILE_NAME, file_name),
    )
    for pattern, searched in searches:
        match = pattern.search(searched)
        if match is not None:
            return papers(match)[0]
    return None


def cited_kamerstukken(text: str, own: str | None = None) -> list[str]:
    """Papers the text cites, in document order, without duplicates and without its own number."""
    found: list[tuple[int, str]] = []
    for pattern in (CITATION, BARE_CITATION, LINKED_CITATION):
        for match in pattern.finditer(text):
            found.extend((match.start(), paper) for paper in papers(match))
    cites: list[str] = []
    for _, paper in sorted(found, key=lambda item: item[0]):
        if paper != own and paper not in cites:
            cites.append(paper)
    return cites
