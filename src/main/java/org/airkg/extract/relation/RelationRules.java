package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;

/**
 * The named rules that read relations from a unit of text. Each rule looks for cue words and the kinds
 * of entity the relation joins; the extractor adds polarity, evidence kind, model and indication.
 */
final class RelationRules {
    static final Set<String> GENES = Set.of("Gene", "Protein", "ProteinFamily", "GeneVariant", "Biomarker");
    static final Set<String> DRUGS = Set.of("Drug", "DrugClass");
    static final Set<String> MODELS = Set.of("CellLine", "XenograftModel", "AnimalModel", "ExperimentalModel");
    static final Set<String> TARGETS = Set.of("Gene", "Protein", "ProteinFamily", "Pathway");

    private static final Pattern BIOMARKER = Pattern.compile("(?i)biomarker|\\bmarkers?\\b|predict|risk factor");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    private static final Pattern SENSITIVITY = Pattern.compile("(?i)sensitiv|response to|respond");
    private static final Pattern UP = Pattern.compile("(?i)upregulat|up-regulat|overexpress|increased expression|increase[sd]? in|elevated|amplif|activation of|hyperactivat");
    private static final Pattern DOWN = Pattern.compile("(?i)downregulat|down-regulat|suppression|decreased expression|loss of|decrease[sd]? in");
    private static final Pattern INHIBIT = Pattern.compile("(?i)\\binhibit(?:s|ed|ing|or of|ors of)?\\b|\\bblock(?:s|ed|ing)?\\b");
    private static final Pattern TARGET = Pattern.compile("(?i)\\btarget(?:s|ing)\\b|\\bbind(?:s|ing)? to\\b");
    private static final Pattern COMBINED = Pattern.compile("(?i)combin(?:ed|ing|ation)|dual blockade|concurrent|together");
    /** What joins two drugs given together; "or" joins alternatives ("letrozole or anastrozole"), never a combination. */
    private static final Pattern JOINED = Pattern.compile("(?i)^\\W*(?:\\+|plus|with|and)\\W*$|^[^.;]{0,12}\\+[^.;]{0,12}$");
    private static final Pattern OVERCOME = Pattern.compile("(?i)overcom|restor\\w* (?:\\w+ )?sensitivity|re-?sensiti[sz]|revers\\w* (?:\\w+ )?resistance|regain");
    private static final Pattern CROSS_RESISTANCE = Pattern.compile("(?i)cross-resist");
    private static final Pattern ADVERSE = Pattern.compile("(?i)side effect|adverse|toxicit|tolerab");
    private static final Pattern TREATS = Pattern.compile("(?i)therapy for|treatment (?:of|for)|\\btreat(?:s|ed|ing)?\\b|cornerstone|used (?:in|for)|first-line|second-line|as (?:initial )?adjuvant");
    private static final Pattern DERIVED = Pattern.compile(
            "(?i)derived|generat\\w+|establish\\w+|selected|becoming|become|develop\\w* (?:\\w+ )?resistan|transfected|engineered");
    private static final Pattern MEMBER = Pattern.compile("(?i)\\b(?:is|are) (?:a |the )?(?:key )?(?:components?|members?) of\\b");
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\b");
    /** "activates", "trigger", "can activate", "leads to the sustained activation of". */
    private static final Pattern ACTIVATES = Pattern.compile(
            "(?i)\\bactivat(?:e|es)\\b|\\btrigger(?:s|ed)?\\b|\\bstimulat(?:e|es)\\b|\\blead(?:s)? to (?:the )?(?:[\\w-]+ )?(?:and )?(?:[\\w-]+ )?activation of");
    /** "activation of the pathway, frequently by AKT1 mutations": the object first, the agent after. */
    private static final Pattern ACTIVATION_OF = Pattern.compile("(?i)\\bactivation of\\b");
    private static final Pattern THROUGH = Pattern.compile("(?i)\\b(?:through|via|by)\\b");
    private static final Pattern LOSS_BEFORE = Pattern.compile("(?i)\\bloss of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    /** A clause break between a verb and the entity after it: "lowers estradiol levels, dampening ERα signalling". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.:]");
    /** Cues that need the word "resistance" beside them; re-sensitizing and restoring sensitivity imply it. */
    private static final Pattern NEEDS_RESISTANCE = Pattern.compile("(?i)overcom|revers");
    private static final Pattern PHOSPHORYLATES = Pattern.compile("(?i)\\bphosphorylat(?:e|es)\\b");
    /** Overexpression made by transfection is an engineered model, not a finding about resistance. */
    private static final Pattern ENGINEERED = Pattern.compile("(?i)transfect|engineered|transduc");
    private static final Pattern EFFECTIVE = Pattern.compile("(?i)effective|benefit|switching to|sensitiv|respond");
    private static final Pattern FOR_CARRIERS = Pattern.compile("(?i)\\bfor (?:patients |tumou?rs |cancers )?(?:with |harbou?ring )?$");
    private static final Pattern COMBINING = Pattern.compile("(?i)\\bcombin(?:e|es|ed|ing)\\s+(?:an?\\s+|the\\s+)?[*_]*$");
    static final Set<String> ACTORS = Set.of("Gene", "Protein", "ProteinFamily", "GeneVariant", "Pathway");

