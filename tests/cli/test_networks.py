"""On the seeds, through the command line: every projection in every export format, read back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from beleidsgraaf.graph.projections import PROJECTIONS
from tests.conftest import run_cli

FORMATS = ("graphml", "gexf", "pajek", "dl", "csv", "json", "cytoscape")
READERS = {
    "graphml": nx.read_graphml,
    "gexf": nx.read_gexf,
    "json": lambda p: nx.node_link_graph(json.loads(Path(p).read_text(encoding="utf-8")), edges="links"),
}


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_every_projection_in_every_format(
    projection: str, seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    for fmt in FORMATS:
        out = tmp_path / f"{projection}.{fmt}"
        run_cli(
            cli,
            "network",
            "--store",
            str(seeds_store),
            "--projection",
            projection,
            "--format",
            fmt,
            "-o",
            str(out),
        )
        written = list(tmp_path.glob(f"{projection}.*"))
        assert written, (projection, fmt)
        if fmt in READERS and projection in ("affiliation", "co-mention", "citation", "membership"):
            g = READERS[fmt](out)
            assert g.number_of_nodes() > 0 and g.number_of_edges() > 0, (projection, fmt)


def test_a_yearly_series_for_gephi(seeds_store: Path, cli: str, tmp_path: Path) -> None:
    out = tmp_path / "series.gexf"
    run_cli(
        cli,
        "network",
        "--store",
        str(seeds_store),
        "--projection",
        "co-mention",
        "--slice",
        "year",
        "--format",
        "gexf",
        "-o",
        str(out),
    )
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and "2026-01-01" in text
    assert nx.read_gexf(out).number_of_nodes() > 0


def test_a_series_names_the_undated_documents_it_left_out(
    seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    """The seeds hold one letter without a date: no slice holds it, and the command says so."""
    fmt = "gexf"
    args = ("network", "--store", str(seeds_store), "--projection", "co-mention", "--format", fmt)
    sliced = run_cli(cli, *args, "--slice", "year", "-o", str(tmp_path / f"s.{fmt}"))
    assert "left out 1 undated document (no slice holds a document without a date)" in sliced.stderr
    whole = run_cli(cli, *args, "-o", str(tmp_path / f"w.{fmt}"))
    assert "undated" not in whole.stderr
    period = run_cli(cli, *args, "--from", "2000-01-01", "-o", str(tmp_path / f"p.{fmt}"))
    assert "left out 1 undated document (no period holds" in period.stderr


def test_analyze_and_view(seeds_store: Path, cli: str, tmp_path: Path) -> None:
    run_cli(
        cli, "analyze", "--store", str(seeds_store), "--projection", "co-mention", "-o", str(tmp_path / "a")
    )
    report = (tmp_path / "a" / "report.md").read_text(encoding="utf-8")
    assert "Europese Unie" in report and (tmp_path / "a" / "nodes.csv").exists()
    run_cli(
        cli,
        "view",
        "--store",
        str(seeds_store),
        "--projection",
        "affiliation",
        "-o",
        str(tmp_path / "v.html"),
    )
    assert "Atradius Dutch State Business" in (tmp_path / "v.html").read_text(encoding="utf-8")
    run_cli(
        cli, "view", "--store", str(seeds_store), "--projection", "affiliation", "-o", str(tmp_path / "v.png")
    )
    assert (tmp_path / "v.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_bad_projection_is_one_clear_error(seeds_store: Path, cli: str, tmp_path: Path) -> None:
    result = run_cli(
        cli,
        "network",
        "--store",
        str(seeds_store),
        "--projection",
        "nope",
        "--format",
        "gexf",
        "-o",
        str(tmp_path / "x.gexf"),
        check=False,
    )
    assert result.returncode == 2 and "--projection" in result.stderr and "Traceback" not in result.stderr
