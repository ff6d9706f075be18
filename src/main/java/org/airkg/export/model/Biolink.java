package org.airkg.export.model;

import java.util.Map;
import java.util.Optional;

/**
 * The Biolink Model categories of AIR-KG's classes and predicates of its object properties, as the viewer and
 * KGX exports write them.
 *
 * <p>Categories follow the ontology's own alignments ({@code ontology/alignments.sssom.tsv}, confirmed in
 * {@code biolink/biolink-model} {@code src/biolink_model/schema/biolink_model.yaml} at 74700678): exact and close
 * matches as they are, broad matches as the broader category; {@code BiolinkTest} checks each against
 * {@code ontology/airkg.ttl}. The version written is {@link #VERSION}: every category and predicate here is a
 * class or slot of it that is neither abstract nor a mixin ({@code KgxSpecificationTest}, against terms derived
 * from that release's schema). The experimental models' alignment, {@code OrganismalEntity}, is abstract there,
 * so they are {@code NamedThing} until the ontology aligns them with a concrete class. Predicates were each confirmed on the slot's page of the Biolink Model
 * documentation ({@code https://biolink.github.io/biolink-model/{slot}}):
 * <ul>
 *   <li>{@code causesAdverseEvent}: {@code has_adverse_event} (also the ontology's {@code skos:closeMatch});</li>
 *   <li>{@code treats}: {@code studied_to_treat} (a study tested the drug against the condition, what the
 *       documents report); {@code treats_or_applied_or_studied_to_treat}, once advised for text-mined
 *       statements, is a mixin in Biolink 4.4 that no edge may use, and {@code treats} is reserved for approved or
 *       phase-3 treatments;</li>
 *   <li>{@code targets}: {@code directly_physically_interacts_with} (its narrow mappings include
 *       {@code PHAROS:drug_targets});</li>
 *   <li>{@code inhibits}, {@code activates}: {@code affects} with {@code qualified_predicate causes},
 *       {@code object_aspect_qualifier activity} and {@code object_direction_qualifier decreased} or
 *       {@code increased} ({@code decreases_activity_of} and its kin are deprecated since Biolink 3);</li>
 *   <li>{@code memberOfPathway}: {@code participates_in} (narrow mappings {@code DRUGBANK:pathway},
 *       {@code HMDB:in_pathway});</li>
 *   <li>{@code derivedFrom}: {@code derives_from}; {@code modelOf}: {@code model_of};</li>
 *   <li>{@code biomarkerOfResistanceTo}, {@code biomarkerOfSensitivityTo}: {@code associated_with_resistance_to},
 *       {@code associated_with_sensitivity_to} (a named thing to a chemical entity). Not {@code biomarker_for},
 *       whose range is a disease or phenotypic feature, not a drug.</li>
 * </ul>
 * Other properties ({@code combinedWith}, {@code evaluatedInTrial}, {@code inClass} ...) have no confirmed slot
 * and keep their AIR-KG IRI; KGX, which needs a Biolink predicate, writes {@code biolink:related_to} with the
 * AIR-KG property as {@code original_predicate}.
 */
public final class Biolink {
    /** The Biolink Model release the categories and predicates are valid in. */
    public static final String VERSION = "4.4.4";
    /** The Biolink vocabulary namespace. */
    public static final String NS = "https://w3id.org/biolink/vocab/";
    /** The category of an entity whose class has no closer one. */
    public static final String NAMED_THING = "NamedThing";
    /** The predicate KGX edges fall back to. */
    public static final String RELATED_TO = "related_to";

    /** The qualifiers that complete an {@code affects} edge: the qualified predicate, the aspect and direction of the object. */
    public record Qualifiers(String qualifiedPredicate, String objectAspect, String objectDirection) {}

    private static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("Drug", "Drug"),
            Map.entry("DrugClass", "ChemicalRole"),
            Map.entry("Gene", "Gene"),
            Map.entry("Protein", "Protein"),
            Map.entry("GeneVariant", "SequenceVariant"),
            Map.entry("Pathway", "Pathway"),
            Map.entry("Biomarker", NAMED_THING),
            Map.entry("Disease", "Disease"),
            Map.entry("AdverseEvent", "DiseaseOrPhenotypicFeature"),
            Map.entry("CellLine", "CellLine"),
            Map.entry("ClinicalTrial", "ClinicalTrial"),
            Map.entry("Assay", "Procedure"),
            Map.entry("ResistanceMechanism", "BiologicalProcess"),
            Map.entry("Protocol", "Procedure"),
            Map.entry("Regimen", "Treatment"),
            Map.entry("TherapeuticStrategy", "Treatment"),
            Map.entry("TrialArm", "StudyPopulation"),
            Map.entry("Endpoint", "StudyVariable"));

    private static final Map<String, String> PREDICATES = Map.ofEntries(
            Map.entry("causesAdverseEvent", "has_adverse_event"),
            Map.entry("treats", "studied_to_treat"),
            Map.entry("targets", "directly_physically_interacts_with"),
            Map.entry("inhibits", "affects"),
            Map.entry("activates", "affects"),
            Map.entry("memberOfPathway", "participates_in"),
            Map.entry("derivedFrom", "derives_from"),
            Map.entry("modelOf", "model_of"),
            Map.entry("biomarkerOfResistanceTo", "associated_with_resistance_to"),
            Map.entry("biomarkerOfSensitivityTo", "associated_with_sensitivity_to"));

    private static final Map<String, Qualifiers> QUALIFIERS = Map.of(
            "inhibits", new Qualifiers("causes", "activity", "decreased"),
            "activates", new Qualifiers("causes", "activity", "increased"));

    private Biolink() {}

    /** The classes with a category, by local name, and their categories' local names. */
    public static Map<String, String> categories() {
        return CATEGORIES;
    }

    /** The Biolink category's local name for an AIR-KG class local name ({@code Drug}), {@code NamedThing} if none. */
    public static String category(String kind) {
        return CATEGORIES.getOrDefault(kind, NAMED_THING);
    }

    /** The Biolink predicate's local name for an AIR-KG object property's local name, when one was confirmed. */
    public static Optional<String> predicate(String airkgProperty) {
        return Optional.ofNullable(PREDICATES.get(airkgProperty));
    }

    /** The qualifiers of the Biolink {@code affects} edge an AIR-KG property maps to, if it needs them. */
    public static Optional<Qualifiers> qualifiers(String airkgProperty) {
        return Optional.ofNullable(QUALIFIERS.get(airkgProperty));
    }

    /** The CURIE {@code biolink:{local}}. */
    public static String curie(String local) {
        return "biolink:" + local;
    }

    /** The IRI of a Biolink term. */
    public static String iri(String local) {
        return NS + local;
    }
}
