"""EU legal acts by number and by title: 'Verordening (EU) 2019/452', 'Richtlijn 2013/34/EU',
'Verordening (EG) nr. 924/2009', 'COM(2022) 546', 'Voorstel voor een verordening … inzake …',
'Proposal for a DIRECTIVE … amending …'.

An act's number is how it is cited, so every way of writing one number gives one normalised
citation (`citation`), and that citation is the act's key: its candidates carry the group
`key:<citation>`, which resolution turns into one entity whose id is made from the citation, in
every document. A title next to the number joins the same group, so an act named by number and by
title is one entity with both as labels. What a title says the act amends or repeals ("tot wijziging
van …", "and repealing …") is left outside the title's span: the acts named there are mentions of
their own, and `beleidsgraaf.extract.act_relations` states the amendments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import KEY, Candidate, rule

POLICY = "Policy"

#: kinds of act, Dutch and English, in the Dutch form a citation is normalised to
KINDS = {
    "verordening": "Verordening",
    "uitvoeringsverordening": "Verordening",
    "gedelegeerde verordening": "Verordening",
    "regulation": "Verordening",
    "implementing regulation": "Verordening",
    "delegated regulation": "Verordening",
    "richtlijn": "Richtlijn",
    "kaderrichtlijn": "Richtlijn",
    "directive": "Richtlijn",
    "besluit": "Besluit",
    "uitvoeringsbesluit": "Besluit",
    "kaderbesluit": "Besluit",
    "decision": "Besluit",
    "implementing decision": "Besluit",
    "framework decision": "Besluit",
}
_KIND = (
    r"(?:[Uu]itvoerings|[Gg]edelegeerde\s+|[Kk]ader|(?i:implementing|delegated|framework)\s+)?"
    r"(?:[Vv]erordening|[Rr]ichtlijn|[Bb]esluit|(?i:regulation|directive|decision))"
)
#: the plural that introduces a list of numbers: "Richtlijnen 2006/43/EG, 2013/34/EU en (EU) 2022/2464"
_KINDS = r"(?:[Vv]erordeningen|[Rr]ichtlijnen|[Bb]esluiten|(?i:regulations|directives|decisions))"
#: the legal orders in act numbers, English and French forms to the Dutch
ORDERS = {
    "EU": "EU",
    "EG": "EG",
    "EEG": "EEG",
    "EC": "EG",
    "EEC": "EEG",
    "CE": "EG",
    "UE": "EU",
    "EGKS": "EGKS",
}
_ORDER = r"(?:EU|EG|EEG|EC|EEC|CE|UE|EGKS|Euratom)"
#: one act number: "(EU) 2019/452", "(EG) nr. 924/2009", "(EU, Euratom) 2018/1046", "2013/34/EU",
#: and after a kind word a bare "2019/452" or "nr. 2019/452"
NUMBER = (
    rf"(?:\((?P<order>{_ORDER})(?:\s*,\s*Euratom)?\)\s+(?P<nr>(?:nr|No|n°)\.?\s+)?(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})"
    rf"|(?P<y>\d{{2,4}})/(?P<n>\d{{1,4}})/(?P<order2>{_ORDER})"
    r"|(?P<nr3>(?:nr|No)\.?\s+)?(?P<a3>\d{4})/(?P<b3>\d{1,4}))(?![\d/])"
)
_NUMBER = re.compile(NUMBER)
#: the same without groups, for lists
_ANY_NUMBER = (
    rf"(?:\({_ORDER}(?:\s*,\s*Euratom)?\)\s+)?(?:(?:nr|No)\.?\s+)?\d{{1,4}}/\d{{1,4}}(?:/{_ORDER})?(?![\d/])"
)
#: a kind and its number: "Verordening (EU) 2019/452", "Directive 2013/34/EU"
CITATION = re.compile(rf"(?<![\w-])(?P<kind>{_KIND})\s+(?P<number>{NUMBER})")
#: a plural kind and a list of numbers: "Richtlijnen 2006/43/EG, 2013/34/EU en (EU) 2022/2464"
CITATIONS = re.compile(
    rf"(?<![\w-])(?P<kind>{_KINDS})\s+(?P<list>{_ANY_NUMBER}(?:\s*(?:,|\ben\b|\band\b)\s*{_ANY_NUMBER})+)"
)
#: a Commission document: "COM(2022) 546", "COM (2024) 23 final", "JOIN(2023) 20"
COM = re.compile(
    r"(?<![\w-])(?P<series>COM|JOIN)\s*\((?P<year>\d{4})\)\s*(?P<number>\d{1,4})(?:\s+(?:final|definitief))?"
)
_PLURALS = {"verordeningen": "verordening", "richtlijnen": "richtlijn", "besluiten": "besluit"}


def _order(code: str | None) -> str:
    return ORDERS.get(code or "EU", "EU")


def _year(value: str) -> int:
    year = int(value)
    return year + (1900 if year >= 50 else 2000) if year < 100 else year


def citation(kind: str, m: re.Match[str]) -> str | None:
    """The normalised citation of an act number matched by `NUMBER` ('(EU) nr. 2019/452' and
    '2019/452' after 'Verordening' are both 'Verordening (EU) 2019/452'; 'Directive 2013/34/EC' is
    'Richtlijn 2013/34/EG'); None for a number that is no act's."""
    base = KINDS.get(" ".join(kind.casefold().split()))
    if base is None:
        return None
    if m.group("y"):  # "2013/34/EU": the numbering of directives and decisions before 2015
        year = _year(m.group("y"))
        return (
            f"{base} {year}/{int(m.group('n'))}/{_order(m.group('order2'))}" if 1950 <= year <= 2099 else None
        )
    a, b = int(m.group("a") or m.group("a3")), int(m.group("b") or m.group("b3"))
    nr = m.group("nr") or m.group("nr3")
    order = _order(m.group("order"))
    if 1950 <= b <= 2014 and (nr or not 1950 <= a <= 2099):  # "(EG) nr. 924/2009": number, then year
        return f"{base} ({order}) nr. {a}/{b}"
    if 1950 <= a <= 2099:  # "(EU) 2019/452": year, then number (the numbering since 2015)
        return f"{base} ({order}) {a}/{b}"
    return None


