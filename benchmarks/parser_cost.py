"""What the trained pipeline's parser costs extraction, in one process and one run.

Extraction with the default pipeline (the rules, then the project's trained pipeline parsing the
sentences where two entities may relate and some syntax rule's cue holds) against extraction with
`--spacy-model blank` (the rules alone), over the normalised texts of the seeds and dev documents,
repeated N times; the goal is at least 0.4 of the speed without the parser. Bare spaCy
tokenisation of the same paragraphs (`spacy.blank("nl").make_doc`) is the baseline both are given
against, as in `throughput`.
The syntax stage alone, and parsing every paragraph instead of the chosen sentences, show what
choosing the sentences saves.

Each measure gets a warm-up pass, then `--repeat` rounds that time every measure once (so other work
on a shared machine disturbs them alike); the median counts.

    python benchmarks/parser_cost.py [--copies 5] [--repeat 3] [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import spacy
from common import DEV, SEEDS, Section, Table, corpus_files, print_section, say, timed, words

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.nlp import BLANK, paragraphs
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.syntax import parse_for_relations, sentences_to_parse

#: extraction with the parser at least this share of its speed without it (the issue's goal)
GOAL = 0.4


def run(quick: bool = False, copies: int | None = None, repeat: int = 3) -> Section:
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    copies = copies or (1 if quick else 5)
    files = corpus_files(SEEDS, DEV)
    say("parser: constructing the extractors (blank + rules; the trained pipeline)")
    with_parser, without = Extractor(), Extractor(BLANK)
    if with_parser.syntax is None:
        raise RuntimeError("the default extractor has no syntax pipeline: nothing to measure")
    syntax = with_parser.syntax
    sources = [read(f) for f in files]
    texts = [s.text for s in sources]
    extractions = [with_parser.extract(s) for s in sources]
    mentions = [(x.mentions, {i: e.core_type for i, e in x.entities.items()}) for x in extractions]
    paras = [[p for _, p in paragraphs(t)] for t in texts]
    tokeniser = spacy.blank("nl")
    n_words = copies * words(texts)
    chosen = [parse_for_relations(syntax, s.text, *m) for s, m in zip(sources, mentions, strict=True)]
    parsed_words = copies * words(doc.text for docs in chosen for _, doc in docs)
    related_words = copies * words(
        s.text[start:end]
        for s, m in zip(sources, mentions, strict=True)
        for start, end in sentences_to_parse(*m)
    )

    def baseline(n: int) -> None:
        for _ in range(n):
            for ps in paras:
                for p in ps:
                    tokeniser.make_doc(p)

    def extract_with(extractor: Extractor) -> Callable[[int], None]:
        def extraction(n: int) -> None:
            for _ in range(n):
                for s in sources:
                    extractor.extract(s)

        return extraction

    def syntax_stage(n: int) -> None:
        for _ in range(n):
            for s, m in zip(sources, mentions, strict=True):
                parse_for_relations(syntax, s.text, *m)

    def parse_everything(n: int) -> None:
        for _ in range(n):
            for ps in paras:
                list(syntax.pipe(ps))

    fns: dict[str, Callable[[int], None]] = {
        "baseline": baseline,
        "blank": extract_with(without),
        "parser": extract_with(with_parser),
        "syntax_stage": syntax_stage,
        "parse_everything": parse_everything,
    }
    say("parser: warm-up of every measure")
    for fn in fns.values():
        fn(1)
    times: dict[str, list[float]] = {name: [] for name in fns}
    for round_ in range(repeat):
        for name, fn in fns.items():
            say(f"parser: round {round_ + 1}/{repeat}, {name} ({copies} × {len(files)} documents)")
            times[name].append(timed(lambda fn=fn: fn(copies)))
    median = {name: statistics.median(t) for name, t in times.items()}

    labels = {
        "baseline": 'spaCy `blank("nl")` tokeniser, paragraphs (baseline)',
        "blank": "extraction, `--spacy-model blank` (rules, no parser)",
        "parser": "extraction, default (rules + the trained pipeline's parse)",
        "syntax_stage": "the syntax stage alone (chosen sentences through the trained pipeline)",
        "parse_everything": "the trained pipeline over every paragraph (what choosing saves)",
    }
    table = Table(
        f"Parser cost: {copies}× the {len(files)} seeds + dev documents, {n_words:,} words; "
        f"one process, median of {repeat} rounds",
        ["measure", "seconds", "words/s", "ratio to baseline", "ratio to extraction without the parser"],
    )
    for name, label in labels.items():
        table.rows.append(
            [
                label,
                median[name],
                f"{n_words / median[name]:,.0f}",
                median["baseline"] / median[name],
                median["blank"] / median[name],
            ]
        )
    ratio = median["blank"] / median["parser"]
    table.notes = [
        f"extraction with the parser runs at {ratio:.2f}× its speed without it: goal ≥ {GOAL} "
        f"{'met' if ratio >= GOAL else 'NOT met'}",
        f"sentences with two or more entities of types a predicate joins hold {related_words:,} of the "
        f"{n_words:,} words ({100 * related_words / n_words:.0f} %); those where a syntax rule's cue holds "
        f"(a word its heads are found by, two entities of the types it joins) {parsed_words:,} "
        f"({100 * parsed_words / n_words:.0f} %): only those are parsed",
        "words = whitespace-separated strings of the normalised text; words/s are of the whole corpus "
        "for every row, so the rows compare",
    ]
    data = {
        "copies": copies,
        "words": n_words,
        "parsed_words": parsed_words,
        "related_words": related_words,
        "repeat": repeat,
        "seconds": {k: {"median": median[k], "all": v} for k, v in times.items()},
        "words_per_s": {k: n_words / v for k, v in median.items()},
        "ratio_to_baseline": {k: median["baseline"] / v for k, v in median.items()},
        "ratio_parser_to_blank": ratio,
        "goal": GOAL,
        "pipeline": f"{syntax.meta['lang']}_{syntax.meta['name']}-{syntax.meta['version']}",
    }
    return Section(
        "parser",
        "Extraction with and without the trained pipeline's parser",
        [table],
        data,
        time.perf_counter() - started,
        load_before=load_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=None, help="times the seeds + dev [5; 1 with --quick]")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="a small corpus, to check that it runs")
    args = parser.parse_args()
    print_section(run(args.quick, args.copies, args.repeat))


if __name__ == "__main__":
    main()
