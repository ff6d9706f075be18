package org.airkg.build;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.airkg.AirkgException;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.extract.lexicon.LexiconEntry;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What earlier builds extracted, one entry a document, so that a build extracts again only the documents that
 * changed. An entry is keyed by {@link #key}: the SHA-256 of the document's name and bytes with the extraction
 * fingerprint (code, ontology, rules, lexicon, vocabulary, curations, shapes), so any change to either misses. It
 * holds the document's graph (RDF Thrift), its {@link StatedQuantity statements}, the lexicon entries its text made
 * (pattern entities, {@code Lexicon.mint}), the lexicon ids of the entities its graph names (what the corpus-wide
 * lexicon takes of it) and its count of shape warnings,
 * each file ending in the SHA-256 of what precedes it: an entry that does not check out is never trusted (the
 * document is extracted again). The manifest lists the entries of the last successful build, in corpus order;
 * {@link #prune} deletes every other entry, so the cache holds one entry per document of the corpus.
 *
 * <pre>{@code
 * DocumentCache cache = DocumentCache.open(Path.of("target/airkg/tdb2.cache"));
 * String key = DocumentCache.key(fingerprint, "paper.md", bytes);
 * Optional<DocumentCache.Entry> hit = cache.read(key);
 * }</pre>
 */
public final class DocumentCache {
    /** One document's cached extraction. */
    public record Entry(String stem, List<StatedQuantity> statements, List<LexiconEntry> minted, List<String> entities, long warnings, Graph graph) {
        public Entry {
            statements = List.copyOf(statements);
            minted = List.copyOf(minted);
            entities = List.copyOf(entities);
        }
    }

    /** A document of the manifest: its stem, its file's name and its entry's key. */
    public record Listed(String stem, String file, String key) {}

    private static final String MANIFEST = "manifest.tsv";
    private static final String GRAPH = ".graph.rt";
    private static final String FACTS = ".facts.json";
    private static final int SHA_HEX = 64;
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /**
     * What an entry holds besides the graph: the stem, statements, minted lexicon entries, entities named and shape
     * warnings of a document.
     */
    public record Facts(String stem, List<StatedQuantity> statements, List<LexiconEntry> minted, List<String> entities, long warnings) {}

    private final Path dir;

    private DocumentCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in {@code dir}, created when missing. */
    public static DocumentCache open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new AirkgException(dir + ": cannot create the build cache: " + e.getMessage(), e);
        }
        return new DocumentCache(dir);
    }

    /** Where the cache of the store at {@code store} is: the folder {@code NAME.cache} beside it. */
    public static Path beside(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".cache");
    }

    /** The key of a document: the SHA-256 of the extraction fingerprint, the file's name and its bytes. */
    public static String key(String fingerprint, String fileName, byte[] bytes) {
        MessageDigest digest = Fingerprint.sha256();
        digest.update((fingerprint + "\0" + fileName + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether the cache has files for the entry of {@code key}, whether or not they check out. */
    public boolean has(String key) {
        return Files.exists(dir.resolve(key + FACTS)) || Files.exists(dir.resolve(key + GRAPH));
    }

    /** The entry of {@code key}, when there is one and every file of it checks out; empty otherwise. */
    public Optional<Entry> read(String key) {
        Path facts = dir.resolve(key + FACTS);
        Path graph = dir.resolve(key + GRAPH);
        if (!Files.isRegularFile(facts) || !Files.isRegularFile(graph)) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> factBytes = checked(facts);
            Optional<byte[]> graphBytes = checked(graph);
            if (factBytes.isEmpty() || graphBytes.isEmpty()) {
                return Optional.empty();
            }
            Facts f = JSON.readValue(factBytes.get(), Facts.class);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new java.io.ByteArrayInputStream(graphBytes.get())).lang(Lang.RDFTHRIFT).parse(g);
            return f.entities() == null ? Optional.empty() : Optional.of(new Entry(f.stem(), f.statements(), f.minted(), f.entities(), f.warnings(), g));
        } catch (IOException | RiotException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The facts of the entry of {@code key} without its graph (for a document the store already holds), when the entry is
     * whole and its facts check out; empty otherwise.
     */
    public Optional<Facts> facts(String key) {
        Path facts = dir.resolve(key + FACTS);
        if (!Files.isRegularFile(facts) || !Files.isRegularFile(dir.resolve(key + GRAPH))) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> bytes = checked(facts);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(JSON.readValue(bytes.get(), Facts.class)).filter(f -> f.entities() != null);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes the entry of {@code key}, each file whole or not at all. */
    public void write(String key, Entry entry) {
        try {
            ByteArrayOutputStream graph = new ByteArrayOutputStream();
            RDFDataMgr.write(graph, entry.graph(), Lang.RDFTHRIFT);
            writeChecked(dir.resolve(key + GRAPH), graph.toByteArray());
            writeChecked(dir.resolve(key + FACTS), JSON.writeValueAsBytes(new Facts(entry.stem(), entry.statements(), entry.minted(), entry.entities(),
                    entry.warnings())));
        } catch (IOException e) {
            throw new AirkgException(dir + ": cannot write the build cache: " + e.getMessage(), e);
        }
    }

    /** Records the documents of a successful build, in corpus order. */
    public void writeManifest(List<Listed> documents) {
        StringBuilder text = new StringBuilder();
        documents.forEach(d -> text.append(d.stem()).append('\t').append(d.file()).append('\t').append(d.key()).append('\n'));
        try {
            writeChecked(dir.resolve(MANIFEST), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AirkgException(dir + ": cannot write the build cache: " + e.getMessage(), e);
        }
    }

    /** The documents of the last successful build, in corpus order; empty when there was none or the manifest does not check out. */
    public List<Listed> manifest() {
        try {
            Path file = dir.resolve(MANIFEST);
            Optional<byte[]> bytes = Files.isRegularFile(file) ? checked(file) : Optional.empty();
            List<Listed> listed = new ArrayList<>();
            for (String line : new String(bytes.orElse(new byte[0]), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t");
                if (cells.length == 3) {
                    listed.add(new Listed(cells[0], cells[1], cells[2]));
                }
            }
            return listed;
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The statements of the documents of {@code keys}, read back one entry at a time in the order of their stems: what
     * {@link CorpusGraphs} compares. Fails naming the entry when one no longer checks out.
     */
    public Stream<StatedQuantity> statements(List<Listed> documents) {
        return documents.stream().sorted(java.util.Comparator.comparing(Listed::stem)).flatMap(d -> {
            try {
                Path file = dir.resolve(d.key() + FACTS);
                byte[] bytes = checked(file).orElseThrow(() -> new AirkgException(file + ": cache entry of " + d.file() + " is corrupt"));
                return JSON.readValue(bytes, Facts.class).statements().stream();
            } catch (IOException e) {
                throw new AirkgException(dir + ": cannot read the cache entry of " + d.file() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Deletes every entry but those of {@code keep}; returns how many files were deleted. */
    public int prune(Set<String> keep) {
        int deleted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean entry = name.endsWith(GRAPH) || name.endsWith(FACTS);
                if (name.endsWith(".tmp") || entry && !keep.contains(name.substring(0, Math.min(SHA_HEX, name.length())))) {
                    Files.deleteIfExists(f);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new AirkgException(dir + ": cannot prune the build cache: " + e.getMessage(), e);
        }
        return deleted;
    }

    /** The content of a file written by {@link #writeChecked}, when its checksum holds. */
    private static Optional<byte[]> checked(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < SHA_HEX) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(all, all.length - SHA_HEX);
        String sum = new String(all, all.length - SHA_HEX, SHA_HEX, StandardCharsets.US_ASCII);
        return sum.equals(HexFormat.of().formatHex(Fingerprint.sha256().digest(body))) ? Optional.of(body) : Optional.empty();
    }

    /** Writes {@code body} followed by its SHA-256 to a temporary file, then moves it into place. */
    private static void writeChecked(Path file, byte[] body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        byte[] sum = HexFormat.of().formatHex(Fingerprint.sha256().digest(body)).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(tmp)) {
            out.write(body);
            out.write(sum);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
