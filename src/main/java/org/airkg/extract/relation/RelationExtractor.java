package org.airkg.extract.relation;

import java.util.ArrayList;
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
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.Span;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.mention.Texts;

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

    private final Function<String, String> classOf;

    public RelationExtractor(Lexicon lexicon) {
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
    }

    /** The relations of a document, given its mentions, in reading order. */
    public List<Relation> extract(Document document, List<Mention> mentions) {
        Optional<String> defaultIndication = mostMentioned(mentions, "Disease");
        Set<Relation> relations = new LinkedHashSet<>();
        for (Unit unit : Units.of(document, mentions)) {
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
        return List.copyOf(relations);
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
