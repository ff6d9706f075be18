package org.airkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.airkg.export.sink.GraphSink;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.rdf.Namespaces;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;

/**
 * Exports the knowledge graph in one format: the entity graph (or one entity's neighbourhood) for graph
 * viewers and other graph stores, the lexicon's mappings, or the whole dataset.
 *
 * <pre>{@code
 * ExportReport report = Exporter.export(ExportOptions.builder()
 *         .format(ExportFormat.GRAPHML).out(Path.of("target/airkg.graphml"))
 *         .around("https://w3id.org/airkg/id/drug/letrozole").depth(2).build());
 * }</pre>
 */
public final class Exporter {
    private Exporter() {}

    /** Exports as {@code options} say, opening (and closing) the store, or reading the lexicon for SSSOM. */
    public static ExportReport export(ExportOptions options) throws IOException {
        if (options.format() == ExportFormat.SSSOM) {
            Path vocab = options.lexicon().resolveSibling("vocab");
            Lexicon lexicon = Lexicon.load(options.lexicon()).withVocabulary(
                    org.airkg.extract.lexicon.Vocabulary.load(vocab, Path.of(org.airkg.build.Inputs.DEFAULT_CACHE)),
                    org.airkg.extract.lexicon.Suppressions.load(options.lexicon().resolve(org.airkg.build.Inputs.SUPPRESSIONS)));
            java.util.Set<String> grounded = groundedIds(options.store());
            Path out = options.out();
            writeAtomically(out, tmp -> {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    SssomWriter.write(lexicon, grounded, w);
                }
            });
            return report(options.format(), List.of(out), Optional.empty());
        }
        Dataset dataset = TdbStore.open(options.store());
        try {
            return export(dataset, options);
        } finally {
            TdbStore.close(dataset);
        }
    }

    /** The lexicon ids of the entities the store's mentions name; none when there is no store. */
    private static java.util.Set<String> groundedIds(Path store) {
        if (!Files.isDirectory(store)) {
            return java.util.Set.of();
        }
        Dataset dataset = TdbStore.open(store);
        try {
            java.util.Set<String> ids = new java.util.TreeSet<>();
            org.apache.jena.system.Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find(org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY, org.airkg.rdf.AIRKG.mentionOf.asNode(), org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> ids.add(q.getObject().getURI().substring(q.getObject().getURI().lastIndexOf('/') + 1))));
            return ids;
        } finally {
            TdbStore.close(dataset);
        }
    }

    /** Exports from an open dataset: any format but {@link ExportFormat#SSSOM}, which reads the lexicon. */
    public static ExportReport export(Dataset dataset, ExportOptions options) throws IOException {
        ExportFormat format = options.format();
        switch (format.kind()) {
            case GRAPH -> {
                EntityGraph graph = EntityGraph.read(dataset);
                if (options.around().isPresent()) {
                    graph = graph.around(options.around().get(), options.depth());
                }
                return write(graph, format, options.out());
            }
            case DATASET -> {
                if (format == ExportFormat.TTL) {
                    writeAtomically(options.out(), tmp -> writeUnionTurtle(dataset, tmp));
                    return report(format, List.of(options.out()), Optional.empty());
                }
                Path file = dumpFile(options.out(), format);
                DatasetDump.write(dataset, file);
                return report(format, List.of(file), Optional.empty());
            }
            default -> throw new IllegalArgumentException(format.cliName() + " is exported from the lexicon: use export(options)");
        }
    }

    /** Writes an entity graph in a graph format. */
    public static ExportReport write(EntityGraph graph, ExportFormat format, Path out) throws IOException {
        GraphSink sink = format.sink().orElseThrow(() -> new IllegalArgumentException(format.cliName() + " is not a graph format"));
        List<Path> files = new ArrayList<>();
        if (format.writesDirectory()) {
            files.addAll(sink.write(graph, out));
        } else {
            writeAtomically(out, tmp -> sink.write(graph, tmp));
            files.add(out);
        }
        return report(format, files, Optional.of(new ExportReport.Counts(graph.nodes().size(), graph.edges().size())));
    }

    /** The dump file: {@code out} when it ends in the format's extension, else {@code out} with it added. */
    private static Path dumpFile(Path out, ExportFormat format) {
        String ext = format.cliName();
        return out.toString().toLowerCase(Locale.ROOT).matches(".*\\.(trig|nq)(\\.gz)?") ? out : Path.of(out + "." + ext);
    }

    private static void writeUnionTurtle(Dataset dataset, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(dataset, () -> {
                Graph union = dataset.asDatasetGraph().getUnionGraph();
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
                stream.start();
                Namespaces.setPrefixes(PrefixMapping.Factory.create()).getNsPrefixMap().forEach(stream::prefix);
                union.find().forEachRemaining(stream::triple);
                stream.finish();
            });
        }
    }

    /** Something that writes a file. */
    private interface FileWriting {
        void writeTo(Path file) throws IOException;
    }

    /** Writes beside {@code out} and moves the result into place, so that a failed export leaves no half file. */
    private static void writeAtomically(Path out, FileWriting writing) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(out.getFileName() + ".part");
        try {
            writing.writeTo(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static ExportReport report(ExportFormat format, List<Path> files, Optional<ExportReport.Counts> counts) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new ExportReport(format, files, counts, bytes);
    }
}
