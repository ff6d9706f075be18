package org.airkg.evaluate.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.gold.GoldChecker;
import org.airkg.evaluate.graph.SystemMeasurement;

/**
 * Compares one field of a paired gold and system measurement. {@code statistic} is always stated (a
 * measurement without a statistic is a plain {@code value}); the interval level is compared as a percentage;
 * a p-value measurement states its number as {@code pValue} (with its comparator), not as {@code value}; other
 * measurements state no p-value; a timepoint is compared as a number and a unit of time, in either order and either
 * number ("week 12" is "12 weeks", "first cycle" is "cycle 1"), or else as its words.
 */
public final class MeasurementFields {
    /** The fields, in report order. */
    public static final List<String> FIELDS = List.of("endpoint", "trial", "arm", "comparator", "statistic", "value", "unit", "ciLower",
            "ciUpper", "ciLevel", "pValue", "analysis", "assessment", "population", "timepoint", "model");

    private MeasurementFields() {}

    /**
     * One field compared: the gold's value and the system's as text, each null when not given or not stated,
     * and whether they agree.
     */
    public record Comparison(String gold, String system, boolean correct) {}

    /** Compares {@code field} of a pair. */
    public static Comparison compare(String field, Gold.Measurement g, SystemMeasurement s, DocumentMatcher m) {
        return switch (field) {
            case "endpoint" -> entity(g.endpoint(), s.endpoint(), m);
            case "trial" -> entity(g.trial(), s.trial(), m);
            case "arm" -> arm(g, s, m);
            case "comparator" -> drugs(g.comparator(), s.comparedDrugs(), m);
            case "statistic" -> text(g.statistic(), Optional.of(statistic(s)), false);
            case "value" -> number(g.value(), isPValue(s) ? Optional.empty() : s.value());
            case "unit" -> text(g.unit(), s.unitText(), true);
            case "ciLower" -> number(g.ciLower(), s.ciLower());
            case "ciUpper" -> number(g.ciUpper(), s.ciUpper());
            case "ciLevel" -> number(g.ciLevel(), s.ciLevel().map(l -> l.compareTo(BigDecimal.ONE) <= 0 ? l.movePointRight(2) : l));
            case "pValue" -> pValue(g.pValue(), s);
            case "analysis" -> text(g.analysis(), s.analysis(), false);
            case "assessment" -> text(g.assessment(), s.assessment(), false);
            case "population" -> text(g.population(), s.population(), true);
            case "timepoint" -> timepoint(g.timepoint(), s.timepoint());
            case "model" -> model(g.model(), s, m);
            default -> throw new IllegalArgumentException("unknown measurement field " + field);
        };
    }

    /** The gold statistic name of a system measurement: HR, OR, RR, fold-change, p-value, or value when it states none. */
    public static String statistic(SystemMeasurement s) {
        return s.statistic().map(t -> switch (t) {
            case "FOLD_CHANGE" -> "fold-change";
            case "P_VALUE" -> "p-value";
            default -> t;
        }).orElse("value");
    }

    private static boolean isPValue(SystemMeasurement s) {
        return "P_VALUE".equals(s.statistic().orElse(""));
    }

    /** The number a gold measurement is paired by: its value, or its p-value's number. */
    public static Optional<BigDecimal> key(Gold.Measurement g) {
        return g.value().or(() -> g.pValue().flatMap(p -> parsePValue(p).map(PValue::number)));
    }

    private static Comparison entity(Optional<String> gold, Optional<String> system, DocumentMatcher m) {
        return new Comparison(gold.orElse(null), system.map(iri -> m.entity(iri).label()).orElse(null),
                gold.isPresent() && system.isPresent() && m.resolves(system.get(), gold.get()));
    }

    private static Comparison arm(Gold.Measurement g, SystemMeasurement s, DocumentMatcher m) {
        if (!s.armDrugs().isEmpty()) {
            return drugs(g.arm(), s.armDrugs(), m);
        }
        String gold = g.arm().isEmpty() ? null : String.join(", ", g.arm());
        return s.armLabel().map(label -> new Comparison(gold, label, g.arm().size() == 1 && Names.same(g.arm().get(0), label)))
                .orElse(new Comparison(gold, null, false));
    }

    /** An arm's drugs against the gold's names of them: right when each names one of them and none is left over. */
    private static Comparison drugs(List<String> goldNames, List<String> systemDrugs, DocumentMatcher m) {
        String gold = goldNames.isEmpty() ? null : String.join(", ", goldNames);
        if (systemDrugs.isEmpty()) {
            return new Comparison(gold, null, false);
        }
        String system = String.join(", ", systemDrugs.stream().map(d -> m.entity(d).label()).toList());
        List<String> left = new ArrayList<>(goldNames);
        boolean correct = !left.isEmpty() && left.size() == systemDrugs.size();
        for (String drug : systemDrugs) {
            Optional<String> name = left.stream().filter(n -> m.resolves(drug, n)).findFirst();
            name.ifPresent(left::remove);
            correct &= name.isPresent();
        }
        return new Comparison(gold, system, correct);
    }

