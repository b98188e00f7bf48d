"""Persons: a name is recognised by its context (a role, a party, a motion, a signature), never by
a bare capitalised word, so the rules carry over to names no list knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.names import (
    CAPITALISED_NAME,
    FULL_NAME,
    SURNAME,
    looks_like_name,
)

PERSON = "Person"
ORGANISATION = "Organisation"

#: a role word directly before a name: "Minister Kaag", "staatssecretaris Van Leeuwen", "de heer Wilders"
ROLE_NAME = re.compile(
    r"(?<![\w-])(?:[\w]+-)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Pp]remier|[Ee]urocommissaris|"
    r"[Kk]amerlid|[Aa]mbassadeur|[a-z]*[Gg]ezant|[Pp]resident|[Kk]oning(?:in)?|[Cc]ommissaris|[Vv]oorzitter|"
    r"(?:Hoge|Speciaal|Speciale|Bijzonder)\s+[Vv]ertegenwoordiger|HV|"
    r"[Dd]e\s+heer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]r\.|[Dd]r\.|[Pp]rof\.)"
    rf"\s+(?P<name>{FULL_NAME})"
)
#: a part of every role word of `ROLE_NAME` (the cues of its rule)
ROLE_CUES = tuple(
    "inister taatssecretaris remier amerlid mbassadeur ezant resident oning ommissaris oorzitter "
    "ertegenwoordiger HV heer evrouw evr. hr. Mr. mr. Dr. dr. rof.".split()
)
#: an office in an organisation, then the holder's full name without a comma:
#: "de voorzitter van de Europese Commissie Ursula von der Leyen"
ORGANISATION_HEADS = r"(?:Commissie|Unie|Raad|Parlement|Bank|Hof|Organisatie|Fonds|Comité|Bureau|Agentschap)"
OFFICE_IN_ORGANISATION = re.compile(
    r"\b(?:[Vv]oorzitter|[Pp]resident|[Dd]irecteur|[Ss]ecretaris-[Gg]eneraal|[Cc]ommissaris|[Ww]oordvoerder)"
    rf"\s+(?:van|bij)\s+(?:de|het)\s+(?:[A-Z][\w-]*\s+){{0,3}}{ORGANISATION_HEADS}\s+"
    rf"(?P<name>{CAPITALISED_NAME})"
)
#: a part of every office word of `OFFICE_IN_ORGANISATION`
OFFICE_CUES = tuple("oorzitter resident irecteur ecretaris- ommissaris oordvoerder".split())
#: "het lid Hijink (SP)", "het Kamerlid Kuzu (DENK)"
MEMBER_WITH_PARTY = re.compile(
    rf"\b(?:[Hh]et\s+(?:Kamer)?lid|[Kk]amerlid)\s+(?P<name>{FULL_NAME})"
    r"(?:\s*\((?P<party>[A-Z][\w/-]*(?:[ -][A-Z][\w-]*)?)\))?"
)
#: "de leden Ploumen en Van den Hul", "de leden Ploumen (PvdA) en Van den Hul (PvdA)"
MEMBERS = re.compile(
    rf"\b[Dd]e\s+(?:Kamer)?leden\s+(?P<names>{FULL_NAME}(?:\s*\([^)]{{1,20}}\))?"
    rf"(?:\s*,\s*{FULL_NAME}(?:\s*\([^)]{{1,20}}\))?)*"
    rf"\s+en\s+{FULL_NAME}(?:\s*\([^)]{{1,20}}\))?)"
)
_NAME_IN_LIST = re.compile(rf"(?P<name>{FULL_NAME})(?:\s*\((?P<party>[^)]{{1,20}})\))?")
#: "motie Koerhuis/Van der Molen", "motie-Voordewind", "motie van het lid Voordewind", "motie Erkens c.s."
MOTION = re.compile(
    rf"\b[Mm]otie(?:s)?(?:\s+van\s+(?:het\s+lid|de\s+leden))?[\s-]+(?P<names>{SURNAME}(?:\s*/\s*{SURNAME})*)"
)
#: "de Chinese minister van Buitenlandse Zaken, Wang Yi" — a role phrase, a comma, a full name
ROLE_APPOSITION = re.compile(
    r"\b(?:[Mm]inister|[Ss]taatssecretaris|[Pp]resident|[Pp]remier|[Ee]urocommissaris|[Cc]ommissaris|"
    r"[Vv]oorzitter|[Dd]irecteur|[Ss]ecretaris-[Gg]eneraal|[Aa]mbassadeur)"
    r"(?:\s+(?:van|voor)\s+[A-Z][\w-]*(?:\s+(?:en|van|voor|de)?\s*[A-Z][\w-]*){0,4})?"
    rf",\s+(?P<name>{CAPITALISED_NAME})"
)
#: a part of every role word of `ROLE_APPOSITION`
APPOSITION_CUES = tuple(
    "inister taatssecretaris resident remier ommissaris oorzitter irecteur ecretaris- mbassadeur".split()
)
#: a chair or clerk line and the name on the next line: "De fungerend voorzitter van de commissie,\nBoswijk"
OFFICER_LINE = re.compile(
    r"(?im)^[ \t]*(?:de\s+)?(?:fungerend\s+)?(?:(?:adjunct-|plv\.\s+)?griffier|voorzitter)\b"
    r"[^\n,]{0,80},[ \t]*\n\s*"
    rf"(?P<name>{FULL_NAME})[ \t]*$"
)


def _person(m: re.Match[str], name: str, rule_name: str) -> Iterator[Candidate]:
    start, end = m.span(name)
    if looks_like_name(m.group(name)):
        yield Candidate(start, end, PERSON, rule_name)


@rule("persons.role-name", cues=ROLE_CUES)
def role_name(text: str) -> Iterator[Candidate]:
    for m in ROLE_NAME.finditer(text):
        yield from _person(m, "name", "persons.role-name")


@rule("persons.member-party", cues=("lid",))
def member_with_party(text: str) -> Iterator[Candidate]:
    for m in MEMBER_WITH_PARTY.finditer(text):
        group = f"member:{m.start()}"
        if looks_like_name(m.group("name")):
            yield Candidate(*m.span("name"), PERSON, "persons.member-party", group=group)
            if m.group("party"):
                yield Candidate(*m.span("party"), ORGANISATION, "persons.member-party.party")


@rule("persons.members", cues=("leden",))
def members(text: str) -> Iterator[Candidate]:
    for m in MEMBERS.finditer(text):
        base = m.start("names")
        for n in _NAME_IN_LIST.finditer(m.group("names")):
            if looks_like_name(n.group("name")):
                yield Candidate(base + n.start("name"), base + n.end("name"), PERSON, "persons.members")
            party = n.group("party")
            if party and not party.startswith("beiden") and not party.startswith("allen"):
                yield Candidate(
                    base + n.start("party"), base + n.end("party"), ORGANISATION, "persons.members.party"
                )


@rule("persons.motion", cues=("otie",))
def motion(text: str) -> Iterator[Candidate]:
    for m in MOTION.finditer(text):
        base = m.start("names")
        for n in re.finditer(SURNAME, m.group("names")):
            if looks_like_name(n.group()):
                yield Candidate(base + n.start(), base + n.end(), PERSON, "persons.motion")


@rule("persons.role-apposition", cues=APPOSITION_CUES)
def role_apposition(text: str) -> Iterator[Candidate]:
    for m in ROLE_APPOSITION.finditer(text):
        yield from _person(m, "name", "persons.role-apposition")


@rule("persons.officer-line", scope="document")
def officer_line(text: str) -> Iterator[Candidate]:
    for m in OFFICER_LINE.finditer(text):
        yield from _person(m, "name", "persons.officer-line")


@rule("persons.office-in-organisation", cues=OFFICE_CUES)
def office_in_organisation(text: str) -> Iterator[Candidate]:
    for m in OFFICE_IN_ORGANISATION.finditer(text):
        yield from _person(m, "name", "persons.office-in-organisation")
