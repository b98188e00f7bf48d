"""What the benchmarks share: the real corpus, corpora made of copies of it, timing, peak memory of a
process tree, Markdown tables and a description of the machine.

The documents are read from `../shared/corpus` beside the repository (as the tests do) and never
copied into the repository; larger corpora are made at run time in a temporary folder by copying
those files under new names, so every copy is read and extracted in full.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
BIN = Path(sys.executable).parent
CLI = BIN / "beleidsgraaf"
#: MB is 10^6 bytes throughout
MB = 1_000_000

err = Console(stderr=True)


class MissingCorpus(RuntimeError):
    """The shared corpus is not beside the repository."""


def corpus_files(*folders: Path) -> list[Path]:
    """The documents of the shared corpus folders, sorted by name within each folder."""
    files: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise MissingCorpus(
                f"{folder} is not here: the benchmarks read the shared corpus beside the repository"
            )
        files += sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return files


def copy_corpus(files: Sequence[Path], times: int, dest: Path) -> list[Path]:
    """`times` copies of `files` in `dest`, named `copy0003_<name>`: unique names give unique
    document graphs, so the store holds every copy."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(times):
        for f in files:
            target = dest / f"copy{k:04d}_{f.name}"
            shutil.copyfile(f, target)
            out.append(target)
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def tree_rss(process: psutil.Process) -> int:
    """RSS of a process and all its descendants, summed (shared pages count once per process, so
    this overstates a little what the tree needs; it is what `top` would add up)."""
    total = 0
    for p in [process, *_children(process)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += p.memory_info().rss
    return total


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return process.children(recursive=True)
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return []


class PeakSampler:
    """Samples the summed RSS of a process tree every `interval` seconds in a thread; `peak` is the
    largest sum seen."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.process))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Measured:
    seconds: float
    peak_rss: int
    returncode: int
    stderr: str


def run_measured(cmd: Sequence[str | Path], timeout: float = 3600) -> Measured:
    """Run a command; its wall time and the peak summed RSS of its process tree (sampled every 50 ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(c) for c in cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    with PeakSampler(proc.pid) as sampler:
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} → exit {proc.returncode}\n{stderr}")
    return Measured(seconds, sampler.peak, proc.returncode, stderr)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def progress() -> Progress:
    """A progress bar on standard error, shown only on a terminal (logs stay clean)."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def say(message: str) -> None:
    """A line of what is happening now, on standard error."""
    err.print(f"[dim]{dt.datetime.now():%H:%M:%S}[/dim] {message}", highlight=False)


# tables ------------------------------------------------------------------------------------------


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[object]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"**{self.title}**", "", "| " + " | ".join(self.headers) + " |"]
        lines.append("| " + " | ".join("---" for _ in self.headers) + " |")
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in self.rows]
        if self.notes:
            lines.append("")
            lines += [f"- {n}" for n in self.notes]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"title": self.title, "headers": self.headers, "rows": self.rows, "notes": self.notes}


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return fmt(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def fmt(x: float) -> str:
    """About three significant digits, thousands separated: 0.0123, 4.56, 45.6, 1,234."""
    if x == 0 or abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


@dataclass
class Section:
    """One benchmark's outcome: tables for people, data for machines."""

    name: str
    title: str
    tables: list[Table]
    data: dict
    seconds: float = 0.0
    #: the 1-minute load average when the benchmark started and ended: above the CPU count, other
    #: work shared the machine and the absolute numbers (less so the ratios) suffer
    load_before: float = 0.0
    load_after: float = field(default_factory=lambda: os.getloadavg()[0])
    date: str = field(default_factory=lambda: dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    #: the code measured, when the runner knows it
    revision: str = ""

    def markdown(self) -> str:
        head = (
            f"## {self.title}\n\n_run {self.date}"
            + (f" on beleidsgraaf {self.revision}" if self.revision else "")
            + f", took {self.seconds:.0f} s; 1-minute load average "
            f"{self.load_before:.2f} at the start, {self.load_after:.2f} at the end ({os.cpu_count()} CPUs)_"
        )
        return head + "\n\n" + "\n\n".join(t.markdown() for t in self.tables)

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "date": self.date,
            "revision": self.revision,
            "seconds": self.seconds,
            "load_average": {"start": self.load_before, "end": self.load_after},
            "tables": [t.as_dict() for t in self.tables],
            "data": self.data,
        }


def print_section(section: Section) -> None:
    print(section.markdown(), end="\n\n", flush=True)


# the machine -------------------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _git_revision() -> str:
    """The commit, and whether the working tree differs from it (read-only git commands)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        return head + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine_info() -> dict[str, str]:
    memory = psutil.virtual_memory().total
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cpus (logical)": str(os.cpu_count()),
        "cpus (usable by this process)": str(len(os.sched_getaffinity(0)))
        if hasattr(os, "sched_getaffinity")
        else "?",
        "memory": f"{memory / 1e9:.1f} GB",
        "os": platform.platform(),
        "python": platform.python_version(),
        "beleidsgraaf": f"{_version('beleidsgraaf')} ({_git_revision()})",
        **{p: _version(p) for p in ("spacy", "pyoxigraph", "rdflib", "dask", "distributed", "psutil")},
    }


def machine_table(info: dict[str, str]) -> Table:
    return Table("Machine", ["", "value"], [[k, v] for k, v in info.items()])


def words(texts: Iterable[str]) -> int:
    """Words as whitespace-separated strings: fewer than spaCy's tokens (punctuation is not split
    off), so words/s here is conservative next to a tokens-per-second figure."""
    return sum(len(t.split()) for t in texts)
