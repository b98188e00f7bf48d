"""Proper names in running text, for the rule families: runs of capitalised words, and the words
that make such a run no person's name. The grammar of Dutch personal names is base.names."""

from __future__ import annotations

import re
from functools import lru_cache

from beleidsgraaf.base.names import UPPER

#: capitalised words that look like names but are not (post titles, ministries, months, pronouns)
NOT_A_NAME = frozenset(
    "Buitenlandse Binnenlandse Zaken Economische Sociale Financiën Defensie Justitie Veiligheid "
    "Onderwijs Cultuur Wetenschap Volksgezondheid Welzijn Sport Infrastructuur Waterstaat "
    "Landbouw Natuur Voedselkwaliteit Klimaat Energie Handel Ontwikkelingssamenwerking "
    "Ontwikkelingshulp Algemene Koninkrijksrelaties Asiel Migratie Werkgelegenheid President "
    "Minister Staatssecretaris Kamer Tweede Eerste Voorzitter Commissie Raad Europese Nederland "
    "Nederlandse Het De Een Dit Deze Dat Die Zij Hij Wij Ik Uw Mijn Ons Onze In Op Met Voor Van "
    "Naar Bij Over Uit Om Als En Of Maar Januari Februari Maart April Mei Juni Juli Augustus "
    "September Oktober November December Den Haag".split()
)

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse white space, so a name broken over a line reads as one."""
    return _SPACES.sub(" ", text).strip()


def looks_like_name(text: str) -> bool:
    """Reject captures made only of words that are not names ("Buitenlandse Zaken"), or that name
    an organisation ("Invest International")."""
    words = [w for w in re.split(r"[\s.]+", text) if w and w[0].isupper()]
    return (
        bool(words)
        and not all(w in NOT_A_NAME for w in words)
        and not any(w in ORGANISATION_WORDS for w in words)
    )


#: capitalised words that mark a name as an organisation's, not a person's
ORGANISATION_WORDS = frozenset(
    "International Internationaal Group Groep Holding Bank Fund Fonds Invest Capital Partners".split()
)

#: words that may join the capitalised words of a proper name ("Raad van State",
#: "Convenant Duurzame Kleding en Textiel", "Initiative on the Voluntary Principles")
CONNECTORS = (
    r"(?:(?:van|voor|tot|uit|op|in|inzake|over|met|for|on|to|of)(?:[ \t]+(?:de|der|den|het|the))?"
    r"|en|and|&|the|der|des)"
)
_CAP_WORD = rf"(?:(?:[{UPPER}]|\d+[A-Za-z])[\w’'&]*(?:-[\w’']+)*)"
#: a run of capitalised words, with connectors between them, ending in a capitalised word or a year
PROPER_NAME = re.compile(
    rf"(?<![\w-]){_CAP_WORD}(?:[ \t]+(?:{CONNECTORS}[ \t]+)*{_CAP_WORD})*"
    r"(?:[ \t]+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
)
#: determiners and other capitalised function words that start sentences but no names
LEADING_FUNCTION_WORDS = frozenset(
    "De Het Een Dit Deze Dat Die Zo Ook In Op Met Voor Van Naar Bij Over Uit Om Als En Of Maar "
    "Via Door Tijdens Binnen Onder Na Sinds Tot Zoals Waar Wat Welke Wie Hoe Uw Ons Onze Mijn "
    "Zij Hij Wij Ik U Er Daarnaast Tevens Voorts Verder Bovendien Ter Aan Namens Mede Daarbij "
    "Hierbij Nu Toen Wel Niet Geen Alle Veel Andere "
    # adjectives that are capitalised only because a heading or sentence starts with them
    "Nieuwe Huidige Vorige Eerdere Toekomstige Bestaande Verschillende Diverse Enkele Sommige Beide "
    "Elke Iedere Overige Aanvullende Eventuele Genoemde".split()
)


@lru_cache(maxsize=1)
def proper_names(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of capitalised multi-word names, without a leading function word. The last text's
    names are kept: two rule families read them from each paragraph."""
    out: list[tuple[int, int]] = []
    for m in PROPER_NAME.finditer(text):
        start, end = m.span()
        words = m.group().split()
        first = 0  # the first word kept (an index: dropping words by slicing was quadratic)
        while first < len(words) and (
            words[first] in LEADING_FUNCTION_WORDS or words[first] in FOREIGN_ADJECTIVES
        ):
            first += 1
            start = text.index(words[first], start + len(words[first - 1])) if first < len(words) else end
        glued = GLUED_FOOTNOTE.search(text, start, end)
        if glued:  # "Strategie15": a footnote number glued to the last word
            end = glued.start()
        line = text.rfind("\n", max(0, start - 120), start) + 1  # a label opens its line: look back a little
        label = FICHE_LABEL.match(text, line) if line or start <= 120 else None
        if label and start < label.end() <= end:  # "Behandelingstraject Raad": a field, then its value
            start = label.end() + len(text[label.end() : end]) - len(text[label.end() : end].lstrip())
            if start >= end:
                continue
        where = TRAILING_PLACE.search(text, start, end)
        if where and len(text[start : where.start()].split()) >= 3:  # "… Human Rights in Nederland"
            end = where.start()
        if first < len(words) and not _is_heading(text[start:end]):
            out.append((start, end))
    return tuple(out)


def _is_heading(name: str) -> bool:
    """ALL-CAPS runs of several words are headings ("INBRENG VERSLAG VAN …"), not names."""
    words = name.split()
    return len(words) > 1 and sum(w.isupper() for w in words) >= 3


#: the labels of a BNC fiche's fields ("f) Behandelingstraject Raad", "e) Nr. impact assessment
#: Commissie en Opinie Raad voor Regelgevingstoetsing"), which hold the names they ask for
FICHE_LABEL = re.compile(
    r"[ \t•·-]*(?:[a-z]\)[ \t]*)?(?:Nr\.[ \t]+impact[ \t]+assessment[ \t]+Commissie[ \t]+en[ \t]+Opinie"
    r"|Behandelingstraject|Besluitvormingsprocedure|Eerstverantwoordelijk[ \t]+ministerie|Rol)(?![\w-])"
)
#: where the subject of a long name is, at its end: "Guiding Principles on Business and Human Rights
#: in Nederland" is the principles, in the Netherlands ("in" joins the words of a name elsewhere)
TRAILING_PLACE = re.compile(rf"[ \t]+in[ \t]+(?:de[ \t]+|het[ \t]+)?{_CAP_WORD}$")
#: a footnote number glued to a word at the end of a name
GLUED_FOOTNOTE = re.compile(r"(?<=[a-z])\d{1,3}$")
#: adjectives of other countries before a foreign name ("de Amerikaanse Dodd-Frank … Act")
FOREIGN_ADJECTIVES = frozenset(
    ["Amerikaanse", "Britse", "Franse", "Duitse", "Chinese", "Russische", "Belgische"]
)
