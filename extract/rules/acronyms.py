"""Acronyms defined in the text: 'Atradius Dutch State Business (ADSB)', '(…, hierna CSDDD)'.

The definition is learned per document: both forms become one entity, and later bare uses of the
acronym in the document are found by propagation (see `resolve`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.extract.rules import Candidate, rule
from beleidsgraaf.extract.rules.heads import ORGANISATION, POLICY, classify, head_type, is_procedure

#: "ADSB", "CSDDD", "D66", and Dutch law abbreviations with one capital ("Wvdio", "Wwft")
ACRONYM = r"(?:[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*(?:-[A-Z0-9]+)?|[A-Z][a-z]{2,5})"
#: "Long Form (ACR)" or "Long Form (ACR’s)"
PAREN_ACRONYM = re.compile(rf"\((?P<acr>{ACRONYM})(?:[’']s)?\)")
#: "(Corporate Sustainability Due Diligence Directive, hierna CSDDD)", "(hierna: NAP)"
HIERNA = re.compile(rf"\((?:(?P<long>[^()\n]{{3,120}}?),?\s+)?hierna:?\s+(?P<acr>{ACRONYM})\)")
_WORD = re.compile(r"[\w’'&-]+")
_STOP = re.compile(r"[.;:()\[\]\n,]")
MAX_WORDS = 12
FUNCTION_WORDS = frozenset(
    "de het een van voor en in op met over tot uit bij via of the of and for on".split()
)


def _letters(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def _is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def _initials_matched(acr: str, words: list[str]) -> int:
    """How many of the acronym's letters are initials of the words, aligned left to right."""
    i = 0
    for w in words:
        if i < len(acr) and w[:1].casefold() == acr[i]:
            i += 1
    return i


def long_form(text: str, paren: int, acr: str) -> tuple[int, int] | None:
    """The words before `paren` that the acronym abbreviates: the candidate start whose words give
    the acronym the most initials, the letters of the acronym in order, and the same first letter."""
    stop = max(
        (m.end() for m in _STOP.finditer(text, max(0, paren - 200), paren)), default=max(0, paren - 200)
    )
    words = list(_WORD.finditer(text, stop, paren))[-MAX_WORDS:]
    a = _letters(acr)
    best: tuple[int, int] | None = None
    best_score: tuple[int, int] | None = None
    for i, w in enumerate(words):
        if w.group()[:1].casefold() != a[:1] or w.group().casefold() in FUNCTION_WORDS:
            continue
        tail = [x.group() for x in words[i:]]
        if not _is_subsequence(a, _letters(" ".join(tail))):
            continue
        content = [x for x in tail if x.casefold() not in FUNCTION_WORDS]
        if len(content) > len(a) + 2:  # "Daarnaast steunt het kabinet … productpaspoort (DPP)"
            continue
        # most initials, then the shortest
        score = (_initials_matched(a, tail), -len(tail))
        if best_score is None or score > best_score:
            best, best_score = (w.start(), words[-1].end()), score
    return best


#: adjectives and adverbs before a nominalised verb: "Maatschappelijk Verantwoord Ondernemen" is an
#: activity, not an organisation
_MODIFIER_THEN_VERB = re.compile(r"\b\w+(?:d|t|lijk|aal|ig|ief|isch)\s+\w+en$", re.IGNORECASE)


#: the words that join the capitalised words of an English organisation's name
ENGLISH_CONNECTORS = frozenset("of on for and the to".split())
#: quotation marks around a title
OPENING_QUOTES, CLOSING_QUOTES = "«‘“\"'", "»’”\"'"
#: Dutch plural endings: "Plannen" → "Plan", "Strategieën" → "Strategie", "Fondsen" → "Fonds",
#: "Programma's" → "Programma"
_PLURAL = re.compile(r"(?:(?<=([bdfgklmnprst]))\1en|ën|en|[’']s|s)$")


def _singular(word: str) -> str:
    return _PLURAL.sub("", word)


def _type_of(name: str) -> str | None:
    """The type a head gives the long form, also in the plural an acronym may stand for ("Nationaal
    Strategische Plannen (NSP)"); a proper name of capitalised words (and English connectors: "Round
    Table on Responsible Soy") without a known head is taken for an organisation, unless it reads as
    an activity; a quoted title is a policy ("«Opvang in de Regio» (OidR)")."""
    label = classify(name, any_case=True)
    if label:
        return label
    *rest, last = name.split()
    if rest and _singular(last) != last and (label := classify(" ".join([*rest, _singular(last)]))):
        return label
    words = [w for w in name.split() if w not in ENGLISH_CONNECTORS]
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) >= 2 and len(capitalised) == len(words) and not _MODIFIER_THEN_VERB.search(name):
        return ORGANISATION
    return None


#: the head noun right before a long form that names no type itself: "de Directie Internationaal
#: Onderzoek en Beleidsevaluatie (IOB)", "het programma Partners for International Business (PIB)"
HEAD_BEFORE = re.compile(r"(?<![\w-])(?P<head>[A-Za-z][a-z-]{3,})\s+$")


def _with_head(text: str, span: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
    """The long form and its type; a long form without a type takes the lower-case head before it
    into the name when that head gives one."""
    label = _type_of(text[span[0] : span[1]])
    if label is None:
        head = HEAD_BEFORE.search(text, max(0, span[0] - 40), span[0])
        if head and head_type(head.group("head")) and not head.group("head").endswith("beleid"):
            return (head.start("head"), span[1]), head_type(head.group("head"))
    return span, label


@rule("acronyms.definition")
def definition(text: str) -> Iterator[Candidate]:
    for m in PAREN_ACRONYM.finditer(text):
        span = long_form(text, m.start(), m.group("acr"))
        if span is None:
            continue
        if is_procedure(text[span[0] : span[1]]):
            continue  # "Algemeen Overleg (AO)": a meeting, no organisation
        before, after = text[span[0] - 1 : span[0]], text[span[1] : span[1] + 1]
        quoted = bool(before) and before in OPENING_QUOTES and bool(after) and after in CLOSING_QUOTES
        span, label = _with_head(text, span)
        if quoted and label in (None, ORGANISATION):
            label = POLICY
        if label is None:
            continue
        group = f"acronym:{m.group('acr')}"
        yield Candidate(*span, label, "acronyms.definition", group=group)
        yield Candidate(*m.span("acr"), label, "acronyms.definition", group=group)


@rule("acronyms.hierna")
def hierna(text: str) -> Iterator[Candidate]:
    """'(Critical Raw Materials Act, hierna CRMA)', and the name right before the bracket, which is
    the same thing (in Dutch where the bracket gives the English name: "de Aziatische
    Infrastructuurinvesteringsbank (Asian Infrastructure Investment Bank, hierna: AIIB)")."""
    for m in HIERNA.finditer(text):
        before = long_form(text, m.start(), m.group("acr"))
        if before and text[before[1] : m.start()].strip():
            before = None
        inner = m.span("long") if m.group("long") else None
        words = _WORD.findall(text, max(0, m.start() - 60), m.start())
        label = (
            (_type_of(m.group("long")) if inner else None)
            or (_with_head(text, before)[1] if before else None)
            or (head_type(words[-1]) if words and inner else None)
        )
        if label is None or not (inner or before):
            continue
        group = f"acronym:{m.group('acr')}"
        for span in (inner, before):
            if span:
                yield Candidate(*span, label, "acronyms.hierna", group=group)
        yield Candidate(*m.span("acr"), label, "acronyms.hierna", group=group)
