package org.airkg.extract.lexicon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The name tables as one read-only file, memory-mapped: entities sorted by id, names sorted by key (exact and
 * folded, see {@link NameKeys}), the first tokens of names, and identifiers sorted by CURIE, each found by
 * binary search, after a Bloom filter has ruled out most keys that are no name at all. Opening it reads nothing
 * and makes no objects, so the vocabulary is ready at once whatever its size and takes no heap; it is rebuilt
 * from the tables when they, or the key rules, change.
 */
final class VocabularyIndex {
    private static final int MAGIC = 0x41495256; // "AIRV"
    static final int FORMAT = 4;
    private static final int SECTIONS = 8;
    private static final int ENTITIES = 0;
    private static final int EXACT_NAMES = 1;
    private static final int FOLDED_NAMES = 2;
    private static final int EXACT_FIRST = 3;
    private static final int FOLDED_FIRST = 4;
    private static final int XREFS = 5;
    private static final int SYMBOLS = 6;
    private static final int BLOOM = 7;
    /** Bits of the Bloom filter over names, their token prefixes and first tokens: 32 Mi bits (4 MiB), three probes. */
    private static final int BLOOM_BITS = 1 << 25;
    private static final int PROBES = 3;
    private static final char EXACT = 'e';
    private static final char FOLDED = 'f';
    private static final char EXACT_TOKEN = 'E';
    private static final char FOLDED_TOKEN = 'F';
    private static final char EXACT_PREFIX = 'p';
    private static final char FOLDED_PREFIX = 'q';

    /** A name record: the entity (by position in the entity section), the name's type and English-word mark. */
    record NameRecord(int entity, String type, boolean word) {}

    private final MappedByteBuffer buffer;
    private final int[] sectionStart = new int[SECTIONS];
    private final int[] sectionCount = new int[SECTIONS];
    private final String[] symbols;

