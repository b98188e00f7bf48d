"""`make evaluate`: every evaluation set under every configuration, in Markdown for the README.

Each corpus is built once per configuration, afresh (into OUT/<configuration>/<corpus>, kept for
`beleidsgraaf evaluate` and queries: an incremental build would keep graphs made by older rules,
since the extraction key names the version, not the code). Each set prints its tables, a held-out
set in aggregate only (its misses stay unread); a summary of sets × configurations ends the
output. `--floors` prints the test suite's floors (tests/floors.toml) from what the first
configuration measures.

    python scripts/evaluate_all.py [--config NAME]... [--out DIR] [--floors]
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from beleidsgraaf.extract.errors import BeleidsgraafError
from beleidsgraaf.extract.model import DOCUMENT_KINDS
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import slugify
from beleidsgraaf.queries.evaluate import Report, evaluate, load_gold, load_split, select_documents
from beleidsgraaf.queries.report import markdown_report, markdown_table

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@dataclass(frozen=True)
class EvaluationSet:
    name: str
    corpus: Path
    gold: Path
    #: FILE:PART: the part of the gold file this set is (see `beleidsgraaf evaluate --split`)
    split: str | None = None
    #: scored in aggregate only: no per-document scores, no false positives or misses
    held_out: bool = False
    #: what the rules saw of these documents
    about: str = ""


SPLIT = SHARED / "gold" / "dev-b-split.json"
SETS = (
    EvaluationSet(
        "seeds",
        SHARED / "corpus" / "seeds",
        SHARED / "gold" / "seeds.json",
        about="the rules were written on these",
    ),
    EvaluationSet(
        "dev",
        SHARED / "corpus" / "dev",
        REPO / "tests" / "gold" / "dev.json",
        about="annotated by the project; a few rules were written from them",
    ),
    EvaluationSet(
        "dev-b tune",
        SHARED / "corpus" / "dev-b",
        SHARED / "gold" / "dev-b.json",
        f"{SPLIT}:tune",
        about="rules are written against these and their misses read",
    ),
    EvaluationSet(
        "dev-b check",
        SHARED / "corpus" / "dev-b",
        SHARED / "gold" / "dev-b.json",
        f"{SPLIT}:check",
        held_out=True,
        about="held out: scored, never read",
    ),
)

#: configuration name → `beleidsgraaf build` options; a new pipeline or component is one line here
CONFIGURATIONS: dict[str, tuple[str, ...]] = {
    "blank + rules": (),
}

#: a per-type, per-predicate or per-field floor needs this many gold items (documents for a field):
#: below it one item moves the score by more than the margin
FLOOR_SUPPORT = 10
#: floors sit this far below what is measured
FLOOR_MARGIN = 0.02


def beleidsgraaf() -> str:
    """The command installed beside this Python (the project's .venv)."""
    return str(Path(sys.executable).with_name("beleidsgraaf"))


def build(corpus: Path, store: Path, options: tuple[str, ...]) -> None:
    shutil.rmtree(store, ignore_errors=True)
    result = subprocess.run(
        [beleidsgraaf(), "build", str(corpus), "--store", str(store), *options],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        how = " ".join(options) or "the defaults"
        raise SystemExit(f"building {corpus} with {how} failed:\n{result.stderr}")


def score(evaluation_set: EvaluationSet, store: GraphStore) -> Report:
    gold = load_gold(evaluation_set.gold)
    if evaluation_set.split:
        gold = select_documents(gold, load_split(evaluation_set.split), f"--split {evaluation_set.split}")
    return evaluate(store, gold)


def run(configurations: list[str], out: Path) -> dict[tuple[str, str], Report]:
    """(configuration, set name) → report: each corpus built once per configuration."""
    reports: dict[tuple[str, str], Report] = {}
    for config in configurations:
        stores: dict[Path, GraphStore] = {}
        for s in SETS:
            if s.corpus not in stores:
                path = out / slugify(config) / s.corpus.name
                build(s.corpus, path, CONFIGURATIONS[config])
                stores[s.corpus] = GraphStore(path, read_only=True)
            reports[config, s.name] = score(s, stores[s.corpus])
    return reports


def summary(reports: dict[tuple[str, str], Report]) -> str:
    rows = []
    for s in SETS:
        for config in dict.fromkeys(c for c, _ in reports):
            r = reports[config, s.name]
            e, rel = r.overall, r.relations
            rows.append(
                (
                    s.name,
                    str(len(r.by_document)),
                    config,
                    f"{e.f1:.3f} ({e.precision:.2f} / {e.recall:.2f})",
                    f"{rel.f1:.3f} ({rel.precision:.2f} / {rel.recall:.2f})",
                    f"{r.metadata_accuracy:.3f}",
                )
            )
    columns = ("set", "documents", "configuration", "entity F1 (P / R)", "relation F1 (P / R)", "metadata")
    return markdown_table(columns, rows)


def _floor(value: float) -> float:
    return max(0.0, math.floor(round((value - FLOOR_MARGIN) * 100, 6)) / 100)


FLOORS_HEADER = """\
# Floors the test suite holds extraction to (tests/queries/test_floors.py), set by set: every overall
# score, and each type, predicate and metadata field with at least {support} gold items (documents for
# a field) behind it, {margin} below what the default build measured. F1 for entities and relations,
# accuracy for metadata. When a change raises the scores, raise the floors:
#   python scripts/evaluate_all.py --floors > tests/floors.toml
# Measured with: {config}.
"""


def floors(reports: dict[str, Report], config: str) -> str:
    """tests/floors.toml from the reports of one configuration: every overall score, and each
    type, predicate and metadata field with enough gold behind it, `FLOOR_MARGIN` below the
    measured value; a floor of 0 says nothing and is left out."""
    lines = [FLOORS_HEADER.format(support=FLOOR_SUPPORT, margin=FLOOR_MARGIN, config=config)]
    for name, r in reports.items():
        fields = {
            "entities": [("overall", r.overall.f1)]
            + [(t, c.f1) for t, c in sorted(r.by_type.items()) if c.tp + c.fn >= FLOOR_SUPPORT],
            "relations": [("overall", r.relations.f1)]
            + [(p, c.f1) for p, c in sorted(r.by_predicate.items()) if c.tp + c.fn >= FLOOR_SUPPORT],
            "metadata": [("overall", r.metadata_accuracy)]
            + [(f, sum(v) / len(v)) for f, v in r.metadata.items() if len(v) >= FLOOR_SUPPORT],
        }
        for measure, values in fields.items():
            kept = [(key, _floor(value), value) for key, value in values if _floor(value) > 0]
            if kept:
                lines.append(f'["{name}".{measure}]')
                lines += [f'"{key}" = {floor:.2f}  # measured {value:.3f}' for key, floor, value in kept]
                lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", action="append", choices=list(CONFIGURATIONS), help="repeatable (all)")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "evaluate", help="where the stores go")
    parser.add_argument(
        "--floors", action="store_true", help="tests/floors.toml from the first configuration"
    )
    args = parser.parse_args()
    configurations = args.config or list(CONFIGURATIONS)
    try:
        reports = run(configurations, args.out)
    except BeleidsgraafError as exc:
        raise SystemExit(f"error: {exc}") from exc
    if args.floors:
        first = configurations[0]
        how = f"{first} (`beleidsgraaf build` {' '.join(CONFIGURATIONS[first]) or 'with no options'})"
        sys.stdout.write(floors({s.name: reports[first, s.name] for s in SETS}, how))
        return
    for config in configurations:
        options = " ".join(CONFIGURATIONS[config]) or "no options"
        print(f"## {config} (`beleidsgraaf build` with {options})\n")
        for s in SETS:
            r = reports[config, s.name]
            kinds = ", ".join(k for k in DOCUMENT_KINDS if k in r.by_kind)
            print(f"### {s.name}: {len(r.by_document)} documents ({kinds}); {s.about}\n")
            print(markdown_report(r, documents=not s.held_out) + "\n")
    print("## Summary: sets × configurations\n")
    print(summary(reports))


if __name__ == "__main__":
    main()
