package org.airkg.vocab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.airkg.SourceException;

/**
 * The folder of public vocabulary files an import reads ({@code ../shared/vocab-sources/}), with the helpers
 * every source needs: opening a file (gzipped or not), reading delimited rows by header, and knowing which
 * names are one common English word. It records every file read, so the import can list their checksums.
 */
public final class SourceFiles {
    private final Path root;
    private final Set<String> englishWords;
    private final Set<String> read = new TreeSet<>();

    /**
     * @param root the folder holding one sub-folder per vocabulary
     * @param englishWords lower-cased common English words (a word list such as Debian's wamerican)
     */
    public SourceFiles(Path root, Set<String> englishWords) {
        this.root = root;
        this.englishWords = Set.copyOf(englishWords);
    }

    /** Reads a word list, one word a line; words with capitals (proper nouns) are left out. */
    public static Set<String> readWords(Path file) throws IOException {
        Set<String> words = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (!w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)) && !w.contains("'")) {
                words.add(w);
            }
        }
        return words;
    }

    /** The root folder. */
    public Path root() {
        return root;
    }

    /** The files read so far, relative to the root. */
    public Set<String> filesRead() {
        return read;
    }

    /** The path of a file below the root, which must exist. */
    public Path file(String relative) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file.toString(), 0, 0, "vocabulary source file not found", null);
        }
        read.add(relative);
        return file;
    }

    /** Opens a file below the root, gunzipping a {@code .gz} file. */
    public InputStream open(String relative) throws IOException {
        InputStream in = Files.newInputStream(file(relative));
        return relative.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The lines of a file below the root. */
    public List<String> lines(String relative) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root.resolve(relative) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a delimited file with a header line, as maps from column name to value (quotes removed).
     *
     * @param separator {@code '\t'} or {@code ','}
     */
    public List<Map<String, String>> rows(String relative, char separator) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator).withComments();
        if (separator == '\t') {
            schema = schema.withoutQuoteChar();
        }
        try (InputStream in = open(relative);
                MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(in)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new SourceException(root.resolve(relative).toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The rows of a headerless comma-separated file, as lists of cells. */
    public List<List<String>> plainRows(String relative) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (InputStream in = open(relative);
                MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(in)) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            return rows;
        } catch (IOException e) {
            throw new SourceException(root.resolve(relative).toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Whether {@code name} is one common English word (ignoring case): "SET", "Impact", "water". */
    public boolean isEnglishWord(String name) {
        return englishWords.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The name field for {@code name} of {@code type}, marked when the name is one English word. */
    public String nameField(String type, String name) {
        return NameTypes.field(type, isEnglishWord(name));
    }

    /** The parts of a list cell split at {@code separator}, stripped, blanks left out, in order. */
    public static Set<String> split(String cell, String separator) {
        Set<String> parts = new LinkedHashSet<>();
        if (cell == null) {
            return parts;
        }
        for (String part : clean(cell).split(java.util.regex.Pattern.quote(separator))) {
            String p = clean(part);
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /** A name with surrounding quotes and white space removed and inner white space collapsed. */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        String s = name.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.replaceAll("\\s+", " ");
    }

    /**
     * Whether a name can be met in running text: 2 to 60 characters, at most six words, and none of the
     * characters of systematic chemical names and database notes ({@code [ ] { } ; = ,} or a colon).
     */
    public static boolean isTextName(String name) {
        if (name.length() < 2 || name.length() > 60 || name.split(" ").length > 6) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if ("[]{};=,:\"".indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
