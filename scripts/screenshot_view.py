"""Render a view page (from `render_html`) to a PNG with headless Chromium, e.g. for the README.

.venv/bin/python scripts/screenshot_view.py out/view.html docs/view.png --search CSDDD
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import quote

from beleidsgraaf.graph.view.browser import screenshot


def main(argv: list[str] | None = None) -> None:
    """Parse the arguments and take the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="the HTML file written by render_html")
    parser.add_argument("png", type=Path, help="where to write the PNG")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--search", default="", help="search this label and show its evidence panel")
    parser.add_argument("--edge", type=int, default=None, help="select edge number N of the first slice")
    parser.add_argument(
        "--wait-ms", type=int, default=3000, help="virtual time the page gets before the shot"
    )
    args = parser.parse_args(argv)
    fragment = (
        f"q={quote(args.search)}" if args.search else (f"edge={args.edge}" if args.edge is not None else "")
    )
    out = screenshot(
        args.html, args.png, width=args.width, height=args.height, fragment=fragment, wait_ms=args.wait_ms
    )
    print(out)


if __name__ == "__main__":
    main()
