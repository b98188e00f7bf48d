"""The notebook API: `beleidsgraaf.queries.run` is a function however often it is called and
whatever else was imported; no submodule shadows a name the package defines."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import beleidsgraaf.queries as queries


def test_run_works_any_number_of_times(seeds_store: Path) -> None:
    first = queries.run("documents", store=seeds_store)
    assert len(first) == 5
    # the second call raised "TypeError: 'module' object is not callable": the first had imported
    # the submodule beleidsgraaf.queries.run, which took the function's place in the package
    assert queries.run("documents", store=seeds_store) == first
    for module in pkgutil.iter_modules(queries.__path__):
        importlib.import_module(f"{queries.__name__}.{module.name}")
    assert callable(queries.run) and queries.run("documents", store=str(seeds_store)) == first
    from beleidsgraaf.queries import run

    assert run is queries.run


def test_no_submodule_has_the_name_of_something_in_the_package() -> None:
    tree = ast.parse(Path(queries.__file__).read_text(encoding="utf-8"))
    defined = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ImportFrom | ast.Import):
            defined.update((a.asname or a.name).split(".")[0] for a in node.names)
    submodules = {m.name for m in pkgutil.iter_modules(queries.__path__)}
    assert "run" in defined and submodules
    assert defined & submodules == set()
