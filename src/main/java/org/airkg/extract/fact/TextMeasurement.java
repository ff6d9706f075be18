package org.airkg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Quantity;

/**
 * A number a sentence of running text or of a protocol step states, with what it measures: its kind, the
 * entities it is a quantity of ({@code subjectIds}: the variant whose frequency, the assay whose parameter), the
 * cell lines the protocol uses ({@code contextIds}), the population as written, the culture vessel as written
 * ("96-well plate") and the analysis, assessment and cohort the sentence names. {@code element} is the sentence
 * ({@code /sentence/N} below its paragraph), {@code quote} its exact text in the file, {@code span} where the
 * number stands; {@code rule} how it was read.
 */
public record TextMeasurement(
        ElementRef element,
        Optional<String> sectionId,
        Span span,
        String quote,
        Quantity quantity,
        QuantityKind kind,
        List<String> subjectIds,
        List<String> contextIds,
        Optional<String> population,
        Optional<String> vessel,
        Qualifiers qualifiers,
        String rule) implements StatedValue {
    public TextMeasurement {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        subjectIds = List.copyOf(subjectIds);
        contextIds = List.copyOf(contextIds);
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(qualifiers, "qualifiers");
        Objects.requireNonNull(rule, "rule");
        if (subjectIds.isEmpty()) {
            throw new IllegalArgumentException("a value of a sentence is a quantity of some entity: " + quantity.text());
        }
    }

    @Override
    public String id() {
        return TextFacts.valueId(element, span);
    }

    @Override
    public String text() {
        return quantity.text();
    }

    @Override
    public Optional<Quantity> number() {
        return Optional.of(quantity);
    }

    /** The subject entities first, then the protocol's cell lines. */
    @Override
    public List<String> aboutIds() {
        return java.util.stream.Stream.concat(subjectIds.stream(), contextIds.stream()).distinct().toList();
    }
}
