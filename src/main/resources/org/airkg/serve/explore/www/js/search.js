// Suggestions as one types, over labels, synonyms, identifiers and document titles, grouped by kind.
import { run } from './sparql.js';
import { el, clear, explorerHref } from './dom.js';

/** Attaches suggestions to `input`, shown in `box`; `pick(entity)` is called with {entity, kind, label}. */
export function attachSearch(input, box, pick) {
  let timer = null;
  let seq = 0;
  let items = [];
  let active = -1;

  const hide = () => { box.hidden = true; active = -1; };
  const choose = (i) => { if (items[i]) { hide(); pick(items[i]); } };
  const mark = () => items.forEach((it, i) => it.node.classList.toggle('active', i === active));

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { hide(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      let result;
      try {
        result = await run('explore/search', { text: JSON.stringify(text) }); // a quoted literal, whatever it holds
      } catch (e) {
        if (mine === seq) { clear(box).appendChild(el('p', { class: 'error' }, e.message)); box.hidden = false; }
        return;
      }
      if (mine !== seq) return;
      items = render(box, group(result.values), choose);
      active = -1;
      box.hidden = false;
    }, 180);
  });
  input.addEventListener('keydown', (e) => {
    if (box.hidden) return;
    if (e.key === 'ArrowDown') { active = Math.min(items.length - 1, active + 1); mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = Math.max(0, active - 1); mark(); e.preventDefault(); }
    else if (e.key === 'Enter') { choose(active >= 0 ? active : 0); e.preventDefault(); }
    else if (e.key === 'Escape') hide();
  });
  document.addEventListener('click', (e) => { if (e.target !== input && !box.contains(e.target)) hide(); });
}

/** One entry per entity, the best match first (label, then synonym, title, identifier), grouped by kind. */
function group(rows) {
  const rank = { label: 0, title: 1, synonym: 2, identifier: 3 };
  const byEntity = new Map();
  for (const r of rows) {
    const seen = byEntity.get(r.entity);
    if (!seen || rank[r.how] < rank[seen.how]) byEntity.set(r.entity, r);
  }
  const byKind = new Map();
  for (const r of byEntity.values()) {
    if (!byKind.has(r.kind)) byKind.set(r.kind, []);
    byKind.get(r.kind).push(r);
  }
  return [...byKind.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function render(box, groups, choose) {
  clear(box);
  const items = [];
  if (groups.length === 0) box.appendChild(el('p', { class: 'status' }, 'Nothing found.'));
  for (const [kind, rows] of groups) {
    box.appendChild(el('h4', {}, kind));
    for (const r of rows) {
      const i = items.length;
      const how = r.how === 'label' || r.how === 'title' ? null : el('span', { class: 'how' }, `${r.how}: ${r.matched}`);
      const node = el('a', { class: 'item', href: explorerHref(r.entity),
        onclick: (e) => { e.preventDefault(); choose(i); } }, r.label, how);
      box.appendChild(node);
      items.push({ ...r, node });
    }
  }
  return items;
}
