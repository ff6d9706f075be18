package org.airkg;

/** The root of every exception AIR-KG raises on purpose; the CLI prints its message as one clean line. */
public class AirkgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AirkgException(String message) {
        super(message);
    }

    public AirkgException(String message, Throwable cause) {
        super(message, cause);
    }
}
