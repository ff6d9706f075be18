package org.airkg.export.sink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.airkg.export.EntityGraph;

/** Writes an entity graph in one viewer or exchange format, to a file or, for multi-file formats, a directory. */
public interface GraphSink {
    /**
     * Writes {@code graph} at {@code out}, creating parent directories as needed.
     *
     * @return the files written, in the order written
     */
    List<Path> write(EntityGraph graph, Path out) throws IOException;
}
