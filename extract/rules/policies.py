"""Policies and instruments: names with a policy or instrument head, acronym compounds
('IMVO-sectorovereenkomst'), dated programme names, quoted titles, titled acts and treaties ('Verdrag
betreffende de …', 'Rijkswet goedkeuring en bekendmaking verdragen'), treaties named by place ('het
akkoord van Parijs') and white papers by topic."""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.base.names import UPPER
from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import (
    INSTRUMENT,
    POLICY,
    classify,
    head_type,
    is_bare_head,
    is_generic,
    is_procedure,
)
from beleidsgraaf.extract.rules.names import GLUED_FOOTNOTE, proper_names

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
#: nouns of a process that a heading puts before a policy's name: "Voortgang Handelsagenda" is
#: about the Handelsagenda
PROCESS_WORDS = frozenset(
    "Voortgang Evaluatie Uitvoering Implementatie Kabinetsreactie Kabinetsappreciatie Appreciatie".split()
)
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
        first, _, rest = name.partition(" ")
        if first in PROCESS_WORDS and rest:
            start, name = start + len(first) + 1, rest.lstrip()
        label = classify(name)
        if label in _TYPES and not is_bare_head(name) and not is_generic(name) and not is_procedure(name):
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
    r"\b(?P<head>[A-Z][a-z]*(?:agenda|strategie|actieplan|nota|brief|programma|visie|mededeling)|"
    r"(?:Agenda|Strategie|Actieplan|Nota|Brief|Programma|Visie|Mededeling))"
    r"(?:(?:\s+[a-zà-ÿ]+){1,4}\s*|\s+)[‘“«\"](?P<title>[^’”»\"\n]{3,80})[’”»\"]"
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


#: capitalised heads of titled acts, treaties and policy papers, whose title follows in lower case:
#: "Verdrag betreffende de Aziatische Infrastructuurinvesteringsbank", "Verdrag over handel in
#: diensten", "Rijkswet goedkeuring en bekendmaking verdragen", "Mededeling vernieuwde impuls voor het
#: Afrika-EU partnerschap", "Agenda voor duurzame ontwikkeling"
TITLED_ACT_HEADS = (
    "Rijkswet Verordening Richtlijn Besluit Mededeling Verdrag Kaderverdrag Overeenkomst Akkoord Protocol "
    "Conventie Handvest Agenda Strategie Actieplan Witboek Groenboek Non-paper"
).split()
#: heads whose title may open with a noun or adjective ("Rijkswet goedkeuring …"); the others'
#: titles open with a preposition ("Verdrag betreffende …", "Agenda voor …")
NOUN_TITLED = frozenset("Rijkswet Verordening Richtlijn Besluit Mededeling Non-paper".split())
TITLE_PREPOSITIONS = "betreffende inzake over voor tot ter houdende tegen van".split()
#: words that end a title: they start the rest of the sentence (finite verbs of the kind that follow
#: an act's name, pronouns, conjunctions)
TITLE_STOP_WORDS = frozenset(
    "is zijn wordt worden werd werden was waren heeft hebben had zal zullen zou kan kunnen moet moeten mag "
    "mogen die dat dit deze wat waarin waarbij waarmee welke om te niet ook al nog wel reeds maar of als "
    "dan zoals omdat hoewel wanneer indien sinds tijdens per na door aan bij naar uit daarbij hierbij "
    "richt regelt bevat stelt geeft biedt legt treedt verplicht beoogt voorziet vormt gaat komt maakt "
    "blijft geldt wijzigt vervangt omvat bepaalt verbiedt vereist trad ging kwam werd lag".split()
)
ARTICLES = frozenset({"de", "het", "een"})
#: words that join a title's words
TITLE_JOINERS = frozenset("de het een en in op met van voor tot der des inzake betreffende".split())
TITLED_ACT = re.compile(
    rf"(?<![\w-])(?:(?:Gezamenlijke|Europese|Nationale|Internationale|Nederlandse)\s+)?"
    rf"(?P<head>{'|'.join(TITLED_ACT_HEADS)})(?:\s+en\s+(?:{'|'.join(TITLED_ACT_HEADS)}))?"
    rf"\s+(?P<title>[a-zà-ÿ{UPPER}][\wà-ÿ’'-]*(?:[ \t]+[a-zà-ÿ{UPPER}][\wà-ÿ’'-]*){{0,11}})"
)
_TITLE_WORD = re.compile(r"[\wà-ÿ’'-]+")
#: what stands before a word that starts a sentence or a line
SENTENCE_START = re.compile(r"(?:[.!?]\s*|\n\s*)$")


