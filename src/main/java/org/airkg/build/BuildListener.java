package org.airkg.build;

import java.nio.file.Path;

/** Told of each document as a build reads it, e.g. to drive a progress bar or to collect what was extracted. */
public interface BuildListener {
    /** A listener that ignores everything. */
    BuildListener NONE = new BuildListener() {};

    /** The build is about to read {@code count} documents. */
    default void starting(int count) {}

    /** What was extracted from one document, told in corpus order on the thread that runs the build. */
    default void extracted(Extraction extraction) {}

    /** A document could not be read; told in corpus order. */
    default void failed(org.airkg.document.DocumentException failure) {}

    /** A problem found on the way (an invalid IRI, a shape violation), one line; the build fails or warns at its end. */
    default void warn(String line) {}

    /** The build has read (or failed to read) one document. */
    default void documentDone(Path file) {}

    /**
     * A step of the build is done, after {@code nanos} of wall time: "set-up" (inputs loaded), "documents", "corpus graphs"
     * (entity scan, lexicon, conflicts), "checks" (of the corpus graphs), "descriptions" (VoID, catalogue), "counts"
     * (graphs, distinct triples), "commit" (the store written or swapped in, the cache's manifest).
     */
    default void step(String name, long nanos) {}
}
