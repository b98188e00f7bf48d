"""`make evaluate`: every evaluation set under every configuration, in Markdown for the README.

Each corpus is built once per configuration, afresh (into OUT/<configuration>/<corpus>, kept for
`beleidsgraaf evaluate` and queries: an incremental build would keep graphs made by older rules,
since the extraction key names the version, not the code); dev-b's two parts share one build. Each
set prints its tables, a held-out set in aggregate only (its misses stay unread); the ablations
(sets, types and predicates × configurations) end the output. A configuration this checkout cannot
build (its pipeline or option is absent) is named and left out. `--write-floors FILE` also writes
the test suite's floors (tests/floors.toml) from what the default build (no options) measures.

    python scripts/evaluate_all.py [--config NAME]... [--out DIR] [--log FILE] [--write-floors FILE]
"""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.base.text import slugify
from beleidsgraaf.evaluation.score import (
    Counts,
    Report,
    accuracy,
    evaluate,
    load_gold,
    load_split,
    select_documents,
)
from beleidsgraaf.evaluation.tables import markdown_report, markdown_table
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import DOCUMENT_KINDS

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


#: (configuration name, set name) → its report
Reports = dict[tuple[str, str], Report]

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

#: the project's trained Dutch pipeline, shipped with it (`make model`): where it ships, the default
#: build uses it and `--spacy-model blank` asks for none
TRAINED_PIPELINE = REPO / "extract" / "ud_pipeline" / "config.cfg"


@dataclass(frozen=True)
class Configuration:
    """A named way of building, for the ablations: its `beleidsgraaf build` options and what the
    checkout must have for it (`pipeline`: the trained pipeline ships; `no pipeline`: it does not;
    `--x`: the build command has that option). A new pipeline or component is one row here."""

    name: str
    options: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()


CONFIGURATIONS = (
    Configuration("blank + rules", ("--spacy-model", "blank"), needs=("pipeline",)),
    # before the trained pipeline ships, the default build is blank + rules
    Configuration("blank + rules", needs=("no pipeline",)),
    Configuration("trained pipeline + rules", needs=("pipeline",)),
    Configuration("trained pipeline + rules + NER", ("--ner",), needs=("pipeline", "--ner")),
)

#: a per-type, per-predicate or per-field floor needs this many gold items (documents for a field):
#: below it one item moves the score by more than the margin
FLOOR_SUPPORT = 10
#: floors sit this far below what is measured
FLOOR_MARGIN = 0.02


def beleidsgraaf() -> str:
    """The command installed beside this Python (the project's .venv)."""
    return str(Path(sys.executable).with_name("beleidsgraaf"))


def build_options() -> set[str]:
    """The options `beleidsgraaf build` has in this checkout."""
    import typer

    from beleidsgraaf.cli import app

    command = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    return {option for param in command.params for option in param.opts}


def missing(config: Configuration, options: set[str]) -> list[str]:
    """What `config` needs that this checkout lacks (nothing: it can be built)."""
    have = {"pipeline": TRAINED_PIPELINE.is_file(), "no pipeline": not TRAINED_PIPELINE.is_file()}
    return [need for need in config.needs if not have.get(need, need in options)]


def available() -> tuple[dict[str, Configuration], list[str]]:
    """Name → configuration for those this checkout can build, and a line for each it cannot."""
    options = build_options()
    found: dict[str, Configuration] = {}
    for config in CONFIGURATIONS:
        if not missing(config, options):
            found.setdefault(config.name, config)
    skipped = {
        config.name: f"{config.name}: not built, this checkout lacks {', '.join(missing(config, options))}"
        for config in CONFIGURATIONS
        if config.name not in found
    }
    return found, list(skipped.values())


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
        gold = select_documents(gold, load_split(evaluation_set.split), "split")
    return evaluate(store, gold)


