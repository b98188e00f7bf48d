"""Run import-linter's contracts (`[tool.importlinter]` in pyproject.toml) on the package as it
installs: the parts live in top-level folders mapped by `[tool.setuptools.package-dir]`, which
import-linter cannot follow, so their modules are copied into one `beleidsgraaf/` tree first.

    python scripts/check_imports.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_of(package: str, mapping: dict[str, str]) -> Path:
    """Where setuptools finds a package: its own mapping, or its nearest mapped parent's folder."""
    parts = package.split(".")
    for end in range(len(parts), 0, -1):
        parent = ".".join(parts[:end])
        if parent in mapping:
            return ROOT / mapping[parent] / Path(*parts[end:])
    return ROOT / Path(*parts)


def assemble(target: Path) -> None:
    """The package tree setuptools would install, Python files only."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    for package in setuptools["packages"]:
        destination = target.joinpath(*package.split("."))
        destination.mkdir(parents=True, exist_ok=True)
        for module in folder_of(package, setuptools["package-dir"]).glob("*.py"):
            shutil.copy(module, destination / module.name)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="check-imports-") as tmp:
        assemble(Path(tmp))
        environment = {**os.environ, "PYTHONPATH": tmp}
        command = [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"]
        command.append(str(ROOT / "pyproject.toml"))
        # run from the copy: lint-imports puts its working folder first on the path
        return subprocess.run(command, cwd=tmp, env=environment).returncode


if __name__ == "__main__":
    sys.exit(main())
