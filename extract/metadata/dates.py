"""The document's own date, chosen by the role a date plays rather than by where it first appears.

A letter mentions many dates ("op 26 augustus jl.", "de brief van 30 juni 2023"); only a few
positions state when the document itself was signed, sent or answered.
"""

from __future__ import annotations

import datetime as dt
import re

from .common import head

#: Dutch month names and their usual abbreviations.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "febr": 2, "feb": 2,
    "maart": 3, "mrt": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))

# "11 december 2025", "2 febr. 2018": day, Dutch month, year (a date without a year, "1 september jl.",
# is a reference inside the text, never the document's date)
DUTCH_DATE = rf"(?<!\d)\d{{1,2}}\s+(?i:{_MONTH_ALTERNATION})\.?\s+\d{{4}}(?!\d)"
# "2026-01-30"
ISO_DATE = r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
# "30-01-2026", "30/01/2026", "30.01.2026" (day first, as in Dutch)
NUMERIC_DATE = r"(?<!\d)\d{1,2}(?:-\d{1,2}-|/\d{1,2}/|\.\d{1,2}\.)\d{4}(?!\d)"
# Any written date
ANY_DATE = rf"(?:{DUTCH_DATE}|{ISO_DATE}|{NUMERIC_DATE})"
# Any written date, captured as group "date"
DATE = rf"(?P<date>{ANY_DATE})"

# The roles a date can play, each a pattern with a "date" group.
ROLE_PATTERNS: dict[str, re.Pattern[str]] = {
    # the place-date line of a letter: "Den Haag, 11 december 2025"; another place only as a whole line
    "place": re.compile(
        rf"(?:\b(?:Den\s+Haag|['’]s-Gravenhage)\s*,\s*(?:de\s+)?"
        rf"|^[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*,[ \t]*(?={ANY_DATE}[ \t]*$)){DATE}",
        re.MULTILINE,
    ),
    # a header field: "datum: 2026-01-30", letterhead "Datum 11 december 2025"
    "header": re.compile(rf"\b(?i:datum)[ \t]*:?\s*{DATE}"),
    # when an answer (or a nota) reached parliament: "(ontvangen 2 februari 2018)", "Ontvangen 19 juni 2020"
    "received": re.compile(rf"(?:\(\s*|^[ \t]*)(?i:ontvangen)\s+(?:op\s+)?{DATE}", re.MULTILINE),
    # when a committee report was adopted: "Vastgesteld 30 januari 2020"
    "established": re.compile(rf"\b(?i:vastgesteld)\s+(?:op\s+)?{DATE}"),
    # when a motion was tabled: "Voorgesteld 13 november 2019", "Voorgesteld tijdens het Notaoverleg
    # van 15 juni 2020"
    "proposed": re.compile(rf"^[ \t]*(?i:voorgesteld)\b[^\n]{{0,80}}?{DATE}", re.MULTILINE),
    # when written questions were sent in: "(ingezonden 22 december 2017)"
    "submitted": re.compile(rf"\(\s*(?i:ingezonden)\s+(?:op\s+)?{DATE}"),
    # when a committee met or a sitting was held: "hebben op 6 september 2017 overleg gevoerd", a
    # sitting's heading "Donderdag 10 november 2022"
    "meeting": re.compile(
        rf"(?:\bhebben\s+op\s+(?={ANY_DATE}\s+overleg\s+gevoerd)"
        r"|^[ \t]*(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+"
        rf"(?={ANY_DATE}[ \t]*$)){DATE}",
        re.MULTILINE,
    ),
}

#: Roles searched only in the head: a "datum" field further down is part of the running text.
HEAD_ONLY_ROLES = frozenset({"header"})

#: Per document kind, the roles that state the document's own date, most telling first.
ROLE_ORDER: dict[str, tuple[str, ...]] = {
    # (a committee's list of questions and answers: when the committee adopted it)
    "Antwoord op Kamervragen": ("received", "established", "header", "place", "submitted"),
    "Kamerbrief": ("place", "header"),
    "Verslag schriftelijk overleg": ("established", "header", "place"),
    "Motie": ("proposed", "header"),
    "Nota": ("received", "place", "header"),
    # written questions without answers: when they were sent in; a committee debate or a sitting:
    # when the report was adopted, else when they met
    "Overig": ("place", "header", "received", "established", "proposed", "submitted", "meeting"),
}


def parse_date(written: str) -> dt.date | None:
    """The date a written date stands for, or None when it is no valid calendar date."""
    parts = written.split()
    try:
        if len(parts) == 3:  # "11 december 2025"
            day, month, year = int(parts[0]), MONTHS[parts[1].lower().rstrip(".")], int(parts[2])
        elif re.fullmatch(ISO_DATE, written):
            year, month, day = (int(part) for part in written.split("-"))
        else:  # "30-01-2026", "30/01/2026", "30.01.2026"
            day, month, year = (int(part) for part in re.split(r"[-/.]", written))
        return dt.date(year, month, day)
    except (KeyError, ValueError):
        return None


def find_role_date(text: str, role: str) -> dt.date | None:
    """The first valid date that plays ``role`` in the text."""
    searched = head(text) if role in HEAD_ONLY_ROLES else text
    for match in ROLE_PATTERNS[role].finditer(searched):
        date = parse_date(match.group("date"))
        if date is not None:
            return date
    return None


def extract_date(text: str, kind: str) -> dt.date | None:
    """The document's own date: the first role, in the kind's order of precedence, that states one.

    None when no role states a full date (a report "Vastgesteld …. 2026" has no day yet).
    """
    for role in ROLE_ORDER.get(kind, ROLE_ORDER["Overig"]):
        date = find_role_date(text, role)
        if date is not None:
            return date
    return None
