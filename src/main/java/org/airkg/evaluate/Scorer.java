package org.airkg.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.airkg.evaluate.graph.GraphReader;
import org.airkg.evaluate.graph.SystemDocument;
import org.airkg.evaluate.graph.SystemGraph;
import org.airkg.evaluate.match.DocumentMatcher;
import org.airkg.evaluate.match.EntityScoring;
import org.airkg.evaluate.match.MeasurementFields;
import org.airkg.evaluate.match.MeasurementScoring;
import org.airkg.evaluate.match.RelationScoring;
import org.airkg.rdf.Iris;
import org.apache.jena.query.Dataset;

/**
 * Compares a graph with gold annotations, document by document, and sums the counts over the documents
 * (micro-averaged scores). Only documents with a gold file are scored; each must be in the graph.
 *
 * <pre>{@code
 * List<Gold> gold = GoldLoader.load(Path.of("data/heldout/gold")).orThrow();
 * Evaluation evaluation = Scorer.score(dataset, gold);
 * ReportFormat.TEXT.write(evaluation, new PrintWriter(System.out, true));
 * }</pre>
 */
public final class Scorer {
    private Scorer() {}

    /**
     * Scores {@code dataset} against {@code golds}.
     *
     * @throws GoldException naming the gold file when its document is not in the dataset
     */
    public static Evaluation score(Dataset dataset, List<Gold> golds) {
        SystemGraph graph = GraphReader.read(dataset, golds.stream().map(Gold::document).toList());
        List<Evaluation.Entities> entities = new ArrayList<>();
        List<Evaluation.Relations> relations = new ArrayList<>();
        List<Evaluation.Measurements> measurements = new ArrayList<>();
        for (Gold gold : golds) {
            SystemDocument document = graph.document(gold.document()).orElseThrow(() -> new GoldException(gold.file(), 0, 0,
                    "document '" + gold.document() + "' is not in the store (no graph <" + Iris.documentGraph(gold.document())
                            + "> typing <" + Iris.document(gold.document()) + "> as a document)"));
            DocumentMatcher matcher = new DocumentMatcher(graph, document, gold);
            entities.add(EntityScoring.score(matcher));
            relations.add(RelationScoring.score(matcher));
            measurements.add(MeasurementScoring.score(matcher));
        }
        return new Evaluation(golds.stream().map(Gold::document).toList(), entities(entities), relations(relations),
                measurements(measurements));
    }

    private static Evaluation.Entities entities(List<Evaluation.Entities> all) {
        List<Evaluation.Row> rows = rows(all.stream().flatMap(e -> e.byKind().stream()).toList(),
                Comparator.comparing(label -> Gold.Kind.valueOf(label)));
        return new Evaluation.Entities(rows, sum(rows), all.stream().mapToInt(Evaluation.Entities::optionalMatches).sum(),
                flat(all, Evaluation.Entities::falsePositives), flat(all, Evaluation.Entities::falseNegatives),
                flat(all, Evaluation.Entities::wrongIdentifiers), flat(all, Evaluation.Entities::unscored));
    }

    private static Evaluation.Relations relations(List<Evaluation.Relations> all) {
        List<String> order = new ArrayList<>(Vocabulary.predicates());
        List<Evaluation.Row> rows = rows(all.stream().flatMap(r -> r.byPredicate().stream()).toList(),
                Comparator.<String>comparingInt(p -> order.contains(p) ? order.indexOf(p) : order.size()).thenComparing(p -> p));
        List<Evaluation.Qualifier> qualifiers = new ArrayList<>();
        for (int k = 0; k < RelationScoring.QUALIFIERS.size(); k++) {
            int i = k;
            List<Evaluation.Qualifier> q = all.stream().map(r -> r.qualifiers().get(i)).toList();
            qualifiers.add(new Evaluation.Qualifier(RelationScoring.QUALIFIERS.get(k), q.stream().mapToInt(Evaluation.Qualifier::pairs).sum(),
                    q.stream().mapToInt(Evaluation.Qualifier::goldStated).sum(), q.stream().mapToInt(Evaluation.Qualifier::systemStated).sum(),
                    q.stream().mapToInt(Evaluation.Qualifier::stated).sum(), q.stream().mapToInt(Evaluation.Qualifier::correct).sum()));
        }
        return new Evaluation.Relations(rows, sum(rows), qualifiers, flat(all, Evaluation.Relations::falsePositives),
                flat(all, Evaluation.Relations::falseNegatives));
    }

    private static Evaluation.Measurements measurements(List<Evaluation.Measurements> all) {
        List<Evaluation.Field> fields = new ArrayList<>();
        for (int f = 0; f < MeasurementFields.FIELDS.size(); f++) {
            int i = f;
            List<Evaluation.Field> each = all.stream().map(m -> m.fields().get(i)).toList();
            fields.add(new Evaluation.Field(MeasurementFields.FIELDS.get(f), each.stream().mapToInt(Evaluation.Field::gold).sum(),
                    each.stream().mapToInt(Evaluation.Field::stated).sum(), each.stream().mapToInt(Evaluation.Field::correct).sum()));
        }
        Score overall = all.stream().map(Evaluation.Measurements::overall).reduce(Score.ZERO, Score::plus);
        return new Evaluation.Measurements(overall, fields, flat(all, Evaluation.Measurements::falsePositives),
                flat(all, Evaluation.Measurements::falseNegatives), flat(all, Evaluation.Measurements::fieldErrors));
    }

    /** Rows of the same label summed, in {@code order}. */
    private static List<Evaluation.Row> rows(List<Evaluation.Row> rows, Comparator<String> order) {
        Map<String, Score> sums = new LinkedHashMap<>();
        rows.forEach(r -> sums.merge(r.label(), r.score(), Score::plus));
        return sums.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> new Evaluation.Row(e.getKey(), e.getValue())).toList();
    }

    private static Score sum(List<Evaluation.Row> rows) {
        return rows.stream().map(Evaluation.Row::score).reduce(Score.ZERO, Score::plus);
    }

    private static <R, T> List<T> flat(List<R> all, Function<R, List<T>> part) {
        return all.stream().flatMap(r -> part.apply(r).stream()).toList();
    }
}
