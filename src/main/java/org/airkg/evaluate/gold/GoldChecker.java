package org.airkg.evaluate.gold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.GoldException;
import org.airkg.evaluate.Vocabulary;
import org.airkg.evaluate.match.Identifiers;
import org.airkg.evaluate.match.Names;

/**
 * Checks a gold file's JSON against the format and turns it into {@link Gold}: required fields present, kinds,
 * predicates and enumerated values known, names unique, relations naming entities of the file, a variant's gene
 * a gene of the file, no form given twice for one kind. The first problem fails with the file, the entry's line
 * and column, and the entry ({@code relations[2]: ...}).
 */
public final class GoldChecker {
    /** The statistics a measurement may name. */
    public static final List<String> STATISTICS = List.of("value", "HR", "OR", "RR", "fold-change", "p-value");
    /** The analyses a measurement may name. */
    public static final List<String> ANALYSES = List.of("interim", "final", "updated");
    /** The assessments a measurement may name. */
    public static final List<String> ASSESSMENTS = List.of("investigator", "central");
    /** A p-value as written: an optional operator, then a number. */
    public static final Pattern P_VALUE = Pattern.compile("(<=|>=|<|>|≤|≥|=)?\\s*(\\d+(\\.\\d+)?([eE]-?\\d+)?|\\.\\d+)");

    private final String file;

    private GoldChecker(String file) {
        this.file = file;
    }

    /** The checked gold of {@code json}, read from {@code file}; {@code stem} is the document the file name says. */
    public static Gold check(String file, String stem, GoldJson.File json) {
        return new GoldChecker(file).gold(stem, json);
    }

    private Gold gold(String stem, GoldJson.File json) {
        String document = located(json.document(), "document");
        if (!document.equals(stem)) {
            throw fail(json.document().line(), json.document().column(),
                    "document '" + document + "' does not match the file name, which says '" + stem + "'");
        }
        String annotator = located(json.annotator(), "annotator");
        if (json.entities() == null) {
            throw fail(0, 0, "no field 'entities'");
        }
        List<Gold.Entity> entities = entities("entities", json.entities(), true);
        List<Gold.Entity> optional = json.optional() == null ? List.of() : entities("optional", json.optional(), false);
        List<Gold.Entity> all = new ArrayList<>(entities);
        all.addAll(optional);
        checkNamesAndForms(all);
        Map<String, Gold.Entity> byName = all.stream().collect(Collectors.toMap(Gold.Entity::name, e -> e));
        for (Gold.Entity e : all) {
            e.gene().ifPresent(gene -> {
                Gold.Entity g = byName.get(gene);
                if (g == null || g.kind() != Gold.Kind.Gene) {
                    throw fail(e.at(), e.entry() + ": gene '" + gene + "' is not the name of a Gene entity of this file");
                }
            });
        }
        List<Gold.Relation> relations = new ArrayList<>();
        List<GoldJson.Located<GoldJson.Relation>> rs = json.relations() == null ? List.of() : json.relations();
        for (int i = 0; i < rs.size(); i++) {
            relations.add(relation("relations[" + i + "]", rs.get(i), byName));
        }
        List<Gold.Measurement> measurements = new ArrayList<>();
        List<GoldJson.Located<GoldJson.Measurement>> ms = json.measurements() == null ? List.of() : json.measurements();
        for (int i = 0; i < ms.size(); i++) {
            measurements.add(measurement("measurements[" + i + "]", ms.get(i)));
        }
        return new Gold(file, document, annotator, entities, optional, relations, measurements);
    }

