package org.airkg.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * Writes SELECT results as SPARQL 1.1 Query Results JSON ({@code application/sparql-results+json}) with Jackson's
 * streaming generator: the same members as Jena's own writer ({@code head.vars}, {@code results.bindings}, each term
 * as {@code type} and {@code value}, with {@code xml:lang}, {@code its:dir} or {@code datatype} for literals, blank
 * nodes labelled as Jena labels them, triple terms as {@code subject}, {@code predicate}, {@code object}), without
 * indentation. Jena's writer escapes every string through a new {@code StringWriter}, one synchronized append per
 * character; on the catalogue's larger answers (100 to 160 kB) that was a third of the server's time per request.
 * ASK answers are left to Jena's writer.
 *
 * <pre>{@code
 * JsonResultsWriter.install();   // Fuseki's JSON answers to SELECT queries are written by this class
 * }</pre>
 */
final class JsonResultsWriter implements RowSetWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final RowSetWriterFactory FACTORY = lang -> new JsonResultsWriter();

    private final RowSetWriter jena = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

    /** Makes this the writer of {@link ResultSetLang#RS_JSON} for the JVM (Jena keeps one registry); idempotent. */
    static void install() {
        Lang json = ResultSetLang.RS_JSON;
        if (RowSetWriterRegistry.getFactory(json) != FACTORY) {
            RowSetWriterRegistry.register(json, FACTORY);
        }
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        NodeToLabel labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            List<Var> vars = rows.getResultVars();
            json.writeStartObject();
            json.writeObjectFieldStart("head");
            json.writeArrayFieldStart("vars");
            for (Var v : vars) {
                json.writeString(v.getVarName());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("results");
            json.writeArrayFieldStart("bindings");
            while (rows.hasNext()) {
                Binding row = rows.next();
                json.writeStartObject();
                for (Var v : vars) {
                    Node value = row.get(v);
                    if (value != null) {
                        json.writeFieldName(v.getVarName());
                        term(json, value, labels);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void term(JsonGenerator json, Node node, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (node.isLiteral()) {
            json.writeStringField("type", "literal");
            if (Util.isLangString(node) || Util.isDirLangString(node)) {
                json.writeStringField("xml:lang", node.getLiteralLanguage());
                if (node.getLiteralBaseDirection() != null) {
                    json.writeStringField("its:dir", node.getLiteralBaseDirection().direction());
                }
            } else if (!Util.isSimpleString(node)) {
                json.writeStringField("datatype", node.getLiteralDatatypeURI());
            }
            json.writeStringField("value", node.getLiteralLexicalForm());
        } else if (node.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", node.getURI());
        } else if (node.isBlank()) {
            json.writeStringField("type", "bnode");
            json.writeStringField("value", labels.get(null, node).substring(2));
        } else if (node.isTripleTerm()) {
            Triple t = node.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            term(json, t.getSubject(), labels);
            json.writeFieldName("predicate");
            term(json, t.getPredicate(), labels);
            json.writeFieldName("object");
            term(json, t.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("a term a SPARQL JSON result cannot hold: " + node);
        }
        json.writeEndObject();
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        jena.write(out, rows, context);
    }

    @Override
    public void write(OutputStream out, boolean answer, Context context) {
        jena.write(out, answer, context);
    }
}