def run(configurations: list[Configuration], out: Path, log: Callable[[str], None]) -> Reports:
    """(configuration, set name) → report: each corpus built once per configuration."""
    reports: Reports = {}
    for config in configurations:
        stores: dict[Path, GraphStore] = {}
        for s in SETS:
            if s.corpus not in stores:
                path = out / slugify(config.name) / s.corpus.name
                started = time.monotonic()
                build(s.corpus, path, config.options)
                log(f"built {s.corpus.name} with {config.name} in {time.monotonic() - started:.0f} s")
                stores[s.corpus] = GraphStore(path, read_only=True)
            reports[config.name, s.name] = score(s, stores[s.corpus])
    return reports


def summary(reports: Reports) -> str:
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


def ablation(reports: Reports, set_name: str) -> str:
    """One set's F1 per type and per predicate (and its metadata accuracy), configuration by
    configuration: which component earns its place, and where."""
    configs = list(dict.fromkeys(c for c, _ in reports))
    first = reports[configs[0], set_name]
    types = sorted({t for c in configs for t in reports[c, set_name].by_type} | set(first.by_type))
    predicates = sorted({p for c in configs for p in reports[c, set_name].by_predicate})

    def row(label: str, value: Callable[[Report], float]) -> tuple[str, ...]:
        return (label, *(f"{value(reports[c, set_name]):.3f}" for c in configs))

    rows = [row(f"entities: {t}", lambda r, t=t: r.by_type[t].f1 if t in r.by_type else 0.0) for t in types]
    rows.append(row("entities: overall", lambda r: r.overall.f1))
    rows += [
        row(f"relations: {p}", lambda r, p=p: r.by_predicate[p].f1 if p in r.by_predicate else 0.0)
        for p in predicates
    ]
    rows.append(row("relations: overall", lambda r: r.relations.f1))
    rows.append(row("metadata", lambda r: r.metadata_accuracy))
    return markdown_table(("F1", *configs), rows)


def side_by_side(reports: Reports, config: str) -> str:
    """One configuration's F1 per type and predicate and accuracy per metadata field, the sets side
    by side (gold items in brackets): the README's table of where extraction holds and where not."""
    runs = [reports[config, s.name] for s in SETS]

    def cells(get: Callable[[Report], tuple[float, int] | None]) -> tuple[str, ...]:
        found = [get(r) for r in runs]
        return tuple("–" if f is None else f"{f[0]:.2f} ({f[1]})" for f in found)

    def counts(c: Counts | None) -> tuple[float, int] | None:
        return None if c is None or c.tp + c.fn == 0 else (c.f1, c.tp + c.fn)

    types = sorted({t for r in runs for t in r.by_type})
    predicates = sorted({p for r in runs for p in r.by_predicate})
    fields = list(dict.fromkeys(f for r in runs for f in r.metadata))
    rows = [(f"entities: {t}", *cells(lambda r, t=t: counts(r.by_type.get(t)))) for t in types]
    rows.append(("entities: overall", *cells(lambda r: counts(r.overall))))
    rows += [(f"relations: {p}", *cells(lambda r, p=p: counts(r.by_predicate.get(p)))) for p in predicates]
    rows.append(("relations: overall", *cells(lambda r: counts(r.relations))))

    def field(r: Report, name: str) -> tuple[float, int] | None:
        checks = r.metadata.get(name)
        return (sum(checks) / len(checks), len(checks)) if checks else None

    rows += [(f"metadata: {f}", *cells(lambda r, f=f: field(r, f))) for f in fields]
    every = lambda r: (r.metadata_accuracy, sum(map(len, r.metadata.values())))  # noqa: E731
    rows.append(("metadata: overall", *cells(every)))
    return markdown_table(("F1; metadata: accuracy (gold items)", *(s.name for s in SETS)), rows)