    /** One rule: its name and what it reads from a unit. */
    record Rule(String name, java.util.function.BiFunction<Unit, Function<String, String>, List<Found>> read) {}

    /** A relation a rule found: subject and object mentions and the ontology property. */
    record Found(Mention subject, String predicate, Mention object) {}

    static final List<Rule> RULES = List.of(
            new Rule("biomarker-of-resistance", (u, c) -> u.has(RESISTANCE)
                    ? grouped(u, c, GENES, BIOMARKER, DRUGS, "biomarkerOfResistanceTo", false) : List.of()),
            new Rule("biomarker-of-sensitivity", (u, c) -> u.has(SENSITIVITY) && !u.has(RESISTANCE)
                    ? ordered(u, c, GENES, BIOMARKER, DRUGS, "biomarkerOfSensitivityTo") : List.of()),
            new Rule("expression-change", RelationRules::expression),
            new Rule("drug-inhibits", (u, c) -> grouped(u, c, Set.of("Drug"), INHIBIT, TARGETS, "inhibits")),
            new Rule("drug-targets", (u, c) -> grouped(u, c, Set.of("Drug"), TARGET, Set.of("Gene", "Protein", "ProteinFamily"), "targets")),
            new Rule("combined-with", RelationRules::combined),
            new Rule("overcomes-resistance", RelationRules::overcomes),
            new Rule("cross-resistance", (u, c) -> u.cues(CROSS_RESISTANCE).stream().findFirst()
                    .map(k -> adjacent(u.of(c, Set.of("Drug")).stream().filter(m -> m.span().start() > k.offset()).toList(), "crossResistantWith"))
                    .orElse(List.of())),
            new Rule("adverse-event", (u, c) -> u.has(ADVERSE) ? pairs(u.of(c, DRUGS), "causesAdverseEvent", u.of(c, Set.of("AdverseEvent", "PhenotypicFeature"))) : List.of()),
            new Rule("evaluated-in-trial", StructuralRules::evaluatedInTrial),
            new Rule("drug-treats", (u, c) -> ordered(u, c, DRUGS, TREATS, Set.of("Disease"), "treats")),
            new Rule("derived-from", RelationRules::derived),
            new Rule("model-of", RelationRules::modelOf),
            new Rule("member-of-pathway", (u, c) -> ordered(u, c, Set.of("Gene", "Protein"), MEMBER, Set.of("Pathway"), "memberOfPathway")),
            new Rule("activates", RelationRules::activates),
            new Rule("phosphorylates", (u, c) -> grouped(u, c, Set.of("Gene", "Protein", "ProteinFamily"), PHOSPHORYLATES, Set.of("Gene", "Protein", "ProteinFamily"), "phosphorylates")),
            new Rule("variant-sensitivity", RelationRules::variantSensitivity));

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

    /**
     * A model and the disease nearest to it: "LTLT-Ca cell line (Letrozole-resistant breast cancer)", "breast
     * cancer cell line (e.g., MCF-7)"; a disease further away in another clause ("... in breast cancer cell lines
     * (LTLT-Ca), its direct application in PCOS ...") is not the model's.
     */
    private static List<Found> modelOf(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>();
        for (Mention model : u.of(c, MODELS)) {
            u.of(c, Set.of("Disease")).stream()
                    .filter(d -> gap(model, d) >= 0 && gap(model, d) <= 40 && !u.between(model, d).matches("(?s).*[.;|].*"))
                    .min(java.util.Comparator.comparingInt(d -> gap(model, d)))
                    .ifPresent(d -> found.add(new Found(model, "modelOf", d)));
        }
        return found;
    }

