package org.airkg.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a build runs: on how many threads, whether bad documents are skipped, the SHACL shapes each graph is
 * validated against (none: not validated), whether the dataset is described (VoID, and the query catalogue as
 * SPARQL examples for {@code endpoint}), how messages name what the build writes ("the store at DIR"), the folder of
 * the {@link DocumentCache} (none: every document is extracted), and whether every document is extracted again
 * even when the cache has it ({@code full}).
 */
public record BuildOptions(int threads, boolean skipBad, Optional<Path> shapes, boolean describe, Optional<Path> catalogue,
        String endpoint, String target, Optional<Path> cache, boolean full) {
    /** The endpoint the published descriptions name: where {@code ./airkg serve} answers by default. */
    public static final String DEFAULT_ENDPOINT = "http://127.0.0.1:3030/airkg/sparql";

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
    }

    /** All cores, bad documents fail the build, no validation, no description, messages naming "the dataset". */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), false, Optional.empty(), false, Optional.empty(),
                DEFAULT_ENDPOINT, "the dataset", Optional.empty(), false);
    }

    /** These options on {@code n} threads. */
    public BuildOptions threads(int n) {
        return new BuildOptions(n, skipBad, shapes, describe, catalogue, endpoint, target, cache, full);
    }

    /** These options, skipping bad documents or not. */
    public BuildOptions skipBad(boolean skip) {
        return new BuildOptions(threads, skip, shapes, describe, catalogue, endpoint, target, cache, full);
    }

    /** These options, validating against the shapes of {@code file}. */
    public BuildOptions shapes(Path file) {
        return new BuildOptions(threads, skipBad, Optional.of(file), describe, catalogue, endpoint, target, cache, full);
    }

    /** These options, describing the dataset with VoID and the query catalogue of {@code dir} (if it exists). */
    public BuildOptions describe(Path dir) {
        return new BuildOptions(threads, skipBad, shapes, true, Optional.of(dir), endpoint, target, cache, full);
    }

    /** These options, naming what is written {@code name} in messages. */
    public BuildOptions target(String name) {
        return new BuildOptions(threads, skipBad, shapes, describe, catalogue, endpoint, name, cache, full);
    }

    /** These options, keeping what each document's extraction gives in the cache folder {@code dir}. */
    public BuildOptions cache(Path dir) {
        return new BuildOptions(threads, skipBad, shapes, describe, catalogue, endpoint, target, Optional.of(dir), full);
    }

    /** These options, extracting every document again (and refreshing the cache) or only those the cache misses. */
    public BuildOptions full(boolean all) {
        return new BuildOptions(threads, skipBad, shapes, describe, catalogue, endpoint, target, cache, all);
    }
}
