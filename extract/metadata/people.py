"""Who signed the document, in which post, to whom it is addressed, and who asked the questions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from beleidsgraaf.base.names import TITLES, signed_name
from beleidsgraaf.extract.model import Asker, Span
from beleidsgraaf.extract.rules.names import looks_like_name

from .common import collapse, head, span_of, words

# A name on a line of its own ("A. de Vries", "Aukje de Vries", "Boswijk")
LINE_NAME = signed_name(r"[ \t\xa0]+")
# A name inside running text, possibly wrapped ("Bruins Slot", "Van der Wal-Zeggelink")
INLINE_NAME = signed_name(r"\s+")

# The office words a signing post starts with
_OFFICE = r"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]oorzitter|[Gg]riffier)"
# Qualifiers before the office: "fungerend voorzitter", "Adjunct-griffier", "eerste Minister", "plv. griffier"
_QUALIFIER = r"(?:(?:[Ff]ungerend|[Ww]aarnemend|[Pp]laatsvervangend|[Ee]erste|[Pp]lv\.)[ \t]+|[Aa]djunct-)"

# A signature block: the post at the start of a line, ending in a comma (it may wrap once), then
# the name: after blank lines or tabs on a line of its own, or after the comma on the same line:
#   "De Staatssecretaris van Buitenlandse Zaken,\nA. de Vries"
#   "De Minister van Landbouw, Natuur en Voedselkwaliteit,\nG. Verburg"
#   "De fungerend voorzitter van de commissie,\n\nBoswijk"
#   "\tStaatssecretaris Buitenlandse Handel en Ontwikkelingshulp,\n\n\n\nAukje de Vries"
#   "De voorzitter van de commissie, De Vries", "Adjunct-griffier van de commissie, Nieuwerf"
# A letter signed on behalf of others says so on a line of its own between post and name ("mede
# namens de Minister van Financiën,"); a published copy marks the signature "w.g." (was getekend).
SIGNATURE = re.compile(
    rf"""^[ \t]*(?P<post>(?:[Dd]e[ \t]+)?{_QUALIFIER}?{_OFFICE}\b
        [^\n,;:.()]{{0,160}}
        (?:(?:,[ \t]+[A-Z][\w-]+){{1,4}}[ \t]+en[ \t]+[A-Z][\w-]+)?    # "Landbouw, Natuur en …"
        (?:\n[^\n,;:.()]{{1,80}})?)                                  # the post may wrap once
    [ \t]*,(?:[ \t]*(?:\n[ \t]*){{1,10}}|[ \t]+)                   # comma, then lines or a space
    (?:(?i:mede[ \t]+)?namens[ \t][^\n]{{1,200}}(?:\n[ \t]*){{1,10}})?  # on behalf of others
    (?:[Ww]\.[ \t]?[Gg]\.[ \t\xa0]*)?{TITLES}(?P<name>{LINE_NAME})[ \t]*$""",
    re.MULTILINE | re.VERBOSE,
)

# The answer header of Kamervragen: "Antwoord van Minister Kaag (Buitenlandse Handel en
# Ontwikkelingssamenwerking)", "Antwoord van staatssecretaris Van Huffelen (Binnenlandse Zaken …)"
ANSWER_HEADER = re.compile(
    rf"\bAntwoord(?:en)?\s+van\s+(?:de\s+)?(?P<office>[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
    rf"\s+(?P<name>{INLINE_NAME})\s*\((?P<portfolio>[^()]{{3,160}})\)"
)

# A motion's closing formula; its submitters follow, a name on each line: "… en gaat over tot de orde
# van de dag.\n\nVoordewind\n\nKuik"
MOTION_CLOSING = re.compile(r"\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b\.?")
# One submitter's line: the name, and the post or party where the line gives it
# ("J.J. Voordewind, Tweede Kamerlid", "Kuik (CDA)")
SUBMITTER_LINE = re.compile(
    rf"[ \t]*{TITLES}(?P<name>{LINE_NAME})"
    r"(?:[ \t]*,[ \t]*(?P<post>(?:Tweede|Eerste)[ \t]+Kamerlid|Kamerlid"
    r"|[Ll]id[ \t]+(?:Tweede|Eerste)[ \t]+Kamer))?"
    r"(?:[ \t]*\((?P<party>[^()\n]{1,40})\))?[ \t]*"
)
# The submitters named on a motion's page: "Eerste ondertekenaar\nJ.J. Voordewind, Tweede Kamerlid",
# "Mede ondertekenaar: A.M. Kuik (CDA)", "Indiener: …"
SIGNATORY_LABEL = re.compile(
    r"^[ \t]*(?P<label>(?i:eerste[ \t]+ondertekenaar|mede[ \t-]?ondertekenaars?"
    r"|indiener|mede[ \t-]?indieners?))"
    r"[ \t]*:?[ \t]*(?:\n[ \t]*)?",
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

#: Ranks of signing offices: a minister signs a letter; a chair's or clerk's block comes after.
_RANK = {"minister": 0, "staatssecretaris": 0, "voorzitter": 1, "griffier": 2}
#: In a committee's report the chair signs, the clerk second (an Eerste Kamer report signed by its
#: clerk alone: the clerk); a minister's letter printed in the report does not make them its signer.
_REPORT_RANK = {"voorzitter": 0, "griffier": 1, "minister": 2, "staatssecretaris": 2}
# A committee's report, by its printed heading or its adoption line: "VERSLAG VAN EEN SCHRIFTELIJK
# OVERLEG", "VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN", "Verslag van een algemeen overleg",
# "Vastgesteld 15 september 2017"
COMMITTEE_REPORT = re.compile(
    r"\b(?:INBRENG\s+)?VERSLAG\s+(?:VAN\s+EEN|HOUDENDE)\b"
    r"|^[ \t]*(?:Inbreng\s+)?[Vv]erslag\s+(?:van\s+een|houdende)\b"
    r"|^[ \t]*Vastgesteld\b",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Signature:
    """A signer with the post as written (without a leading article)."""

    name: Span
    post: str | None
    post_start: int | None = None  # where the post is written, for a signature block

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
        Signature(span_of(match, "name"), clean_post(match.group("post")), _after_article(match))
        for match in SIGNATURE.finditer(text)
    ]


def _after_article(match: re.Match[str]) -> int:
    """Where the post starts once the article "De" is left out."""
    article = re.match(r"[Dd]e\s+", match.group("post"))
    return match.start("post") + (article.end() if article else 0)


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


@dataclass(frozen=True)
class Submitter:
    """A motion's submitter as the text names them, with the post and party the line gives."""

    name: Span
    post: str | None = None
    party: Span | None = None
    line: Span | None = None  # the line or label-and-line that names them
    first: bool = False  # named as the first submitter ("Eerste ondertekenaar", "Indiener")


