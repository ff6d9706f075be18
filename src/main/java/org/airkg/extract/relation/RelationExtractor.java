package org.airkg.extract.relation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.document.SourceText;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;

/**
 * Reads relations between lexicon entities from a document's sentences and table rows with the named
 * rules of {@link RelationRules}, and qualifies each: polarity ("did not significantly improve" is a
 * finding too, within its clause), clinical or preclinical evidence, the model system, and the indication
 * (a disease the passage names, else the last one the sentences before it in its element named, else the
 * disease the document names most). Sentences are read with their context (see {@link Units}): anaphors
 * stand for the entities they refer to.
 *
 * <pre>{@code
 * List<Relation> relations = new RelationExtractor(lexicon).extract(document, mentions);
 * }</pre>
 */
public final class RelationExtractor {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\bdid not\\b|\\bdoes not\\b|\\bdo not\\b|\\bnot significantly\\b|\\bno significant\\b|\\bfailed to\\b|\\bno difference\\b|\\bnot yet supported\\b");
    private static final Pattern PRECLINICAL = Pattern.compile("(?i)cell lines?|xenograft|\\bmice\\b|\\bmouse\\b|in vitro|in vivo|preclinical|\\brats?\\b");
    private static final Pattern CLINICAL = Pattern.compile("(?i)\\bpatients?\\b|clinical|\\btrials?\\b|\\bwomen\\b|cohort|phase (?:I|II|III|1|2|3)\\b");

    /** Relations that a negation in their sentence does not deny: it denies an outcome, not that a trial tested a drug. */
    private static final Set<String> STRUCTURAL = Set.of("evaluatedInTrial", "modelOf", "derivedFrom", "memberOfPathway", "inClass", "variantOf");
    /** Relations about a model or an entity itself, which no indication qualifies. */
    private static final Set<String> WITHOUT_INDICATION = Set.of("modelOf", "treats", "derivedFrom", "derivedByTreatmentWith",
            "memberOfPathway", "revertedByWithdrawalOf", "inClass", "variantOf");
    /** Relations about a model's own state, which the model is the object of rather than a qualifier. */
    private static final Set<String> ABOUT_MODEL = Set.of("upregulatedIn", "downregulatedIn", "modelOf", "derivedFrom",
            "revertedByWithdrawalOf");
    /** Where a negation's scope ends: a new clause ("..., its direct application in PCOS is not yet supported"). */
    private static final Pattern CLAUSE = Pattern.compile("(?i),\\s+(?=(?:its|their|but|whereas|although|though|however|while|yet)\\b)|;");

    /** An alteration, pathway state or process that a sentence can name as a cause of resistance. */
    private static final Pattern ALTERATION = Pattern.compile(
            "(?i)mutation|amplif|overexpress|upregulat|increased expression|activation|activating|loss of|phosphorylat|\\bgains?\\b"
                    + "|implicated|escape|hyperactivat|\\bdriv|shift towards|enhanced|mechanism|involved|prevalent");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    /** Resistance named as escape: "tumours escape from estrogen deprivation through ...". */
    private static final Pattern RESISTANCE_OR_ESCAPE = Pattern.compile("(?i)resist|escape (?:mechanism )?from");
    private static final Pattern STRATEGY = Pattern.compile("(?i)overcom|restor|re-?sensiti|targeting");
    /** A sentence that goes on with the one before it: "These include FGFR1 amplification and NF1 loss." */
    private static final Pattern CONTINUES = Pattern.compile("^\\W*(?:These|They|This)\\b[^.]{0,40}?\\b(?:include|includes|comprise|are)\\b");
    /** An entity named as what resistance does without: "bypass the estrogen receptor (ER) dependency", "independently of ER". */
    private static final Pattern BYPASSED = Pattern.compile("(?i)(?:bypass\\w*|independen\\w* of|dependence on|despite|uncouple\\w*)\\s+(?:the\\s+)?(?:tumou?r's\\s+)?[*_]*$");
    /** A drug named beside resistance: "resistance to letrozole", "letrozole-resistant", "anastrozole resistance". */
    private static final Pattern RESISTANCE_AFTER = Pattern.compile("(?i)^[\\s*_]*-?\\s*resist");
    /** A drug named as the therapy the outcomes were on: "poor outcomes on AI therapy". */
    private static final Pattern THERAPY_AFTER = Pattern.compile("(?i)^\\s*(?:therapy|treatment)\\b");
    private static final Pattern RESISTANCE_BEFORE = Pattern.compile("(?i)resist\\w*\\s+(?:to\\s+)?(?:the\\s+)?[*_]*$");
    /** How far, in code points, a gene may stand from the word "resistance" it is tied to. */
    private static final int DRIVER_WINDOW = 100;
    private static final Pattern HOLIDAY = Pattern.compile("(?i)drug holiday|treatment break|discontinu\\w*|withdraw\\w*|stopping treatment");
    private static final Pattern REVERSAL = Pattern.compile("(?i)regain|restor|revers");
    private static final Set<String> DRIVERS = Set.of("Gene", "Protein", "ProteinFamily", "GeneVariant", "Biomarker", "Pathway");

