package org.airkg.extract.quantity;

import org.airkg.SourceException;

/**
 * A unit table that cannot be loaded: its message names the file and, where known, the line and column
 * ({@code units.tsv:12:3: what}).
 */
public class QuantityException extends SourceException {
    private static final long serialVersionUID = 1L;

    public QuantityException(String file, int line, int column, String problem) {
        super(file, line, column, problem, null);
    }

    public QuantityException(String file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }
}
