package org.airkg.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.Statistic;

/**
 * A number read from a table cell, with what it measures: the value (or statistic, for HR, OR and
 * p-value columns), the endpoint (from the row label or the column header), the arm (the drugs the
 * column header names, and its text), the trial (named by the row, the table title or its source line),
 * the entities the row is about (a cell line, a model, a cohort), and the analysis, assessment and cohort
 * the row, column and table title name ({@link Qualifiers}), and the kind of quantity its column or row names
 * ("Frequency of KRAS mutations"), if any. An effect measure of two arms (a hazard ratio beside the columns of both)
 * names the arm it compares with ({@code compared}), and the p-value its row gives in the table's one p column
 * ({@code pValue}). {@code cell} and {@code span} say where it stands; {@code rule} how it was read.
 */
public record Measurement(
        ElementRef cell,
        Optional<String> sectionId,
        Span span,
        int tablePosition,
        int row,
        int column,
        String text,
        Optional<Quantity> quantity,
        Optional<Statistic> statistic,
        Optional<QuantityKind> kind,
        Optional<String> endpointId,
        List<String> aboutIds,
        List<String> armDrugIds,
        String armLabel,
        String armKey,
        Optional<Compared> compared,
        Optional<Quantity> pValue,
        String rowLabel,
        Optional<String> trialId,
        Optional<String> population,
        Optional<String> criterion,
        Qualifiers qualifiers,
        String rule) implements StatedValue {
    public Measurement {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpointId, "endpointId");
        aboutIds = List.copyOf(aboutIds);
        armDrugIds = List.copyOf(armDrugIds);
        Objects.requireNonNull(armLabel, "armLabel");
        Objects.requireNonNull(armKey, "armKey");
        Objects.requireNonNull(compared, "compared");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(rowLabel, "rowLabel");
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(qualifiers, "qualifiers");
        Objects.requireNonNull(rule, "rule");
        if (quantity.isEmpty() && statistic.isEmpty()) {
            throw new IllegalArgumentException("a measurement has a value or a statistic: " + text);
        }
    }

    /** The arm an effect measure compares with: the drugs it is given, its heading or cell, and its key within the table. */
    public record Compared(List<String> drugIds, String label, String key) {
        public Compared {
            drugIds = List.copyOf(drugIds);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * This measurement of an arm given {@code drugs}, compared with an arm given {@code comparedDrugs} (when it compares):
     * the whole regimens column headings name one drug of.
     */
    public Measurement withArmDrugs(List<String> drugs, List<String> comparedDrugs) {
        return new Measurement(cell, sectionId, span, tablePosition, row, column, text, quantity, statistic, kind, endpointId, aboutIds, drugs,
                armLabel, armKey, compared.map(c -> new Compared(comparedDrugs, c.label(), c.key())), pValue, rowLabel, trialId, population, criterion,
                qualifiers, rule);
    }

    /** The table, row and column, then where the value's text starts. */
    @Override
    public String id() {
        return tablePosition + "/" + row + "/" + column + "/" + span.start();
    }

    /** The table cell the value was read from. */
    @Override
    public ElementRef element() {
        return cell;
    }

    /** The value, or the estimate of a statistic. */
    @Override
    public Optional<Quantity> number() {
        return quantity.or(() -> statistic.flatMap(Statistic::estimate));
    }

    /** Whether the value belongs to an arm: a column naming drugs, or a row of a treatment-group table (control included). */
    public boolean hasArm() {
        return !armDrugIds.isEmpty() || armKey.startsWith("row/");
    }
}
