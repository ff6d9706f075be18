package org.airkg.extract.lexicon;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What each name table of {@code data/vocab/} was made from ({@code tables.json}, written by the import): its
 * description, version, licences and source files with their SHA-256, for the dataset's VoID description.
 */
public final class VocabularyTables {
    /** The file in the vocabulary folder. */
    public static final String FILE = "tables.json";

    /** One source file of a table. */
    public record Source(String file, String sha256) {}

    /** One table: name, description, version, licence (as text and as IRIs), entity count, source files. */
    public record Table(String table, String description, String version, String licence, List<String> licenceIris, long entities,
            List<Source> sources) {
        public Table {
            licenceIris = List.copyOf(licenceIris);
            sources = List.copyOf(sources);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private VocabularyTables() {}

    /** The tables described in {@code dir}, none when the file is absent. */
    public static List<Table> load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<Table>>() {}));
        } catch (IOException e) {
            throw new LexiconException(file.toString(), 0, 0, "cannot read the table descriptions: " + e.getMessage(), e);
        }
    }

    /** Writes the descriptions. */
    public static void write(List<Table> tables, Path file) throws IOException {
        JSON.writeValue(file.toFile(), tables);
    }
}
