package org.airkg.serve;

import org.airkg.AirkgException;

/** The server could not be started as asked; the message says what and where. */
public class ServeException extends AirkgException {

    private static final long serialVersionUID = 1L;

    /** A failure described by a plain sentence. */
    public ServeException(String message) {
        super(message);
    }

    /** A failure described by a plain sentence, caused by a lower-level exception. */
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
