"""Policies and instruments: names with a policy or instrument head, acronym compounds
('IMVO-sectorovereenkomst'), dated programme names and quoted titles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import INSTRUMENT, POLICY, classify, head_type, is_bare_head, is_generic
from beleidsgraaf.extract.rules.names import proper_names

_TYPES = (POLICY, INSTRUMENT)
#: "IMVO-sectorovereenkomst", "EU-Mercosur-akkoord", "MVO-steunpunt": acronym prefix plus a head compound
ACRONYM_COMPOUND = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[a-z]?-)+(?P<head>[a-z][a-z’']{3,})\b")
#: heads of programme names with a period
DATED_HEADS = tuple("programma agenda strategie actieplan plan kader akkoord".split())
#: "beleidsprogramma circulair textiel 2025–2030": a lower-case head compound, a few words and a period
DATED_NAME = re.compile(
    rf"\b(?P<head>[a-z]+(?:{'|'.join(DATED_HEADS)}))"
    r"(?P<words>(?:\s+[a-zà-ÿ]+){1,4})\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
)
#: words that end a noun phrase: a dated name does not run through them
CLAUSE_WORDS = frozenset(
    "is zijn wordt werd was eind begin medio tot van in de het een voor op en met dat die".split()
)
#: capitalised names of parliamentary procedure, not instruments
NOT_INSTRUMENTS = frozenset({"Regeling van Werkzaamheden"})
#: heads of compounds that a capitalised title names
TITLED_HEADS = tuple(
    "kader regeling programma fonds faciliteit convenant agenda strategie overeenkomst".split()
)
#: "subsidiebeleidskader Sectorale Samenwerking": a lower-case head compound naming a capitalised title
HEAD_WITH_TITLE = re.compile(
    rf"\b(?P<head>[a-z]+(?:{'|'.join(TITLED_HEADS)}))"
    r"\s+(?P<title>[A-Z][\w-]+(?:\s+(?:en\s+|van\s+|voor\s+)?[A-Z][\w-]+)*)"
)
#: a quoted title after a policy name: Beleidsagenda Buitenlandse Handel ‘Nederland: welvarend en weerbaar’
QUOTED_TITLE = re.compile(r"\s*[‘“«\"'](?P<title>[^’”»\"'\n]{3,80})[’”»\"']")


@rule("policies.head-name")
def head_name(text: str) -> Iterator[Candidate]:
    for start, end in proper_names(text):
        name = text[start:end]
        label = classify(name)
        if (
            label in _TYPES
            and not is_bare_head(name)
            and not is_generic(name)
            and name not in NOT_INSTRUMENTS
        ):
            q = QUOTED_TITLE.match(text, end)
            yield Candidate(start, q.end() if q else end, label, "policies.head-name")


@rule("policies.acronym-compound", cues=("-",))
def acronym_compound(text: str) -> Iterator[Candidate]:
    for m in ACRONYM_COMPOUND.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES and not is_generic(m.group()):
            yield Candidate(m.start(), m.end(), label, "policies.acronym-compound")


@rule("policies.dated-name", cues=DATED_HEADS)
def dated_name(text: str) -> Iterator[Candidate]:
    for m in DATED_NAME.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES and not CLAUSE_WORDS.intersection(m.group("words").split()):
            yield Candidate(m.start(), m.end(), label, "policies.dated-name")


@rule("policies.head-title", cues=TITLED_HEADS)
def head_with_title(text: str) -> Iterator[Candidate]:
    for m in HEAD_WITH_TITLE.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES:
            yield Candidate(m.start(), m.end(), label, "policies.head-title")


#: heads of treaties between parties
TREATY_HEADS = ("akkoord", "overeenkomst", "verdrag")
#: "EU-Indonesië handelsakkoord", "EU-Mercosur akkoord": a hyphenated pair of parties and a treaty head
PARTIES_AGREEMENT = re.compile(
    r"(?<![\w-])(?:EU|[A-Z][\w]+)-[A-Z][\wëïéèöü]+\s+(?:handels|investerings|partnerschaps|associatie)?"
    rf"(?:{'|'.join(TREATY_HEADS)})\b"
)
#: adjectives of the scope of a policy
SCOPES = ("Europese", "Nationale", "Nederlandse", "Internationale")
#: "Europese havenstrategie", "Nationale grondstoffenstrategie": an adjective of scope and a policy compound
SCOPED_COMPOUND = re.compile(
    rf"\b(?:{'|'.join(SCOPES)})\s+"
    r"(?P<head>[a-z]{3,}(?:strategie|agenda|actieplan|verordening|richtlijn|programma|wet))\b"
)
#: words that introduce a name
NAMING_WORDS = ("genaamd", "getiteld", "met de naam", "onder de naam")
#: "beleidskader …, genaamd Focus 2026-2030", "een programma getiteld «Samen Sterk»": a kind, then its name
NAMED_AS = re.compile(
    r"\b(?P<head>[a-z]*(?:kader|programma|regeling|fonds|faciliteit|strategie|agenda|plan|initiatief))\b"
    rf"[^.;]{{0,120}}?\b(?:{'|'.join(NAMING_WORDS)})\s+[«“‘\"]?"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)){0,5})"
)
#: "Beleidsagenda buitenlandse handel “Nederland: welvarend en weerbaar”": a capitalised head, a few
#: lower-case words and a quoted title
HEAD_THEN_QUOTED = re.compile(
    r"\b(?P<head>[A-Z][a-z]*(?:agenda|strategie|actieplan|nota|brief|programma|visie)|"
    r"(?:Agenda|Strategie|Actieplan|Nota|Brief|Programma|Visie))"
    r"(?:\s+[a-zà-ÿ]+){1,4}\s*[‘“«\"](?P<title>[^’”»\"\n]{3,80})[’”»\"]"
)
#: the quotes a title of `HEAD_THEN_QUOTED` opens with
OPENING_QUOTES = ("‘", "“", "«", '"')
#: "de IMVO multistakeholdersectorovereenkomst voor de natuursteensector en de metaalsector": one kind of
#: agreement for two sectors is two agreements
SECTOR_AGREEMENTS = re.compile(
    r"\b(?P<head>(?:[A-Z]{2,}\s+|[A-Z]{2,}-)?[a-z]*(?:overeenkomst|convenant|akkoord))\s+voor\s+de\s+"
    r"(?P<first>[a-z]+sector)(?P<rest>(?:\s*,\s*(?:de\s+)?[a-z]+sector)*\s+en\s+(?:de\s+)?[a-z]+sector)?"
)


@rule("policies.parties-agreement", cues=TREATY_HEADS)
def parties_agreement(text: str) -> Iterator[Candidate]:
    for m in PARTIES_AGREEMENT.finditer(text):
        yield Candidate(m.start(), m.end(), POLICY, "policies.parties-agreement")


@rule("policies.scoped-compound", cues=SCOPES)
def scoped_compound(text: str) -> Iterator[Candidate]:
    for m in SCOPED_COMPOUND.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES:
            yield Candidate(m.start(), m.end(), label, "policies.scoped-compound")


@rule("policies.named-as", cues=NAMING_WORDS)
def named_as(text: str) -> Iterator[Candidate]:
    for m in NAMED_AS.finditer(text):
        label = head_type(m.group("head"))
        if label in _TYPES:
            yield Candidate(*m.span("name"), label, "policies.named-as")


@rule("policies.head-quoted-title", cues=OPENING_QUOTES)
def head_then_quoted(text: str) -> Iterator[Candidate]:
    for m in HEAD_THEN_QUOTED.finditer(text):
        yield Candidate(m.start(), m.end(), POLICY, "policies.head-quoted-title")


@rule("policies.sector-agreements", cues=("sector",))
def sector_agreements(text: str) -> Iterator[Candidate]:
    """Each sector in the list gets its own agreement, named in full even where the text elides it."""
    for m in SECTOR_AGREEMENTS.finditer(text):
        label = head_type(m.group("head").split()[-1].split("-")[-1])
        if label not in _TYPES:
            continue
        head = " ".join(m.group("head").split())
        yield Candidate(m.start(), m.end("first"), label, "policies.sector-agreements")
        for s in re.finditer(r"[a-z]+sector", m.group("rest") or ""):
            start = m.start("rest") + s.start()
            yield Candidate(
                start,
                start + len(s.group()),
                label,
                "policies.sector-agreements",
                canonical=f"{head} voor de {s.group()}",
            )


#: "Wet natuurbescherming", "Wet op de ondernemingsraden", "Wet verantwoord en duurzaam internationaal
#: ondernemen": Dutch laws are named by a capital "Wet" and lower-case words, up to a clause word
DUTCH_LAW = re.compile(
    r"(?<![.!?]\s)(?<!^)\bWet\s+(?P<words>(?:op\s+(?:de|het)\s+)?[a-zà-ÿ][\wà-ÿ-]+"
    r"(?:\s+(?:en\s+)?[a-zà-ÿ][\wà-ÿ-]+){0,5})"
)
LAW_STOP_WORDS = frozenset(
    "is zijn wordt worden werd was de het een die dat met om te niet ook al aan bij in "
    "op voor van tot uit naar door als zal zou kan moet heeft hebben en of".split()
)
TITLE_CONNECTORS = frozenset({"op", "de", "het", "en", "inzake"})
#: "het 11e sanctiepakket", "het 14de sanctiepakket": numbered packages of measures
NUMBERED_PACKAGE = re.compile(r"\b\d{1,2}(?:e|de|ste)\s+[a-z]*pakket\b")


@rule("policies.dutch-law", cues=("Wet",))
def dutch_law(text: str) -> Iterator[Candidate]:
    for m in DUTCH_LAW.finditer(text):
        words = m.group("words").split()
        while words and words[-1] in LAW_STOP_WORDS:
            words.pop()
        kept = []
        for w in words:  # title words are long nouns and adjectives; a short word ends the title
            if (w in LAW_STOP_WORDS or len(w) < 5) and w not in TITLE_CONNECTORS:
                break
            kept.append(w)
        while kept and kept[-1] in LAW_STOP_WORDS:
            kept.pop()
        if kept:
            end = m.start("words") + len(" ".join(kept))
            if text[m.start("words") : end] == " ".join(kept):
                yield Candidate(m.start(), end, POLICY, "policies.dutch-law")


@rule("policies.numbered-package", cues=("pakket",))
def numbered_package(text: str) -> Iterator[Candidate]:
    for m in NUMBERED_PACKAGE.finditer(text):
        yield Candidate(m.start(), m.end(), POLICY, "policies.numbered-package")