    private final Function<String, String> classOf;
    private final Lexicon lexicon;
    private final List<RelationRules.Rule> rules;

    public RelationExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<RelationRules.Rule> all = new java.util.ArrayList<>(RelationRules.RULES);
        all.add(new RelationRules.Rule("in-class", StructuralRules::inClass));
        all.add(new RelationRules.Rule("variant-of", StructuralRules.variantOf(lexicon)));
        this.rules = List.copyOf(all);
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
    }

    /** The relations of a document, given its mentions, in reading order. */
    /** The relations of a document, read from its linked mentions; a mention inside another (the gene of "AKT1 E17K") is left to the outer one. */
    public List<Relation> extract(Document document, List<Mention> all) {
        List<Mention> linked = all.stream().filter(m -> m.status() == MentionStatus.LINKED).toList();
        List<Mention> mentions = linked.stream().filter(m -> linked.stream().noneMatch(o -> o != m && o.element().equals(m.element())
                && o.span().start() <= m.span().start() && m.span().end() <= o.span().end() && o.span().length() > m.span().length())).toList();
        Optional<String> defaultIndication = mostMentioned(mentions, "Disease");
        Optional<String> compound = document.metadata().compoundName().flatMap(n -> lexicon.findByName(n).stream()
                .filter(e -> e.ontologyClass().equals("Drug")).findFirst()).map(LexiconEntry::id);
        Set<Relation> relations = new LinkedHashSet<>();
        List<Unit> units = Units.of(document, mentions, classOf);
        for (Unit unit : units) {
            Optional<String> model = unit.of(classOf, RelationRules.MODELS).stream().findFirst().map(m -> m.entityIds().get(0));
            Optional<String> indication = indication(unit, defaultIndication);
            Optional<Relation.EvidenceKind> kind = evidenceKind(unit, model);
            for (RelationRules.Rule rule : rules) {
                for (RelationRules.Found f : rule.read().apply(unit, classOf)) {
                    if (unit.element().path().startsWith("/row/") && isTableLevel(f.subject()) && isTableLevel(f.object())) {
                        continue;
                    }
                    String s = f.subject().entityIds().get(0);
                    String o = f.object().entityIds().get(0);
                    if (s.equals(o)) {
                        continue;
                    }
                    boolean negated = !STRUCTURAL.contains(f.predicate()) && negated(unit, f.subject(), f.object());
                    boolean inModel = ABOUT_MODEL.contains(f.predicate()) && RelationRules.MODELS.contains(classOf.apply(o));
                    relations.add(new Relation(s, f.predicate(), o, negated ? Relation.Polarity.DOES_NOT_SUPPORT : Relation.Polarity.SUPPORTS,
                            inModel ? Optional.of(Relation.EvidenceKind.PRECLINICAL) : kind, ABOUT_MODEL.contains(f.predicate()) ? Optional.empty() : model,
                            WITHOUT_INDICATION.contains(f.predicate()) ? Optional.empty() : indication,
                            unit.element(), unit.sectionId(), unit.span(), rule.name(), Optional.empty()));
                }
            }
        }
        drivers(units, relations, compound, defaultIndication);
        holidays(units, relations, compound);
        return List.copyOf(relations);
    }

    private Optional<Relation.EvidenceKind> evidenceKind(Unit unit, Optional<String> model) {
        return model.isPresent() || unit.has(PRECLINICAL) ? Optional.of(Relation.EvidenceKind.PRECLINICAL)
                : unit.has(CLINICAL) || !unit.of(classOf, Set.of("ClinicalTrial")).isEmpty() ? Optional.of(Relation.EvidenceKind.CLINICAL)
                        : Optional.empty();
    }

    /** Whether a negation stands in the clause of the relation's two mentions. */
    private static boolean negated(Unit unit, Mention a, Mention b) {
        if (!unit.has(NEGATION)) {
            return false;
        }
        int from = Math.min(a.span().start(), b.span().start());
        int to = Math.max(a.span().end(), b.span().end());
        List<Integer> bounds = new java.util.ArrayList<>(List.of(unit.span().start()));
        unit.cues(CLAUSE).forEach(k -> bounds.add(k.offset()));
        bounds.add(unit.span().end());
        int clauseStart = bounds.stream().filter(x -> x <= from).max(Integer::compare).orElse(unit.span().start());
        int clauseEnd = bounds.stream().filter(x -> x >= to).min(Integer::compare).orElse(unit.span().end());
        return unit.cues(NEGATION).stream().anyMatch(k -> k.offset() >= clauseStart && k.offset() < clauseEnd);
    }

    /**
     * Rule {@code resistance-driver}: a sentence or row that names an alteration (mutation, amplification,
     * overexpression, activation, loss, phosphorylation, a gain, an escape pathway) and resistance makes the
     * gene, variant or biomarker it names a biomarker of resistance, and the pathway or process it names a
     * contributor to resistance, to the drug named by the cue (else the drug the sentences before it named, else
     * the compound the document is about). A sentence that goes on with one about resistance ("These include the
     * PI3K/AKT/mTOR and MAPK signaling cascades") is read with it. Entities another rule already tied to a drug
     * in that passage are left as they are.
     */
    private void drivers(List<Unit> units, Set<Relation> relations, Optional<String> compound, Optional<String> indication) {
        Set<org.airkg.extract.mention.ElementRef> aboutResistance = new java.util.HashSet<>();
        Set<List<Object>> stated = relations.stream().map(r -> List.<Object>of(r.subjectId(), r.predicate(), r.span()))
                .collect(Collectors.toCollection(java.util.HashSet::new));
        for (Unit unit : units) {
            boolean continues = !unit.has(RESISTANCE_OR_ESCAPE) && aboutResistance.contains(unit.element())
                    && CONTINUES.matcher(unit.text()).find();
            if (unit.has(RESISTANCE_OR_ESCAPE)) {
                aboutResistance.add(unit.element());
            }
            if (!continues && (!unit.has(ALTERATION) || !unit.has(RESISTANCE_OR_ESCAPE) || unit.has(STRATEGY))) {
                continue;
            }
            List<Unit.Cue> cues = continues ? List.of(new Unit.Cue(unit.span().start(), "")) : unit.cues(RESISTANCE_OR_ESCAPE);
            List<Mention> drugs = unit.of(classOf, RelationRules.DRUGS);
            Set<String> variantGenes = new java.util.HashSet<>();
            unit.of(classOf, Set.of("GeneVariant")).forEach(v -> lexicon.byId(v.entityIds().get(0)).flatMap(LexiconEntry::variantOf)
                    .ifPresent(variantGenes::add));
            List<Mention> entities = unit.of(classOf, DRIVERS);
            for (int i = 0; i < entities.size(); i++) {
                Mention entity = entities.get(i);
                String id = entity.entityIds().get(0);
                if (variantGenes.contains(id) || BYPASSED.matcher(unit.textBefore(entity.span().start())).find()) {
                    continue;
                }
                String predicate = classOf.apply(id).equals("Pathway") ? "contributesToResistanceTo" : "biomarkerOfResistanceTo";
                Optional<Unit.Cue> cue = continues ? Optional.of(cues.get(0)) : nearestCue(cues, entities, i, unit);
                boolean tied = stated.contains(List.of(id, predicate, unit.span()));
                if (cue.isEmpty() || tied) {
                    continue;
                }
                int at = cue.get().offset();
                Optional<String> drug = drugs.stream()
                        .filter(d -> at - d.span().end() >= 0 && at - d.span().end() <= 20 || d.span().start() - at >= 0 && d.span().start() - at <= 25)
                        .findFirst().map(d -> d.entityIds().get(0))
                        .or(() -> unit.context().stream().filter(m -> RelationRules.DRUGS.contains(classOf.apply(m.entityIds().get(0))))
                                .filter(m -> besideResistance(m, unit)).reduce((a, b) -> b).map(m -> m.entityIds().get(0)))
                        .or(() -> compound);
                if (drug.isEmpty() || drug.get().equals(id)) {
                    continue;
                }
                Optional<String> model = unit.of(classOf, RelationRules.MODELS).stream().findFirst().map(m -> m.entityIds().get(0));
                relations.add(new Relation(id, predicate, drug.get(),
                        unit.has(NEGATION) ? Relation.Polarity.DOES_NOT_SUPPORT : Relation.Polarity.SUPPORTS, evidenceKind(unit, model), model,
                        indication(unit, indication),
                        unit.element(), unit.sectionId(), unit.span(), "resistance-driver", Optional.empty()));
                stated.add(List.of(id, predicate, unit.span()));
            }
        }
    }

    /** The resistance cue within reach of an entity, or of the list it stands in ("Thr/Thr at 307 and Asn/Asn at 680 ... resistant"). */
    private static Optional<Unit.Cue> nearestCue(List<Unit.Cue> cues, List<Mention> entities, int i, Unit unit) {
        int last = i;
        while (last + 1 < entities.size() && RelationRules.joined(unit, entities.get(last), entities.get(last + 1))) {
            last++;
        }
        int from = entities.get(i).span().start();
        int to = entities.get(last).span().start();
        return cues.stream()
                .filter(k -> Math.abs(k.offset() - from) <= DRIVER_WINDOW || Math.abs(k.offset() - to) <= DRIVER_WINDOW)
                .min(java.util.Comparator.comparingInt(k -> Math.min(Math.abs(k.offset() - from), Math.abs(k.offset() - to))));
    }

    /** Whether a mention of a drug stands beside the word "resistance": "resistance to letrozole", "AI therapy ... resistance". */
    private static boolean besideResistance(Mention drug, Unit unit) {
        SourceText source = unit.source();
        int start = source.charIndex(drug.span().start());
        int end = source.charIndex(drug.span().end());
        String before = source.text().substring(Math.max(0, start - 30), start);
        String after = source.text().substring(end, Math.min(source.text().length(), end + 30));
        return RESISTANCE_BEFORE.matcher(before).find() || RESISTANCE_AFTER.matcher(after).find() || THERAPY_AFTER.matcher(after).find();
    }

    /**
     * Rule {@code drug-holiday}: a resistant model that regains sensitivity when the drug is withdrawn ("Resistant
     * cells (LTLT-Ca) regain letrozole sensitivity after a drug holiday", "a drug holiday strategy has been
     * demonstrated to reverse acquired resistance in breast cancer cell lines (LTLT-Ca)"): the first model the
     * passage names is reverted by withdrawal of the drug it names, else of the document's compound.
     */
    private void holidays(List<Unit> units, Set<Relation> relations, Optional<String> compound) {
        for (Unit unit : units) {
            if (!unit.has(HOLIDAY) || !unit.has(REVERSAL)) {
                continue;
            }
            Optional<String> model = unit.of(classOf, Set.of("CellLine", "XenograftModel")).stream().findFirst().map(m -> m.entityIds().get(0));
            Optional<String> drug = unit.of(classOf, Set.of("Drug")).stream().findFirst().map(m -> m.entityIds().get(0)).or(() -> compound);
            if (model.isEmpty() || drug.isEmpty()) {
                continue;
            }
            relations.add(new Relation(model.get(), "revertedByWithdrawalOf", drug.get(), Relation.Polarity.SUPPORTS,
                    Optional.of(Relation.EvidenceKind.PRECLINICAL), Optional.empty(), Optional.empty(), unit.element(), unit.sectionId(),
                    unit.span(), "drug-holiday", Optional.empty()));
        }
    }

    /** True for a mention in a table's title or source line rather than in a row. */
    private static boolean isTableLevel(Mention m) {
        return m.element().kind().equals("table") && m.element().path().isEmpty();
    }

    /** The disease the unit or its context names, else the document's, unless the context names several. */
    private Optional<String> indication(Unit unit, Optional<String> documentDefault) {
        Set<String> disease = Set.of("Disease");
        return unit.named(classOf, disease).or(() -> unit.contextNamesSeveral(classOf, disease) ? Optional.empty() : documentDefault);
    }

    private Optional<String> mostMentioned(List<Mention> mentions, String kind) {
        return mentions.stream()
                .filter(m -> m.status() == MentionStatus.LINKED && kind.equals(classOf.apply(m.entityIds().get(0))))
                .collect(Collectors.groupingBy(m -> m.entityIds().get(0), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
