package org.airkg.extract.fact;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a value that is not a trial outcome measures, when a document names it: the frequency of an alteration
 * in a population, or a parameter an assay protocol fixes. Each kind says which entities it is a quantity of
 * (its subject: the variant whose frequency, the assay whose parameter) and how a table header or row names it.
 * The labels are the values of {@code airkg:quantityKind} in {@code ontology/airkg.ttl}.
 */
public enum QuantityKind {
    /** How often an alteration is found in a population: "present in 30% of advanced tumours". */
    FREQUENCY("frequency", Set.of("GeneVariant", "Biomarker"), "(?i)\\b(?:frequenc(?:y|ies)|prevalence|incidence)\\b"),
    /** The wavelength an assay's absorbance is read at: "read the optical density at 450 nm". */
    ABSORBANCE_WAVELENGTH("absorbance wavelength", Set.of("Assay"), "(?i)\\b(?:absorbance|optical density)\\b[^,;]*\\bwavelength\\b"),
    /** How many cells an assay seeds per well: "seed 5,000 cells per well of a 96-well plate". */
    SEEDING_DENSITY("seeding density", Set.of("Assay"), "(?i)\\bseeding density\\b");

    private final String label;
    private final Set<String> subjectClasses;
    private final Pattern named;

    QuantityKind(String label, Set<String> subjectClasses, String named) {
        this.label = label;
        this.subjectClasses = subjectClasses;
        this.named = Pattern.compile(named);
    }

    /** The kind's label, as {@code airkg:quantityKind} states it. */
    public String label() {
        return label;
    }

    /** Whether an entity of {@code ontologyClass} is what a value of this kind is a quantity of. */
    public boolean isSubject(String ontologyClass) {
        return subjectClasses.contains(ontologyClass);
    }

    /** The kind a table header or row label names ("Frequency of KRAS mutations"), if it names one. */
    public static Optional<QuantityKind> namedBy(String text) {
        return Arrays.stream(values()).filter(k -> k.named.matcher(text).find()).findFirst();
    }
}
