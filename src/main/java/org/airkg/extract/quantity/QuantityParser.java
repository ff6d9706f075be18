package org.airkg.extract.quantity;

import java.util.List;
import java.util.Optional;

/**
 * Reads the numbers of biomedical tables and text exactly, with their units mapped to the Unit Ontology or QUDT.
 * Every method is a pure function of its argument; the parser holds only its immutable unit table.
 *
 * <pre>{@code
 * QuantityParser parser = QuantityParser.standard();
 * parser.findAll("0.5 mg/day and 2.5 mg/day");          // two quantities, unit mg/day (QUDT MilliGM-PER-DAY)
 * parser.parseCell("36 days (significantly shorter)");  // 36, unit days (UO:0000033)
 * parser.effect("HR 0.80 (95% CI 0.68-0.94)");          // HR 0.80, interval 0.68-0.94 at level 0.95
 * parser.pValue("0.0486");                              // a p-value column's cell
 * }</pre>
 */
public final class QuantityParser {
    private final UnitTable units;
    private final UnitMatcher matcher;
    private final StatisticParser statistics;

    private QuantityParser(UnitTable units) {
        this.units = units;
        this.matcher = new UnitMatcher(units);
        this.statistics = new StatisticParser(matcher);
    }

    /** A parser using the standard unit table ({@link UnitTable#standard()}). */
    public static QuantityParser standard() {
        return Standard.PARSER;
    }

    private static final class Standard {
        static final QuantityParser PARSER = new QuantityParser(UnitTable.standard());
    }

    /** A parser using {@code units}. */
    public static QuantityParser with(UnitTable units) {
        return new QuantityParser(units);
    }

    /** The unit table this parser maps units with. */
    public UnitTable units() {
        return units;
    }

    /**
     * Every quantity of {@code text}, in order, with its offsets: {@code "27% (CR: 8%, PR: 19%)"} gives three.
     * Digits inside identifiers ({@code MCF-7}, {@code CO2}, {@code 4E-BP1}, {@code IC50}), label numbers
     * ({@code Table 1}), codes after acronyms ({@code CGS 20267}), list markers and citation years are none.
     */
    public List<Quantity> findAll(String text) {
        return QuantityScanner.scan(text, matcher);
    }

    /** The unit a word names on its own, as a column header states it ({@code weeks}, {@code fold}), if the table knows it. */
    public Optional<Unit> unitNamed(String form) {
        return units.lookup(form.strip()).map(d -> d.as(form.strip()));
    }

    /**
     * The main quantity of a table cell: its first number with unit, comparator and range; what follows it
     * ({@code (comparable)}, {@code (CR: 8%, PR: 19%)}) is a remark.
     */
    public Optional<Quantity> parseCell(String cellText) {
        List<Quantity> all = findAll(cellText);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The first effect estimate of {@code text}: a hazard, odds or risk ratio ({@code OR 1.70 (90% CI
     * 1.20-2.42)}), a fold change ({@code 28-fold decrease}, {@code fold change > 1.20}), or an unnamed estimate
     * with its interval ({@code 0.797 (95% CI 0.637-0.999)}, kind {@link Statistic.Kind#EFFECT}).
     */
    public Optional<Statistic> effect(String text) {
        return statistics.effect(text);
    }

    /**
     * The p-value of {@code text}: labelled ({@code p<0.05}, {@code p = 0.013}), a bare number from 0 to 1 when
     * the caller knows the text is a p-value column's cell ({@code 0.0486}), or only a verdict
     * ({@code Not Significant}).
     */
    public Optional<Statistic> pValue(String text) {
        return statistics.pValue(text);
    }
}
