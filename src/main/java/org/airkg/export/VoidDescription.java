package org.airkg.export;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.airkg.export.model.ExternalSources;
import org.airkg.export.model.VoidTable;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.airkg.rdf.Namespaces;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;

/**
 * A VoID description of the dataset: its size, entities per class ({@code void:classPartition}) and one
 * {@code void:Linkset} per external resource its {@code skos:exactMatch} links point into (ChEBI, DrugBank,
 * HGNC, NCBI Gene, Reactome, Cellosaurus, ClinicalTrials.gov, MONDO, HP ...), counted over the union of its
 * graphs. It also follows the W3C HCLS dataset description profile: a {@code dctypes:Dataset} with its version
 * ({@code pav:version}), the day it was described ({@code dcterms:issued}, at build time the build's day), the
 * licence the ontology states ({@code dcterms:license}), the software that made it as {@code dcterms:creator}
 * and {@code pav:createdWith}, every vocabulary whose classes or properties it uses ({@code void:vocabulary})
 * and the name tables it grounds in as {@code dcterms:source}.
 *
 * <pre>{@code
 * Model voidModel = VoidDescription.describe(dataset, Optional.of("http://127.0.0.1:3030/airkg/sparql"));
 * System.out.print(VoidDescription.table(voidModel));
 * }</pre>
 */
public final class VoidDescription {
    /** The IRI of the AIR-KG dataset's description. */
    public static final String DATASET = Iris.id("dataset", "airkg");
    /** The named graph the description is served in. */
    public static final String GRAPH = Iris.BASE + "graph/void";

