package org.airkg.extract.relation;

import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;

/** Where clauses of a sentence begin and end, for readers that keep a verb's arguments in its own clause. */
final class Clauses {
    /** The words after a comma that open a clause of the same rank as the one before it. */
    private static final String CLAUSE_WORDS = "and|but|whereas|while|although|though|so|yet";
    /**
     * The opening of a participial aside, from its comma to the preposition after the participle: ", activated by",
     * ", as seen with", ", bound to". What the aside names acts on the name before it, and the clause's verb and negation
     * are not its own.
     */
    static final String PARTICIPLE_OPENING = ",\\s*(?:(?:as|also|often|mostly|usually|rarely|[a-z]+ly)\\s+)?"
            + "(?:[a-z]+ed|seen|bound|driven|made|known|held|given|taken)\\s+(?:by|with|to|from|through|via|in|as|on|for|after|during)\\b";
    /**
     * What opens a new clause: "; ", ", and", ", whereas", ", which", ", where", "although", or a comma before a reading of
     * what came before (", consistent with RB1 loss conferring resistance"; not ", in line with PENELOPE-B", which still
     * speaks of what the clause before it says).
     */
    static final Pattern BOUNDARY = Pattern.compile(
            "(?i);|,\\s*(?=(?:" + CLAUSE_WORDS + "|which|where|consistent\\s+with)\\b)|\\b(?:whereas|although)\\b");
    /** A boundary between coordinate clauses: {@link #BOUNDARY} but for ", which", whose clause stands inside the one before it. */
    static final Pattern COORDINATE = Pattern.compile(
            "(?i);|,\\s*(?=(?:" + CLAUSE_WORDS + ")\\b)|\\b(?:whereas|although)\\b");
    /**
     * A boundary that no list crosses: ";", "whereas", "while", "although", ", but", ", which". Unlike {@link #BOUNDARY} it
     * takes ", and" for the serial comma of a list ("arthralgia, myalgia, and hot flashes"), not for a new clause.
     */
    static final Pattern STRONG_BOUNDARY = Pattern.compile(
            "(?i);|\\b(?:whereas|while|although|though)\\b|,\\s*(?=(?:but|which|yet)\\b)");
    /** A boundary, or the end of a sentence. */
    private static final Pattern BREAK = Pattern.compile(BOUNDARY.pattern() + "|\\.(?:\\s|$)");

    /** A bracketed aside ("(RAD001, Afinitor)", "(56% any grade; 8% grade 3)"), whole or cut by a mention. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|^[^()]*\\)|\\([^()]*$");

    private Clauses() {}

    /** {@code text} with its bracketed asides blanked: a ";" in brackets ends no clause. */
    static String withoutAsides(String text) {
        return ASIDE.matcher(text).replaceAll(" ");
    }

    /** Whether a clause ends somewhere in {@code text}. */
    static boolean breaks(String text) {
        return BREAK.matcher(text).find();
    }

    /** The source offset where the clause of {@code u} holding {@code offset} ends. */
    static int end(Unit u, int offset) {
        return u.cues(BOUNDARY).stream().mapToInt(Unit.Cue::offset).filter(o -> o >= offset).min().orElse(u.span().end());
    }

    /** Whether {@code m} stands in the clause of {@code u} that holds {@code offset}. */
    static boolean inClauseOf(Unit u, int offset, Mention m) {
        return m.span().start() >= start(u, offset) && m.span().end() <= end(u, offset);
    }

    /** The source offset where the clause of {@code u} holding {@code offset} begins. */
    static int start(Unit u, int offset) {
        int start = u.span().start();
        for (Unit.Cue boundary : u.cues(BOUNDARY)) {
            if (boundary.offset() < offset) {
                start = boundary.offset();
            }
        }
        return start;
    }
}
