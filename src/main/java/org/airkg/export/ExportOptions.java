package org.airkg.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.airkg.AirkgException;

/**
 * What to export, where to, and from which store or lexicon; built and checked by {@link #builder()}.
 *
 * @param format the format
 * @param out the file, or for {@link ExportFormat#writesDirectory() directory formats} the directory, to write
 * @param around the entity whose neighbourhood alone is exported, if any (graph formats only)
 * @param depth how many edges away from {@code around} the neighbourhood reaches
 * @param store the TDB2 store to read
 * @param lexicon the lexicon directory, for {@link ExportFormat#SSSOM}
 */
public record ExportOptions(ExportFormat format, Path out, Optional<String> around, int depth, Path store, Path lexicon) {
    /** The depth of a neighbourhood when none is given. */
    public static final int DEFAULT_DEPTH = 1;

    public ExportOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(around, "around");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(lexicon, "lexicon");
    }

    /** A builder with the project's default store ({@code target/airkg/tdb2}) and lexicon ({@code data/lexicon}). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ExportOptions}, refusing combinations that mean nothing. */
    public static final class Builder {
        private ExportFormat format;
        private Path out;
        private String around;
        private Integer depth;
        private Path store = Path.of("target/airkg/tdb2");
        private Path lexicon = Path.of("data/lexicon");

        private Builder() {}

        public Builder format(ExportFormat format) {
            this.format = format;
            return this;
        }

        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        /** Export only the neighbourhood of the entity with this IRI. */
        public Builder around(String iri) {
            this.around = iri;
            return this;
        }

        /** How far the neighbourhood reaches, in edges; needs {@link #around}. */
        public Builder depth(Integer depth) {
            this.depth = depth;
            return this;
        }

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        public Builder lexicon(Path lexicon) {
            this.lexicon = lexicon;
            return this;
        }

        /** The options, or an {@link AirkgException} saying what is missing or does not fit. */
        public ExportOptions build() {
            if (format == null) {
                throw new AirkgException("No export format specified; use one of " + Arrays.stream(ExportFormat.values())
                        .map(ExportFormat::cliName).collect(Collectors.joining(", ")));
            }
            if (out == null) {
                throw new AirkgException("No output path specified (--out)");
            }
            if (around != null && format.kind() != ExportFormat.Kind.GRAPH) {
                throw new AirkgException("--around selects part of the entity graph; " + format.cliName()
                        + " exports " + (format.kind() == ExportFormat.Kind.MAPPINGS ? "the lexicon's mappings" : "the whole dataset"));
            }
            if (depth != null && around == null) {
                throw new AirkgException("--depth needs --around: the entity whose neighbourhood to export");
            }
            if (depth != null && depth < 0) {
                throw new AirkgException("--depth must be 0 or more, not " + depth);
            }
            if (around != null && !around.matches("(?i)https?://\\S+")) {
                throw new AirkgException("--around takes an entity's IRI, such as https://w3id.org/airkg/id/drug/letrozole, not '" + around + "'");
            }
            return new ExportOptions(format, out, Optional.ofNullable(around), depth == null ? DEFAULT_DEPTH : depth, store, lexicon);
        }
    }
}
