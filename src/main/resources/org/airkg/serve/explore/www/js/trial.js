// The trial view: arms, endpoints and values as a table with their qualifiers, conflicts flagged with both
// sources, and effect measures with confidence intervals drawn as a forest plot.
import { run } from './sparql.js';
import { el, clear } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

export async function trialView(main, iri) {
  clear(main);
  const [info, outcomes] = await Promise.all([run('explore/entity', { entity: iri }), run('explore/trial', { trial: iri })]);
  const label = (info.values.find((r) => r.field === 'label') || {}).value || iri;
  const kind = (info.values.find((r) => r.field === 'kind') || {}).value || '';
  document.title = `${label} · AIR-KG explorer`;
  main.appendChild(el('h1', {}, label, ' ', el('span', { class: 'kind' }, kind || 'trial')));
  main.appendChild(el('p', {}, el('a', { href: '?entity=' + encodeURIComponent(iri) }, 'neighbourhood graph'), ' · ', el('code', {}, iri)));
  const rows = outcomes.values;
  if (rows.length === 0) {
    main.appendChild(el('p', { class: 'status' }, 'The graph holds no measurements for this trial.'));
    return;
  }
  const effects = rows.filter((r) => r.ciLower !== '' && r.ciUpper !== '' && r.value !== '');
  if (effects.length) {
    main.appendChild(el('h2', {}, 'Effect measures with confidence intervals'));
    main.appendChild(forestPlot(effects));
  }
  main.appendChild(el('h2', {}, 'Outcomes'));
  main.appendChild(table(rows));
  const conflicts = [...new Set(rows.map((r) => r.conflict).filter((c) => c))];
  for (const c of conflicts) {
    const places = await run('explore/conflict', { conflict: c });
    main.appendChild(el('h3', { class: 'flag' }, 'Conflicting measurements: ', places.values[0] ? places.values[0].quantity : c));
    main.appendChild(el('ul', {}, places.values.map((p) => el('li', {}, el('strong', {}, p.value), ' in ',
      el('a', { href: '?doc=' + encodeURIComponent(p.doc) }, p.title), ` line ${p.line}: `, el('q', {}, p.quote)))));
  }
}

function valueText(r) {
  if (r.value !== '') return r.value;
  if (r.lower !== '' || r.upper !== '') return `${r.lower}–${r.upper}`;
  return '';
}

function qualifiers(r) {
  return [['analysis', r.analysis], ['population', r.population], ['cohort', r.cohort], ['assessment', r.assessment],
    ['time point', r.timepoint]].filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`).join('; ');
}

function table(rows) {
  const head = ['Endpoint', 'Arm', 'Statistic', 'Value', 'Unit', 'CI', 'p', 'Qualifiers', 'Source', ''];
  return el('table', { class: 'results outcomes' },
    el('tr', {}, head.map((h) => el('th', {}, h))),
    rows.map((r) => el('tr', { class: r.conflict ? 'conflict' : '' },
      el('td', {}, r.endpoint), el('td', {}, r.arm), el('td', {}, r.statistic), el('td', {}, (r.comparator && r.comparator !== '=' ? r.comparator + ' ' : '') + valueText(r)),
      el('td', {}, r.unit), el('td', {}, r.ciLower !== '' ? `${r.ciLower}–${r.ciUpper}${r.ciLevel ? ` (${Math.round(Number(r.ciLevel) * 100)}%)` : ''}` : ''),
      el('td', {}, r.significance), el('td', {}, qualifiers(r)),
      el('td', {}, r.doc ? el('a', { href: '?doc=' + encodeURIComponent(r.doc) }, `line ${r.line}`) : '', r.quote ? [' ', el('q', {}, r.quote)] : ''),
      el('td', {}, r.conflict ? el('span', { class: 'flag', title: 'another place gives a different value' }, 'conflict') : ''))));
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A forest plot on a log scale: one row per effect measure, the point estimate as a square, the CI as a line. */
export function forestPlot(rows) {
  const width = 760;
  const labelWidth = 300;
  const valueWidth = 170;
  const plotWidth = width - labelWidth - valueWidth;
  const rowHeight = 26;
  const top = 20;
  const height = top + rows.length * rowHeight + 40;
  const lows = rows.map((r) => Number(r.ciLower));
  const highs = rows.map((r) => Number(r.ciUpper));
  let min = Math.min(0.5, ...lows);
  let max = Math.max(2, ...highs);
  min = Math.pow(10, Math.floor(Math.log10(min) * 2) / 2);
  max = Math.pow(10, Math.ceil(Math.log10(max) * 2) / 2);
  const x = (v) => labelWidth + ((Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min))) * plotWidth;
  const plot = svg('svg', { class: 'forest', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Forest plot of effect measures with confidence intervals' });
  const bottom = top + rows.length * rowHeight;
  plot.appendChild(svg('line', { x1: x(1), x2: x(1), y1: top - 8, y2: bottom, stroke: '#52606d', 'stroke-dasharray': '4 3' }));
  plot.appendChild(svg('line', { x1: labelWidth, x2: labelWidth + plotWidth, y1: bottom, y2: bottom, stroke: '#52606d' }));
  for (const t of [0.1, 0.2, 0.5, 1, 2, 5, 10].filter((v) => v >= min && v <= max)) {
    plot.appendChild(svg('line', { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 5, stroke: '#52606d' }));
    plot.appendChild(svg('text', { x: x(t), y: bottom + 18, 'text-anchor': 'middle' }, String(t)));
  }
  plot.appendChild(svg('text', { x: x(1), y: bottom + 34, 'text-anchor': 'middle', fill: '#52606d' }, 'ratio, log scale (1: no difference)'));
  rows.forEach((r, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    const g = svg('g', { class: 'effect' + (r.conflict ? ' conflict' : '') });
    const what = [r.endpoint, r.arm, r.analysis || r.population || r.cohort].filter((s) => s).join(' · ');
    g.appendChild(svg('text', { x: 4, y: y + 4 }, `${r.statistic || 'effect'} ${what}`));
    g.appendChild(svg('line', { x1: x(Number(r.ciLower)), x2: x(Number(r.ciUpper)), y1: y, y2: y, stroke: '#1d232a', 'stroke-width': 2 }));
    g.appendChild(svg('rect', { x: x(Number(r.value)) - 5, y: y - 5, width: 10, height: 10, fill: r.conflict ? '#c92a2a' : '#1c7ed6' }));
    g.appendChild(svg('text', { x: labelWidth + plotWidth + 10, y: y + 4 }, `${r.value} (${r.ciLower}–${r.ciUpper})${r.significance ? ' p ' + r.significance : ''}`));
    g.appendChild(svg('title', {}, r.quote || ''));
    plot.appendChild(g);
  });
  return plot;
}

export async function trialsView(main) {
  clear(main);
  document.title = 'Trials · AIR-KG explorer';
  main.appendChild(el('h1', {}, 'Trials and compared arms with reported outcomes'));
  const result = await run('explore/trials');
  main.appendChild(el('table', { class: 'results' },
    el('tr', {}, ['Trial or arm', 'Kind', 'Measurements', 'With CI'].map((h) => el('th', {}, h))),
    result.values.map((r) => el('tr', {}, el('td', {}, el('a', { href: '?trial=' + encodeURIComponent(r.trial) }, r.label)),
      el('td', {}, r.kind), el('td', {}, r.measurements), el('td', {}, r.intervals)))));
}

