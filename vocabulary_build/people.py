"""Build the people of the vocabulary: cabinets, posts, cabinet members, parties, members of the House.

Persons come from two lists (cabinet members, members of the House) and curated.TENURES; one IRI per
Wikidata id, or per name where there is none. Posts are org:Post terms; who held which post when is a
bg:Tenure, a party or a seat in the House an org:Membership; both are written next to their person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS

from beleidsgraaf.base.text import slugify
from beleidsgraaf.ontology import BG, BGID, ORG

from . import curated as cur
from .builder import (
    CURATED_SOURCE,
    SCHEME,
    Vocabulary,
    date,
    fix,
    ministry_iri,
    read_tsv,
    source_iri,
    wikidata,
)
from .names import clean, normalise_initials, split_name, title_case

TWEEDE_KAMER = BGID["org/tweede-kamer-der-staten-generaal"]
_PARTY_SPAN = re.compile(r"^(?P<name>.+?)(?: \((?P<start>[0-9-]*)\.\.(?P<end>[0-9-]*)\))?$")
_ORDINALS = {"I": "First", "II": "Second", "III": "Third", "IV": "Fourth", "V": "Fifth"}


# ===================================================================================================
#  Cabinets and posts
# ===================================================================================================


def cabinet_iri(name: str) -> URIRef:
    return BGID[f"org/{slugify(name)}"]


def add_cabinet(
    v: Vocabulary, name: str, start: str | None, end: str | None, qid: str, source: URIRef
) -> None:
    """'Kabinet-Rutte III': labels 'kabinet-Rutte III', 'Rutte III', 'Third Rutte cabinet'.

    A cabinet without a number gets no bare short label: 'Schoof' is the person, not the cabinet.
    """
    short = name.removeprefix("Kabinet-")
    leader, _, number = short.partition(" ")
    en = [f"{_ORDINALS[number]} {leader} cabinet" if number else f"{leader} cabinet"]
    nl = [f"kabinet-{short}", short] if number else [f"kabinet-{short}"]
    iri = v.term(cabinet_iri(name), "Cabinet", name, "Cabinets", source, nl, en)
    for predicate, value in ((BG.startDate, date(start or "")), (BG.endDate, date(end or ""))):
        if value is not None:
            v.add(iri, predicate, value)
    if wikidata(qid) is not None:
        v.add(iri, SKOS.exactMatch, wikidata(qid))


def add_cabinets(v: Vocabulary, lists: Path) -> None:
    source = source_iri("nl_cabinets_openkamer.tsv")
    for row in read_tsv(lists / "nl_cabinets_openkamer.tsv"):
        add_cabinet(v, row["cabinet"], row["date_formed"], row["date_dissolved"], row["wikidata_id"], source)
    for name, start, end in cur.CABINETS:
        add_cabinet(v, name, start, end, "", CURATED_SOURCE)


def post_label(position: str, ministry: str, extra: str, person: str, cabinet: str) -> str:
    """The post as Dutch texts name it: 'Minister van Buitenlandse Zaken', 'Minister voor ...'."""
    if (person, cabinet) in cur.UNNAMED_POSTS and not extra and (position != "minister" or not ministry):
        return cur.UNNAMED_POSTS[(person, cabinet)]
    match position:
        case "minister-president":
            return "Minister-president"
        case "DPM":
            return "Viceminister-president"
        case "minister" if ministry:
            return f"Minister van {title_case(ministry)}"
        case "staatssecretaris" if ministry:
            return f"Staatssecretaris van {title_case(ministry)}"
        case "minister zonder portefeuille" if extra:
            return f"Minister voor {title_case(extra)}"
    raise ValueError(f"no post for {person} ({position!r}, {ministry!r}, {extra!r}) in {cabinet}")


def post_ministry(label: str, listed_ministry: str) -> str | None:
    """The ministry a post belongs to: from its name, from curated.POST_MINISTRY, or from the list."""
    for prefix in ("Minister van ", "Staatssecretaris van "):
        if label.startswith(prefix):
            return label.removeprefix(prefix)
    return cur.POST_MINISTRY.get(label) or (title_case(listed_ministry) if listed_ministry else None)


def add_post(v: Vocabulary, label: str, ministry: str | None, source: URIRef) -> URIRef:
    """An org:Post with its label, its lower-case running-text form, and the ministry it is in."""
    iri = BGID[f"post/{slugify(label)}"]
    nl, en = cur.POST_LABELS.get(label, ((), ()))
    lower = label[0].lower() + label[1:]
    if iri not in v.resources:
        v.add(iri, RDF.type, ORG.Post, "Posts")
        v.add(iri, SKOS.prefLabel, Literal(label, lang="nl"))
        v.add(iri, SKOS.inScheme, SCHEME)
    v.labels(iri, [(lower, "nl"), *((n, "nl") for n in nl), *((e, "en") for e in en)])
    v.add(iri, DCTERMS.source, source)
    if ministry and ministry_iri(ministry) in v.resources:
        v.add(iri, ORG.postIn, ministry_iri(ministry))
    return iri


# ===================================================================================================
#  Persons, tenures and memberships
# ===================================================================================================


@dataclass
class PersonRow:
    """A person as a list row gives it."""

    name: str
    initials: str
    qid: str


class People:
    """Persons of both lists and the curated tenures, one IRI per Wikidata id (or per name without one)."""

    def __init__(self, rows: Iterable[PersonRow]) -> None:
        rows = list(rows)
        self.name_of_qid: dict[str, str] = {}
        initials: dict[str, Counter] = defaultdict(Counter)
        for row in rows:
            key = row.qid or row.name
            self.name_of_qid.setdefault(key, row.name)
            if row.initials:
                initials[key][normalise_initials(row.initials)] += 1
        self.initials = {
            k: sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            for k, c in initials.items()
        }
        slugs = Counter(slugify(name) for name in self.name_of_qid.values())
        self.iri_of = {
            key: BGID[f"person/{slugify(name)}" + (f"-{key.lower()}" if slugs[slugify(name)] > 1 else "")]
            for key, name in self.name_of_qid.items()
        }

    def key(self, name: str, qid: str) -> str:
        if qid:
            return qid
        matches = sorted(k for k, n in self.name_of_qid.items() if n == name)
        return matches[0] if matches else name

    def add(self, v: Vocabulary, key: str, section: str, source: URIRef) -> URIRef:
        """The person's term: name labels, given and family name, initials, Wikidata."""
        name = self.name_of_qid[key]
        iri = self.iri_of[key]
        initials = self.initials.get(key, "")
        given, family = split_name(name, initials, cur.FAMILY_NAMES)
        alt = [f"{initials} {family}"] if initials else []
        v.term(iri, "Person", name, section, source, alt)
        if given:
            v.add(iri, FOAF.givenName, Literal(given))
        v.add(iri, FOAF.familyName, Literal(family))
        if initials:
            v.add(iri, BG.initials, Literal(initials))
        if wikidata(key) is not None:
            v.add(iri, SKOS.exactMatch, wikidata(key))
        return iri


