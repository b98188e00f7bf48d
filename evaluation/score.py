"""Score a built graph against gold annotations (the form of ../shared/gold/seeds.json).

Matching follows the annotation guidelines: an extracted entity matches a gold entity when one of
its labels equals the gold name or an alias after case folding, removing diacritics, collapsing
white space and stripping a leading article (de, het, the), and its type is the gold `type` or
`also_type`. Gold entities marked `optional` are neither rewarded nor punished. Two extracted
entities matching one gold entity are one hit and one false positive (a resolution miss). Scores
are also kept per document kind (the gold's `metadata.kind`), and a gold file can be scored on a
part of it (a split such as dev-b's `tune` and `check`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, Variable

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.base.text import fold
from beleidsgraaf.graph.sparql_files import read_sparql
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import ENTITY_TYPES

EVALUATION_SPARQL = Path(__file__).resolve().parent / "sparql"
#: relation names of the gold files → predicate IRIs' local names
GOLD_PREDICATES = {"holdsPost": "holds", "memberOf": "memberOf"}
#: types the guidelines make optional wherever they occur
ALWAYS_OPTIONAL = frozenset({"Place"})
METADATA_FIELDS = ("kind", "date", "signer", "signer_post", "kamerstuk", "cites")


class EvaluationError(BeleidsgraafError):
    """The gold file cannot be read."""


def match_key(label: str) -> str:
    """The guidelines' matching form of a name."""
    text = " ".join(fold(label).split())
    for article in ("de ", "het ", "the "):
        if text.startswith(article):
            return text[len(article) :]
    return text


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def accuracy(checks: list[bool]) -> float:
    return sum(checks) / len(checks) if checks else 0.0


@dataclass
class KindScores:
    """What one kind of document gets: rules written for letters may fail on debates."""

    documents: int = 0
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    metadata: list[bool] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "entities": self.entities.as_dict(),
            "relations": self.relations.as_dict(),
            "metadata": round(accuracy(self.metadata), 4),
        }


@dataclass
class Report:
    """Scores per type, per document, per document kind and per relation predicate; metadata
    accuracy; the errors."""

    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_document: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, KindScores] = field(default_factory=lambda: defaultdict(KindScores))
    by_predicate: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    metadata: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    false_positives: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    metadata_errors: list[dict] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.by_type.values():
            total.add(c)
        return total

    @property
    def relations(self) -> Counts:
        total = Counts()
        for c in self.by_predicate.values():
            total.add(c)
        return total

    @property
    def metadata_accuracy(self) -> float:
        """Right fields over all fields of all documents."""
        return accuracy([ok for checks in self.metadata.values() for ok in checks])

    def as_dict(self, *, scores_only: bool = False) -> dict:
        """Everything; `scores_only` leaves out what names documents or their contents (the
        per-document table, false positives and misses), for a held-out set."""
        scores = {
            "entities": {
                "overall": self.overall.as_dict(),
                **{t: c.as_dict() for t, c in sorted(self.by_type.items())},
            },
            "relations": {
                "overall": self.relations.as_dict(),
                **{p: c.as_dict() for p, c in sorted(self.by_predicate.items())},
            },
            "metadata": {
                "overall": round(self.metadata_accuracy, 4),
                **{f: round(accuracy(v), 4) for f, v in self.metadata.items() if v},
            },
            "kinds": {k: c.as_dict() for k, c in sorted(self.by_kind.items())},
        }
        if scores_only:
            return scores
        return {
            **scores,
            "documents": {d: c.as_dict() for d, c in sorted(self.by_document.items())},
            "false_positives": self.false_positives,
            "misses": self.misses,
            "metadata_errors": self.metadata_errors,
        }