    private static int gap(Mention a, Mention b) {
        return b.span().start() >= a.span().end() ? b.span().start() - a.span().end() : a.span().start() - b.span().end();
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
            models = u.context().stream().filter(m -> MODELS.contains(c.apply(m.entityIds().get(0)))).reduce((a, b) -> b).stream().toList();
        }
        if (models.isEmpty() || u.has(ENGINEERED)) {
            return List.of();
        }
        List<Unit.Cue> ups = u.cues(UP);
        List<Unit.Cue> downs = u.cues(DOWN);
        List<Found> found = new ArrayList<>();
        for (Mention gene : u.of(c, Set.of("Gene", "Protein", "ProteinFamily", "Pathway"))) {
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

    /**
     * "Everolimus ... restores sensitivity to aromatase inhibitors": the agents before the cue, the drug resisted
     * after it. "Combining Anastrozole with an Akt inhibitor (MK-2206) or an mTOR inhibitor (rapamycin) can
     * overcome acquired resistance": the drug combined with is the one resisted, the drugs added the agents.
     */
    private static List<Found> overcomes(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(OVERCOME)) {
            if (NEEDS_RESISTANCE.matcher(cue.text()).find() && !u.has(RESISTANCE)) {
                continue;
            }
            List<Mention> before = u.of(c, DRUGS).stream().filter(m -> m.span().end() <= cue.offset()).toList();
            Optional<Mention> base = before.stream().filter(m -> COMBINING.matcher(u.textBefore(m.span().start())).find()).findFirst();
            if (base.isPresent()) {
                before.stream().filter(m -> m != base.get() && c.apply(m.entityIds().get(0)).equals("Drug"))
                        .filter(m -> !m.entityIds().equals(base.get().entityIds()))
                        .forEach(agent -> found.add(new Found(agent, "overcomesResistanceTo", base.get())));
                continue;
            }
            List<Mention> after = u.of(c, DRUGS).stream().filter(m -> m.span().start() > cue.offset()).toList();
            if (!before.isEmpty() && !after.isEmpty()) {
                List<Mention> agents = before.stream().filter(m -> c.apply(m.entityIds().get(0)).equals("Drug")).toList();
                List<Mention> group = agents.isEmpty() ? List.of(before.get(before.size() - 1)) : agents;
                for (Mention agent : group) {
                    if (!agent.entityIds().equals(after.get(0).entityIds())) {
                        found.add(new Found(agent, "overcomesResistanceTo", after.get(0)));
                    }
                }
            }
        }
        return found;
    }

    /** The last mention and the list it ends ("HER2, EGFR, and IGF-1R"; the entities an anaphor stands for). */
    private static List<Mention> tail(Unit u, List<Mention> mentions) {
        List<Mention> group = new ArrayList<>(List.of(mentions.get(mentions.size() - 1)));
        for (int i = mentions.size() - 2; i >= 0; i--) {
            if (!joined(u, mentions.get(i), group.get(0))) {
                break;
            }
            group.add(0, mentions.get(i));
        }
        return group;
    }

    /** The first mention and the list it begins. */
    private static List<Mention> head(Unit u, List<Mention> mentions) {
        List<Mention> group = new ArrayList<>(List.of(mentions.get(0)));
        for (int i = 1; i < mentions.size(); i++) {
            if (!joined(u, group.get(group.size() - 1), mentions.get(i))) {
                break;
            }
            group.add(mentions.get(i));
        }
        return group;
    }

    /** Two mentions of a unit in one list or apposition; see {@link Units#listed}. */
    static boolean joined(Unit u, Mention a, Mention b) {
        return Units.listed(u.source(), a, b);
    }

    /** {@link #grouped(Unit, Function, Set, Pattern, Set, String, boolean)} for a verb, whose object stands in its own clause. */
    private static List<Found> grouped(Unit u, Function<String, String> c, Set<String> subjects, Pattern cue, Set<String> objects, String predicate) {
        return grouped(u, c, subjects, cue, objects, predicate, true);
    }

