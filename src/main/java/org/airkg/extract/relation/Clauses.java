package org.airkg.extract.relation;

import java.util.regex.Pattern;

/** Where clauses of a sentence begin and end, for readers that keep a verb's arguments in its own clause. */
final class Clauses {
    /** What opens a new clause: "; ", ", and", ", whereas", ", which", "although". */
    static final Pattern BOUNDARY = Pattern.compile(
            "(?i);|,\\s*(?=(?:and|but|whereas|while|although|though|which|so|yet)\\b)|\\b(?:whereas|although)\\b");
    /** A boundary, or the end of a sentence. */
    private static final Pattern BREAK = Pattern.compile(BOUNDARY.pattern() + "|\\.(?:\\s|$)");

    private Clauses() {}

    /** Whether a clause ends somewhere in {@code text}. */
    static boolean breaks(String text) {
        return BREAK.matcher(text).find();
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
