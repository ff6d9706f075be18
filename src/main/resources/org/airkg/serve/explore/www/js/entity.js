// The entity view: what the entity is, its neighbourhood as a graph with filters, expansion and exports.
import { run } from './sparql.js';
import { el, clear, kindColour, showError, explorerHref, KIND_COLOURS } from './dom.js';
import { showEvidence } from './evidence.js';
import { graphml, download } from './exports.js';

const ONTOLOGY = 'https://w3id.org/airkg/ontology#';
const PALETTE = ['#1c7ed6', '#2f9e44', '#e8590c', '#7048e8', '#0c8599', '#c2255c', '#5c940d', '#f08c00', '#495057', '#9c36b5'];

export async function entityView(main, iri, edge) {
  clear(main);
  const info = await run('explore/entity', { entity: iri });
  const facts = collect(info.values);
  if (!facts.kind && !facts.label) {
    main.appendChild(el('p', { class: 'error' }, 'The graph has nothing about ' + iri));
    return;
  }
  document.title = `${facts.label || iri} · AIR-KG explorer`;
  main.appendChild(el('h1', {}, facts.label || iri, ' ', el('span', { class: 'kind' }, facts.kind || 'entity')));
  main.appendChild(el('div', { class: 'facts' },
    el('code', {}, iri),
    facts.synonyms.length ? el('span', { class: 'synonyms' }, 'also: ' + facts.synonyms.join('; ')) : null,
    facts.kind === 'ClinicalTrial' ? el('a', { href: '?trial=' + encodeURIComponent(iri) }, 'trial outcomes') : null));
  if (facts.ids.length) {
    main.appendChild(el('div', { class: 'ids' }, 'Identifiers: ',
      facts.ids.map((id) => el('a', { href: id.iri, rel: 'noopener noreferrer', target: '_blank', title: id.sources.join('\n') }, curie(id.iri)))));
  }
  const toolbar = el('div', { class: 'toolbar' });
  const graph = el('div', { id: 'graph' });
  const panel = el('aside', { class: 'panel', id: 'panel' },
    el('p', { class: 'status' }, 'Click an edge to read the sentences that state it; click a node to expand it (its own neighbourhood joins the graph).'));
  main.appendChild(toolbar);
  main.appendChild(el('div', { class: 'entity-layout' }, graph, panel));
  const view = new GraphView(graph, toolbar, panel, iri);
  await view.expand(iri);
  const chosen = edge ? view.cy.getElementById(edge) : null;
  if (chosen && chosen.nonempty() && chosen.isEdge()) {
    chosen.select();
    await showEvidence(panel, chosen.data());
  }
  return view;
}

function collect(values) {
  const facts = { kind: '', label: '', synonyms: [], ids: [] };
  const ids = new Map();
  for (const r of values) {
    if (r.field === 'kind') facts.kind = r.value;
    else if (r.field === 'label') facts.label = facts.label || r.value;
    else if (r.field === 'synonym') facts.synonyms.push(r.value);
    else if (r.field === 'identifier') {
      if (!ids.has(r.value)) ids.set(r.value, []);
      if (r.source) ids.get(r.value).push(r.source);
    }
  }
  facts.ids = [...ids.entries()].map(([iri, sources]) => ({ iri, sources }));
  return facts;
}

/** A short registry name for an identifier IRI: CHEBI:6413, DRUGBANK:DB01006, NCT00863655 ... */
export function curie(iri) {
  const rules = [
    [/purl\.obolibrary\.org\/obo\/([A-Za-z]+)_(\w+)$/, (m) => `${m[1]}:${m[2]}`],
    [/drugbank\.com\/drugs\/(DB\d+)/, (m) => `DRUGBANK:${m[1]}`],
    [/pubchem\.ncbi\.nlm\.nih\.gov\/compound\/(\d+)/, (m) => `PUBCHEM:${m[1]}`],
    [/chembl\/compound_report_card\/(CHEMBL\d+)/, (m) => `CHEMBL:${m[1]}`],
    [/cas_rn=([\d-]+)/, (m) => `CAS:${m[1]}`],
    [/hgnc_id\/(\d+)/, (m) => `HGNC:${m[1]}`],
    [/ncbi\.nlm\.nih\.gov\/gene\/(\d+)/, (m) => `NCBIGene:${m[1]}`],
    [/uniprot\/(\w+)$/, (m) => `UniProt:${m[1]}`],
    [/clinicaltrials\.gov\/study\/(NCT\d+)/, (m) => m[1]],
    [/identifiers\.org\/([\w.]+):(\w+)/, (m) => `${m[1]}:${m[2]}`],
    [/cellosaurus\.org\/(CVCL_\w+)/, (m) => m[1]],
  ];
  for (const [re, f] of rules) {
    const m = iri.match(re);
    if (m) return f(m);
  }
  return iri;
}

