package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/**
 * Relations a table states by its layout rather than by a sentence: a row names an entity in its first column, and a
 * column's heading says what the cells below it are to that entity (the arm of a trial whose figure the cell gives,
 * the drug's class, its target, its partner).
 */
final class TableReaders {
    /** A placebo arm: the drugs it names are the backbone every arm receives, not what it tests. */
    private static final Pattern PLACEBO = Pattern.compile("(?i)\\bplacebo\\b");
    /**
     * The reference arm the others add to: "Endocrine therapy alone" beside "Palbociclib | Ribociclib | Abemaciclib", whose
     * events are those of the therapy every patient receives, not of a drug it tests.
     */
    private static final Pattern ALONE = Pattern.compile("(?i)\\balone\\b");
    /**
     * An active comparator arm whose heading names no drug: "SOC, any grade", "Investigator's choice", "Physician's choice
     * chemotherapy", "Chemotherapy, any grade" (a regimen chosen among several), or a "Control" arm, which in a trial is
     * as often the standard regimen as a placebo. It tests no drug of its own, and the arm it is compared with head to
     * head must clearly exceed it.
     */
    private static final Pattern COMPARATOR = Pattern.compile("(?i)\\b(?:SOC|TPC|control|standard|investigator'?s?|physician'?s?|usual care|"
            + "treatment of choice|best supportive care|chemotherapy)\\b");
    /**
     * A heading that names a grade, so that a column naming the arm's drugs again is that arm's ("Palbociclib + letrozole,
     * all grades | Palbociclib + letrozole, grade 3-4"); without it the column is another arm given the same drugs
     * ("Prophylactic loperamide | On-demand loperamide").
     */
    private static final Pattern GRADE = Pattern.compile("(?i)\\bgrades?\\b|\\ball\\b|\\bany\\b|≥|\\btotal\\b");
    /** The figure a cell opens on: "79", "12.5", "44 (21)", "<1". */
    private static final Pattern FIGURE = Pattern.compile("^[\\s*_<≤~]*(\\d+(?:\\.\\d+)?)");
    /** How many times the comparator's figure an arm's must be, beside a backbone both arms share, to be the arm's own. */
    static final double CLEAR_RATIO = 1.5;
    /** How many points more than the comparator's figure an arm's must be, beside a shared backbone. */
    static final double CLEAR_POINTS = 5.0;

    private TableReaders() {}

    /**
     * An arm of the table: the drugs its heading names in reading order, whether it is the placebo arm or the arm of a drug
     * "alone", the figure of its first column in the row (NaN for none) and that cell's span, and the name its heading gives
     * each drug.
     */
    private record Arm(List<String> drugs, boolean placebo, boolean alone, boolean counted, double figure, Span cell, Map<String, String> names) {}

    /** A heading that gives its arm's size, as a trial's randomised arms do: "Metformin (n = 75)". */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\(\\s*n\\s*=\\s*[\\d,]+\\s*\\)");

