package org.airkg.document;

import java.nio.file.Path;
import org.airkg.AirkgException;

/**
 * A document that cannot be read: its message names the file and line ({@code file:line:col: what}), in
 * the form compilers and Jena's error handler use.
 */
public class DocumentException extends AirkgException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public DocumentException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public DocumentException(Path file, int line, int column, String problem) {
        this(file.toString(), line, column, problem);
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
