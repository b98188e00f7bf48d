"""Instruments: named means that deliver money, insurance, advice or agreements (the guidelines'
financing and insurance facilities, subsidy schemes, covenants, support desks and tools, and
programmes used to deliver support).

Compounds of an instrument head ("Transitiefaciliteit", "DHI-regeling", "subsidieprogramma …") are
typed by `heads`; these rules add what the structure around a name says: a common head noun before
it ("het fonds X", "de regeling X", "het programma X") and a verb or noun of delivery that takes it
as its source ("subsidie uit het X", "gefinancierd via het X", "aanvragen bij het X"). A programme
is a policy unless its sentence speaks of delivering support, as the guidelines decide Policy
versus Instrument: a Policy sets goals or rules, an Instrument delivers to those it serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.base.names import UPPER
from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import INSTRUMENT, POLICY, classify, head_type, is_procedure
from beleidsgraaf.extract.rules.names import proper_names

#: a capitalised name of one or more words (with connectors), as in `names.PROPER_NAME`
_WORD = rf"[{UPPER}0-9][\w’'&-]*"
NAME = rf"{_WORD}(?:[ \t]+(?:(?:for|of|and|&|voor|van|en|de|het|the)[ \t]+)*{_WORD})*"
#: bare heads of instruments and programmes, lower case, then a name: "het fonds Kansen voor West",
#: "de regeling Starters International Business", "het programma Orange Corners"
INSTRUMENT_HEADS = (
    "fonds faciliteit regeling programma loket steunpunt instrument garantie krediet kredietlijn "
    "lening subsidie subsidieregeling convenant voucher"
).split()
HEAD_THEN_NAME = re.compile(
    rf"\b(?:[Hh]et|[Dd]e|[Ee]en|[Dd]it|[Dd]at|[Dd]eze)\s+(?P<head>{'|'.join(INSTRUMENT_HEADS)})\s+(?P<name>{NAME})"
)
#: words of a sentence that speaks of delivering support to those a programme serves
DELIVERY_WORDS = re.compile(
    r"\b(?:subsidie\w*|financier\w*|lening\w*|garantie\w*|krediet\w*|verzeker\w*|ondersteun\w*|steun\w*|"
    r"advies|adviseert|begeleid\w*|aanvragen|aanvraag|bijdrage\w*|investering\w*|"
    r"ondernemers|bedrijven|mkb|start-?ups)\b",
    re.IGNORECASE,
)


def _programme_type(text: str, start: int) -> str:
    """Instrument when the sentence around `start` speaks of delivering support, else Policy (the
    sentence found by its full stops and line breaks: rules see only text)."""
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    return INSTRUMENT if DELIVERY_WORDS.search(text, begin, min(ends, default=len(text))) else POLICY


#: heads that name a policy or an instrument: the sentence decides ("de regeling X" may set rules
#: or pay out)
CONTEXT_HEADS = frozenset({"programma", "regeling"})


@rule("instruments.head-name", cues=tuple(INSTRUMENT_HEADS))
def head_then_name(text: str) -> Iterator[Candidate]:
    """The name after a bare head; the head gives the type, a programme's sentence decides it."""
    for m in HEAD_THEN_NAME.finditer(text):
        name = m.group("name")
        own = classify(name)
        if is_procedure(name) or own not in (None, POLICY, INSTRUMENT):
            continue
        label = (
            _programme_type(text, m.start()) if m.group("head") == "programma" else head_type(m.group("head"))
        )
        yield Candidate(*m.span("name"), own or label, "instruments.head-name")


#: a means delivered from a named source: "subsidie uit het Fonds X", "financiering via het Y",
#: "een lening van het Z", "gefinancierd uit het X", "aanvragen bij het X", "een beroep doen op het X"
DELIVERED_FROM = re.compile(
    r"\b(?:subsidies?|financiering|leningen?|garanties?|kredieten?|bijdragen?|steun|middelen|"
    r"gefinancierd|gesubsidieerd|ondersteund|gefaciliteerd|aanvragen|aangevraagd)"
    r"\s+(?:uit|via|vanuit|onder|bij)\s+(?:het|de)\s+"
    r"|\bberoep\s+(?:doen\s+)?op\s+(?:het|de)\s+"
)


@rule(
    "instruments.delivered-from",
    cues=("uit het", "uit de", "via het", "via de", "onder het", "bij het", "vanuit het", "beroep"),
)
def delivered_from(text: str) -> Iterator[Candidate]:
    """A capitalised name that money, insurance or support comes from is an instrument, unless its
    head says it is an organisation ("subsidie van de Rijksdienst …" is an agency's)."""
    starts = {start: end for start, end in proper_names(text)}
    for m in DELIVERED_FROM.finditer(text):
        end = starts.get(m.end())
        if end is None:
            continue
        name = text[m.end() : end]
        if classify(name) in (None, POLICY, INSTRUMENT) and not is_procedure(name):
            yield Candidate(m.end(), end, INSTRUMENT, "instruments.delivered-from")


#: the programming documents of development cooperation, one per partner country or region: the
#: EU's National, Multiannual and Regional Indicative Programmes, the embassies' Multi-Annual
#: Strategic Plans
COUNTRY_PROGRAMMES = ("NIP", "MIP", "RIP", "MASP", "MJSP")
COUNTRY_PROGRAMME = re.compile(
    rf"(?<![\w-])(?:{'|'.join(COUNTRY_PROGRAMMES)})-[{UPPER}][\wà-ÿ]+(?:-[{UPPER}][\wà-ÿ]+)?(?![\w-])"
)


@rule("instruments.country-programme", cues=COUNTRY_PROGRAMMES)
def country_programme(text: str) -> Iterator[Candidate]:
    """A programming document joined to the country it is for ("NIP-Eritrea") is that country's
    programme, the means through which its projects are funded."""
    for m in COUNTRY_PROGRAMME.finditer(text):
        yield Candidate(m.start(), m.end(), INSTRUMENT, "instruments.country-programme")