    /**
     * The drug each arm of a table tests, with the object its row names in the first column, when the arm's figure
     * in that row is above zero: "| Diarrhoea | 79 | 11 | 18 | 1 |" under "Abemaciclib + fulvestrant, any grade | Grade
     * 3-4 | Placebo + fulvestrant, any grade | Grade 3-4" states that abemaciclib causes diarrhoea. The table's title or
     * headings must hold the cue. An arm is the run of columns whose headings name the same drugs (a heading naming
     * none, "Grade 3-4", goes on with the arm before it, unless it names an active comparator, "SOC, any grade"); its figure
     * is that of its first column. The drug an arm tests
     * is the first it names that not every arm receives (the backbone); a placebo arm tests none, nor does an arm its
     * heading calls the drug "alone" (the reference the other arms add to). When the table has a
     * placebo arm, arms share a backbone, or two active arms are compared head to head, the figure must exceed the placebo
     * arm's, or, against an
     * active comparator, be clearly higher than every other arm's ({@value #CLEAR_RATIO} times and {@value #CLEAR_POINTS}
     * points): neutropenia at 83% with camizestrant plus palbociclib and 81% with letrozole plus palbociclib is
     * palbociclib's, not camizestrant's; hot flushes at 11.2% with fulvestrant and 10.7% with anastrozole are said of
     * neither. A table of three drugs or more side by side (a review's class comparison) gives each its events.
     */
    static List<Found> armColumns(Unit u, RelationRule rule, Scope s) {
        if (u.columns().size() < 2 || !rule.cuePattern().matcher(u.text() + "\n"
                + u.columns().stream().map(Unit.Column::heading).collect(Collectors.joining("\n"))).find()) {
            return List.of();
        }
        List<Mention> objects = inside(s.objects(u, rule), u.columns().get(0));
        if (objects.isEmpty()) {
            return List.of();
        }
        List<Arm> arms = arms(u.columns().subList(1, u.columns().size()), rule, s);
        // the backbone is what every arm that names drugs receives: a comparator naming none ("SOC") has no say in it
        List<Arm> dosed = arms.stream().filter(a -> !a.drugs().isEmpty()).toList();
        Set<String> backbone = dosed.size() < 2 ? Set.of() : dosed.stream().map(a -> (Set<String>) new LinkedHashSet<>(a.drugs()))
                .reduce((a, b) -> {
                    a.retainAll(b);
                    return a;
                }).orElse(Set.of());
        List<Found> found = new ArrayList<>();
        for (Arm arm : arms) {
            // what an arm adds to an arm it contains ("Anastrozole + GnRH agonist" beside "Anastrozole") is what it tests
            Set<String> contained = new HashSet<>();
            arms.stream().filter(other -> nests(arm, other)).forEach(other -> contained.addAll(other.drugs()));
            Optional<String> tested = arm.placebo() || arm.alone() ? Optional.empty()
                    : arm.drugs().stream().filter(d -> !backbone.contains(d) && !contained.contains(d)).findFirst();
            if (tested.isEmpty() || !(arm.figure() > 0) || !attributable(arm, tested.get(), arms, backbone)) {
                continue;
            }
            Mention drug = new Mention(arm.names().get(tested.get()), arm.cell(), u.element(), u.sectionId(), MentionStatus.LINKED,
                    List.of(tested.get()), Optional.empty(), 1.0, "table-column");
            objects.forEach(o -> found.add(new Found(drug, rule.predicate(), o)));
        }
        return found;
    }

    /** Whether {@code outer} gives every drug of {@code inner}, another arm that names drugs, and more. */
    private static boolean nests(Arm outer, Arm inner) {
        return outer != inner && !inner.drugs().isEmpty() && outer.drugs().size() > inner.drugs().size() && outer.drugs().containsAll(inner.drugs());
    }

    /**
     * Whether an arm's figure is its tested drug's own rather than the backbone's or the arm's it adds to (see
     * {@link #armColumns}): it is compared with the arms that do not give the tested drug.
     */
    private static boolean attributable(Arm arm, String tested, List<Arm> arms, Set<String> backbone) {
        // two active arms compared, or more that a trial randomised, each heading giving its size ("Liraglutide (n = 75) |
        // Metformin (n = 75) | Immediate letrozole (n = 75)"); drugs set side by side without sizes (a review's comparison
        // of agents from several trials) each own their events
        boolean headToHead = arms.stream().noneMatch(Arm::placebo)
                && (arms.size() == 2 || arms.size() > 2 && arms.stream().allMatch(Arm::counted) && arms.stream().noneMatch(Arm::alone));
        boolean nested = arms.stream().anyMatch(a -> arms.stream().anyMatch(b -> nests(a, b)));
        // beside a placebo arm, an event no more frequent with the drug than with placebo is not the drug's
        if (backbone.isEmpty() && !headToHead && !nested && arms.stream().noneMatch(Arm::placebo)) {
            return true;
        }
        List<Arm> others = arms.stream().filter(a -> a != arm && !a.drugs().contains(tested)).toList();
        if (others.isEmpty()) {
            return false;
        }
        double highest = others.stream().mapToDouble(Arm::figure).filter(f -> !Double.isNaN(f)).max().orElse(0);
        return others.stream().anyMatch(Arm::placebo) ? arm.figure() > highest
                : arm.figure() >= CLEAR_RATIO * highest && arm.figure() - highest >= CLEAR_POINTS;
    }

