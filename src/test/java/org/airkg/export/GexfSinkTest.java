package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.airkg.export.sink.GexfSink;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GEXF: valid against gexf.xsd (1.2draft), and read back with a DOM parser to the same nodes, edges, labels, identifiers and quotes. */
class GexfSinkTest {
    private static final String NS = "http://www.gexf.net/1.2draft";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.airkg.export.ExportedGraphs#both")
    void readsBackToTheModel(String name, EntityGraph graph) throws Exception {
        Path out = tmp.resolve(name + ".gexf");
        Exporter.write(graph, ExportFormat.GEXF, out);
        ExportedGraphs.validate(out, "gexf.xsd");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(out.toFile());
        Map<String, String> nodeTitles = titles(doc, "node");
        Map<String, String> edgeTitles = titles(doc, "edge");

        NodeList nodes = doc.getElementsByTagNameNS(NS, "node");
        assertEquals(graph.nodes().size(), nodes.getLength());
        Set<String> nodeFacts = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            Map<String, String> a = values(n, nodeTitles);
            assertEquals(n.getAttribute("id"), a.get("iri"));
            nodeFacts.add(ExportedGraphs.node(n.getAttribute("id"), n.getAttribute("label"), a.get("kind"), a.get("identifiers"),
                    a.get("mention_count"), a.get("document_count")));
        }
        assertEquals(ExportedGraphs.nodeFacts(graph), nodeFacts);

        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        assertEquals(graph.edges().size(), edges.getLength());
        Set<String> edgeFacts = new TreeSet<>();
        Map<String, List<String>> quotes = new HashMap<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            Map<String, String> a = values(e, edgeTitles);
            edgeFacts.add(ExportedGraphs.edge(e.getAttribute("source"), a.get("predicate"), e.getAttribute("target"),
                    a.get("polarity"), a.get("evidence_count"), a.get("quote")));
            quotes.put(e.getAttribute("id"), a.get("quotes").isEmpty() ? List.of()
                    : Arrays.asList(a.get("quotes").split(java.util.regex.Pattern.quote(GexfSink.LIST_SEPARATOR))));
        }
        assertEquals(ExportedGraphs.edgeFacts(graph), edgeFacts);
        for (RelationEdge edge : graph.edges()) {
            if (edge.quoteTexts().stream().noneMatch(q -> q.contains(GexfSink.LIST_SEPARATOR))) {
                assertEquals(edge.quoteTexts(), quotes.get(edge.id()), edge.id());
            }
        }
    }

    /** The attribute titles of one class, by id. */
    private static Map<String, String> titles(Document doc, String cls) {
        Map<String, String> titles = new HashMap<>();
        NodeList lists = doc.getElementsByTagNameNS(NS, "attributes");
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            if (list.getAttribute("class").equals(cls)) {
                NodeList attributes = list.getElementsByTagNameNS(NS, "attribute");
                for (int j = 0; j < attributes.getLength(); j++) {
                    Element a = (Element) attributes.item(j);
                    titles.put(a.getAttribute("id"), a.getAttribute("title"));
                }
            }
        }
        return titles;
    }

    private static Map<String, String> values(Element element, Map<String, String> titles) {
        Map<String, String> values = new HashMap<>();
        NodeList list = element.getElementsByTagNameNS(NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            values.put(titles.get(v.getAttribute("for")), v.getAttribute("value"));
        }
        return values;
    }
}
