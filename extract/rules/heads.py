"""Head nouns that tell what kind of thing a name names ("Adviesraad …" is an organisation,
"…verordening" a policy, "…fonds" an instrument). Dutch compounds carry the head at the end, so a
name's type is read from the longest head its last (or first) word ends with."""

from __future__ import annotations

import re
from functools import lru_cache

ORGANISATION = "Organisation"
POLICY = "Policy"
INSTRUMENT = "Instrument"

HEADS: dict[str, str] = {
    # organisations
    **dict.fromkeys(
        "ministerie raad adviesraad bank stichting organisatie centrum autoriteit agentschap "
        "commissie netwerk instituut inspectie dienst rijksdienst planbureau vereniging federatie "
        "platform coalitie alliantie partij bureau college hof parlement unie secretariaat "
        "contactpunt tribunaal universiteit hogeschool denktank kenniscentrum ombudsman rekenkamer "
        "academie genootschap maatschappij bond vakbond overleg team comité comite council agency "
        "association foundation institute organisation organization group network initiative "
        "initiatief union committee commission office board forum secretariat court parliament "
        "corporation company groep directie directoraat directoraat-generaal departement".split(),
        ORGANISATION,
    ),
    # policies: rules and lines of policy
    **dict.fromkeys(
        "richtlijn richtlijnen verordening wet wetgeving wetsvoorstel akkoord verdrag "
        "handelsakkoord handelsverdrag handelsovereenkomst associatieovereenkomst strategie "
        "plan actieplan agenda beleidsagenda programma beleidsprogramma beleid beleidsbrief beleidskader "
        "manifest principes principles guidelines directive regulation act agreement treaty "
        "strategy pact protocol standaard standaarden kaderrichtlijn regeling sanctiepakket "
        "verklaring declaration convention conventie wetboek witboek groenboek mededeling "
        "communication handvest charter".split(),
        POLICY,
    ),
    # instruments: means that deliver money, insurance, advice or agreements
    **dict.fromkeys(
        "fonds fund faciliteit facility subsidieregeling subsidie subsidieprogramma "
        "subsidiebeleidskader convenant convenanten sectorovereenkomst sectorovereenkomsten "
        "steunpunt verzekering kredietverzekering exportkredietverzekering garantie "
        "garantieregeling lening krediet risicochecker checker paspoort productpaspoort loket desk "
        "instrument instrumentarium tool toolbox hub check helpdesk scan kredietlijn kredietfaciliteit "
        "garantiefaciliteit leningfaciliteit scheme voucher moratorium".split(),
        INSTRUMENT,
    ),
}

#: the lengths of the heads, longest first: a word's head is found by looking up its suffixes
_LENGTHS = sorted({len(head) for head in HEADS}, reverse=True)
_WORD = re.compile(r"[^\W\d_]+")


#: heads whose compounds are instruments though the bare word is a rule: a "Regeling …" is a
#: ministerial regulation, a "subsidieregeling" or "beëindigingsregeling" a scheme that pays out
COMPOUND_INSTRUMENT_HEADS = frozenset({"regeling"})
#: what a programme delivers when it is an instrument (guidelines: "programmes used to deliver
#: support"): a "financieringsprogramma" pays out, a "beleidsprogramma" or "werkprogramma" sets goals
MEANS_MODIFIERS = (
    "subsidie",
    "financierings",
    "steun",
    "ondersteunings",
    "lenings",
    "leningen",
    "garantie",
    "krediet",
    "beurzen",
    "trainings",
    "opleidings",
    "begeleidings",
    "matchmaking",
    "uitwisselings",
    "investerings",
    "fondsen",
    "hulp",
    "noodhulp",
    "voucher",
    "coaching",
    "advies",
)


@lru_cache(maxsize=1 << 16)
def head_type(word: str) -> str | None:
    """The type a single word's head gives it: 'Mensenrechtenraad' → Organisation. Cached, as the
    rules ask about the same words in every paragraph."""
    w = word.casefold()
    for length in _LENGTHS:
        head = w[-length:]
        if length <= len(w) and head in HEADS:
            if head in COMPOUND_INSTRUMENT_HEADS and w != head:
                return INSTRUMENT
            if head == "programma" and w[:-length].rstrip("-").endswith(MEANS_MODIFIERS):
                return INSTRUMENT
            return HEADS[head]
    return None


PREPOSITIONS = frozenset(
    ["van", "voor", "tot", "inzake", "in", "op", "over", "met", "uit", "bij", "on", "for", "of", "to"]
)


@lru_cache(maxsize=1 << 12)
def classify(name: str, *, any_case: bool = False) -> str | None:
    """The type of a multi-word name from its head.

    The head stands before the first preposition ("Raad van Rechtsbijstand", "Nationaal
    Contactpunt voor de OESO-richtlijnen"); within that part it is the last word in compounds and
    English names ("Modern Slavery Act"), else the first ("Convenant Duurzame Kleding en Textiel").
    Words before the last count only when capitalised, unless `any_case` (a long form that an
    acronym defines: "subsidieprogramma verantwoord ondernemen MKB (SVOM)"). A name with no head there
    takes the head its last word ends in after a hyphen ("Van Boer tot Bord-strategie").
    """
    words = _WORD.findall(name)
    for i, w in enumerate(words):
        if i and w in PREPOSITIONS:
            words = words[:i]
            break
    if not words:
        return None
    if len(words) > 1 and words[0][:1].isupper() and words[0].casefold() in HEADS:
        return HEADS[words[0].casefold()]  # "Commissie Deskundigen Meststoffenwet", "Wet Afwikkeling …"
    for word in (words[-1], words[0], *words[1:-1]):
        if any_case or word[:1].isupper() or word is words[-1]:
            label = head_type(word)
            if label:
                return label
    # no head before the first preposition: a hyphenated head at the end ("Van Boer tot Bord-strategie")
    last = name.split()[-1]
    return head_type(last.rsplit("-", 1)[-1]) if "-" in last[1:] else None


def is_bare_head(name: str) -> bool:
    """'Convenant', 'Raad', 'Directive': a head on its own names nothing in particular."""
    return name.casefold() in HEADS


#: one-word compounds that name a policy area, not a policy: "Handelsbeleid", "IMVO-beleid",
#: "IMVO-wetgeving" (but "IMVO-convenantenbeleid" names the covenant policy)
GENERIC = re.compile(
    r"^(?:[A-Z]{2,}-(?:beleid|wetgeving|regelgeving)|[A-Z][a-z]+beleid|[\w-]*(?:wetgeving|regelgeving))$"
)


def is_generic(name: str) -> bool:
    return bool(GENERIC.match(name.strip()))


#: names of parliamentary procedure and meetings, which a head such as "overleg" or "regeling" would
#: otherwise make an organisation or an instrument: "Algemeen Overleg Handel", "Notaoverleg",
#: "Regeling van Werkzaamheden", "Commissiedebat"
PROCEDURE = re.compile(
    r"^(?:(?:Algemeen|Schriftelijk|Mondeling|Nota|Wetgevings|Begrotings)[\s-]*[Oo]verleg"
    r"|(?:Commissie|Plenair|Tweeminuten|Dertigleden)[\s-]*[Dd]ebat|Regeling van Werkzaamheden|Vragenuur)\b"
)


def is_procedure(name: str) -> bool:
    return bool(PROCEDURE.match(name.strip()))