    /** The arms the columns after the first name, each with the figure of its first column; none if a column names no arm. */
    private static List<Arm> arms(List<Unit.Column> columns, RelationRule rule, Scope s) {
        List<Arm> arms = new ArrayList<>();
        for (Unit.Column c : columns) {
            List<Mention> named = c.named().stream().filter(m -> rule.subjects().contains(s.kindOf(m))).toList();
            List<String> drugs = named.stream().map(m -> m.entityIds().get(0)).distinct().toList();
            boolean placebo = PLACEBO.matcher(c.heading()).find();
            Arm last = arms.isEmpty() ? null : arms.get(arms.size() - 1);
            boolean sameArm = last != null && drugs.equals(last.drugs()) && placebo == last.placebo() && GRADE.matcher(c.heading()).find();
            boolean comparator = drugs.isEmpty() && !placebo && COMPARATOR.matcher(c.heading()).find();
            boolean comparatorAgain = comparator && last != null && last.drugs().isEmpty() && !last.placebo();
            if (last != null && drugs.isEmpty() && !placebo && !comparator || sameArm || comparatorAgain) {
                continue;
            }
            if (drugs.isEmpty() && !placebo && !comparator) {
                return List.of();
            }
            Map<String, String> names = new HashMap<>();
            named.forEach(m -> names.putIfAbsent(m.entityIds().get(0), m.text()));
            arms.add(new Arm(drugs, placebo, ALONE.matcher(c.heading()).find(), COUNTED.matcher(c.heading()).find(), figure(c.text()).orElse(Double.NaN),
                    c.span(), names));
        }
        return arms;
    }

    /**
     * The one entity of the subject kinds a row names in its first column, with each entity of the object kinds in the
     * cells whose column heading holds the cue: under "Agent | Class | Main target | Endocrine partner", the row
     * "Entinostat | HDAC inhibitor (class I) | HDAC1, HDAC3 | Exemestane | Phase III" names entinostat's class, targets
     * and partner. A first column naming several entities says nothing of which one the other cells describe.
     */
    static List<Found> column(Unit u, RelationRule rule, Scope s) {
        return rowAndCells(u, rule, s.subjects(u, rule), s.objects(u, rule)).stream()
                .map(pair -> new Found(pair.get(0), rule.predicate(), pair.get(1))).toList();
    }

    /**
     * The one entity of the object kinds a row names in its first column, with each entity of the subject kinds in the
     * cells whose column heading holds the cue: under "Toxicity | Agents | Prevention | Management", the row "Rash |
     * Alpelisib | Non-sedating antihistamine | Topical corticosteroid" names what causes the rash (the agents) and what
     * prevents or treats it.
     */
    static List<Found> rowColumn(Unit u, RelationRule rule, Scope s) {
        return rowAndCells(u, rule, s.objects(u, rule), s.subjects(u, rule)).stream()
                .map(pair -> new Found(pair.get(1), rule.predicate(), pair.get(0))).toList();
    }

    /** The one entity of {@code row} in a row's first column, with each of {@code cells} under a heading that holds the cue. */
    private static List<List<Mention>> rowAndCells(Unit u, RelationRule rule, List<Mention> row, List<Mention> cells) {
        if (u.columns().size() < 2) {
            return List.of();
        }
        List<Mention> first = inside(row, u.columns().get(0));
        if (first.stream().map(m -> m.entityIds().get(0)).distinct().count() != 1) {
            return List.of();
        }
        List<List<Mention>> found = new ArrayList<>();
        for (Unit.Column c : u.columns().subList(1, u.columns().size())) {
            if (rule.cuePattern().matcher(c.heading()).find()) {
                inside(cells, c).forEach(m -> found.add(List.of(first.get(0), m)));
            }
        }
        return found;
    }

