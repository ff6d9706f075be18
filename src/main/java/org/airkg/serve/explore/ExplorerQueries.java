package org.airkg.serve.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.airkg.query.CatalogQuery;
import org.airkg.query.QueryCatalog;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The queries the explorer runs: its own, kept as {@code .rq} files in the jar and named {@code explore/NAME},
 * and the catalogue's, read from the catalogue graph the build publishes in the dataset and named
 * {@code catalogue/NAME}.
 */
final class ExplorerQueries {

    /** The explorer's own queries, in {@code org/airkg/serve/explore/queries/}. */
    static final List<String> OWN = List.of("search", "entity", "neighbourhood", "evidence", "document",
            "document-mentions", "selectors", "trial", "trials", "conflict");

    static final String OWN_PREFIX = "explore/";
    static final String CATALOGUE_PREFIX = "catalogue/";
    private static final String QUERY_NS = "https://w3id.org/airkg/query/";

    private static final String CATALOGUE_TEXTS = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            SELECT ?q ?text WHERE {
              GRAPH <%s> { ?q a sh:SPARQLExecutable . { ?q sh:select ?text } UNION { ?q sh:ask ?text } UNION { ?q sh:construct ?text } }
            } ORDER BY ?q
            """.formatted(QueryCatalog.GRAPH);

    private final DatasetGraph dataset;
    private final List<CatalogQuery> own;

    ExplorerQueries(DatasetGraph dataset) {
        this.dataset = dataset;
        this.own = OWN.stream().map(ExplorerQueries::readOwn).toList();
    }

    /** The explorer's queries, then the catalogue's. */
    List<CatalogQuery> all() {
        List<CatalogQuery> all = new ArrayList<>(own);
        all.addAll(catalogue());
        return all;
    }

    /** The query named {@code name} ({@code explore/NAME} or {@code catalogue/NAME}). */
    Optional<CatalogQuery> find(String name) {
        List<CatalogQuery> from = name.startsWith(OWN_PREFIX) ? own : name.startsWith(CATALOGUE_PREFIX) ? catalogue() : List.of();
        return from.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    private List<CatalogQuery> catalogue() {
        return Txn.calculateRead(dataset, () -> {
            List<CatalogQuery> list = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(QueryFactory.create(CATALOGUE_TEXTS)).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node q = row.get("q");
                    if (q.isURI() && q.getURI().startsWith(QUERY_NS)) {
                        String local = q.getURI().substring(QUERY_NS.length());
                        list.add(QueryCatalog.parse(CATALOGUE_PREFIX + local, Path.of("queries", local + ".rq"),
                                row.get("text").getLiteralLexicalForm()));
                    }
                }
            }
            return list;
        });
    }

    private static CatalogQuery readOwn(String name) {
        String resource = "/org/airkg/serve/explore/queries/" + name + ".rq";
        try (InputStream in = ExplorerQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return QueryCatalog.parse(OWN_PREFIX + name, Path.of(resource.substring(1)),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