def motion_submitters(text: str) -> list[Submitter]:
    """A motion's submitters: those its page labels as signatories, then the names on the lines
    after its closing formula, up to the first line that is no name. The first submitter is the one
    labelled so, else the first name under the formula."""
    labelled = _labelled_submitters(text)
    return labelled + _closing_submitters(text, first=not labelled)


def _labelled_submitters(text: str) -> list[Submitter]:
    labelled = []
    for label in SIGNATORY_LABEL.finditer(text):
        line = SUBMITTER_LINE.match(text, label.end())
        end_of_line = text.find("\n", label.end())
        if (
            line
            and line.end() == (len(text) if end_of_line < 0 else end_of_line)
            and looks_like_name(line.group("name"))
        ):
            first = not label.group("label").lower().startswith("mede")
            labelled.append(_submitter(text, line, label.start(), first))
    return labelled


def _closing_submitters(text: str, first: bool) -> list[Submitter]:
    closing = MOTION_CLOSING.search(text)
    if closing is None:
        return []
    out: list[Submitter] = []
    pos = closing.end()
    while True:
        eol = text.find("\n", pos)
        if eol < 0:
            break
        pos = eol + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            continue
        line = SUBMITTER_LINE.fullmatch(text, pos, end)
        if line is None or not looks_like_name(line.group("name")):
            break
        out.append(_submitter(text, line, pos, first and not out))
        pos = end
    return out


def _submitter(text: str, line: re.Match[str], start: int, first: bool) -> Submitter:
    post = collapse(line.group("post")) if line.group("post") else None
    party = span_of(line, "party") if line.group("party") else None
    whole = Span(start, line.end(), text[start : line.end()])
    return Submitter(span_of(line, "name"), post, party, whole, first)


def committee_report(text: str, kind: str) -> bool:
    """Whether the document is a committee's report, which its chair signs."""
    return kind == "Verslag schriftelijk overleg" or COMMITTEE_REPORT.search(head(text)) is not None


def extract_signature(text: str, kind: str) -> Signature | None:
    """The document's signer: the answering minister of Kamervragen, a motion's first submitter,
    otherwise the signature block of the highest-ranking office (a minister in a letter, the chair
    in a committee's report), the first one in the text among equals."""
    if kind == "Antwoord op Kamervragen":
        answered = answer_signature(text)
        if answered is not None:
            return answered
    if kind == "Motie":
        submitters = motion_submitters(text)
        if submitters:
            first = next((s for s in submitters if s.first), submitters[0])
            return Signature(first.name, first.post)
    blocks = signature_blocks(text)
    if not blocks:
        return None
    rank = _REPORT_RANK if committee_report(text, kind) else _RANK
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
