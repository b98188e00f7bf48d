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
    "pajek": nx.read_pajek,
    "json": lambda p: nx.node_link_graph(json.loads(Path(p).read_text(encoding="utf-8")), edges="edges"),
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
