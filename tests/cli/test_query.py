"""`beleidsgraaf query` as a user meets it when something is wrong: a query that fails at run time
exits 1, a usage error (an unknown parameter, a file that is not UTF-8) exits 2 with one line."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES, run_cli


def test_runtime_failures_exit_1_and_usage_errors_2(cli: str, tmp_path: Path) -> None:
    store = tmp_path / "s"
    run_cli(cli, "build", str(EXAMPLES), "--store", str(store))
    bad = tmp_path / "f.rq"
    bad.write_text("SELECT ?x WHERE { BIND(<http://example.org/nope>(1) AS ?x) }", encoding="utf-8")
    assert run_cli(cli, "query", str(bad), "--store", str(store), check=False).returncode == 1
    assert (
        run_cli(cli, "query", "documents", "--store", str(store), "--param", "x=1", check=False).returncode
        == 2
    )
    latin = tmp_path / "latin.rq"
    latin.write_bytes("# title: caf\xe9\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n".encode("latin-1"))
    result = run_cli(cli, "query", str(latin), "--store", str(store), check=False)
    assert (
        result.returncode == 2
        and "not a UTF-8 text file" in result.stderr
        and "Traceback" not in result.stderr
    )
