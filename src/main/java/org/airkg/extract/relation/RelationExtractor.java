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
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;

/**
 * Reads relations between lexicon entities from a document's sentences and table rows with the named
 * rules of {@link RelationRules}, and qualifies each: polarity ("did not significantly improve" is a
 * finding too), clinical or preclinical evidence, the model system, and the indication (a disease the
 * passage names, else the disease the document names most).
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
    private static final Set<String> STRUCTURAL = Set.of("evaluatedInTrial", "modelOf", "derivedFrom", "memberOfPathway");

    /** An alteration of a gene that a sentence can name as a cause of resistance. */
    private static final Pattern ALTERATION = Pattern.compile(
            "(?i)mutation|amplif|overexpress|upregulat|increased expression|activation|activating|loss of|phosphorylat");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    private static final Pattern STRATEGY = Pattern.compile("(?i)overcom|restor|re-?sensiti|targeting");
    /** How far, in code points, a gene may stand from the word "resistance" it is tied to. */
    private static final int DRIVER_WINDOW = 100;

    private final Function<String, String> classOf;
    private final Lexicon lexicon;

    public RelationExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
    }

    /** The relations of a document, given its mentions, in reading order. */
    public List<Relation> extract(Document document, List<Mention> mentions) {
        Optional<String> defaultIndication = mostMentioned(mentions, "Disease");
        Set<Relation> relations = new LinkedHashSet<>();
        List<Unit> units = Units.of(document, mentions);
        for (Unit unit : units) {
            boolean negated = unit.has(NEGATION);
            Optional<String> model = unit.of(classOf, RelationRules.MODELS).stream().findFirst().map(m -> m.entityIds().get(0));
            Optional<String> indication = unit.of(classOf, Set.of("Disease")).stream().findFirst().map(m -> m.entityIds().get(0))
                    .or(() -> defaultIndication);
            Optional<Relation.EvidenceKind> kind = model.isPresent() || unit.has(PRECLINICAL) ? Optional.of(Relation.EvidenceKind.PRECLINICAL)
                    : unit.has(CLINICAL) || !unit.of(classOf, Set.of("ClinicalTrial")).isEmpty()
                            ? Optional.of(Relation.EvidenceKind.CLINICAL) : Optional.empty();
            for (RelationRules.Rule rule : RelationRules.RULES) {
                for (RelationRules.Found f : rule.read().apply(unit, classOf)) {
                    if (unit.element().path().startsWith("/row/") && isTableLevel(f.subject()) && isTableLevel(f.object())) {
                        continue;
                    }
                    String s = f.subject().entityIds().get(0);
                    String o = f.object().entityIds().get(0);
                    if (s.equals(o)) {
                        continue;
                    }
                    Optional<String> m = f.predicate().equals("upregulatedIn") || f.predicate().equals("downregulatedIn")
                            || f.predicate().equals("modelOf") || f.predicate().equals("derivedFrom") ? Optional.empty() : model;
                    Optional<String> ind = f.predicate().equals("modelOf") || f.predicate().equals("treats") ? Optional.empty()
                            : indication;
                    boolean structural = STRUCTURAL.contains(f.predicate());
                    relations.add(new Relation(s, f.predicate(), o,
                            negated && !structural ? Relation.Polarity.DOES_NOT_SUPPORT : Relation.Polarity.SUPPORTS,
                            kind, m, ind, unit.element(), unit.sectionId(), unit.span(), rule.name(), Optional.empty()));
                }
            }
        }
        drivers(document, units, relations, defaultIndication);
        return List.copyOf(relations);
    }

    /**
     * Rule {@code resistance-driver}: a sentence or row that names a gene alteration (mutation, amplification,
     * overexpression, activation, loss, phosphorylation) and resistance makes the gene a biomarker of
     * resistance to the drug it names, or else to the compound the document is about; genes another rule
     * already tied to a drug in that passage are left as they are.
     */
    private void drivers(Document document, List<Unit> units, Set<Relation> relations, Optional<String> indication) {
        Optional<String> compound = document.metadata().compoundName().flatMap(n -> lexicon.findByName(n).stream()
                .filter(e -> e.ontologyClass().equals("Drug")).findFirst()).map(LexiconEntry::id);
        for (Unit unit : units) {
            if (!unit.has(ALTERATION) || !unit.has(RESISTANCE) || unit.has(STRATEGY)) {
                continue;
            }
            List<Unit.Cue> cues = unit.cues(RESISTANCE);
            List<Mention> drugs = unit.of(classOf, RelationRules.DRUGS);
            boolean negated = unit.has(NEGATION);
            for (Mention gene : unit.of(classOf, Set.of("Gene"))) {
                String geneId = gene.entityIds().get(0);
                Optional<Unit.Cue> cue = cues.stream()
                        .filter(k -> Math.abs(k.offset() - gene.span().start()) <= DRIVER_WINDOW)
                        .min(java.util.Comparator.comparingInt(k -> Math.abs(k.offset() - gene.span().start())));
                boolean tied = relations.stream().anyMatch(r -> r.subjectId().equals(geneId) && r.span().equals(unit.span())
                        && r.predicate().equals("biomarkerOfResistanceTo"));
                if (cue.isEmpty() || tied) {
                    continue;
                }
                int at = cue.get().offset();
                Optional<String> drug = drugs.stream()
                        .filter(d -> at - d.span().end() >= 0 && at - d.span().end() <= 20 || d.span().start() - at >= 0 && d.span().start() - at <= 25)
                        .findFirst().map(d -> d.entityIds().get(0)).or(() -> compound);
                if (drug.isEmpty() || drug.get().equals(geneId)) {
                    continue;
                }
                Optional<String> model = unit.of(classOf, RelationRules.MODELS).stream().findFirst().map(m -> m.entityIds().get(0));
                Optional<Relation.EvidenceKind> kind = model.isPresent() || unit.has(PRECLINICAL)
                        ? Optional.of(Relation.EvidenceKind.PRECLINICAL)
                        : unit.has(CLINICAL) ? Optional.of(Relation.EvidenceKind.CLINICAL) : Optional.empty();
                relations.add(new Relation(geneId, "biomarkerOfResistanceTo", drug.get(),
                        negated ? Relation.Polarity.DOES_NOT_SUPPORT : Relation.Polarity.SUPPORTS, kind, model,
                        unit.of(classOf, Set.of("Disease")).stream().findFirst().map(m -> m.entityIds().get(0)).or(() -> indication),
                        unit.element(), unit.sectionId(), unit.span(), "resistance-driver", Optional.empty()));
            }
        }
    }


    /** True for a mention in a table's title or source line rather than in a row. */
    private static boolean isTableLevel(Mention m) {
        return m.element().kind().equals("table") && m.element().path().isEmpty();
    }

    private Optional<String> mostMentioned(List<Mention> mentions, String kind) {
        return mentions.stream()
                .filter(m -> m.status() == MentionStatus.LINKED && kind.equals(classOf.apply(m.entityIds().get(0))))
                .collect(Collectors.groupingBy(m -> m.entityIds().get(0), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
