package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.airkg.SeedStore;
import org.airkg.build.Build;
import org.airkg.build.BuildListener;
import org.airkg.build.BuildOptions;
import org.airkg.build.Extraction;
import org.airkg.build.Inputs;
import org.airkg.document.Document;
import org.airkg.document.DocumentReader;
import org.airkg.document.FileText;
import org.airkg.document.FormatFixtures;
import org.airkg.document.Origin;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.relation.Relation;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A corpus of the seed documents, the same seeds set as PDFs, and the HTML, JATS and PDF fixtures, built as
 * the build builds it: every quote of an HTML, JATS or PDF document is found again in its (checksummed) file
 * where its Web Annotation selector says (a quote over two pages by the start and end of its range selector),
 * and the seeds as PDFs give at least 95% of the entities and of the statements read from their text versions
 * (curated statements aside: a curation names its document by stem, which the PDF copy does not share; the
 * shares are written to {@code target/airkg/seed-pdf-comparison.txt}).
 */
class FormatCorpusTest {
    private static Build.InMemory assembly;
    private static final Map<String, Extraction> EXTRACTIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static Path corpus;

    private static final String QUERY = """
            PREFIX airkg: <https://w3id.org/airkg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?file ?format ?sha ?start ?end ?quote ?value ?fs ?fe ?range ?sv ?ss ?ev ?ee WHERE {
              ?e a airkg:Evidence ; airkg:inDocument ?d ; airkg:quote ?quote ;
                 airkg:startOffset ?start ; airkg:endOffset ?end ; oa:hasTarget ?t .
              ?d airkg:fileName ?file ; airkg:sha256 ?sha ; dcterms:format ?format .
              OPTIONAL { ?t oa:hasSelector ?s . ?s rdf:value ?value ; oa:refinedBy ?p . ?p oa:start ?fs ; oa:end ?fe }
              OPTIONAL { ?t oa:hasSelector ?range . ?range a oa:RangeSelector ;
                  oa:hasStartSelector [ rdf:value ?sv ; oa:refinedBy [ oa:start ?ss ] ] ;
                  oa:hasEndSelector [ rdf:value ?ev ; oa:refinedBy [ oa:end ?ee ] ] }
            }""";

