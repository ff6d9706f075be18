package org.airkg.extract.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Vocabulary groundings a curator removed: a whole entity, or one of its names, each with the reason. Read from
 * a TSV file ({@code entity name reason}, one header line; an empty name suppresses every name of the entity).
 *
 * <pre>
 * entity	name	reason
 * hgnc:1234	CAT	the English word in tables of results, never the gene in this domain
 * </pre>
 */
public final class Suppressions {
    /** No suppression. */
    public static final Suppressions NONE = new Suppressions(Set.of(), Map.of());

    private final Set<String> entities;
    private final Map<String, Set<String>> names;

    private Suppressions(Set<String> entities, Map<String, Set<String>> names) {
        this.entities = Set.copyOf(entities);
        this.names = Map.copyOf(names);
    }

    /**
     * Reads a suppression file; a file that does not exist suppresses nothing.
     *
     * @throws LexiconException naming the file and line of a malformed row or an unknown CURIE prefix
     */
    public static Suppressions load(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LexiconException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).equals("entity\tname\treason")) {
            throw new LexiconException(file.toString(), 1, 1, "expected the header 'entity<TAB>name<TAB>reason'");
        }
        Set<String> entities = new HashSet<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || cells[2].isBlank()) {
                throw new LexiconException(file.toString(), i + 1, 1, "expected entity, name and a reason separated by tabs");
            }
            try {
                Curies.parse(cells[0]);
            } catch (IllegalArgumentException e) {
                throw new LexiconException(file.toString(), i + 1, 1, e.getMessage(), e);
            }
            if (cells[1].isBlank()) {
                entities.add(cells[0]);
            } else {
                names.computeIfAbsent(cells[0], k -> new HashSet<>()).add(cells[1].strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new Suppressions(entities, names);
    }

    /** Whether every grounding to the entity of {@code curie} is suppressed. */
    public boolean suppresses(String curie) {
        return entities.contains(curie);
    }

    /** Whether {@code name} (as written in a text; case is ignored) no longer grounds the entity of {@code curie}. */
    public boolean suppresses(String curie, String name) {
        return entities.contains(curie) || names.getOrDefault(curie, Set.of()).contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
