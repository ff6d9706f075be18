package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.airkg.document.Document;
import org.airkg.document.Paragraph;
import org.airkg.document.Section;
import org.airkg.document.Span;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.quantity.Quantity;

/**
 * Finds the values that conflict, within one document or across documents: places (table cells or sentences) that
 * state values of one quantity ({@link QuantityKey}: the same thing measured under the same qualifiers) that differ
 * beyond rounding ({@link Rounding}), one {@link Conflict} per quantity with every place that disagrees with another.
 * The values one cell or sentence states for a quantity are read together
 * (alternatives such as "450 nm or 490 nm"), and two rows of one table are never one value twice: they are two
 * conditions (arms, cohorts, comparisons).
 *
 * <pre>{@code
 * List<Conflict> conflicts = new ConflictFinder(lexicon).find(List.of(new ConflictFinder.Facts(document, table, text)));
 * }</pre>
 */
public final class ConflictFinder {
    /** What one document states: its table measurements and the values of its sentences. */
    public record Facts(Document document, List<Measurement> table, List<TextMeasurement> text) {
        public Facts {
            java.util.Objects.requireNonNull(document, "document");
            table = List.copyOf(table);
            text = List.copyOf(text);
        }
    }

    private final Function<String, String> classOf;
    private final Function<String, String> label;

    public ConflictFinder(Lexicon lexicon) {
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
        this.label = id -> lexicon.byId(id).map(LexiconEntry::label).orElse(id);
    }

    /** Every conflict among the documents' values, ordered by quantity, then by where the first value stands. */
    public List<Conflict> find(List<Facts> documents) {
        return compare(documents.stream().sorted(Comparator.comparing((Facts f) -> f.document().stem())).flatMap(f -> statements(f).stream()));
    }

    /**
     * What one document states that can conflict: the values of each cell or sentence for each quantity, in the order
     * they stand, each place with what a reader needs to find it. This is all {@link #compare} needs of a document.
     */
    public List<StatedQuantity> statements(Facts f) {
        Document d = f.document();
        Map<String, List<StatedValue>> byPlace = new LinkedHashMap<>();
        Map<String, QuantityKey> keys = new LinkedHashMap<>();
        List<StatedValue> values = new ArrayList<>(f.table());
        values.addAll(f.text());
        for (StatedValue v : values) {
            QuantityKey.of(v, classOf, label).ifPresent(key -> {
                String place = key.id() + " " + v.element();
                keys.putIfAbsent(place, key);
                byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(v);
            });
        }
        List<StatedQuantity> out = new ArrayList<>();
        byPlace.forEach((place, stated) -> out.add(statement(d, keys.get(place), stated)));
        return out;
    }

    /**
     * Every conflict among the statements, given document by document in the order of their stems: for each quantity
     * whose places do not all agree, the places that disagree with another, ordered by quantity, then by where the
     * first place stands.
     */
    public static List<Conflict> compare(java.util.stream.Stream<StatedQuantity> statements) {
        Map<String, List<StatedQuantity>> byQuantity = new LinkedHashMap<>();
        statements.forEach(s -> byQuantity.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        List<Conflict> conflicts = new ArrayList<>();
        byQuantity.values().forEach(places -> conflict(places.stream()
                .sorted(Comparator.comparing(StatedQuantity::stem).thenComparingInt(StatedQuantity::start)).toList()).ifPresent(conflicts::add));
        conflicts.sort(Comparator.comparing(Conflict::quantity).thenComparing(c -> c.first().stem()).thenComparingInt(c -> c.first().line()));
        return conflicts;
    }

    /**
     * The places of one quantity whose values differ beyond rounding from those of another place (never another cell of
     * their own table: two rows are two conditions, two columns two arms or comparisons), as one conflict; empty when they
     * all agree. A pair whose places both already disagree with some other is not compared again.
     */
    private static Optional<Conflict> conflict(List<StatedQuantity> places) {
        List<List<Quantity>> numbers = places.stream().map(StatedQuantity::numbers).toList();
        boolean[] disagrees = new boolean[places.size()];
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                if (disagrees[i] && disagrees[j]) {
                    continue;
                }
                if (!places.get(i).otherCellOfSameTable(places.get(j)) && !Rounding.agree(numbers.get(i), numbers.get(j))) {
                    disagrees[i] = true;
                    disagrees[j] = true;
                }
            }
        }
        List<StatedQuantity> found = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            if (disagrees[i]) {
                found.add(places.get(i));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Conflict(found.get(0).key(), found.get(0).quantity(), found));
    }

    private static StatedQuantity statement(Document d, QuantityKey key, List<StatedValue> values) {
        StatedValue first = values.get(0);
        Span span = span(d, first.element()).orElse(first.span());
        Optional<String> sectionId = first.sectionId();
        Optional<String> title = sectionId.flatMap(d::section).map(Section::title);
        List<StatedQuantity.Value> stated = values.stream()
                .map(v -> new StatedQuantity.Value(v.text(), v.id(), StatedQuantity.Number.of(v.number().orElseThrow()))).toList();
        return new StatedQuantity(key.id(), key.describe(), d.stem(), first.element(), sectionId, title, span.line(),
                first.span().start(), place(first.element()), d.source().slice(span), stated);
    }
    /** "table 7, row 2, cell 1" or "paragraph 6, sentence 2". */
    private static String place(ElementRef e) {
        return e.kind() + " " + e.key() + e.path().replace('/', ' ').replaceAll(" (\\w+) (\\d+)", ", $1 $2");
    }

    /** The span of the table cell or sentence in the file. */
    private static Optional<Span> span(Document d, ElementRef e) {
        int position = Integer.parseInt(e.key());
        String[] path = e.path().split("/");
        if (e.kind().equals("table") && path.length == 5) {
            int row = Integer.parseInt(path[2]);
            int column = Integer.parseInt(path[4]);
            return d.blocks().stream().filter(b -> b.position() == position && b instanceof TableBlock).map(TableBlock.class::cast)
                    .flatMap(t -> t.rows().stream()).filter(r -> r.index() == row).flatMap(r -> r.cells().stream())
                    .filter(c -> c.column() == column).map(TableCell::content).map(p -> p.span()).findFirst();
        }
        if (e.kind().equals("paragraph") && path.length == 3) {
            int sentence = Integer.parseInt(path[2]);
            return TextFacts.paragraph(d, position).map(Paragraph::content).filter(p -> p.sentences().size() >= sentence)
                    .map(p -> p.sentences().get(sentence - 1).span());
        }
        return Optional.empty();
    }
}
