package org.airkg.extract.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CURIE prefixes the lexicon may use, each with the IRI prefix it expands to and the pattern its local
 * identifiers must match.
 *
 * <p>Prefixes follow the Bioregistry: OBO ontologies keep their upper-case preferred prefix and expand to OBO
 * PURLs ({@code CHEBI:6413} is {@code http://purl.obolibrary.org/obo/CHEBI_6413}); the others use
 * Bioregistry's lower-case prefix. The IRI prefixes were checked against Bioregistry's data
 * ({@code biopragmatics/bioregistry}: {@code exports/contexts/bioregistry.context.jsonld},
 * {@code exports/contexts/obo.context.jsonld} and the provider {@code uri_format}s in
 * {@code src/bioregistry/data/bioregistry.json}); where Bioregistry lists several providers, the one named
 * in {@code shared/IDENTIFIERS.md} is used (DrugBank Online, the ChEMBL report card, the current
 * ClinicalTrials.gov study page). The local identifier is what follows the colon, never repeating the
 * prefix: {@code hgnc:3467}, not {@code hgnc:HGNC:3467}; {@code cellosaurus:0031}, not
 * {@code cellosaurus:CVCL_0031}.
 *
 * <pre>{@code
 * Curie curie = Curies.parse("CHEBI:6413");
 * String iri = Curies.expand("cellosaurus:0031");   // https://www.cellosaurus.org/CVCL_0031
 * }</pre>
 */
public final class Curies {
    /** One known prefix: the IRI prefix it expands to and the pattern of its local identifiers. */
    private record Registration(String iriPrefix, Pattern localId) {}

    private static final Map<String, Registration> REGISTRY = registry();

    private Curies() {}

    private static Map<String, Registration> registry() {
        Map<String, Registration> map = new LinkedHashMap<>();
        // Chemicals and drugs.
        register(map, "CHEBI", "http://purl.obolibrary.org/obo/CHEBI_", "[1-9][0-9]*");
        register(map, "drugbank", "https://go.drugbank.com/drugs/", "DB[0-9]{5}");
        register(map, "pubchem.compound", "https://pubchem.ncbi.nlm.nih.gov/compound/", "[1-9][0-9]*");
        register(map, "chembl.compound", "https://www.ebi.ac.uk/chembl/compound_report_card/", "CHEMBL[1-9][0-9]*");
        register(map, "cas", "https://commonchemistry.cas.org/detail?cas_rn=", "[1-9][0-9]{1,6}-[0-9]{2}-[0-9]");
        // Genes and proteins.
        register(map, "hgnc", "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/", "[1-9][0-9]*");
        register(map, "ncbigene", "https://www.ncbi.nlm.nih.gov/gene/", "[1-9][0-9]*");
        register(map, "uniprot", "http://purl.uniprot.org/uniprot/",
                "[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2}");
        register(map, "ensembl", "https://identifiers.org/ensembl:", "ENS[A-Z]*[FPTG][0-9]{11}(\\.[0-9]+)?");
        register(map, "dbsnp", "https://www.ncbi.nlm.nih.gov/snp/", "rs[1-9][0-9]*");
        register(map, "fplx", "https://sorgerlab.github.io/famplex/", "[A-Za-z0-9][A-Za-z0-9_-]*");
        // Pathways and processes.
        register(map, "reactome", "https://reactome.org/content/detail/", "R-[A-Z]{3}-[0-9]+(\\.[0-9]+)?");
        register(map, "kegg.pathway", "https://www.kegg.jp/entry/", "[a-z]{2,4}[0-9]{5}");
        register(map, "GO", "http://purl.obolibrary.org/obo/GO_", "[0-9]{7}");
        // Diseases, phenotypes, assays.
        register(map, "MONDO", "http://purl.obolibrary.org/obo/MONDO_", "[0-9]{7}");
        register(map, "DOID", "http://purl.obolibrary.org/obo/DOID_", "[0-9]+");
        register(map, "HP", "http://purl.obolibrary.org/obo/HP_", "[0-9]{7}");
        register(map, "NCIT", "http://purl.obolibrary.org/obo/NCIT_", "[CRP][0-9]+");
        register(map, "EFO", "http://www.ebi.ac.uk/efo/EFO_", "[0-9]{7}");
        register(map, "OBI", "http://purl.obolibrary.org/obo/OBI_", "[0-9]{7}");
        register(map, "BAO", "http://www.bioassayontology.org/bao#BAO_", "[0-9]{7}");
        // Models and trials.
        register(map, "cellosaurus", "https://www.cellosaurus.org/CVCL_", "[A-Z0-9]{4}");
        register(map, "clinicaltrials", "https://clinicaltrials.gov/study/", "NCT[0-9]{8}");
        return Collections.unmodifiableMap(map);
    }

    private static void register(Map<String, Registration> map, String prefix, String iriPrefix, String localId) {
        map.put(prefix, new Registration(iriPrefix, Pattern.compile(localId)));
    }

    /** The known prefixes, in a stable order. */
    public static Set<String> prefixes() {
        return REGISTRY.keySet();
    }

    /** Whether {@code prefix} is known, matched exactly (so {@code chebi} is not, {@code CHEBI} is). */
    public static boolean isKnownPrefix(String prefix) {
        return prefix != null && REGISTRY.containsKey(prefix);
    }

    /** The IRI prefix a known prefix expands to, or empty for an unknown prefix. */
    public static Optional<String> iriPrefix(String prefix) {
        return Optional.ofNullable(prefix).map(REGISTRY::get).map(Registration::iriPrefix);
    }

    /** The pattern the local identifiers of a known prefix must match in full, or empty for an unknown prefix. */
    public static Optional<Pattern> localIdPattern(String prefix) {
        return Optional.ofNullable(prefix).map(REGISTRY::get).map(Registration::localId);
    }

    /**
     * Parses and checks a CURIE of the form {@code prefix:local}.
     *
     * @throws IllegalArgumentException naming the problem: no colon, an unknown prefix, or a local identifier
     *     that does not match the prefix's pattern
     */
    public static Curie parse(String curie) {
        if (curie == null || curie.isBlank()) {
            throw new IllegalArgumentException("CURIE is missing or blank");
        }
        int colon = curie.indexOf(':');
        if (colon <= 0 || colon == curie.length() - 1) {
            throw new IllegalArgumentException("'" + curie + "' is not a CURIE of the form prefix:local");
        }
        String prefix = curie.substring(0, colon);
        String local = curie.substring(colon + 1);
        Registration registration = REGISTRY.get(prefix);
        if (registration == null) {
            throw new IllegalArgumentException("'" + curie + "' has unknown prefix '" + prefix + "'; known prefixes: "
                    + String.join(", ", REGISTRY.keySet()));
        }
        if (!registration.localId().matcher(local).matches()) {
            throw new IllegalArgumentException("'" + curie + "': local identifier '" + local
                    + "' does not match the pattern of " + prefix + " (" + registration.localId().pattern() + ")");
        }
        return new Curie(prefix, local);
    }

    /** Expands a CURIE to its IRI: the prefix's IRI prefix followed by the local identifier. */
    public static String expand(String curie) {
        return parse(curie).iri();
    }

    /** The IRI of a parsed CURIE; package-private so that {@link Curie#iri()} stays the public entry point. */
    static String iriOf(Curie curie) {
        return REGISTRY.get(curie.prefix()).iriPrefix() + curie.localId();
    }
}
