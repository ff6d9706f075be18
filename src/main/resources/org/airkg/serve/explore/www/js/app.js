// The explorer's entry: reads the deep link (?entity=, ?doc=, ?trial=, ?view=) and opens that view.
import { el, clear, showError } from './dom.js';
import { attachSearch } from './search.js';
import { entityView, legend } from './entity.js';
import { documentView } from './document.js';
import { trialView, trialsView } from './trial.js';
import { questionsView } from './questions.js';
import { explorerHref } from './dom.js';

const main = document.getElementById('main');
const searchBox = document.getElementById('search');
attachSearch(searchBox, document.getElementById('suggestions'),
  (pick) => { window.location.search = explorerHref(pick.entity).substring(1); });

const params = new URLSearchParams(window.location.search);
if (params.get('search')) {
  // ?search=TEXT opens the page with TEXT typed into the search box and its suggestions shown.
  searchBox.value = params.get('search');
  searchBox.dispatchEvent(new Event('input'));
}

async function route() {
  if (params.get('entity')) return entityView(main, params.get('entity'), params.get('edge'));
  if (params.get('doc')) return documentView(main, params.get('doc'), params.get('evidence'));
  if (params.get('trial')) return trialView(main, params.get('trial'));
  if (params.get('view') === 'trials') return trialsView(main);
  if (params.get('view') === 'questions') return questionsView(main, params.get('q'), params);
  return home();
}

function home() {
  clear(main);
  const example = (iri, text) => el('li', {}, el('a', { href: explorerHref(iri) }, text));
  main.appendChild(el('h1', {}, 'AIR-KG explorer'));
  main.appendChild(el('p', {}, 'Type a name, a synonym or an identifier above; open an entity to see what it connects to, ',
    'click an edge to read the sentences that state it, and open the document they come from.'));
  main.appendChild(el('ul', {},
    example('https://w3id.org/airkg/id/drug/letrozole', 'Letrozole'),
    example('https://w3id.org/airkg/id/drug/anastrozole', 'Anastrozole'),
    example('https://w3id.org/airkg/id/clinicaltrial/falcon', 'FALCON (trial outcomes)'),
    el('li', {}, el('a', { href: '?view=trials' }, 'All trials with outcomes')),
    el('li', {}, el('a', { href: '?view=questions' }, 'Questions (the query catalogue)'))));
  main.appendChild(legend());
}

route().then(() => document.body.setAttribute('data-ready', 'true'), (e) => {
  showError(main, e);
  document.body.setAttribute('data-ready', 'error');
});