    private static Comparison model(Optional<String> gold, SystemMeasurement s, DocumentMatcher m) {
        List<String> models = s.about().stream().filter(iri -> m.entity(iri).kind()
                .filter(k -> k == Gold.Kind.CellLine || k == Gold.Kind.AnimalModel).isPresent()).toList();
        return new Comparison(gold.orElse(null), models.isEmpty() ? null : String.join(", ", models.stream().map(e -> m.entity(e).label()).toList()),
                gold.isPresent() && models.stream().anyMatch(e -> m.resolves(e, gold.get())));
    }

    private static Comparison text(Optional<String> gold, Optional<String> system, boolean normalized) {
        boolean correct = gold.isPresent() && system.isPresent()
                && (normalized ? Names.same(gold.get(), system.get()) : gold.get().equals(system.get()));
        return new Comparison(gold.orElse(null), system.orElse(null), correct);
    }

    /** A number and a unit of time, either first: "24 h", "6-month", "week 12", "12 weeks" (group 1 or 4 the number, 2 or 3 the unit). */
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile(
            "(?i)^(?:([0-9]+(?:\\.[0-9]+)?)[\\s-]*(h|hrs?|hours?|days?|weeks?|months?|years?|cycles?)|(day|week|month|year|cycle)\\s+([0-9]+(?:\\.[0-9]+)?))$");

    /** An ordinal before a unit of time: "first cycle" is cycle 1. */
    private static final java.util.regex.Pattern ORDINAL_TIME = java.util.regex.Pattern.compile(
            "(?i)^(first|second|third|fourth|fifth|sixth)\\s+(day|week|month|year|cycle)$");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth");

    /** A timepoint as a number and a unit of time in the singular ("12 week"), or its words in lower case. */
    static String timepointKey(String timepoint) {
        Matcher ordinal = ORDINAL_TIME.matcher(timepoint.strip());
        if (ordinal.matches()) {
            return (ORDINALS.indexOf(ordinal.group(1).toLowerCase(Locale.ROOT)) + 1) + " " + ordinal.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher m = TIME.matcher(timepoint.strip());
        if (!m.matches()) {
            return Names.normalize(timepoint);
        }
        String number = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(4)).stripTrailingZeros().toPlainString();
        String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        unit = unit.startsWith("h") ? "hour" : unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return number + " " + unit;
    }

    private static Comparison timepoint(Optional<String> gold, Optional<String> system) {
        return new Comparison(gold.orElse(null), system.orElse(null),
                gold.isPresent() && system.isPresent() && timepointKey(gold.get()).equals(timepointKey(system.get())));
    }

    private static Comparison number(Optional<BigDecimal> gold, Optional<BigDecimal> system) {
        return new Comparison(gold.map(MeasurementFields::plain).orElse(null), system.map(MeasurementFields::plain).orElse(null),
                gold.isPresent() && system.isPresent() && gold.get().compareTo(system.get()) == 0);
    }

    private static Comparison pValue(Optional<String> gold, SystemMeasurement s) {
        Optional<PValue> system = isPValue(s) ? s.value().map(v -> new PValue(operator(s.comparator().orElse("=")), v))
                : s.pValue().map(v -> new PValue(operator(s.pValueComparator().orElse("=")), v));
        Optional<PValue> expected = gold.flatMap(MeasurementFields::parsePValue);
        return new Comparison(gold.orElse(null), system.map(PValue::toString).orElse(null),
                expected.isPresent() && system.isPresent() && expected.get().operator().equals(system.get().operator())
                        && expected.get().number().compareTo(system.get().number()) == 0);
    }

    /** A p-value: its operator ({@code =} when none is written) and its number. */
    private record PValue(String operator, BigDecimal number) {
        @Override
        public String toString() {
            return ("=".equals(operator) ? "" : operator) + plain(number);
        }
    }

    private static Optional<PValue> parsePValue(String text) {
        Matcher matcher = GoldChecker.P_VALUE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PValue(operator(matcher.group(1) == null ? "=" : matcher.group(1)),
                new BigDecimal(matcher.group(2).toUpperCase(Locale.ROOT))));
    }

    private static String operator(String op) {
        return switch (op) {
            case "<=" -> "≤";
            case ">=" -> "≥";
            default -> op;
        };
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