    private List<Gold.Entity> entities(String field, List<GoldJson.Located<GoldJson.Entity>> located, boolean required) {
        List<Gold.Entity> out = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            GoldJson.Located<GoldJson.Entity> l = located.get(i);
            GoldJson.Entity e = l.value();
            String entry = field + "[" + i + "]";
            Gold.Position at = new Gold.Position(l.line(), l.column());
            String kindName = required(e.kind(), "kind", l.line(), l.column(), entry + ": ");
            Gold.Kind kind = Arrays.stream(Gold.Kind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                    .orElseThrow(() -> fail(at, entry + ": unknown kind '" + kindName + "'; kinds: " + names(Gold.Kind.values())));
            String name = required(e.name(), "name", l.line(), l.column(), entry + ": ");
            String label = entry + " '" + name + "'";
            if (e.forms() == null || e.forms().isEmpty()) {
                throw fail(at, label + ": no forms; give every way the document writes it");
            }
            Set<String> seen = new HashSet<>();
            for (String form : e.forms()) {
                if (form == null || form.isBlank()) {
                    throw fail(at, label + ": a form is blank");
                }
                if (!seen.add(Names.normalize(form))) {
                    throw fail(at, label + ": form '" + form + "' is given twice");
                }
            }
            List<String> ids = e.ids() == null ? List.of() : e.ids();
            Set<String> idSeen = new HashSet<>();
            for (String id : ids) {
                if (id == null) {
                    throw fail(at, label + ": an id is null");
                }
                Identifiers.problem(id).ifPresent(p -> {
                    throw fail(at, label + ": " + p);
                });
                if (!idSeen.add(id)) {
                    throw fail(at, label + ": id '" + id + "' is given twice");
                }
            }
            if (e.gene() != null && kind != Gold.Kind.GeneVariant) {
                throw fail(at, label + ": only a GeneVariant names a gene");
            }
            out.add(new Gold.Entity(entry, at, kind, name, e.forms(), ids, Optional.ofNullable(e.gene()), required));
        }
        return out;
    }

    private void checkNamesAndForms(List<Gold.Entity> all) {
        Map<String, Gold.Entity> names = new HashMap<>();
        Map<String, Gold.Entity> forms = new HashMap<>();
        for (Gold.Entity e : all) {
            Gold.Entity other = names.putIfAbsent(e.name(), e);
            if (other != null) {
                throw fail(e.at(), e.entry() + ": name '" + e.name() + "' is also the name of " + other.entry());
            }
            for (String form : e.forms()) {
                Gold.Entity same = forms.putIfAbsent(e.kind() + " " + Names.normalize(form), e);
                if (same != null && same != e) {
                    throw fail(e.at(), e.entry() + " '" + e.name() + "': form '" + form + "' is also a form of " + same.entry()
                            + " '" + same.name() + "' of the same kind");
                }
            }
        }
    }

    private Gold.Relation relation(String entry, GoldJson.Located<GoldJson.Relation> l, Map<String, Gold.Entity> byName) {
        GoldJson.Relation r = l.value();
        Gold.Position at = new Gold.Position(l.line(), l.column());
        String prefix = entry + ": ";
        String subject = required(r.subject(), "subject", l.line(), l.column(), prefix);
        String predicate = required(r.predicate(), "predicate", l.line(), l.column(), prefix);
        String object = required(r.object(), "object", l.line(), l.column(), prefix);
        String label = entry + " (" + subject + " " + predicate + " " + object + "): ";
        if (!Vocabulary.predicates().contains(predicate)) {
            throw fail(at, label + "unknown predicate '" + predicate + "'; predicates: " + String.join(", ", Vocabulary.predicates()));
        }
        for (String[] end : new String[][] {{"subject", subject}, {"object", object}}) {
            if (!byName.containsKey(end[1])) {
                throw fail(at, label + end[0] + " '" + end[1] + "' is not the name of an entity of this file");
            }
        }
        Gold.Polarity polarity = choice(Gold.Polarity.values(), r.polarity(), "polarity", at, label);
        Gold.Modality modality = choice(Gold.Modality.values(), r.modality(), "modality", at, label);
        String quote = required(r.quote(), "quote", l.line(), l.column(), label);
        GoldJson.Qualifiers q = r.qualifiers();
        Gold.Qualifiers qualifiers = q == null ? Gold.Qualifiers.NONE
                : new Gold.Qualifiers(optional(q.model(), "qualifiers.model", at, label),
                        optional(q.indication(), "qualifiers.indication", at, label),
                        optional(q.population(), "qualifiers.population", at, label));
        return new Gold.Relation(entry, at, subject, predicate, object, polarity, modality, qualifiers, quote);
    }

