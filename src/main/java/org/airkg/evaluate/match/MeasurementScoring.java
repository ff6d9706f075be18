package org.airkg.evaluate.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.airkg.evaluate.Evaluation;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.Score;
import org.airkg.evaluate.graph.SystemMeasurement;

/**
 * Scores the measurements of one document. Each gold measurement, in file order, is paired with the first
 * unpaired system measurement whose value equals the gold value (or the gold p-value's number) and whose
 * source overlaps the gold quote; the gold measurements left are then paired in the same way with one whose
 * endpoint is the gold endpoint. A source overlaps the quote when, after {@link Names#normalize}, the quote
 * contains the source's text or the reverse, and, for a table cell with other non-empty cells in its row, the
 * quote also contains one of them. Then every field of every pair is compared ({@link MeasurementFields}).
 */
public final class MeasurementScoring {
    private MeasurementScoring() {}

    /** The scores and lists of one document. */
    public static Evaluation.Measurements score(DocumentMatcher m) {
        String doc = m.gold().document();
        List<Gold.Measurement> gold = m.gold().measurements();
        List<SystemMeasurement> system = m.document().measurements();
        int[] pairedWith = new int[gold.size()];
        Arrays.fill(pairedWith, -1);
        boolean[] taken = new boolean[system.size()];
        pair(gold, system, pairedWith, taken, (g, s) -> overlaps(g.quote(), s));
        pair(gold, system, pairedWith, taken, (g, s) -> g.endpoint().isPresent() && s.endpoint().isPresent()
                && m.resolves(s.endpoint().get(), g.endpoint().get()));
        int[][] fields = new int[MeasurementFields.FIELDS.size()][3];
        List<Evaluation.FieldError> errors = new ArrayList<>();
        List<Evaluation.Measurement> falseNegatives = new ArrayList<>();
        int paired = 0;
        for (int i = 0; i < gold.size(); i++) {
            Gold.Measurement g = gold.get(i);
            if (pairedWith[i] < 0) {
                falseNegatives.add(new Evaluation.Measurement(doc, g.entry(), MeasurementFields.key(g).map(BigDecimal::toPlainString)
                        .orElse(""), g.endpoint().orElse(null), g.quote()));
                continue;
            }
            paired++;
            for (int f = 0; f < fields.length; f++) {
                String field = MeasurementFields.FIELDS.get(f);
                MeasurementFields.Comparison c = MeasurementFields.compare(field, g, system.get(pairedWith[i]), m);
                fields[f][0] += c.gold() != null ? 1 : 0;
                fields[f][1] += c.system() != null ? 1 : 0;
                fields[f][2] += c.correct() ? 1 : 0;
                if (c.system() != null && !c.correct()) {
                    errors.add(new Evaluation.FieldError(doc, g.entry(), field, c.gold(), c.system()));
                }
            }
        }
        List<Evaluation.Measurement> falsePositives = new ArrayList<>();
        for (int j = 0; j < system.size(); j++) {
            if (!taken[j]) {
                SystemMeasurement s = system.get(j);
                falsePositives.add(new Evaluation.Measurement(doc, null, s.valueText(), s.endpoint().map(e -> m.entity(e).label()).orElse(null),
                        source(s)));
            }
        }
        List<Evaluation.Field> rows = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            rows.add(new Evaluation.Field(MeasurementFields.FIELDS.get(f), fields[f][0], fields[f][1], fields[f][2]));
        }
        return new Evaluation.Measurements(new Score(gold.size(), system.size(), paired), rows, falsePositives, falseNegatives, errors);
    }

    private static void pair(List<Gold.Measurement> gold, List<SystemMeasurement> system, int[] pairedWith, boolean[] taken,
            BiPredicate<Gold.Measurement, SystemMeasurement> also) {
        for (int i = 0; i < gold.size(); i++) {
            if (pairedWith[i] >= 0) {
                continue;
            }
            Gold.Measurement g = gold.get(i);
            Optional<BigDecimal> key = MeasurementFields.key(g);
            for (int j = 0; j < system.size() && key.isPresent(); j++) {
                SystemMeasurement s = system.get(j);
                if (!taken[j] && s.value().isPresent() && s.value().get().compareTo(key.get()) == 0 && also.test(g, s)) {
                    pairedWith[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
    }

    /** Whether the text a system measurement was quoted from overlaps a gold quote. */
    static boolean overlaps(String quote, SystemMeasurement s) {
        String q = Names.normalize(quote);
        String source = Names.normalize(s.sourceText());
        if (source.isEmpty() || !(q.contains(source) || source.contains(q))) {
            return false;
        }
        List<String> row = s.rowTexts().stream().map(Names::normalize).filter(t -> !t.isEmpty()).toList();
        return row.isEmpty() || row.stream().anyMatch(q::contains);
    }

    /** The source of a system measurement as one line: its cell, then the other cells of its row. */
    private static String source(SystemMeasurement s) {
        if (s.rowTexts().isEmpty()) {
            return s.sourceText();
        }
        return s.sourceText() + " (row: " + String.join(" | ", s.rowTexts()) + ")";
    }
}
