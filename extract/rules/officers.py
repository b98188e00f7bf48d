"""Persons in the structures of parliamentary documents: signature blocks, officer lines, speaker
labels, the attendance list of a report, a motion's submitters, the askers and the answerer of
Kamervragen. Each rule states the person with the post and the party or committee the structure
gives; the structures that decide a document's signer are read by `extract.metadata.people`, so the
signer and the persons here come from one reading of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from beleidsgraaf.base.names import FULL_NAME
from beleidsgraaf.extract.metadata.people import (
    answer_signature,
    extract_askers,
    motion_submitters,
    portfolio_preposition,
    signature_blocks,
)
from beleidsgraaf.extract.rules import PersonStatement, statement_rule
from beleidsgraaf.extract.rules.names import looks_like_name

#: a parliamentary committee by its name: "vaste commissie voor Buitenlandse Handel en
#: Ontwikkelingssamenwerking", "algemene commissie voor Wonen en Rijksdienst"
COMMITTEE = re.compile(
    r"(?<![\w-])(?:(?:vaste|algemene|bijzondere|tijdelijke|parlementaire)[ \t]+)?commissie[ \t]+voor[ \t]+"
    r"(?:de[ \t]+)?[A-Z][\w'’-]*(?:(?:[ \t]+(?:en[ \t]+)?|,[ \t]*)[A-Z][\w'’-]*)*"
)
#: a chair's post names the committee or says "de commissie": the one whose report this is
CHAIR = re.compile(r"\bvoorzitter\b", re.IGNORECASE)
BARE_COMMITTEE = re.compile(r"\bvan\s+de\s+commissie\s*$", re.IGNORECASE)


@statement_rule("persons.signature", cues=("inister", "taatssecretaris", "oorzitter", "riffier"))
def signature(text: str) -> Iterator[PersonStatement]:
    """A signature block states its signer's post as written; a chair's block also the committee
    the chair belongs to, named in the post or, for "de commissie", the one committee the report
    names before it."""
    for block in signature_blocks(text):
        start = block.name.start if block.post_start is None else block.post_start
        committee = None
        if CHAIR.search(block.post or ""):
            committee = _committee_in(text, start, block.name.start) or _report_committee(
                text, block.post or "", start
            )
        yield PersonStatement(
            (block.name.start, block.name.end), (start, block.name.end), "persons.signature",
            block.post or "", committee, 0.95,
        )  # fmt: skip


def _committee_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    found = COMMITTEE.search(text, start, end)
    return found.span() if found else None


def _report_committee(text: str, post: str, before: int) -> tuple[int, int] | None:
    """The committee a bare "voorzitter van de commissie" chairs: the only one named before the block."""
    if not BARE_COMMITTEE.search(post):
        return None
    named = list(COMMITTEE.finditer(text, 0, before))
    if len({" ".join(m.group().casefold().split()) for m in named}) != 1:
        return None
    return named[0].span()


#: "Voorzitter: Becker", "Griffier: Meijers", "Adjunct-griffier: De Vos" at the start of a line
OFFICER_LINE = re.compile(
    r"^[ \t]*(?P<post>(?:[Ff]ungerend[ \t]+|[Ww]aarnemend[ \t]+|[Pp]lv\.[ \t]*|[Aa]djunct-)?"
    r"(?:[Vv]oorzitter|[Gg]riffier))[ \t]*:[ \t]*"
    rf"(?P<name>{FULL_NAME})(?:[ \t]*\((?P<party>[^()\n]{{1,40}})\))?[ \t]*$",
    re.MULTILINE,
)


@statement_rule("persons.officer-line", cues=("oorzitter:", "riffier:"))
def officer_line(text: str) -> Iterator[PersonStatement]:
    """A report's chair and clerk on lines of their own, the post as written."""
    for m in OFFICER_LINE.finditer(text):
        if looks_like_name(m.group("name")):
            party = m.span("party") if m.group("party") else None
            yield PersonStatement(
                m.span("name"), m.span(), "persons.officer-line", m.group("post"), party, 0.95
            )


#: a speaker's label opening a turn in a debate: "De heer Bouali (D66):", "Mevrouw Dobbe (SP):",
#: "Minister Klever:", "Staatssecretaris De Vries (Buitenlandse Zaken):"
SPEAKER = re.compile(
    r"^[ \t]*(?P<role>[Dd]e[ \t]+heer|[Mm]evrouw|[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris"
    r"|[Pp]remier)"
    rf"[ \t]+(?P<name>{FULL_NAME})(?:[ \t]*\((?P<paren>[^()\n]{{1,80}})\))?[ \t]*:",
    re.MULTILINE,
)
#: labels of members (whose parenthesis names their party) rather than of the government
MEMBER_ROLES = frozenset({"de heer", "mevrouw"})


