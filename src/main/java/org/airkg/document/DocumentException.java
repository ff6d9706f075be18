package org.airkg.document;

import java.nio.file.Path;
import org.airkg.SourceException;

/** A document that cannot be read; the message names the file and, where it applies, the line and column. */
public class DocumentException extends SourceException {
    private static final long serialVersionUID = 1L;

    public DocumentException(String file, int line, int column, String problem) {
        super(file, line, column, problem, null);
    }

    public DocumentException(String file, int line, int column, String problem, Throwable cause) {
        super(file, line, column, problem, cause);
    }

    public DocumentException(Path file, int line, int column, String problem) {
        this(file.toString(), line, column, problem);
    }
}
