package org.airkg.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of the unit table: a unit's preferred symbol, its other written forms, the vocabulary term it maps
 * to and where that term was confirmed.
 *
 * @param symbol the preferred written form, such as {@code ng/mL}
 * @param synonyms other written forms, such as {@code ng/ml}
 * @param iri the UO or QUDT IRI, when confirmed
 * @param label the term's label, or a description when there is no term
 * @param confirmedBy the public file and term the IRI was checked against; present exactly when the IRI is
 */
public record UnitDefinition(String symbol, List<String> synonyms, Optional<String> iri, String label,
        Optional<String> confirmedBy) {

    public UnitDefinition {
        if (synonyms == null || confirmedBy == null) {
            throw new IllegalArgumentException("unit " + symbol + ": null synonyms or confirmedBy");
        }
        synonyms = List.copyOf(synonyms);
        new Unit(symbol, iri, label);
        if (iri.isPresent() != confirmedBy.filter(c -> !c.isBlank()).isPresent()) {
            throw new IllegalArgumentException("unit " + symbol + ": "
                    + (iri.isPresent() ? "IRI " + iri.get() + " has no confirmed_by source"
                            : "confirmed_by is given but there is no IRI"));
        }
        iri.ifPresent(i -> {
            String curie = Unit.curieOf(i);
            if (!confirmedBy.get().contains(curie)) {
                throw new IllegalArgumentException("unit " + symbol + ": confirmed_by does not name the term " + curie);
            }
        });
    }

    /** The symbol and every synonym: the forms the parser matches. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(synonyms.size() + 1);
        forms.add(symbol);
        forms.addAll(synonyms);
        return forms;
    }

    /** This unit as written in a text. */
    public Unit as(String written) {
        return new Unit(written, iri, label);
    }
}