    private VocabularyIndex(MappedByteBuffer buffer) {
        this.buffer = buffer;
        if (buffer.getInt(0) != MAGIC || buffer.getInt(4) != FORMAT) {
            throw new IllegalStateException("not a vocabulary index of format " + FORMAT);
        }
        for (int s = 0; s < SECTIONS; s++) {
            sectionStart[s] = buffer.getInt(8 + 8 * s);
            sectionCount[s] = buffer.getInt(12 + 8 * s);
        }
        symbols = new String[sectionCount[SYMBOLS]];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = string(record(SYMBOLS, i));
        }
    }

    /** Maps an index file. */
    static VocabularyIndex open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return new VocabularyIndex(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        }
    }

    // ---- reading ----------------------------------------------------------------------------------------

    int entityCount() {
        return sectionCount[ENTITIES];
    }

    /** The offset of record {@code i} of a section: each section starts with a table of record offsets. */
    private int record(int section, int i) {
        return buffer.getInt(sectionStart[section] + 4 * i);
    }

    private int length(int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private String string(int at) {
        byte[] bytes = new byte[length(at)];
        buffer.get(at + 2, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private int skip(int at) {
        return at + 2 + length(at);
    }

    /** Compares the string stored at {@code at} with {@code key}, by unsigned UTF-8 bytes. */
    private int compare(int at, byte[] key) {
        int n = length(at);
        int m = Math.min(n, key.length);
        for (int k = 0; k < m; k++) {
            int c = Integer.compare(Byte.toUnsignedInt(buffer.get(at + 2 + k)), Byte.toUnsignedInt(key[k]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(n, key.length);
    }

    /** The first record of a sorted section whose key is not less than {@code key}. */
    private int lowerBound(int section, byte[] key) {
        int lo = 0;
        int hi = sectionCount[section];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(record(section, mid), key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of the entity with {@code id}, or -1. */
    int entityById(String id) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(ENTITIES, key);
        return i < sectionCount[ENTITIES] && compare(record(ENTITIES, i), key) == 0 ? i : -1;
    }

    /** The entity at a position. */
    Vocabulary.Entity entity(int i) {
        int at = record(ENTITIES, i);
        at = skip(at);
        String curie = string(at);
        at = skip(at);
        String table = symbols[buffer.get(at) & 0xff];
        String kind = symbols[buffer.get(at + 1) & 0xff];
        at += 2;
        String label = string(at);
        at = skip(at);
        int names = length(at);
        at += 2;
        List<Vocabulary.Name> nameList = new ArrayList<>(names);
        for (int k = 0; k < names; k++) {
            String type = symbols[buffer.get(at) & 0xff];
            boolean word = buffer.get(at + 1) != 0;
            nameList.add(new Vocabulary.Name(string(at + 2), type, word));
            at = skip(at + 2);
        }
        int xrefs = length(at);
        at += 2;
        List<String> xrefList = new ArrayList<>(xrefs);
        for (int k = 0; k < xrefs; k++) {
            xrefList.add(string(at));
            at = skip(at);
        }
        return new Vocabulary.Entity(curie, table, kind, label, List.copyOf(nameList), List.copyOf(xrefList));
    }

    /** Whether the Bloom filter lets {@code key} through: false means it is certainly absent. */
    private boolean mightContain(char kind, String key) {
        long h = hash(kind, key);
        long h2 = mix(h);
        int base = record(BLOOM, 0);
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h + i * h2) & (BLOOM_BITS - 1));
            if ((buffer.getLong(base + 8 * (bit >>> 6)) & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    private static long hash(char kind, String key) {
        long h = 0xcbf29ce484222325L ^ kind;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h | 1;
    }

    private static void set(long[] bits, char kind, String key) {
        long h = hash(kind, key);
        long h2 = mix(h);
        for (int i = 0; i < PROBES; i++) {
            int bit = (int) ((h + i * h2) & (BLOOM_BITS - 1));
            bits[bit >>> 6] |= 1L << (bit & 63);
        }
    }

    /** The name records with the given key. */
    List<NameRecord> names(String key, boolean exact) {
        if (!mightContain(exact ? EXACT : FOLDED, key)) {
            return List.of();
        }
        int section = exact ? EXACT_NAMES : FOLDED_NAMES;
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        List<NameRecord> out = new ArrayList<>(2);
        for (int i = lowerBound(section, k); i < sectionCount[section]; i++) {
            int at = record(section, i);
            if (compare(at, k) != 0) {
                break;
            }
            at = skip(at);
            out.add(new NameRecord(buffer.getInt(at), symbols[buffer.get(at + 4) & 0xff], buffer.get(at + 5) != 0));
        }
        return out;
    }

    /** Whether some name's first token is {@code token}. */
    boolean isFirstToken(String token, boolean exact) {
        if (!mightContain(exact ? EXACT_TOKEN : FOLDED_TOKEN, token)) {
            return false;
        }
        int section = exact ? EXACT_FIRST : FOLDED_FIRST;
        byte[] k = token.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(section, k);
        return i < sectionCount[section] && compare(record(section, i), k) == 0;
    }

    /** Whether some name's key may begin with {@code key} followed by more tokens (false: certainly none does). */
    boolean mayContinue(String key, boolean exact) {
        return mightContain(exact ? EXACT_PREFIX : FOLDED_PREFIX, key);
    }

    /** The positions of the entities that carry {@code curie}. */
    List<Integer> byXref(String curie) {
        byte[] k = curie.getBytes(StandardCharsets.UTF_8);
        List<Integer> out = new ArrayList<>(1);
        for (int i = lowerBound(XREFS, k); i < sectionCount[XREFS]; i++) {
            int at = record(XREFS, i);
            if (compare(at, k) != 0) {
                break;
            }
            out.add(buffer.getInt(skip(at)));
        }
        return out;
    }

    // ---- writing ----------------------------------------------------------------------------------------

    /** Files the key of {@code name} under {@code payload}, with its first token and token prefixes. */
    private static void keyName(String name, byte[] payload, List<byte[][]> exact, List<byte[][]> folded, Set<String> exactFirst,
            Set<String> foldedFirst, long[] bloom) {
        boolean caseSensitive = LexiconEntry.isCaseSensitive(name);
        StringBuilder first = new StringBuilder();
        String key = NameKeys.tokenCountAtMost(name, Vocabulary.MAX_TOKENS) < 0 ? null : NameKeys.key(name, !caseSensitive, first);
        if (key != null && name.length() >= 2) {
            (caseSensitive ? exact : folded).add(new byte[][] {utf8(key), payload});
            (caseSensitive ? exactFirst : foldedFirst).add(first.toString());
            set(bloom, caseSensitive ? EXACT : FOLDED, key);
            set(bloom, caseSensitive ? EXACT_TOKEN : FOLDED_TOKEN, first.toString());
            for (String prefix : NameKeys.prefixKeys(name, !caseSensitive)) {
                set(bloom, caseSensitive ? EXACT_PREFIX : FOLDED_PREFIX, prefix);
            }
        }
    }

    /** Writes the index of {@code entities} to {@code file} (through a temporary file, moved into place). */
    static void write(List<Vocabulary.Entity> entities, Path file) throws IOException {
        List<Vocabulary.Entity> sorted = new ArrayList<>(entities);
        Comparator<byte[]> bytes = Arrays::compareUnsigned;
        sorted.sort(Comparator.comparing(e -> utf8(e.id()), bytes));
        Map<String, Integer> symbols = new HashMap<>();
        List<String> symbolList = new ArrayList<>();
        List<byte[]> entityRecords = new ArrayList<>();
        List<byte[][]> exact = new ArrayList<>();
        List<byte[][]> folded = new ArrayList<>();
        TreeSet<String> exactFirst = new TreeSet<>(Comparator.comparing(VocabularyIndex::utf8, bytes));
        TreeSet<String> foldedFirst = new TreeSet<>(Comparator.comparing(VocabularyIndex::utf8, bytes));
        List<byte[][]> xrefs = new ArrayList<>();
        long[] bloom = new long[BLOOM_BITS / 64];
        for (int i = 0; i < sorted.size(); i++) {
            Vocabulary.Entity e = sorted.get(i);
            Record r = new Record();
            r.string(e.id()).string(e.curie()).u8(symbol(symbols, symbolList, e.table())).u8(symbol(symbols, symbolList, e.ontologyClass()))
                    .string(e.label()).u16(e.names().size());
            Set<String> levels = new LinkedHashSet<>();
            for (Vocabulary.Name name : e.names()) {
                int type = symbol(symbols, symbolList, name.type());
                r.u8(type).u8(name.word() ? 1 : 0).string(name.text());
                keyName(name.text(), new Record().i32(i).u8(type).u8(name.word() ? 1 : 0).bytes(), exact, folded, exactFirst, foldedFirst, bloom);
                if (e.ontologyClass().equals("PhenotypicFeature")) {
                    levels.addAll(LevelNames.variants(name.text()));
                }
            }
            // the other ways of writing a raised or lowered level are keys of the entity, not names of its record
            e.names().forEach(n -> levels.removeIf(n.text()::equalsIgnoreCase));
            int level = symbol(symbols, symbolList, LevelNames.TYPE);
            for (String variant : levels) {
                keyName(variant, new Record().i32(i).u8(level).u8(0).bytes(), exact, folded, exactFirst, foldedFirst, bloom);
            }
            r.u16(e.xrefs().size());
            for (String xref : e.xrefs()) {
                r.string(xref);
                xrefs.add(new byte[][] {utf8(xref.substring(0, xref.indexOf(' '))), new Record().i32(i).bytes()});
            }
            entityRecords.add(r.bytes());
        }
        Comparator<byte[][]> byKey = (a, b) -> Arrays.compareUnsigned(a[0], b[0]);
        exact.sort(byKey.thenComparing((a, b) -> Arrays.compareUnsigned(a[1], b[1])));
        folded.sort(byKey.thenComparing((a, b) -> Arrays.compareUnsigned(a[1], b[1])));
        xrefs.sort(byKey.thenComparing((a, b) -> Arrays.compareUnsigned(a[1], b[1])));
        List<List<byte[]>> sections = new ArrayList<>();
        sections.add(entityRecords);
        sections.add(keyed(exact));
        sections.add(keyed(folded));
        sections.add(exactFirst.stream().map(s -> new Record().string(s).bytes()).toList());
        sections.add(foldedFirst.stream().map(s -> new Record().string(s).bytes()).toList());
        sections.add(keyed(xrefs));
        sections.add(symbolList.stream().map(s -> new Record().string(s).bytes()).toList());
        java.nio.ByteBuffer bloomBytes = java.nio.ByteBuffer.allocate(bloom.length * 8);
        bloomBytes.asLongBuffer().put(bloom);
        sections.add(List.of(bloomBytes.array()));
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            int offset = 8 + 8 * SECTIONS;
            for (List<byte[]> section : sections) {
                out.writeInt(offset);
                out.writeInt(section.size());
                offset += 4 * section.size() + section.stream().mapToInt(b -> b.length).sum();
            }
            offset = 8 + 8 * SECTIONS;
            for (List<byte[]> section : sections) {
                int at = offset + 4 * section.size();
                for (byte[] b : section) {
                    out.writeInt(at);
                    at += b.length;
                }
                for (byte[] b : section) {
                    out.write(b);
                }
                offset = at;
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<byte[]> keyed(List<byte[][]> pairs) {
        List<byte[]> out = new ArrayList<>(pairs.size());
        for (byte[][] p : pairs) {
            Record r = new Record();
            r.u16(p[0].length).raw(p[0]).raw(p[1]);
            out.add(r.bytes());
        }
        return out;
    }

    private static int symbol(Map<String, Integer> symbols, List<String> list, String s) {
        return symbols.computeIfAbsent(s, k -> {
            list.add(k);
            if (list.size() > 255) {
                throw new IllegalStateException("more than 255 table, class and type names");
            }
            return list.size() - 1;
        });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A record's bytes, built field by field. */
    private static final class Record {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64);

        Record string(String s) {
            byte[] b = utf8(s);
            if (b.length > 0xffff) {
                throw new IllegalArgumentException("a name-table value of more than 65535 bytes: " + s.substring(0, 40));
            }
            return u16(b.length).raw(b);
        }

        Record u8(int v) {
            bytes.write(v);
            return this;
        }

        Record u16(int v) {
            bytes.write(v >>> 8);
            bytes.write(v);
            return this;
        }

        Record i32(int v) {
            return u16(v >>> 16).u16(v & 0xffff);
        }

        Record raw(byte[] b) {
            bytes.write(b, 0, b.length);
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
