package org.airkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.AirkgException;
import org.airkg.document.Document;
import org.airkg.document.DocumentException;
import org.airkg.document.DocumentReader;
import org.airkg.extract.fact.StatedQuantity;
import org.airkg.rdf.Iris;
import org.airkg.validate.GraphValidator;
import org.airkg.validate.IriCheck;
import org.airkg.validate.ReportFormat;
import org.airkg.validate.Severity;
import org.airkg.validate.ShapeReport;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One document's way through the pipeline on a worker thread (read, extract, map, check its IRIs, validate it
 * with what it references), and the checks' outcome gathered on the build's thread. Every graph is validated on
 * its own with the descriptions of the entities it names, so no step holds the whole corpus.
 */
final class DocumentStage {
    /** Results of a check printed at most. */
    private static final int SHOWN = 20;

    /**
     * A document processed: its cache key and stem, what was extracted (none when it came from the cache), its graph and
     * statements, with its check results (a cached document's: its count of shape warnings); or why it could not be
     * read. The graph is validated with the descriptions of the entities it names, whose own results are left to the
     * lexicon graph's validation: only the results of nodes the document's graph describes count here. {@code note}
     * says why the cache was not used when it had an entry.
     */
    record Done(Path file, String key, String stem, Extraction extraction, Graph graph, List<StatedQuantity> statements, List<String> entities,
            List<IriCheck.Invalid> badIris, Optional<ShapeReport> report, long cachedWarnings, String note, DocumentException failure) {
        static Done failed(Path file, DocumentException failure) {
            return new Done(file, "", "", null, null, List.of(), List.of(), List.of(), Optional.empty(), 0, "", failure);
        }

        /** A document a store updated in place holds already, as it is: its graph stays, the cache gives its statements. */
        static Done kept(Path file, String key, DocumentCache.Facts facts) {
            return new Done(file, key, facts.stem(), null, null, facts.statements(), facts.entities(), List.of(), Optional.empty(), facts.warnings(),
                    "", null);
        }

        /** True for a document whose graph the store holds already ({@link #kept}). */
        boolean kept() {
            return graph == null && failure == null;
        }

        boolean cached() {
            return extraction == null && failure == null;
        }

        /** The results of the shapes on the graph's own nodes. */
        long results() {
            return report.map(r -> r.violations().stream().filter(v -> graph.contains(v.focusNode(), Node.ANY, Node.ANY)).count()).orElse(0L);
        }

        boolean clean() {
            return badIris.isEmpty() && report.map(r -> r.violations(Severity.VIOLATION).stream()
                    .noneMatch(v -> graph.contains(v.focusNode(), Node.ANY, Node.ANY))).orElse(true);
        }
    }

    /** Where a stage finds and keeps extractions: the cache, the fingerprint that keys it, whether every document is extracted anyway. */
    record Caching(Optional<DocumentCache> cache, String fingerprint, boolean full) {
        static final Caching NONE = new Caching(Optional.empty(), "", true);
    }

    private final Extractor extractor;
    private final Optional<GraphValidator> validator;
    private final Caching caching;
    private final List<IriCheck.Invalid> badIris = new ArrayList<>();
    private long violations;
    private long results;
    private int shown;

    DocumentStage(Extractor extractor, Optional<GraphValidator> validator, Caching caching) {
        this.extractor = extractor;
        this.validator = validator;
        this.caching = caching;
    }

    /** Reads, extracts, maps and checks one file; a bad file gives a failure rather than an exception. */
    Done process(Path file) {
        try {
            return process(file, readBytes(file));
        } catch (DocumentException e) {
            return Done.failed(file, e);
        }
    }

    /**
     * Keeps the document of {@code file} that a store holds with the SHA-256 {@code held}, when the file is still that
     * one and the cache has its facts (its lexicon entries minted again); otherwise reads, extracts, maps and checks it.
     */
    Done keepOrProcess(Path file, String held) {
        byte[] bytes;
        try {
            bytes = readBytes(file);
        } catch (DocumentException e) {
            return Done.failed(file, e);
        }
        if (caching.cache().isPresent() && held.equals(Fingerprint.sha256(bytes))) {
            String key = DocumentCache.key(caching.fingerprint(), file.getFileName().toString(), bytes);
            Optional<DocumentCache.Facts> facts = caching.cache().get().facts(key);
            if (facts.isPresent()) {
                extractor.remint(facts.get().minted());
                return Done.kept(file, key, facts.get());
            }
        }
        return process(file, bytes);
    }

