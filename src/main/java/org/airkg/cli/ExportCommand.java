package org.airkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.airkg.export.ExportFormat;
import org.airkg.export.ExportOptions;
import org.airkg.export.ExportReport;
import org.airkg.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airkg export}: writes the entity graph, the lexicon's mappings or the whole dataset in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the entity graph for graph viewers and stores (graphml, gexf, cyjs, dot, neo4j, kgx, jsonld),",
            "the lexicon's mappings (sssom), or the whole dataset (trig, nq, ttl).",
            "neo4j and kgx write a directory; --around IRI --depth N exports one entity's neighbourhood."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, cyjs, dot, neo4j, kgx, jsonld, sssom, trig, nq or ttl.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file, or for neo4j and kgx the directory, to write.")
    Path out;

    @Option(names = "--around", paramLabel = "IRI", description = "Export only the neighbourhood of this entity.")
    String around;

    @Option(names = "--depth", paramLabel = "N", description = "How many edges the neighbourhood reaches (default: 1).")
    Integer depth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportReport report = Exporter.export(ExportOptions.builder().format(format).out(out).around(around).depth(depth)
                .store(store.store).lexicon(store.lexicon).build());
        PrintWriter w = spec.commandLine().getOut();
        for (Path file : report.files()) {
            w.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        }
        report.graph().ifPresent(c -> w.println(c.nodes() + " nodes, " + c.edges() + " edges"
                + (report.files().size() > 1 ? ", " + report.bytes() + " bytes in " + report.files().size() + " files" : "")));
        w.flush();
        return 0;
    }
}
