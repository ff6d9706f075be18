package org.airkg.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an export wrote.
 *
 * @param format the format
 * @param files the files written
 * @param graph the number of nodes and edges, for the entity-graph formats
 * @param bytes the size of all the files
 */
public record ExportReport(ExportFormat format, List<Path> files, Optional<Counts> graph, long bytes) {
    /** The size of an exported entity graph. */
    public record Counts(int nodes, int edges) {}

    public ExportReport {
        files = List.copyOf(files);
    }
}
