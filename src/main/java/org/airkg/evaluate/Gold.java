package org.airkg.evaluate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gold annotation of one document, as {@code data/GOLD-FORMAT.md} specifies it: the entities a
 * curator requires, those they would accept, the relations between them and the measurements the document
 * reports. Each entry keeps where it was written ({@link Position}) and how it is named in messages
 * ({@code relations[2]}). Read one with {@link GoldLoader}.
 *
 * @param file the gold file, as the loader was given it
 * @param document the document's file stem
 * @param annotator who wrote the annotation, and when
 * @param entities the required entities
 * @param optional the entities accepted but not required
 * @param relations the relations, between entities of this file
 * @param measurements the numbers the document reports as results
 */
public record Gold(String file, String document, String annotator, List<Entity> entities, List<Entity> optional,
        List<Relation> relations, List<Measurement> measurements) {
    public Gold {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(annotator, "annotator");
        entities = List.copyOf(entities);
        optional = List.copyOf(optional);
        relations = List.copyOf(relations);
        measurements = List.copyOf(measurements);
    }

    /** The kinds of entity a gold file annotates. */
    public enum Kind {
        Drug, DrugClass, Gene, ProteinFamily, GeneVariant, Pathway, Disease, AdverseEvent, CellLine, AnimalModel, ClinicalTrial,
        Assay, Endpoint
    }

    /** Whether the text states a relation or denies it. */
    public enum Polarity {
        POSITIVE, NEGATIVE;

        /** As written in gold files: {@code positive}, {@code negative}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the text asserts a relation or only puts it forward (may, might, suggests). */
    public enum Modality {
        ASSERTED, HYPOTHESISED;

        /** As written in gold files: {@code asserted}, {@code hypothesised}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where an entry starts in its file, line and column from 1. */
    public record Position(int line, int column) {}

    /**
     * A named entity of the document.
     *
     * @param entry how messages name the entry ({@code entities[3]}, {@code optional[0]})
     * @param at where the entry starts in its file
     * @param kind its kind
     * @param name the name relations and measurements use for it
     * @param forms every way the document writes it
     * @param ids identifiers as CURIEs
     * @param gene for a variant, the name of its gene's entity
     * @param required false for an entity of {@code optional}
     */
    public record Entity(String entry, Position at, Kind kind, String name, List<String> forms, List<String> ids,
            Optional<String> gene, boolean required) {
        public Entity {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            forms = List.copyOf(forms);
            ids = List.copyOf(ids);
            Objects.requireNonNull(gene, "gene");
        }
    }

    /** What a relation holds in, when the text says. */
    public record Qualifiers(Optional<String> model, Optional<String> indication, Optional<String> population) {
        /** No qualifier. */
        public static final Qualifiers NONE = new Qualifiers(Optional.empty(), Optional.empty(), Optional.empty());

        public Qualifiers {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(indication, "indication");
            Objects.requireNonNull(population, "population");
        }
    }

    /** A relation the document states: subject and object are entity names of this file, predicate an ontology property's local name. */
    public record Relation(String entry, Position at, String subject, String predicate, String object, Polarity polarity,
            Modality modality, Qualifiers qualifiers, String quote) {
        public Relation {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(modality, "modality");
            Objects.requireNonNull(qualifiers, "qualifiers");
            Objects.requireNonNull(quote, "quote");
        }
    }

    /**
     * A number the document reports as a result, with what it measures; a field that does not apply is empty.
     * {@code ciLevel} is a percentage (95 for "95% CI"); {@code pValue} keeps its operator ({@code <0.001}).
     */
    public record Measurement(String entry, Position at, String quote, Optional<String> endpoint, Optional<String> trial,
            List<String> arm, List<String> comparator, Optional<String> statistic, Optional<BigDecimal> value,
            Optional<String> unit, Optional<BigDecimal> ciLower, Optional<BigDecimal> ciUpper, Optional<BigDecimal> ciLevel,
            Optional<String> pValue, Optional<String> analysis, Optional<String> assessment, Optional<String> population,
            Optional<String> timepoint, Optional<String> model) {
        public Measurement {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(quote, "quote");
            arm = List.copyOf(arm);
            comparator = List.copyOf(comparator);
            for (Optional<?> field : List.of(endpoint, trial, statistic, value, unit, ciLower, ciUpper, ciLevel, pValue, analysis,
                    assessment, population, timepoint, model)) {
                Objects.requireNonNull(field, "a measurement field is null; use Optional.empty()");
            }
        }
    }

    /** Every entity of the file, required then optional. */
    public List<Entity> allEntities() {
        return Stream.concat(entities.stream(), optional.stream()).toList();
    }
}