    /**
     * Levels relative to a reference, one model a row and one gene a column or the other way round: under "Table 1.
     * Luminal markers (fold change, knockout versus control)", the row "| GATA3 | 0.34 | 0.29 |" below "Marker |
     * MCF-7-ARID1A-KO | T47D-ARID1A-KO" states GATA3 down in both lines, and "| MCF-7aro/LetR | <5 | 6.2 |" below "Cell
     * line | PTEN (% of parent) | p-AKT Ser473 (fold)" PTEN down and AKT up in it. A level is up (the predicate) at
     * {@value #UP} times the reference or more, down (the alternate) at {@value #DOWN} or less, and says nothing
     * between; a heading with "%" gives a percentage of the reference. The cue must stand in the title or the headings.
     */
    static List<Found> relativeLevels(Unit u, RelationRule rule, Scope s) {
        if (u.columns().size() < 2 || rule.alternate().isEmpty() || !rule.cuePattern().matcher(u.text() + "\n"
                + u.columns().stream().map(Unit.Column::heading).collect(Collectors.joining("\n"))).find()) {
            return List.of();
        }
        Unit.Column first = u.columns().get(0);
        if (u.columns().stream().skip(1).anyMatch(c -> u.mentions().stream().anyMatch(m -> c.span().holds(m.span())))) {
            return List.of(); // "KGN | AMH 10 ng/mL | 0.51": what a treatment did, no trait of the model
        }
        List<Mention> genes = distinct(inside(s.subjects(u, rule), first));
        List<Mention> models = distinct(inside(s.objects(u, rule), first)).stream().filter(m -> whole(m.text(), first.text())).toList();
        if (genes.size() + models.size() != 1) {
            return List.of();
        }
        boolean geneRow = genes.size() == 1;
        List<Found> found = new ArrayList<>();
        for (Unit.Column c : u.columns().subList(1, u.columns().size())) {
            List<Mention> heading = distinct(c.named().stream()
                    .filter(m -> (geneRow ? rule.objects() : rule.subjects()).contains(s.kindOf(m))).toList());
            OptionalDouble figure = figure(c.text());
            boolean treated = c.named().stream().anyMatch(m -> TREATMENTS.contains(s.kindOf(m)));
            if (heading.size() != 1 || figure.isEmpty() || treated || geneRow && !whole(heading.get(0).text(), c.heading())) {
                continue;
            }
            double level = c.heading().contains("%") ? figure.getAsDouble() / 100 : figure.getAsDouble();
            Mention gene = geneRow ? genes.get(0) : heading.get(0);
            Mention model = geneRow ? heading.get(0) : models.get(0);
            if (level >= UP) {
                found.add(new Found(gene, rule.predicate(), model));
            } else if (level <= DOWN) {
                found.add(new Found(gene, rule.alternate().get(), model));
            }
        }
        return found;
    }

    /** What a row or heading may name as given to the cells, making a level the treatment's effect. */
    private static final Set<String> TREATMENTS = Set.of("Drug", "DrugClass");
    /** What may stand beside a model's name in a cell that is only its name: "cells", "line", "(parental)". */
    private static final Pattern MODEL_CELL_REST = Pattern.compile("(?i)[\\s*_]*(?:cells?|lines?|\\((?:parental|control|knockout|KO)\\))?[\\s*_]*");

    /** Whether a cell (or heading) is only the model's name: "MCF-7-ARID1A-KO" is no MCF-7. */
    private static boolean whole(String name, String cell) {
        int at = cell.indexOf(name);
        return at >= 0 && MODEL_CELL_REST.matcher(cell.substring(0, at)).matches() && MODEL_CELL_REST.matcher(cell.substring(at + name.length())).matches();
    }

    /** A level this many times its reference or more is up; {@link #DOWN} or less is down. */
    static final double UP = 1.5;
    static final double DOWN = 0.67;

    /** One mention of each entity. */
    private static List<Mention> distinct(List<Mention> mentions) {
        Set<String> seen = new java.util.HashSet<>();
        return mentions.stream().filter(m -> seen.add(m.entityIds().get(0))).toList();
    }

    private static List<Mention> inside(List<Mention> mentions, Unit.Column c) {
        return mentions.stream().filter(c::holds).toList();
    }

    private static OptionalDouble figure(String cell) {
        Matcher m = FIGURE.matcher(cell);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}
