package org.airkg.extract.quantity;

import java.util.Optional;

/**
 * The unit of a quantity: its symbol as the text wrote it, the Unit Ontology or QUDT term it maps to when one
 * was confirmed, and that term's label (for units with no term, a descriptive label such as
 * {@code microgram per animal per day}).
 *
 * @param symbol the unit as written, such as {@code ng/ml} or {@code months}
 * @param iri the IRI of the unit's term in UO ({@code http://purl.obolibrary.org/obo/UO_…}) or QUDT
 *     ({@code http://qudt.org/vocab/unit/…}); empty when no term could be confirmed
 * @param label the term's label, or a description of an unmapped unit
 */
public record Unit(String symbol, Optional<String> iri, String label) {
    /** The IRI namespace of Unit Ontology terms. */
    public static final String UO = "http://purl.obolibrary.org/obo/UO_";
    /** The IRI namespace of QUDT units. */
    public static final String QUDT = "http://qudt.org/vocab/unit/";

    public Unit {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("unit has no symbol");
        }
        if (iri == null) {
            throw new IllegalArgumentException("unit " + symbol + ": iri is null, use Optional.empty()");
        }
        iri.ifPresent(i -> {
            if (!isVocabularyIri(i)) {
                throw new IllegalArgumentException("unit " + symbol + ": IRI " + i + " is neither a UO term ("
                        + UO + "0000000) nor a QUDT unit (" + QUDT + "NAME)");
            }
        });
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("unit " + symbol + " has no label");
        }
    }

    /** Whether an IRI has the form of a UO term or a QUDT unit. */
    public static boolean isVocabularyIri(String iri) {
        if (iri.startsWith(UO)) {
            String id = iri.substring(UO.length());
            return id.length() == 7 && id.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        if (iri.startsWith(QUDT)) {
            String name = iri.substring(QUDT.length());
            return !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
        }
        return false;
    }

    /** The IRI as a CURIE: {@code UO:0000187} or {@code unit:MilliGM-PER-DAY}. */
    public Optional<String> curie() {
        return iri.map(Unit::curieOf);
    }

    static String curieOf(String iri) {
        return iri.startsWith(UO) ? "UO:" + iri.substring(UO.length()) : "unit:" + iri.substring(QUDT.length());
    }
}
