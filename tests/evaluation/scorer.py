"""An independent scorer, to check `beleidsgraaf evaluate` against: the matching rules of
../shared/gold/GUIDELINES.md applied to an exported N-Quads file read with rdflib. It shares no code
with evaluation/score.py and counts differently where the guidelines leave room: extracted and gold
entities (and relations) are paired one to one by a maximum bipartite matching, where evaluate makes
one greedy pass; each document's facts are read from its own named graph.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

BG = Namespace("https://w3id.org/beleidsgraaf/def#")
ORG = Namespace("http://www.w3.org/ns/org#")
CORE = ("Person", "Organisation", "Country", "Instrument", "Policy", "Place")
#: predicate IRI → the name the gold files use
PREDICATES = {
    ORG.holds: "holdsPost",
    ORG.memberOf: "memberOf",
    **{
        BG[p]: p
        for p in "implements responsibleFor transposes amends partOf cooperatesWith partnerOf".split()
    },
    **{BG[p]: p for p in ("supports", "opposes")},
}
SYMMETRIC = {"cooperatesWith"}
ARTICLES = ("de", "het", "the")
FIELDS = ("kind", "date", "signer", "signer_post", "kamerstuk", "cites")


def name_key(name: str) -> str:
    """The guidelines: case folded, diacritics removed, white space collapsed, a leading article off."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = plain.casefold().split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass
class Scores:
    entities: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=dict)
    relations: Tally = field(default_factory=Tally)
    metadata: Counter = field(default_factory=Counter)  # (field, right?) → documents

    @property
    def metadata_accuracy(self) -> float:
        right = sum(n for (_, ok), n in self.metadata.items() if ok)
        return right / sum(self.metadata.values())

    def type_tally(self, name: str) -> Tally:
        return self.by_type.setdefault(name, Tally())


class Export:
    """The exported dataset: the union of its graphs for labels and types, and each document's own
    named graph for what that document states."""

    def __init__(self, path: Path) -> None:
        dataset = Dataset()
        dataset.parse(path, format="nquads")
        self.union = Graph()
        self.documents: dict[str, tuple[URIRef, Graph]] = {}
        for graph in dataset.graphs():
            for triple in graph:
                self.union.add(triple)
            for doc, name in graph.subject_objects(BG.fileName):
                self.documents[str(name)] = (doc, graph)
        core = {BG[c]: c for c in CORE}
        self.core_of: dict[URIRef, str] = dict(core)
        for sub, sup in self.union.subject_objects(RDFS.subClassOf):
            for above in self.union.transitive_objects(sup, RDFS.subClassOf):
                if above in core:
                    self.core_of.setdefault(sub, core[above])

    def keys(self, node: URIRef) -> set[str]:
        return {
            name_key(str(label))
            for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label)
            for label in self.union.objects(node, p)
        }

    def types(self, node: URIRef) -> set[str]:
        return {self.core_of[t] for t in self.union.objects(node, RDF.type) if t in self.core_of}


def _gold_keys(entity: dict) -> set[str]:
    return {name_key(entity["name"]), *(name_key(a) for a in entity.get("aliases", []))}


def _score_entities(export: Export, doc: URIRef, graph: Graph, gold: list[dict], scores: Scores) -> None:
    found = sorted(set(graph.objects(doc, BG.mentions)))
    matches = nx.Graph()
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    neutral = set()
    for e in found:
        keys, types = export.keys(e), export.types(e)
        hits = [
            i for i, g in enumerate(gold) if keys & _gold_keys(g) and types & {g["type"], g.get("also_type")}
        ]
        if any(gold[i].get("optional") for i in hits) or (not hits and "Place" in types):
            neutral.add(e)
        matches.add_node(("found", e))
        matches.add_edges_from((("found", e), ("gold", i)) for i in hits if not gold[i].get("optional"))
    matches.add_nodes_from(("gold", i) for i in required)
    pairs = nx.bipartite.maximum_matching(matches, top_nodes=[("found", e) for e in found])
    for i in required:
        tally = scores.type_tally(gold[i]["type"])
        if ("gold", i) in pairs:
            scores.entities.tp += 1
            tally.tp += 1
        else:
            scores.entities.fn += 1
            tally.fn += 1
    for e in found:
        if ("found", e) not in pairs and e not in neutral:
            scores.entities.fp += 1
            scores.type_tally(min(export.types(e), default="?")).fp += 1


def _score_relations(
    export: Export, doc: URIRef, graph: Graph, gold: list[dict], entities: list[dict], scores: Scores
) -> None:
    stated = {
        (graph.value(a, RDF.subject), PREDICATES[p], graph.value(a, RDF.object))
        for a in graph.subjects(RDF.type, BG.Assertion)
        if (p := graph.value(a, RDF.predicate)) in PREDICATES
    }
    found = sorted(stated)
    matches = nx.Graph()
    matches.add_nodes_from(("found", j) for j in range(len(found)))
    matches.add_nodes_from(("gold", i) for i in range(len(gold)))
    # an end names a gold entity of the document, which matches by its name or its aliases
    ends = {name_key(e["name"]): _gold_keys(e) for e in entities}
    for j, (s, p, o) in enumerate(found):
        s_keys, o_keys = export.keys(s), export.keys(o)
        for i, g in enumerate(gold):
            gs = ends.get(name_key(g["s"]), {name_key(g["s"])})
            go = ends.get(name_key(g["o"]), {name_key(g["o"])})
            if g["p"] == p and (
                (gs & s_keys and go & o_keys) or (p in SYMMETRIC and gs & o_keys and go & s_keys)
            ):
                matches.add_edge(("found", j), ("gold", i))
    pairs = nx.bipartite.maximum_matching(matches, top_nodes=[("found", j) for j in range(len(found))])
    tp = sum(1 for i in range(len(gold)) if ("gold", i) in pairs)
    scores.relations.tp += tp
    scores.relations.fn += len(gold) - tp
    scores.relations.fp += len(found) - tp


def _score_metadata(export: Export, doc: URIRef, graph: Graph, gold: dict, scores: Scores) -> None:
    def one(p: URIRef) -> str | None:
        value = graph.value(doc, p)
        return str(value) if value is not None else None

    kinds = {
        str(label)
        for kind in graph.objects(doc, BG.documentKind)
        for label in export.union.objects(kind, SKOS.prefLabel)
        if isinstance(label, Literal) and label.language == "nl"
    }
    signers = set().union(*(export.keys(s) for s in graph.objects(doc, BG.signedBy)))
    cited = {str(n) for paper in graph.objects(doc, BG.cites) for n in export.union.objects(paper, BG.kamerstuk)}
    post = one(BG.signerPost)
    right = {
        "kind": gold.get("kind") in kinds,
        "date": one(DCTERMS.date) == gold.get("date"),
        "signer": name_key(gold["signer"]) in signers if gold.get("signer") else not signers,
        "signer_post": name_key(post or "") == name_key(gold.get("signer_post") or ""),
        "kamerstuk": one(BG.kamerstuk) == gold.get("kamerstuk"),
        "cites": cited == set(gold.get("cites") or []),
    }
    for name in FIELDS:
        scores.metadata[name, right[name]] += 1


def score(export: Export, gold_documents: list[dict]) -> Scores:
    scores = Scores()
    for gold in gold_documents:
        doc, graph = export.documents[gold["file"]]
        _score_entities(export, doc, graph, gold.get("entities", []), scores)
        _score_relations(export, doc, graph, gold.get("relations", []), gold.get("entities", []), scores)
        _score_metadata(export, doc, graph, gold.get("metadata", {}), scores)
    return scores
