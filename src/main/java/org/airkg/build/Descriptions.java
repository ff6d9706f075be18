package org.airkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.airkg.export.VoidDescription;
import org.airkg.query.QueryCatalog;
import org.apache.jena.query.DatasetFactory;

/** The dataset's descriptions of itself, each in its own named graph: its VoID, then the query catalogue as SPARQL examples. */
final class Descriptions {
    private Descriptions() {}

    /** Describes what the sink holds so far and adds the descriptions to it. */
    static void publish(GraphSink sink, BuildOptions options) throws IOException {
        var voidModel = VoidDescription.describe(DatasetFactory.wrap(sink.written()), Optional.of(options.endpoint()));
        sink.add(VoidDescription.GRAPH, voidModel.getGraph());
        if (options.catalogue().isPresent() && Files.isDirectory(options.catalogue().get())) {
            sink.add(QueryCatalog.GRAPH, new QueryCatalog(options.catalogue().get()).describe(options.endpoint()).getGraph());
        }
    }
}
