// Loads a Cytoscape JSON file into Cytoscape.js itself (headless) the way a page would (cy.json(file)), and
// prints what Cytoscape.js made of it as JSON: the graph's data, every node and edge with its ends, and every
// warning or error Cytoscape.js printed while loading (an edge to a missing node, a duplicate id ...).
// Usage: node cytoscape-read.mjs FILE.cyjs
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const file = process.argv[2];
if (!file) {
  console.error('usage: node cytoscape-read.mjs FILE.cyjs');
  process.exit(2);
}
const problems = [];
for (const level of ['warn', 'error']) {
  console[level] = (...args) => problems.push(level + ': ' + args.map(String).join(' '));
}
const document = JSON.parse(readFileSync(file, 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false });
cy.json(document);
const result = {
  data: cy.data(),
  nodes: cy.nodes().map(n => ({ id: n.id(), label: n.data('label') })),
  edges: cy.edges().map(e => ({ id: e.id(), source: e.source().id(), target: e.target().id(), predicate: e.data('predicate') })),
  problems,
};
process.stdout.write(JSON.stringify(result));
