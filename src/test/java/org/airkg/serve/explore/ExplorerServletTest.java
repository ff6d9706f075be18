package org.airkg.serve.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.SeedStore;
import org.airkg.query.CatalogQuery;
import org.airkg.query.QueryCatalog;
import org.airkg.query.QueryRunner;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The explorer on a server over the seed store: its page and assets under the Content-Security-Policy, its
 * query list and parameter binding, the whole answers of its queries (compared with the reviewed files in
 * {@code src/test/resources/explore/}, rewritten with {@code -Dairkg.regenerate=true}), and every catalogue
 * query bound by the explorer answering what {@code ./airkg query --param} answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerServletTest {

    private static final String ID = "https://w3id.org/airkg/id/";
    private static final String LETROZOLE = ID + "drug/letrozole";
    private static final Pattern LOCAL_REF = Pattern.compile("(?:src|href)=\"([^\"#?:]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([a-z-]+\\.js)'");

    private ExplorerServer server;

    @BeforeAll
    void start() throws IOException {
        server = new ExplorerServer("explorer");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void pageAndEveryAssetAreServedUnderAStrictScriptPolicy() {
        HttpResponse<String> page = server.get("/explore/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = csp.replaceAll(".*script-src ([^;]*);.*", "$1");
        assertEquals("'self'", scripts, "script-src of " + csp);
        String html = page.body();
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find(), "inline script in the page");
        assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "event handler attribute");
        assertFalse(html.contains(" style="), "style attribute in the page");
        List<String> assets = new ArrayList<>();
        Matcher m = LOCAL_REF.matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("..") && !m.group(1).equals("./")) {
                assets.add(m.group(1));
            }
        }
        assertEquals(List.of("explorer.css", "vendor/cytoscape.min.js", "js/app.js"), assets);
        Set<String> modules = new TreeSet<>();
        List<String> toRead = new ArrayList<>(List.of("app.js"));
        while (!toRead.isEmpty()) {
            String module = toRead.remove(0);
            if (modules.add(module)) {
                HttpResponse<String> js = server.get("/explore/js/" + module);
                assertEquals(200, js.statusCode(), module);
                assertEquals("text/javascript;charset=utf-8", js.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
                for (String unsafe : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
                    assertFalse(js.body().contains(unsafe), module + " uses " + unsafe);
                }
                Matcher imports = IMPORT.matcher(js.body());
                while (imports.find()) {
                    toRead.add(imports.group(1));
                }
            }
        }
        assertEquals(Set.of("app.js", "dom.js", "document.js", "entity.js", "evidence.js", "exports.js", "questions.js",
                "search.js", "sparql.js", "trial.js"), modules);
        assertEquals("text/css;charset=utf-8", server.get("/explore/explorer.css").headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(server.get("/explore/vendor/cytoscape.min.js").body().contains("Cytoscape Consortium"));
        assertTrue(server.get("/explore/vendor/cytoscape-license.txt").body().contains("Permission is hereby granted"));
    }

    @Test
    void onlyTheExplorersOwnFilesAreServed() {
        assertEquals(302, server.get("/explore").statusCode());
        for (String path : List.of("/explore/nothing.js", "/explore/js/../../queries/search.rq", "/explore/js/%2e%2e/index.html",
                "/explore/js/..%2f..%2fqueries%2fsearch.rq", "/explore/index", "/explore/api/other", "/explore/js/APP.js")) {
            int status = server.get(path).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void listsItsOwnQueriesThenTheCatalogues() throws IOException {
        JsonNode list = new ObjectMapper().readTree(server.get("/explore/api/queries").body());
        List<String> names = new ArrayList<>();
        list.forEach(q -> names.add(q.get("name").asText()));
        List<String> expected = new ArrayList<>(ExplorerQueries.OWN.stream().map(n -> "explore/" + n).toList());
        for (CatalogQuery q : new QueryCatalog(SeedStore.root().resolve("queries")).list()) {
            expected.add("catalogue/" + q.name());
        }
        assertEquals(expected, names);
        JsonNode trialOutcomes = list.get(names.indexOf("catalogue/trial-outcomes"));
        assertEquals("Trial outcomes by arm and endpoint", trialOutcomes.get("title").asText());
        assertEquals(List.of("trial"), iterable(trialOutcomes.get("parameters").fieldNames()));
    }

    @Test
    void bindingRefusesWhatIsNoParameterOrNoIri() {
        HttpResponse<String> unknown = server.bind("explore/entity", Map.of("entity", LETROZOLE, "other", "x"));
        assertEquals(400, unknown.statusCode());
        assertEquals("query explore/entity has no parameter other (its parameters: entity)", unknown.body().strip());
        HttpResponse<String> badIri = server.bind("explore/entity", Map.of("entity", "https://example.org/a> } ; DROP ALL #"));
        assertEquals(400, badIri.statusCode());
        assertTrue(badIri.body().startsWith("parameter entity of query explore/entity: https://example.org/a> } ; DROP ALL # is not an IRI"),
                badIri.body());
        assertEquals(404, server.bind("explore/none", Map.of()).statusCode());
        assertEquals(404, server.bind("../queries/documents", Map.of()).statusCode());
        assertEquals(400, server.get("/explore/api/bind").statusCode());
        HttpResponse<String> tooLong = server.bind("explore/search", Map.of("text", "x".repeat(QueryBinder.MAX_VALUE + 1)));
        assertEquals(400, tooLong.statusCode());
    }

    @Test
    void typedTextIsBoundAsALiteralAndCannotChangeTheQuery() {
        String text = "\" ) } } SELECT * WHERE { ?s ?p ?o } #\\";
        String quoted = new ObjectMapper().valueToTree(text).toString();
        HttpResponse<String> bound = server.bind("explore/search", Map.of("text", quoted));
        assertEquals(200, bound.statusCode());
        HttpResponse<String> answer = server.selectCsv(bound.body());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("entity,kind,label,how,matched", answer.body().strip());
    }

    @Test
    void letrozolesNeighbourhoodHasAtLeastTenStatements() {
        String csv = answer("explore/neighbourhood", Map.of("entity", LETROZOLE));
        Set<String> associations = new TreeSet<>();
        csv.lines().skip(1).forEach(line -> associations.add(line.substring(0, line.indexOf(','))));
        assertTrue(associations.size() >= 10, associations.toString());
    }

    @Test
    void explorerQueriesAnswerAsReviewed() throws IOException {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("search-femara", Map.of("query", "explore/search", "text", "\"Femara\""));
        cases.put("search-db01006", Map.of("query", "explore/search", "text", "\"DB01006\""));
        cases.put("search-chebi", Map.of("query", "explore/search", "text", "\"CHEBI:6413\""));
        cases.put("search-hostile", Map.of("query", "explore/search", "text", "\"hostil\""));
        cases.put("entity-letrozole", Map.of("query", "explore/entity", "entity", LETROZOLE));
        cases.put("neighbourhood-letrozole", Map.of("query", "explore/neighbourhood", "entity", LETROZOLE));
        cases.put("evidence-letrozole-arthralgia", Map.of("query", "explore/evidence", "subject", LETROZOLE,
                "relation", "https://w3id.org/airkg/ontology#causesAdverseEvent", "object", ID + "adverseevent/arthralgia"));
        cases.put("document-004", Map.of("query", "explore/document", "doc", ID + "document/004_0564d2a207f1c997"));
        cases.put("document-mentions-004", Map.of("query", "explore/document-mentions", "doc", ID + "document/004_0564d2a207f1c997"));
        cases.put("selectors-003-curated", Map.of("query", "explore/selectors", "evidence", ID + "evidence/003_1afece03e2dd8667/4344-4506/curated"));
        cases.put("trial-falcon", Map.of("query", "explore/trial", "trial", ID + "clinicaltrial/falcon"));
        cases.put("trials", Map.of("query", "explore/trials"));
        List<String> differ = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
            Map<String, String> params = new LinkedHashMap<>(c.getValue());
            String name = params.remove("query");
            String csv = answer(name, params);
            Path file = ExplorerStore.expected().resolve(c.getKey() + ".csv");
            if (SeedStore.regenerate()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, csv);
            } else if (!Files.isRegularFile(file) || !Files.readString(file).equals(csv)) {
                differ.add(c.getKey() + " (" + file + "):\n" + csv);
            }
        }
        assertEquals(List.of(), differ, "answers that differ from the reviewed files");
    }

    @Test
    void catalogueQueriesBoundByTheExplorerAnswerAsTheCommandLineDoes() throws IOException {
        Map<String, String> values = Map.ofEntries(Map.entry("drug", LETROZOLE), Map.entry("ai", LETROZOLE),
                Map.entry("subject", LETROZOLE), Map.entry("predicate", "https://w3id.org/airkg/ontology#causesAdverseEvent"),
                Map.entry("object", ID + "adverseevent/arthralgia"), Map.entry("title", "FALCON"), Map.entry("compound", "Letrozole"),
                Map.entry("doc", ID + "document/004_0564d2a207f1c997"), Map.entry("kind", "https://w3id.org/airkg/ontology#Gene"),
                Map.entry("term", "resistance"), Map.entry("identifier", "https://go.drugbank.com/drugs/DB01006"),
                Map.entry("table", ID + "table/002_da7e4f0a02ba5e9f/10"), Map.entry("trial", ID + "clinicaltrial/falcon"));
        int withParameters = 0;
        int answered = 0;
        for (CatalogQuery q : new QueryCatalog(SeedStore.root().resolve("queries")).list()) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String name : q.parameterNames()) {
                params.put(name, java.util.Objects.requireNonNull(values.get(name), "no test value for parameter " + name));
            }
            withParameters += params.isEmpty() ? 0 : 1;
            String viaExplorer = answer("catalogue/" + q.name(), params);
            answered += viaExplorer.lines().count() > 1 ? 1 : 0;
            Map<String, Node> bindings = new HashMap<>();
            params.forEach((k, v) -> bindings.put(k, QueryRunner.term(v)));
            ResultSetRewindable local = QueryRunner.select(DatasetFactory.wrap(server.dataset()), QueryRunner.parse(q), bindings);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, local, ResultSetLang.RS_CSV);
            assertEquals(sortedLines(out.toString(StandardCharsets.UTF_8)), sortedLines(viaExplorer), q.name() + " with " + params);
        }
        assertTrue(withParameters >= 15, "catalogue queries run with parameters: " + withParameters);
        assertTrue(answered >= 20, "catalogue queries with rows: " + answered);
    }

    private String answer(String name, Map<String, String> params) {
        HttpResponse<String> bound = server.bind(name, params);
        assertEquals(200, bound.statusCode(), name + ": " + bound.body());
        HttpResponse<String> result = server.selectCsv(bound.body());
        assertEquals(200, result.statusCode(), name + ": " + result.body());
        assertNotEquals("", result.body());
        return result.body().replace("\r\n", "\n");
    }

    private static List<String> sortedLines(String csv) {
        List<String> lines = new ArrayList<>(csv.replace("\r\n", "\n").lines().toList());
        String header = lines.remove(0);
        lines.sort(null);
        lines.add(0, header);
        return lines;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
