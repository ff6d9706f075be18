package org.airkg.evaluate.graph;

import static org.airkg.evaluate.graph.GraphReader.decimal;
import static org.airkg.evaluate.graph.GraphReader.select;
import static org.airkg.evaluate.graph.GraphReader.string;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/** Reads a document's measurements with what they are tied to and the row they were read from; inside the caller's transaction. */
final class MeasurementReader {
    private static final Query MEASUREMENTS = GraphReader.query("measurements");
    private static final Query LINKS = GraphReader.query("measurement-links");
    private static final Query ROWS = GraphReader.query("measurement-rows");

    private MeasurementReader() {}

    static List<SystemMeasurement> read(DatasetGraph dsg, Node graph) {
        Map<String, List<Binding>> links = new HashMap<>();
        select(QueryExec.dataset(dsg).query(LINKS).substitution("graph", graph).build(),
                row -> links.computeIfAbsent(row.get("measurement").getURI(), k -> new ArrayList<>()).add(row));
        Map<String, List<String>> rows = new HashMap<>();
        select(QueryExec.dataset(dsg).query(ROWS).substitution("graph", graph).build(), row -> rows
                .computeIfAbsent(row.get("measurement").getURI(), k -> new ArrayList<>()).add(row.get("text").getLiteralLexicalForm()));
        Map<String, SystemMeasurement> measurements = new LinkedHashMap<>();
        select(QueryExec.dataset(dsg).query(MEASUREMENTS).substitution("graph", graph).build(), row -> {
            String iri = row.get("measurement").getURI();
            List<Binding> tied = links.getOrDefault(iri, List.of());
            measurements.putIfAbsent(iri, new SystemMeasurement(iri, string(row, "valueText").orElse(""), decimal(row, "value"),
                    decimal(row, "lower"), decimal(row, "upper"), string(row, "comparator"), string(row, "unitText"),
                    string(row, "statistic"), decimal(row, "ciLower"), decimal(row, "ciUpper"), decimal(row, "ciLevel"),
                    string(row, "population"), first(tied, "endpoint"), first(tied, "trial"), all(tied, "arm"),
                    tied.stream().filter(b -> role(b, "arm-label")).map(b -> b.get("entity").getLiteralLexicalForm()).findFirst(),
                    all(tied, "about"), string(row, "sourceText").orElse(""), rows.getOrDefault(iri, List.of()), string(row, "analysis"),
                    string(row, "assessment"), decimal(row, "pValue"), string(row, "pValueComparator"), all(tied, "comparator"),
                    string(row, "timepoint")));
        });
        return List.copyOf(measurements.values());
    }

    private static boolean role(Binding b, String role) {
        return role.equals(b.get("role").getLiteralLexicalForm());
    }

    private static Optional<String> first(List<Binding> tied, String role) {
        return tied.stream().filter(b -> role(b, role) && b.get("entity").isURI()).map(b -> b.get("entity").getURI()).findFirst();
    }

    private static List<String> all(List<Binding> tied, String role) {
        return tied.stream().filter(b -> role(b, role) && b.get("entity").isURI()).map(b -> b.get("entity").getURI()).toList();
    }
}
