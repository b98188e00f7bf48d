"""Headless Chromium for the view: where it is, how it must be started here, and a screenshot.

The flags keep Chromium off the network (this machine refuses outside connections, and the page needs
none) and a fresh profile per run keeps runs independent of each other.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HEADLESS_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    """The Chromium (or Chrome) binary, or None when none is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def screenshot(
    html: Path,
    png: Path,
    *,
    width: int = 1400,
    height: int = 900,
    fragment: str = "",
    wait_ms: int = 3000,
    chromium: str | None = None,
) -> Path:
    """Render the page at `html` (with an optional #fragment such as "q=CSDDD") to `png`."""
    exe = chromium or find_chromium()
    if not exe:
        raise FileNotFoundError("no Chromium found: apt-get install -y chromium")
    png = Path(png).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    url = Path(html).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="bg-chromium-") as profile:
        cmd = [
            exe,
            *HEADLESS_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--virtual-time-budget={wait_ms}",
            f"--screenshot={png}",
            url,
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no screenshot to {png}")
    return png
