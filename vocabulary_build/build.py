"""Build the SKOS vocabulary under ontology/vocabulary/ from ../shared/lists, pycountry and curated.py.

    python -m vocabulary_build --lists ../shared/lists --out ontology/vocabulary

The output is committed and deterministic (same inputs, same bytes): every term is written with
sorted labels by turtle_writer, and nothing depends on dict or set iteration order or on the clock.

Identifier policy (CONTRACT.md: outside identifiers only where verified):
* Wikidata: skos:exactMatch wd:Q… only where a list file gives the id, and only if that id names one
  row (two parties of the openkamer list share an id; neither gets it).
* EU acts: skos:exactMatch to the CELEX resource and the ELI only for acts whose CELEX the list marks
  as verified; the ELI is derived from the act number and checked against the ELI the list quotes.
* Countries: ISO 3166-1 codes (from pycountry) as typed skos:notation, not as skos:exactMatch. ISO
  publishes no dereferenceable IRI per code (the OBP browser's '#iso:code:3166:NL' is a UI fragment),
  and a mapping to Wikidata or the EU country table would be ours, not a source's.
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from beleidsgraaf.base.text import slugify
from beleidsgraaf.ontology import BG, BGID

from . import curated as cur
from .builder import (
    CURATED_SOURCE,
    PYCOUNTRY_SOURCE,
    SCHEME,
    Vocabulary,
    curated_iri,
    date,
    find_curated,
    fix,
    ministry_iri,
    read_tsv,
    source_iri,
)
from .curated import Curated
from .names import clean, title_case
from .people import (
    Parties,
    People,
    add_cabinet_members,
    add_cabinets,
    add_chambers_and_committees,
    add_house_members,
    person_rows,
)

#: An EU act number: 'Richtlijn (EU) 2024/1760' (year/number, since 2015) or
#: 'Verordening (EU) nr. 995/2010' (number/year, before 2015).
_EU_ACT = re.compile(
    r"^(?P<kind>Richtlijn|Verordening) \(EU\) "
    r"(?:(?P<year>\d{4})/(?P<number>\d+)|nr\. (?P<old_number>\d+)/(?P<old_year>\d{4}))$"
)


# ===================================================================================================
#  Scheme and sources
# ===================================================================================================


def add_scheme(v: Vocabulary, lists: Path) -> None:
    """The concept scheme and one resource per source, so that dcterms:source has something to point at."""
    s = "Scheme"
    v.add(SCHEME, RDF.type, SKOS.ConceptScheme, s)
    v.add(SCHEME, SKOS.prefLabel, Literal("Beleidsgraaf-vocabulaire", lang="nl"))
    v.add(SCHEME, SKOS.prefLabel, Literal("Beleidsgraaf vocabulary", lang="en"))
    v.add(
        SCHEME,
        RDFS.comment,
        Literal(
            "Known actors, instruments, policies, countries, places and posts of Dutch trade, development "
            "and "
            "responsible business conduct, for recognising and linking them in parliamentary documents.",
            lang="en",
        ),
    )
    sources = [(row["file"], row) for row in read_tsv(lists / "SOURCES.tsv")]
    for file_name, row in sources:
        iri = source_iri(file_name)
        origin = " ".join(filter(None, (row["repository_or_source"], row["path"])))
        if row["commit"]:
            origin += f" @ {row['commit']}"
        describe_source(v, iri, file_name, row["notes"], row["licence"], origin)
    describe_source(
        v,
        PYCOUNTRY_SOURCE,
        "pycountry",
        "ISO 3166-1 codes and names with the Dutch translations "
        f"of the iso-codes project, pycountry {pycountry_version()}.",
        "LGPL-2.1 (pycountry)",
        "https://pypi.org/project/pycountry/",
    )
    describe_source(
        v,
        CURATED_SOURCE,
        "curated",
        "Names curated by the beleidsgraaf project (vocabulary_build/curated.py): "
        "well-established names of this policy field, without outside identifiers.",
        "MIT",
        "",
    )
    for iri in sorted({src for _, row in sources for src in [source_iri(row["file"])]}, key=str):
        v.add(SCHEME, DCTERMS.source, iri)
    v.add(SCHEME, DCTERMS.source, PYCOUNTRY_SOURCE)
    v.add(SCHEME, DCTERMS.source, CURATED_SOURCE)


def describe_source(v: Vocabulary, iri: URIRef, title: str, notes: str, licence: str, origin: str) -> None:
    s = "Sources"
    v.add(iri, RDF.type, URIRef("http://www.w3.org/ns/prov#Entity"), s)
    v.add(iri, DCTERMS.title, Literal(title))
    if notes:
        v.add(iri, RDFS.comment, Literal(clean(notes), lang="en"))
    if licence:
        v.add(iri, DCTERMS.license, Literal(clean(licence)))
    if origin:
        v.add(iri, DCTERMS.source, Literal(clean(origin)))


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


# ===================================================================================================
#  Countries
# ===================================================================================================


def add_countries(v: Vocabulary) -> None:
    """Every ISO 3166-1 entry, plus Kosovo."""
    dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        add_country(v, country, dutch)
    iri = v.curated(cur.KOSOVO, "Countries")
    v.add(iri, SKOS.notation, Literal("XK", datatype=BG.iso3166alpha2))


def add_country(v: Vocabulary, country, dutch: gettext.NullTranslations) -> None:
    code = country.alpha_2
    pref_override, nl_extra, en_extra = cur.COUNTRY_LABELS.get(code, (None, (), ()))
    nl_names = [dutch.gettext(country.name)]
    if hasattr(country, "official_name"):
        nl_names.append(dutch.gettext(country.official_name))
    pref = pref_override or usual_name(nl_names[0], nl_names[1:])
    english = [getattr(country, "common_name", ""), country.name, getattr(country, "official_name", "")]
    english = [e for e in english if e and ", " not in e and e not in cur.SKIP_ENGLISH]
    nl = [*nl_extra, *(form for n in nl_names if ", " not in n for form in (n, n.split(" (")[0]))]
    dropped = cur.COUNTRY_LABELS_DROPPED.get(code, frozenset())
    nl, english = [n for n in nl if n not in dropped], [e for e in english if e not in dropped]
    klass = "Place" if code in cur.TERRITORIES else "Country"
    iri = v.term(
        BGID[f"country/{code.lower()}"],
        klass,
        pref,
        "Territories" if klass == "Place" else "Countries",
        PYCOUNTRY_SOURCE,
        nl,
        [*en_extra, *english],
        ascii_variants=True,
    )
    v.add(iri, SKOS.notation, Literal(code, datatype=BG.iso3166alpha2))
    v.add(iri, SKOS.notation, Literal(country.alpha_3, datatype=BG.iso3166alpha3))
    if pref_override or nl_extra or en_extra:
        v.add(iri, DCTERMS.source, CURATED_SOURCE)


def usual_name(name: str, official: list[str]) -> str:
    """pycountry's Dutch name without ISO inversion: 'Maagdeneilanden, Britse' -> 'Britse Maagdeneilanden'."""
    if ", " in name:
        if official and ", " not in official[0]:
            return official[0]
        head, tail = name.split(", ", 1)
        return f"{tail} {head}"
    return name.split(" (")[0]


