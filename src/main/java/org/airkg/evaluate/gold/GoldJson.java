package org.airkg.evaluate.gold;

import java.math.BigDecimal;
import java.util.List;

/**
 * The gold file's JSON as Jackson binds it, before any check: every field as written, absent ones null.
 * {@link GoldReader} reads these with the position of each entry; {@link GoldChecker} turns them into
 * {@link org.airkg.evaluate.Gold} records.
 */
public final class GoldJson {
    private GoldJson() {}

    /** An entry of an array with where it starts in its file. */
    public record Located<T>(T value, int line, int column) {}

    /** The whole file; {@code document} and {@code annotator} located at their field names, null when absent. */
    public record File(Located<String> document, Located<String> annotator, List<Located<Entity>> entities, List<Located<Entity>> optional,
            List<Located<Relation>> relations, List<Located<Measurement>> measurements) {}

    /** An entity entry. */
    public record Entity(String kind, String name, List<String> forms, List<String> ids, String gene) {}

    /** A relation entry. */
    public record Relation(String subject, String predicate, String object, String polarity, String modality,
            Qualifiers qualifiers, String quote) {}

    /** A relation's qualifiers. */
    public record Qualifiers(String model, String indication, String population) {}

    /** A measurement entry. */
    public record Measurement(String quote, String endpoint, String trial, List<String> arm, List<String> comparator,
            String statistic, BigDecimal value, String unit, BigDecimal ciLower, BigDecimal ciUpper, BigDecimal ciLevel,
            String pValue, String analysis, String assessment, String population, String timepoint, String model) {}
}
