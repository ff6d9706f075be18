package org.airkg.extract.fact;

import java.util.List;
import java.util.Optional;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Quantity;

/**
 * A value a document states, in a table cell ({@link Measurement}) or in a sentence ({@link TextMeasurement},
 * {@link StatedOutcome}):
 * what {@link ConflictFinder} compares. {@code element} is the cell or sentence it was read from, {@code span}
 * where its number stands in the file.
 */
public sealed interface StatedValue permits Measurement, TextMeasurement, StatedOutcome {
    /** The table cell or sentence the value was read from. */
    ElementRef element();

    /** The section the value stands in. */
    Optional<String> sectionId();

    /** Where the value's text stands in the file. */
    Span span();

    /** The value as written. */
    String text();

    /** The number compared: the value, or the estimate of a statistic. */
    Optional<Quantity> number();

    /** The analysis, assessment and cohort the value belongs to. */
    Qualifiers qualifiers();

    /** The entities the value is about. */
    List<String> aboutIds();

    /** The rule that read it. */
    String rule();

    /** The value's id in its document, which names its measurement node: the cell or sentence, then where its text starts. */
    String id();
}
