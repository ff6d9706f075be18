// Builds DOM nodes; every string becomes a text node, never HTML, so text from documents cannot run or render markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export const AIRKG_ID = 'https://w3id.org/airkg/id/';

/** The explorer link for an IRI of the graph: documents and trials have views of their own. */
export function explorerHref(iri) {
  if (iri.startsWith(AIRKG_ID + 'document/')) return '?doc=' + encodeURIComponent(iri);
  if (iri.startsWith(AIRKG_ID + 'clinicaltrial/') || iri.startsWith(AIRKG_ID + 'arm/')) return '?trial=' + encodeURIComponent(iri);
  return '?entity=' + encodeURIComponent(iri);
}

/** A link for a value: into the explorer for the graph's own IRIs, out (no referrer) for others, text otherwise. */
export function valueNode(value, type) {
  if (type === 'uri') {
    if (value.startsWith(AIRKG_ID)) return el('a', { href: explorerHref(value) }, shortIri(value));
    if (/^https?:\/\//.test(value)) return el('a', { href: value, rel: 'noopener noreferrer', target: '_blank' }, value);
  }
  return document.createTextNode(value);
}

export function shortIri(iri) {
  return iri.startsWith(AIRKG_ID) ? iri.substring(AIRKG_ID.length) : iri;
}

/** CSS class of a kind of entity, for colours shared by the graph, the legend and the document view. */
export function kindClass(kind) {
  return KIND_COLOURS[kind] ? 'k-' + kind : 'k-other';
}

export const KIND_COLOURS = {
  Drug: '#1c7ed6', DrugClass: '#4dabf7', Regimen: '#74c0fc', Gene: '#2f9e44', Protein: '#2f9e44', GeneVariant: '#51cf66',
  ProteinFamily: '#69db7c', Disease: '#c92a2a', AdverseEvent: '#e03131', PhenotypicFeature: '#ff8787',
  ClinicalTrial: '#7048e8', TrialArm: '#9775fa', Endpoint: '#b197fc', CellLine: '#e8590c', ExperimentalModel: '#fd7e14',
  XenograftModel: '#ff922b', AnimalModel: '#ffa94d', Pathway: '#0c8599', BiologicalProcess: '#15aabf',
  ResistanceMechanism: '#3bc9db', Biomarker: '#f08c00', TherapeuticStrategy: '#5c940d', Assay: '#868e96',
};

export function kindColour(kind) {
  return KIND_COLOURS[kind] || '#868e96';
}

export function showError(container, error) {
  container.appendChild(el('p', { class: 'error' }, String(error && error.message ? error.message : error)));
}
