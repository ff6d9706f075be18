package org.airkg;

/**
 * A problem in an input file, located by file, line and column: its message reads
 * {@code file:line:col: what}, the form compilers and Jena's error handler use (line and column are left
 * out when 0, for problems of the whole file).
 */
public class SourceException extends AirkgException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public SourceException(String file, int line, int column, String problem, Throwable cause) {
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

    /** The file as the reader was given it. */
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
