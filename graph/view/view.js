// beleidsgraaf network view: draws one graph slice on a canvas and shows the evidence behind a node or
// an edge. Plain JavaScript with no dependencies, so the page opens offline from a file.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("graph-data").textContent);
  const WORLD = 500; // layout coordinates are in [-1, 1]; this many pixels per unit at zoom 1
  const $ = (id) => document.getElementById(id);
  const canvas = $("canvas");
  const ctx = canvas.getContext("2d");

  const state = {
    slice: 0,
    types: new Set(Object.keys(DATA.colours)),
    from: "",
    to: "",
    sizeBy: DATA.sizeBy,
    query: "",
    matches: new Set(),
    selected: null, // {kind: "node" | "edge", i}
    view: { scale: 1, tx: 0, ty: 0 },
    drawn: { nodes: 0, edges: 0 },
  };
  let nodeVisible = [];
  let edgeVisible = [];
  let radius = [];
  let width = [];
  let adjacency = [];

  // ---- small DOM helper: text only, never innerHTML, so labels cannot inject markup ----
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "onclick") node.addEventListener("click", v);
      else node.setAttribute(k, v);
    }
    for (const child of children || []) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  const slice = () => DATA.slices[state.slice];
  const pos = (node) => DATA.positions[node.id] || [0, 0];
  const colour = (type) => DATA.colours[type] || "#a0a0a0";

  // ---- filters and sizes ----
  function dated(edge) {
    if (!state.from && !state.to) return true;
    const first = edge.first_date || edge.last_date;
    const last = edge.last_date || edge.first_date;
    if (!first) return false;
    return (!state.from || last >= state.from) && (!state.to || first <= state.to.concat("\uffff"));
  }

  function nodeDated(node) {
    const first = node.first_date || node.last_date;
    const last = node.last_date || node.first_date;
    if (!first) return false;
    return (!state.from || last >= state.from) && (!state.to || first <= state.to.concat("\uffff"));
  }

  function recompute() {
    const s = slice();
    const typeOk = s.nodes.map((n) => state.types.has(n.type));
    edgeVisible = s.edges.map((e) => typeOk[e.s] && typeOk[e.t] && dated(e));
    const hasEdge = new Array(s.nodes.length).fill(false);
    adjacency = s.nodes.map(() => []);
    s.edges.forEach((e, j) => {
      if (!edgeVisible[j]) return;
      hasEdge[e.s] = hasEdge[e.t] = true;
      adjacency[e.s].push(j);
      adjacency[e.t].push(j);
    });
    const ranged = state.from || state.to;
    nodeVisible = s.nodes.map((n, i) => typeOk[i] && (!ranged || hasEdge[i] || nodeDated(n)));
    const values = s.nodes.map((n) => n.m[state.sizeBy] ?? n.m.degree ?? 0);
    const shown = values.filter((_, i) => nodeVisible[i]);
    const lo = shown.length ? Math.min(...shown) : 0;
    const hi = shown.length ? Math.max(...shown) : 0;
    radius = values.map((v) => (hi > lo ? 4 + 16 * Math.sqrt((v - lo) / (hi - lo)) : 7));
    const maxW = Math.max(1e-9, ...s.edges.map((e) => Math.abs(e.weight)));
    width = s.edges.map((e) => 0.7 + 3.3 * Math.sqrt(Math.abs(e.weight) / maxW));
    if (state.selected) {
      const { kind, i } = state.selected;
      if ((kind === "node" && !nodeVisible[i]) || (kind === "edge" && !edgeVisible[i])) state.selected = null;
    }
    runSearch(state.query, false);
  }

  // ---- view transform ----
  function toScreen(node) {
    const [x, y] = pos(node);
    return [x * WORLD * state.view.scale + state.view.tx, -y * WORLD * state.view.scale + state.view.ty];
  }

  function fit(indices) {
    const s = slice();
    const list = (indices || s.nodes.map((_, i) => i)).filter((i) => nodeVisible[i]);
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    if (!list.length || !w || !h) {
      state.view = { scale: 1, tx: w / 2, ty: h / 2 };
      return draw();
    }
    const xs = list.map((i) => pos(s.nodes[i])[0] * WORLD);
    const ys = list.map((i) => -pos(s.nodes[i])[1] * WORLD);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const [padX, padY] = [Math.min(140, w / 5), Math.min(60, h / 5)]; // room for labels right of nodes
    const scale = Math.min(4, (w - 2 * padX) / Math.max(x1 - x0, 1e-6), (h - 2 * padY) / Math.max(y1 - y0, 1e-6));
    const k = list.length === 1 ? 2 : Math.max(0.05, scale);
    state.view = { scale: k, tx: w / 2 - ((x0 + x1) / 2) * k, ty: h / 2 - ((y0 + y1) / 2) * k };
    draw();
  }

  function resize() {
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(canvas.clientWidth * dpr));
    canvas.height = Math.max(1, Math.round(canvas.clientHeight * dpr));
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    draw();
  }

  // ---- drawing ----
  function related() {
    // Nodes and edges to keep bright; null means everything.
    const sel = state.selected;
    const s = slice();
    if (sel && sel.kind === "node") {
      const nodes = new Set([sel.i]);
      const edges = new Set(adjacency[sel.i]);
      for (const j of edges) nodes.add(s.edges[j].s).add(s.edges[j].t);
      return { nodes, edges };
    }
    if (sel && sel.kind === "edge") {
      const e = s.edges[sel.i];
      return { nodes: new Set([e.s, e.t]), edges: new Set([sel.i]) };
    }
    if (state.matches.size) return { nodes: state.matches, edges: new Set() };
    return null;
  }

  function shape(x, y, r, square) {
    ctx.beginPath();
    if (square) ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
  }

  function draw() {
    const s = slice();
    const w = canvas.clientWidth;
    const h = canvas.clientHeight;
    ctx.clearRect(0, 0, w, h);
    const keep = related();
    const pts = s.nodes.map(toScreen);
    let edges = 0;
    s.edges.forEach((e, j) => {
      if (!edgeVisible[j]) return;
      edges += 1;
      const bright = !keep || keep.edges.has(j);
      const [x1, y1] = pts[e.s];
      const [x2, y2] = pts[e.t];
      ctx.strokeStyle = bright && keep ? "rgba(20,20,20,.85)" : bright ? "rgba(90,98,110,.45)" : "rgba(90,98,110,.08)";
      ctx.lineWidth = width[j] + (state.selected && state.selected.kind === "edge" && state.selected.i === j ? 2 : 0);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.stroke();
      if (s.directed) arrow(x1, y1, x2, y2, radius[e.t]);
    });
    let nodes = 0;
    const order = s.nodes.map((_, i) => i).sort((a, b) => radius[a] - radius[b]);
    for (const i of order) {
      if (!nodeVisible[i]) continue;
      nodes += 1;
      const n = s.nodes[i];
      const [x, y] = pts[i];
      const bright = !keep || keep.nodes.has(i);
      ctx.globalAlpha = bright ? 1 : 0.15;
      shape(x, y, radius[i], s.bipartite && n.mode === 1);
      ctx.fillStyle = colour(n.type);
      ctx.fill();
      const ring = state.matches.has(i) || (state.selected && state.selected.kind === "node" && state.selected.i === i);
      ctx.lineWidth = ring ? 3 : 1;
      ctx.strokeStyle = ring ? "#111" : "rgba(255,255,255,.9)";
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    labels(pts, keep, order);
    state.drawn = { nodes, edges };
    $("counts").textContent = `${nodes} nodes · ${edges} edges shown (${s.nodes.length} · ${s.edges.length} in ${s.name})`;
  }

  function arrow(x1, y1, x2, y2, r) {
    const a = Math.atan2(y2 - y1, x2 - x1);
    const x = x2 - Math.cos(a) * (r + 2);
    const y = y2 - Math.sin(a) * (r + 2);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x - 9 * Math.cos(a - 0.4), y - 9 * Math.sin(a - 0.4));
    ctx.lineTo(x - 9 * Math.cos(a + 0.4), y - 9 * Math.sin(a + 0.4));
    ctx.closePath();
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fill();
  }

  function labels(pts, keep, order) {
    // The biggest nodes, the selection and the search matches get a label; overlapping ones are skipped.
    const s = slice();
    const budget = Math.round(15 * Math.max(1, state.view.scale));
    const sel = state.selected;
    const must = new Set(state.matches);
    if (sel && sel.kind === "node") must.add(sel.i);
    if (sel && sel.kind === "edge") must.add(s.edges[sel.i].s).add(s.edges[sel.i].t);
    const wanted = [...must].filter((i) => nodeVisible[i]);
    for (let k = order.length - 1, taken = 0; k >= 0 && taken < budget; k -= 1) {
      if (nodeVisible[order[k]] && (!keep || keep.nodes.has(order[k]))) {
        wanted.push(order[k]);
        taken += 1;
      }
    }
    const boxes = [];
    const seen = new Set();
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    for (const i of wanted) {
      if (seen.has(i)) continue;
      seen.add(i);
      const text = s.nodes[i].label.length > 40 ? s.nodes[i].label.slice(0, 39) + "…" : s.nodes[i].label;
      const [x, y] = pts[i];
      const bx = x + radius[i] + 3;
      const bw = ctx.measureText(text).width;
      const box = [bx, y - 8, bx + bw, y + 8];
      const hit = boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);
      if (hit && !must.has(i)) continue;
      boxes.push(box);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,.9)";
      ctx.strokeText(text, bx, y);
      ctx.fillStyle = "#111";
      ctx.fillText(text, bx, y);
    }
  }

  // ---- hit testing ----
  function hit(x, y) {
    const s = slice();
    const order = s.nodes.map((_, i) => i).sort((a, b) => radius[b] - radius[a]);
    let best = null;
    let bestD = Infinity;
    for (const i of order) {
      if (!nodeVisible[i]) continue;
      const [nx, ny] = toScreen(s.nodes[i]);
      const d = Math.hypot(nx - x, ny - y);
      if (d <= radius[i] + 2 && d < bestD) {
        best = { kind: "node", i };
        bestD = d;
      }
    }
    if (best) return best;
    bestD = Infinity;
    s.edges.forEach((e, j) => {
      if (!edgeVisible[j]) return;
      const d = segmentDistance(x, y, toScreen(s.nodes[e.s]), toScreen(s.nodes[e.t]));
      if (d <= Math.max(4, width[j] / 2 + 2) && d < bestD) {
        best = { kind: "edge", i: j };
        bestD = d;
      }
    });
    return best;
  }

  function segmentDistance(px, py, [x1, y1], [x2, y2]) {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len)) : 0;
    return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
  }

  // ---- details panel ----
  function sentenceList(items) {
    if (!items.length) return el("p", { class: "muted", text: "No evidence sentences recorded." });
    return el(
      "ul",
      { class: "sentences" },
      items.map((s) =>
        el("li", {}, [
          el("q", { text: s.text }),
          el("span", { class: "src", text: [s.with ? `with ${s.with}` : "", s.file, s.date].filter(Boolean).join(" · ") }),
        ]),
      ),
    );
  }

  function facts(rows) {
    const dl = el("dl");
    for (const [k, v] of rows) {
      if (v === "" || v === null || v === undefined) continue;
      dl.append(el("dt", { text: k }), el("dd", {}, [v instanceof Node ? v : String(v)]));
    }
    return dl;
  }

  const fmt = (v) => (Number.isInteger(v) ? String(v) : Number(v).toPrecision(4));
  const nodeButton = (i) =>
    el("button", { type: "button", class: "link", text: slice().nodes[i].label, onclick: () => select({ kind: "node", i }, true) });

  function showNode(i) {
    const s = slice();
    const n = s.nodes[i];
    const incident = [...adjacency[i]].sort((a, b) => s.edges[b].weight - s.edges[a].weight);
    const sentences = [];
    const seen = new Set();
    for (const j of incident) {
      const e = s.edges[j];
      const other = s.nodes[e.s === i ? e.t : e.s].label;
      for (const st of e.sentences) {
        const key = st.text + "\u0000" + st.file;
        if (seen.has(key) || sentences.length >= 40) continue;
        seen.add(key);
        sentences.push({ ...st, with: other });
      }
    }
    const metrics = Object.entries(n.m).map(([k, v]) => [k, fmt(v)]);
    return [
      el("h2", { text: n.label }),
      el("span", { class: "badge", style: `background:${colour(n.type)}`, text: n.type }),
      el("h3", { text: "Node" }),
      facts([
        ["IRI", el("code", { text: n.iri })],
        ["Type", n.type],
        ["Documents", n.documents],
        ["First date", n.first_date],
        ["Last date", n.last_date],
        ["Identifiers", n.identifiers],
        ...metrics,
      ]),
      el("h3", { text: `Connections (${incident.length})` }),
      el(
        "ul",
        { class: "sentences" },
        incident.slice(0, 60).map((j) => {
          const e = s.edges[j];
          return el("li", {}, [
            el("button", {
              type: "button",
              class: "link",
              text: s.nodes[e.s === i ? e.t : e.s].label,
              onclick: () => select({ kind: "edge", i: j }, false),
            }),
            el("span", { class: "src", text: ` weight ${fmt(e.weight)} · ${e.evidence_count} statements` }),
          ]);
        }),
      ),
      el("h3", { text: "Evidence" }),
      sentenceList(sentences),
    ];
  }

  function showEdge(j) {
    const s = slice();
    const e = s.edges[j];
    return [
      el("h2", {}, [nodeButton(e.s), s.directed ? " → " : " — ", nodeButton(e.t)]),
      el("h3", { text: "Edge" }),
      facts([
        ["Projection", s.projection],
        ["Weight", fmt(e.weight)],
        ["Statements", e.evidence_count],
        ["Relation", e.predicate],
        ["First date", e.first_date],
        ["Last date", e.last_date],
        ["Source IRI", el("code", { text: s.nodes[e.s].iri })],
        ["Target IRI", el("code", { text: s.nodes[e.t].iri })],
      ]),
      el("h3", { text: `Evidence sentences (${e.sentences.length})` }),
      sentenceList(e.sentences),
      e.evidence.length ? el("h3", { text: `Evidence IRIs (${e.evidence.length})` }) : null,
      e.evidence.length
        ? el("ul", { class: "sentences" }, e.evidence.slice(0, 50).map((iri) => el("li", {}, [el("code", { text: iri })])))
        : null,
    ];
  }

  function select(target, zoom) {
    state.selected = target;
    const details = $("details");
    details.replaceChildren();
    if (!target) {
      details.append(el("p", { class: "muted", text: "Click a node or an edge to see its evidence." }));
    } else {
      details.append(...(target.kind === "node" ? showNode(target.i) : showEdge(target.i)).filter(Boolean));
      const [sx, sy] = target.kind === "node" ? toScreen(slice().nodes[target.i]) : [0, 0];
      const outside = sx < 40 || sy < 40 || sx > canvas.clientWidth - 40 || sy > canvas.clientHeight - 40;
      if (zoom && target.kind === "node" && outside) {
        const [x, y] = pos(slice().nodes[target.i]);
        state.view.tx = canvas.clientWidth / 2 - x * WORLD * state.view.scale;
        state.view.ty = canvas.clientHeight / 2 + y * WORLD * state.view.scale;
      }
    }
    draw();
  }

  // ---- search ----
  function runSearch(query, announce) {
    state.query = query;
    const q = query.trim().toLowerCase();
    const s = slice();
    state.matches = new Set();
    if (q) {
      s.nodes.forEach((n, i) => {
        if (nodeVisible[i] && (n.label.toLowerCase().includes(q) || n.iri.toLowerCase() === q)) state.matches.add(i);
      });
    }
    const list = $("matches");
    list.replaceChildren(
      ...[...state.matches].slice(0, 25).map((i) =>
        el("li", {}, [nodeButton(i), el("span", { class: "src muted", text: ` ${s.nodes[i].type}` })]),
      ),
    );
    $("search-status").textContent = q ? `${state.matches.size} match${state.matches.size === 1 ? "" : "es"}` : "";
    if (announce !== false) draw();
  }

  // ---- controls ----
  function buildControls() {
    const sliceSelect = $("slice");
    DATA.slices.forEach((s, i) => sliceSelect.append(el("option", { value: String(i), text: s.name })));
    sliceSelect.addEventListener("change", () => {
      const old = state.selected && state.selected.kind === "node" ? slice().nodes[state.selected.i].id : null;
      state.slice = Number(sliceSelect.value);
      state.selected = null;
      recompute();
      const i = old === null ? -1 : slice().nodes.findIndex((n) => n.id === old);
      select(i >= 0 && nodeVisible[i] ? { kind: "node", i } : null, false);
    });
    const size = $("size-by");
    for (const m of DATA.metrics) size.append(el("option", { value: m, text: m }));
    size.value = state.sizeBy;
    size.addEventListener("change", () => {
      state.sizeBy = size.value;
      recompute();
      draw();
    });
    for (const id of ["date-from", "date-to"]) {
      $(id).addEventListener("change", () => {
        state.from = $("date-from").value;
        state.to = $("date-to").value;
        recompute();
        select(state.selected, false);
      });
    }
    const legend = $("legend");
    for (const [type, c] of Object.entries(DATA.colours)) {
      const box = el("input", { type: "checkbox", value: type, "aria-label": `Show ${type}` });
      box.checked = true;
      box.addEventListener("change", () => {
        if (box.checked) state.types.add(type);
        else state.types.delete(type);
        recompute();
        select(state.selected, false);
      });
      legend.append(el("label", {}, [box, el("span", { class: "swatch", style: `background:${c}` }), type]));
    }
    $("fit").addEventListener("click", () => fit());
    const search = $("search");
    search.addEventListener("input", () => runSearch(search.value));
    search.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") {
        search.value = "";
        runSearch("");
      }
    });
    $("search-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      runSearch(search.value);
      const found = [...state.matches];
      if (found.length === 1) select({ kind: "node", i: found[0] }, false);
      if (found.length) fit(found);
    });
  }

  function bindCanvas() {
    let down = null;
    canvas.addEventListener("pointerdown", (ev) => {
      down = { x: ev.clientX, y: ev.clientY, tx: state.view.tx, ty: state.view.ty, moved: false };
      canvas.setPointerCapture(ev.pointerId);
    });
    canvas.addEventListener("pointermove", (ev) => {
      if (down) {
        const dx = ev.clientX - down.x;
        const dy = ev.clientY - down.y;
        if (Math.hypot(dx, dy) > 3) down.moved = true;
        if (down.moved) {
          canvas.classList.add("dragging");
          state.view.tx = down.tx + dx;
          state.view.ty = down.ty + dy;
          draw();
        }
        return;
      }
      const r = canvas.getBoundingClientRect();
      canvas.style.cursor = hit(ev.clientX - r.left, ev.clientY - r.top) ? "pointer" : "";
    });
    canvas.addEventListener("pointerup", (ev) => {
      canvas.classList.remove("dragging");
      if (down && !down.moved) {
        const r = canvas.getBoundingClientRect();
        select(hit(ev.clientX - r.left, ev.clientY - r.top), false);
      }
      down = null;
    });
    canvas.addEventListener(
      "wheel",
      (ev) => {
        ev.preventDefault();
        const r = canvas.getBoundingClientRect();
        zoom(Math.exp(-ev.deltaY * 0.0015), ev.clientX - r.left, ev.clientY - r.top);
      },
      { passive: false },
    );
    canvas.addEventListener("keydown", (ev) => {
      const step = 40;
      const keys = {
        ArrowLeft: () => (state.view.tx += step),
        ArrowRight: () => (state.view.tx -= step),
        ArrowUp: () => (state.view.ty += step),
        ArrowDown: () => (state.view.ty -= step),
        "+": () => zoom(1.25),
        "=": () => zoom(1.25),
        "-": () => zoom(0.8),
        Escape: () => select(null, false),
      };
      if (keys[ev.key]) {
        ev.preventDefault();
        keys[ev.key]();
        draw();
      }
    });
    new ResizeObserver(resize).observe(canvas);
  }

  function zoom(factor, cx, cy) {
    const x = cx ?? canvas.clientWidth / 2;
    const y = cy ?? canvas.clientHeight / 2;
    const k = Math.min(50, Math.max(0.02, state.view.scale * factor));
    const f = k / state.view.scale;
    state.view = { scale: k, tx: x - (x - state.view.tx) * f, ty: y - (y - state.view.ty) * f };
    draw();
  }

  // A point on the edge where a click hits that edge (not a node drawn over it); for tests and demos.
  function edgeClickPoint(j) {
    const s = slice();
    const e = s.edges[j];
    const r = canvas.getBoundingClientRect();
    const [x1, y1] = toScreen(s.nodes[e.s]);
    const [x2, y2] = toScreen(s.nodes[e.t]);
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
      const x = x1 + t * (x2 - x1);
      const y = y1 + t * (y2 - y1);
      const h = hit(x, y);
      if (h && h.kind === "edge" && h.i === j && x > 0 && y > 0 && x < r.width && y < r.height) {
        return { x: x + r.left, y: y + r.top };
      }
    }
    return null;
  }

  function nodeClickPoint(id) {
    const s = slice();
    const i = s.nodes.findIndex((n) => n.id === id);
    if (i < 0) return null;
    const r = canvas.getBoundingClientRect();
    const [x, y] = toScreen(s.nodes[i]);
    return { x: x + r.left, y: y + r.top };
  }

  buildControls();
  bindCanvas();
  recompute();
  resize();
  fit();

  // #q=label searches and selects the first match; #edge=N selects edge N (for screenshots and links).
  const hash = new URLSearchParams(location.hash.replace(/^#/, ""));
  if (hash.get("q")) {
    $("search").value = hash.get("q");
    runSearch(hash.get("q"));
    const first = [...state.matches][0];
    if (first !== undefined) select({ kind: "node", i: first }, true);
  } else if (hash.get("edge") && edgeVisible[Number(hash.get("edge"))]) {
    select({ kind: "edge", i: Number(hash.get("edge")) }, false);
  }

  window.bgView = {
    ready: true,
    data: DATA,
    state,
    drawn: () => ({ ...state.drawn }),
    edgeClickPoint,
    nodeClickPoint,
    select,
    search: runSearch,
    fit,
  };
})();
