"""The network view: a self-contained page that survives hostile labels, works in a real browser
(nodes drawn, a click shows the evidence), and the static figure for papers."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import psutil
import pytest

from beleidsgraaf.graph.view import render_figure, render_html
from beleidsgraaf.graph.view.browser import HEADLESS_FLAGS, find_chromium, processes_using, stop

REPO = Path(__file__).resolve().parents[2]
EVIL = "</script><b>x"
X = "https://id.example.org/"
SENTENCES = [
    {
        "text": "De minister steunt de CSDDD in de Raad.",
        "file": "kamerbrief-2024-01.pdf",
        "date": "2024-01-15",
    },
    {
        "text": "Nederland zet zich in voor een ambitieuze CSDDD.",
        "file": "bnc-fiche-2022.docx",
        "date": "2022-03-02",
    },
]


def _node(g: nx.Graph, key: str, label: str, type_: str, mode: int = 0) -> None:
    g.add_node(
        X + key,
        label=label,
        type=type_,
        iri=X + key,
        identifiers="",
        mode=mode,
        documents=2,
        first_date="2022-03-02",
        last_date="2024-01-15",
        pagerank=0.25,
    )


def _edge(g: nx.Graph, u: str, v: str, sentences: list[dict[str, str]]) -> None:
    dates = sorted(s["date"] for s in sentences if s["date"])
    g.add_edge(
        X + u,
        X + v,
        weight=float(len(sentences)),
        evidence_count=len(sentences),
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        evidence=[f"{X}assertion/{u}-{v}-{i}" for i in range(len(sentences))],
        sentences=sentences,
        predicate="",
    )


def small_graph(slice_: str = "all") -> nx.Graph:
    """Four typed nodes; the minister-CSDDD edge carries two evidence sentences from two documents."""
    g = nx.Graph(projection="co-mention", slice=slice_, bipartite=False)
    _node(g, "minister", "Minister voor BHO", "Person")
    _node(g, "bz", "Ministerie van Buitenlandse Zaken", "Organisation")
    _node(g, "csddd", "CSDDD", "Policy")
    _node(g, "evil", EVIL, "Instrument")
    _edge(g, "minister", "csddd", SENTENCES)
    _edge(g, "bz", "minister", [{"text": "BZ coördineert.", "file": "nota.pdf", "date": ""}])
    _edge(
        g,
        "evil",
        "csddd",
        [{"text": "Een <i>vreemde</i> zin & meer.", "file": "x.html", "date": "2023-05-05"}],
    )
    return g


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    g = small_graph()
    later = g.subgraph([X + "minister", X + "csddd"]).copy()
    later.graph["slice"] = "2024"
    path = tmp_path / "view.html"
    render_html([g, later], path, title="Test <view> & co", size_by="pagerank")
    return path


def _data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert match, "the page embeds its data in a JSON script tag"
    return json.loads(match.group(1))


# ---- unit: the file itself ----


def test_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    outside_data = re.sub(r'(<script type="application/json"[^>]*>).*?(</script>)', r"\1\2", html, flags=re.S)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", outside_data, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//|@import|<link\b|<script[^>]+\bsrc=", outside_data, re.I)
    assert "https://" not in outside_data and "http://" not in outside_data
    assert "<title>Test &lt;view&gt; &amp; co</title>" in html


def test_every_label_is_in_the_embedded_data(page: Path) -> None:
    data = _data(page.read_text(encoding="utf-8"))
    labels = {n["label"] for s in data["slices"] for n in s["nodes"]}
    assert labels == {"Minister voor BHO", "Ministerie van Buitenlandse Zaken", "CSDDD", EVIL}
    assert [s["name"] for s in data["slices"]] == ["all", "2024"]
    assert set(data["positions"]) == set(small_graph().nodes)
    assert data["sizeBy"] == "pagerank" and "degree" in data["metrics"]
    edge = next(e for e in data["slices"][0]["edges"] if len(e["sentences"]) == 2)
    assert edge["sentences"] == SENTENCES


def test_hostile_label_cannot_break_out_of_the_script_tag(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert EVIL not in html
    assert "<b>" not in html and "<i>" not in html
    # only the data tag and the code tag are closed: the label added no </script> of its own
    assert html.count("</script>") == 2
    assert EVIL in {n["label"] for n in _data(html)["slices"][0]["nodes"]}


def test_render_html_needs_a_graph(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_html([], tmp_path / "x.html", title="empty")


# ---- the static figure ----


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_render_figure_writes_an_image(tmp_path: Path, suffix: str, magic: bytes) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / f"figure{suffix}"
    render_figure(small_graph(), path, size_by="pagerank", title="co-mention")
    assert path.stat().st_size > 1000
    assert path.read_bytes().startswith(magic)


def test_render_figure_rejects_unknown_metric_and_format(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    with pytest.raises(ValueError, match="betweenness"):
        render_figure(small_graph(), tmp_path / "f.png", size_by="betweenness")
    with pytest.raises(ValueError, match="format"):
        render_figure(small_graph(), tmp_path / "f.gif")


# ---- browser: headless Chromium driven over the DevTools protocol ----


class Tab:
    """A minimal Chrome DevTools Protocol client: one websocket to one page, commands answered by id,
    page exceptions collected so the test can assert that the script ran without errors."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=20, suppress_origin=True)
        self.ids = itertools.count(1)
        self.errors: list[str] = []

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("method") == "Runtime.exceptionThrown":
                self.errors.append(json.dumps(msg["params"]["exceptionDetails"])[:2000])
            if msg.get("id") == msg_id:
                assert "error" not in msg, msg
                return msg.get("result", {})

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        self.ws.close()


