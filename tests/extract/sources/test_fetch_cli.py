"""`beleidsgraaf fetch` as a user runs it, against the fake services."""

from __future__ import annotations

from pathlib import Path

from beleidsgraaf.extract.sources.manifest import load_manifest
from tests.conftest import run_cli


def test_fetch_help_names_both_sources(cli: str) -> None:
    assert {"tweedekamer", "bekendmakingen"} <= set(run_cli(cli, "fetch", "--help").stdout.split())
    options = run_cli(cli, "fetch", "tweedekamer", "--help").stdout
    for option in ("--dossier", "--from", "--to", "--kind", "--person", "--faction", "--limit", "--api-root"):
        assert option in options


def test_fetch_a_dossier_and_again(cli: str, tk, tmp_path: Path) -> None:
    args = ("fetch", "tweedekamer", "--dossier", "26485", "--api-root", tk.root, "--min-interval", "0")
    first = run_cli(cli, *args, "-o", str(tmp_path))
    assert f"3 fetched, 0 unchanged, 0 failed → {tmp_path}" in first.stderr
    again = run_cli(cli, *args, "-o", str(tmp_path))
    assert "0 fetched, 3 unchanged, 0 failed" in again.stderr
    assert len(load_manifest(tmp_path)) == 3


def test_a_failed_document_is_named_and_exits_1(cli: str, tk, tmp_path: Path) -> None:
    tk.broken["/OData/v4/2.0/Document(doc-2)/resource"] = 404
    args = ("fetch", "tweedekamer", "--dossier", "26485", "--api-root", tk.root, "--min-interval", "0")
    result = run_cli(cli, *args, "-o", str(tmp_path), check=False)
    assert result.returncode == 1
    assert "2024D10002: HTTP 404 Not Found" in result.stderr
    assert "2 fetched, 0 unchanged, 1 failed" in result.stderr


def test_fetch_from_bekendmakingen(cli: str, sru, tmp_path: Path) -> None:
    args = ("fetch", "bekendmakingen", "--dossier", "26485", "--url", sru.url, "--min-interval", "0")
    result = run_cli(cli, *args, "-o", str(tmp_path))
    assert "3 fetched, 0 unchanged, 0 failed" in result.stderr
    assert (tmp_path / "kst-26485-396.html").is_file()


def test_usage_errors_exit_2(cli: str, tmp_path: Path) -> None:
    for args, message in (
        (("tweedekamer",), "give at least one of --dossier"),
        (("tweedekamer", "--from", "1 maart"), "expected YYYY-MM-DD"),
        (("tweedekamer", "--from", "2024-03-01", "--to", "2024-01-01"), "--to is before --from"),
        (("tweedekamer", "--dossier", "brief"), "not a dossier number"),
        (("bekendmakingen", "--from", "2024-01-01"), "give --query or --dossier"),
    ):
        result = run_cli(cli, "fetch", *args, "-o", str(tmp_path), check=False)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