# ===================================================================================================
#  Government: ministries, agencies, advisory bodies
# ===================================================================================================


def add_ministries(v: Vocabulary, lists: Path) -> None:
    """Ministries of ParlaMint and openkamer (under the name of the time), plus the current ones."""
    sources: dict[str, set[URIRef]] = defaultdict(set)
    english: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(lists / "nl_ministries_parlamint_listorg.tsv"):
        if row["name_nl"].startswith("Ministerie van "):
            name = row["name_nl"].removeprefix("Ministerie van ")
            sources[name].add(source_iri("nl_ministries_parlamint_listorg.tsv"))
            english[name].add(row["name_en"])
    for row in read_tsv(lists / "nl_ministries_openkamer.tsv"):
        name = title_case(cur.MINISTRY_RENAMES.get((row["cabinet"], row["ministry"]), row["ministry"]))
        sources[name].add(source_iri("nl_ministries_openkamer.tsv"))
    for name in cur.MINISTRIES:
        sources[name] = sources[name] or {CURATED_SOURCE}
    for name in sorted(sources):
        if name not in cur.MINISTRIES:
            raise KeyError(f"ministry {name!r} of the lists is not in curated.MINISTRIES")
        abbreviations, en = cur.MINISTRIES[name]
        full = f"Ministerie van {name}"
        for source in sorted(sources[name], key=str):
            v.term(
                ministry_iri(name),
                "Ministry",
                full,
                "Ministries",
                source,
                [f"ministerie van {name}", *abbreviations],
                sorted({*en, *english[name]}),
            )


