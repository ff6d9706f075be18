package org.airkg.serve.explore;

import java.io.IOException;
import java.nio.file.Path;
import org.airkg.SeedStore;
import org.airkg.query.QueryCatalog;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The store the explorer tests serve: the seed store, the catalogue graph a build publishes, and one hostile
 * document whose title, text and entity label are markup and script.
 */
final class ExplorerStore {

    static final String AIRKG = "https://w3id.org/airkg/ontology#";
    static final String HOSTILE_DOC = "https://w3id.org/airkg/id/document/999_hostile";
    static final String HOSTILE_ENTITY = "https://w3id.org/airkg/id/drug/hostile";
    static final String HOSTILE_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
    static final String HOSTILE_SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>";
    static final String HOSTILE_TEXT = "Hostile paragraph " + HOSTILE_IMG + " and " + HOSTILE_SCRIPT + " end.";

    private ExplorerStore() {}

    /** A fresh in-memory TDB2 copy of the seed store with the catalogue graph and the hostile document. */
    static DatasetGraph create() throws IOException {
        Dataset seed = SeedStore.dataset();
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        var catalogue = new QueryCatalog(SeedStore.root().resolve("queries")).describe("http://127.0.0.1:3030/airkg/sparql");
        Txn.executeWrite(dsg, () -> {
            Txn.executeRead(seed, () -> seed.asDatasetGraph().find().forEachRemaining(dsg::add));
            Node queries = NodeFactory.createURI(QueryCatalog.GRAPH);
            catalogue.getGraph().find().forEachRemaining(t -> dsg.add(Quad.create(queries, t)));
            hostile(dsg);
        });
        return dsg;
    }

    private static void hostile(DatasetGraph dsg) {
        Node g = NodeFactory.createURI("https://w3id.org/airkg/graph/doc/999_hostile");
        Node doc = NodeFactory.createURI(HOSTILE_DOC);
        Node para = NodeFactory.createURI("https://w3id.org/airkg/id/paragraph/999_hostile/1");
        Node drug = NodeFactory.createURI(HOSTILE_ENTITY);
        add(dsg, g, doc, RDF.type.asNode(), uri(AIRKG + "Document"));
        add(dsg, g, doc, uri("http://purl.org/dc/terms/title"), lit("Hostile " + HOSTILE_SCRIPT));
        add(dsg, g, doc, uri(AIRKG + "fileName"), lit("999_hostile.txt"));
        add(dsg, g, para, RDF.type.asNode(), uri(AIRKG + "Paragraph"));
        add(dsg, g, para, uri(AIRKG + "inDocument"), doc);
        add(dsg, g, para, uri(AIRKG + "startOffset"), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
        add(dsg, g, para, uri(AIRKG + "endOffset"), NodeFactory.createLiteralDT(Integer.toString(HOSTILE_TEXT.length()),
                XSDDatatype.XSDinteger));
        add(dsg, g, para, uri(AIRKG + "startLine"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        add(dsg, g, para, uri(AIRKG + "text"), lit(HOSTILE_TEXT));
        add(dsg, g, drug, RDF.type.asNode(), uri(AIRKG + "Drug"));
        add(dsg, g, drug, RDFS.label.asNode(), lit("Hostilamab " + HOSTILE_IMG));
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(Quad.create(g, s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    /** Where the expected answers of the explorer's queries are kept. */
    static Path expected() {
        return SeedStore.root().resolve("src/test/resources/explore");
    }
}