    /** The dataset's size. */
    public static final String TOTALS = """
            SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties)
                   (COUNT(DISTINCT ?o) AS ?objects)
            WHERE { ?s ?p ?o }
            """;
    /** The entities of each class. */
    public static final String CLASSES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) WHERE { ?s rdf:type ?class FILTER (isIRI(?class)) }
            GROUP BY ?class ORDER BY ?class
            """;
    /** The links by ?link (bound to skos:exactMatch) from things in ?space (bound to AIR-KG's instance space). */
    public static final String LINKS = """
            SELECT DISTINCT ?s ?o WHERE { ?s ?link ?o FILTER (isIRI(?o) && STRSTARTS(STR(?s), ?space)) }
            """;

    /** The name tables the lexicon grounds with, described in the lexicon graph. */
    public static final String TABLES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            CONSTRUCT { ?d ?p ?o } WHERE { ?d a void:Dataset ; ?p ?o FILTER (STRSTARTS(STR(?d), ?prefix)) }
            """;

    /** The software agents that made the dataset, and the ontology's licence. */
    public static final String MAKERS = """
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            SELECT DISTINCT ?agent ?license WHERE {
              { ?agent a prov:SoftwareAgent } UNION { ?ontology a owl:Ontology ; dcterms:license ?license }
            }
            """;

    /** The namespaces of every class and property the dataset uses. */
    public static final String VOCABULARIES = """
            SELECT DISTINCT ?term WHERE { { ?s ?term ?o } UNION { ?s a ?term } }
            """;

    /** The W3C HCLS dataset description profile's namespaces. */
    public static final String PAV = "http://purl.org/pav/";
    /** DCMI types. */
    public static final String DCTYPES = "http://purl.org/dc/dcmitype/";

    private VoidDescription() {}

    /** Describes {@code dataset}, with its SPARQL endpoint when given, in a new model. */
    public static Model describe(Dataset dataset, Optional<String> endpoint) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> describe(dsg.getUnionGraph(), dsg.getGraph(NodeFactory.createURI(Iris.LEXICON_GRAPH)), endpoint,
                VoidFigures.count(dsg.getUnionGraph())));
    }

    /** The description as a readable table: sizes, entities per class, links per external resource. */
    public static String table(Model description) {
        return VoidTable.render(description);
    }

    /**
     * Describes the dataset whose union graph is {@code union} (read inside the caller's transaction), with the figures
     * counted over it given in {@code figures}: the makers and licence are read from {@code union} by look-ups of their
     * properties; the links to external identifiers and the name tables from {@code lexicon}, the lexicon graph, the one
     * graph that holds them ({@link org.airkg.rdf.LexiconMapper} writes every {@code skos:exactMatch} and name table).
     * Reading them there, from the model a build has in memory, spares decoding every link's terms from the store's
     * node table: at 10,000 documents that was most of a build in place's time.
     */
    public static Model describe(Graph union, Graph lexicon, Optional<String> endpoint, VoidFigures figures) {
        Model model = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        model.setNsPrefix("void", VOID.NS);
        Resource ds = model.createResource(DATASET, VOID.Dataset)
                .addProperty(DCTerms.title, "AIR-KG")
                .addProperty(DCTerms.description, "Knowledge graph of aromatase-inhibitor resistance, built from vendor notes,"
                        + " reviews and trial reports.")
                .addProperty(VOID.uriSpace, Iris.ID);
        endpoint.ifPresent(e -> ds.addProperty(VOID.sparqlEndpoint, model.createResource(e)));
        profile(union, model, ds);
        figures.named().forEach(v -> ds.addProperty(VOID.vocabulary, model.createResource(v)));
        ds.addLiteral(VOID.triples, integer(model, figures.triples()));
        ds.addLiteral(VOID.distinctSubjects, integer(model, figures.subjects()));
        ds.addLiteral(VOID.properties, integer(model, figures.properties()));
        ds.addLiteral(VOID.distinctObjects, integer(model, figures.objects()));
        Map<String, Long> partitions = figures.partitions();
        partitions.forEach((cls, entities) -> ds.addProperty(VOID.classPartition,
                model.createResource(DATASET + "/class/" + slug(model.shortForm(cls)))
                        .addProperty(VOID._class, model.createResource(cls))
                        .addLiteral(VOID.entities, integer(model, entities))));
        ds.addLiteral(VOID.classes, integer(model, partitions.size()));
        Map<String, ExternalSources.Source> sources = new TreeMap<>();
        Map<String, TreeSet<String>> links = new TreeMap<>();
        select(QueryExec.graph(lexicon).query(LINKS).substitution("link", SKOS.exactMatch.asNode())
                .substitution("space", NodeFactory.createLiteralString(Iris.ID)), row -> {
                    ExternalSources.Source source = ExternalSources.of(row.get("o").getURI());
                    sources.putIfAbsent(source.uriSpace(), source);
                    links.computeIfAbsent(source.uriSpace(), k -> new TreeSet<>()).add(row.get("s") + " " + row.get("o"));
                });
        Set<String> used = new HashSet<>();
        for (var e : links.entrySet()) {
            ExternalSources.Source source = sources.get(e.getKey());
            String name = slug(source.prefix()) + (used.add(slug(source.prefix())) ? "" : "-" + used.size());
            Resource target = model.createResource(Iris.id("dataset", name), VOID.Dataset)
                    .addProperty(DCTerms.title, source.title())
                    .addProperty(VOID.uriSpace, source.uriSpace());
            ds.addProperty(VOID.subset, model.createResource(DATASET + "/linkset/" + name, VOID.Linkset)
                    .addProperty(DCTerms.title, "AIR-KG to " + source.title())
                    .addProperty(VOID.subjectsTarget, ds)
                    .addProperty(VOID.objectsTarget, target)
                    .addProperty(VOID.linkPredicate, SKOS.exactMatch)
                    .addLiteral(VOID.triples, integer(model, e.getValue().size())));
        }
        Model tables;
        try (QueryExec exec = QueryExec.graph(lexicon).query(TABLES)
                .substitution("prefix", NodeFactory.createLiteralString(Iris.id("dataset", "vocab-"))).build()) {
            tables = ModelFactory.createModelForGraph(exec.construct());
        }
        model.add(tables);
        tables.listSubjects().forEach(t -> ds.addProperty(VOID.subset, t).addProperty(DCTerms.source, t));
        model.setNsPrefix("dataset", Iris.id("dataset", ""));
        return model;
    }

    /** What the HCLS dataset description profile asks beyond VoID: type, version, issue date, licence, creators (vocabularies: {@link VoidFigures}). */
    private static void profile(Graph union, Model model, Resource ds) {
        model.setNsPrefix("pav", PAV);
        model.setNsPrefix("dctypes", DCTYPES);
        ds.addProperty(org.apache.jena.vocabulary.RDF.type, model.createResource(DCTYPES + "Dataset"))
                .addProperty(model.createProperty(PAV, "version"), org.airkg.Version.get())
                .addProperty(DCTerms.issued, model.createTypedLiteral(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        select(QueryExec.graph(union).query(MAKERS), row -> {
            if (row.contains("agent") && row.get("agent").isURI()) {
                Resource agent = model.createResource(row.get("agent").getURI());
                ds.addProperty(DCTerms.creator, agent).addProperty(model.createProperty(PAV, "createdWith"), agent);
            }
            if (row.contains("license") && row.get("license").isURI()) {
                ds.addProperty(DCTerms.license, model.createResource(row.get("license").getURI()));
            }
        });
    }

    private static void select(QueryExecBuilder builder, Consumer<Binding> consumer) {
        try (QueryExec exec = builder.build()) {
            exec.select().forEachRemaining(consumer);
        }
    }

    /** An {@code xsd:integer}, the type VoID's counts are given in. */
    private static Literal integer(Model model, long n) {
        return model.createTypedLiteral(BigInteger.valueOf(n));
    }

    private static String slug(String name) {
        return name.isBlank() ? "_" : Iris.slug(name);
    }
}