def add_agencies(v: Vocabulary, lists: Path) -> None:
    """Agencies of the budget list (2009-2015), with their ministry and years as a comment."""
    source = source_iri("nl_agentschappen_rijksbegroting_2009_2015.tsv")
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_tsv(lists / "nl_agentschappen_rijksbegroting_2009_2015.tsv"):
        rows[fix(row["agentschap_full_name"])].append(row)
    for name, group in sorted(rows.items()):
        extra = cur.AGENCY_LABELS.get(name, Curated("Agency", name))
        abbreviations = sorted({r["abbreviation"] for r in group} - {name, *cur.AGENCY_ABBREVIATIONS_SKIPPED})
        comment = "; ".join(
            f"Agency of the Ministerie van {r['departement']} (budget chapter {r['begrotingshoofdstuk']}) in "
            f"{years(r['years_reported'])}"
            for r in sorted(group, key=lambda r: r["years_reported"])
        )
        iri = BGID[f"org/{slugify(extra.pref)}"]
        v.term(
            iri,
            "Agency",
            extra.pref,
            "Agencies",
            source,
            [name, *abbreviations, *extra.nl],
            extra.en,
            comment=comment + ".",
        )
        if name in cur.AGENCY_LABELS:
            v.add(iri, DCTERMS.source, CURATED_SOURCE)


def years(text: str) -> str:
    values = sorted(int(y) for y in text.split(",") if y)
    return f"{values[0]}" if len(values) == 1 else f"{values[0]}–{values[-1]}"


def add_government_curated(v: Vocabulary) -> None:
    for c in cur.GOVERNMENT:
        section = {"Agency": "Agencies", "AdvisoryBody": "Advisory bodies", "Cabinet": "Cabinets"}.get(
            c.klass, "Government"
        )
        v.curated(c, section)


# ===================================================================================================
#  EU, international organisations, policy field, places
# ===================================================================================================


def add_eu(v: Vocabulary, lists: Path) -> None:
    for c in cur.EU_BODIES:
        v.curated(c, "EU institutions")
    source = source_iri("eu_legislation_celex.tsv")
    for row in read_tsv(lists / "eu_legislation_celex.tsv"):
        add_eu_act(v, row, source)
    for c in cur.EU_ACTS:
        v.curated(c, "EU legal acts")


def add_eu_act(v: Vocabulary, row: dict[str, str], source: URIRef) -> None:
    """An act of the list: curated labels, official titles, and CELEX/ELI where the CELEX is verified."""
    c = cur.EU_ACTS_FROM_LIST[row["short_name"]]
    iri = v.curated(c, "EU legal acts", source)
    v.add(iri, DCTERMS.source, CURATED_SOURCE)
    titles = [(t, "nl") for t in (row["title_nl"],) if t and not t.startswith("(")]
    v.labels(iri, [*titles, (row["title_en"], "en")])
    if not row["verification"].startswith("verified"):
        return
    v.add(iri, SKOS.exactMatch, URIRef(f"http://publications.europa.eu/resource/celex/{row['celex']}"))
    eli = eli_of(row["act_or_com_number"])
    if eli is not None:
        quoted = re.search(r"ELI (\S+)", row["publication"])
        if quoted and quoted[1] != str(eli):
            raise ValueError(f"{row['short_name']}: derived ELI {eli} differs from the list's {quoted[1]}")
        v.add(iri, SKOS.exactMatch, eli)
    if date(row["date"]) is not None:
        v.add(iri, DCTERMS.date, date(row["date"]))


