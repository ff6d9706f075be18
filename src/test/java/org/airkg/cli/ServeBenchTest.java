package org.airkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** {@code airkg bench --stage serve} on a small store for a second: the lines it prints, never its speed. */
class ServeBenchTest {

    @Test
    void printsIdleLoadMemoryAndAttackFigures() throws IOException {
        Path root = Files.createDirectories(Path.of("target", "serve-bench-test").toAbsolutePath());
        Dataset data = DatasetFactory.createTxnMem();
        for (int i = 0; i < 200; i++) {
            data.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                    NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("v" + i)));
        }
        Path store = root.resolve("tdb2");
        TdbStore.replace(store, data);
        Path catalogue = Files.createDirectories(root.resolve("queries"));
        Files.writeString(catalogue.resolve("all.rq"), "# title: all\n# question: all?\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(catalogue.resolve("count.rq"), "# title: count\n# question: how many?\nSELECT (COUNT(*) AS ?n) { ?s ?p ?o }\n");

        CliRun run = CliRun.of("bench", "--stage", "serve", "--store", store.toString(), "--catalogue", catalogue.toString(),
                "--clients", "2", "--seconds", "1", "--non-readers", "2", "--timeout", "1");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("serve bench: " + store + " on http://127.0.0.1:"), lines.get(0));
        assertTrue(lines.get(1).matches("idle medians \\(ms, 5 runs each\\): all [\\d.]+; count [\\d.]+;"), lines.get(1));
        assertTrue(lines.get(2).matches("idle: slowest median (all|count) [\\d.]+ ms; [0-2] of 2 queries under 50 ms"), lines.get(2));
        assertTrue(lines.get(3).matches("load: 2 clients x 1 s: \\d+ queries, [\\d.]+ queries/s, median \\d+ ms, p95 \\d+ ms,"
                + " p99 \\d+ ms; answers \\{200=\\d+}; errors 0"), lines.get(3));
        assertTrue(lines.get(5).matches("all +\\d+ +\\d+ +\\d+ +\\d+"), lines.get(5));
        assertTrue(lines.get(7).matches("memory: resident \\d+ MB before, \\d+ MB at most during the load; heap used at most"
                + " \\d+ MB of \\d+ MB \\(-Xmx\\), \\d+ MB after the load and a GC; busy worker threads at most \\d+"), lines.get(7));
        assertTrue(lines.get(8).matches("attack: 2 clients not reading .*, 8 runaway queries; ASK \\{} meanwhile: median \\d+ ms,"
                + " max \\d+ ms over 20, statuses \\[200]"), lines.get(8));
        assertEquals("attack: non-reading clients got {HTTP/1.1 503 Service Unavailable=2}", lines.get(9));
        // On 200 triples the streaming cross join (40,000 rows) crosses the row cap; whether the other forms outlive
        // the timeout depends on the machine, so only the shape of their lines is checked.
        for (String line : lines.subList(10, 14)) {
            assertTrue(line.matches("attack: runaway streaming SELECT (json|xml|csv|tsv) +answered 503 after \\d+ ms"), line);
        }
        for (String line : lines.subList(14, lines.size())) {
            assertTrue(line.matches("attack: runaway .* answered \\d{3} after \\d+ ms"), line);
        }
        assertEquals(18, lines.size(), run.out());
    }
}