    /** Reads, extracts, maps and checks the content {@code bytes} of {@code file} (which need not be written yet). */
    Done process(Path file, byte[] bytes) {
        try {
            String key = caching.cache().isEmpty() ? "" : DocumentCache.key(caching.fingerprint(), file.getFileName().toString(), bytes);
            String note = "";
            if (caching.cache().isPresent() && !caching.full()) {
                DocumentCache cache = caching.cache().get();
                Optional<DocumentCache.Entry> hit = cache.read(key);
                if (hit.isPresent()) {
                    DocumentCache.Entry e = hit.get();
                    extractor.remint(e.minted());
                    return new Done(file, key, e.stem(), null, e.graph(), e.statements(), e.entities(), List.of(), Optional.empty(), e.warnings(), "",
                            null);
                }
                note = cache.has(key) ? "the cache entry of " + file + " does not check out; extracted again" : "";
            }
            Document document = DocumentReader.read(file.toString(), file.getFileName().toString(), bytes);
            Extraction extraction = extractor.extract(document);
            Model graph = extractor.map(extraction);
            List<IriCheck.Invalid> invalid = IriCheck.invalid(graph.getGraph(), Iris.documentGraph(document.stem()));
            Optional<ShapeReport> report = validator.filter(v -> invalid.isEmpty()).map(v -> v.validate(List.of(graph.getGraph(),
                    extractor.entities(extraction.entityIds(), ModelFactory.createDefaultModel()).getGraph())));
            List<String> named = List.copyOf(CorpusGraphs.entitiesNamed(graph.getGraph(), extractor.lexicon()));
            Done done = new Done(file, key, document.stem(), extraction, graph.getGraph(), extractor.statements(extraction), named, invalid, report, 0,
                    note, null);
            if (caching.cache().isPresent() && done.clean()) {
                caching.cache().get().write(key, new DocumentCache.Entry(document.stem(), done.statements(), extractor.minted(done.graph()),
                        done.entities(), done.results(), done.graph()));
            }
            return done;
        } catch (DocumentException e) {
            return Done.failed(file, e);
        }
    }