def load_gold(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return list(data["documents"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(
            f"{path}: not a gold file of the form of gold/seeds.json ({exc})", parameter="gold"
        ) from exc


def load_split(spec: str) -> list[str]:
    """The file names of one part of a split file, given as `FILE:PART` (the form of
    ../shared/gold/dev-b-split.json: part name → list of file names)."""
    path, colon, part = spec.rpartition(":")
    if not colon or not path or not part:
        raise EvaluationError(
            f"{spec}: expected FILE:PART, e.g. gold/dev-b-split.json:tune", parameter="split"
        )
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"{spec}: cannot read {path} ({exc})", parameter="split") from exc
    parts = [k for k, v in data.items() if isinstance(v, list)] if isinstance(data, dict) else []
    names = data.get(part) if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise EvaluationError(
            f"{spec}: no part {part!r} (parts: {', '.join(parts) or 'none'})", parameter="split"
        )
    return names


def select_documents(gold_docs: list[dict], names: list[str], parameter: str) -> list[dict]:
    """The gold documents named (by `parameter`, for the error), in the gold file's order; a name
    the gold lacks is an error."""
    unknown = sorted(set(names) - {d["file"] for d in gold_docs})
    if unknown:
        raise EvaluationError(f": not in the gold file: {', '.join(unknown)}", parameter=parameter)
    wanted = set(names)
    return [d for d in gold_docs if d["file"] in wanted]


def evaluate(store: GraphStore, gold_docs: list[dict]) -> Report:
    report = Report()
    core = _core_types(store)
    files = [d["file"] for d in gold_docs]
    stored = {row["f"].value for row in store.query("SELECT DISTINCT ?f WHERE { ?d bg:fileName ?f }")}
    missing = [f for f in files if f not in stored]
    if missing:
        names = ", ".join(missing)
        raise EvaluationError(f"names documents that are not in the store: {names}", parameter="gold")
    entities = _entities(store, files, core)
    relations = _relations(store, files)
    metadata = _metadata(store, files)
    for doc in gold_docs:
        name, gold_metadata = doc["file"], doc.get("metadata", {})
        counts = _score_entities(report, name, doc.get("entities", []), entities.get(name, {}))
        report.by_document[name].add(counts)
        kind = report.by_kind[gold_metadata.get("kind") or "?"]
        kind.documents += 1
        kind.entities.add(counts)
        kind.relations.add(
            _score_relations(
                report, name, doc.get("relations", []), relations.get(name, []), doc.get("entities", [])
            )
        )
        kind.metadata.extend(_score_metadata(report, name, gold_metadata, metadata.get(name)))
    return report


def _core_types(store: GraphStore) -> dict[str, str]:
    """Every class IRI → the core type (of the six) it falls under."""
    base = "https://w3id.org/beleidsgraaf/def#"
    core = {base + t: t for t in ENTITY_TYPES}
    for row in store.query(read_sparql("subclasses")):
        sup = row["super"].value
        if sup in core and row["sub"].value not in core:
            core[row["sub"].value] = core[sup]
    return core


def _rows(store: GraphStore, query: str, files: list[str]):
    """The query's rows for each gold document, bound by file name."""
    for f in files:
        yield from store.query(query, substitutions={Variable("file"): Literal(f)})


def _entities(store: GraphStore, files: list[str], core: dict[str, str]) -> dict[str, dict[str, dict]]:
    """file → entity IRI → {"types": {...}, "labels": {...}}."""
    out: dict[str, dict[str, dict]] = defaultdict(
        lambda: defaultdict(lambda: {"types": set(), "labels": set()})
    )
    for row in _rows(store, read_sparql("entities", EVALUATION_SPARQL), files):
        entry = out[row["file"].value][row["e"].value]
        if row["class"].value in core:
            entry["types"].add(core[row["class"].value])
        entry["labels"].add(row["label"].value)
    return out


def _relations(store: GraphStore, files: list[str]) -> dict[str, list[dict]]:
    found: dict[tuple[str, ...], dict] = {}
    for row in _rows(store, read_sparql("relations", EVALUATION_SPARQL), files):
        # one relation per stated triple, however many assertions (rules, sentences) support it
        key = (row["file"].value, row["subject"].value, row["p"].value, row["object"].value)
        entry = found.setdefault(key, {"p": row["p"].value.rsplit("#", 1)[-1], "s": set(), "o": set()})
        entry[row["side"].value].add(row["label"].value)
    out: dict[str, list[dict]] = defaultdict(list)
    for (file, *_), entry in found.items():
        out[file].append(entry)
    return out


def _metadata(store: GraphStore, files: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for row in _rows(store, read_sparql("metadata", EVALUATION_SPARQL), files):
        entry = out.setdefault(row["file"].value, {"signer": set(), "cites": set()})
        for key in ("kind", "date", "kamerstuk"):
            if row[key] is not None:
                entry[key] = row[key].value
        if row["post"] is not None:
            entry["signer_post"] = row["post"].value
        if row["signer"] is not None:
            entry["signer"].add(match_key(row["signer"].value))
        if row["cited"] is not None:
            entry["cites"].add(row["cited"].value)
    return out


def _gold_keys(entity: dict) -> set[str]:
    return {match_key(entity["name"]), *(match_key(a) for a in entity.get("aliases", []))}


def _score_entities(report: Report, file: str, gold: list[dict], found: dict[str, dict]) -> Counts:
    counts = Counts()
    matched_gold: set[int] = set()
    for iri, entry in sorted(found.items()):
        keys = {match_key(label) for label in entry["labels"]}
        hits = [
            i
            for i, g in enumerate(gold)
            if keys & _gold_keys(g) and entry["types"] & {g["type"], g.get("also_type")}
        ]
        label = min(entry["labels"], key=len) if entry["labels"] else iri
        etype = sorted(entry["types"])[0] if entry["types"] else "?"
        required = [i for i in hits if not gold[i].get("optional")]
        if not hits and etype in ALWAYS_OPTIONAL:
            continue
        if not hits:
            counts.fp += 1
            report.by_type[etype].fp += 1
            report.false_positives.append({"file": file, "type": etype, "label": label, "iri": iri})
        elif required and all(i in matched_gold for i in required):
            counts.fp += 1
            report.by_type[etype].fp += 1
            report.false_positives.append(
                {
                    "file": file,
                    "type": etype,
                    "label": label,
                    "iri": iri,
                    "reason": "duplicate of an entity already matched",
                }
            )
        matched_gold.update(hits)
    for i, g in enumerate(gold):
        if g.get("optional"):
            continue
        if i in matched_gold:
            counts.tp += 1
            report.by_type[g["type"]].tp += 1
        else:
            counts.fn += 1
            report.by_type[g["type"]].fn += 1
            report.misses.append({"file": file, "type": g["type"], "name": g["name"]})
    return counts


def _end_keys(entities: list[dict]) -> dict[str, set[str]]:
    """A relation's end names a gold entity of the document: it matches by that entity's name or
    aliases, as the entity itself does."""
    return {match_key(e["name"]): _gold_keys(e) for e in entities}


def _score_relations(
    report: Report, file: str, gold: list[dict], found: list[dict], entities: list[dict]
) -> Counts:
    counts = Counts()
    used: set[int] = set()
    ends = _end_keys(entities)
    for g in gold:
        predicate = GOLD_PREDICATES.get(g["p"], g["p"])
        s = ends.get(match_key(g["s"]), {match_key(g["s"])})
        o = ends.get(match_key(g["o"]), {match_key(g["o"])})
        hit = next((i for i, r in enumerate(found) if i not in used and _same(r, predicate, s, o)), None)
        if hit is None:
            counts.fn += 1
            report.by_predicate[g["p"]].fn += 1
            report.misses.append({"file": file, "relation": g})
        else:
            used.add(hit)
            counts.tp += 1
            report.by_predicate[g["p"]].tp += 1
    inverse = {v: k for k, v in GOLD_PREDICATES.items()}
    for i, r in enumerate(found):
        if i not in used:
            name = inverse.get(r["p"], r["p"])
            counts.fp += 1
            report.by_predicate[name].fp += 1
            report.false_positives.append(
                {"file": file, "relation": {"s": sorted(r["s"]), "p": name, "o": sorted(r["o"])}}
            )
    return counts


#: relations stated in either direction
SYMMETRIC = frozenset({"cooperatesWith"})


def _same(found: dict, predicate: str, s: set[str], o: set[str]) -> bool:
    if found["p"] != predicate:
        return False
    subjects, objects = {match_key(x) for x in found["s"]}, {match_key(x) for x in found["o"]}
    forward = bool(s & subjects and o & objects)
    return forward or (predicate in SYMMETRIC and bool(s & objects and o & subjects))


def _score_metadata(report: Report, file: str, gold: dict, found: dict | None) -> list[bool]:
    found = found or {"signer": set(), "cites": set()}
    checks = {
        "kind": found.get("kind") == gold.get("kind"),
        "date": found.get("date") == gold.get("date"),
        "signer": (gold.get("signer") is None and not found["signer"])
        or (gold.get("signer") is not None and match_key(gold["signer"]) in found["signer"]),
        "signer_post": match_key(found.get("signer_post") or "") == match_key(gold.get("signer_post") or ""),
        "kamerstuk": found.get("kamerstuk") == gold.get("kamerstuk"),
        "cites": found["cites"] == set(gold.get("cites") or []),
    }
    for key, ok in checks.items():
        report.metadata[key].append(ok)
        if not ok:
            got = found.get(key)
            report.metadata_errors.append(
                {
                    "file": file,
                    "field": key,
                    "gold": gold.get(key),
                    "found": sorted(got) if isinstance(got, set) else got,
                }
            )
    return list(checks.values())
