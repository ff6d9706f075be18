package org.airkg.extract.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.airkg.extract.quantity.Quantity;

/**
 * What makes two stated values values of one quantity, so that different numbers for it conflict: the thing
 * measured and everything that qualifies it. A trial outcome is one quantity per trial, arm, endpoint and statistic
 * (or plain value), population as written, analysis (interim, final), assessment (investigator, central review),
 * cohort and timepoint. A value of a named kind ({@link QuantityKind}) is one quantity per kind and subject (the variant, the
 * assay), population (by {@link Populations#key}), trial, cell lines, culture vessel, analysis, assessment, cohort
 * and timepoint. Both also need the same unit: values in different units are not compared. Two keys are equal when every
 * part is, absent parts included: a value with no cohort is not a value of a cohort.
 *
 * @param parts the parts, the quantity measured first, each by name
 */
record QuantityKey(Map<String, String> parts) {
    QuantityKey {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The key as one string, every part (absent ones too) by name: equal strings are equal keys. */
    String id() {
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("|", "\\|"))
                .collect(Collectors.joining("|"));
    }

    /** The quantity with its qualifiers, for a reader: "seeding density of crystal violet assay (cell lines T-47D; vessel 24-well plate; unit cells per well)". */
    String describe() {
        String qualifiers = parts.entrySet().stream().skip(1).filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        String quantity = parts.values().iterator().next();
        return qualifiers.isEmpty() ? quantity : quantity + " (" + qualifiers + ")";
    }

    /**
     * The key of a value, or empty when it is not compared: a table value neither of a trial's endpoint nor of a
     * named kind, a value labelled inside a cell of several, a statistic stated only as a verdict.
     *
     * @param classOf the ontology class of a lexicon entity
     * @param label the label of a lexicon entity
     */
    static Optional<QuantityKey> of(StatedValue value, Function<String, String> classOf, Function<String, String> label) {
        Optional<Quantity> number = value.number();
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String unit = number.get().unit().map(u -> u.iri().orElse(u.symbol())).orElse("");
        String unitText = number.get().unit().map(u -> u.label()).orElse("");
        Map<String, String> parts = new LinkedHashMap<>();
        if (value instanceof Measurement m) {
            if (m.rule().equals("table-labelled-values")) {
                return Optional.empty();
            }
            if (m.trialId().isPresent() && m.endpointId().isPresent()) {
                parts.put("quantity", label.apply(m.endpointId().get()) + m.statistic().map(s -> " " + s.kind().name()).orElse(""));
                parts.put("trial", label.apply(m.trialId().get()));
                parts.put("arm", m.armDrugIds().isEmpty() ? m.armLabel() : labels(m.armDrugIds(), label, " + "));
                parts.put("population", m.population().map(p -> p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).orElse(""));
            } else if (m.kind().isPresent()) {
                List<String> subjects = m.aboutIds().stream().filter(id -> m.kind().get().isSubject(classOf.apply(id))).toList();
                if (subjects.isEmpty()) {
                    return Optional.empty();
                }
                parts.put("quantity", m.kind().get().label() + " of " + labels(subjects, label, ", "));
                parts.put("trial", m.trialId().map(label).orElse(""));
                parts.put("population", m.population().map(Populations::key).orElse(""));
                parts.put("cell lines", labels(m.aboutIds().stream().filter(id -> classOf.apply(id).equals("CellLine")).toList(), label, ", "));
                parts.put("vessel", "");
            } else {
                return Optional.empty();
            }
        } else if (value instanceof TextMeasurement t) {
            parts.put("quantity", t.kind().label() + " of " + labels(t.subjectIds(), label, ", "));
            parts.put("trial", "");
            parts.put("population", t.population().map(Populations::key).orElse(""));
            parts.put("cell lines", labels(t.contextIds(), label, ", "));
            parts.put("vessel", t.vessel().orElse(""));
        }
        Qualifiers q = value.qualifiers();
        parts.put("analysis", q.analysis().orElse(""));
        parts.put("assessment", q.assessment().orElse(""));
        parts.put("cohort", q.cohort().orElse(""));
        parts.put("timepoint", q.timepoint().orElse(""));
        parts.put("unit", unitText.isEmpty() ? unit : unitText);
        return Optional.of(new QuantityKey(parts));
    }

    private static String labels(List<String> ids, Function<String, String> label, String separator) {
        return ids.stream().map(label).sorted().collect(Collectors.joining(separator));
    }
}
