package org.airkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.airkg.AirkgException;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.Suppressions;
import org.airkg.extract.lexicon.Vocabulary;
import org.airkg.extract.mention.StopLists;
import org.airkg.extract.relation.RuleProfile;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * Where the inputs of a build are. {@code lexicon} and {@code vocab} may name directories that do not exist: the
 * curated lexicon or the vocabulary is then empty.
 *
 * <pre>{@code
 * Inputs inputs = Inputs.defaults(Path.of("."));
 * List<Path> documents = Inputs.corpusFiles(inputs.corpus());
 * }</pre>
 */
public record Inputs(Path corpus, Path ontology, Path rules, Path lexicon, Path vocab, Path curated, Path cache) {
    /** Where the vocabulary index is cached, below the project. */
    public static final String DEFAULT_CACHE = "target/airkg/cache";
    /** Where the relation rules and their profile are, below the project. */
    public static final String DEFAULT_RULES = "rules/relations";
    /** The file of suppressed vocabulary groundings in the lexicon directory. */
    public static final String SUPPRESSIONS = "suppressed-groundings.tsv";

    public Inputs {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(vocab, "vocab");
        Objects.requireNonNull(curated, "curated");
    }

    /** Inputs with the standard relation rules ({@link #DEFAULT_RULES} below the working directory). */
    public Inputs(Path corpus, Path ontology, Path lexicon, Path vocab, Path curated, Path cache) {
        this(corpus, ontology, Path.of(DEFAULT_RULES), lexicon, vocab, curated, cache);
    }

    /** Inputs with the standard rules and the vocabulary index cached in {@link #DEFAULT_CACHE} below the working directory. */
    public Inputs(Path corpus, Path ontology, Path lexicon, Path vocab, Path curated) {
        this(corpus, ontology, lexicon, vocab, curated, Path.of(DEFAULT_CACHE));
    }

    /**
     * The curations of a corpus: the folder {@code curated} beside it ({@code data/curated} for {@code data/corpus}).
     * Curations name the documents of their corpus, so another corpus brings its own (or none).
     */
    public static Path curatedBeside(Path corpus) {
        Path parent = corpus.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("curated") : parent.resolve("curated");
    }

    /** The project's standard layout below {@code root}. */
    public static Inputs defaults(Path root) {
        return new Inputs(root.resolve("data/corpus"), root.resolve("ontology/airkg.ttl"), root.resolve(DEFAULT_RULES), root.resolve("data/lexicon"),
                root.resolve("data/vocab"), root.resolve("data/curated"), root.resolve(DEFAULT_CACHE));
    }

    /** These inputs with another corpus, and the curations beside it. */
    public Inputs withCorpus(Path other) {
        return new Inputs(other, ontology, rules, lexicon, vocab, curatedBeside(other), cache);
    }

    /** The curated lexicon over the vocabulary, with its suppressions. */
    public Lexicon loadLexicon() {
        Lexicon curatedLexicon = Files.isDirectory(lexicon) ? Lexicon.load(lexicon) : Lexicon.of(List.of());
        return curatedLexicon.withVocabulary(Vocabulary.load(vocab, cache), Suppressions.load(lexicon.resolve(SUPPRESSIONS)));
    }

    /** The ontology, parsed; fails naming the file. */
    public Model loadOntology() {
        try {
            return RDFParser.source(ontology).toModel();
        } catch (RiotException e) {
            throw new AirkgException(ontology + ": " + e.getMessage(), e);
        }
    }

    /** The relation rules of {@link #rules}, checked against {@link #ontology}. */
    public RuleProfile loadRules() {
        return RuleProfile.load(rules, loadOntology());
    }

    /** The stop lists of grounding. */
    public StopLists stopLists() {
        return StopLists.load(vocab.resolve("stopwords.txt"), lexicon.resolve("never-grounded.txt"));
    }

    /** Every input file but the corpus's, in a stable order: what shapes extraction besides the documents themselves. */
    public List<Path> extractionFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ontology);
        for (Path dir : List.of(rules, lexicon, vocab, curated)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    /** Every input file, for deciding whether a store is older than what it was built from. */
    public List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(corpusFiles(corpus));
        files.addAll(extractionFiles());
        return files;
    }

    /**
     * The corpus's files, sorted by name: every regular file but hidden ones, so that a file no reader takes is
     * reported by name when the build reads it rather than passed over.
     */
    public static List<Path> corpusFiles(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new AirkgException(corpus + ": corpus directory not found");
        }
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
