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

    /** Line {@code n} matches {@code regex}. */
    private static void line(List<String> lines, int n, String regex) {
        assertTrue(lines.get(n).matches(regex), lines.get(n));
    }

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
        line(lines, 1, "idle medians \\(ms, 9 runs each after ([3-9]|[1-3]\\d|40) rounds of the catalogue\\): all [\\d.]+;"
                + " count [\\d.]+;");
        line(lines, 2, "idle CPU time of this JVM per run \\(ms; server and client threads, collector and"
                + " compiler included\\): all [\\d.]+; count [\\d.]+;");
        line(lines, 3, "idle: slowest median (all|count) [\\d.]+ ms; [0-2] of 2 queries under 50 ms");
        line(lines, 4, "load: 2 clients x 1 s: \\d+ queries, [\\d.]+ queries/s, median \\d+ ms, p95 \\d+ ms,"
                + " p99 \\d+ ms; answers \\{200=\\d+}; errors 0");
        line(lines, 6, "all +\\d+ +\\d+ +\\d+ +\\d+ +0");
        line(lines, 8, "memory: resident \\d+ MB before, \\d+ MB at most during the load; heap used at most"
                + " \\d+ MB of \\d+ MB \\(-Xmx\\), \\d+ MB after the load and a GC; busy worker threads at most \\d+");
        line(lines, 9, "attack: 2 clients not reading .*, 8 runaway queries; ASK \\{} meanwhile: median \\d+ ms,"
                + " max \\d+ ms over 20, statuses \\[200]");
        line(lines, 10, "attack: ASK \\{} times \\(ms, in order\\): \\[\\d+(, \\d+){19}]");
        line(lines, 11, "attack: meanwhile threads running query code: mean [\\d.]+, most \\d+ over \\d+ samples"
                + " every 50 ms; collections pausing the JVM: \\d+, \\d+ ms in all, longest \\d+ ms");
        assertEquals("attack: non-reading clients got {HTTP/1.1 503 Service Unavailable=2}", lines.get(12));
        // On 200 triples the streaming cross join (40,000 rows) crosses the row cap; whether the other forms outlive
        // the timeout depends on the machine, so only the shape of their lines is checked.
        for (String line : lines.subList(13, 17)) {
            assertTrue(line.matches("attack: runaway streaming SELECT (json|xml|csv|tsv) +answered 503 after \\d+ ms"), line);
        }
        for (String line : lines.subList(17, lines.size())) {
            assertTrue(line.matches("attack: runaway .* answered \\d{3} after \\d+ ms"), line);
        }
        assertEquals(21, lines.size(), run.out());
    }
}
