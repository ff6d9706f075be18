package org.airkg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL syntax error as one line, {@code line:column: what}: the position the parser's message names (the
 * exception's own line and column can point at the token before), and the message without its list of every
 * token the grammar would have taken there.
 */
final class SyntaxError {

    /** JavaCC's "Encountered " KIND "IMAGE" " at line L, column C." or "Encountered "<EOF>" at ...". */
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered (.*) at line (\\d+), column (\\d+)\\.?");
    /** A token as JavaCC quotes it: " KIND "IMAGE" ". */
    private static final Pattern TOKEN = Pattern.compile("\" (.+?) \"(.*) \"\"");
    /** Jena's own errors: "Line L, column C: what". */
    private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+), column (\\d+): (.*)");

    private SyntaxError() {}

    /** {@code line:column: what} for a parse error. */
    static String describe(QueryParseException e) {
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        Matcher m = ENCOUNTERED.matcher(first);
        if (m.matches()) {
            return m.group(2) + ":" + m.group(3) + ": syntax error, unexpected " + token(m.group(1));
        }
        m = LINE_COLUMN.matcher(first);
        if (m.matches()) {
            return m.group(1) + ":" + m.group(2) + ": " + m.group(3);
        }
        return e.getLine() + ":" + e.getColumn() + ": " + first;
    }

    private static String token(String quoted) {
        if (quoted.contains("<EOF>")) {
            return "end of query";
        }
        Matcher m = TOKEN.matcher(quoted);
        return m.matches() ? "'" + m.group(2).strip() + "'" : quoted;
    }
}
