package org.airkg.export.model;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.extract.lexicon.Curies;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;

/**
 * The external resources AIR-KG's identifiers point into, known by the lexicon's CURIE prefixes
 * ({@link Curies}): their URI spaces and titles, to group links into VoID linksets and to write identifiers as
 * CURIEs.
 */
public final class ExternalSources {
    /** The CURIE prefix of AIR-KG's own things, as in the SSSOM export. */
    public static final String AIRKG_PREFIX = "airkg.id";

    /** An external resource: its CURIE prefix, the URI space its identifiers expand into, and its name. */
    public record Source(String prefix, String uriSpace, String title) {}

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("CHEBI", "ChEBI"), Map.entry("drugbank", "DrugBank"), Map.entry("pubchem.compound", "PubChem Compound"),
            Map.entry("chembl.compound", "ChEMBL"), Map.entry("hgnc", "HGNC"), Map.entry("ncbigene", "NCBI Gene"),
            Map.entry("uniprot", "UniProt"), Map.entry("reactome", "Reactome"), Map.entry("kegg.pathway", "KEGG Pathway"),
            Map.entry("GO", "Gene Ontology"), Map.entry("MONDO", "MONDO"), Map.entry("DOID", "Disease Ontology"),
            Map.entry("HP", "Human Phenotype Ontology"), Map.entry("NCIT", "NCI Thesaurus"),
            Map.entry("EFO", "Experimental Factor Ontology"), Map.entry("OBI", "Ontology for Biomedical Investigations"),
            Map.entry("cellosaurus", "Cellosaurus"), Map.entry("clinicaltrials", "ClinicalTrials.gov"));

    private static final List<Source> KNOWN = Curies.prefixes().stream()
            .map(p -> new Source(p, Curies.iriPrefix(p).orElseThrow(), TITLES.getOrDefault(p, p)))
            .sorted(Comparator.comparingInt((Source s) -> s.uriSpace().length()).reversed())
            .toList();

    private ExternalSources() {}

    /** The known resource whose URI space is the longest one {@code iri} starts with. */
    public static Optional<Source> known(String iri) {
        return KNOWN.stream().filter(s -> iri.startsWith(s.uriSpace())).findFirst();
    }

    /**
     * The resource {@code iri} belongs to: a known one, or else one whose URI space is the IRI up to its last
     * {@code /}, {@code #} or {@code _}, named after that space's last segment ({@code SO} for
     * {@code http://purl.obolibrary.org/obo/SO_}) and titled with it and its host.
     */
    public static Source of(String iri) {
        return known(iri).orElseGet(() -> {
            int cut = Math.max(iri.lastIndexOf('/'), Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('_')));
            String space = cut > 0 ? iri.substring(0, cut + 1) : iri;
            String trimmed = space.replaceAll("[/#_]+$", "");
            String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            String host = Optional.ofNullable(safeHost(iri)).orElse("");
            if (name.isEmpty() || name.equals(host)) {
                return new Source(host.isEmpty() ? "unknown" : host, space, host.isEmpty() ? space : host);
            }
            return new Source(name, space, host.isEmpty() ? name : name + " (" + host + ")");
        });
    }

    /** {@code iri} as a CURIE of a known prefix or of AIR-KG's own, else the IRI itself. */
    public static String curie(String iri) {
        if (iri.startsWith(Iris.ID)) {
            return AIRKG_PREFIX + ":" + iri.substring(Iris.ID.length());
        }
        if (iri.startsWith(Biolink.NS)) {
            return Biolink.curie(iri.substring(Biolink.NS.length()));
        }
        if (iri.startsWith(AIRKG.NS)) {
            return "airkg:" + iri.substring(AIRKG.NS.length());
        }
        return known(iri).map(s -> s.prefix() + ":" + iri.substring(s.uriSpace().length())).orElse(iri);
    }

    private static String safeHost(String iri) {
        try {
            return URI.create(iri).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
