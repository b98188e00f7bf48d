"""Headless Chromium for the view: where it is, how it must be started here, and a screenshot.

The flags keep Chromium off the network (this machine refuses outside connections, and the page needs
none) and a fresh profile per run keeps runs independent of each other.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psutil

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
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            output, errors = process.communicate(timeout=120)
        finally:
            stop(process, profile)
        if process.returncode:
            raise subprocess.CalledProcessError(process.returncode, cmd, output, errors)
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no screenshot to {png}")
    return png


def processes_using(profile: str | Path) -> list[psutil.Process]:
    """The live processes started for a Chromium profile (each names it in its command line)."""
    mark = f"{Path(profile)}"
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        arguments = process.info["cmdline"] or ()
        if process.info["status"] != psutil.STATUS_ZOMBIE and any(mark in a for a in arguments):
            found.append(process)
    return found


def stop(process: subprocess.Popen, profile: str | Path, *, timeout: float = 10.0) -> None:
    """Stop Chromium and wait until every process of its profile has gone, so that the profile can be
    removed: its helpers (zygotes, renderers, the crash handler in a session of its own) outlive the
    main process for a moment and still write into the profile ("Directory not empty: 'Default'").
    Its children are taken before it is stopped as well: a helper does not always name the profile
    in its command line (seen on a loaded machine: one still running after the others had gone)."""
    children = _children(process)
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
    deadline = time.monotonic() + timeout
    while helpers := _running(children) + [p for p in processes_using(profile) if p not in children]:
        for helper in helpers:
            try:
                helper.terminate() if time.monotonic() < deadline else helper.kill()
            except psutil.NoSuchProcess:
                continue
        psutil.wait_procs(helpers, timeout=0.5)


def _children(process: subprocess.Popen) -> list[psutil.Process]:
    try:
        return psutil.Process(process.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _running(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for p in processes:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except psutil.NoSuchProcess:
            continue
    return alive
