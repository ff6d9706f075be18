package org.airkg.build;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.airkg.Version;
import org.airkg.document.Document;
import org.airkg.extract.fact.TableFacts;
import org.airkg.extract.fact.TextFacts;
import org.airkg.extract.fact.TextMeasurement;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.EntityRecognizer;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.StopLists;
import org.airkg.extract.relation.Curations;
import org.airkg.extract.relation.MechanismBuilder;
import org.airkg.extract.relation.RelationExtractor;
import org.airkg.extract.relation.RuleProfile;
import org.airkg.rdf.AssociationMapper;
import org.airkg.rdf.DocumentMapper;
import org.airkg.rdf.LexiconMapper;
import org.airkg.rdf.MeasurementMapper;
import org.airkg.rdf.MechanismMapper;
import org.airkg.rdf.MentionMapper;
import org.airkg.rdf.SentenceCues;
import org.apache.jena.rdf.model.Model;

/**
 * Extracts one document into an {@link Extraction} and maps it to its named graph. It holds only what every
 * document shares (the lexicon, the rules, the curations), none of it changed by a document, so one extractor
 * serves every thread of a build.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(lexicon, rules, stopLists, curations, SentenceCues.from(ontology));
 * Extraction e = extractor.extract(DocumentReader.read(file));
 * Model graph = extractor.map(e);
 * }</pre>
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final EntityRecognizer recognizer;
    private final RelationExtractor relations;
    private final MechanismBuilder mechanisms;
    private final TableFacts tableFacts;
    private final TextFacts textFacts;
    private final Curations curations;
    private final org.airkg.extract.fact.ConflictFinder conflicts;
    private final SentenceCues cues;
    private final DocumentMapper mapper;
    private final Function<String, String> entityIri;

    /** An extractor over the lexicon with the rules, stop lists and curations given, marking sentences with {@code cues}. */
    public Extractor(Lexicon lexicon, RuleProfile rules, StopLists stopLists, Curations curations, SentenceCues cues) {
        this.lexicon = lexicon;
        this.recognizer = new EntityRecognizer(lexicon, stopLists);
        this.relations = new RelationExtractor(lexicon, rules);
        this.mechanisms = new MechanismBuilder(lexicon, rules);
        this.tableFacts = new TableFacts(lexicon);
        this.textFacts = new TextFacts(lexicon);
        this.curations = curations;
        this.conflicts = new org.airkg.extract.fact.ConflictFinder(lexicon);
        this.cues = cues;
        this.mapper = new DocumentMapper(Version.get(), name -> {
            // the compound a document is about is a drug: a gene or cell line of the same name is not it
            List<LexiconEntry> found = lexicon.findByName(name).stream().filter(e -> e.ontologyClass().equals("Drug")).toList();
            return found.size() == 1 ? Optional.of(LexiconMapper.iri(found.get(0))) : Optional.empty();
        });
        this.entityIri = id -> LexiconMapper.iri(lexicon.byId(id)
                .orElseThrow(() -> new IllegalStateException("no lexicon entry for id '" + id + "'")));
    }

    /** The lexicon entities are recognised with. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Everything the extractors read from one document. */
    public Extraction extract(Document document) {
        List<Mention> found = recognizer.recognize(document);
        Curations.Outcome curated = curations.apply(document, relations.extract(document, found));
        TableFacts.Result tables = tableFacts.extract(document, found);
        List<TextMeasurement> stated = textFacts.extract(document, found);
        return new Extraction(document, found, curated, mechanisms.build(document, found, curated.relations()), tables, stated,
                textFacts.outcomes(document, found));
    }

    /** The document's named graph: its structure with its sentences' cues, mentions, statements, mechanism chains and measurements. */
    public Model map(Extraction e) {
        Document document = e.document();
        Model graph = mapper.map(document);
        cues.mark(graph);
        MentionMapper.map(graph, document.stem(), e.mentions(), entityIri);
        AssociationMapper.map(graph, document, e.relations(), entityIri, Version.get());
        MechanismMapper.map(graph, document, e.mechanisms(), entityIri, id -> lexicon.byId(id).map(LexiconEntry::label).orElse(id),
                Version.get());
        MeasurementMapper.map(graph, document.stem(), e.tables().measurements(), entityIri);
        MeasurementMapper.mapText(graph, document.stem(), e.stated(), entityIri);
        MeasurementMapper.mapOutcomes(graph, document.stem(), e.outcomes(), entityIri);
        return graph;
    }

    /** What the document states that can conflict with other values: all the corpus-wide conflicts need of it. */
    public List<org.airkg.extract.fact.StatedQuantity> statements(Extraction e) {
        return conflicts.statements(new org.airkg.extract.fact.ConflictFinder.Facts(e.document(), e.tables().measurements(), e.stated()));
    }

    /**
     * The entries pattern rules made from documents' text ({@link Lexicon#mint}) that {@code graph} names, a variant's
     * gene with it: what a document taken from the cache gives the lexicon again ({@link #remint}).
     */
    public List<LexiconEntry> minted(org.apache.jena.graph.Graph graph) {
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(CorpusGraphs.entitiesNamed(graph, lexicon));
        java.util.Map<String, LexiconEntry> minted = new java.util.TreeMap<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!minted.containsKey(id) && lexicon.isMinted(id)) {
                LexiconEntry entry = lexicon.byId(id).orElseThrow();
                minted.put(id, entry);
                entry.variantOf().ifPresent(todo::add);
            }
        }
        return List.copyOf(minted.values());
    }

    /** Makes the entries a cached document's extraction made, as extracting it again would. */
    public void remint(List<LexiconEntry> entries) {
        entries.forEach(lexicon::mint);
    }

    /** The descriptions of the entities of {@code ids} (a variant's gene with it): what a document's graph references beyond itself. */
    public Model entities(Set<String> ids, Model into) {
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(new java.util.TreeSet<>(ids));
        Set<String> done = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (done.add(id)) {
                lexicon.byId(id).ifPresent(entry -> {
                    LexiconMapper.map(entry, into);
                    entry.variantOf().ifPresent(todo::add);
                });
            }
        }
        return into;
    }
}
