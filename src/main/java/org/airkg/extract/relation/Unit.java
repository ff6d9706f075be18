package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.document.Passage;
import org.airkg.document.SourceText;
import org.airkg.document.Span;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;

/**
 * The stretch of text a rule reads at once: a sentence, or a table row with its table's title, with the
 * linked mentions inside it. Positions are compared as offsets in the source file, so a cue word and a
 * mention are "before" or "after" each other whatever the markup between them. {@code context} holds the
 * mentions of the sentences before it in the same element (for an FAQ answer, its question too): the model,
 * drug or disease a paragraph has already named. {@code columns} holds a table row's cells, each under its
 * column's heading; a sentence has none.
 */
record Unit(List<Piece> pieces, List<Mention> mentions, ElementRef element, Optional<String> sectionId, Span span,
        SourceText source, List<Mention> context, List<Column> columns) {
    /** A range {@code [from, to)} of a passage's normalised text. */
    record Piece(Passage passage, int from, int to) {
        String text() {
            return passage.text().substring(from, to);
        }
    }

    /** A cue word found: its source offset and the text matched. */
    record Cue(int offset, String text) {}

    /**
     * A cell of a table row under the heading of its column: the heading's text and the linked mentions in it
     * ("Abemaciclib + fulvestrant, any grade"), and the cell's own text and source span.
     */
    record Column(String heading, List<Mention> named, String text, Span span) {
        Column {
            named = named.stream().filter(m -> m.status() == MentionStatus.LINKED).toList();
        }

        /** Whether a mention stands inside this cell. */
        boolean holds(Mention m) {
            return m.span().start() >= span.start() && m.span().end() <= span.end();
        }
    }

    private static final Pattern HYPHEN_MODIFIER = Pattern.compile("-(?!(?:mediated|driven|dependent)\\b)[a-z]");

    Unit {
        pieces = List.copyOf(pieces);
        context = List.copyOf(context);
        columns = List.copyOf(columns);
        mentions = mentions.stream().filter(m -> m.status() == MentionStatus.LINKED)
                .sorted(java.util.Comparator.comparingInt(m -> m.span().start())).toList();
    }

    /** The unit's text, pieces joined with " | ". */
    String text() {
        return String.join(" | ", pieces.stream().map(Piece::text).toList());
    }

    /** Every match of {@code pattern} in the unit, by source offset. */
    List<Cue> cues(Pattern pattern) {
        List<Cue> found = new ArrayList<>();
        for (Piece piece : pieces) {
            Matcher m = pattern.matcher(piece.text());
            while (m.find()) {
                if (m.end() > m.start()) {
                    int offset = piece.passage().sourceSpan(piece.from() + m.start(), piece.from() + m.end(), source).start();
                    found.add(new Cue(offset, m.group()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Cue::offset));
        return found;
    }

    /** The source text between two mentions, in reading order. */
    String between(Mention a, Mention b) {
        int from = Math.min(a.span().end(), b.span().end());
        int to = Math.max(a.span().start(), b.span().start());
        if (to <= from) {
            return "";
        }
        return source.text().substring(source.charIndex(from), source.charIndex(to));
    }

    /** The first piece whose text matches {@code pattern}, as a unit of its own (a table cell of a row unit). */
    Unit narrowTo(Pattern pattern) {
        for (Piece piece : pieces) {
            if (pattern.matcher(piece.text()).find() && piece.to() > piece.from()) {
                Span span = piece.passage().sourceSpan(piece.from(), piece.to(), source);
                List<Mention> inside = mentions.stream().filter(m -> m.span().start() >= span.start() && m.span().end() <= span.end()).toList();
                return new Unit(List.of(piece), inside, element, sectionId, span, source, context, List.of());
            }
        }
        return this;
    }

    /**
     * Whether a hyphen joins a mention to the word after it, making it a modifier rather than a name standing for itself
     * ("FSH-induced aromatase", "FGFR1-non-amplified cells", "ER-positive tumours"), but for the name's own activity
     * ("CDK4/6-mediated", "HER2-driven", "estrogen-dependent"), which still names it.
     */
    boolean modifier(Mention m) {
        return HYPHEN_MODIFIER.matcher(textBetween(m.span().end(), Math.min(m.span().end() + 12, span.end()))).lookingAt();
    }

    /** The source span of the piece (a table cell of a row unit) that holds a source offset. */
    Optional<Span> pieceAt(int offset) {
        return pieces.stream().map(p -> p.passage().sourceSpan(p.from(), p.to(), source))
                .filter(span -> span.start() <= offset && offset < span.end()).findFirst();
    }

    boolean has(Pattern pattern) {
        return pieces.stream().anyMatch(p -> pattern.matcher(p.text()).find());
    }

    /** The linked mentions of entities whose class is one of {@code classes}. */
    List<Mention> of(java.util.function.Function<String, String> classOf, Set<String> classes) {
        return mentions.stream().filter(m -> classes.contains(classOf.apply(m.entityIds().get(0)))).toList();
    }

    /**
     * The first entity of one of {@code classes} the unit names, else the one its context named; when the context
     * names several, none (which of them the unit means is not said).
     */
    Optional<String> named(java.util.function.Function<String, String> classOf, Set<String> classes) {
        return of(classOf, classes).stream().findFirst().map(m -> m.entityIds().get(0)).or(() -> {
            List<String> named = context.stream().filter(m -> !m.entityIds().isEmpty() && classes.contains(classOf.apply(m.entityIds().get(0))))
                    .map(m -> m.entityIds().get(0)).distinct().toList();
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        });
    }

    /** Whether the unit's context names several entities of {@code classes}, so that no default may stand for them. */
    boolean contextNamesSeveral(java.util.function.Function<String, String> classOf, Set<String> classes) {
        return context.stream().filter(m -> !m.entityIds().isEmpty() && classes.contains(classOf.apply(m.entityIds().get(0))))
                .map(m -> m.entityIds().get(0))
                .distinct().count() > 1;
    }

    /** The source text between two offsets, markup included. */
    String textBetween(int from, int to) {
        return to <= from ? "" : source.text().substring(source.charIndex(from), source.charIndex(to));
    }

    /** The last words of the unit before a mention (at most 60 characters), where a rule's {@code notAfter} looks. */
    String wordsBefore(Mention m) {
        String text = textBefore(m.span().start());
        return text.length() > 60 ? text.substring(text.length() - 60) : text;
    }

    /** The unit's text from its start to a source offset. */
    String textBefore(int offset) {
        return offset <= span.start() ? "" : source.text().substring(source.charIndex(span.start()), source.charIndex(offset));
    }
}