def kinds_side_by_side(reports: Reports, config: str) -> str:
    """One configuration's scores per document kind, the sets side by side: entity F1, relations
    found of gold, metadata accuracy (documents in brackets); rules written for letters may fail on
    debates."""
    runs = [reports[config, s.name] for s in SETS]
    kinds = [k for k in DOCUMENT_KINDS if any(k in r.by_kind for r in runs)]

    def cell(r: Report, kind: str) -> str:
        k = r.by_kind.get(kind)
        if k is None:
            return "–"
        found = f"{k.relations.tp}/{k.relations.tp + k.relations.fn}"
        return f"{k.entities.f1:.2f} · {found} · {accuracy(k.metadata):.2f} ({k.documents})"

    rows = [(kind, *(cell(r, kind) for r in runs)) for kind in kinds]
    columns = ("entity F1 · relations found · metadata (documents)", *(s.name for s in SETS))
    return markdown_table(columns, rows)


def _floor(value: float) -> float:
    return max(0.0, math.floor(round((value - FLOOR_MARGIN) * 100, 6)) / 100)


FLOORS_HEADER = """\
# Floors the test suite holds extraction to (tests/evaluation/test_floors.py), set by set: every overall
# score, and each type, predicate and metadata field with at least {support} gold items (documents for
# a field) behind it, {margin} below what the default build measured. F1 for entities and relations,
# accuracy for metadata. When a change raises the scores (or after a merge), rewrite the floors:
#   make evaluate EVALUATE_ARGS="--write-floors tests/floors.toml"
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
    found, skipped = available()
    parser.add_argument("--config", action="append", choices=list(found), help="repeatable (all)")
    parser.add_argument("--out", type=Path, default=REPO / "out" / "evaluate", help="where the stores go")
    parser.add_argument("--log", type=Path, help="also write the output (and build times) to this file")
    parser.add_argument(
        "--write-floors",
        type=Path,
        metavar="FILE",
        help="also write the test suite's floors (tests/floors.toml) from the default build",
    )
    args = parser.parse_args()
    configurations = [found[name] for name in args.config or found]
    if args.write_floors and all(c.options for c in configurations):
        parser.error("--write-floors: the floors hold the default build, and no configuration chosen is it")
    if args.log:
        args.log.parent.mkdir(parents=True, exist_ok=True)
    log_file = args.log.open("w", encoding="utf-8") if args.log else None

    def say(line: str = "") -> None:
        print(line, flush=True)
        if log_file:
            log_file.write(line + "\n")
            log_file.flush()

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)
        if log_file:
            log_file.write(f"<!-- {line} -->\n")

    for line in skipped:
        progress(line)
    try:
        reports = run(configurations, args.out, progress)
    except BeleidsgraafError as exc:
        raise SystemExit(f"error: {exc}") from exc
    if args.write_floors:
        default = next(c for c in configurations if not c.options)
        how = f"{default.name} (`beleidsgraaf build` with no options)"
        args.write_floors.write_text(floors({s.name: reports[default.name, s.name] for s in SETS}, how))
        progress(f"floors written to {args.write_floors} from {default.name}")
    for config in configurations:
        options = " ".join(config.options) or "no options"
        say(f"## {config.name} (`beleidsgraaf build` with {options})\n")
        for s in SETS:
            r = reports[config.name, s.name]
            kinds = ", ".join(k for k in DOCUMENT_KINDS if k in r.by_kind)
            say(f"### {s.name}: {len(r.by_document)} documents ({kinds}); {s.about}\n")
            say(markdown_report(r, documents=not s.held_out) + "\n")
    for config in configurations:
        say(f"## Sets side by side: {config.name}\n")
        say(side_by_side(reports, config.name) + "\n")
        say(kinds_side_by_side(reports, config.name) + "\n")
    say("## Ablations: sets × configurations\n")
    say(summary(reports) + "\n")
    if len(configurations) > 1:
        for s in SETS:
            say(f"### {s.name}, F1 by configuration\n")
            say(ablation(reports, s.name) + "\n")
    if log_file:
        log_file.close()


if __name__ == "__main__":
    main()