@rule("policies.titled-act", cues=tuple(TITLED_ACT_HEADS))
def titled_act(text: str) -> Iterator[Candidate]:
    """A capitalised head and its title, up to the first word that starts the rest of the sentence.
    Not at the start of a sentence or line, where a capitalised head may be a common noun."""
    for m in TITLED_ACT.finditer(text):
        if SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()]) or m.start() == 0:
            continue
        words = list(_TITLE_WORD.finditer(text, m.start("title"), m.end("title")))
        if not words or (m.group("head") not in NOUN_TITLED and words[0].group() not in TITLE_PREPOSITIONS):
            continue
        kept = []
        for i, w in enumerate(words):
            word = w.group()
            if (
                word in TITLE_STOP_WORDS
                or (word[:1].islower() and len(word) < 4 and word not in TITLE_JOINERS)
                or (word == "en" and i + 1 < len(words) and words[i + 1].group() in ARTICLES)
            ):
                break
            kept.append(w)
            if GLUED_FOOTNOTE.search(word):  # "Douanewetboek van de Unie1": a footnote ends the title
                break
        while kept and kept[-1].group() in TITLE_JOINERS | set(TITLE_PREPOSITIONS):
            kept.pop()
        if not kept or not any(w.group() not in TITLE_JOINERS for w in kept):
            continue
        glued = GLUED_FOOTNOTE.search(text, kept[-1].start(), kept[-1].end())
        end = glued.start() if glued else kept[-1].end()
        canonical = _legal_act(m, text[m.start() : end])
        yield Candidate(m.start(), end, POLICY, "policies.titled-act", canonical=canonical)


#: heads of acts of law: in a pair of heads ("Mededeling en Verordening …") the title names this one
LEGAL_HEADS = frozenset("Rijkswet Verordening Richtlijn Besluit Verdrag".split())


def _legal_act(m: re.Match[str], name: str) -> str:
    """The name of the act of law that a pair of heads and a title names ("Mededeling en Verordening
    nieuw Douanewetboek" is the Verordening nieuw Douanewetboek, with the communication beside it);
    '' for one head."""
    pair = re.match(rf"(?:\w+\s+)?{m.group('head')}\s+en\s+(?P<second>\w+)\s", name)
    if not pair:
        return ""
    second = pair.group("second")
    head = second if second in LEGAL_HEADS else m.group("head") if m.group("head") in LEGAL_HEADS else ""
    return f"{head} {name[m.start('title') - m.start() :]}" if head else ""


#: treaties named by the place they were made: "het akkoord van Parijs", "het verdrag van Lissabon",
#: "het protocol van Kyoto" (not "de verklaring van …" or "de agenda van …", which are often a person's)
PLACE_TREATY = re.compile(
    r"\b(?:[a-z]+)?(?:akkoord|verdrag|overeenkomst|protocol|conventie|pact)"
    rf"\s+van\s+[{UPPER}][a-zà-ÿ]+(?:[ -][{UPPER}][a-zà-ÿ]+)?(?![\w-])"
)


@rule("policies.place-treaty", cues=(" van ",))
def place_treaty(text: str) -> Iterator[Candidate]:
    for m in PLACE_TREATY.finditer(text):
        yield Candidate(m.start(), m.end(), POLICY, "policies.place-treaty")


#: a line of policy or a programme named by a quoted title: "de gekozen koers van «Opvang in de
#: Regio»", "het programma «Samen Sterk»", "de aanpak ‘Werk in zicht’"
LINE_HEADS = ("koers", "aanpak", "benadering", "beleidslijn", "beleid")
HEAD_QUOTED = re.compile(
    r"\b(?P<head>[a-z]*(?:koers|aanpak|benadering|beleidslijn|beleid|programma|strategie|agenda|actieplan|"
    r"initiatief|regeling|fonds|faciliteit|convenant|instrument))"
    r"\s+(?:van\s+|voor\s+|getiteld\s+|genaamd\s+)?[«“‘\"](?P<title>[" + UPPER + r"][^»”’\"\n]{2,80})[»”’\"]"
)


@rule("policies.head-quoted", cues=("«", "“", "‘", '"'))
def head_quoted(text: str) -> Iterator[Candidate]:
    """The quoted title is the name; the head, a common noun, gives its type."""
    for m in HEAD_QUOTED.finditer(text):
        head = m.group("head")
        label = POLICY if head.endswith(LINE_HEADS) else head_type(head)
        if label in _TYPES:
            yield Candidate(*m.span("title"), label, "policies.head-quoted")


#: EU white and green papers by topic: "een witboek over exportcontrole", "het groenboek inzake …"
WHITE_PAPER = re.compile(
    r"\b(?:witboek|groenboek)\s+(?:over|inzake|betreffende)\s+(?:de\s+|het\s+)?[a-zà-ÿ][\w-]{3,}(?:\s+[a-zà-ÿ][\w-]{3,}){0,2}",
    re.IGNORECASE,
)


#: "gepresenteerd", "gepubliceerd": a participle after a title ends it
PARTICIPLE = re.compile(r"^ge[a-zà-ÿ]+(?:d|t|en)$")


@rule("policies.white-paper", cues=("itboek", "roenboek"))
def white_paper(text: str) -> Iterator[Candidate]:
    for m in WHITE_PAPER.finditer(text):
        words = list(_TITLE_WORD.finditer(text, m.start(), m.end()))
        while words[-1].group().casefold() in TITLE_STOP_WORDS or PARTICIPLE.match(words[-1].group()):
            words.pop()
        yield Candidate(m.start(), words[-1].end(), POLICY, "policies.white-paper")
