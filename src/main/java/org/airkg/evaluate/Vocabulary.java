package org.airkg.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of the gold format that are data, read from resource files beside this class: the predicates a
 * relation may use ({@code predicates.txt}) and the gold kind each ontology class is scored as
 * ({@code kinds.tsv}). A predicate or class added later is one line there.
 *
 * <pre>{@code
 * Vocabulary.kindOf("Protein");            // Optional[Gene]
 * Vocabulary.predicates().contains("inhibits");
 * }</pre>
 */
public final class Vocabulary {
    private static final Set<String> PREDICATES = Collections.unmodifiableSet(new LinkedHashSet<>(lines("predicates.txt")));
    private static final Map<String, Gold.Kind> KINDS = readKinds();

    private Vocabulary() {}

    /** The predicates of the gold format, in the order the format lists them. */
    public static Set<String> predicates() {
        return PREDICATES;
    }

    /** The gold kind an ontology class (its local name) is scored as, or empty when it is not scored. */
    public static Optional<Gold.Kind> kindOf(String ontologyClass) {
        return Optional.ofNullable(KINDS.get(ontologyClass));
    }

    /** Each scored ontology class with its gold kind. */
    public static Map<String, Gold.Kind> kinds() {
        return KINDS;
    }

    private static Map<String, Gold.Kind> readKinds() {
        Map<String, Gold.Kind> map = new LinkedHashMap<>();
        for (String line : lines("kinds.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("kinds.tsv: '" + line + "' is not a class, a tab and a kind");
            }
            map.put(cells[0], Gold.Kind.valueOf(cells[1]));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The lines of a resource beside this class, without comments and blank lines. */
    static List<String> lines(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            List<String> lines = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
