package org.airkg.export;

import java.util.Locale;
import java.util.Optional;
import org.airkg.export.sink.CytoscapeSink;
import org.airkg.export.sink.DotSink;
import org.airkg.export.sink.GexfSink;
import org.airkg.export.sink.GraphMlSink;
import org.airkg.export.sink.GraphSink;
import org.airkg.export.sink.JsonLdSink;
import org.airkg.export.sink.KgxSink;
import org.airkg.export.sink.Neo4jSink;

/** The export formats: the entity graph's viewer and exchange formats, the lexicon's mappings, whole-dataset dumps. */
public enum ExportFormat {
    /** GraphML for yEd, Gephi and Cytoscape. */
    GRAPHML(Kind.GRAPH, new GraphMlSink(), false),
    /** GEXF 1.2 for Gephi. */
    GEXF(Kind.GRAPH, new GexfSink(), false),
    /** Cytoscape.js JSON. */
    CYJS(Kind.GRAPH, new CytoscapeSink(), false),
    /** A directory of neo4j-admin CSV files and a LOAD CSV script. */
    NEO4J(Kind.GRAPH, new Neo4jSink(), true),
    /** Graphviz DOT. */
    DOT(Kind.GRAPH, new DotSink(), false),
    /** A directory of KGX TSV files with Biolink categories and predicates. */
    KGX(Kind.GRAPH, new KgxSink(), true),
    /** The entity graph as JSON-LD. */
    JSONLD(Kind.GRAPH, new JsonLdSink(), false),
    /** The lexicon's mappings to external identifiers as SSSOM TSV. */
    SSSOM(Kind.MAPPINGS, null, false),
    /** The whole dataset as TriG ({@code .gz} compresses). */
    TRIG(Kind.DATASET, null, false),
    /** The whole dataset as N-Quads ({@code .gz} compresses). */
    NQ(Kind.DATASET, null, false),
    /** The union of the dataset's graphs as Turtle. */
    TTL(Kind.DATASET, null, false);

    /** What a format writes. */
    public enum Kind {
        /** The entity graph (optionally one entity's neighbourhood). */
        GRAPH,
        /** The lexicon's mappings, read from the lexicon files. */
        MAPPINGS,
        /** The dataset's triples or quads. */
        DATASET
    }

    private final Kind kind;
    private final GraphSink sink;
    private final boolean directory;

    ExportFormat(Kind kind, GraphSink sink, boolean directory) {
        this.kind = kind;
        this.sink = sink;
        this.directory = directory;
    }

    public Kind kind() {
        return kind;
    }

    /** The writer of a {@link Kind#GRAPH} format. */
    public Optional<GraphSink> sink() {
        return Optional.ofNullable(sink);
    }

    /** True when the format writes several files into a directory. */
    public boolean writesDirectory() {
        return directory;
    }

    /** The name on the command line ({@code graphml}). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
