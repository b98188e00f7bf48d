"""Organisations: names carried by an organisation head noun, parliamentary factions, units of
government (directorates, ministries by short name), and companies and NGOs named by the kind of
organisation they are ("bedrijven als X, Y en Z", "X is een autofabrikant")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.base.names import UPPER
from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import ORGANISATION, classify, head_type, is_bare_head, is_procedure
from beleidsgraaf.extract.rules.names import CONNECTORS, proper_names
from beleidsgraaf.ontology.vocabulary import ministries

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
        if (
            classify(name) == ORGANISATION
            and (" " in name or _is_compound_with_head(name))
            and not is_procedure(name)
        ):
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


#: a unit of a ministry or of the European Commission, then its name: "directie Internationaal
#: Onderzoek en Beleidsevaluatie", "Directoraat-generaal Buitenlandse Economische Betrekkingen",
#: "DG Handel", "DG TRADE", "het departement Buitenlandse Handel en Ontwikkelingssamenwerking"
DIRECTORATE = re.compile(
    r"(?<![\w-])(?:[Dd]irectoraat-[Gg]eneraal|[Dd]irectie|DG|[Dd]epartement)\s+(?:voor\s+)?"
    rf"[{UPPER}][\w-]*(?:\s+(?:(?:en|voor|van)\s+)?[{UPPER}][\w-]*)*"
)


@rule("organisations.directorate", cues=("irecto", "irectie", "DG", "epartement"))
def directorate(text: str) -> Iterator[Candidate]:
    for m in DIRECTORATE.finditer(text):
        yield Candidate(m.start(), m.end(), ORGANISATION, "organisations.directorate")


#: portfolio names and short names of the ministries of the vocabulary, longest first so that
#: "Economische Zaken en Klimaat" is not read as "Economische Zaken"
_PORTFOLIOS = {name: name for name in ministries()} | {
    short: name for name, short_names in ministries().items() for short in short_names
}
PORTFOLIO = "|".join(re.escape(p) for p in sorted(_PORTFOLIOS, key=lambda p: (-len(p), p)))
#: "de ministeries van BZ, EZK en Defensie", "het Ministerie van EZK": each portfolio is a ministry
MINISTRIES_OF = re.compile(
    rf"\b[Mm]inisteries?\s+van\s+(?P<list>(?:{PORTFOLIO})(?![\w-])"
    rf"(?:\s*(?:,|\ben\b)\s*(?:{PORTFOLIO})(?![\w-]))*)"
)
_PORTFOLIO_IN_LIST = re.compile(rf"(?<![\w-])(?:{PORTFOLIO})(?![\w-])")


@rule("organisations.ministries", cues=("inisterie",))
def ministries(text: str) -> Iterator[Candidate]:
    """One candidate per ministry of the list, named in full; one ministry takes the head word along
    ("Ministerie van EZK"), several do not ("ministeries van BZ" is not a name)."""
    for m in MINISTRIES_OF.finditer(text):
        single = not m.group().casefold().startswith("ministeries")
        for p in _PORTFOLIO_IN_LIST.finditer(text, m.start("list"), m.end("list")):
            start = m.start() if single else p.start()
            canonical = f"Ministerie van {_PORTFOLIOS[p.group()]}"
            yield Candidate(start, p.end(), ORGANISATION, "organisations.ministries", canonical=canonical)


#: plural kinds of organisation that introduce an enumeration of names
PLURAL_KINDS = (
    "bedrijven ondernemingen multinationals organisaties ngo's ngo’s NGO's NGO’s ngo’s banken "
    "instellingen kennisinstellingen kennisinstituten denktanks vakbonden brancheorganisaties "
    "brancheverenigingen koepelorganisaties fabrikanten producenten handelaren retailers supermarkten "
    "stichtingen verenigingen netwerken platforms investeerders verzekeraars fondsen"
).split()
#: one name of an enumeration: capitalised words (with connectors) or an acronym
_LIST_NAME = (
    rf"(?:[{UPPER}0-9][\w&’'-]*(?:[ \t]+(?:(?:of|for|van|voor|de|and|&)[ \t]+)*[{UPPER}0-9][\w&’'-]*)*)"
)
#: "bedrijven als Shell, Unilever en Philips", "organisaties zoals Oxfam Novib en Cordaid",
#: "ngo's, waaronder SOMO en Solidaridad": a plural kind (also opening a sentence), a word that
#: introduces examples, the names
ENUMERATION = re.compile(
    rf"(?<![\w-])(?:[A-Za-z][a-z]*-)?(?i:{'|'.join(re.escape(k) for k in PLURAL_KINDS)})"
    r"(?:\s*,)?\s+(?:als|zoals|waaronder|onder\s+wie|te\s+weten|bijvoorbeeld|namelijk|onder\s+andere|onder\s+meer|:)"
    r"\s+(?:(?:de|het)\s+)?"
    rf"(?P<list>{_LIST_NAME}(?:\s*,\s*(?:(?:de|het)\s+)?{_LIST_NAME})*(?:\s*,?\s+(?:en|of)\s+(?:(?:de|het)\s+)?{_LIST_NAME})?)"
)
#: "in samenwerking met X, Y en Z", "via partnerschappen met X en Y", "X werkt samen met Y en Z":
#: partners listed by name (two at least, so that one capitalised word after "met" is not taken for
#: a partner)
PARTNERS = re.compile(
    r"\b(?:samenwerking|partnerschap(?:pen)?|samenwerkingsverband(?:en)?|(?:werk(?:t|en|te|ten)|gewerkt)"
    r"\s+samen)\s+met\s+(?:(?:de|het)\s+)?"
    rf"(?P<list>{_LIST_NAME}(?:\s*,\s*(?:(?:de|het)\s+)?{_LIST_NAME})*\s*,?\s+en\s+(?:(?:de|het)\s+)?{_LIST_NAME})"
)
_NAME = re.compile(_LIST_NAME)
ENUMERATION_CUES = (
    " als ",
    "zoals",
    "waaronder",
    "te weten",
    "bijvoorbeeld",
    "namelijk",
    "onder ",
    ":",
)


@rule("organisations.enumeration", cues=ENUMERATION_CUES)
def enumeration(text: str) -> Iterator[Candidate]:
    """Each name listed after a plural kind of organisation is an organisation (countries and other
    vocabulary names in the list keep their own type: the vocabulary wins the span)."""
    yield from _listed(text, ENUMERATION, "organisations.enumeration")


@rule("organisations.partners", cues=(" met ",))
def partners(text: str) -> Iterator[Candidate]:
    yield from _listed(text, PARTNERS, "organisations.partners")


def _listed(text: str, pattern: re.Pattern[str], name: str) -> Iterator[Candidate]:
    for m in pattern.finditer(text):
        for n in _NAME.finditer(text, m.start("list"), m.end("list")):
            if not is_procedure(n.group()):
                yield Candidate(n.start(), n.end(), ORGANISATION, name)


#: what a company or NGO is said to be: "X is een autofabrikant", "X is een high tech bedrijf",
#: "X, een Chinese producent van batterijen, …"
KIND_NOUNS = (
    "bedrijf onderneming fabrikant producent multinational concern holding coöperatie cooperatie "
    "organisatie ngo stichting vereniging denktank bank verzekeraar investeerder startup start-up "
    "scale-up dochteronderneming dochterbedrijf staatsbedrijf brancheorganisatie vakbond koepel "
    "handelshuis rederij uitgever omroep krant dagblad"
).split()
#: capitalised words before "is een …" that are no company: pronouns and places of the sentence start
NOT_COMPANIES = frozenset("Dit Dat Het Er Hier Daar Nederland Europa Wat".split())
IS_A_KIND = re.compile(
    r"(?:\s+is|\s*,)\s+een\s+(?:[A-Za-zà-ÿ-]+\s+){0,3}?"
    rf"[a-z-]*(?:{'|'.join(KIND_NOUNS)})\b"
)


@rule("organisations.is-a-kind", cues=(" een ",))
def is_a_kind(text: str) -> Iterator[Candidate]:
    """A capitalised name right before "is een <kind>" or ", een <kind>" names an organisation."""
    for start, end in proper_names(text):
        m = IS_A_KIND.match(text, end)
        name = text[start:end]
        if m and name.split()[0] not in NOT_COMPANIES and classify(name) in (None, ORGANISATION):
            yield Candidate(start, end, ORGANISATION, "organisations.is-a-kind")


#: what a newspaper, broadcaster or agency publishes, and the verbs of saying something in it
PIECES = "interview artikel opiniestuk column bericht berichtgeving reportage uitzending commentaar".split()
SAYING = "aangaf schreef zei verklaarde stelde meldde opmerkte liet\\s+weten".split()
_MEDIUM_NAME = rf"[{UPPER}][\w&’'-]*(?:[ \t]+[{UPPER}][\w&’'-]*){{0,3}}"
#: a medium by where something appears in it: "een interview in de Financial Times", "zoals hij in
#: de Daily Post aangaf", and the source after a quoted headline: "«Havens sluiten» (Daily Post, 3
#: mei 2031)"
MEDIUM = re.compile(
    rf"\b(?:{'|'.join(PIECES)})\s+in\s+(?:(?:de|het)\s+)?(?P<a>{_MEDIUM_NAME})"
    rf"|\bin\s+(?:de|het)\s+(?P<b>{_MEDIUM_NAME})\s+(?:heeft\s+)?(?:{'|'.join(SAYING)})\b"
    rf"|[»”\"’]\s*\(\s*(?P<c>{_MEDIUM_NAME})\s*(?:,|van)\s*\d{{1,2}}\s+[a-z]+\s+\d{{4}}\s*\)"
)

#: what a thing said "in de X" is when X ends so: a paper, a meeting, a house (no medium)
NOT_MEDIA = re.compile(
    r"(?:brief|nota|notitie|verslag|rapport|fiche|motie|antwoord|beantwoording|debat|overleg|vergadering"
    r"|stuk|agenda|toespraak|speech|kamer|raad|wet|verdrag|beleid|plan|strategie|programma)$",
    re.IGNORECASE,
)


@rule("organisations.medium", cues=(*PIECES, *SAYING[:-1], "liet", "("))
def medium(text: str) -> Iterator[Candidate]:
    """A name that something is said or published in is a newspaper, broadcaster or agency (unless a
    head noun makes it something else: 'in de Raad zei', 'in het Verdrag stelde')."""
    for m in MEDIUM.finditer(text):
        group = next(g for g in "abc" if m.group(g))
        name = m.group(group)
        if classify(name) is None and not NOT_MEDIA.search(name) and not is_procedure(name):
            yield Candidate(*m.span(group), ORGANISATION, "organisations.medium")


#: legal forms of companies, written after the name: "Nexperia B.V.", "Havenstaal GmbH", "Kade plc"
#: (not the short ones that are Dutch words or titles too: AG is the advocaat-generaal)
LEGAL_FORMS = (
    r"B\.\s?V\.|N\.\s?V\.|BV|NV|C\.\s?V\.|GmbH|S\.\s?A\.|S\.p\.A\.|SpA|plc|PLC|Ltd\.?|Limited"
    r"|Inc\.?|Incorporated|Corp\.?|Corporation|LLC|LLP|Co\.,?\s+Ltd\.?|A/S|K\.K\."
)
LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORMS})(?![\w/])")
#: the legal form after a name that ends before it ("Kade plc")
LEGAL_FORM_AFTER = re.compile(rf"[ \t]+(?:{LEGAL_FORMS})(?![\w/])")
LEGAL_FORM_CUES = tuple("B. N. C. BV NV GmbH S. SpA plc PLC Ltd Limited Inc Corp LLC LLP A/S K.K.".split())


@rule("organisations.legal-form", cues=LEGAL_FORM_CUES)
def legal_form(text: str) -> Iterator[Candidate]:
    """A capitalised name followed by a company's legal form is that company, legal form included
    (a name of the capitalised words may end in the form's first letters: "Nexperia B" of "B.V.")."""
    for start, end in proper_names(text):
        last = text.rfind(" ", start, end) + 1
        m = LEGAL_FORM.match(text, last) if last > start else None
        if m and m.end() >= end:
            name_end = last - 1
        else:
            m, name_end = LEGAL_FORM_AFTER.match(text, end), end
        name = text[start:name_end].strip()
        if m and name and not is_procedure(name) and classify(name) in (None, ORGANISATION):
            yield Candidate(start, m.end(), ORGANISATION, "organisations.legal-form")
