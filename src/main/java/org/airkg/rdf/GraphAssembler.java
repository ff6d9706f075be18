package org.airkg.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.airkg.AirkgException;
import org.airkg.document.Document;
import org.airkg.document.DocumentException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Suppressions;
import org.airkg.extract.lexicon.Vocabulary;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.mention.StopLists;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.fact.Conflict;
import org.airkg.extract.fact.ConflictFinder;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.fact.TextFacts;
import org.airkg.extract.fact.TextMeasurement;
import org.airkg.extract.relation.Curations;
import org.airkg.extract.relation.MechanismBuilder;
import org.airkg.extract.relation.Relation;
import org.airkg.extract.relation.RelationExtractor;
import org.airkg.extract.relation.RuleProfile;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * Assembles the whole knowledge graph in memory from its inputs: one named graph per corpus document,
 * one for the ontology, one for the lexicon, one for the conflicts among the documents' values. Every document is read even when some fail, so a build can
 * report all bad files at once; nothing is written anywhere.
 *
 * <pre>{@code
 * Assembly a = GraphAssembler.assemble(Inputs.defaults(Path.of(".")), BuildListener.NONE);
 * if (a.failures().isEmpty()) TdbStore.replace(storeDir, a.dataset());
 * }</pre>
 */
public final class GraphAssembler {
    /** Where the vocabulary index is cached, below the project. */
    public static final String DEFAULT_CACHE = "target/airkg/cache";
    /** Where the relation rules and their profile are, below the project. */
    public static final String DEFAULT_RULES = "rules/relations";

    /** The file of suppressed vocabulary groundings in the lexicon directory. */
    public static final String SUPPRESSIONS = "suppressed-groundings.tsv";

    private GraphAssembler() {}

    /**
     * Where the inputs are. {@code lexicon} and {@code vocab} may name directories that do not exist: the curated
     * lexicon or the vocabulary is then empty.
     */
    public record Inputs(Path corpus, Path ontology, Path rules, Path lexicon, Path vocab, Path curated, Path cache) {
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

        /** The curated lexicon over the vocabulary, with its suppressions. */
        public Lexicon loadLexicon() {
            Lexicon curated = Files.isDirectory(lexicon) ? Lexicon.load(lexicon) : Lexicon.of(List.of());
            return curated.withVocabulary(Vocabulary.load(vocab, cache), Suppressions.load(lexicon.resolve(SUPPRESSIONS)));
        }

        /** The relation rules of {@link #rules}, checked against {@link #ontology}. */
        public RuleProfile loadRules() {
            return RuleProfile.load(rules, GraphAssembler.ontology(ontology));
        }

        /** The stop lists of grounding. */
        public StopLists stopLists() {
            return StopLists.load(vocab.resolve("stopwords.txt"), lexicon.resolve("never-grounded.txt"));
        }