def person_rows(lists: Path) -> list[PersonRow]:
    """Every person of both lists and the curated tenures, in list order."""
    rows = [
        PersonRow(r["name"], r["initials"], r["wikidata_id"])
        for f in ("nl_cabinet_members_openkamer.tsv", "nl_tweede_kamer_members_openkamer.tsv")
        for r in read_tsv(lists / f)
        if clean(r["name"])
    ]
    return rows + [PersonRow(t.person, "", "") for t in cur.TENURES if t.person not in {r.name for r in rows}]


def period(start: Literal | None, end: Literal | None) -> tuple[Literal | None, Literal | None, bool]:
    """Drop both dates when the end precedes the start (a list error): which of them is wrong is unknown."""
    if start is not None and end is not None and end.toPython() < start.toPython():
        return None, None, True
    return start, end, False


def add_tenure(
    v: Vocabulary, person: URIRef, post: URIRef, cabinet: str, start: str, end: str, source: URIRef
) -> None:
    """person org:holds post, and a bg:Tenure node with the cabinet and the dates."""
    begin, finish, dropped = period(date(start), date(end))
    if dropped:
        v.notes.append(f"dates dropped (end before start): {person} {post} {start}..{end}")
    local = str(person).removeprefix(str(BGID) + "person/")
    tenure = BGID[f"tenure/{local}/{str(post).rsplit('/', 1)[1]}/{start or slugify(cabinet)}"]
    v.add(person, ORG.holds, post)
    v.add(tenure, RDF.type, BG.Tenure, "Tenures", owner=person)
    v.add(tenure, ORG.member, person)
    v.add(tenure, BG.post, post)
    v.add(tenure, ORG.organization, cabinet_iri(cabinet))
    v.add(tenure, DCTERMS.source, source)
    for predicate, value in ((BG.startDate, begin), (BG.endDate, finish)):
        if value is not None:
            v.add(tenure, predicate, value)


