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
        for (Unit unit : units(document, mentions)) {
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

    /** The sentences of every text, and each body row of every table read with its table's title. */
    private static List<Unit> units(Document document, List<Mention> mentions) {
        List<Unit> units = new ArrayList<>();
        Map<String, List<Texts.Text>> rows = new LinkedHashMap<>();
        Map<String, List<Texts.Text>> tableExtras = new LinkedHashMap<>();
        for (Texts.Text text : Texts.of(document)) {
            ElementRef e = text.element();
            if (e.kind().equals("reference")) {
                continue;
            }
            if (e.kind().equals("table")) {
                if (e.path().startsWith("/row/")) {
                    String row = e.path().substring(0, e.path().indexOf("/cell/"));
                    rows.computeIfAbsent(e.key() + row, k -> new ArrayList<>()).add(text);
                    continue;
                }
                tableExtras.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(text);
            }
            Passage p = text.passage();
            int cursor = 0;
            for (Sentence sentence : p.sentences()) {
                int at = p.text().indexOf(sentence.text(), cursor);
                if (at < 0) {
                    continue;
                }
                cursor = at + sentence.text().length();
                Span span = sentence.span();
                List<Mention> inside = mentions.stream()
                        .filter(m -> m.element().equals(e) && m.span().start() >= span.start() && m.span().end() <= span.end()).toList();
                units.add(new Unit(List.of(new Unit.Piece(p, at, cursor)), inside, e, text.sectionId(), span, document.source()));
            }
        }
        for (var row : rows.entrySet()) {
            List<Texts.Text> cells = row.getValue();
            ElementRef first = cells.get(0).element();
            boolean header = document.tables().stream().filter(t -> Integer.toString(t.position()).equals(first.key()))
                    .flatMap(t -> t.rows().stream()).anyMatch(r -> r.header() && first.path().startsWith("/row/" + r.index() + "/"));
            if (header) {
                continue;
            }
            List<Unit.Piece> pieces = new ArrayList<>();
            List<Texts.Text> all = new ArrayList<>(tableExtras.getOrDefault(first.key(), List.of()));
            all.addAll(cells);
            all.forEach(t -> pieces.add(new Unit.Piece(t.passage(), 0, t.passage().text().length())));
            Set<ElementRef> refs = all.stream().map(Texts.Text::element).collect(Collectors.toSet());
            List<Mention> inside = mentions.stream().filter(m -> refs.contains(m.element())).toList();
            int start = cells.stream().mapToInt(t -> t.passage().span().start()).min().orElseThrow();
            int end = cells.stream().mapToInt(t -> t.passage().span().end()).max().orElseThrow();
            Span span = new Span(start, end, cells.get(0).passage().span().line());
            ElementRef rowRef = new ElementRef("table", first.key(), first.path().substring(0, first.path().indexOf("/cell/")));
            units.add(new Unit(pieces, inside, rowRef, cells.get(0).sectionId(), span, document.source()));
        }
        return units;
    }
}
