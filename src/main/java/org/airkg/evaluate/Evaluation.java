package org.airkg.evaluate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@link Scorer} found: for entities, relations and measurements, the scores (per kind, per predicate,
 * per field and overall, summed over the documents) and every false positive and false negative, with the
 * wrong identifiers of matched entities. Written as text or JSON by {@link ReportFormat}.
 *
 * @param documents the documents scored, by stem
 */
public record Evaluation(List<String> documents, Entities entities, Relations relations, Measurements measurements) {
    public Evaluation {
        documents = List.copyOf(documents);
    }

    /** A labelled line of a score table: a kind, a predicate, or "overall". */
    public record Row(String label, Score score) {}

    /**
     * Entity scores.
     *
     * @param optionalMatches system entities matched only to optional gold entities, counted neither way
     * @param unscored system entities of classes that have no gold kind
     */
    public record Entities(List<Row> byKind, Score overall, int optionalMatches, List<SystemEntity> falsePositives,
            List<GoldEntity> falseNegatives, List<WrongIdentifier> wrongIdentifiers, List<SystemEntity> unscored) {
        public Entities {
            byKind = List.copyOf(byKind);
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
            wrongIdentifiers = List.copyOf(wrongIdentifiers);
            unscored = List.copyOf(unscored);
        }
    }

    /** An entity of the graph, with the texts it is written as in the document, and why it is listed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SystemEntity(String document, String kind, String entity, String label, List<String> texts, String note) {
        public SystemEntity {
            texts = List.copyOf(texts);
        }
    }

    /** A gold entity, and why it is listed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GoldEntity(String document, String entry, String kind, String name, List<String> forms, String note) {
        public GoldEntity {
            forms = List.copyOf(forms);
        }
    }

    /** A matched entity that carries an identifier of a prefix the gold gives, other than the gold's. */
    public record WrongIdentifier(String document, String entry, String kind, String name, String entity, String system,
            List<String> gold) {
        public WrongIdentifier {
            gold = List.copyOf(gold);
        }
    }

    /** Relation scores, and the agreement of qualifiers over matched pairs. */
    public record Relations(List<Row> byPredicate, Score overall, List<Qualifier> qualifiers, List<Relation> falsePositives,
            List<Relation> falseNegatives) {
        public Relations {
            byPredicate = List.copyOf(byPredicate);
            qualifiers = List.copyOf(qualifiers);
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
        }
    }

    /**
     * A relation of the graph (entities by label, with their IRIs; entry null) or of a gold file (entities by
     * name; IRIs null).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relation(String document, String entry, String subject, String predicate, String object, String polarity,
            String quote, String subjectEntity, String objectEntity) {}

    /**
     * How often a qualifier agrees over matched pairs: among the pairs where the gold or the system states it,
     * those where both state the same.
     *
     * @param stated the pairs where the gold or the system states it
     */
    @JsonPropertyOrder({"name", "pairs", "goldStated", "systemStated", "stated", "correct", "accuracy"})
    public record Qualifier(String name, int pairs, int goldStated, int systemStated, int stated, int correct) {
        @JsonProperty
        public Double accuracy() {
            return stated == 0 ? null : (double) correct / stated;
        }
    }

    /** Measurement scores: pairing, then each field over the pairs. */
    public record Measurements(Score overall, List<Field> fields, List<Measurement> falsePositives, List<Measurement> falseNegatives,
            List<FieldError> fieldErrors) {
        public Measurements {
            fields = List.copyOf(fields);
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
            fieldErrors = List.copyOf(fieldErrors);
        }
    }

    /**
     * A field over paired measurements: precision = correct / stated by the system, recall = correct / given by
     * the gold.
     */
    @JsonPropertyOrder({"name", "gold", "stated", "correct", "precision", "recall"})
    public record Field(String name, int gold, int stated, int correct) {
        @JsonProperty
        public Double precision() {
            return stated == 0 ? null : (double) correct / stated;
        }

        @JsonProperty
        public Double recall() {
            return gold == 0 ? null : (double) correct / gold;
        }
    }

    /** A measurement of the graph (entry null) or of a gold file that found no partner. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measurement(String document, String entry, String value, String endpoint, String quote) {}

    /** A field the system states for a paired measurement that differs from the gold's ({@code gold} null when the gold has none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String document, String entry, String field, String gold, String system) {}
}
