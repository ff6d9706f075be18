package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;

/**
 * The named rules that read relations from a unit of text. Each rule looks for cue words and the kinds
 * of entity the relation joins; the extractor adds polarity, evidence kind, model and indication.
 */
final class RelationRules {
    static final Set<String> GENES = Set.of("Gene", "Protein", "GeneVariant", "Biomarker");
    static final Set<String> DRUGS = Set.of("Drug", "DrugClass");
    static final Set<String> MODELS = Set.of("CellLine", "XenograftModel", "AnimalModel", "ExperimentalModel");
    static final Set<String> TARGETS = Set.of("Gene", "Protein", "Pathway");

    private static final Pattern BIOMARKER = Pattern.compile("(?i)biomarker|\\bmarkers?\\b|predict|risk factor");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    private static final Pattern SENSITIVITY = Pattern.compile("(?i)sensitiv|response to|respond");
    private static final Pattern UP = Pattern.compile("(?i)upregulat|up-regulat|overexpress|increased expression|increase[sd]? in|elevated|amplif|activation of|hyperactivat");
    private static final Pattern DOWN = Pattern.compile("(?i)downregulat|down-regulat|suppression|decreased expression|loss of|decrease[sd]? in");
    private static final Pattern INHIBIT = Pattern.compile("(?i)\\binhibit(?:s|ed|ing|or of|ors of)?\\b|\\bblock(?:s|ed|ing)?\\b");
    private static final Pattern TARGET = Pattern.compile("(?i)\\btarget(?:s|ing)\\b");
    private static final Pattern COMBINED = Pattern.compile("(?i)combin(?:ed|ing|ation)|dual blockade|concurrent|together");
    private static final Pattern JOINED = Pattern.compile("(?i)^\\W*(?:\\+|plus|with|and|or)\\W*$|^[^.;]{0,12}\\+[^.;]{0,12}$");
    private static final Pattern OVERCOME = Pattern.compile("(?i)overcom|restor\\w* (?:\\w+ )?sensitivity|re-?sensiti[sz]|revers\\w* (?:\\w+ )?resistance|regain");
    private static final Pattern CROSS_RESISTANCE = Pattern.compile("(?i)cross-resist");
    private static final Pattern ADVERSE = Pattern.compile("(?i)side effect|adverse|toxicit|tolerab");
    private static final Pattern TREATS = Pattern.compile("(?i)therapy for|treatment (?:of|for)|\\btreat(?:s|ed|ing)?\\b|cornerstone|used (?:in|for)|first-line|second-line|as (?:initial )?adjuvant");
    private static final Pattern DERIVED = Pattern.compile("(?i)derived|generat\\w+|establish\\w+|selected|becoming|become|develop\\w* (?:\\w+ )?resistan");
    private static final Pattern MEMBER = Pattern.compile("(?i)\\b(?:is|are) (?:a |the )?(?:key )?(?:components?|members?) of\\b");

    /** One rule: its name and what it reads from a unit. */
    record Rule(String name, java.util.function.BiFunction<Unit, Function<String, String>, List<Found>> read) {}

    /** A relation a rule found: subject and object mentions and the ontology property. */
    record Found(Mention subject, String predicate, Mention object) {}

    static final List<Rule> RULES = List.of(
            new Rule("biomarker-of-resistance", (u, c) -> u.has(RESISTANCE)
                    ? ordered(u, c, GENES, BIOMARKER, DRUGS, "biomarkerOfResistanceTo") : List.of()),
            new Rule("biomarker-of-sensitivity", (u, c) -> u.has(SENSITIVITY) && !u.has(RESISTANCE)
                    ? ordered(u, c, GENES, BIOMARKER, DRUGS, "biomarkerOfSensitivityTo") : List.of()),
            new Rule("expression-change", RelationRules::expression),
            new Rule("drug-inhibits", (u, c) -> ordered(u, c, DRUGS, INHIBIT, TARGETS, "inhibits")),
            new Rule("drug-targets", (u, c) -> ordered(u, c, DRUGS, TARGET, TARGETS, "targets")),
            new Rule("combined-with", RelationRules::combined),
            new Rule("overcomes-resistance", RelationRules::overcomes),
            new Rule("cross-resistance", (u, c) -> u.cues(CROSS_RESISTANCE).stream().findFirst()
                    .map(k -> adjacent(u.of(c, Set.of("Drug")).stream().filter(m -> m.span().start() > k.offset()).toList(), "crossResistantWith"))
                    .orElse(List.of())),
            new Rule("adverse-event", (u, c) -> u.has(ADVERSE) ? pairs(u.of(c, DRUGS), "causesAdverseEvent", u.of(c, Set.of("AdverseEvent"))) : List.of()),
            new Rule("evaluated-in-trial", (u, c) -> pairs(u.of(c, Set.of("Drug")), "evaluatedInTrial", u.of(c, Set.of("ClinicalTrial")))),
            new Rule("drug-treats", (u, c) -> ordered(u, c, DRUGS, TREATS, Set.of("Disease"), "treats")),
            new Rule("derived-from", RelationRules::derived),
            new Rule("model-of", RelationRules::modelOf),
            new Rule("member-of-pathway", (u, c) -> ordered(u, c, Set.of("Gene", "Protein"), MEMBER, Set.of("Pathway"), "memberOfPathway")));

    private RelationRules() {}

    private static List<Found> pairs(List<Mention> subjects, String predicate, List<Mention> objects) {
        List<Found> found = new ArrayList<>();
        for (Mention s : subjects) {
            for (Mention o : objects) {
                found.add(new Found(s, predicate, o));
            }
        }
        return found;
    }

