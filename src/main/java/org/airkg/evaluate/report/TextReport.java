package org.airkg.evaluate.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.airkg.evaluate.Evaluation;
import org.airkg.evaluate.Score;

/**
 * Writes an {@link Evaluation} for people: a table per part (entities by kind, relations by predicate,
 * measurement fields), the qualifiers' agreement, then every false positive, false negative, wrong identifier
 * and wrong measurement field, one a line. Scores have three decimals; {@code -} when undefined.
 */
public final class TextReport {
    private TextReport() {}

    public static void write(Evaluation e, PrintWriter out) {
        out.println("Evaluation against gold annotations: " + count(e.documents().size(), "document") + " ("
                + String.join(", ", e.documents()) + ")");
        out.println();
        out.println("Entities");
        table(out, "kind", e.entities().byKind(), e.entities().overall());
        if (e.entities().optionalMatches() > 0) {
            out.println(count(e.entities().optionalMatches(), "system entity") + " matched only optional gold entities, counted neither way.");
        }
        out.println();
        out.println("Relations");
        table(out, "predicate", e.relations().byPredicate(), e.relations().overall());
        int pairs = e.relations().overall().truePositives();
        out.println("Qualifiers over " + count(pairs, "matched pair") + ":");
        e.relations().qualifiers().forEach(q -> out.println("  " + qualifier(q)));
        out.println();
        Score m = e.measurements().overall();
        out.println("Measurements: gold " + m.gold() + ", system " + m.system() + ", paired " + m.truePositives() + " (P "
                + number(m.precision()) + ", R " + number(m.recall()) + ", F1 " + number(m.f1()) + ")");
        fields(out, e.measurements().fields());
        Evaluation.Entities en = e.entities();
        section(out, "Entity false positives", en.falsePositives(), f -> f.document() + ": " + f.kind() + " " + f.label() + " <" + f.entity()
                + "> written as " + quoted(f.texts()) + (f.note() == null ? "" : "; " + f.note()));
        section(out, "Entity false negatives", en.falseNegatives(), f -> f.document() + ": " + f.entry() + " " + f.kind() + " " + f.name()
                + " (forms: " + String.join(", ", f.forms()) + ")" + (f.note() == null ? "" : "; " + f.note()));
        section(out, "Wrong identifiers", en.wrongIdentifiers(), w -> w.document() + ": " + w.entry() + " " + w.kind() + " " + w.name()
                + ": <" + w.entity() + "> has " + w.system() + "; the gold gives " + String.join(", ", w.gold()));
        if (!en.unscored().isEmpty()) {
            section(out, "Entities not scored (their class has no gold kind)", en.unscored(), u -> u.document() + ": " + u.kind() + " "
                    + u.label() + " <" + u.entity() + "> written as " + quoted(u.texts()));
        }
        section(out, "Relation false positives", e.relations().falsePositives(), TextReport::relation);
        section(out, "Relation false negatives", e.relations().falseNegatives(), TextReport::relation);
        section(out, "Measurement false positives (system measurements without a gold partner)", e.measurements().falsePositives(),
                TextReport::measurement);
        section(out, "Measurement false negatives (gold measurements without a system partner)", e.measurements().falseNegatives(),
                TextReport::measurement);
        section(out, "Measurement fields the system states wrongly", e.measurements().fieldErrors(), f -> f.document() + ": " + f.entry()
                + " " + f.field() + ": gold " + (f.gold() == null ? "none" : "\"" + f.gold() + "\"") + ", system \"" + f.system() + "\"");
        out.flush();
    }

    private static void table(PrintWriter out, String first, List<Evaluation.Row> rows, Score overall) {
        int width = Math.max("overall".length(), Math.max(first.length(), rows.stream().mapToInt(r -> r.label().length()).max().orElse(0)));
        String format = "%-" + width + "s %6s %6s %6s %6s %6s %6s%n";
        out.printf(Locale.ROOT, format, first, "gold", "system", "TP", "P", "R", "F1");
        rows.forEach(r -> row(out, format, r.label(), r.score()));
        row(out, format, "overall", overall);
    }

    private static void row(PrintWriter out, String format, String label, Score s) {
        out.printf(Locale.ROOT, format, label, s.gold(), s.system(), s.truePositives(), number(s.precision()), number(s.recall()),
                number(s.f1()));
    }

    private static void fields(PrintWriter out, List<Evaluation.Field> fields) {
        int width = Math.max("field".length(), fields.stream().mapToInt(f -> f.name().length()).max().orElse(0));
        String format = "%-" + width + "s %6s %6s %7s %6s %6s%n";
        out.printf(Locale.ROOT, format, "field", "gold", "stated", "correct", "P", "R");
        fields.forEach(f -> out.printf(Locale.ROOT, format, f.name(), f.gold(), f.stated(), f.correct(), number(f.precision()),
                number(f.recall())));
    }

    private static String qualifier(Evaluation.Qualifier q) {
        if (q.systemStated() == 0) {
            return q.name() + ": not stated by the system (the gold states it for " + count(q.goldStated(), "pair") + ")";
        }
        return q.name() + ": " + q.correct() + " of " + q.stated() + " correct (" + number(q.accuracy()) + "; the gold states it for "
                + count(q.goldStated(), "pair") + ", the system for " + q.systemStated() + ")";
    }

    private static String relation(Evaluation.Relation r) {
        return r.document() + ": " + (r.entry() == null ? "" : r.entry() + " ") + r.subject() + " " + r.predicate() + " " + r.object()
                + " [" + r.polarity() + "] \"" + r.quote() + "\"";
    }

    private static String measurement(Evaluation.Measurement m) {
        return m.document() + ": " + (m.entry() == null ? "" : m.entry() + " ") + m.value()
                + (m.endpoint() == null ? "" : " (" + m.endpoint() + ")") + " from \"" + m.quote() + "\"";
    }

    private static <T> void section(PrintWriter out, String title, List<T> items, Function<T, String> line) {
        out.println();
        out.println(title + ": " + (items.isEmpty() ? "none" : items.size()));
        items.forEach(i -> out.println("  " + line.apply(i)));
    }

    private static String quoted(List<String> texts) {
        return texts.isEmpty() ? "(no mention)" : String.join(", ", texts.stream().map(t -> "\"" + t + "\"").toList());
    }

    /** A score with three decimals, or {@code -} when undefined. */
    public static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