    /**
     * Subjects (the list just before the cue, or the mentions an anaphor stands for) and objects (the list just
     * after it; for a verb, only if no clause break stands between them).
     */
    private static List<Found> grouped(Unit u, Function<String, String> c, Set<String> subjects, Pattern cue, Set<String> objects, String predicate,
            boolean verb) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue k : u.cues(cue)) {
            List<Mention> before = u.of(c, subjects).stream().filter(m -> m.span().end() <= k.offset()).toList();
            List<Mention> after = u.of(c, objects).stream().filter(m -> m.span().start() > k.offset()).toList();
            if (before.isEmpty() || after.isEmpty() || verb && CLAUSE_BREAK.matcher(u.textBetween(k.offset() + k.text().length(), after.get(0).span().start())).find()) {
                continue;
            }
            List<Mention> targets = head(u, after);
            for (Mention s : tail(u, before)) {
                targets.stream().filter(o -> !o.entityIds().equals(s.entityIds())).forEach(o -> found.add(new Found(s, predicate, o)));
            }
        }
        return found;
    }

    /**
     * Rule {@code activates}: "HER3 signalling activates the PI3K/AKT cascade", "Such kinases trigger ERK
     * signalling, which in turn leads to the sustained activation of ERα", and the passive form "Activation of the
     * pathway, frequently by AKT1 mutations or by loss of the suppressor PTEN" (a lost suppressor inhibits what its
     * loss activates).
     */
    private static List<Found> activates(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>(grouped(u, c, ACTORS, ACTIVATES, TARGETS, "activates"));
        for (Unit.Cue cue : u.cues(ACTIVATION_OF)) {
            Optional<Mention> object = u.of(c, TARGETS).stream().filter(m -> m.span().start() > cue.offset())
                    .filter(m -> m.span().start() - cue.offset() < 40).findFirst();
            Optional<Unit.Cue> through = u.cues(THROUGH).stream().filter(t -> object.isPresent() && t.offset() > object.get().span().end())
                    .findFirst();
            if (object.isEmpty() || through.isEmpty()) {
                continue;
            }
            for (Mention agent : u.of(c, ACTORS)) {
                if (agent.span().start() > through.get().offset() && !agent.entityIds().equals(object.get().entityIds())) {
                    boolean lost = LOSS_BEFORE.matcher(u.textBefore(agent.span().start())).find();
                    found.add(new Found(agent, lost ? "inhibits" : "activates", object.get()));
                }
            }
        }
        return found;
    }

    /**
     * Rule {@code variant-sensitivity}: a variant a drug is for ("Alpelisib for PIK3CA-mutant cancers"), or the
     * patients a therapy is said to work for ("For patients with ESR1 mutations, switching to ... Fulvestrant ...
     * can be effective") make the variant a biomarker of sensitivity to the drug.
     */
    private static List<Found> variantSensitivity(Unit u, Function<String, String> c) {
        List<Found> found = new ArrayList<>();
        List<Mention> drugs = u.of(c, DRUGS);
        for (Mention variant : u.of(c, Set.of("GeneVariant"))) {
            String before = u.textBefore(variant.span().start());
            if (!FOR_CARRIERS.matcher(before).find()) {
                continue;
            }
            Optional<Mention> named = drugs.stream().filter(d -> d.span().end() <= variant.span().start())
                    .filter(d -> variant.span().start() - d.span().end() <= 6).reduce((a, b) -> b);
            if (named.isPresent()) {
                found.add(new Found(variant, "biomarkerOfSensitivityTo", named.get()));
            } else if (u.has(EFFECTIVE)) {
                drugs.stream().filter(d -> d.span().start() > variant.span().end() && c.apply(d.entityIds().get(0)).equals("Drug"))
                        .forEach(d -> found.add(new Found(variant, "biomarkerOfSensitivityTo", d)));
            }
        }
        return found;
    }

    /**
     * "T-47D ... becoming T-47D/PalboR", "BT-474 cells transfected with a mutant ERBB2 (BT-474/L755S)",
     * "MCF-7/AlpR cells derived from MCF-7": the later-named line comes from the earlier one unless a "from"
     * between them says otherwise.
     */
    private static List<Found> derived(Unit u, Function<String, String> c) {
        List<Unit.Cue> cues = u.cues(DERIVED);
        List<Mention> lines = u.of(c, Set.of("CellLine"));
        if (cues.isEmpty() || lines.size() < 2) {
            return List.of();
        }
        Mention first = lines.get(0);
        Mention second = lines.stream().filter(m -> !m.entityIds().equals(first.entityIds())).findFirst().orElse(null);
        if (second == null) {
            return List.of();
        }
        boolean from = FROM.matcher(u.between(first, second)).find();
        return List.of(from ? new Found(first, "derivedFrom", second) : new Found(second, "derivedFrom", first));
    }
}
