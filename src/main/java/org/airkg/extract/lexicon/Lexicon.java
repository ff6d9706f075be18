package org.airkg.extract.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lexicon: every entry of every {@code *.json} file of a directory, each file a JSON array of
 * {@link LexiconEntry} objects (see {@code data/lexicon/README.md}).
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(Path.of("data/lexicon"));
 * LexiconEntry letrozole = lexicon.byId("letrozole").orElseThrow();
 * List<LexiconEntry> femara = lexicon.findByName("FEMARA");   // matches letrozole's synonym
 * }</pre>
 *
 * <p>Loading is strict: malformed JSON, unknown or duplicate fields, invalid entries and ids defined twice
 * (in one file or across files) fail with a {@link LexiconException} naming the file and, for problems
 * inside a file, the line and column.
 */
public final class Lexicon {
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            .build()
            .readerFor(new TypeReference<List<LexiconEntry>>() {});

    private final List<LexiconEntry> entries;
    private final Map<String, LexiconEntry> byId;
    private final Map<String, List<LexiconEntry>> byName;
    private final Overlay overlay;

    private Lexicon(List<LexiconEntry> entries) {
        this(entries, Vocabulary.EMPTY, Suppressions.NONE);
    }

    private Lexicon(List<LexiconEntry> curated, Vocabulary vocabulary, Suppressions suppressions) {
        this.overlay = new Overlay(curated, vocabulary, suppressions);
        List<LexiconEntry> entries = overlay.curatedEntries();
        this.entries = List.copyOf(entries);
        Map<String, LexiconEntry> ids = new LinkedHashMap<>();
        Map<String, List<LexiconEntry>> names = new LinkedHashMap<>();
        for (LexiconEntry entry : this.entries) {
            ids.put(entry.id(), entry);
            for (String name : entry.names()) {
                names.computeIfAbsent(key(name), k -> new ArrayList<>()).add(entry);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = Collections.unmodifiableMap(names);
    }

    /**
     * A lexicon of the given entries, in their order.
     *
     * @throws IllegalArgumentException if two entries share an id
     */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        Map<String, LexiconEntry> seen = new LinkedHashMap<>();
        for (LexiconEntry entry : entries) {
            if (seen.putIfAbsent(entry.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate lexicon id '" + entry.id() + "'");
            }
        }
        return new Lexicon(new ArrayList<>(entries));
    }

    /**
     * Loads every {@code *.json} file directly in {@code dir} (not its subdirectories), in file-name order.
     *
     * @throws LexiconException if the directory cannot be listed or any file cannot be read, parsed or
     *     validated, or if an id is defined twice
     */
    public static Lexicon load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LexiconException(dir.toString(), 0, 0, "lexicon directory does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new LexiconException(dir.toString(), 0, 0, "cannot list lexicon directory: " + e.getMessage(), e);
        }
        List<LexiconEntry> all = new ArrayList<>();
        Map<String, Path> definedIn = new LinkedHashMap<>();
        for (Path file : files) {
            for (LexiconEntry entry : readFile(file)) {
                Path first = definedIn.putIfAbsent(entry.id(), file);
                if (first != null) {
                    String where = first.equals(file) ? "earlier in the same file" : "in " + first;
                    throw new LexiconException(file.toString(), 0, 0,
                            "duplicate lexicon id '" + entry.id() + "' (already defined " + where + ")");
                }
                all.add(entry);
            }
        }
        Map<String, String> classes = new LinkedHashMap<>();
        all.forEach(e -> classes.put(e.id(), e.ontologyClass()));
        for (LexiconEntry entry : all) {
            entry.variantOf().filter(gene -> !"Gene".equals(classes.get(gene))).ifPresent(gene -> {
                throw new LexiconException(definedIn.get(entry.id()).toString(), 0, 0,
                        "entry '" + entry.id() + "' is a variant of '" + gene + "', which is not a Gene entry of the lexicon");
            });
        }
        return new Lexicon(all);
    }

    private static List<LexiconEntry> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<LexiconEntry> entries = READER.readValue(in);
            if (entries == null) {
                throw new LexiconException(file.toString(), 0, 0, "expected a JSON array of lexicon entries, found null");
            }
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) == null) {
                    throw new LexiconException(file.toString(), 0, 0, "entry " + (i + 1) + " is null");
                }
            }
            return entries;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
            throw new LexiconException(file.toString(), line, column, describe(e), e);
        } catch (IOException e) {
            throw new LexiconException(file.toString(), 0, 0, "cannot read lexicon file: " + e.getMessage(), e);
        }
    }

    /** A one-line description of a Jackson problem, without Jackson's location and source excerpt. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; known fields: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return "invalid entry: " + invalid.getCause().getMessage();
        }
        String message = e.getOriginalMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ").strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * This lexicon's curated entries as an overlay on the name tables of public vocabularies: a vocabulary
     * entity that shares an identifier with a curated entry becomes that entry (which gains the entity's other
     * identifiers, unless it holds another of the same registry: then it keeps its own and the disagreement is
     * reported), the others become entries of their own, and {@code suppressions} remove groundings.
     */
    public Lexicon withVocabulary(Vocabulary vocabulary, Suppressions suppressions) {
        return new Lexicon(overlay.curated(), vocabulary, suppressions);
    }

    /** Every curated entry, files in name order and entries in file order (vocabulary entities are found by id). */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** The entry with the given id, if any: a curated entry, or an entity of the vocabulary. */
    public Optional<LexiconEntry> byId(String id) {
        LexiconEntry curated = byId.get(id);
        return curated != null ? Optional.of(curated) : overlay.vocabularyEntry(id);
    }

    /** Whether {@code id} is an entry pattern rules made from a document's text ({@link #mint}): neither curated nor of the vocabulary. */
    public boolean isMinted(String id) {
        return !byId.containsKey(id) && vocabulary().byId(id).isEmpty() && byId(id).isPresent();
    }

    /** The id a vocabulary entity has in this lexicon: its own, or that of the curated entry it became; empty when suppressed. */
    public Optional<String> idOf(Vocabulary.Entity entity) {
        return overlay.idOf(entity);
    }

    /**
     * The entry of {@code entry}'s id: the curated or vocabulary entry of that id when there is one, else
     * {@code entry}, which pattern rules made from a document's text (a variant, a trial acronym, a drug class)
     * and which is from now on found by its id. Ids are made from what the entity is, so two documents naming
     * the same variant make the same entry; of two forms of it the one with fewer capitals, then the first in
     * order, is kept, whichever document was read first.
     */
    public LexiconEntry mint(LexiconEntry entry) {
        LexiconEntry curated = byId.get(entry.id());
        return curated != null ? curated : overlay.vocabularyOnly(entry.id()).orElseGet(() -> overlay.mint(entry));
    }

    /** The vocabulary under the curated entries. */
    public Vocabulary vocabulary() {
        return overlay.vocabulary();
    }

    /** The suppressed groundings. */
    public Suppressions suppressions() {
        return overlay.suppressions();
    }

    /** Identifiers a vocabulary gives a curated entry that disagree with the entry's own, each as a sentence. */
    public List<String> disagreements() {
        return overlay.disagreements();
    }

    /**
     * The entries whose label or a synonym equals {@code name}, ignoring case and surrounding white space;
     * usually one, more when a name is ambiguous, none when unknown.
     */
    public List<LexiconEntry> findByName(String name) {
        if (name == null) {
            return List.of();
        }
        return byName.getOrDefault(key(name), List.of());
    }

    /** The number of entries. */
    public int size() {
        return entries.size();
    }
}
