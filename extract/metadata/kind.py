"""The kind of document, decided by weighted cues.

No single word decides: a verslag quotes letters, an answer mentions "brief", a letter cites a
motion. Header cues (the printed document type, the question header) only count in the head, where
they name the document itself; closing cues (a signature, the motion's dictum) count anywhere. The
kind with the highest total wins; on a tie, the kind whose first cue comes earliest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from beleidsgraaf.ontology import DOCUMENT_KINDS

from .common import head

LETTER, ANSWER, REPORT, MOTION, NOTA, OTHER = DOCUMENT_KINDS

#: A kind needs at least this score; below it the document is Overig.
MIN_SCORE = 3.0


@dataclass(frozen=True)
class Cue:
    """Evidence for a kind: a pattern, its weight, and whether it only counts in the head.

    `words`, when given, are strings one of which every match holds: a text without any of them is
    not searched, which saves scanning the whole document with a pattern a substring test rules out.
    """

    kind: str
    pattern: re.Pattern[str]
    weight: float
    head_only: bool = True
    words: tuple[str, ...] = ()

    def search(self, text: str) -> re.Match[str] | None:
        if self.words and not any(word in text for word in self.words):
            return None
        return self.pattern.search(text)


def _cue(
    kind: str,
    pattern: str,
    weight: float,
    head_only: bool = True,
    flags: int = 0,
    words: tuple[str, ...] = (),
) -> Cue:
    return Cue(kind, re.compile(pattern, flags), weight, head_only, words)


CUES: tuple[Cue, ...] = (
    # Kamerbrief: printed heading "BRIEF VAN DE STAATSSECRETARIS VAN …"
    _cue(LETTER, r"\bBRIEF\s+VAN\s+DE\s+(?:MINISTER|STAATSSECRETARIS)", 10),
    # Kamerbrief: addressed to the chair of a chamber
    _cue(LETTER, r"\bAan\s+de\s+(?i:voorzitter)\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer", 5),
    # Kamerbrief: salutation "Geachte voorzitter,"
    _cue(LETTER, r"\bGeachte\s+(?i:voorzitter|kamerleden|leden)\b", 5),
    # Kamerbrief: web title "Kamerbrief over …", tweedekamer.nl "Brief regering; …"
    _cue(LETTER, r"^[ \t]*(?:Kamerbrief|Brief\s+regering)\b", 5, flags=re.MULTILINE),
    # Kamerbrief: place-date line "Den Haag, 11 december 2025"
    _cue(LETTER, r"\b(?:Den\s+Haag|['’]s-Gravenhage),\s+\d{1,2}\s+[a-z]+\s+\d{4}", 2),
    # Kamerbrief: signed by a minister or state secretary ("De minister voor …,")
    _cue(
        LETTER,
        r"^[ \t]*(?:[Dd]e[ \t]+)?(?:[Mm]inister|[Ss]taatssecretaris)\b[^\n,.]*,[ \t]*\n",
        2,
        False,
        re.MULTILINE,
        words=("inister", "taatssecretaris"),
    ),
    # Kamerbrief: closing formula
    _cue(
        LETTER,
        r"^[ \t]*(?:Hoogachtend|Met\s+vriendelijke\s+groet)",
        2,
        False,
        re.MULTILINE,
        words=("Hoogachtend", "groet"),
    ),
    # Antwoord: question header "Vragen van het lid Hijink (SP) aan … (ingezonden 22 december 2017)"
    _cue(ANSWER, r"\bVragen\s+van\s+(?:het\s+lid|de\s+leden)\b[\s\S]{0,600}?\(\s*ingezonden", 8),
    # Antwoord: answer header "Antwoord van Minister Kaag (…) (ontvangen 2 februari 2018)"
    _cue(
        ANSWER,
        r"\bAntwoord(?:en)?\s+van\s+(?:de\s+)?(?i:minister|staatssecretaris)[\s\S]{0,300}?\(\s*ontvangen",
        8,
    ),
    # Antwoord: published in the Aanhangsel van de Handelingen
    _cue(
        ANSWER,
        r"\bAanhangsel\s+van\s+de\s+Handelingen|\bVragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer",
        6,
    ),
    # Antwoord: web title "Antwoorden op Kamervragen over …"
    _cue(ANSWER, r"\bAntwoord(?:en)?\s+(?:op\s+)?(?:de\s+)?[Kk]amervragen\b", 4),
    # Antwoord: numbered question and answer blocks
    _cue(ANSWER, r"^[ \t]*Vraag[ \t]+\d+[ \t]*:?[ \t]*$", 2, False, re.MULTILINE, words=("Vraag",)),
    _cue(ANSWER, r"^[ \t]*Antwoord[ \t]+\d+[ \t]*:?[ \t]*$", 2, False, re.MULTILINE, words=("Antwoord",)),
    # Antwoord: a committee's list of questions with the government's answers ("VERSLAG HOUDENDE EEN
    # LIJST VAN VRAGEN EN ANTWOORDEN"), which the guidelines count as answers to Kamervragen
    _cue(ANSWER, r"\b(?i:lijst\s+van\s+vragen\s+en\s+antwoorden)\b", 14),
    # Overig: the report of a committee's oral debate ("VERSLAG VAN EEN ALGEMEEN OVERLEG",
    # "Verslag van een commissiedebat", "… notaoverleg", "… wetgevingsoverleg")
    _cue(
        OTHER,
        r"\b(?i:verslag\s+van\s+een\s+(?:algemeen\s+overleg|commissiedebat|notaoverleg|wetgevingsoverleg))\b",
        12,
    ),
    # Overig: the Handelingen of a sitting ("Aan de orde is het mondelinge vragenuur"), with the
    # speakers' labels of a debate ("De heer Bouali (D66):")
    _cue(OTHER, r"^[ \t]*Aan\s+de\s+orde\s+(?:is|zijn)\b", 8, flags=re.MULTILINE),
    _cue(
        OTHER,
        r"^[ \t]*(?:De\s+heer|Mevrouw)\s+[^\n:()]{2,60}(?:\([^()\n]{1,40}\))?:[ \t]*$",
        4,
        False,
        re.MULTILINE,
        words=("De heer", "Mevrouw"),
    ),
    # Verslag: "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "Verslag van een schriftelijk overleg"
    _cue(REPORT, r"\b(?i:verslag\s+van\s+een\s+schriftelijk\s+overleg)\b", 10),
    # Verslag: adopted by the committee ("Vastgesteld 30 januari 2020")
    _cue(REPORT, r"^[ \t]*Vastgesteld\b", 2, flags=re.MULTILINE),
    # Verslag: signed by the committee's chair
    _cue(
        REPORT, r"\b(?i:voorzitter)\s+van\s+de\s+(?:vaste\s+)?commissie\s*,", 3, False, words=("commissie",)
    ),
    # Motie: printed heading "MOTIE VAN HET LID VOORDEWIND"
    _cue(MOTION, r"\b(?:GEWIJZIGDE\s+)?MOTIE\s+VAN\s+(?:HET\s+LID|DE\s+LEDEN)\b", 10),
    # Motie: web title "Motie van het lid Voordewind over …"
    _cue(MOTION, r"^[ \t]*(?:Gewijzigde\s+)?Motie\s+van\s+(?:het\s+lid|de\s+leden)\b", 6, flags=re.MULTILINE),
    # Motie: the preamble and the closing formula
    _cue(MOTION, r"\bDe\s+Kamer,\s+gehoord\s+de\s+beraadslaging", 8, False, words=("beraadslaging",)),
    _cue(MOTION, r"\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", 4, False, words=("orde",)),
    _cue(MOTION, r"\bverzoekt\s+de\s+regering\b", 2, False, words=("verzoekt",)),
    # Nota: "NOTA NAAR AANLEIDING VAN HET (NADER) VERSLAG"
    _cue(NOTA, r"\b(?i:nota\s+naar\s+aanleiding\s+van\s+het\s+(?:nader\s+)?verslag)\b", 10),
    # Nota: "NOTA VAN WIJZIGING" as a heading (in running text it names another paper)
    _cue(NOTA, r"\b(?:(?:TWEEDE|DERDE|GEWIJZIGDE)\s+)?NOTA\s+VAN\s+WIJZIGING\b", 10),
    _cue(
        NOTA, r"^[ \t]*(?:(?:Tweede|Derde|Gewijzigde)\s+)?[Nn]ota\s+van\s+wijziging\b", 6, flags=re.MULTILINE
    ),
)

# What only answered questions hold: the answer's header, numbered answers, the Aanhangsel (where
# answers are published), a web title, a committee's list of questions and answers. Written questions
# without answers are Overig.
ANSWERED = re.compile(
    r"\bAntwoord(?:en)?\s+van\s+(?:de\s+)?(?i:minister|staatssecretaris)"
    r"|^[ \t]*Antwoord(?:[ \t]+(?:op[ \t]+vraag[ \t]+)?\d+)?[ \t]*:?[ \t]*$|^[ \t]*Antwoord[ \t]*:"
    r"|\bAanhangsel\s+van\s+de\s+Handelingen|\bVragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer"
    r"|\bAntwoord(?:en)?\s+(?:op\s+)?(?:de\s+)?[Kk]amervragen\b|\b(?i:lijst\s+van\s+vragen\s+en\s+antwoorden)",
    re.MULTILINE,
)
# File names of officielebekendmakingen answers: "ah-tk-20232024-387"
ANSWER_FILE_NAME = re.compile(r"(?<![a-z])ah-(?:tk|ek)-\d{8}-\d+")
#: Weight of the file name as a cue.
FILE_NAME_WEIGHT = 5.0


def kind_scores(text: str, file_name: str = "") -> dict[str, tuple[float, int]]:
    """Per kind: total weight of its matching cues and the position of its earliest cue."""
    scores: dict[str, tuple[float, int]] = {}
    start = head(text)
    for cue in CUES:
        match = cue.search(start if cue.head_only else text)
        if match is None:
            continue
        weight, first = scores.get(cue.kind, (0.0, len(text)))
        scores[cue.kind] = (weight + cue.weight, min(first, match.start()))
    if ANSWER_FILE_NAME.search(file_name):
        weight, first = scores.get(ANSWER, (0.0, len(text)))
        scores[ANSWER] = (weight + FILE_NAME_WEIGHT, first)
    return scores


def classify_kind(text: str, file_name: str = "") -> str:
    """One of DOCUMENT_KINDS: the best-scoring kind, or Overig when no kind has enough evidence."""
    scores = kind_scores(text, file_name)
    if not scores:
        return OTHER
    kind, (score, _) = min(scores.items(), key=lambda item: (-item[1][0], item[1][1]))
    if kind == ANSWER and not (ANSWERED.search(text) or ANSWER_FILE_NAME.search(file_name)):
        return OTHER
    return kind if score >= MIN_SCORE else OTHER
