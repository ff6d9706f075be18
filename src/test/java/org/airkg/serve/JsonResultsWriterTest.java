package org.airkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The server's JSON results are the JSON Jena's own writer gives, term for term, only without its indentation. */
class JsonResultsWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Var S = Var.alloc("s");
    private static final Var V = Var.alloc("v");
    private static final Var W = Var.alloc("w");

    private static List<Binding> rows() {
        Node b1 = NodeFactory.createBlankNode("one");
        Node b2 = NodeFactory.createBlankNode("two");
        Node iri = NodeFactory.createURI("https://w3id.org/airkg/id/drug/letrozole");
        List<Node> values = List.of(
                iri,
                NodeFactory.createLiteralString("plain \"quoted\" \\ back\tslash\nnew line \u0001 control é ∆ 😀"),
                NodeFactory.createLiteralLang("Létrozole", "fr"),
                NodeFactory.createLiteralDirLang("ليتروزول", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("2.5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                b1,
                b2,
                b1,
                NodeFactory.createTripleTerm(iri, NodeFactory.createURI("https://w3id.org/airkg/ontology#inhibits"),
                        NodeFactory.createLiteralLang("aromatase", "en")));
        List<Binding> rows = new java.util.ArrayList<>();
        for (Node value : values) {
            BindingBuilder row = BindingBuilder.create().add(S, iri).add(V, value);
            rows.add(row.build());
        }
        rows.add(BindingBuilder.create().add(W, b2).build());  // s and v unbound
        rows.add(BindingBuilder.create().build());             // nothing bound
        return rows;
    }

    private static JsonNode write(RowSetWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSet rows = RowSetStream.create(List.of(S, V, W), rows().iterator());
        writer.write(out, rows, new Context());
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesWhatJenasWriterWrites() throws Exception {
        JsonNode jena = write(RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON));
        JsonNode ours = write(new JsonResultsWriter());
        assertEquals(jena, ours);
        assertEquals(12, ours.path("results").path("bindings").size(), ours.toString());
    }

    @Test
    void askAnswersAreJenas() throws Exception {
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jena, true, new Context());
        new JsonResultsWriter().write(ours, true, new Context());
        assertEquals(jena.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
    }
}
