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
 * Finds the values that conflict, within one document or across documents: two places (table cells or sentences)
 * that state values of one quantity ({@link QuantityKey}: the same thing measured under the same qualifiers) that
 * differ beyond rounding ({@link Rounding}). The values one cell or sentence states for a quantity are read together
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

    /** The values one cell or sentence of one document states for one quantity. */
    private record Statement(Document document, ElementRef element, List<StatedValue> values) {
        List<Quantity> numbers() {
            return values.stream().map(v -> v.number().orElseThrow()).toList();
        }

        boolean otherRowOfSameTable(Statement o) {
            return document.stem().equals(o.document.stem()) && element.kind().equals("table") && o.element.kind().equals("table")
                    && element.key().equals(o.element.key()) && !row(element).equals(row(o.element));
        }

        private static String row(ElementRef cell) {
            return cell.path().replaceAll("/cell/\\d+$", "");
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
        Map<QuantityKey, Map<String, Statement>> byQuantity = new LinkedHashMap<>();
        documents.stream().sorted(Comparator.comparing((Facts f) -> f.document().stem())).forEach(f -> {
            List<StatedValue> values = new ArrayList<>(f.table());
            values.addAll(f.text());
            for (StatedValue v : values) {
                QuantityKey.of(v, classOf, label).ifPresent(key -> byQuantity.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(f.document().stem() + " " + v.element(),
                                k -> new Statement(f.document(), v.element(), new ArrayList<>())).values().add(v));
            }
        });
        List<Conflict> conflicts = new ArrayList<>();
        byQuantity.forEach((key, statements) -> conflicts.addAll(conflicts(key, statements.values().stream()
                .sorted(Comparator.comparing((Statement s) -> s.document().stem()).thenComparingInt(s -> s.values().get(0).span().start()))
                .toList())));
        conflicts.sort(Comparator.comparing(Conflict::quantity).thenComparing(c -> c.first().stem()).thenComparingInt(c -> c.first().line()));
        return conflicts;
    }

    private List<Conflict> conflicts(QuantityKey key, List<Statement> statements) {
        List<Conflict> found = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                if (!a.otherRowOfSameTable(b) && !Rounding.agree(a.numbers(), b.numbers())) {
                    found.add(new Conflict(key.describe(), side(a), side(b)));
                }
            }
        }
        return found;
    }

    private static Conflict.Side side(Statement s) {
        Document d = s.document();
        Span span = span(d, s.element()).orElse(s.values().get(0).span());
        Optional<String> sectionId = s.values().get(0).sectionId();
        Optional<String> title = sectionId.flatMap(d::section).map(Section::title);
        return new Conflict.Side(d.stem(), s.element(), sectionId, title, span.line(), place(s.element()), d.source().slice(span),
                s.values());
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