def add_membership(
    v: Vocabulary, person: URIRef, organisation: URIRef, start: str, end: str, source: URIRef
) -> None:
    """person org:memberOf organisation; with dates, also an org:Membership node."""
    v.add(person, ORG.memberOf, organisation)
    begin, finish, dropped = period(date(start), date(end))
    if dropped:
        v.notes.append(f"dates dropped (end before start): {person} {organisation} {start}..{end}")
    if begin is None and finish is None:
        return
    local = str(person).removeprefix(str(BGID) + "person/")
    org_local = str(organisation).removeprefix(str(BGID) + "org/")
    node = BGID[f"membership/{local}/{org_local}/{'--'.join(filter(None, [start or 'start-unknown', end]))}"]
    v.add(node, RDF.type, ORG.Membership, "Memberships", owner=person)
    v.add(node, ORG.member, person)
    v.add(node, ORG.organization, organisation)
    v.add(node, DCTERMS.source, source)
    for predicate, value in ((BG.startDate, begin), (BG.endDate, finish)):
        if value is not None:
            v.add(node, predicate, value)


def add_cabinet_members(v: Vocabulary, lists: Path, people: People) -> None:
    """Cabinet members of the list with their posts and tenures, then the curated recent ones."""
    source = source_iri("nl_cabinet_members_openkamer.tsv")
    for row in read_tsv(lists / "nl_cabinet_members_openkamer.tsv"):
        ministry = fix(cur.MINISTRY_RENAMES.get((row["cabinet"], row["ministry"]), row["ministry"]))
        label = post_label(row["position"], ministry, fix(row["extra_info"]), row["name"], row["cabinet"])
        post = add_post(v, label, post_ministry(label, ministry), source)
        person = people.add(v, people.key(row["name"], row["wikidata_id"]), "Cabinet members", source)
        v.move(person, "Cabinet members")
        add_tenure(v, person, post, row["cabinet"], row["start_date"], row["end_date"], source)
    for t in cur.TENURES:
        post = add_post(v, t.post, post_ministry(t.post, ""), CURATED_SOURCE)
        person = people.add(v, people.key(t.person, ""), "Cabinet members", CURATED_SOURCE)
        v.move(person, "Cabinet members")
        add_tenure(v, person, post, t.cabinet, t.start or "", t.end or "", CURATED_SOURCE)


# ===================================================================================================
#  Parliament: chambers, committees, parties, members of the House
# ===================================================================================================


def add_chambers_and_committees(v: Vocabulary, lists: Path) -> None:
    parlamint = source_iri("nl_ministries_parlamint_listorg.tsv")
    for c in cur.PARLIAMENT:
        section = "Committees" if c.klass == "ParliamentaryCommittee" else "Chambers"
        iri = v.curated(c, section)
        if c.pref.endswith("Kamer der Staten-Generaal"):
            v.add(iri, DCTERMS.source, parlamint)
    source = source_iri("nl_tk_commissies_openkamer.tsv")
    for row in read_tsv(lists / "nl_tk_commissies_openkamer.tsv"):
        name = row["name"]
        short_form = re.sub(r"^(vaste|algemene) ", "", name)
        iri = v.term(
            BGID[f"org/{slugify(name)}"],
            "ParliamentaryCommittee",
            name,
            "Committees",
            source,
            [short_form, *cur.COMMITTEE_LABELS.get(name, ())],
        )
        v.add(iri, ORG.subOrganizationOf, TWEEDE_KAMER)


