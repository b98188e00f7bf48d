"""Short forms that the context makes definite: 'de Raad' beside the Parliament and the Commission
is the Council of the EU; 'de Kamer' in a parliamentary paper is the Tweede Kamer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule

COUNCIL_OF_THE_EU = "Raad van de Europese Unie"
HOUSE = "Tweede Kamer der Staten-Generaal"
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


@rule("context.house", cues=("Kamer",))
def house(text: str) -> Iterator[Candidate]:
    for m in BARE_HOUSE.finditer(text):
        yield Candidate(*m.span("name"), "Organisation", "context.house", canonical=HOUSE)
