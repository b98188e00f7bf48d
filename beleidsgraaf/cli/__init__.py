"""The `beleidsgraaf` command line: one module per command group; parsing and printing only.

Each group's module registers its commands on `app` when imported; `--help` lists them in the
order of `COMMAND_GROUPS`, the order a user meets them in.
"""

from importlib import import_module

from beleidsgraaf.cli.common import app

COMMAND_GROUPS = ("documents", "querying", "evaluation", "networks", "endpoints", "inspection", "fetch")
for _group in COMMAND_GROUPS:
    import_module(f"beleidsgraaf.cli.{_group}")

__all__ = ["app", "main"]


def main() -> None:
    app()
