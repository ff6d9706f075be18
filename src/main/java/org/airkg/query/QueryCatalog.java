package org.airkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.AirkgException;

/**
 * The SPARQL queries in {@code queries/}, one {@code .rq} file each, with a header of comment lines:
 *
 * <pre>
 * # title: Documents in the graph
 * # question: Which documents does the graph hold, from which publisher and of what date?
 * # param doc: the document IRI (default: every document)
 * </pre>
 *
 * A parameter {@code doc} is the query variable {@code ?doc}; a value given for it is bound as an RDF term,
 * never spliced into the text.
 */
public final class QueryCatalog {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(title|question|param)\\s*([A-Za-z_][A-Za-z0-9_]*)?\\s*:\\s*(.*)$");

    private final Path dir;

    public QueryCatalog(Path dir) {
        this.dir = dir;
    }

    /** Every query of the catalogue, sorted by name. */
    public List<CatalogQuery> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new AirkgException(dir + ": query catalogue directory not found");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
            List<CatalogQuery> queries = new java.util.ArrayList<>();
            for (Path file : files) {
                queries.add(read(file));
            }
            return queries;
        }
    }

    /** The query named {@code name} in the catalogue. */
    public Optional<CatalogQuery> find(String name) throws IOException {
        Path file = dir.resolve(name.endsWith(".rq") ? name : name + ".rq");
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The IRI of the named graph that publishes the catalogue inside the dataset. */
    public static final String GRAPH = "https://w3id.org/airkg/graph/queries";

    /**
     * The catalogue as SPARQL examples, the form SPARQL example collections use: each query an
     * sh:SPARQLExecutable (sh:SPARQLSelectExecutable or sh:SPARQLAskExecutable) with its title, question,
     * text and the endpoint it targets, so a query UI can discover the examples from the endpoint itself.
     */
    public org.apache.jena.rdf.model.Model describe(String endpoint) throws IOException {
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        String sh = "http://www.w3.org/ns/shacl#";
        model.setNsPrefix("sh", sh);
        model.setNsPrefix("schema", "https://schema.org/");
        for (CatalogQuery q : list()) {
            org.apache.jena.query.Query parsed = QueryRunner.parse(q);
            String kind = parsed.isAskType() ? "SPARQLAskExecutable" : parsed.isConstructType() ? "SPARQLConstructExecutable"
                    : "SPARQLSelectExecutable";
            String property = parsed.isAskType() ? "ask" : parsed.isConstructType() ? "construct" : "select";
            model.createResource("https://w3id.org/airkg/query/" + q.name())
                    .addProperty(org.apache.jena.vocabulary.RDF.type, model.createResource(sh + "SPARQLExecutable"))
                    .addProperty(org.apache.jena.vocabulary.RDF.type, model.createResource(sh + kind))
                    .addProperty(org.apache.jena.vocabulary.RDFS.label, q.title())
                    .addProperty(org.apache.jena.vocabulary.RDFS.comment, q.question())
                    .addProperty(model.createProperty(sh, property), q.sparql())
                    .addProperty(model.createProperty("https://schema.org/", "target"), model.createResource(endpoint));
        }
        return model;
    }

    /** Reads one query file, catalogued or not. */
    public static CatalogQuery read(Path file) throws IOException {
        return parse(file.getFileName().toString().replaceFirst("\\.rq$", ""), file, Files.readString(file));
    }

    /** Reads a query's header from its text; {@code file} names where the text came from, in errors. */
    public static CatalogQuery parse(String name, Path file, String text) {
        String title = "";
        StringBuilder question = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            switch (m.group(1)) {
                case "title" -> title = m.group(3).strip();
                case "question" -> question.append(question.length() > 0 ? " " : "").append(m.group(3).strip());
                default -> params.put(m.group(2), m.group(3).strip());
            }
        }
        return new CatalogQuery(name, file, title.isEmpty() ? name : title, question.toString(), params, text);
    }
}