class Parties:
    """Political parties of the list and curated ones, found by name or short name."""

    def __init__(self, lists: Path) -> None:
        self.rows = read_tsv(lists / "nl_political_parties_openkamer.tsv")
        qids = Counter(r["wikidata_id"] for r in self.rows if r["wikidata_id"])
        self.shared_qids = {q for q, n in qids.items() if n > 1}
        self.by_name: dict[str, URIRef] = {}

    def add_all(self, v: Vocabulary, lists: Path) -> None:
        source = source_iri("nl_political_parties_openkamer.tsv")
        named_after_members = _named_after_a_member(lists)
        for row in self.rows:
            iri = BGID[f"org/{slugify(row['name'])}"]
            short = row["name_short"]
            if row["name"] in named_after_members:
                # "Van Haga", "Klein": a member's own group, whose bare name in a text is the member
                # ("De heer Van Haga (VVD):"); the group is "Groep Van Haga"
                pref, labels = f"Groep {row['name']}", []
            else:
                pref, labels = row["name"], [short, *self._fractie(row["name"])]
            v.term(iri, "PoliticalParty", pref, "Political parties", source, labels)
            qid = wikidata(row["wikidata_id"])
            if qid is not None and row["wikidata_id"] not in self.shared_qids:
                v.add(iri, SKOS.exactMatch, qid)
            elif qid is not None:
                v.notes.append(
                    f"Wikidata id {row['wikidata_id']} of {row['name']!r} names two parties; not used"
                )
            self.by_name.setdefault(row["name"], iri)
            self.by_name.setdefault(short, iri)
        for c in cur.PARTIES:
            iri = v.curated(c, "Political parties")
            v.labels(iri, [(label, "nl") for label in self._fractie(c.pref)])
            self.by_name.setdefault(c.pref, iri)
        for row in read_tsv(lists / "nl_ministries_parlamint_listorg.tsv"):
            if row["name_nl"] in self.by_name and row["abbreviation"] == "SP":
                v.add(
                    self.by_name[row["name_nl"]],
                    DCTERMS.source,
                    source_iri("nl_ministries_parlamint_listorg.tsv"),
                )

    @staticmethod
    def _fractie(name: str) -> list[str]:
        return [f"{cur.FRACTIE_NAMES[name]}-fractie"] if name in cur.FRACTIE_NAMES else []

    def find(self, name: str) -> URIRef:
        return self.by_name[name]


def _named_after_a_member(lists: Path) -> set[str]:
    """Parties whose name is the surname of a member of the house: one-member groups."""
    parties = {r["name"] for r in read_tsv(lists / "nl_political_parties_openkamer.tsv")}
    members = [r["name"].casefold() for r in read_tsv(lists / "nl_tweede_kamer_members_openkamer.tsv")]
    return {p for p in parties if any(m.endswith(f" {p.casefold()}") for m in members)}


def add_house_members(v: Vocabulary, lists: Path, people: People, parties: Parties) -> None:
    """Members of the House: seat periods as memberships of the Tweede Kamer, and party memberships."""
    source = source_iri("nl_tweede_kamer_members_openkamer.tsv")
    for row in read_tsv(lists / "nl_tweede_kamer_members_openkamer.tsv"):
        if not clean(row["name"]):
            continue
        person = people.add(v, people.key(row["name"], row["wikidata_id"]), "Members of the House", source)
        add_membership(v, person, TWEEDE_KAMER, row["joined"], row["left"], source)
        for span in filter(None, (s.strip() for s in row["party_memberships"].split(";"))):
            match = _PARTY_SPAN.match(span)
            assert match is not None
            add_membership(
                v, person, parties.find(match["name"]), match["start"] or "", match["end"] or "", source
            )
