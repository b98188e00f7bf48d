"""Policies and instruments: names with a policy or instrument head, acronym compounds
('IMVO-sectorovereenkomst'), dated programme names and quoted titles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import INSTRUMENT, POLICY, classify, head_type, is_bare_head
from beleidsgraaf.extract.rules.names import proper_names

_TYPES = (POLICY, INSTRUMENT)
#: "IMVO-sectorovereenkomst", "EU-Mercosur-akkoord", "MVO-steunpunt": acronym prefix plus a head compound
ACRONYM_COMPOUND = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[a-z]?-)+(?P<head>[a-z][a-z’']{3,})\b")
#: "beleidsprogramma circulair textiel 2025–2030": a lower-case head compound, a few words and a period
DATED_NAME = re.compile(
    r"\b(?P<head>[a-z]+(?:programma|agenda|strategie|actieplan|plan|kader|akkoord))"
    r"(?P<words>(?:\s+[a-zà-ÿ]+){1,4})\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
)
#: words that end a noun phrase: a dated name does not run through them
CLAUSE_WORDS = frozenset(
    [
        "is",
        "zijn",
        "wordt",
        "werd",
        "was",
        "eind",
        "begin",
        "medio",
        "tot",
        "van",
        "in",
        "de",
        "het",
        "een",
        "voor",
        "op",
        "en",
        "met",
        "dat",
        "die",
    ]
)
#: capitalised names of parliamentary procedure, not instruments
NOT_INSTRUMENTS = frozenset({"Regeling van Werkzaamheden"})
#: "subsidiebeleidskader Sectorale Samenwerking": a lower-case head compound naming a capitalised title
HEAD_WITH_TITLE = re.compile(
    r"\b(?P<head>[a-z]+(?:kader|regeling|programma|fonds|faciliteit|convenant|agenda|strategie|overeenkomst))"
    r"\s+(?P<title>[A-Z][\w-]+(?:\s+(?:en\s+|van\s+|voor\s+)?[A-Z][\w-]+)*)"
)
#: a quoted title after a policy name: Beleidsagenda Buitenlandse Handel ‘Nederland: welvarend en weerbaar’
QUOTED_TITLE = re.compile(r"\s*[‘“«\"'](?P<title>[^’”»\"'\n]{3,80})[’”»\"']")


@rule("policies.head-name")
def head_name(text: str) -> Iterator[Candidate]:
    for start, end in proper_names(text):
        name = text[start:end]
        label = classify(name)
        if label in _TYPES and not is_bare_head(name) and name not in NOT_INSTRUMENTS:
            q = QUOTED_TITLE.match(text, end)
            yield Candidate(start, q.end() if q else end, label, "policies.head-name")


@rule("policies.acronym-compound")
def acronym_compound(text: str) -> Iterator[Candidate]:
    for m in ACRONYM_COMPOUND.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES:
            yield Candidate(m.start(), m.end(), label, "policies.acronym-compound")


@rule("policies.dated-name")
def dated_name(text: str) -> Iterator[Candidate]:
    for m in DATED_NAME.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES and not CLAUSE_WORDS.intersection(m.group("words").split()):
            yield Candidate(m.start(), m.end(), label, "policies.dated-name")


@rule("policies.head-title")
def head_with_title(text: str) -> Iterator[Candidate]:
    for m in HEAD_WITH_TITLE.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES:
            yield Candidate(m.start(), m.end(), label, "policies.head-title")
