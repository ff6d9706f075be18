package org.airkg.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query of the catalogue: its name (the file name without {@code .rq}), the title and question of its
 * header comment, its parameters with their defaults, and its SPARQL text.
 */
public record CatalogQuery(String name, Path file, String title, String question, Map<String, String> parameters, String sparql) {
    public CatalogQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(sparql, "sparql");
    }

    /** The names of the parameters, sorted. */
    public List<String> parameterNames() {
        return parameters.keySet().stream().sorted().toList();
    }
}
