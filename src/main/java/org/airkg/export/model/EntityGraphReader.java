package org.airkg.export.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.airkg.export.EntityGraph;
import org.airkg.export.EntityNode;
import org.airkg.export.RelationEdge.Polarity;
import org.airkg.export.RelationEdge.Quote;
import org.airkg.export.RelationEdge;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Reads the {@link EntityGraph} from a dataset with three SPARQL queries: the entities (on the union of the
 * graphs, so that a mention in a document's graph meets its entity's type in the lexicon's), their
 * identifiers, and the associations (graph by graph, so that the same association written in two documents'
 * graphs is counted twice).
 */
public final class EntityGraphReader {
    /** Every entity a linked mention names or an association relates, with its class, label and counts; ?ns is bound to the AIR-KG namespace. */
    public static final String NODES = """
            PREFIX airkg: <https://w3id.org/airkg/ontology#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?entity (MIN(?cls) AS ?class) (MIN(?lbl) AS ?label)
                   (COUNT(DISTINCT ?mention) AS ?mentions) (COUNT(DISTINCT ?doc) AS ?documents)
            WHERE {
              { ?mention airkg:mentionOf ?entity ; airkg:inDocument ?doc }
              UNION { ?association a airkg:Association ; airkg:assocSubject ?entity }
              UNION { ?association a airkg:Association ; airkg:assocObject ?entity }
              OPTIONAL { ?entity a ?cls FILTER (STRSTARTS(STR(?cls), ?ns)) }
              OPTIONAL { ?entity rdfs:label ?lbl }
            }
            GROUP BY ?entity
            ORDER BY ?entity
            """;

    /** Every entity's external identifiers. */
    public static final String IDENTIFIERS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?entity ?id WHERE { ?entity skos:exactMatch ?id FILTER (isIRI(?id)) } ORDER BY ?entity ?id
            """;

    /**
     * Every association in every named graph, one row per piece of evidence, qualifier value and reference its
     * quote cites (a citation marker that starts inside the quote), with the reference's DOI or PMID if it has one.
     */
    public static final String ASSOCIATIONS = """
            PREFIX airkg: <https://w3id.org/airkg/ontology#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?g ?a ?s ?p ?o ?polarity ?kind ?count ?e ?doc ?quote ?start ?note ?ref ?refId
            WHERE {
              GRAPH ?g {
                ?a a airkg:Association ; airkg:assocSubject ?s ; airkg:assocPredicate ?p ; airkg:assocObject ?o .
                OPTIONAL { ?a airkg:polarity ?polarity }
                OPTIONAL { ?a airkg:evidenceKind ?kind }
                OPTIONAL { ?a airkg:evidenceCount ?count }
                OPTIONAL {
                  ?a airkg:hasEvidence ?e .
                  OPTIONAL { ?e airkg:inDocument ?doc }
                  OPTIONAL { ?e airkg:quote ?quote }
                  OPTIONAL { ?e airkg:startOffset ?start }
                  OPTIONAL { ?e airkg:curationNote ?note }
                  OPTIONAL {
                    ?e prov:wasQuotedFrom ?element ; airkg:startOffset ?qs ; airkg:endOffset ?qe .
                    ?element airkg:hasCitation ?citation .
                    ?citation airkg:startOffset ?cs ; airkg:citesReference ?ref .
                    FILTER (?cs >= ?qs && ?cs < ?qe)
                    OPTIONAL { ?ref dcterms:identifier ?refId }
                  }
                }
              }
            }
            """;

    private EntityGraphReader() {}

    /** Reads the entity graph of {@code dataset} in one read transaction. */
    public static EntityGraph read(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> read(dsg));
    }

    private static EntityGraph read(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        Map<String, List<String>> identifiers = new HashMap<>();
        select(QueryExec.graph(union).query(IDENTIFIERS), row -> identifiers
                .computeIfAbsent(row.get("entity").getURI(), k -> new ArrayList<>()).add(row.get("id").getURI()));
        List<EntityNode> nodes = new ArrayList<>();
        select(QueryExec.graph(union).query(NODES).substitution("ns", NodeFactory.createLiteralString(AIRKG.NS)), row -> {
            Node entity = row.get("entity");
            if (!entity.isURI()) {
                return;
            }
            String iri = entity.getURI();
            String kind = row.contains("class") ? row.get("class").getURI().substring(AIRKG.NS.length()) : EntityNode.UNTYPED;
            String label = row.contains("label") ? row.get("label").getLiteralLexicalForm() : lastSegment(iri);
            nodes.add(new EntityNode(iri, kind, label, identifiers.getOrDefault(iri, List.of()),
                    integer(row.get("mentions")), integer(row.get("documents"))));
        });
        Map<EdgeKey, EdgeBuilder> edges = new TreeMap<>();
        select(QueryExec.dataset(dsg).query(ASSOCIATIONS), row -> {
            if (!row.get("s").isURI() || !row.get("p").isURI() || !row.get("o").isURI()) {
                return;
            }
            Polarity polarity = row.contains("polarity") ? Polarity.of(row.get("polarity").getLiteralLexicalForm()) : Polarity.SUPPORTS;
            EdgeKey key = new EdgeKey(row.get("s").getURI(), row.get("p").getURI(), row.get("o").getURI(), polarity);
            edges.computeIfAbsent(key, k -> new EdgeBuilder()).add(row);
        });
        return new EntityGraph(nodes, edges.entrySet().stream().map(e -> e.getValue().build(e.getKey())).toList());
    }

    private static void select(QueryExecBuilder builder, Consumer<Binding> consumer) {
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(consumer);
        }
    }

    private static int integer(Node node) {
        return Integer.parseInt(node.getLiteralLexicalForm());
    }

    private static String lastSegment(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** What makes two associations one edge. */
    private record EdgeKey(String subject, String predicate, String object, Polarity polarity) implements Comparable<EdgeKey> {
        private static final Comparator<EdgeKey> ORDER = Comparator.comparing(EdgeKey::subject).thenComparing(EdgeKey::predicate)
                .thenComparing(EdgeKey::object).thenComparing(EdgeKey::polarity);

        @Override
        public int compareTo(EdgeKey other) {
            return ORDER.compare(this, other);
        }
    }

    /** Collects the rows of the associations that make one edge. */
    private static final class EdgeBuilder {
        private static final Comparator<Quote> QUOTE_ORDER = Comparator.comparing(Quote::document)
                .thenComparingLong(Quote::startOffset).thenComparing(Quote::text);
        /** Per association (graph and node): its stated evidence count, if any, and its evidence nodes. */
        private final Map<String, Optional<Integer>> statedCounts = new LinkedHashMap<>();
        private final Map<String, TreeSet<String>> evidence = new LinkedHashMap<>();
        private final TreeSet<String> documents = new TreeSet<>();
        private final TreeSet<Quote> quotes = new TreeSet<>(QUOTE_ORDER);
        private final TreeSet<String> kinds = new TreeSet<>();
        private final Map<String, TreeSet<String>> referenceIds = new TreeMap<>();
        private final TreeSet<String> curatedEvidence = new TreeSet<>();

        void add(Binding row) {
            String graph = row.get("g").isURI() ? row.get("g").getURI() : row.get("g").toString();
            String association = graph + " " + row.get("a");
            Optional<Integer> stated = row.contains("count") ? Optional.of(integer(row.get("count"))) : Optional.empty();
            statedCounts.merge(association, stated, (a, b) -> a.isPresent() ? a : b);
            TreeSet<String> pieces = evidence.computeIfAbsent(association, k -> new TreeSet<>());
            if (row.contains("kind")) {
                kinds.add(row.get("kind").getLiteralLexicalForm());
            }
            if (!row.contains("e")) {
                documentOfGraph(graph).ifPresent(documents::add);
                return;
            }
            pieces.add(row.get("e").toString());
            if (row.contains("note")) {
                curatedEvidence.add(row.get("e").toString());
            }
            if (row.contains("ref")) {
                TreeSet<String> ids = referenceIds.computeIfAbsent(
                        row.get("ref").isURI() ? row.get("ref").getURI() : row.get("ref").toString(), k -> new TreeSet<>());
                if (row.contains("refId")) {
                    ids.add(row.get("refId").getLiteralLexicalForm());
                }
            }
            String document = row.contains("doc") ? row.get("doc").getURI() : documentOfGraph(graph).orElse(graph);
            documents.add(document);
            if (row.contains("quote")) {
                long start = row.contains("start") ? Long.parseLong(row.get("start").getLiteralLexicalForm()) : 0;
                quotes.add(new Quote(document, start, row.get("quote").getLiteralLexicalForm()));
            }
        }

        RelationEdge build(EdgeKey key) {
            int count = 0;
            for (var e : statedCounts.entrySet()) {
                count += e.getValue().orElse(evidence.get(e.getKey()).size());
            }
            String local = key.predicate().substring(key.predicate().lastIndexOf('#') + 1);
            Optional<String> biolink = key.predicate().startsWith(AIRKG.NS) ? Biolink.predicate(local).map(Biolink::iri) : Optional.empty();
            List<String> references = new ArrayList<>();
            referenceIds.forEach((ref, ids) -> references.add(publication(ref, ids)));
            boolean curated = !curatedEvidence.isEmpty()
                    && evidence.values().stream().allMatch(curatedEvidence::containsAll);
            return new RelationEdge(key.subject(), key.predicate(), key.object(), biolink, key.polarity(), count,
                    List.copyOf(documents), List.copyOf(quotes), List.copyOf(kinds), references, curated);
        }

        /** A reference as a publication CURIE: its DOI ({@code doi:...}), else its PMID ({@code PMID:...}), else its IRI. */
        private static String publication(String reference, TreeSet<String> identifiers) {
            for (String prefix : List.of("doi:", "pmid:")) {
                for (String id : identifiers) {
                    if (id.startsWith(prefix)) {
                        return (prefix.equals("pmid:") ? "PMID:" : "doi:") + id.substring(prefix.length());
                    }
                }
            }
            return reference;
        }

        private static Optional<String> documentOfGraph(String graph) {
            return graph.startsWith(Iris.DOCUMENT_GRAPH)
                    ? Optional.of(Iris.document(graph.substring(Iris.DOCUMENT_GRAPH.length())))
                    : Optional.empty();
        }
    }
}
