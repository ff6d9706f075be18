package org.airkg.evaluate;

import org.airkg.SourceException;

/**
 * A gold annotation file that cannot be used: its message names the file and, where known, the line and
 * column of the entry and the entry itself ({@code gold/h01.gold.json:12:5: relations[2]: what}).
 */
public class GoldException extends SourceException {
    private static final long serialVersionUID = 1L;

    public GoldException(String file, int line, int column, String problem) {
        super(file, line, column, problem, null);
    }

    public GoldException(String file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }
}
