"""Short forms that the context makes definite: 'de Raad' beside the Parliament and the Commission
is the Council of the EU, and 'de Commissie' the European Commission; 'de Kamer' in a parliamentary
paper is the chamber it is addressed to (the Tweede Kamer unless the letter goes to the Eerste)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule

COUNCIL_OF_THE_EU = "Raad van de Europese Unie"
HOUSE = "Tweede Kamer der Staten-Generaal"
SENATE = "Eerste Kamer der Staten-Generaal"
COMMISSION = "Europese Commissie"
#: "de Raad" not followed by a complement ("de Raad van State", "de Raad voor …" are other bodies)
BARE_COUNCIL = re.compile(r"\b[Dd]e\s+(?P<name>Raad)\b(?!\s+(?:van|voor|Buitenlandse|[A-Z]))")
EU_CONTEXT = re.compile(r"Europe(?:es|se)\s+(?:Parlement|Commissie)")
#: "de Kamer", "uw Kamer", "Kamer" as the addressee — but not "Eerste Kamer" or "Kamer van Koophandel"
BARE_HOUSE = re.compile(
    r"(?<!Eerste )(?<!Tweede )\b(?:[Uu]w|[Dd]e)\s+(?P<name>Kamer)\b(?!\s+van\s+Koophandel)"
)


@rule("context.council-of-the-eu")
def council(text: str) -> Iterator[Candidate]:
    """'de Raad' in a paragraph that also names the European Parliament or Commission."""
    if EU_CONTEXT.search(text):
        for m in BARE_COUNCIL.finditer(text):
            yield Candidate(
                *m.span("name"), "Organisation", "context.council-of-the-eu", canonical=COUNCIL_OF_THE_EU
            )


#: "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal", "Aan de Voorzitters van de Eerste en
#: van de Tweede Kamer …": the chambers a paper is addressed to
ADDRESSEE = re.compile(r"\bAan\s+de\s+Voorzitters?\s+van\s+de\s+(?P<chambers>[^\n]{0,40}?)Kamer\b")


def addressed_house(text: str) -> str | None:
    """The chamber of the first addressee line, None when it names both; the Tweede Kamer when the
    paper names no addressee."""
    m = ADDRESSEE.search(text)
    if m is None:
        return HOUSE
    words = m.group("chambers").split()
    if "Eerste" in words and "Tweede" in words:
        return None
    return SENATE if "Eerste" in words else HOUSE


@rule("context.house", scope="document", cues=("Kamer",))
def house(text: str) -> Iterator[Candidate]:
    chamber = addressed_house(text)
    if chamber is None:
        return
    for m in BARE_HOUSE.finditer(text):
        yield Candidate(*m.span("name"), "Organisation", "context.house", canonical=chamber)


#: "de Commissie", "(hierna: Commissie)" — not "de Commissie voor …", "Uw Commissie" (a committee of
#: the House) or "de Commissie Deskundigen …"
BARE_COMMISSION = re.compile(r"(?:\b[Dd]e|\bhierna:?)\s+(?P<name>Commissie)\b(?!\s+(?:van|voor|[A-Z])|-)")


@rule("context.european-commission", cues=("Commissie",))
def commission(text: str) -> Iterator[Candidate]:
    """'de Commissie' in a paragraph that also names the European Parliament or Commission."""
    if EU_CONTEXT.search(text):
        for m in BARE_COMMISSION.finditer(text):
            yield Candidate(
                *m.span("name"), "Organisation", "context.european-commission", canonical=COMMISSION
            )
