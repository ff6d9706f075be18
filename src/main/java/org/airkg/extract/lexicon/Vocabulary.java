package org.airkg.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The name tables of public vocabularies ({@code data/vocab/*.tsv.gz}, written by {@code ./airkg vocab import}):
 * every entity with its class, label, typed names and identifiers. Identifiers are kept as text and checked
 * when an entity is turned into a {@link LexiconEntry}, so loading stays fast.
 *
 * <pre>{@code
 * Vocabulary vocabulary = Vocabulary.load(Path.of("data/vocab"));
 * vocabulary.byId("hgnc-3467").map(Vocabulary.Entity::label);   // ESR1
 * }</pre>
 */
public final class Vocabulary {
    /** A name of an entity: its text, its type ({@code symbol}, {@code alias}, ...) and whether it is one English word. */
    public record Name(String text, String type, boolean word) {}

    /** An entity of a table: its primary CURIE, table, ontology class, label, names and identifiers ({@code CURIE source}). */
    public record Entity(String curie, String table, String ontologyClass, String label, List<Name> names, List<String> xrefs) {
        /** The lexicon id of the entity: its CURIE in lower case, {@code :} and other characters outside ids as {@code -}. */
        public String id() {
            return idOf(curie);
        }
    }

    /** The most tokens a name may have to be looked up. */
    public static final int MAX_TOKENS = 12;

    /** The vocabulary with no table. */
    public static final Vocabulary EMPTY = new Vocabulary(null, 0);

    private final VocabularyIndex index;
    private final int size;
    /**
     * Keys already looked up, exact and folded: texts repeat their words, so most look-ups are answered here, by a
     * key whose hash the token's string has already computed.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Key> exactKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, Key> foldedKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEYS = 100_000;

    private Vocabulary(VocabularyIndex index, int size) {
        this.index = index;
        this.size = size;
    }

    /** The lexicon id of a CURIE: lower case, every character outside {@code [a-z0-9._-]} as {@code -}. */
    public static String idOf(String curie) {
        StringBuilder sb = new StringBuilder(curie.length());
        for (int i = 0; i < curie.length(); i++) {
            char c = Character.toLowerCase(curie.charAt(i));
            sb.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-' ? c : '-');
        }
        return sb.toString();
    }

    /**
     * Loads every {@code *.tsv.gz} table of {@code dir} through its index in {@code cache}, building the index
     * when the tables or the key rules changed since it was built; an absent folder gives {@link #EMPTY}.
     */
    public static Vocabulary load(Path dir, Path cache) {
        if (!Files.isDirectory(dir)) {
            return EMPTY;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv.gz")).sorted().toList();
        } catch (IOException e) {
            throw new LexiconException(dir.toString(), 0, 0, "cannot list the name tables: " + e.getMessage(), e);
        }
        try {
            Files.createDirectories(cache);
            Path indexFile = cache.resolve("vocabulary-" + fingerprint(files) + ".idx");
            if (!Files.isRegularFile(indexFile)) {
                List<Entity> all = new ArrayList<>();
                files.parallelStream().map(Vocabulary::readTable).toList().forEach(all::addAll);
                checkIds(all);
                VocabularyIndex.write(all, indexFile);
            }
            VocabularyIndex index = VocabularyIndex.open(indexFile);
            return new Vocabulary(index, index.entityCount());
        } catch (IOException e) {
            throw new LexiconException(cache.toString(), 0, 0, "cannot write or read the vocabulary index: " + e.getMessage(), e);
        }
    }

    /** A vocabulary of the given entities, indexed in {@code cache} (for tests and small tables). */
    public static Vocabulary of(List<Entity> entities, Path cache) throws IOException {
        checkIds(entities);
        Files.createDirectories(cache);
        Path file = Files.createTempFile(cache, "vocabulary-", ".idx");
        VocabularyIndex.write(entities, file);
        VocabularyIndex index = VocabularyIndex.open(file);
        return new Vocabulary(index, index.entityCount());
    }

    private static void checkIds(List<Entity> entities) {
        Map<String, Entity> ids = new HashMap<>(entities.size() * 2);
        for (Entity e : entities) {
            Entity clash = ids.putIfAbsent(e.id(), e);
            if (clash != null) {
                throw new LexiconException(e.table(), 0, 0, "entities " + clash.curie() + " and " + e.curie() + " have the same id " + e.id());
            }
        }
    }

    /** The SHA-256 of the index format, the key rules and every table's name and bytes, in hex (16 chars). */
    private static String fingerprint(List<Path> files) throws IOException {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(("format " + VocabularyIndex.FORMAT + " keys " + NameKeys.VERSION + " tokens " + MAX_TOKENS).getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entity> readTable(Path file) {
        String table = file.getFileName().toString().replace(".tsv.gz", "");
        Map<String, Builder> entities = new LinkedHashMap<>();
        int lineNumber = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line = r.readLine();
            lineNumber++;
            if (!"entity\tfield\tvalue".equals(line)) {
                throw new LexiconException(file.toString(), 1, 1, "expected the header 'entity<TAB>field<TAB>value'");
            }
            Builder current = null;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                int a = line.indexOf('\t');
                int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
                if (a <= 0 || b < 0 || b == line.length() - 1) {
                    throw new LexiconException(file.toString(), lineNumber, 1, "expected three tab-separated columns");
                }
                String entity = line.substring(0, a);
                if (current == null || !current.curie.equals(entity)) {
                    current = entities.computeIfAbsent(entity, Builder::new);
                }
                current.add(line.substring(a + 1, b), line.substring(b + 1), file, lineNumber);
            }
        } catch (IOException e) {
            throw new LexiconException(file.toString(), lineNumber, 0, "cannot read the name table: " + e.getMessage(), e);
        }
        List<Entity> list = new ArrayList<>(entities.size());
        for (Builder b : entities.values()) {
            list.add(b.build(table, file));
        }
        return list;
    }

    private static final class Builder {
        final String curie;
        String ontologyClass;
        String label;
        final List<Name> names = new ArrayList<>(4);
        final List<String> xrefs = new ArrayList<>(4);

        Builder(String curie) {
            this.curie = curie;
        }

        void add(String field, String value, Path file, int line) {
            if (field.equals("class")) {
                ontologyClass = value;
            } else if (field.equals("label")) {
                label = value;
            } else if (field.equals("xref")) {
                if (value.indexOf(' ') <= 0) {
                    throw new LexiconException(file.toString(), line, 0, "an xref is 'CURIE source', found '" + value + "'");
                }
                xrefs.add(value);
            } else if (field.startsWith("name:")) {
                boolean word = field.endsWith(":word");
                String type = field.substring(5, word ? field.length() - 5 : field.length());
                names.add(new Name(value, type, word));
            } else {
                throw new LexiconException(file.toString(), line, 0, "unknown field '" + field + "'");
            }
        }

        Entity build(String table, Path file) {
            if (ontologyClass == null || label == null) {
                throw new LexiconException(file.toString(), 0, 0, "entity " + curie + " has no class or no label");
            }
            return new Entity(curie, table, ontologyClass, label, List.copyOf(names), List.copyOf(xrefs));
        }
    }

    /** The entity with the given lexicon id. */
    public Optional<Entity> byId(String id) {
        if (index == null) {
            return Optional.empty();
        }
        int i = index.entityById(id);
        return i < 0 ? Optional.empty() : Optional.of(index.entity(i));
    }

    /** The entities that carry {@code curie} as an identifier (their own or a cross-reference). */
    public List<Entity> byXref(String curie) {
        if (index == null) {
            return List.of();
        }
        return index.byXref(curie).stream().map(index::entity).toList();
    }

    /** A name of the vocabulary found by key: the entity it names, its type and English-word mark. */
    public record Hit(Entity entity, String type, boolean word) {}

    /**
     * What the vocabulary holds under a key (exact or folded): whether some name begins with it as its first token,
     * whether some name may go on from it with more tokens (false: certainly none does), and the names it is.
     */
    public record Key(boolean first, boolean goesOn, List<Hit> names) {
        static final Key NONE = new Key(false, false, List.of());
    }

    /** What the vocabulary holds under {@code key}, looked up once in the index and then remembered. */
    public Key key(String key, boolean exact) {
        if (index == null) {
            return Key.NONE;
        }
        java.util.concurrent.ConcurrentHashMap<String, Key> keys = exact ? exactKeys : foldedKeys;
        Key k = keys.get(key);
        if (k == null) {
            if (keys.size() > KEYS) {
                keys.clear();
            }
            k = find(key, exact);
            keys.put(key, k);
        }
        return k;
    }

    /**
     * What the vocabulary holds under {@code key}, read from the index and not remembered: for a caller that keeps its own
     * memory of keys (the recogniser's dictionary), so that no key is remembered twice.
     */
    public Key find(String key, boolean exact) {
        return index == null ? Key.NONE : new Key(index.isFirstToken(key, exact), index.mayContinue(key, exact), lookUp(key, exact));
    }

    /** The names whose exact (or folded) key is {@code key}. */
    public List<Hit> names(String key, boolean exact) {
        return key(key, exact).names();
    }

    private List<Hit> lookUp(String key, boolean exact) {
        List<VocabularyIndex.NameRecord> records = index.names(key, exact);
        if (records.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(records.size());
        for (VocabularyIndex.NameRecord r : records) {
            hits.add(new Hit(index.entity(r.entity()), r.type(), r.word()));
        }
        return List.copyOf(hits);
    }

    /** Whether some name of the vocabulary begins with the token {@code token} (exact or folded form). */
    public boolean isFirstToken(String token, boolean exact) {
        return key(token, exact).first();
    }

    /** Whether some name may begin with {@code key} and go on with more tokens (false: certainly none does). */
    public boolean mayContinue(String key, boolean exact) {
        return key(key, exact).goesOn();
    }

    /** The number of entities. */
    public int size() {
        return size;
    }
}
