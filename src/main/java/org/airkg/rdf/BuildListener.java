package org.airkg.rdf;

import java.nio.file.Path;

/** Told of each document as a build reads it, e.g. to drive a progress bar. */
public interface BuildListener {
    /** A listener that ignores everything. */
    BuildListener NONE = new BuildListener() {};

    /** The build is about to read {@code count} documents. */
    default void starting(int count) {}

    /** The build has read (or failed to read) one document. */
    default void documentDone(Path file) {}
}
