"""The benchmark runner: build throughput, the parser's cost, scaling, the store at ≥ 1M quads and an
incremental build into it, each as ratios measured in one run, printed as Markdown tables and written
to `benchmarks/results.md` and `benchmarks/results.json` (with `--quick`: `results-quick.*`, so a
smoke test never overwrites the real results).

    python benchmarks/run.py                       # everything: about 35 minutes on 2 cores
    python benchmarks/run.py --quick               # small sizes, to check that it all runs
    python benchmarks/run.py --only throughput     # some of them; the others' results are kept
    make bench                                     # the first, with the project's .venv

The documents come from `../shared/corpus` (seeds and dev) beside the repository; larger corpora
are copies of them made in a temporary folder at run time.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

import incremental
import parser_cost
import scaling
import store_scale
import throughput
from common import MissingCorpus, Section, Table, fmt, machine_info, machine_table, print_section, say
from extrapolate import scale_table

HERE = Path(__file__).resolve().parent
SECTIONS: dict[str, Callable[[bool], Section]] = {
    "throughput": lambda quick: throughput.run(quick),
    "parser": lambda quick: parser_cost.run(quick),
    "scaling": lambda quick: scaling.run(quick),
    "store": lambda quick: store_scale.run(quick),
    "incremental": lambda quick: incremental.run(quick),
}


def _speedup_verdict(speedup: float) -> str:
    """On 2 cores, 2 workers can at best halve the time; under 1.5× most of the second core is lost."""
    if speedup >= 1.5:
        return "yes"
    return f"weak ({speedup:.2f}×)" if speedup > 1 else "no"


def goals(sections: dict[str, dict]) -> Table:
    """The issue's goals next to what was measured, from whichever sections are present."""
    table = Table("Goals of the issue, as measured", ["goal", "measured", "met"])
    if "throughput" in sections:
        d = sections["throughput"]["data"]
        ratio = d["ratio_to_baseline"]
        published = d["published_nl_core_news_sm_words_per_s"]
        goal = d["goals"]["build"]
        table.rows.append(
            [
                f"end-to-end build (1 job, {d['copies']} copies of the seeds, fresh store) "
                f"≥ {goal} × the blank tokeniser on paragraphs",
                f"{ratio['build']:.3f} (extraction alone {ratio['extraction']:.3f}; the rules alone, "
                f"`--spacy-model blank`, {ratio['build_rules']:.3f})",
                "yes" if ratio["build"] >= goal else "no",
            ]
        )
        speed = d["words_per_s"]["extraction"] / published
        table.rows.append(
            [
                "rule pipeline well over 10 × nl_core_news_sm (published 9,500 words/s)",
                f"{speed:.1f}× (extraction alone), {d['words_per_s']['build'] / published:.1f}× (build)",
                "yes" if speed > 10 else "no",
            ]
        )
    if "parser" in sections:
        d = sections["parser"]["data"]
        ratio, goal = d["ratio_parser_to_blank"], d["goal"]
        table.rows.append(
            [
                f"extraction with the parser ≥ {goal} × its speed without it (`--spacy-model blank`)",
                f"{ratio:.2f}× ({d['words_per_s']['parser']:,.0f} vs "
                f"{d['words_per_s']['blank']:,.0f} words/s)",
                "yes" if ratio >= goal else "no",
            ]
        )
    if "scaling" in sections:
        d = sections["scaling"]["data"]
        sizes = d["sizes"]
        if len(sizes) >= 2:
            small, large = sizes[-2], sizes[-1]
            for jobs in (1, 2):
                by = {b["size"]: b for b in d["builds"] if b["jobs"] == jobs}
                t = by[large]["seconds"] / by[small]["seconds"]
                m = by[large]["peak_rss"] / by[small]["peak_rss"]
                grow = large / small
                table.rows.append(
                    [
                        f"time and peak memory grow linearly or better ({jobs} job{'s' if jobs > 1 else ''}, "
                        f"{small}× → {large}× the seeds)",
                        f"{grow:.0f}× the documents: time ×{t:.2f}, peak RSS ×{m:.2f}",
                        "yes" if t <= grow * 1.05 and m <= grow * 1.05 else "no",
                    ]
                )
        speedup = d["speedup_2_workers"]
        table.rows.append(
            [
                "2 workers speed the build up (2 cores)",
                ", ".join(f"{k}×: {v:.2f}" for k, v in speedup.items()),
                _speedup_verdict(speedup[str(sizes[-1])]),
            ]
        )
    if "store" in sections:
        d = sections["store"]["data"]
        loads = d["load_seconds"]
        table.rows.append(
            [
                "store of ≥ 1 million triples",
                f"{d['quads']:,} quads",
                "yes" if d["quads"] >= 1_000_000 else "no (quick run)",
            ]
        )
        table.rows.append(
            [
                "load: project (Oxigraph) vs rdflib",
                f"project {loads['project']:.1f} s, rdflib {loads['rdflib']:.1f} s "
                f"({loads['rdflib'] / loads['project']:.1f}×)",
                None,
            ]
        )
        sizes = [(d["quads"], d["over_full_scan"])]
        if "larger" in d:
            sizes.append(
                (d["larger"]["quads"], {k: v["over_full_scan"] for k, v in d["larger"]["queries"].items()})
            )
        for quads, over in sizes:
            named = {k: v for k, v in over.items() if not k.startswith("(")}
            within = sum(1 for v in named.values() if v is not None and v <= 1.0)
            worst = max(named, key=lambda k: float("inf") if named[k] is None else named[k])
            table.rows.append(
                [
                    f"every named query ≤ 1× the full scan ({quads:,} quads)",
                    f"{within} of {len(named)}; slowest `{worst}` "
                    + (f"{fmt(named[worst])}×" if named[worst] is not None else "past the cap"),
                    "yes" if within == len(named) else "no",
                ]
            )
            clicks = {k: named.get(k) for k in d["click_through"]}
            table.rows.append(
                [
                    f"click-through lookups ≤ 0.1× the full scan ({quads:,} quads)",
                    ", ".join(
                        f"`{k}` {fmt(v)}×" if v is not None else f"`{k}` past the cap"
                        for k, v in clicks.items()
                    ),
                    "yes" if all(v is not None and v <= 0.1 for v in clicks.values()) else "no",
                ]
            )
        ratios = []
        for q in d["queries"].values():
            if q["rdflib_error"] is None and q["oxigraph_median_s"] is not None:
                ratios.append((q["rdflib_s"] or d["cap_seconds"]) / q["oxigraph_median_s"])
        if ratios:
            mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
            slower = sum(1 for r in ratios if r < 1)
            table.rows.append(
                [
                    "named queries: rdflib / Oxigraph latency",
                    f"geometric mean {fmt(mean)}× (caps as the cap); rdflib faster on {slower} of "
                    f"{len(ratios)}",
                    "yes (≥ 20×)" if mean >= 20 else "no (goal ≥ 20×)",
                ]
            )
    return table