@contextlib.contextmanager
def chromium_tab() -> Iterator[Tab]:
    """Start headless Chromium on 127.0.0.1 with an OS-chosen port (no port race) and a fresh profile;
    always stop it, and every process of it, before the profile is removed."""
    exe = find_chromium()
    if not exe:
        pytest.skip("Chromium is not installed (apt-get install -y chromium): browser test skipped")
    pytest.importorskip("websocket", reason="websocket-client is not installed: browser test skipped")
    with tempfile.TemporaryDirectory(prefix="bg-cdp-") as profile:
        proc = subprocess.Popen(
            [
                exe,
                *HEADLESS_FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--window-size=1280,800",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        tab = None
        try:
            port_file = Path(profile) / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            while not (port_file.exists() and port_file.read_text().strip()):
                assert proc.poll() is None, f"Chromium exited with {proc.returncode}"
                assert time.monotonic() < deadline, "Chromium did not open its DevTools port in 30 s"
                time.sleep(0.1)
            port = int(port_file.read_text().split()[0])
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
                targets = json.load(r)
            url = next(t["webSocketDebuggerUrl"] for t in targets if t.get("type") == "page")
            tab = Tab(url)
            tab.send("Runtime.enable")
            tab.send("Page.enable")
            yield tab
        finally:
            if tab is not None:
                tab.close()
            stop(proc, profile)


def _open(tab: Tab, page: Path) -> None:
    tab.send("Page.navigate", url=page.resolve().as_uri())
    deadline = time.monotonic() + 20
    while not tab.eval("Boolean(window.bgView && window.bgView.ready)"):
        assert time.monotonic() < deadline, f"the view did not start; page errors: {tab.errors}"
        time.sleep(0.1)


def _panel(tab: Tab) -> str:
    return tab.eval("document.getElementById('details').innerText")


def test_browser_draws_nodes_and_clicks_show_evidence(page: Path) -> None:
    with chromium_tab() as tab:
        _open(tab, page)
        # keyboard users can type at once: the search box asks for focus (autofocus); whether a
        # headless tab grants it depends on the window having focus, so wait for it only briefly
        assert tab.eval("document.getElementById('search').autofocus") is True
        tab.send("Page.bringToFront")
        deadline = time.monotonic() + 5
        while tab.eval("document.activeElement.id") != "search" and time.monotonic() < deadline:
            time.sleep(0.1)
        drawn = tab.eval("window.bgView.drawn()")
        assert drawn["nodes"] == 4 and drawn["edges"] == 3, drawn

        # click the edge with two sentences, at a point the page says lies on that edge only
        j = tab.eval("window.bgView.data.slices[0].edges.findIndex((e) => e.sentences.length === 2)")
        point = tab.eval(f"window.bgView.edgeClickPoint({j})")
        assert point, "no clickable point on the edge"
        tab.click(point["x"], point["y"])
        text = _panel(tab)
        for s in SENTENCES:
            assert s["text"] in text and s["file"] in text and s["date"] in text
        assert "Minister voor BHO" in text and "CSDDD" in text

        # click the hostile node: its label shows as text, no markup gets into the panel
        point = tab.eval(f"window.bgView.nodeClickPoint({json.dumps(X + 'evil')})")
        tab.click(point["x"], point["y"])
        text = _panel(tab)
        assert EVIL in text and X + "evil" in text and "Instrument" in text
        assert "vreemde" in text  # its evidence sentence
        assert tab.eval("document.querySelectorAll('#details b, #details i').length") == 0

        # the type filter hides a type; the period select switches to the 2024 slice
        tab.eval("document.querySelector('#legend input[value=Instrument]').click()")
        assert tab.eval("window.bgView.drawn()") == {"nodes": 3, "edges": 2}
        tab.eval(
            "const s = document.getElementById('slice'); s.value = '1'; s.dispatchEvent(new Event('change'))"
        )
        assert tab.eval("window.bgView.drawn()") == {"nodes": 2, "edges": 1}

        # typing in the search box finds labels
        tab.eval("document.getElementById('search').focus()")
        tab.send("Input.insertText", text="csddd")
        assert tab.eval("document.getElementById('search-status').textContent") == "1 match"
        assert tab.errors == [], tab.errors


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_stopping_chromium_waits_for_every_process_of_it(tmp_path: Path) -> None:
    # Chromium's helpers outlive its main process (measured: 1 to 4 of 8 still running right after
    # the main process was waited for, for up to 0.3 s on a busy machine) and write into the
    # profile meanwhile: "OSError: [Errno 39] Directory not empty: 'Default'" at teardown
    exe = find_chromium()
    if not exe:
        pytest.skip("Chromium is not installed (apt-get install -y chromium): browser test skipped")
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [exe, *HEADLESS_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while len(helpers := psutil.Process(proc.pid).children(recursive=True)) < 5:  # zygotes, renderer, services
            assert proc.poll() is None and time.monotonic() < deadline, "Chromium did not start its helpers"
            time.sleep(0.1)
        assert processes_using(profile)
    finally:
        stop(proc, profile)
    assert [h.pid for h in helpers if _alive(h.pid)] == []
    assert processes_using(profile) == []
    shutil.rmtree(profile)  # as the fixture's temporary folder is removed


def test_screenshot_script_writes_a_png(page: Path, tmp_path: Path) -> None:
    if not find_chromium():
        pytest.skip("Chromium is not installed (apt-get install -y chromium): screenshot test skipped")
    out = tmp_path / "shot.png"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "screenshot_view.py"),
            str(page),
            str(out),
            "--search",
            "Minister voor",
            "--width",
            "900",
            "--height",
            "600",
        ],
        check=True,
        timeout=120,
    )
    assert out.read_bytes().startswith(b"\x89PNG") and out.stat().st_size > 5000
