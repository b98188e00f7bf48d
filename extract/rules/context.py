"""Short forms that the context makes definite: 'de Raad' beside the Parliament and the Commission
is the Council of the EU, and 'de Commissie' the European Commission; 'de Kamer' in a parliamentary
paper is the chamber it is addressed to (the Tweede Kamer unless the letter goes to the Eerste); a
portfolio named on its own ('bij Defensie', 'door Financiën') is its ministry."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.ontology.vocabulary import ministries

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


#: the portfolios of the ministries, longest first ("Justitie en Veiligheid" before "Justitie")
PORTFOLIOS = sorted(ministries(), key=lambda p: (-len(p), p))
BARE_PORTFOLIO = re.compile(
    rf"(?<![\w-])(?P<name>{'|'.join(re.escape(p) for p in PORTFOLIOS)})(?![\w-]|\s+[A-Z(])"
)
#: words a portfolio belongs to when they stand before it, with what may come between: the portfolio
#: of a post, a ministry, a committee, a Council, a budget, a directorate ("de Minister van
#: Buitenlandse Zaken", "de vaste commissie voor Defensie", "Raad Algemene Zaken", "begroting
#: Defensie", "de Ministers van Financiën en van Defensie")
OWNER = re.compile(
    r"(?:[Mm]inister(?:s|ie|ies|-president)?|[Ss]taatssecretaris(?:sen)?|[Cc]ommissie|[Rr]aad|[Dd]epartement(?:en)?"
    r"|[Bb]egroting(?:en)?|[Bb]egrotingshoofdstuk|[Dd]irectoraat-[Gg]eneraal|DG|[Dd]irectie|[Bb]ewindspersonen"
    r"|[Ss]ecretaris-[Gg]eneraal|[Pp]ortefeuille|[Ww]oordvoerder|[Rr]aden|[Kk]amercommissie|[Cc]ommissies)"
    r"(?:\s+(?:van|voor))?(?:\s+(?:de|het))?\s+(?:[A-Z][\w,]*\s+(?:(?:en|van|voor)\s+)*)*$"
)


@rule("context.portfolio", cues=tuple(PORTFOLIOS))
def portfolio(text: str) -> Iterator[Candidate]:
    """A portfolio on its own is its ministry: 'in overleg met Defensie', 'Financiën en BZ' (not
    in brackets after a name, where it is the person's post: 'Staatssecretaris Keijzer (Economische
    Zaken en Klimaat)')."""
    for m in BARE_PORTFOLIO.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] != "(" and not OWNER.search(
            text, max(0, m.start() - 120), m.start()
        ):
            name = m.group("name")
            yield Candidate(
                *m.span(), "Organisation", "context.portfolio", canonical=f"Ministerie van {name}"
            )