def write(sections: dict[str, dict], info: dict[str, str], stem: str, quick: bool) -> None:
    ordered = {name: sections[name] for name in SECTIONS if name in sections}
    (HERE / f"{stem}.json").write_text(
        json.dumps({"machine": info, "quick": quick, "sections": ordered}, indent=1, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    parts = [
        "# Benchmarks" + (" (quick run: small sizes, a smoke test)" if quick else ""),
        "Written by `python benchmarks/run.py` (`make bench`); every figure below is rerunnable. Ratios "
        "are measured in the same run and compare across machines better than absolute numbers; the "
        "1-minute load average at each section's start and end shows whether other work shared the "
        "machine.",
        goals(ordered).markdown(),
        machine_table(info).markdown(),
        *(s["markdown"] for s in ordered.values()),
    ]
    if "throughput" in ordered and "store" in ordered and "stored" in ordered["throughput"]["data"]:
        parts.append(
            "## Scale on paper\n\n"
            + scale_table(ordered["throughput"]["data"], ordered["store"]["data"]).markdown()
        )
    (HERE / f"{stem}.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, to check that everything runs")
    parser.add_argument("--only", nargs="+", choices=list(SECTIONS), help="run only these benchmarks")
    args = parser.parse_args()
    stem = "results-quick" if args.quick else "results"
    selected = args.only or list(SECTIONS)
    sections: dict[str, dict] = {}
    previous = HERE / f"{stem}.json"
    if args.only and previous.exists():  # keep the results of the benchmarks not rerun
        sections = json.loads(previous.read_text(encoding="utf-8")).get("sections", {})
    info = machine_info()
    started = time.perf_counter()
    for name in selected:
        say(f"== {name}")
        try:
            section = SECTIONS[name](args.quick)
        except MissingCorpus as exc:
            sys.exit(f"error: {exc}")
        section.revision = info["beleidsgraaf"]
        print_section(section)
        sections[name] = {**section.as_dict(), "markdown": section.markdown(), "machine": info}
        write(sections, info, stem, args.quick)  # after each: a later failure keeps these
    print(goals(sections).markdown(), end="\n\n")
    print(machine_table(info).markdown())
    say(f"done in {time.perf_counter() - started:.0f} s → {HERE / stem}.md, {stem}.json")


if __name__ == "__main__":
    main()