    static synchronized Build.InMemory assembly() throws IOException {
        if (assembly == null) {
            Path root = SeedStore.root();
            corpus = Files.createDirectories(root.resolve("target/test-stores/formats-" + ProcessHandle.current().pid()).resolve("corpus"));
            for (Path seed : Inputs.corpusFiles(root.resolve("data/corpus"))) {
                Files.copy(seed, corpus.resolve(seed.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (Files.exists(FormatFixtures.DEJAVU)) {
                    Files.write(corpus.resolve(DocumentReader.stem(seed.getFileName().toString()) + "-pdf.pdf"), FormatFixtures.seedPdf(seed));
                }
            }
            for (String name : List.of("vendor-note.html", "article.xml")) {
                Files.copy(FormatFixtures.resource(name), corpus.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(corpus.resolve("note-one-column.pdf"), FormatFixtures.notePdf(1));
            Files.write(corpus.resolve("note-two-columns.pdf"), FormatFixtures.notePdf(2));
            Inputs d = Inputs.defaults(root);
            assembly = Build.inMemory(new Inputs(corpus, d.ontology(), d.rules(), d.lexicon(), d.vocab(), d.curated(),
                    d.cache()), BuildOptions.defaults(), new BuildListener() {
                        @Override
                        public void extracted(Extraction e) {
                            EXTRACTIONS.put(e.stem(), e);
                        }
                    });
            assertEquals(List.of(), assembly.result().skipped(), "every file of the corpus reads");
        }
        return assembly;
    }

    @Test
    void everyQuoteOfAnHtmlJatsOrPdfDocumentIsFoundInItsFileWhereItsSelectorSays() throws Exception {
        var dataset = assembly().dataset();
        List<QuerySolution> rows = Txn.calculateRead(dataset, () -> {
            ResultSet rs = ResultSet.adapt(QueryExec.graph(dataset.asDatasetGraph().getUnionGraph()).query(QUERY).select());
            List<QuerySolution> all = new ArrayList<>();
            rs.forEachRemaining(all::add);
            return all;
        });
        Map<String, Integer> found = new TreeMap<>();
        Map<String, Document> reread = new TreeMap<>();
        for (QuerySolution row : rows) {
            String fileName = row.getLiteral("file").getString();
            Path file = corpus.resolve(fileName);
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(row.getLiteral("sha").getString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            Document document = reread.computeIfAbsent(fileName, n -> DocumentReader.read(file));
            Origin origin = document.origin().orElseThrow();
            Span span = new Span(row.getLiteral("start").getInt(), row.getLiteral("end").getInt(), 1);
            assertEquals(row.getLiteral("quote").getString(), document.source().slice(span), "the quote is the re-read text at its span");
            String copied = FileText.squeeze(origin.copied(document.source().text(), span));
            String format = row.getLiteral("format").getString();
            if (row.contains("range")) {
                String start = FileText.of(file, format, row.getLiteral("sv").getString());
                String end = FileText.of(file, format, row.getLiteral("ev").getString());
                String head = FileText.squeeze(FileText.codePoints(start, row.getLiteral("ss").getInt(), start.codePointCount(0, start.length())));
                String tail = FileText.squeeze(FileText.codePoints(end, 0, row.getLiteral("ee").getInt()));
                assertTrue(copied.startsWith(head.substring(0, Math.min(10, head.length())))
                        && copied.endsWith(tail.substring(Math.max(0, tail.length() - 10))), fileName + ": range for '" + copied + "'");
                found.merge(fileName + " (range)", 1, Integer::sum);
                continue;
            }
            assertTrue(row.contains("value"), fileName + ": a quote with no selector into the file: " + row.getLiteral("quote"));
            String selected = FileText.of(file, format, row.getLiteral("value").getString());
            String atSelector = FileText.codePoints(selected, row.getLiteral("fs").getInt(), row.getLiteral("fe").getInt());
            assertEquals(copied, FileText.squeeze(atSelector),
                    fileName + " at " + row.getLiteral("value") + " for '" + row.getLiteral("quote") + "'");
            found.merge(fileName, 1, Integer::sum);
        }
        System.out.println("quotes found again in their files: " + found);
        for (String fixture : List.of("vendor-note.html", "article.xml", "note-one-column.pdf", "note-two-columns.pdf")) {
            assertTrue(found.getOrDefault(fixture, 0) > 0, "quotes of " + fixture + " were checked: " + found);
        }
    }

    @Test
    void theSeedsAsPdfsGiveTheEntitiesAndStatementsOfTheirTextVersions() throws IOException {
        Assumptions.assumeTrue(Files.exists(FormatFixtures.DEJAVU), "needs the DejaVu Sans font (Debian fonts-dejavu-core)");
        assembly();
        StringBuilder report = new StringBuilder("document\tentities text\tentities in PDF too\tstatements text\tstatements in PDF too\n");
        int entities = 0;
        int entitiesKept = 0;
        int statements = 0;
        int statementsKept = 0;
        for (Path seed : Inputs.corpusFiles(SeedStore.root().resolve("data/corpus"))) {
            String stem = DocumentReader.stem(seed.getFileName().toString());
            Set<String> textEntities = entities(EXTRACTIONS.get(stem).mentions());
            Set<String> pdfEntities = entities(EXTRACTIONS.get(stem + "-pdf").mentions());
            Set<String> textStatements = statements(EXTRACTIONS.get(stem).relations());
            Set<String> pdfStatements = statements(EXTRACTIONS.get(stem + "-pdf").relations());
            int e = (int) textEntities.stream().filter(pdfEntities::contains).count();
            int s = (int) textStatements.stream().filter(pdfStatements::contains).count();
            report.append(stem).append('\t').append(textEntities.size()).append('\t').append(e).append('\t')
                    .append(textStatements.size()).append('\t').append(s).append('\n');
            textStatements.stream().filter(x -> !pdfStatements.contains(x)).forEach(x -> report.append("  only in text: ").append(x).append('\n'));
            pdfStatements.stream().filter(x -> !textStatements.contains(x)).forEach(x -> report.append("  only in PDF: ").append(x).append('\n'));
            entities += textEntities.size();
            entitiesKept += e;
            statements += textStatements.size();
            statementsKept += s;
        }
        report.append(String.format("total\t%d\t%d (%.3f)\t%d\t%d (%.3f)%n", entities, entitiesKept, entitiesKept / (double) entities,
                statements, statementsKept, statementsKept / (double) statements));
        Path out = Files.createDirectories(SeedStore.root().resolve("target/airkg")).resolve("seed-pdf-comparison.txt");
        Files.writeString(out, report);
        System.out.print(report);
        assertTrue(statementsKept >= 0.95 * statements, "the PDFs give at least 95% of the statements:\n" + report);
        assertTrue(entitiesKept >= 0.95 * entities, "the PDFs give at least 95% of the entities:\n" + report);
    }

    private static Set<String> entities(List<Mention> mentions) {
        Set<String> ids = new HashSet<>();
        mentions.stream().filter(m -> m.status() == MentionStatus.LINKED).forEach(m -> ids.addAll(m.entityIds()));
        return ids;
    }

    /**
     * The statements read from a document, curated ones aside: a curation names the document by its stem, so it
     * applies to the text file and not to its PDF copy, which has another stem.
     */
    private static Set<String> statements(List<Relation> relations) {
        Set<String> keys = new HashSet<>();
        relations.stream().filter(r -> r.curationReason().isEmpty()).forEach(r -> keys.add(AssociationMapper.key(r)));
        return keys;
    }
}
