"""Persons in running text: a name is recognised by its context (a role, a party, a motion, an
apposition), never by a bare capitalised word, so the rules carry over to names no list knows. Each
rule states, with the person, the post the context gives ("de Chinese minister van Buitenlandse
Zaken, Wang Yi") and the party ("het lid Hijink (SP)"); the structures of documents (signatures,
speaker labels, motions' submitters) are in `officers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.base.names import CAPITALISED_NAME, FULL_NAME, SURNAME
from beleidsgraaf.extract.rules import PersonStatement, statement_rule
from beleidsgraaf.extract.rules.names import looks_like_name

#: an adjective of a country or a body before a role: "de Chinese minister", "de Azerbeidzjaanse president"
ADJECTIVE = r"(?P<adj>[A-Z][a-zëïé]{2,}(?:se|e))"
#: capitalised words ending in -e that are no such adjective
NOT_ADJECTIVES = frozenset(
    "Deze Elke Welke Onze Andere Vorige Huidige Nieuwe Oude Grote Eerste Tweede Derde Vaste Hoge "
    "Beide Alle Goede Volgende Zelfde".split()
)
#: offices that are a post without a portfolio or a qualifier ("president Trump", "minister-president Rutte")
SELF_STANDING = frozenset("minister-president premier president koning koningin eurocommissaris paus".split())
#: compounds of a role word that name no portfolio: a member of parliament, like "Kamerlid"
NO_PORTFOLIO = frozenset({"volksvertegenwoordiger"})
#: a role word directly before a name: "Minister Kaag", "staatssecretaris Van Leeuwen", "de heer
#: Wilders"; with an adjective ("de Chinese President Xi Jinping"), a prefix ("EU-sanctiegezant
#: O’Sullivan") or a compound that names the portfolio ("handelscommissaris Lindqvist",
#: "handelsvertegenwoordiger Brook") the role with them is the post
ROLE_NAME = re.compile(
    rf"(?:{ADJECTIVE}[ \t]+)?(?<![\w-])(?P<role>(?P<prefix>[\w]+-)?(?:[Mm]inister(?:-[Pp]resident)?|"
    r"[Ss]taatssecretaris|[Pp]remier|[Ee]urocommissaris|[Kk]amerlid|[Aa]mbassadeur|[a-z]*[Gg]ezant|"
    r"[Pp]resident|[Kk]oning(?:in)?|[Cc]ommissaris|[Vv]oorzitter|[Dd]irecteur-[Gg]eneraal|"
    r"(?P<compound>[A-Z]?[a-z]{3,}(?:commissaris|vertegenwoordiger))|"
    r"(?P<qualified>(?:Hoge|Speciaal|Speciale|Bijzonder)[ \t]+[Vv]ertegenwoordiger)|HV|"
    r"[Dd]e[ \t]+heer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]r\.|[Dd]r\.|[Pp]rof\.))"
    rf"[ \t]+(?P<name>{FULL_NAME})"
)
#: a part of every role word of `ROLE_NAME` (the cues of its rule)
ROLE_CUES = tuple(
    "inister taatssecretaris remier ommissaris amerlid mbassadeur ezant resident oning oorzitter "
    "ertegenwoordiger irecteur- HV heer evrouw evr. hr. Mr. mr. Dr. dr. rof.".split()
)


@statement_rule("persons.role-name", cues=ROLE_CUES)
def role_name(text: str) -> Iterator[PersonStatement]:
    """A bare "Minister Kaag" states no post (a minister of what?); an adjective, a prefix, a
    qualifier, a post that stands alone or a portfolio after the name ("Minister Koenders van
    Buitenlandse Zaken", where "van Buitenlandse" is no part of the name) does."""
    for m in ROLE_NAME.finditer(text):
        name_end = m.end("name")
        portfolio = None
        if PORTFOLIO_ROLE.fullmatch(m.group("role")):
            cut = NAME_THEN_PORTFOLIO.search(text, m.start("name"), name_end + 120)
            if cut and cut.start() <= name_end:
                name_end, portfolio = cut.start(), cut
        if not looks_like_name(text[m.start("name") : name_end]):
            continue
        if portfolio:
            post = f"{m.group('role')} {' '.join(portfolio.group('portfolio').split())}"
            yield PersonStatement(
                (m.start("name"), name_end), (m.start("role"), portfolio.end()), "persons.role-name",
                post, None, 0.85,
            )  # fmt: skip
            continue
        adjective = m.group("adj") if m.group("adj") not in NOT_ADJECTIVES else None
        role = " ".join(m.group("role").split())
        post = ""
        compound = m.group("compound") and role.lower() not in NO_PORTFOLIO
        if (
            adjective
            or m.group("prefix")
            or m.group("qualified")
            or compound
            or role.lower() in SELF_STANDING
        ):
            post = f"{adjective} {role}" if adjective else role
        start = m.start("adj") if adjective else m.start("role")
        yield PersonStatement(m.span("name"), (start, m.end("name")), "persons.role-name", post, None, 0.8)


#: the words of Dutch ministers' portfolios ("Buitenlandse Handel en Ontwikkelingssamenwerking")
PORTFOLIO_WORD = (
    r"(?:Buitenlandse|Binnenlandse|Zaken|Economische|Sociale|Financiën|Defensie|Justitie|Veiligheid|"
    r"Onderwijs|Cultuur|Wetenschap|Volksgezondheid|Welzijn|Sport|Infrastructuur|Waterstaat|Landbouw|"
    r"Natuur|Voedselkwaliteit|Visserij|Klimaat|Energie|Groene|Groei|Handel|Ontwikkelingssamenwerking|"
    r"Ontwikkelingshulp|Algemene|Koninkrijksrelaties|Asiel|Migratie|Werkgelegenheid|Stikstof|"
    r"Volkshuisvesting|Ruimtelijke|Ordening|Wonen|Rijksdienst|Primair|Voortgezet|Milieu|Medische|Zorg|"
    r"Jeugd|Preventie|Rechtsbescherming|Toeslagen|Douane|Fiscaliteit|Digitalisering|Innovatie|"
    r"Europese|Integratie|Emancipatie|Armoedebeleid|Participatie|Pensioenen|Langdurige|Basisonderwijs)"
)
#: a portfolio of such words, joined by spaces, "en" or commas ("Landbouw, Natuur en Voedselkwaliteit")
PORTFOLIO = rf"{PORTFOLIO_WORD}(?:(?:[ \t]+(?:en[ \t]+)?|,[ \t]*){PORTFOLIO_WORD}){{0,6}}"
#: the role words whose portfolio may follow the name: "Minister Koenders van Buitenlandse Zaken"
PORTFOLIO_ROLE = re.compile(r"[Mm]inister|[Ss]taatssecretaris")
#: the portfolio after a minister's name: "(Koenders) van Buitenlandse Zaken", "(Ploumen) voor
#: Buitenlandse Handel en Ontwikkelingssamenwerking"
NAME_THEN_PORTFOLIO = re.compile(
    rf"[ \t]+(?P<portfolio>(?:van|voor)[ \t]+{PORTFOLIO})(?![\w-])"
)
#: a minister named with the portfolio and no comma: "minister van Buitenlandse Zaken Blok"
ROLE_PORTFOLIO_NAME = re.compile(
    r"(?<![\w-])(?P<post>(?:[Mm]inister|[Ss]taatssecretaris|[Vv]iceminister)[ \t]+(?:van|voor)[ \t]+"
    rf"{PORTFOLIO})"
    rf"[ \t]+(?P<name>{FULL_NAME})"
)


@statement_rule("persons.role-portfolio-name", cues=("inister", "taatssecretaris"))
def role_portfolio_name(text: str) -> Iterator[PersonStatement]:
    for m in ROLE_PORTFOLIO_NAME.finditer(text):
        if looks_like_name(m.group("name")):
            yield PersonStatement(
                m.span("name"), m.span(), "persons.role-portfolio-name", " ".join(m.group("post").split()),
                None, 0.85,
            )  # fmt: skip


#: "de Chinese minister van Buitenlandse Zaken, Wang Yi": a role phrase, a comma, a full name
ROLE_APPOSITION = re.compile(
    rf"(?:{ADJECTIVE}[ \t]+)?\b(?P<role>[Mm]inister|[Ss]taatssecretaris|[Pp]resident|[Pp]remier|"
    r"[Ee]urocommissaris|[Cc]ommissaris|[Vv]oorzitter|[Dd]irecteur|[Ss]ecretaris-[Gg]eneraal|[Aa]mbassadeur)"
    r"(?P<complement>[ \t]+(?:van|voor)[ \t]+[A-Z][\w-]*"
    r"(?:[ \t]+(?:(?:en|van|voor|de)[ \t]+)?[A-Z][\w-]*){0,4})?"
    rf",[ \t]+(?P<name>{CAPITALISED_NAME})"
)
#: a part of every role word of `ROLE_APPOSITION`
APPOSITION_CUES = tuple(
    "inister taatssecretaris resident remier ommissaris oorzitter irecteur ecretaris- mbassadeur".split()
)


@statement_rule("persons.role-apposition", cues=APPOSITION_CUES)
def role_apposition(text: str) -> Iterator[PersonStatement]:
    """The role phrase is the post when an adjective or a portfolio makes it one."""
    for m in ROLE_APPOSITION.finditer(text):
        if not looks_like_name(m.group("name")):
            continue
        adjective = m.group("adj") if m.group("adj") not in NOT_ADJECTIVES else None
        post = ""
        if adjective or m.group("complement"):
            post = " ".join(f"{adjective or ''} {m.group('role')}{m.group('complement') or ''}".split())
        start = m.start("adj") if adjective else m.start("role")
        yield PersonStatement(
            m.span("name"), (start, m.end("name")), "persons.role-apposition", post, None, 0.8
        )


#: a name, then its post in apposition: "mevrouw Ploumen, Minister voor Buitenlandse Handel en
#: Ontwikkelingssamenwerking", "Koenders, minister van Buitenlandse Zaken"
NAME_APPOSITION = re.compile(
    rf"(?:(?P<role>\b[Dd]e[ \t]+heer|\b[Mm]evrouw)[ \t]+)?(?<![\w-])(?P<name>{FULL_NAME}),[ \t]+"
    r"(?P<post>(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)[ \t]+(?:van|voor)[ \t]+"
    rf"{PORTFOLIO})"
)


@statement_rule("persons.name-apposition", cues=("inister", "taatssecretaris"))
def name_apposition(text: str) -> Iterator[PersonStatement]:
    """With "de heer" or "mevrouw" before it the name is a person; without, only a name found
    otherwise gets the post."""
    for m in NAME_APPOSITION.finditer(text):
        if looks_like_name(m.group("name")):
            start = m.start("role") if m.group("role") else m.start("name")
            post = " ".join(m.group("post").split())
            yield PersonStatement(
                m.span("name"), (start, m.end()), "persons.name-apposition", post,
                None, 0.85, proposes=bool(m.group("role")),
            )  # fmt: skip


#: an office in an organisation, then the holder's full name without a comma:
#: "de voorzitter van de Europese Commissie Ursula von der Leyen"
ORGANISATION_HEADS = r"(?:Commissie|Unie|Raad|Parlement|Bank|Hof|Organisatie|Fonds|Comité|Bureau|Agentschap)"
OFFICE_IN_ORGANISATION = re.compile(
    r"\b(?P<post>(?:[Vv]oorzitter|[Pp]resident|[Dd]irecteur|[Ss]ecretaris-[Gg]eneraal|[Cc]ommissaris|"
    r"[Ww]oordvoerder)[ \t]+(?:van|bij)[ \t]+(?:de|het)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}"
    rf"{ORGANISATION_HEADS})[ \t]+(?P<name>{CAPITALISED_NAME})"
)
#: a part of every office word of `OFFICE_IN_ORGANISATION`
OFFICE_CUES = tuple("oorzitter resident irecteur ecretaris- ommissaris oordvoerder".split())


@statement_rule("persons.office-in-organisation", cues=OFFICE_CUES)
def office_in_organisation(text: str) -> Iterator[PersonStatement]:
    for m in OFFICE_IN_ORGANISATION.finditer(text):
        if looks_like_name(m.group("name")):
            post = " ".join(m.group("post").split())
            yield PersonStatement(m.span("name"), m.span(), "persons.office-in-organisation", post, None, 0.8)


#: a party in parentheses after a member's name: "Hijink (SP)", "Van der Lee (GroenLinks-PvdA)"
PARTY = r"\((?P<party>[A-Z][\w/-]*(?:[ -][A-Z][\w-]*)?)\)"
#: "het lid Hijink (SP)", "het Kamerlid Kuzu (DENK)"
MEMBER_WITH_PARTY = re.compile(
    rf"\b(?:[Hh]et[ \t]+(?:Kamer)?lid|[Kk]amerlid)[ \t]+(?P<name>{FULL_NAME})(?:[ \t]*{PARTY})?"
)


@statement_rule("persons.member-party", cues=("lid",))
def member_with_party(text: str) -> Iterator[PersonStatement]:
    for m in MEMBER_WITH_PARTY.finditer(text):
        if looks_like_name(m.group("name")):
            party = m.span("party") if m.group("party") else None
            yield PersonStatement(m.span("name"), m.span(), "persons.member-party", "", party, 0.9)


#: "de leden Ploumen en Van den Hul", "de leden Ploumen (PvdA) en Van den Hul (PvdA)", "de leden
#: Bromet en Van den Nieuwenhuijzen (beiden GroenLinks)"
MEMBERS = re.compile(
    rf"\b[Dd]e[ \t]+(?:Kamer)?leden[ \t]+(?P<names>{FULL_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?"
    rf"(?:[ \t]*,[ \t]*{FULL_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?)*"
    rf"[ \t]+en[ \t]+{FULL_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?)"
)
_NAME_IN_LIST = re.compile(
    rf"(?P<name>{FULL_NAME})(?:[ \t]*\((?:(?P<shared>beiden|beide|allen|alle[ \t]+drie)[ \t]+)?"
    r"(?P<party>[^()\n]{1,30})\))?"
)


@statement_rule("persons.members", cues=("leden",))
def members(text: str) -> Iterator[PersonStatement]:
    """Each member with their party; a party said to be shared ("beiden PvdA") is also the party of
    the names before it that have none."""
    for m in MEMBERS.finditer(text):
        listed: list[list] = []  # [name span, party span or None]
        since = 0  # the first name after the last one with a party
        for n in _NAME_IN_LIST.finditer(text, m.start("names"), m.end("names")):
            if not looks_like_name(n.group("name")):
                continue
            party = n.span("party") if n.group("party") else None
            if party and n.group("shared"):
                for earlier in listed[since:]:
                    earlier[1] = party
            listed.append([n.span("name"), party])
            since = len(listed) if party else since
        for name, party in listed:
            yield PersonStatement(name, m.span(), "persons.members", "", party, 0.9)


#: "motie Koerhuis/Van der Molen", "motie-Voordewind", "motie van het lid Voordewind", "motie Erkens
#: c.s.", "de motie van Van der Staaij"
MOTION = re.compile(
    rf"\b[Mm]otie(?:s)?(?:[ \t]+van(?:[ \t]+(?:het[ \t]+lid|de[ \t]+leden))?)?[ \t-]+"
    rf"(?P<names>{SURNAME}(?:[ \t]*/[ \t]*{SURNAME})*)"
)


@statement_rule("persons.motion", cues=("otie",))
def motion(text: str) -> Iterator[PersonStatement]:
    """The names in a motion's name are persons (the guidelines' `motie Koerhuis/Van der Molen`)."""
    for m in MOTION.finditer(text):
        for n in re.finditer(SURNAME, text[m.start("names") : m.end("names")]):
            if looks_like_name(n.group()):
                span = (m.start("names") + n.start(), m.start("names") + n.end())
                yield PersonStatement(span, m.span(), "persons.motion", "", None, 0.8)


#: a name and a party in parentheses, wherever a name found otherwise stands: "van het lid Bromet
#: (GroenLinks)", "Kamerleden Omtzigt (NSC) en Bikker (ChristenUnie)"
NAME_PARTY = re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})[ \t]*{PARTY}")


@statement_rule("persons.name-party", cues=("(",))
def name_party(text: str) -> Iterator[PersonStatement]:
    """Proposes nothing: the name must be a person found otherwise, the parenthesis a party the
    vocabulary knows."""
    for m in NAME_PARTY.finditer(text):
        yield PersonStatement(
            m.span("name"), m.span(), "persons.name-party", "", m.span("party"), 0.85,
            proposes=False, proposes_organisation=False,
        )  # fmt: skip
