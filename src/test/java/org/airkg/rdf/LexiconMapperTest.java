package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Xref;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link LexiconMapper} against a golden Turtle file, compared as a graph. Regenerate the golden file
 * with {@code -Dairkg.regenerate=true} after an intended change, and review its diff.
 */
class LexiconMapperTest {
    private static final Path GOLDEN_DIR = Path.of("src/test/resources/lexicon/mapper");
    private static final Path ONTOLOGY = Path.of("ontology/airkg.ttl");

    @Test
    void oneEntryMapsToTheGoldenGraph() throws IOException {
        Lexicon lexicon = Lexicon.load(GOLDEN_DIR);
        Model actual = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        LexiconMapper.map(lexicon, actual);
        Path golden = GOLDEN_DIR.resolve("letrozole.ttl");
        if (Boolean.getBoolean("airkg.regenerate")) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, actual, Lang.TURTLE);
            }
        }
        Model expected = RDFDataMgr.loadModel(golden.toString());
        assertTrue(actual.isIsomorphicWith(expected),
                "mapped graph differs from " + golden + "\n--- expected\n" + turtle(expected) + "--- actual\n"
                        + turtle(actual));
    }

    @Test
    void iriHelpersFollowTheDocumentedPattern() {
        LexiconEntry entry = new LexiconEntry("mcf-7", "MCF-7", List.of(), "CellLine",
                List.of(new Xref("cellosaurus:0031", "https://www.cellosaurus.org/CVCL_0031")));
        assertEquals("https://w3id.org/airkg/id/cellline/mcf-7", LexiconMapper.iri(entry));
        assertEquals("https://w3id.org/airkg/ontology#CellLine", LexiconMapper.classIri(entry));
        assertEquals("https://w3id.org/airkg/id/xref/mcf-7/cellosaurus-0031",
                LexiconMapper.xrefIri(entry, entry.xrefs().get(0)));
        Model model = ModelFactory.createDefaultModel();
        LexiconMapper.map(entry, model);
        assertTrue(model.contains(model.createResource(LexiconMapper.iri(entry)), SKOS.exactMatch,
                model.createResource("https://www.cellosaurus.org/CVCL_0031")));
    }

    @Test
    void theRealLexiconMapsCompletelyWithoutBlankNodes() {
        Lexicon lexicon = Lexicon.load(Path.of("data/lexicon"));
        Model model = ModelFactory.createDefaultModel();
        LexiconMapper.map(lexicon, model);
        Model ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());

        assertFalse(model.listStatements().toList().stream()
                .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon()), "blank node in lexicon graph");
        for (LexiconEntry entry : lexicon.entries()) {
            Resource subject = model.createResource(LexiconMapper.iri(entry));
            Resource type = model.createResource(LexiconMapper.classIri(entry));
            assertTrue(model.contains(subject, RDF.type, type), entry.id());
            assertTrue(ontology.contains(type, RDF.type, OWL2.Class), type + " is not a class of " + ONTOLOGY);
            assertTrue(model.contains(subject, RDFS.label, entry.label()), entry.id());
            assertEquals(entry.synonyms().size(), model.listObjectsOfProperty(subject, SKOS.altLabel).toList().size());
            assertEquals(entry.xrefs().size(), model.listObjectsOfProperty(subject, SKOS.exactMatch).toList().size());
            for (Xref xref : entry.xrefs()) {
                Resource statement = model.createResource(LexiconMapper.xrefIri(entry, xref));
                assertTrue(model.contains(statement, RDF.object, model.createResource(xref.iri())), xref.curie());
                List<RDFNode> sources = model.listObjectsOfProperty(statement, DCTerms.source).toList();
                assertEquals(xref.sources().size(), sources.size(), xref.curie());
                for (RDFNode source : sources) {
                    boolean url = source.isURIResource();
                    String text = url ? source.asResource().getURI() : source.asLiteral().getString();
                    assertEquals(Xref.isUrl(text), url, text);
                }
            }
        }
    }

    private static String turtle(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}
