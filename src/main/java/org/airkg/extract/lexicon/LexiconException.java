package org.airkg.extract.lexicon;

import org.airkg.SourceException;

/**
 * A lexicon file that cannot be loaded: its message names the file and, where known, the line and column
 * ({@code data/lexicon/drugs.json:12:5: what}).
 */
public class LexiconException extends SourceException {
    private static final long serialVersionUID = 1L;

    public LexiconException(String file, int line, int column, String problem) {
        super(file, line, column, problem, null);
    }

    public LexiconException(String file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }
}
