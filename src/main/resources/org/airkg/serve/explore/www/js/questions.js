// Questions: every catalogue query as a form; entity parameters chosen with the search; results as a table linking
// into the explorer; the bound query opens in Fuseki's SPARQL editor.
import { queries, bind, select } from './sparql.js';
import { el, clear, valueNode, showError } from './dom.js';
import { attachSearch } from './search.js';

/**
 * The catalogue as forms; `open` names the query to open, and `params` (the page's URL parameters) may fill its
 * form (p.NAME=VALUE) and run it (run), so a question with its answer is a link.
 */
export async function questionsView(main, open, params = new URLSearchParams()) {
  clear(main);
  document.title = 'Questions · AIR-KG explorer';
  main.appendChild(el('h1', {}, 'Questions'));
  main.appendChild(el('p', { class: 'status' }, 'The query catalogue (queries/ in the project). Parameters left empty mean "every".'));
  const list = (await queries()).filter((q) => q.name.startsWith('catalogue/'));
  for (const q of list) {
    const short = q.name.substring('catalogue/'.length);
    const details = el('details', { class: 'question', id: 'q-' + short, open: short === open },
      el('summary', {}, q.title), el('p', {}, q.question));
    const f = form(q);
    details.appendChild(f.node);
    main.appendChild(details);
    if (short === open) {
      for (const [k, v] of params.entries()) if (k.startsWith('p.') && f.inputs[k.substring(2)]) f.inputs[k.substring(2)].value = v;
      if (params.has('run')) await f.run();
      details.scrollIntoView();
    }
  }
}

function form(q) {
  const inputs = {};
  const f = el('form', { class: 'query-form', 'data-query': q.name });
  for (const [name, description] of Object.entries(q.parameters)) {
    const input = el('input', { name, type: 'text', autocomplete: 'off', placeholder: description });
    const box = el('div', { class: 'suggestions', hidden: true });
    if (/\bIRI\b/.test(description)) attachSearch(input, box, (pick) => { input.value = pick.entity; });
    inputs[name] = input;
    f.appendChild(el('div', { class: 'param' }, el('label', {}, name, ': ', description), input, box));
  }
  const editor = el('a', { class: 'editor', hidden: true, target: '_blank', rel: 'noopener' }, 'open in the SPARQL editor');
  const status = el('span', { class: 'status' });
  const out = el('div', { class: 'results-box' });
  f.appendChild(el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Run'), editor, status));
  f.appendChild(out);
  const run = async () => {
    clear(out);
    status.textContent = 'Running…';
    const params = {};
    for (const [name, input] of Object.entries(inputs)) if (input.value.trim()) params[name] = input.value.trim();
    try {
      const text = await bind(q.name, params);
      editor.href = '../#/dataset/airkg/query?query=' + encodeURIComponent(text);
      editor.hidden = false;
      const { vars, rows } = await select(text);
      status.textContent = `${rows.length} rows`;
      out.appendChild(el('table', { class: 'results' },
        el('tr', {}, vars.map((v) => el('th', {}, v))),
        rows.map((r) => el('tr', {}, vars.map((v) => el('td', {}, r[v] ? valueNode(r[v].value, r[v].type) : ''))))));
    } catch (err) {
      status.textContent = '';
      showError(out, err);
    }
  };
  f.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  return { node: f, inputs, run };
}
