// Saving the graph: a file download, and GraphML written through the XML DOM (which escapes every value).

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NODE_KEYS = ['label', 'kind'];
const EDGE_KEYS = ['relation', 'predicate', 'polarity', 'evidenceKind', 'indication', 'model', 'evidence', 'docs'];
const NS = 'http://graphml.graphdrawing.org/xmlns';

/** GraphML of Cytoscape elements: nodes with label and kind, edges with relation, polarity, evidence count, documents. */
export function graphml(elements) {
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const key = (id, forWhat, type) => {
    const k = doc.createElementNS(NS, 'key');
    k.setAttribute('id', id);
    k.setAttribute('for', forWhat);
    k.setAttribute('attr.name', id);
    k.setAttribute('attr.type', type);
    root.appendChild(k);
  };
  NODE_KEYS.forEach((k) => key(k, 'node', 'string'));
  EDGE_KEYS.forEach((k) => key(k, 'edge', k === 'evidence' ? 'int' : 'string'));
  const graph = doc.createElementNS(NS, 'graph');
  graph.setAttribute('id', 'airkg');
  graph.setAttribute('edgedefault', 'directed');
  root.appendChild(graph);
  const data = (parent, k, v) => {
    const d = doc.createElementNS(NS, 'data');
    d.setAttribute('key', k);
    d.textContent = Array.isArray(v) ? v.join(' ') : String(v ?? '');
    parent.appendChild(d);
  };
  elements.nodes().forEach((n) => {
    const node = doc.createElementNS(NS, 'node');
    node.setAttribute('id', n.id());
    NODE_KEYS.forEach((k) => data(node, k, n.data(k)));
    graph.appendChild(node);
  });
  elements.edges().forEach((e) => {
    const edge = doc.createElementNS(NS, 'edge');
    edge.setAttribute('id', e.id());
    edge.setAttribute('source', e.data('source'));
    edge.setAttribute('target', e.data('target'));
    EDGE_KEYS.forEach((k) => data(edge, k, e.data(k)));
    graph.appendChild(edge);
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
