"""Everything a user sees, written to one folder, so a change that should alter no behaviour can
be proved to (a restructuring, a dependency upgrade): `snapshot OUT` before and after, then
`compare BEFORE AFTER`.

For every corpus in ../shared/corpus (and the examples), through the command line as a user runs
it: the N-Quads of a default build and of a compact build, every export format, every network
projection in every format (and one series by year), the analysis report, every named query's rows
with its default parameters, and `stats`. Files are compared byte for byte, except that the lines
of an RDF dump are sorted first (a dump's order is the store's, not part of what it says) and blank
node labels in Turtle and JSON-LD are numbered by order of appearance.

    python scripts/snapshot.py snapshot OUT [--corpus NAME ...]
    python scripts/snapshot.py compare BEFORE AFTER
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
EXPORTS = ("nquads", "trig", "turtle", "jsonld")
PROJECTIONS = ("affiliation", "co-mention", "congruence", "conflict", "subtract", "citation", "membership")
NETWORK_FORMATS = {
    "graphml": "graphml",
    "gexf": "gexf",
    "pajek": "net",
    "dl": "dl",
    "csv": "csv",
    "json": "json",
    "cytoscape": "cyjs.json",
}
BLANK = re.compile(r"_:[A-Za-z0-9_.-]+")


def corpora(names: list[str] | None) -> dict[str, Path]:
    found = {"examples": ROOT / "examples"}
    if SHARED.is_dir():
        found |= {p.name: p for p in sorted(SHARED.iterdir()) if p.is_dir()}
    if names:
        missing = set(names) - set(found)
        if missing:
            sys.exit(f"--corpus: no corpus named {', '.join(sorted(missing))} (have {', '.join(found)})")
        found = {n: found[n] for n in names}
    return found


def cli(*args: str) -> subprocess.CompletedProcess:
    """One command as a user types it; a failing command stops the snapshot with its error."""
    command = Path(sys.executable).with_name("beleidsgraaf")
    done = subprocess.run([str(command), *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"beleidsgraaf {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return done


def canonical(path: Path) -> None:
    """Sort an RDF dump's lines; number its blank nodes by first appearance."""
    text = path.read_text(encoding="utf-8")
    names: dict[str, str] = {}
    text = BLANK.sub(lambda m: names.setdefault(m.group(), f"_:b{len(names)}"), text)
    if path.suffix in {".nq", ".trig"}:
        text = "".join(sorted(text.splitlines(keepends=True)))
    path.write_text(text, encoding="utf-8")


def named_queries() -> list[str]:
    return sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def snapshot_corpus(corpus: Path, out: Path, work: Path) -> None:
    out.mkdir(parents=True)
    store, compact = work / "store", work / "compact"
    cli("build", str(corpus), "--store", str(store), "--jobs", "1")
    cli("build", str(corpus), "--store", str(compact), "--jobs", "1", "--compact")
    for fmt in EXPORTS:
        target = out / f"export.{ {'nquads': 'nq', 'jsonld': 'jsonld'}.get(fmt, fmt) }"
        cli("export", "--store", str(store), "--format", fmt, "-o", str(target))
        canonical(target)
    target = out / "compact.nq"
    cli("export", "--store", str(compact), "--format", "nquads", "-o", str(target))
    canonical(target)
    for projection in PROJECTIONS:
        for fmt, suffix in NETWORK_FORMATS.items():
            target = out / "networks" / f"{projection}.{suffix}"
            target.parent.mkdir(exist_ok=True)
            cli(
                "network",
                "--store",
                str(store),
                "--projection",
                projection,
                "--format",
                fmt,
                "-o",
                str(target),
            )
        cli(
            "analyze",
            "--store",
            str(store),
            "--projection",
            projection,
            "--seed",
            "42",
            "-o",
            str(out / "analysis" / projection),
        )
    cli(
        "network",
        "--store",
        str(store),
        "--projection",
        "co-mention",
        "--slice",
        "year",
        "--format",
        "gexf",
        "-o",
        str(out / "networks" / "co-mention-by-year.gexf"),
    )
    for name in named_queries():
        rows = cli("query", name, "--store", str(store), "--format", "csv").stdout
        (out / "queries").mkdir(exist_ok=True)
        (out / "queries" / f"{name}.csv").write_text(rows, encoding="utf-8")
    (out / "stats.txt").write_text(cli("stats", "--store", str(store)).stdout, encoding="utf-8")


def snapshot(out: Path, names: list[str] | None) -> None:
    if out.exists():
        sys.exit(f"{out}: exists; give a new folder")
    for name, corpus in corpora(names).items():
        print(f"{name}: {corpus}", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="snapshot-") as work:
            snapshot_corpus(corpus, out / name, Path(work))
    files = sorted(p for p in out.rglob("*") if p.is_file())
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    print(f"{len(files)} files in {out}, sha256 {digest[:16]}", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    """Exit 0 when the two folders hold the same files with the same bytes; else name each difference."""
    listed = {p.relative_to(before) for p in before.rglob("*") if p.is_file()}
    listed |= {p.relative_to(after) for p in after.rglob("*") if p.is_file()}
    differ = []
    for rel in sorted(listed):
        a, b = before / rel, after / rel
        if not a.exists() or not b.exists():
            differ.append(f"{rel}: only in {before if a.exists() else after}")
        elif not filecmp.cmp(a, b, shallow=False):
            differ.append(f"{rel}: differs")
    for line in differ:
        print(line)
    print(f"{len(listed)} files, {len(differ)} different", file=sys.stderr)
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    take = commands.add_parser("snapshot", help="write every output for every corpus into OUT")
    take.add_argument("out", type=Path)
    take.add_argument("--corpus", nargs="+", help="only these corpora (folder names)")
    diff = commands.add_parser("compare", help="exit 1 and name the files where two snapshots differ")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.out, args.corpus)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
