// Reads network files with the JavaScript libraries researchers draw them with, each used the
// idiomatic way and without leniency flags, and prints what they saw as JSON (one object per file,
// in the order given), for tests/graph/test_readers.py.
//
//   node read.mjs READER:FILE...
//
// READER is graphology (GEXF, through graphology-gexf), d3 (node-link JSON, through d3-force's
// forceLink(data.links)) or cytoscape (Cytoscape.js JSON, headless). A file a reader refuses gives
// {"error": message}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { forceLink, forceSimulation } from "d3-force";

const require = createRequire(import.meta.url);
const Graph = require("graphology");
const gexf = require("graphology-gexf");
const cytoscape = require("cytoscape");

function graphology(file) {
  const graph = gexf.parse(Graph, readFileSync(file, "utf8"));
  const links = [];
  graph.forEachEdge((_, attrs, s, t, sa, ta) => links.push([sa.label, ta.label, attrs.weight]));
  const labels = [];
  graph.forEachNode((_, attrs) => labels.push(attrs.label));
  return { nodes: graph.order, edges: graph.size, directed: graph.type === "directed", labels, links };
}

function d3(file) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const force = forceLink(data.links).id((d) => d.id);
  forceSimulation(data.nodes).force("link", force).stop().tick(1);
  const resolved = force.links().filter((l) => typeof l.source === "object" && typeof l.target === "object");
  return {
    nodes: data.nodes.length,
    edges: resolved.length,
    directed: Boolean(data.directed),
    labels: data.nodes.map((n) => n.label),
    links: resolved.map((l) => [l.source.label, l.target.label, l.weight]),
  };
}

function cyto(file) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const cy = cytoscape({ headless: true, elements: data.elements });
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    directed: Boolean(data.directed),
    labels: cy.nodes().map((n) => n.data("label")),
    links: cy.edges().map((e) => [e.source().data("label"), e.target().data("label"), e.data("weight")]),
  };
}

const READERS = { graphology, d3, cytoscape: cyto };

const seen = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf(":");
  const [reader, file] = [arg.slice(0, at), arg.slice(at + 1)];
  try {
    return READERS[reader](file);
  } catch (error) {
    return { error: String(error.message || error) };
  }
});
process.stdout.write(JSON.stringify(seen));
