package org.airkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.airkg.AirkgException;

/**
 * The stamp of a built store ({@value TdbStore#STAMP} inside its directory): its quads, named graphs and the distinct
 * triples of their union, the fingerprint of everything it was built from, and the fingerprint of everything but the
 * documents' bytes ({@code base}), which decides whether a build may update the store in place. A store being updated
 * in place carries the {@link #INTERRUPTED} fingerprint until its transaction committed, so a crash in between makes
 * the next build a full one.
 */
public record Stamp(long quads, long graphs, long distinct, String fingerprint, String base) {
    /** The fingerprint of a store whose update in place has not finished: it matches no inputs. */
    public static final String INTERRUPTED = "interrupted";

    /** This stamp with {@code n} quads. */
    public Stamp withQuads(long n) {
        return new Stamp(n, graphs, distinct, fingerprint, base);
    }

    /** The stamp of the store at {@code dir}, if it was built; values it does not record are 0 or empty. */
    public static Optional<Stamp> read(Path dir) {
        Path file = dir.resolve(TdbStore.STAMP);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(number(values.get("quads")), number(values.get("graphs")), number(values.get("distinct")),
                values.getOrDefault("fingerprint", ""), values.getOrDefault("base", "")));
    }

    /** Writes this stamp into the store directory {@code dir}, whole (a temporary file moved into place). */
    public void write(Path dir) {
        StringBuilder text = new StringBuilder("quads=" + quads + "\n");
        if (graphs > 0) {
            text.append("graphs=").append(graphs).append("\ndistinct=").append(distinct).append('\n');
        }
        if (!fingerprint.isEmpty()) {
            text.append(TdbStore.FINGERPRINT).append(fingerprint).append('\n');
        }
        if (!base.isEmpty()) {
            text.append("base=").append(base).append('\n');
        }
        Path tmp = dir.resolve(TdbStore.STAMP + ".tmp");
        try {
            Files.writeString(tmp, text);
            Files.move(tmp, dir.resolve(TdbStore.STAMP), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AirkgException("cannot write the stamp of the store at " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
