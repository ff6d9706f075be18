package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.document.Passage;
import org.airkg.document.Sentence;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.Texts;

/** Cuts a document into the units its rules read: sentences, and table rows read with their table's title. */
final class Units {
    private Units() {}

    /** The sentences of every text, and each body row of every table read with its table's title. */
    static List<Unit> of(Document document, List<Mention> mentions) {
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
