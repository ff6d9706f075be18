// Talks to the server: binds a named query's parameters (GET api/bind, Jena binds them as RDF terms) and runs the
// bound text on the read-only SPARQL endpoint. Nothing typed by the user is ever spliced into a query here.

const ENDPOINT = '../airkg/sparql';

/** The SPARQL text of query `name` with `params` bound by the server. */
export async function bind(name, params = {}) {
  const url = new URLSearchParams({ query: name });
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.append(k, v);
  }
  const response = await fetch('api/bind?' + url.toString());
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || `binding ${name} failed (${response.status})`);
  return text;
}

/** Runs a SELECT query; answers {vars, rows}, each row an object of variable to {type, value, datatype}. */
export async function select(text) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query: text }).toString(),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`the SPARQL endpoint answered ${response.status}: ${body.trim()}`);
  let json;
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new Error('the SPARQL endpoint answered no JSON (cut off by the time limit?)');
  }
  return { vars: json.head.vars, rows: json.results.bindings };
}

/** Binds and runs query `name`; answers {text, vars, rows} with plain string values in `values`. */
export async function run(name, params = {}) {
  const text = await bind(name, params);
  const { vars, rows } = await select(text);
  const values = rows.map((row) => {
    const o = {};
    for (const v of vars) o[v] = row[v] ? row[v].value : '';
    return o;
  });
  return { text, vars, rows, values };
}

/** The list of queries the explorer and the catalogue offer. */
export async function queries() {
  const response = await fetch('api/queries');
  if (!response.ok) throw new Error(`listing queries failed (${response.status})`);
  return response.json();
}