def eli_of(act_number: str) -> URIRef | None:
    """'Richtlijn (EU) 2024/1760' -> <http://data.europa.eu/eli/dir/2024/1760/oj>; proposals have none."""
    match = _EU_ACT.match(act_number)
    if match is None:
        return None
    kind = {"Richtlijn": "dir", "Verordening": "reg"}[match["kind"]]
    year, number = match["year"] or match["old_year"], match["number"] or match["old_number"]
    return URIRef(f"http://data.europa.eu/eli/{kind}/{year}/{int(number)}/oj")


def budget_names(lists: Path) -> set[str]:
    """Instrument and line names of the budget file: chapter XVII (BHOS), IXB (export credit insurance)."""
    rows = read_tsv(lists / "nl_rijksbegroting_owb_2015_2017_budgetregels.tsv")
    columns = ("financieel_instrument", "uitsplitsing_instrument", "nadere_omschrijving")
    return {r[c] for r in rows if r["begroting_hoofdstuk"] in ("XVII", "IXB") for c in columns}


def add_policy_field(v: Vocabulary, lists: Path) -> None:
    """International organisations, companies and NGOs, policies, instruments, places."""
    for c in cur.INTERNATIONAL:
        v.curated(c, "International organisations")
    for c in cur.ORGANISATIONS:
        v.curated(c, "Companies and NGOs")
    for c in cur.POLICIES:
        v.curated(c, "Policies")
    for c in cur.INSTRUMENTS:
        v.curated(c, "Instruments")
    for c in cur.PLACES:
        v.curated(c, "Places")
    source = source_iri("nl_rijksbegroting_owb_2015_2017_budgetregels.tsv")
    present = budget_names(lists)
    named = {**{k: (p,) for k, p in cur.INTERNATIONAL_IN_BUDGET.items()}, **cur.INSTRUMENTS_IN_BUDGET}
    for line, prefs in sorted(named.items()):
        if line not in present:
            raise KeyError(f"budget line {line!r} of curated.py is not in the budget file")
        for pref in prefs:
            v.add(curated_iri(find_curated(pref)), DCTERMS.source, source)


# ===================================================================================================
#  Main
# ===================================================================================================


def build(lists: Path, out: Path) -> tuple[dict[str, int], list[str]]:
    """Build every vocabulary file from the lists; returns triples per file and notes on the input."""
    v = Vocabulary()
    add_scheme(v, lists)
    add_countries(v)
    add_ministries(v, lists)
    add_agencies(v, lists)
    add_government_curated(v)
    add_cabinets(v, lists)
    add_chambers_and_committees(v, lists)
    parties = Parties(lists)
    parties.add_all(v, lists)
    people = People(person_rows(lists))
    add_cabinet_members(v, lists, people)
    add_house_members(v, lists, people, parties)
    add_eu(v, lists)
    add_policy_field(v, lists)
    return v.write(out), v.notes


#: the checkout this tool is run from: it writes the vocabulary the repository commits
REPOSITORY = Path(__file__).resolve().parent.parent
LISTS = REPOSITORY.parent / "shared" / "lists"
OUT = REPOSITORY / "ontology" / "vocabulary"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lists", type=Path, default=LISTS, help="folder with the shared .tsv lists"
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the .ttl files to")
    args = parser.parse_args(argv)
    counts, notes = build(args.lists, args.out)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    for name, n in counts.items():
        print(f"{n:7d} triples  {args.out / name}")
    print(f"{sum(counts.values()):7d} triples in total")
    return 0