class GraphView {
  constructor(container, toolbar, panel, center) {
    this.panel = panel;
    this.center = center;
    this.expanded = new Set();
    this.relationColours = new Map();
    this.cy = window.cytoscape({
      container,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', 'font-size': 10,
          'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'text-wrap': 'ellipsis', 'text-max-width': 140 } },
        { selector: 'node.center', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#23313f', 'font-weight': 'bold' } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#23313f' } },
        { selector: 'edge', style: { width: 'mapData(evidence, 1, 8, 1.5, 8)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(relation)', 'font-size': 8, 'text-rotation': 'autorotate',
          color: '#52606d', 'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
        { selector: 'edge.denies', style: { 'line-style': 'dashed', 'target-arrow-shape': 'tee' } },
        { selector: 'edge.hypothesised', style: { 'line-style': 'dotted' } },
        { selector: ':selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#f59f00' } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
    });
    this.cy.on('tap', 'edge', (e) => {
      const url = new URL(window.location.href);
      url.searchParams.set('edge', e.target.id());
      window.history.replaceState(null, '', url.toString());
      showEvidence(this.panel, e.target.data());
    });
    this.cy.on('tap', 'node', (e) => this.nodeTapped(e.target));
    this.filters = new Filters(toolbar, () => this.applyFilters(), this);
  }

  async nodeTapped(node) {
    const id = node.id();
    clear(this.panel).appendChild(el('h2', {}, node.data('label')));
    this.panel.appendChild(el('p', {}, el('span', { class: 'kind-tag' }, node.data('kind')), ' ',
      el('a', { href: explorerHref(id) }, 'open')));
    if (!this.expanded.has(id)) {
      this.panel.appendChild(el('p', { class: 'status' }, 'Expanding…'));
      try {
        const added = await this.expand(id);
        this.panel.lastChild.textContent = `Expanded: ${added} new edges.`;
      } catch (e) {
        showError(this.panel, e);
      }
    }
  }

  relationColour(relation) {
    if (!this.relationColours.has(relation)) this.relationColours.set(relation, PALETTE[this.relationColours.size % PALETTE.length]);
    return this.relationColours.get(relation);
  }

  /** Adds the neighbourhood of `iri`; answers how many edges were new. */
  async expand(iri) {
    const result = await run('explore/neighbourhood', { entity: iri });
    this.expanded.add(iri);
    const edges = new Map();
    for (const r of result.values) {
      let e = edges.get(r.association);
      if (!e) {
        e = { id: r.association, source: r.subject, target: r.object, relation: r.relation, predicate: r.predicate,
          polarity: r.polarity, evidenceKind: r.evidenceKind, indication: r.indication, model: r.model, docs: [], evidence: 0,
          subjectLabel: r.subjectLabel, objectLabel: r.objectLabel, colour: this.relationColour(r.relation) };
        edges.set(r.association, e);
        this.addNode(r.subject, r.subjectLabel, r.subjectKind, iri);
        this.addNode(r.object, r.objectLabel, r.objectKind, iri);
      }
      if (r.doc) e.docs.push(r.doc);
      e.evidence += Number(r.evidence);
    }
    let added = 0;
    for (const e of edges.values()) {
      if (this.cy.getElementById(e.id).nonempty()) continue;
      e.evidence = Math.max(1, e.evidence);
      const classes = [e.polarity === 'denies' || e.polarity === 'refutes' ? 'denies' : '', e.id.includes('--hypothesised--') ? 'hypothesised' : ''].join(' ');
      this.cy.add({ group: 'edges', data: e, classes });
      added++;
    }
    this.cy.getElementById(iri).addClass(iri === this.center ? 'center' : 'expanded');
    this.filters.update(this.cy);
    this.applyFilters();
    if (this.expanded.size === 1) {
      // The entity in the middle, its neighbours around it.
      this.cy.layout({ name: 'concentric', animate: false, minNodeSpacing: 30,
        concentric: (n) => (n.id() === this.center ? 2 : 1), levelWidth: () => 1 }).run();
    } else {
      this.cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 120, randomize: false }).run();
    }
    return added;
  }

  /** Adds a node once; a new node starts near the node it was reached from, so an expansion grows in place. */
  addNode(id, label, kind, from) {
    if (this.cy.getElementById(id).empty()) {
      const near = this.cy.getElementById(from);
      const p = near.nonempty() ? near.position() : { x: 0, y: 0 };
      const position = { x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 };
      this.cy.add({ group: 'nodes', data: { id, label, kind, colour: kindColour(kind) }, position });
    }
  }

  applyFilters() {
    const f = this.filters.state();
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        const d = e.data();
        const show = f.relations.has(d.relation) && f.evidence.has(d.evidenceKind || 'unstated')
          && (!f.indication || d.indication === f.indication) && (!f.model || d.model === f.model)
          && (!f.doc || d.docs.includes(f.doc));
        e.toggleClass('hidden', !show);
      });
      this.cy.nodes().forEach((n) => {
        const visible = n.hasClass('center') || n.connectedEdges().some((e) => !e.hasClass('hidden'));
        n.toggleClass('hidden', !visible);
      });
    });
    this.filters.count(this.cy.edges().not('.hidden').length, this.cy.edges().length);
  }

  exportPng() {
    download('airkg-graph.png', this.cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' }));
  }

  exportJson() {
    const json = { format_version: '1.0', generated_by: 'AIR-KG explorer', target_cytoscapejs_version: '~3',
      data: { center: this.center }, elements: this.cy.elements().not('.hidden').jsons().map((j) => ({ group: j.group, data: j.data })) };
    download('airkg-graph.cyjs', new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  }

  exportGraphml() {
    download('airkg-graph.graphml', new Blob([graphml(this.cy.elements().not('.hidden'))], { type: 'application/xml' }));
  }
}

/** The filter controls: relation kinds, evidence (clinical, preclinical), indication, model, document. */
class Filters {
  constructor(toolbar, changed, view) {
    this.changed = changed;
    this.relationBox = el('fieldset', {}, el('legend', {}, 'Relation'));
    this.evidenceBox = el('fieldset', {}, el('legend', {}, 'Evidence'));
    this.indication = el('select', { 'aria-label': 'Indication', onchange: changed });
    this.model = el('select', { 'aria-label': 'Model', onchange: changed });
    this.doc = el('select', { 'aria-label': 'Document', onchange: changed });
    this.counter = el('span', { class: 'status' });
    this.known = { relations: new Set(), evidence: new Set() };
    toolbar.appendChild(this.relationBox);
    toolbar.appendChild(this.evidenceBox);
    toolbar.appendChild(el('label', {}, 'Indication ', this.indication));
    toolbar.appendChild(el('label', {}, 'Model ', this.model));
    toolbar.appendChild(el('label', {}, 'Document ', this.doc));
    toolbar.appendChild(el('span', {},
      el('button', { type: 'button', onclick: () => view.exportPng() }, 'PNG'), ' ',
      el('button', { type: 'button', onclick: () => view.exportJson() }, 'Cytoscape JSON'), ' ',
      el('button', { type: 'button', onclick: () => view.exportGraphml() }, 'GraphML')));
    toolbar.appendChild(this.counter);
  }

  update(cy) {
    const data = cy.edges().map((e) => e.data());
    this.checkboxes(this.relationBox, this.known.relations, data.map((d) => d.relation), 'relation');
    this.checkboxes(this.evidenceBox, this.known.evidence, data.map((d) => d.evidenceKind || 'unstated'), 'evidence');
    const labels = new Map(cy.nodes().map((n) => [n.id(), n.data('label')]));
    this.options(this.indication, data.map((d) => d.indication), labels);
    this.options(this.model, data.map((d) => d.model), labels);
    this.options(this.doc, data.flatMap((d) => d.docs), new Map());
  }

  checkboxes(box, known, values, name) {
    for (const v of [...new Set(values)].sort()) {
      if (known.has(v)) continue;
      known.add(v);
      box.appendChild(el('label', {}, el('input', { type: 'checkbox', name, value: v, checked: true, onchange: this.changed }), ' ', v));
    }
  }

  options(select, values, labels) {
    const current = select.value;
    clear(select).appendChild(el('option', { value: '' }, 'any'));
    for (const v of [...new Set(values.filter((x) => x))].sort()) {
      select.appendChild(el('option', { value: v, selected: v === current }, labels.get(v) || v.replace(/^.*\//, '')));
    }
  }

  state() {
    const checked = (box) => new Set([...box.querySelectorAll('input:checked')].map((i) => i.value));
    return { relations: checked(this.relationBox), evidence: checked(this.evidenceBox), indication: this.indication.value,
      model: this.model.value, doc: this.doc.value };
  }

  count(shown, all) {
    this.counter.textContent = `${shown} of ${all} edges shown`;
  }
}

export function legend() {
  return el('div', { class: 'legend' }, Object.entries(KIND_COLOURS).map(([k, c]) =>
    el('span', {}, el('span', { class: 'swatch k-' + k }), k)));
}