    static byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > DocumentReader.MAX_BYTES) {
                throw new DocumentException(file, 0, 0, "file is " + size + " bytes, more than the " + DocumentReader.MAX_BYTES + " the reader takes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Why a processed document may not go into a store on its own, one line each: its read failure, its invalid IRIs,
     * the shape violations of its own nodes. Empty when it may. Counts nothing: for documents taken one at a time.
     */
    static List<String> rejections(Done done) {
        if (done.failure() != null) {
            return List.of(done.failure().getMessage());
        }
        List<String> out = new ArrayList<>();
        done.badIris().forEach(b -> out.add(done.file() + ": invalid IRI <" + b.iri() + ">: " + b.reason()));
        Graph graph = done.graph();
        done.report().ifPresent(r -> r.violations(Severity.VIOLATION).stream().filter(v -> graph.contains(v.focusNode(), Node.ANY, Node.ANY))
                .forEach(v -> out.add(done.file() + ": shape violation: " + ReportFormat.line(v))));
        return out;
    }

    /** Records the checks of a processed document, telling the listener of the first problems. */
    void check(Done done, BuildListener listener) {
        if (!done.note().isEmpty()) {
            listener.warn(done.note());
        }
        results += done.cachedWarnings();
        record(done.badIris(), listener);
        Graph graph = done.graph();
        done.report().ifPresent(r -> record(r, v -> graph.contains(v.focusNode(), Node.ANY, Node.ANY), listener));
    }

    /** Checks the corpus-wide graphs: their IRIs, and the shapes with the nodes each references from what was written. */
    void checkCorpusGraphs(Map<String, Model> graphs, DatasetGraph written, BuildListener listener) {
        Map<String, Graph> whole = new java.util.LinkedHashMap<>();
        graphs.forEach((name, model) -> whole.put(name, model.getGraph()));
        checkCorpusParts(whole, written, listener);
    }

    /**
     * Checks parts of the corpus-wide graphs, by graph name (a graph left out is not checked): their IRIs, and the
     * shapes on the lexicon's and conflicts' parts with the nodes each references from what was written.
     */
    void checkCorpusParts(Map<String, Graph> parts, DatasetGraph written, BuildListener listener) {
        parts.forEach((name, graph) -> record(IriCheck.invalid(graph, name), listener));
        if (validator.isEmpty() || !badIris.isEmpty()) {
            return;
        }
        for (String name : List.of(Iris.LEXICON_GRAPH, Iris.CONFLICTS_GRAPH)) {
            Graph graph = parts.get(name);
            if (graph == null || graph.isEmpty()) {
                continue;
            }
            ShapeReport report = validator.get().validate(List.of(graph, referenced(graph, written.getUnionGraph())));
            record(report, v -> graph.contains(v.focusNode(), Node.ANY, Node.ANY), listener);
        }
    }

    /**
     * What {@code graph} references in {@code from}: the concise bounded description (blank nodes followed) of each
     * node it names as an object but does not describe itself, with the classes of the nodes those name in turn. The
     * nodes brought in are described only in part, so only the results of the graph's own nodes count.
     */
    private static Graph referenced(Graph graph, Graph from) {
        Graph out = GraphFactory.createDefaultGraph();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>();
        graph.find().forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isURI() && !graph.contains(o, Node.ANY, Node.ANY) && seen.add(o)) {
                todo.add(o);
            }
        });
        while (!todo.isEmpty()) {
            from.find(todo.poll(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                Node o = t.getObject();
                if (o.isBlank() && seen.add(o)) {
                    todo.add(o);
                } else if (o.isURI() && seen.add(o)) {
                    from.find(o, org.apache.jena.vocabulary.RDF.Nodes.type, Node.ANY).forEachRemaining(out::add);
                }
            });
        }
        return out;
    }

    private void record(List<IriCheck.Invalid> invalid, BuildListener listener) {
        for (IriCheck.Invalid b : invalid) {
            if (badIris.size() < SHOWN) {
                listener.warn("invalid IRI in " + b.graph() + ": <" + b.iri() + ">: " + b.reason());
            }
            badIris.add(b);
        }
    }

    /** Counts the results of the focus nodes {@code mine} takes: those of the graph validated, not of its context. */
    private void record(ShapeReport report, java.util.function.Predicate<ShapeReport.Violation> mine, BuildListener listener) {
        results += report.violations().stream().filter(mine).count();
        for (ShapeReport.Violation v : report.violations(Severity.VIOLATION).stream().filter(mine).toList()) {
            violations++;
            if (shown++ < SHOWN) {
                listener.warn("shape violation: " + ReportFormat.line(v));
            }
        }
    }

    /** Fails the build, naming what it writes, when an IRI is invalid or a graph violates the shapes. */
    void failOnViolations(BuildOptions options, BuildListener listener) {
        if (!badIris.isEmpty()) {
            throw new AirkgException(badIris.size() + " IRIs of the graph are not valid absolute IRIs; " + options.target() + " was left as it was");
        }
        if (violations > 0) {
            throw new AirkgException("the graph violates " + options.shapes().orElseThrow() + " (" + violations + " violations, "
                    + results + " results in all); " + options.target() + " was left as it was (see ./airkg validate)");
        }
        if (results > 0) {
            listener.warn("shapes: " + results + " warnings (see ./airkg validate)");
        }
    }

    /** True when a graph checked had an invalid IRI or violated the shapes. */
    boolean failed() {
        return !badIris.isEmpty() || violations > 0;
    }

    /** The shape results below a violation, in every graph validated. */
    long warnings() {
        return results - violations;
    }
}