        /** Every input file, for deciding whether a store is older than what it was built from. */
        public List<Path> files() throws IOException {
            List<Path> files = new ArrayList<>(corpusFiles(corpus));
            files.add(ontology);
            for (Path dir : List.of(rules, lexicon, vocab, curated)) {
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> s = Files.list(dir)) {
                        s.filter(Files::isRegularFile).forEach(files::add);
                    }
                }
            }
            return files;
        }
    }

    /**
     * The assembled dataset, the lexicon, the documents read into it with their mentions, relations, table
     * measurements and the values their sentences state (by document stem), the conflicts among those values, and
     * the files that could not be read.
     */
    public record Assembly(Dataset dataset, Lexicon lexicon, List<Document> documents, Map<String, List<Mention>> mentions,
            Map<String, List<Relation>> relations, Map<String, TableFacts.Result> measurements,
            Map<String, List<TextMeasurement>> textMeasurements, List<Conflict> conflicts, List<Curations.Outcome> curations,
            List<DocumentException> failures) {
        public Assembly {
            measurements = Map.copyOf(measurements);
            textMeasurements = Map.copyOf(textMeasurements);
            conflicts = List.copyOf(conflicts);
            curations = List.copyOf(curations);
            documents = List.copyOf(documents);
            mentions = Map.copyOf(mentions);
            relations = Map.copyOf(relations);
            failures = List.copyOf(failures);
        }

        /** Every mention of every document, documents in stem order. */
        public List<Mention> allMentions() {
            return new java.util.TreeMap<>(mentions).values().stream().flatMap(List::stream).toList();
        }
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

    /** Reads every input into a new in-memory dataset. */
    public static Assembly assemble(Inputs inputs, BuildListener listener) throws IOException {
        Dataset dataset = DatasetFactory.createTxnMem();
        Namespaces.setPrefixes(dataset.getPrefixMapping());
        Model ontology = ontology(inputs.ontology());
        dataset.addNamedModel(Iris.ONTOLOGY_GRAPH, ontology);
        RuleProfile rules = RuleProfile.load(inputs.rules(), ontology);
        Lexicon lexicon = inputs.loadLexicon();

        List<Path> files = corpusFiles(inputs.corpus());
        Curations curations = Curations.load(inputs.curated());
        curations.check(files.stream().map(f -> DocumentReader.stem(f.getFileName().toString())).collect(java.util.stream.Collectors.toSet()),
                lexicon, ontology);
        listener.starting(files.size());
        DocumentMapper mapper = new DocumentMapper(org.airkg.Version.get(), name -> {
            List<org.airkg.extract.lexicon.LexiconEntry> found = lexicon.findByName(name);
            return found.size() == 1 ? Optional.of(LexiconMapper.iri(found.get(0))) : Optional.empty();
        });
        List<Document> documents = new ArrayList<>();
        List<DocumentException> failures = new ArrayList<>();
        Map<String, Path> bySlug = new HashMap<>();
        EntityRecognizer recognizer = new EntityRecognizer(lexicon, inputs.stopLists());
        java.util.Set<String> used = new java.util.TreeSet<>();
        RelationExtractor extractor = new RelationExtractor(lexicon, rules);
        TableFacts tableFacts = new TableFacts(lexicon);
        TextFacts textFacts = new TextFacts(lexicon);
        Map<String, List<TextMeasurement>> textMeasurements = new java.util.TreeMap<>();
        List<ConflictFinder.Facts> facts = new ArrayList<>();
        MechanismBuilder mechanisms = new MechanismBuilder(lexicon, rules);
        Map<String, TableFacts.Result> measurements = new java.util.TreeMap<>();
        List<Curations.Outcome> curationReport = new ArrayList<>();
        Map<String, List<Relation>> relations = new java.util.TreeMap<>();
        Map<String, List<Mention>> mentions = new java.util.TreeMap<>();
        for (Path file : files) {
            try {
                Document document = DocumentReader.read(file);
                Path clash = bySlug.putIfAbsent(Iris.slug(document.stem()), file);
                if (clash != null) {
                    throw new DocumentException(file, 0, 0, "its IRI would be the same as that of " + clash + "; rename one of them");
                }
                Model graph = mapper.map(document);
                List<Mention> found = recognizer.recognize(document);
                Function<String, String> entityIri = id -> LexiconMapper.iri(lexicon.byId(id)
                        .orElseThrow(() -> new IllegalStateException("no lexicon entry for id '" + id + "'")));
                MentionMapper.map(graph, document.stem(), found, entityIri);
                Curations.Outcome curated = curations.apply(document, extractor.extract(document, found));
                AssociationMapper.map(graph, document, curated.relations(), entityIri, org.airkg.Version.get());
                relations.put(document.stem(), curated.relations());
                curationReport.add(curated);
                MechanismMapper.map(graph, document, mechanisms.build(document, found, curated.relations()), entityIri,
                        id -> lexicon.byId(id).map(LexiconEntry::label).orElse(id),
                        org.airkg.Version.get());
                TableFacts.Result tables = tableFacts.extract(document, found);
                MeasurementMapper.map(graph, document.stem(), tables.measurements(), entityIri);
                measurements.put(document.stem(), tables);
                List<TextMeasurement> stated = textFacts.extract(document, found);
                MeasurementMapper.mapText(graph, document.stem(), stated, entityIri);
                textMeasurements.put(document.stem(), stated);
                facts.add(new ConflictFinder.Facts(document, tables.measurements(), stated));
                mentions.put(document.stem(), found);
                found.forEach(m -> used.addAll(m.entityIds()));
                curated.relations().forEach(r -> used.addAll(List.of(r.subjectId(), r.objectId())));
                dataset.addNamedModel(Iris.documentGraph(document.stem()), graph);
                documents.add(document);
            } catch (DocumentException e) {
                failures.add(e);
            } finally {
                listener.documentDone(file);
            }
        }
        Model lexiconGraph = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(lexicon, used, lexiconGraph);
        LexiconMapper.mapTables(org.airkg.extract.lexicon.VocabularyTables.load(inputs.vocab()), lexiconGraph);
        dataset.addNamedModel(Iris.LEXICON_GRAPH, lexiconGraph);
        List<Conflict> conflicts = new ConflictFinder(lexicon).find(facts);
        dataset.addNamedModel(Iris.CONFLICTS_GRAPH, ConflictMapper.map(conflicts));
        return new Assembly(dataset, lexicon, documents, mentions, relations, measurements, textMeasurements, conflicts, curationReport,
                failures);
    }

    private static Model ontology(Path file) {
        try {
            return RDFParser.source(file).toModel();
        } catch (RiotException e) {
            throw new AirkgException(file + ": " + e.getMessage(), e);
        }
    }
}