    private Gold.Measurement measurement(String entry, GoldJson.Located<GoldJson.Measurement> l) {
        GoldJson.Measurement m = l.value();
        Gold.Position at = new Gold.Position(l.line(), l.column());
        String label = entry + ": ";
        String quote = required(m.quote(), "quote", l.line(), l.column(), label);
        Optional<String> statistic = oneOf(m.statistic(), STATISTICS, "statistic", at, label);
        Optional<String> pValue = optional(m.pValue(), "pValue", at, label);
        pValue.filter(p -> !P_VALUE.matcher(p.strip()).matches()).ifPresent(p -> {
            throw fail(at, label + "pValue '" + p + "' is not an optional operator (<, >, ≤, ≥, =) and a number");
        });
        if (m.value() == null && pValue.isEmpty()) {
            throw fail(at, label + "neither value nor pValue is given");
        }
        return new Gold.Measurement(entry, at, quote, optional(m.endpoint(), "endpoint", at, label),
                optional(m.trial(), "trial", at, label), names(m.arm(), "arm", at, label), names(m.comparator(), "comparator", at, label),
                statistic, Optional.ofNullable(m.value()), optional(m.unit(), "unit", at, label), Optional.ofNullable(m.ciLower()),
                Optional.ofNullable(m.ciUpper()), Optional.ofNullable(m.ciLevel()), pValue,
                oneOf(m.analysis(), ANALYSES, "analysis", at, label), oneOf(m.assessment(), ASSESSMENTS, "assessment", at, label),
                optional(m.population(), "population", at, label), optional(m.timepoint(), "timepoint", at, label),
                optional(m.model(), "model", at, label));
    }

    private List<String> names(List<String> names, String field, Gold.Position at, String label) {
        if (names == null) {
            return List.of();
        }
        if (names.isEmpty() || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            throw fail(at, label + field + " is an empty list or has a blank name; write null when it does not apply");
        }
        return names;
    }

    private Optional<String> oneOf(String value, List<String> allowed, String field, Gold.Position at, String label) {
        if (value != null && !allowed.contains(value)) {
            throw fail(at, label + "unknown " + field + " '" + value + "'; one of: " + String.join(", ", allowed) + ", or null");
        }
        return Optional.ofNullable(value);
    }

    private Optional<String> optional(String value, String field, Gold.Position at, String label) {
        if (value != null && value.isBlank()) {
            throw fail(at, label + field + " is blank; write null when it does not apply");
        }
        return Optional.ofNullable(value);
    }

    private <E extends Enum<E>> E choice(E[] values, String value, String field, Gold.Position at, String label) {
        if (value == null) {
            throw fail(at, label + "no " + field);
        }
        return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> fail(at, label + "unknown " + field + " '" + value + "'; one of: " + names(values).toLowerCase(Locale.ROOT)));
    }

    private String located(GoldJson.Located<String> value, String field) {
        return value == null ? required(null, field, 0, 0, "") : required(value.value(), field, value.line(), value.column(), "");
    }

    private String required(String value, String field, int line, int column, String label) {
        if (value == null || value.isBlank()) {
            throw fail(line, column, label + (value == null ? "no " + field : field + " is blank"));
        }
        return value;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private GoldException fail(Gold.Position at, String problem) {
        return fail(at.line(), at.column(), problem);
    }

    private GoldException fail(int line, int column, String problem) {
        return new GoldException(file, line, column, problem);
    }
}
