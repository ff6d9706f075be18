package org.airkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.AirkgException;
import org.airkg.document.DocumentException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.extract.relation.Curations;
import org.airkg.rdf.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live updates of a served store, one document at a time. A document added, changed or removed is read, extracted and
 * validated by the build's own stages ({@link Stages}, {@link DocumentStage}); then, in one TDB2 write transaction, its
 * named graph is replaced (or dropped) and the corpus-wide graphs derived from the documents are computed again
 * ({@link DerivedGraphs}), so a reader sees the store with the old document or with the new one, never half. A
 * document that cannot be read or whose graph violates the shapes changes nothing; the reason is logged and returned.
 * Updates are taken one at a time.
 *
 * <pre>{@code
 * DocumentUpdates updates = DocumentUpdates.open(inputs, options, dataset.asDatasetGraph());
 * DocumentChange c = updates.sync(Path.of("data/corpus/new.txt"));     // the file was added, changed or removed
 * DocumentChange d = updates.put("new.txt", bytes);                      // written into the corpus too
 * }</pre>
 */
public final class DocumentUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentUpdates.class);
    /** A plain file name: no directory, no leading dot, nothing but letters, digits, dot, dash and underscore. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final Path corpus;
    private final Stages stages;
    private final DocumentStage.Caching caching;
    private final DerivedGraphs derived;
    private final DatasetGraph store;

    private DocumentUpdates(Path corpus, Stages stages, DocumentStage.Caching caching, DerivedGraphs derived, DatasetGraph store) {
        this.corpus = corpus;
        this.stages = stages;
        this.caching = caching;
        this.derived = derived;
        this.store = store;
    }

    /**
     * Loads the stages a build of {@code inputs} runs, to update {@code store}, which the caller keeps open and locked
     * (a {@code StoreLock}) while updates run; the options name the shapes, the catalogue, the endpoint and the cache of
     * extractions as for the build. What each document of the store states is read from the cache (or extracted again).
     */
    public static DocumentUpdates open(Inputs inputs, BuildOptions options, DatasetGraph store) throws IOException {
        Stages stages = Stages.load(inputs, options);
        Optional<DocumentCache> cache = options.cache().map(DocumentCache::open);
        DocumentStage.Caching caching = cache.isEmpty() ? DocumentStage.Caching.NONE
                : new DocumentStage.Caching(cache, Fingerprint.extraction(inputs, options), false);
        DocumentUpdates updates = new DocumentUpdates(inputs.corpus().toAbsolutePath().normalize(), stages, caching,
                new DerivedGraphs(stages.corpusGraphs(inputs), options), store);
        updates.learnStatements();
        return updates;
    }

    /**
     * What each document the store holds states, for the conflicts: read again from its file, when the file is still
     * the one the store holds (the same SHA-256). A document whose file differs is left out of the conflicts until it
     * is synced, which the watcher does at its start.
     */
    private void learnStatements() {
        Map<String, String> held = Txn.calculateRead(store, () -> HeldDocument.files(store));
        held.forEach((name, sha) -> {
            Path file = corpus.resolve(name);
            try {
                byte[] bytes = Files.isRegularFile(file) ? DocumentStage.readBytes(file) : null;
                if (bytes != null && Fingerprint.sha256(bytes).equals(sha)) {
                    DocumentStage.Done done = stages.stage(caching).process(file, bytes);
                    if (done.failure() == null) {
                        derived.known(done.stem(), new DerivedGraphs.Contribution(done.statements(), done.entities()));
                        return;
                    }
                }
            } catch (DocumentException e) {
                // Reported below, as a file that is not the store's.
            }
            LOG.warn("{} is not the file the store holds; its values are left out of the conflicts until it is synced", file);
            String stem = DocumentReader.stem(name);
            derived.known(stem, new DerivedGraphs.Contribution(List.of(), Txn.calculateRead(store, () -> List.copyOf(CorpusGraphs.entitiesNamed(
                    store.getGraph(NodeFactory.createURI(Iris.documentGraph(stem))), stages.extractor().lexicon())))));
        });
    }

    /** The corpus folder this store is built from. */
    public Path corpus() {
        return corpus;
    }

    /** Why {@code name} is not the plain name of a document file this corpus takes (no folder, a known extension); empty if it is. */
    public static Optional<String> badName(String name) {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a plain file name (letters, digits, '.', '-' and '_', not starting with a dot,"
                    + " at most 200 characters)");
        }
        String ext = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (!DocumentReader.extensions().contains(ext)) {
            return Optional.of("'" + name + "' has none of the extensions " + DocumentReader.extensions());
        }
        return Optional.empty();
    }

    /** The file names of the documents the store holds, sorted. */
    public Set<String> documents() {
        return Txn.calculateRead(store, () -> HeldDocument.names(store));
    }

    /** Brings the store in line with the file {@code name} of the corpus as it is now: there, or removed. */
    public synchronized DocumentChange sync(String name) {
        Path file = corpus.resolve(name);
        if (!Files.exists(file)) {
            return remove(name, () -> {});
        }
        byte[] bytes;
        try {
            bytes = DocumentStage.readBytes(file);
        } catch (DocumentException e) {
            return logged(DocumentChange.rejected(name, graph(name), Txn.calculateRead(store, () -> HeldDocument.of(store, NodeFactory.createURI(graph(name))).triples()),
                    List.of(e.getMessage())));
        }
        return apply(name, bytes, () -> {});
    }

    /**
     * Adds or replaces the document {@code name} with {@code bytes}; once the store has it, writes the file into the
     * corpus (through a hidden file moved into place), so that a later build reads it. A rejected document is not written.
     *
     * @throws IllegalArgumentException if {@code name} is not a plain document file name ({@link #badName})
     */
    public synchronized DocumentChange put(String name, byte[] bytes) {
        badName(name).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Path target = corpus.resolve(name);
        Path scratch = corpus.resolve("." + name + ".upload");
        try {
            Files.write(scratch, bytes);
            return apply(name, bytes, () -> move(scratch, target));
        } catch (IOException e) {
            throw new AirkgException("cannot write " + scratch + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // A hidden scratch file is never read as a document.
            }
        }
    }

    /**
     * Drops the document {@code name} from the store and deletes its file from the corpus.
     *
     * @throws IllegalArgumentException if {@code name} is not a plain document file name ({@link #badName})
     */
    public synchronized DocumentChange delete(String name) {
        badName(name).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Path file = corpus.resolve(name);
        return remove(name, () -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new AirkgException("the store no longer holds " + name + ", but " + file + " could not be deleted: " + e.getMessage(), e);
            }
        });
    }

    private DocumentChange apply(String name, byte[] bytes, Runnable afterCommit) {
        String graphIri = graph(name);
        Node g = NodeFactory.createURI(graphIri);
        HeldDocument before = Txn.calculateRead(store, () -> HeldDocument.of(store, g));
        if (before.fileName() != null && !before.fileName().equals(name)) {
            return logged(DocumentChange.rejected(name, graphIri, before.triples(), List.of(corpus.resolve(name) + ": its graph <" + graphIri
                    + "> would be the same as that of " + before.fileName() + ", which the store holds; rename one of them")));
        }
        if (Fingerprint.sha256(bytes).equals(before.sha256())) {
            afterCommit.run();
            return new DocumentChange(name, graphIri, DocumentChange.Kind.UNCHANGED, before.triples(), before.triples(), List.of());
        }
        DocumentStage.Done done = stages.stage(caching).process(corpus.resolve(name), bytes);
        List<String> reasons = DocumentStage.rejections(done);
        if (!reasons.isEmpty()) {
            return logged(DocumentChange.rejected(name, graphIri, before.triples(), reasons));
        }
        long after;
        try {
            after = write(name, g, Optional.of(done));
        } catch (Rejected e) {
            return logged(DocumentChange.rejected(name, graphIri, before.triples(), e.reasons));
        }
        afterCommit.run();
        return logged(new DocumentChange(name, graphIri, before.fileName() == null ? DocumentChange.Kind.ADDED : DocumentChange.Kind.REPLACED,
                before.triples(), after, List.of()));
    }

    private DocumentChange remove(String name, Runnable afterCommit) {
        String graphIri = graph(name);
        Node g = NodeFactory.createURI(graphIri);
        HeldDocument before = Txn.calculateRead(store, () -> HeldDocument.of(store, g));
        if (before.fileName() == null || !before.fileName().equals(name)) {
            boolean inCorpus = Files.exists(corpus.resolve(name));
            afterCommit.run();
            return new DocumentChange(name, graphIri, inCorpus ? DocumentChange.Kind.UNCHANGED : DocumentChange.Kind.NOT_FOUND, 0, 0, List.of());
        }
        List<String> curated = new ArrayList<>();
        for (Curations.Entry e : stages.curations().entries()) {
            if (e.curation().document().equals(DocumentReader.stem(name))) {
                curated.add(e.file() + ":" + e.line() + ": a curation names this document; remove the curation first");
            }
        }
        if (!curated.isEmpty()) {
            return logged(DocumentChange.rejected(name, graphIri, before.triples(), curated));
        }
        try {
            write(name, g, Optional.empty());
        } catch (Rejected e) {
            return logged(DocumentChange.rejected(name, graphIri, before.triples(), e.reasons));
        }
        afterCommit.run();
        return logged(new DocumentChange(name, graphIri, DocumentChange.Kind.REMOVED, before.triples(), 0, List.of()));
    }

    /**
     * In one write transaction: the document's graph replaced by {@code done}'s (or dropped), the derived graphs computed
     * again and checked as a build checks them (their IRIs, the shapes); a problem aborts the transaction.
     *
     * @throws Rejected naming the problems of the derived graphs, the store left as it was
     */
    private long write(String name, Node g, Optional<DocumentStage.Done> done) {
        Map<String, DerivedGraphs.Contribution> next = derived.with(DocumentReader.stem(name),
                done.map(d -> new DerivedGraphs.Contribution(d.statements(), d.entities())));
        long after = Txn.calculateWrite(store, () -> {
            org.apache.jena.graph.Graph before = CorpusUpdate.copy(store, g);
            store.removeGraph(g);
            done.ifPresent(d -> org.airkg.store.StoredForm.of(d.graph()).find().forEachRemaining(t -> store.add(g, t.getSubject(), t.getPredicate(),
                    t.getObject())));
            DocumentStage check = stages.stage(DocumentStage.Caching.NONE);
            List<String> problems = new ArrayList<>();
            derived.update(store, g, before, next, (parts, written) -> {
                check.checkCorpusParts(parts, written, new BuildListener() {
                    @Override
                    public void warn(String line) {
                        problems.add(line);
                    }
                });
                if (check.failed()) {
                    throw new Rejected(problems);
                }
            });
            return store.getGraph(g).size();
        });
        derived.committed(next);
        return after;
    }

    /** The corpus-wide graphs computed with a document are not valid: the transaction is aborted. */
    private static final class Rejected extends RuntimeException {
        private final transient List<String> reasons;

        Rejected(List<String> reasons) {
            super(String.join("; ", reasons), null, false, false);
            this.reasons = List.copyOf(reasons);
        }
    }

    private static DocumentChange logged(DocumentChange change) {
        if (change.kind() == DocumentChange.Kind.REJECTED) {
            LOG.warn("live update refused, the store is unchanged: {}", change);
        } else if (change.changed()) {
            LOG.info("live update: {}", change);
        }
        return change;
    }

    private static String graph(String name) {
        return Iris.documentGraph(DocumentReader.stem(name));
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AirkgException("the store holds the new " + to.getFileName() + ", but it could not be written to " + to + ": "
                    + e.getMessage(), e);
        }
    }
}
