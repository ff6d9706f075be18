package org.airkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.SeedStore;
import org.airkg.document.DocumentReader;
import org.airkg.rdf.AIRKG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document's own description as the extractor maps it: its compound of interest is a drug or nothing. */
class ExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() throws Exception {
        extractor = Stages.load(Inputs.defaults(SeedStore.root()), BuildOptions.defaults()).extractor();
    }

    private static List<String> compounds(Path dir, String compoundName) throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"), """
                A note on one compound

                Author: Example Technical Support Team. **Date:** December 2025

                Compound of Interest

                Compound Name: *%s*

                ## Background

                The compound is studied in breast cancer cells.
                """.formatted(compoundName));
        Model graph = extractor.map(extractor.extract(DocumentReader.read(file)));
        return graph.listObjectsOfProperty(AIRKG.compoundOfInterest).mapWith(RDFNode::toString).toList();
    }

    @Test
    void aDrugNamedAsTheCompoundIsTheCompoundOfInterest(@TempDir Path dir) throws Exception {
        assertEquals(List.of("https://w3id.org/airkg/id/drug/letrozole"), compounds(dir, "Letrozole"));
    }

    @Test
    void aGeneOfTheCompoundsNameIsNot(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), compounds(dir, "PIK3CA"));
    }
}
