package org.airkg.extract.lexicon;

import org.airkg.AirkgException;

/**
 * A lexicon file that cannot be loaded: its message names the file and, where known, the line and column
 * ({@code data/lexicon/drugs.json:12:5: what}).
 */
public class LexiconException extends AirkgException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public LexiconException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public LexiconException(String file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The file as the loader was given it. */
    public String file() {
        return file;
    }

    /** The line, from 1, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The column, from 1, or 0 when not known. */
    public int column() {
        return column;
    }
}
