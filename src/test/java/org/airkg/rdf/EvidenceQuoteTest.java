package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.airkg.SeedStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * Every quote the graph stores is re-read from its source file at its span: the file is found by the
 * document's file name and checked against its recorded SHA-256, then decoded, and the text between the
 * stored code-point offsets must equal the stored quote, the Web Annotation's exact text, and sit between
 * its prefix and suffix.
 */
class EvidenceQuoteTest {
    private static final String QUERY = """
            PREFIX airkg: <https://w3id.org/airkg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?file ?sha ?start ?end ?quote ?exact ?prefix ?suffix ?ostart ?oend WHERE {
              ?e a airkg:Evidence ; airkg:inDocument ?d ; airkg:quote ?quote ;
                 airkg:startOffset ?start ; airkg:endOffset ?end ;
                 oa:hasTarget ?t .
              ?t oa:hasSource ?d ; oa:hasSelector ?q , ?p .
              ?q a oa:TextQuoteSelector ; oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
              ?p a oa:TextPositionSelector ; oa:start ?ostart ; oa:end ?oend .
              ?d airkg:fileName ?file ; airkg:sha256 ?sha .
            }""";

    @Test
    void everyStoredQuoteIsTheFilesTextAtItsSpan() throws Exception {
        Dataset dataset = SeedStore.dataset();
        List<Row> rows = Txn.calculateRead(dataset, () -> {
            ResultSet rs = ResultSet.adapt(QueryExec.dataset(dataset.asDatasetGraph()).query(QUERY).select());
            List<Row> all = new java.util.ArrayList<>();
            rs.forEachRemaining(q -> all.add(Row.of(q)));
            return all;
        });
        long evidence = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph()
                .find(null, org.apache.jena.vocabulary.RDF.Nodes.type, AIRKG.Evidence.asNode()).toList().size());
        assertTrue(evidence > 0, "the seed corpus yields evidence");
        assertEquals(evidence, rows.size(), "every piece of evidence has its quote, selectors and document");
        for (Row row : rows) {
            Path file = SeedStore.root().resolve("data/corpus").resolve(row.file());
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(row.sha(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            int start = text.offsetByCodePoints(0, row.start());
            int end = text.offsetByCodePoints(0, row.end());
            assertEquals(text.substring(start, end), row.quote(), file + " at " + start);
            assertEquals(row.quote(), row.exact());
            assertEquals(row.start(), row.selectorStart());
            assertEquals(row.end(), row.selectorEnd());
            assertTrue(text.substring(0, start).endsWith(row.prefix()));
            assertTrue(text.substring(end).startsWith(row.suffix()));
        }
    }

    /** One evidence row, copied out of the read transaction. */
    private record Row(String file, String sha, int start, int end, String quote, String exact, String prefix, String suffix,
            int selectorStart, int selectorEnd) {
        static Row of(QuerySolution q) {
            return new Row(q.getLiteral("file").getString(), q.getLiteral("sha").getString(), q.getLiteral("start").getInt(),
                    q.getLiteral("end").getInt(), q.getLiteral("quote").getString(), q.getLiteral("exact").getString(),
                    q.getLiteral("prefix").getString(), q.getLiteral("suffix").getString(), q.getLiteral("ostart").getInt(),
                    q.getLiteral("oend").getInt());
        }
    }
}
