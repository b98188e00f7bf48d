"""Who signed the document, in which post, to whom it is addressed, and who asked the questions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from beleidsgraaf.extract.model import Asker, Span

from .common import TITLES, collapse, head, name_pattern, span_of, words

# A name on a line of its own ("A. de Vries", "Aukje de Vries", "Boswijk")
LINE_NAME = name_pattern(r"[ \t\xa0]+")
# A name inside running text, possibly wrapped ("Bruins Slot", "Van der Wal-Zeggelink")
INLINE_NAME = name_pattern(r"\s+")

# The office words a signing post starts with
_OFFICE = r"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]oorzitter|[Gg]riffier)"
# Qualifiers before the office: "fungerend voorzitter", "Adjunct-griffier", "eerste Minister"
_QUALIFIER = r"(?:(?:[Ff]ungerend|[Ww]aarnemend|[Pp]laatsvervangend|[Ee]erste)[ \t]+|[Aa]djunct-)"

# A signature block: the post at the start of a line, ending in a comma (it may wrap once), then,
# after blank lines or tabs, the name on a line of its own:
#   "De Staatssecretaris van Buitenlandse Zaken,\nA. de Vries"
#   "De fungerend voorzitter van de commissie,\n\nBoswijk"
#   "\tStaatssecretaris Buitenlandse Handel en Ontwikkelingshulp,\n\n\n\nAukje de Vries"
SIGNATURE = re.compile(
    rf"""^[ \t]*(?P<post>(?:[Dd]e[ \t]+)?{_QUALIFIER}?{_OFFICE}\b
        [^\n,;:.()]{{0,120}}(?:\n[^\n,;:.()]{{1,80}})?)              # the post may wrap once
    [ \t]*,[ \t]*(?:\n[ \t]*){{1,10}}                             # comma, then blank lines or tabs
    {TITLES}(?P<name>{LINE_NAME})[ \t]*$""",
    re.MULTILINE | re.VERBOSE,
)

# The answer header of Kamervragen: "Antwoord van Minister Kaag (Buitenlandse Handel en
# Ontwikkelingssamenwerking)", "Antwoord van staatssecretaris Van Huffelen (Binnenlandse Zaken …)"
ANSWER_HEADER = re.compile(
    rf"\bAntwoord(?:en)?\s+van\s+(?:de\s+)?(?P<office>[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
    rf"\s+(?P<name>{INLINE_NAME})\s*\((?P<portfolio>[^()]{{3,160}})\)"
)

# The first submitter under a motion's closing formula: "… en gaat over tot de orde van de dag.\n\nVoordewind"
MOTION_SUBMITTER = re.compile(
    rf"\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?[ \t]*(?:\n[ \t]*)+"
    rf"{TITLES}(?P<name>{LINE_NAME})[ \t]*$",
    re.MULTILINE,
)

# A letter to parliament: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
LETTER_ADDRESSEE = re.compile(
    r"\bAan\s+(?P<addressee>de\s+(?i:voorzitter|leden)\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer"
    r"(?:\s+der\s+Staten-Generaal)?)"
)
# The header of written questions: "Vragen van het lid X (SP) aan de Minister voor … over …",
# also in a web title "Antwoord op Kamervragen van het lid X (SP) over …"
QUESTIONS_HEADER = re.compile(
    r"(?:\b[Vv]|\bKamerv)ragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<askers>[^\n]{1,300}?(?:\n[^\n]{1,300}?)?)"
    r"(?:\s+aan\s+(?P<addressee>(?:de|het)\s+[\s\S]{3,250}?))?(?=\s+over\b|\s*\(\s*ingezonden)"
)
# One asker in the header's list, with an optional party, shared by the names before it when it
# says so: "Hijink (SP)", "Ploumen en Van den Hul (beiden PvdA)"
ASKER = re.compile(
    rf"(?P<name>{INLINE_NAME})(?:\s*\(\s*(?:(?P<shared>beiden|beide|allen|alle\s+drie)\s+)?(?P<party>[^()]+?)\s*\))?"
)

# Ministries headed by a "minister van …"; other portfolios are those of a "minister voor …"
# (a minister without a ministry). Used only when the text never writes the portfolio with its
# preposition.
MINISTRY = re.compile(
    r"^(?:\w+\s+Zaken\b|Defensie|Financiën|Infrastructuur|Justitie|Landbouw|Onderwijs|Volksgezondheid"
    r"|Klimaat\s+en\s+Groene\s+Groei|Asiel\s+en\s+Migratie|Volkshuisvesting\s+en\s+Ruimtelijke)"
)

#: Ranks of signing offices: a minister signs a letter, a committee chair a report, the clerk last.
_RANK = {"minister": 0, "staatssecretaris": 0, "voorzitter": 1, "griffier": 2}


@dataclass(frozen=True)
class Signature:
    """A signer with the post as written (without a leading article)."""

    name: Span
    post: str | None

    @property
    def office(self) -> str:
        """The office word of the post ("minister", "voorzitter", …), for ranking."""
        found = re.search(r"minister|staatssecretaris|voorzitter|griffier", (self.post or "").lower())
        return found.group(0) if found else ""


def clean_post(written: str) -> str:
    """A post as written, with white space collapsed and the article "De" dropped."""
    return re.sub(r"^[Dd]e\s+", "", collapse(written))


def signature_blocks(text: str) -> list[Signature]:
    """Every signature block in the text, in document order."""
    return [
        Signature(span_of(match, "name"), clean_post(match.group("post")))
        for match in SIGNATURE.finditer(text)
    ]


def portfolio_preposition(text: str, office: str, portfolio: str) -> str:
    """ "van" or "voor" before a portfolio, as the text writes it ("aan de Minister voor Buitenlandse
    Handel …"); otherwise by whether the portfolio names a ministry."""
    written = re.search(rf"\b(van|voor)\s+{words(portfolio)}\b", text)
    if written is not None:
        return written.group(1)
    if office.lower() == "staatssecretaris" or MINISTRY.match(portfolio):
        return "van"
    return "voor"


def answer_signature(text: str) -> Signature | None:
    """The answering minister from the header of Kamervragen, post as "Minister voor <portfolio>"."""
    match = ANSWER_HEADER.search(head(text))
    if match is None:
        return None
    office, portfolio = match.group("office"), collapse(match.group("portfolio"))
    if office.lower() == "minister-president":
        return Signature(span_of(match, "name"), f"{office} {portfolio}")
    preposition = portfolio_preposition(text, office, portfolio)
    return Signature(span_of(match, "name"), f"{office} {preposition} {portfolio}")


def extract_signature(text: str, kind: str) -> Signature | None:
    """The document's signer: the answering minister of Kamervragen, a motion's first submitter,
    otherwise the signature block of the highest-ranking office (a committee chair first for a
    verslag), the first one in the text among equals."""
    if kind == "Antwoord op Kamervragen":
        answered = answer_signature(text)
        if answered is not None:
            return answered
    if kind == "Motie":
        submitter = MOTION_SUBMITTER.search(text)
        if submitter is not None:
            return Signature(span_of(submitter, "name"), None)
    blocks = signature_blocks(text)
    if not blocks:
        return None
    rank = dict(_RANK, voorzitter=-1) if kind == "Verslag schriftelijk overleg" else _RANK
    return min(blocks, key=lambda block: rank.get(block.office, len(rank)))


def extract_addressee(text: str) -> str | None:
    """To whom the document is addressed: the chair of a chamber, or the minister asked."""
    start = head(text)
    for match in (LETTER_ADDRESSEE.search(start), QUESTIONS_HEADER.search(start)):
        if match is not None and match.group("addressee"):
            return collapse(match.group("addressee"))
    return None


def extract_askers(text: str) -> list[Asker]:
    """The members who put the questions, each with their party when the header gives it."""
    header = QUESTIONS_HEADER.search(head(text))
    if header is None:
        return []
    askers: list[Asker] = []
    waiting = 0  # askers before this one still without a party
    for match in ASKER.finditer(text, header.start("askers"), header.end("askers")):
        party = span_of(match, "party") if match.group("party") else None
        askers.append(Asker(span_of(match, "name"), party))
        if party is None:
            waiting += 1
            continue
        if match.group("shared"):
            for index in range(len(askers) - 1 - waiting, len(askers) - 1):
                askers[index] = Asker(askers[index].name, party)
        waiting = 0
    return askers