def com_citation(m: re.Match[str]) -> str:
    return f"{m.group('series')}({m.group('year')}) {int(m.group('number'))}"


# --- titles -----------------------------------------------------------------------------------

#: who adopted the act and when: "van het Europees Parlement en de Raad van 19 maart 2019"
ADOPTED_BY = re.compile(
    r"\s*,?\s*(?:(?:van\s+het\s+Europees\s+Parlement\s+en\s+(?:van\s+)?de\s+Raad|van\s+de\s+(?:Raad|Commissie)"
    r"|of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council|of\s+the\s+(?:Council|Commission))"
    r"(?:\s+(?:van|of)\s+\d{1,2}\s+[a-z]+\s+\d{4})?)?",
    re.IGNORECASE,
)
#: the words a title opens with after the number
TITLE_START = re.compile(
    r"\s*,?\s*(?=(?:tot\s+(?:vaststelling|oprichting|instelling|invoering|uitvoering|aanvulling|harmonisatie|"
    r"bevordering|bescherming|regeling|verlenging|opschorting|toepassing)|inzake|betreffende|houdende|ter|"
    r"met\s+betrekking\s+tot|over|(?i:on|establishing|laying\s+down|concerning|setting\s+up|as\s+regards|"
    r"supplementing))\b)"
)
#: what a title says the act changes: kept out of the title's span, stated as an amendment
AMENDING = re.compile(
    r",?\s*(?:(?:en|and)\s+)?(?:tot\s+wijziging\s+van|tot\s+intrekking\s+van|houdende\s+wijziging\s+van|"
    r"(?i:amending|repealing))\b"
)
#: where a title's span ends: a bracket, a semicolon or colon, the end of the sentence or the line, a
#: comma (not one before "en"), an amending clause, or a word that starts the rest of the sentence
CLAUSE_WORDS = (
    r"is|zijn|wordt|worden|werd|werden|was|waren|heeft|hebben|had|zal|zullen|zou|kan|kunnen|moet|"
    r"moeten|die|dat|waarin|waarbij|waarmee|are|were|has|have|will|which|that"
)
TITLE_END = re.compile(
    r"\s*[()\[\];:\n«»“”]|\.(?:\s|$)|,?\s*(?:(?:en|and)\s+)?(?:tot\s+wijziging|tot\s+intrekking|houdende\s+"
    rf"wijziging|(?i:amending|repealing))\b|,(?!\s*(?:en|and)\b)|\s+(?:{CLAUSE_WORDS})\b"
)
#: where a full title, with its amending clauses, ends: not at the bracket of "(EU)", nor at a comma
FULL_END = re.compile(rf"\s*\((?!{_ORDER}\b)|\s*[\[\];\n«»“”]|\.(?:\s+[A-Z]|\s*$)|\s+(?:{CLAUSE_WORDS})\b")
MAX_TITLE = 300


def _end(pattern: re.Pattern[str], text: str, start: int) -> int:
    limit = min(len(text), start + MAX_TITLE)
    m = pattern.search(text, start + 1, limit)
    return m.start() if m else limit


def title_after(text: str, pos: int) -> tuple[int, int, int] | None:
    """(start, end, full end) of the title that follows an act's number or kind at `pos`: the full
    end takes in what the title says the act amends or repeals."""
    m = TITLE_START.match(text, ADOPTED_BY.match(text, pos).end())
    if m is None:
        return None
    start = m.end()
    end = _end(TITLE_END, text, start)
    if end - start < 8:
        return None
    return start, end, _end(FULL_END, text, end) if AMENDING.match(text, end) else end


# --- rules ------------------------------------------------------------------------------------


