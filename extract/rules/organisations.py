"""Organisations: names carried by an organisation head noun, and parliamentary factions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import ORGANISATION, classify, head_type, is_bare_head
from beleidsgraaf.extract.rules.names import CONNECTORS, proper_names

#: "de D66-fractie", "de leden van de VVD-fractie", "de GroenLinks-PvdA-fractie"
FACTION = re.compile(r"(?<![\w-])(?P<party>[A-Z0-9][\w/]*(?:-[A-Z][\w]*)*)-fractie\b")
#: heads of organisations named by a complement
COMPLEMENT_HEADS = tuple(
    "ministerie commissie raad agentschap autoriteit inspectie rijksdienst stichting centrum".split()
)
#: a lower-case head with a capitalised complement: "ministerie van Buitenlandse Zaken",
#: "vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp", "raad van bestuur" (rejected: no capital)
HEAD_WITH_COMPLEMENT = re.compile(
    r"\b(?:(?:vaste|algemene|tijdelijke|parlementaire)\s+)?"
    rf"(?P<head>{'|'.join(COMPLEMENT_HEADS)})"
    rf"\s+(?:van|voor)\s+(?:de\s+|het\s+)?[A-Z][\w-]*(?:\s+(?:{CONNECTORS}\s+)*[A-Z][\w-]*)*"
)


@rule("organisations.head-name")
def head_name(text: str) -> Iterator[Candidate]:
    """Capitalised names with an organisation head: 'Adviesraad Internationale Vraagstukken'."""
    for start, end in proper_names(text):
        name = text[start:end]
        if classify(name) == ORGANISATION and (" " in name or _is_compound_with_head(name)):
            yield Candidate(start, end, ORGANISATION, "organisations.head-name")


def _is_compound_with_head(word: str) -> bool:
    """'Wereldbank' names something; the bare head 'Raad' does not."""
    return head_type(word) is not None and not is_bare_head(word)


@rule("organisations.head-complement", cues=COMPLEMENT_HEADS)
def head_complement(text: str) -> Iterator[Candidate]:
    for m in HEAD_WITH_COMPLEMENT.finditer(text):
        yield Candidate(m.start(), m.end(), ORGANISATION, "organisations.head-complement")


@rule("organisations.faction", cues=("-fractie",))
def faction(text: str) -> Iterator[Candidate]:
    """A faction is its party's parliamentary group; it resolves to the party."""
    for m in FACTION.finditer(text):
        yield Candidate(*m.span("party"), ORGANISATION, "organisations.faction")


#: kinds of organisation that a name follows
KINDS = tuple(
    "denktank organisatie stichting vakbond bedrijf onderneming ngo kennisinstituut kennisinstelling "
    "bank netwerk platform coalitie federatie vereniging koepel agentschap toezichthouder".split()
)
#: a lower-case kind of organisation followed by its name: "jongerendenktank The West Wing",
#: "de werkgeversorganisatie VNO-NCW", "het bedrijf Shell"
KIND_THEN_NAME = re.compile(
    rf"\b[a-z]*(?:{'|'.join(KINDS)})"
    r"\s+(?P<name>(?:The\s+)?[A-Z][\w&-]*(?:\s+(?:of\s+|for\s+|van\s+|voor\s+)?[A-Z][\w&-]*){0,5})"
)


@rule("organisations.kind-then-name", cues=KINDS)
def kind_then_name(text: str) -> Iterator[Candidate]:
    for m in KIND_THEN_NAME.finditer(text):
        yield Candidate(*m.span("name"), ORGANISATION, "organisations.kind-then-name")
