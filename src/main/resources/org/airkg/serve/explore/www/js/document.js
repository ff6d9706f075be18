// The document view: the source text block by block, mentions coloured by kind, the quoted evidence highlighted
// from its Web Annotation selectors (position first, checked against the exact text; the exact text otherwise).
import { run } from './sparql.js';
import { el, clear, kindClass, explorerHref } from './dom.js';

export async function documentView(main, iri, evidence) {
  clear(main);
  const [blocks, mentions, selectors] = await Promise.all([
    run('explore/document', { doc: iri }),
    run('explore/document-mentions', { doc: iri }),
    evidence ? run('explore/selectors', { evidence }) : Promise.resolve({ values: [] }),
  ]);
  const head = blocks.values.find((b) => b.type === 'Document');
  if (!head) {
    main.appendChild(el('p', { class: 'error' }, 'The graph has no document ' + iri));
    return;
  }
  document.title = `${head.text} · AIR-KG explorer`;
  main.appendChild(el('h1', {}, head.text, ' ', el('span', { class: 'kind' }, 'Document')));
  main.appendChild(el('p', { class: 'status' }, head.header, ' · ', el('code', {}, iri)));
  const selector = selectors.values.find((s) => s.start !== '' || s.exact !== '');
  const quote = selector ? { start: num(selector.start), end: num(selector.end), exact: selector.exact } : null;
  if (quote) main.appendChild(el('p', {}, 'Highlighted: ', el('q', {}, quote.exact)));
  const ms = mentions.values.filter((m) => m.entity).map((m) => ({ ...m, start: num(m.start), end: num(m.end) }));
  const body = el('div', { class: 'doc' });
  main.appendChild(body);
  let table = null;
  let lastRow = null;
  let tr = null;
  let highlighted = null;
  for (const b of blocks.values) {
    if (b.type === 'Document') continue;
    const start = num(b.start);
    const end = b.end === '' ? start + b.text.length : num(b.end);
    const content = spans(b.text, start, end, ms.filter((m) => m.start >= start && m.end <= end), quote);
    if (content.marked) highlighted = highlighted || content.marked;
    if (b.type === 'TableCell') {
      if (!table) { table = el('table', {}); body.appendChild(table); lastRow = null; }
      if (b.row !== lastRow) { tr = el('tr', {}); table.appendChild(tr); lastRow = b.row; }
      tr.appendChild(el('td', { class: b.header === 'true' ? 'head' : '', 'data-start': start, title: `line ${b.line}` }, content.nodes));
      continue;
    }
    table = null;
    body.appendChild(el('div', { class: `block ${b.type}`, 'data-start': start },
      el('span', { class: 'line' }, b.line), content.nodes));
  }
  if (quote && !highlighted) main.insertBefore(el('p', { class: 'error' }, 'The quote was not found in the text the graph holds.'), body);
  if (highlighted) requestAnimationFrame(() => highlighted.scrollIntoView({ block: 'center' }));
}

function num(s) {
  return s === '' || s === undefined ? NaN : Number(s);
}

/**
 * The text of one block as nodes: mentions as links coloured by kind, the quote as a mark. Offsets are the file's;
 * a block's text starts at `start`; where the text at an offset is not what a selector says, the exact text is searched.
 */
function spans(text, start, end, mentions, quote) {
  const marks = [];
  for (const m of mentions) {
    const at = locate(text, m.start - start, m.text);
    if (at >= 0) marks.push({ from: at, to: at + m.text.length, mention: m });
  }
  let q = null;
  if (quote && quote.exact && (Number.isNaN(quote.start) || (quote.start < end && quote.end > start))) {
    const at = locate(text, quote.start - start, quote.exact);
    const loose = at >= 0 ? null : locateLoosely(text, quote.exact);
    if (at >= 0) q = { from: at, to: at + quote.exact.length };
    else if (loose) q = loose;
    else if (text && quote.exact.includes(text)) q = { from: 0, to: text.length }; // a cell of a quoted table row
    else if (!Number.isNaN(quote.start) && quote.start >= start && quote.end <= end) q = { from: quote.start - start, to: quote.end - start };
  }
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.from); cuts.add(m.to); }
  if (q) { cuts.add(q.from); cuts.add(q.to); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const nodes = [];
  let markNode = null;
  let firstMark = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.substring(a, b);
    const m = marks.find((x) => x.from <= a && x.to >= b);
    const node = m
      ? el('a', { class: 'mention ' + kindClass(m.mention.kind), href: explorerHref(m.mention.entity), title: `${m.mention.label} (${m.mention.kind})` }, piece)
      : document.createTextNode(piece);
    if (q && q.from <= a && q.to >= b) {
      if (!markNode) { markNode = el('mark', { class: 'quote' }); nodes.push(markNode); firstMark = firstMark || markNode; }
      markNode.appendChild(node);
    } else {
      markNode = null;
      nodes.push(node);
    }
  }
  return { nodes, marked: firstMark };
}

/** Where `exact` is in `text`: at `offset` if it is there, else its occurrence nearest to `offset`, else -1. */
function locate(text, offset, exact) {
  if (!exact) return -1;
  if (offset >= 0 && text.substr(offset, exact.length) === exact) return offset;
  let best = -1;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    if (best < 0 || Math.abs(i - offset) < Math.abs(best - offset)) best = i;
  }
  return best;
}

/**
 * Where `exact` is in `text` when spaces are not counted: the reader normalises a block's text (markup and
 * citation markers out, spaces joined), while the quote selector keeps the file's characters.
 */
function locateLoosely(text, exact) {
  const positions = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i])) { positions.push(i); compact += text[i]; }
  }
  const wanted = exact.replace(/\s+/g, '');
  const at = wanted ? compact.indexOf(wanted) : -1;
  if (at < 0) return null;
  return { from: positions[at], to: positions[at + wanted.length - 1] + 1 };
}
