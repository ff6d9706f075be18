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
 * An effect estimate a sentence of running text states: a hazard, odds or risk ratio with its confidence interval,
 * when given ("median PFS was 24.1 versus 15.2 months (HR 0.59; 95% CI 0.47-0.74)"), the endpoint it is an effect on
 * and the trial it comes from, when the sentence says so. {@code element} is the sentence, {@code quote} its exact
 * text in the file, {@code span} where the estimate stands; {@code rule} how it was read.
 */
public record StatedEffect(
        ElementRef element,
        Optional<String> sectionId,
        Span span,
        String quote,
        Statistic statistic,
        Optional<String> endpointId,
        Optional<String> trialId,
        Qualifiers qualifiers,
        String rule) implements StatedValue {
    public StatedEffect {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(endpointId, "endpointId");
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(qualifiers, "qualifiers");
        Objects.requireNonNull(rule, "rule");
        if (statistic.estimate().isEmpty()) {
            throw new IllegalArgumentException("an effect a sentence states has an estimate: " + statistic.text());
        }
        if (endpointId.isEmpty() && trialId.isEmpty()) {
            throw new IllegalArgumentException("an effect a sentence states is an effect on an endpoint or in a trial: " + statistic.text());
        }
    }

    /** The sentence, then where the estimate's text starts. */
    @Override
    public String id() {
        return element.kind() + "/" + element.key() + element.path() + "/" + span.start();
    }

    /** The statistic as written: "HR 0.59; 95% CI 0.47-0.74". */
    @Override
    public String text() {
        return statistic.text();
    }

    @Override
    public Optional<Quantity> number() {
        return statistic.estimate();
    }

    /** The endpoint, then the trial. */
    @Override
    public List<String> aboutIds() {
        return Stream.concat(endpointId.stream(), trialId.stream()).toList();
    }
}
