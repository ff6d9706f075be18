package org.airkg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.Statistic;

/**
 * A trial outcome a sentence of running text states: an effect estimate, a hazard, odds or risk ratio with its
 * interval and p-value ("(HR 0.59; 95% CI 0.47-0.74; p < 0.001)"), or the value of an endpoint in one arm ("median PFS was 24.1 months with
 * X and 15.2 months with Y": two values), with the endpoint and the trial when the sentence says them. Exactly one of
 * {@code statistic} and {@code value} is given; {@code pValue} only with a statistic. {@code element} is the sentence, {@code quote} its exact text in the
 * file, {@code span} where the number stands; {@code rule} how it was read.
 */
public record StatedOutcome(
        ElementRef element,
        Optional<String> sectionId,
        Span span,
        String quote,
        Optional<Statistic> statistic,
        Optional<Quantity> pValue,
        Optional<Quantity> value,
        Optional<String> endpointId,
        Optional<String> trialId,
        Qualifiers qualifiers,
        String rule) implements StatedValue {
    public StatedOutcome {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(qualifiers, "qualifiers");
        Objects.requireNonNull(rule, "rule");
        if (statistic.isPresent() == value.isPresent() || statistic.isPresent() && statistic.get().estimate().isEmpty()
                || pValue.isPresent() && statistic.isEmpty()) {
            throw new IllegalArgumentException("an outcome a sentence states is a value or an estimate with its number, at " + span);
        }
        if (endpointId.isEmpty() && trialId.isEmpty()) {
            throw new IllegalArgumentException("an outcome a sentence states is of an endpoint or a trial, at " + span);
        }
    }

    /** An effect estimate, with the p-value stated with it. */
    static StatedOutcome effect(TextFacts.Place place, Statistic statistic, Optional<Quantity> pValue, Optional<String> endpointId,
            Optional<String> trialId, Qualifiers qualifiers) {
        return new StatedOutcome(place.element(), place.sectionId(), place.span(), place.quote(), Optional.of(statistic), pValue,
                Optional.empty(), endpointId, trialId, qualifiers, "text-effect");
    }

    /** The value of an endpoint in one arm. */
    static StatedOutcome value(TextFacts.Place place, Quantity value, Optional<String> endpointId, Optional<String> trialId,
            Qualifiers qualifiers) {
        return new StatedOutcome(place.element(), place.sectionId(), place.span(), place.quote(), Optional.empty(), Optional.empty(),
                Optional.of(value), endpointId, trialId, qualifiers, "text-outcome-value");
    }

    @Override
    public String id() {
        return TextFacts.valueId(element, span);
    }

    /** The statistic as written ("HR 0.59; 95% CI 0.47-0.74"), or the value ("24.1 months"). */
    @Override
    public String text() {
        return statistic.map(Statistic::text).orElseGet(() -> value.orElseThrow().text());
    }

    @Override
    public Optional<Quantity> number() {
        return value.or(() -> statistic.flatMap(Statistic::estimate));
    }

    /** The endpoint, then the trial. */
    @Override
    public List<String> aboutIds() {
        return Stream.concat(endpointId.stream(), trialId.stream()).toList();
    }
}