@rule("acts.eu-number", cues=("/", "COM", "JOIN"))
def eu_number(text: str) -> Iterator[Candidate]:
    """An act cited by number, and its title when one follows: both in the act's key group."""
    for m in CITATION.finditer(text):
        key = citation(m.group("kind"), _NUMBER.match(text, m.start("number")))
        if key is None:
            continue
        yield Candidate(m.start(), m.end(), POLICY, "acts.eu-number", group=KEY + key, canonical=key)
        title = title_after(text, m.end())
        if title:
            start, end, full = title
            kind = KINDS[" ".join(m.group("kind").casefold().split())]
            name = f"{kind} {' '.join(text[start:full].split())}"
            yield Candidate(start, end, POLICY, "acts.eu-number", group=KEY + key, canonical=name)
    for m in CITATIONS.finditer(text):
        kind = m.group("kind").casefold()
        singular = _PLURALS.get(kind, kind.removesuffix("s"))
        for n in _NUMBER.finditer(text, m.start("list"), m.end("list")):
            key = citation(singular, n)
            if key:
                yield Candidate(n.start(), n.end(), POLICY, "acts.eu-number", group=KEY + key, canonical=key)
    for m in COM.finditer(text):
        key = com_citation(m)
        yield Candidate(m.start(), m.end(), POLICY, "acts.eu-number", group=KEY + key, canonical=key)


#: "Voorstel voor een verordening van het Europees Parlement en de Raad inzake …", "Proposal for a
#: DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL amending …", "Gewijzigd voorstel voor een …"
PROPOSAL = re.compile(
    r"(?<![\w-])(?:(?:[Gg]ewijzigd\s+)?[Vv]oorstel\s+voor\s+een|(?:[Aa]mended\s+)?[Pp]roposal\s+for\s+an?)\s+"
    rf"(?P<kind>{_KIND})\b"
)
#: a Commission number right after a title: "… in de Unie (COM(2024) 23)", "…, COM(2022) 546"
COM_AFTER = re.compile(r"\s*[(,]?\s*(?=(?:COM|JOIN)\s*\()")


def proposals(text: str, rule_name: str, key: str = "") -> Iterator[Candidate]:
    """Commission proposals named by title: the mention is the title without what it amends, the
    name is the title in full; a COM number right after it (or `key`) makes it that number's act."""
    for m in PROPOSAL.finditer(text):
        title = title_after(text, m.end())
        if title is not None:
            end, full = title[1], title[2]
        else:  # "Proposal for a Directive … amending …": what it amends is all its title says
            end = ADOPTED_BY.match(text, m.end()).end()
            if not AMENDING.match(text, end):
                continue
            full = _end(FULL_END, text, end)
        after = COM_AFTER.match(text, full)
        com = COM.match(text, after.end()) if after else None
        group = KEY + com_citation(com) if com else key
        name = " ".join(text[m.start() : full].split())
        yield Candidate(m.start(), end, POLICY, rule_name, group=group, canonical=name)


@rule("acts.proposal", cues=("oorstel voor een", "roposal for"))
def proposal(text: str) -> Iterator[Candidate]:
    yield from proposals(text, "acts.proposal")


#: the parts of a BNC-fiche that name the proposal: its heading "Fiche 2: …", "Titel voorstel" and
#: "Nr. Commissiedocument"
FICHE_HEADING = re.compile(r"^\s*Fiche\s+\d+\s*:\s*(?P<title>[^\n]{6,200}?)\s*$", re.MULTILINE)
FICHE_TITLE = re.compile(r"Titel\s+voorstel\s*:?\s*\n?\s*(?=\S)")
FICHE_NUMBER = re.compile(r"Nr\.?\s+Commissiedocument\s*:?\s*\n?\s*")


@rule("acts.fiche", scope="document", cues=("Commissiedocument",))
def fiche(text: str) -> Iterator[Candidate]:
    """A BNC-fiche names the proposal it is about by its heading, its title and its Commission
    number: all three are one act, the number's."""
    number = FICHE_NUMBER.search(text)
    com = COM.match(text, number.end()) if number else None
    if com is None:
        return
    key = KEY + com_citation(com)
    heading = FICHE_HEADING.search(text, 0, number.start())
    if heading:
        yield Candidate(*heading.span("title"), POLICY, "acts.fiche", group=key)
    title = FICHE_TITLE.search(text, 0, number.start())
    if title:
        line_end = text.find("\n", title.end())
        line = text[title.end() : line_end if line_end >= 0 else len(text)]
        found = [c for c in proposals(line, "acts.fiche", key) if c.start == 0]
        if found:
            c = found[0]
            yield Candidate(
                c.start + title.end(),
                c.end + title.end(),
                POLICY,
                "acts.fiche",
                group=key,
                canonical=c.canonical,
            )
        elif len(line.strip()) >= 10:
            yield Candidate(title.end(), title.end() + len(line.rstrip()), POLICY, "acts.fiche", group=key)