    /** Subjects before a cue, objects after it, in the same unit: "Anastrozole inhibits the aromatase enzyme". */
    private static List<Found> ordered(Unit u, Function<String, String> c, Set<String> subjects, Pattern cue, Set<String> objects, String predicate) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue k : u.cues(cue)) {
            List<Mention> before = u.of(c, subjects).stream().filter(m -> m.span().end() <= k.offset()).toList();
            List<Mention> after = u.of(c, objects).stream().filter(m -> m.span().start() > k.offset()).toList();
            if (!before.isEmpty() && !after.isEmpty()) {
                found.add(new Found(before.get(before.size() - 1), predicate, after.get(0)));
                after.stream().skip(1).filter(m -> m.span().start() - after.get(0).span().end() < 40)
                        .forEach(m -> found.add(new Found(before.get(before.size() - 1), predicate, m)));
            }
        }
        return found;
    }

    /** Neighbouring drugs joined by "+", "plus", "with" or "and" in a unit that speaks of combining them. */
    private static List<Found> combined(Unit u, Function<String, String> c) {
        List<Mention> drugs = u.of(c, Set.of("Drug"));
        List<Found> found = new ArrayList<>();
        for (int i = 0; i + 1 < drugs.size(); i++) {
            Mention a = drugs.get(i);
            Mention b = drugs.get(i + 1);
            String between = u.between(a, b);
            boolean plus = between.contains("+") || between.matches("(?i)\\W*plus\\W*");
            if (!a.entityIds().equals(b.entityIds()) && JOINED.matcher(between).find() && (plus || u.has(COMBINED))) {
                found.add(new Found(a, "combinedWith", b));
            }
        }
        return found;
    }

    /** A model and a disease next to each other: "LTLT-Ca cell line (Letrozole-resistant breast cancer)", "breast cancer cell line (e.g., MCF-7)". */
    private static List<Found> modelOf(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>();
        for (Mention model : u.of(c, MODELS)) {
            for (Mention disease : u.of(c, Set.of("Disease"))) {
                int gap = disease.span().start() >= model.span().end() ? disease.span().start() - model.span().end()
                        : model.span().start() - disease.span().end();
                if (gap >= 0 && gap <= 40 && !u.between(model, disease).matches("(?s).*[.;|].*")) {
                    found.add(new Found(model, "modelOf", disease));
                }
            }
        }
        return found;
    }

    /** Each pair of neighbouring drugs: "cross-resistance between letrozole and exemestane". */
    private static List<Found> adjacent(List<Mention> drugs, String predicate) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i + 1 < drugs.size(); i++) {
            if (!drugs.get(i).entityIds().equals(drugs.get(i + 1).entityIds())) {
                found.add(new Found(drugs.get(i), predicate, drugs.get(i + 1)));
            }
        }
        return found;
    }

    /** Genes after an up cue are up in the unit's model, genes after a down cue are down. */
    private static List<Found> expression(Unit u, Function<String, String> c) {
        List<Mention> models = u.of(c, MODELS);
        if (models.isEmpty()) {
            return List.of();
        }
        List<Unit.Cue> ups = u.cues(UP);
        List<Unit.Cue> downs = u.cues(DOWN);
        List<Found> found = new ArrayList<>();
        for (Mention gene : u.of(c, Set.of("Gene", "Protein", "Pathway"))) {
            int up = last(ups, gene.span().start());
            int down = last(downs, gene.span().start());
            if (up < 0 && down < 0) {
                continue;
            }
            found.add(new Found(gene, up > down ? "upregulatedIn" : "downregulatedIn", models.get(0)));
        }
        return found;
    }

    private static int last(List<Unit.Cue> cues, int before) {
        int at = -1;
        for (Unit.Cue cue : cues) {
            if (cue.offset() < before) {
                at = cue.offset();
            }
        }
        return at;
    }

    /** "Everolimus ... restores sensitivity to aromatase inhibitors": the agent before the cue, the drug resisted after it. */
    private static List<Found> overcomes(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(OVERCOME)) {
            List<Mention> before = u.of(c, DRUGS).stream().filter(m -> m.span().end() <= cue.offset()).toList();
            List<Mention> after = u.of(c, DRUGS).stream().filter(m -> m.span().start() > cue.offset()).toList();
            if (!before.isEmpty() && !after.isEmpty() && u.has(RESISTANCE)) {
                Mention agent = before.get(before.size() - 1);
                if (!agent.entityIds().equals(after.get(0).entityIds())) {
                    found.add(new Found(agent, "overcomesResistanceTo", after.get(0)));
                }
            }
        }
        return found;
    }

    /** "LTLT-Ca ... becoming RLT-Ca", "clones derived from MCF-7aro": the later-named line comes from the earlier one unless "from" says otherwise. */
    private static List<Found> derived(Unit u, Function<String, String> c) {
        List<Unit.Cue> cues = u.cues(DERIVED);
        List<Mention> lines = u.of(c, Set.of("CellLine"));
        if (cues.isEmpty() || lines.size() < 2) {
            return List.of();
        }
        boolean from = u.has(Pattern.compile("(?i)\\bfrom\\b"));
        Mention first = lines.get(0);
        Mention second = lines.stream().filter(m -> !m.entityIds().equals(first.entityIds())).findFirst().orElse(null);
        if (second == null) {
            return List.of();
        }
        return List.of(from ? new Found(first, "derivedFrom", second) : new Found(second, "derivedFrom", first));
    }
}
