// The evidence panel: every statement behind an edge, supporting and denying, with quote, document, section, line.
import { run } from './sparql.js';
import { el, clear, showError } from './dom.js';

export async function showEvidence(panel, edge) {
  clear(panel);
  panel.appendChild(el('h2', {}, edge.subjectLabel, ' ', el('em', {}, edge.relation), ' ', edge.objectLabel));
  const facts = [edge.evidenceKind, edge.polarity].filter((x) => x).join(', ');
  if (facts) panel.appendChild(el('p', { class: 'status' }, facts));
  let result;
  try {
    result = await run('explore/evidence', { subject: edge.source, relation: edge.predicate, object: edge.target });
  } catch (e) {
    showError(panel, e);
    return;
  }
  if (result.values.length === 0) panel.appendChild(el('p', { class: 'status' }, 'No quoted evidence.'));
  for (const r of result.values) {
    const denies = r.polarity !== 'supports';
    const href = `?doc=${encodeURIComponent(r.doc)}&evidence=${encodeURIComponent(r.evidence)}`;
    panel.appendChild(el('div', { class: 'statement' + (denies ? ' denies' : ''), 'data-evidence': r.evidence },
      el('div', {}, el('strong', {}, denies ? 'Denies' : 'Supports'), r.evidenceKind ? ` (${r.evidenceKind})` : ''),
      el('blockquote', { class: 'quote' }, r.quote),
      el('div', { class: 'where' },
        el('a', { href, class: 'open-doc' }, r.title), ' · ', r.section ? `§ ${r.section} · ` : '',
        `${r.file} line ${r.line}`, r.method ? ` · read by ${r.method}` : '')));
  }
}
