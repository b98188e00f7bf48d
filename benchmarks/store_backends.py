"""Which store backend: pyoxigraph directly, rdflib over oxrdflib, or in-memory rdflib?

Measures, in one run on the same synthetic dataset shaped like a built graph (documents, mentions
with offsets and evidence, entities with labels): loading N-Quads, an aggregate query (mentions per
entity) and a document replacement. Prints each time as a ratio to pyoxigraph in memory.

    python benchmarks/store_backends.py [--documents 400]

oxrdflib is not a project dependency; install it to include that column (`pip install oxrdflib`).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib

BG = "https://w3id.org/beleidsgraaf/def#"
ID = "https://w3id.org/beleidsgraaf/id/"
QUERY = f"""SELECT ?e (COUNT(?m) AS ?n) WHERE {{ ?m <{BG}refersTo> ?e ; <{BG}inDocument> ?d }}
GROUP BY ?e ORDER BY DESC(?n) LIMIT 20"""


def synthetic_nquads(documents: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = []
    for d in range(documents):
        g, doc = f"<{ID}graph/{d}>", f"<{ID}doc/{d}>"
        lines.append(f'{doc} <{BG}fileName> "doc{d}.txt" {g} .')
        for m in range(60):
            e = f"<{ID}org/e{int(rng.paretovariate(1.2)) % 2000}>"
            node = f"<{ID}mention/{d}/{m}>"
            lines += [
                f"{node} <{BG}refersTo> {e} {g} .",
                f"{node} <{BG}inDocument> {doc} {g} .",
                f'{node} <{BG}start> "{m * 50}"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .',
                f'{node} <{BG}evidence> "Een zin van het document nummer {d} over onderwerp {m}." {g} .',
                f'{e} <http://www.w3.org/2004/02/skos/core#altLabel> "Entiteit {e[-6:-1]}" {g} .',
            ]
    return "\n".join(lines) + "\n"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_oxigraph(data: bytes, path: Path | None) -> dict[str, float]:
    store = ox.Store(str(path)) if path else ox.Store()
    out = {"load": timed(lambda: store.bulk_load(data, ox.RdfFormat.N_QUADS))}
    out["query"] = timed(lambda: list(store.query(QUERY, use_default_graph_as_union=True)))
    g = ox.NamedNode(f"{ID}graph/0")
    out["replace"] = timed(
        lambda: store.update(f"DROP GRAPH {g} ; INSERT DATA {{ GRAPH {g} {{ <{ID}a> <{BG}b> 1 }} }}")
    )
    return out


def bench_rdflib(data: bytes, store: str) -> dict[str, float]:
    ds = rdflib.Dataset(store=store, default_union=True)
    out = {"load": timed(lambda: ds.parse(data=data, format="nquads"))}
    out["query"] = timed(lambda: list(ds.query(QUERY)))
    g = rdflib.URIRef(f"{ID}graph/0")
    out["replace"] = timed(lambda: ds.remove_graph(ds.graph(g)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400)
    args = parser.parse_args()
    data = synthetic_nquads(args.documents).encode()
    quads = data.count(b"\n")
    results = {"pyoxigraph (memory)": bench_oxigraph(data, None)}
    with tempfile.TemporaryDirectory() as tmp:
        results["pyoxigraph (disk)"] = bench_oxigraph(data, Path(tmp) / "store")
    try:
        import oxrdflib  # noqa: F401

        results["rdflib + oxrdflib"] = bench_rdflib(data, "Oxigraph")
    except ImportError:
        pass
    results["rdflib (memory)"] = bench_rdflib(data, "default")
    base = results["pyoxigraph (memory)"]
    print(f"{quads} quads, {args.documents} documents; seconds (ratio to pyoxigraph in memory)")
    print(f"{'backend':<22}" + "".join(f"{k:>22}" for k in base))
    for name, times in results.items():
        print(f"{name:<22}" + "".join(f"{t:>12.3f} ({t / base[k]:>5.1f}x)" for k, t in times.items()))


if __name__ == "__main__":
    main()