@statement_rule("persons.speaker", cues=(":",))
def speaker(text: str) -> Iterator[PersonStatement]:
    """A member speaks for the party in the label's parenthesis; a minister's parenthesis names the
    portfolio, which makes the post."""
    for m in SPEAKER.finditer(text):
        if not looks_like_name(m.group("name")):
            continue
        role = " ".join(m.group("role").split()).lower()
        party, post = None, ""
        if m.group("paren") and role in MEMBER_ROLES:
            party = m.span("paren")
        elif m.group("paren"):
            portfolio = " ".join(m.group("paren").split())
            post = f"{m.group('role')} {portfolio_preposition(text, m.group('role'), portfolio)} {portfolio}"
        yield PersonStatement(m.span("name"), m.span(), "persons.speaker", post, party, 0.9)


#: "de heer Bouali namens D66", "mevrouw Dobbe namens de SP-fractie", "het lid Jansen namens de fractie
#: van de VVD": the party a member speaks for
ON_BEHALF = re.compile(
    rf"\b(?:[Dd]e[ \t]+heer|[Mm]evrouw|[Hh]et[ \t]+lid)[ \t]+(?P<name>{FULL_NAME})[ \t]+namens[ \t]+"
    r"(?:de[ \t]+)?(?:fractie[ \t]+van[ \t]+(?:de[ \t]+)?)?(?P<party>[A-Z][\w]*(?:-[A-Z][\w]*)*)"
)


@statement_rule("persons.on-behalf", cues=("namens",))
def on_behalf(text: str) -> Iterator[PersonStatement]:
    """The party is only stated, not proposed: it must be a party the vocabulary knows."""
    for m in ON_BEHALF.finditer(text):
        if looks_like_name(m.group("name")):
            yield PersonStatement(
                m.span("name"), m.span(), "persons.on-behalf", "", m.span("party"), 0.85,
                proposes_organisation=False,
            )  # fmt: skip


#: "Aanwezig zijn vijf leden der Kamer, te weten: Amhaouch, Becker, … en Yeşilgöz-Zegerius,"
ATTENDANCE = re.compile(r"\bAanwezig[ \t]+(?:zijn|waren|is|was)\b[^:\n]{0,80}?\bte[ \t]+weten[ \t]*:")
#: what separates the names of the list
LIST_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+")
#: one name of the list, with the party when given
ATTENDEE = re.compile(rf"[ \t]*(?P<name>{FULL_NAME})(?:[ \t]*\((?P<party>[^()\n]{{1,40}})\))?[ \t]*\.?")


@statement_rule("persons.attendance", cues=("anwezig",))
def attendance(text: str) -> Iterator[PersonStatement]:
    """The members present at a committee's meeting, each a person (with the party when listed),
    up to the first part of the line that is no name ("en mevrouw Ploumen, Minister …")."""
    for header in ATTENDANCE.finditer(text):
        end = text.find("\n", header.end())
        end = len(text) if end < 0 else end
        starts = [header.end()] + [m.end() for m in LIST_SEPARATOR.finditer(text, header.end(), end)]
        stops = [m.start() for m in LIST_SEPARATOR.finditer(text, header.end(), end)] + [end]
        for start, stop in zip(starts, stops, strict=True):
            m = ATTENDEE.fullmatch(text, start, stop)
            if m is None or not looks_like_name(m.group("name")):
                break
            party = m.span("party") if m.group("party") else None
            yield PersonStatement(m.span("name"), m.span("name"), "persons.attendance", "", party, 0.9)


@statement_rule("persons.motion-submitter", cues=("orde van de dag", "ondertekenaar", "ndiener"))
def motion_submitter(text: str) -> Iterator[PersonStatement]:
    """Every submitter of a motion (the first is its signer), with the post and party the text gives."""
    for s in motion_submitters(text):
        line = s.line or s.name
        party = (s.party.start, s.party.end) if s.party else None
        yield PersonStatement(
            (s.name.start, s.name.end),
            (line.start, line.end),
            "persons.motion-submitter",
            s.post or "",
            party,
            0.9,
        )


@statement_rule("persons.asker", cues=("ragen van",))
def asker(text: str) -> Iterator[PersonStatement]:
    """The members who put written or oral questions, each with the party the header gives."""
    for a in extract_askers(text):
        party = (a.party.start, a.party.end) if a.party else None
        end = a.party.end if a.party else a.name.end
        yield PersonStatement(
            (a.name.start, a.name.end), (a.name.start, end), "persons.asker", "", party, 0.9
        )


@statement_rule("persons.answerer", cues=("ntwoord",))
def answerer(text: str) -> Iterator[PersonStatement]:
    """The minister who answers Kamervragen, in the post the answer's header names."""
    found = answer_signature(text)
    if found is not None:
        line_start = text.rfind("\n", 0, found.name.start) + 1
        yield PersonStatement(
            (found.name.start, found.name.end), (line_start, found.name.end), "persons.answerer",
            found.post or "", None, 0.95,
        )  # fmt: skip
