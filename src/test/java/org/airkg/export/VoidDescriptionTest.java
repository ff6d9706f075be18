package org.airkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.airkg.SeedStore;
import org.airkg.rdf.AIRKG;
import org.airkg.store.TdbStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID description: sizes equal to the union graph's, entities per class, one linkset per external resource. */
class VoidDescriptionTest {
    @TempDir
    Path tmp;

    @Test
    void describesTheFixtureStore() {
        Dataset dataset = ExportFixture.store(tmp.resolve("tdb2"));
        try {
            Model description = VoidDescription.describe(dataset, Optional.of("http://127.0.0.1:3030/airkg/sparql"));
            Resource ds = description.getResource(VoidDescription.DATASET);
            assertTrue(ds.hasProperty(RDF.type, VOID.Dataset));
            Model union = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel().add(dataset.getUnionModel()));
            assertEquals(union.size(), integer(ds.getProperty(VOID.triples)));
            assertEquals(union.listSubjects().toSet().size(), integer(ds.getProperty(VOID.distinctSubjects)));
            assertEquals("http://127.0.0.1:3030/airkg/sparql", ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());

            Map<String, Long> entities = new HashMap<>();
            for (Statement s : ds.listProperties(VOID.classPartition).toList()) {
                Resource p = s.getResource();
                entities.put(p.getPropertyResourceValue(VOID._class).getURI(), integer(p.getProperty(VOID.entities)));
            }
            assertEquals(4L, entities.get(AIRKG.NS + "Drug"));
            assertEquals(3L, entities.get(AIRKG.NS + "Gene"), "ESR1 is in the lexicon though no document names it");
            assertEquals(2L, entities.get(AIRKG.NS + "CellLine"));
            assertEquals(9L, entities.get(AIRKG.Association.getURI()));
            assertEquals((long) entities.size(), integer(ds.getProperty(VOID.classes)));

            Map<String, Long> links = new HashMap<>();
            for (Statement s : ds.listProperties(VOID.subset).toList()) {
                Resource ls = s.getResource();
                assertTrue(ls.hasProperty(RDF.type, VOID.Linkset));
                assertEquals(ds, ls.getPropertyResourceValue(VOID.subjectsTarget));
                Resource target = ls.getPropertyResourceValue(VOID.objectsTarget);
                links.put(target.getProperty(DCTerms.title).getString(), integer(ls.getProperty(VOID.triples)));
            }
            assertEquals(Map.of("ChEBI", 3L, "DrugBank", 3L, "HGNC", 3L, "NCBI Gene", 1L, "Reactome", 1L, "Cellosaurus", 1L,
                    "ClinicalTrials.gov", 1L, "MONDO", 1L, "Human Phenotype Ontology", 1L), links);

            String table = VoidDescription.table(description);
            assertTrue(table.contains("airkg:Drug"), table);
            assertTrue(table.contains("ClinicalTrials.gov"), table);
            assertTrue(table.contains("http://127.0.0.1:3030/airkg/sparql"), table);

            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, description, Lang.TURTLE);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(turtle.toByteArray()), Lang.TURTLE);
            assertTrue(back.isIsomorphicWith(description));
        } finally {
            TdbStore.close(dataset);
        }
    }

    @Test
    void theInMemoryDatasetAsBuiltIsDescribedLikeTheStore() {
        Dataset store = ExportFixture.store(tmp.resolve("tdb2"));
        try {
            Model fromStore = VoidDescription.describe(store, Optional.empty());
            assertTrue(fromStore.isIsomorphicWith(VoidDescription.describe(ExportFixture.dataset(), Optional.empty())));
        } finally {
            TdbStore.close(store);
        }
    }

    @Test
    void describesTheSeedCorpus() throws Exception {
        Model description = VoidDescription.describe(SeedStore.dataset(), Optional.empty());
        Resource ds = description.getResource(VoidDescription.DATASET);
        assertTrue(integer(ds.getProperty(VOID.triples)) > 1000);
        assertTrue(description.contains(null, VOID._class, description.createResource(AIRKG.NS + "Drug")));
        long linksets = ds.listProperties(VOID.subset).toList().size();
        assertTrue(linksets >= 5, "the lexicon links into ChEBI, DrugBank, HGNC ...: " + linksets);
        assertTrue(VoidDescription.table(description).contains("ChEBI"));
    }

    @Test
    void theSeedDescriptionFollowsTheHclsProfile() throws Exception {
        Model description = VoidDescription.describe(SeedStore.dataset(), Optional.empty());
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SeedStore.root().resolve("src/test/resources/void/hcls-shapes.ttl").toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, description.getGraph());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ShLib.printReport(text, report);
        assertTrue(report.conforms(), text.toString(java.nio.charset.StandardCharsets.UTF_8));
        Resource ds = description.getResource(VoidDescription.DATASET);
        assertEquals(org.airkg.Version.get(), ds.getProperty(description.createProperty(VoidDescription.PAV, "version")).getString());
        assertEquals(description.createResource("https://creativecommons.org/licenses/by/4.0/"),
                ds.getPropertyResourceValue(DCTerms.license), "the ontology's licence");
        java.util.Set<String> vocabularies = new java.util.TreeSet<>();
        ds.listProperties(VOID.vocabulary).forEach(v -> vocabularies.add(v.getResource().getURI()));
        for (String used : java.util.List.of(AIRKG.NS, RDF.getURI(), "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#",
                DCTerms.NS, "http://www.w3.org/ns/oa#")) {
            assertTrue(vocabularies.contains(used), used + " is used but not listed: " + vocabularies);
        }
        assertEquals(ds.listProperties(DCTerms.source).toList().size(),
                description.listSubjectsWithProperty(RDF.type, VOID.Dataset).filterKeep(r -> r.getURI().contains("/dataset/vocab-")).toList().size(),
                "every name table is a source");
    }

    @Test
    void theShapesRejectADescriptionWithoutLicenceOrVersion() throws Exception {
        Model description = VoidDescription.describe(SeedStore.dataset(), Optional.empty());
        Resource ds = description.getResource(VoidDescription.DATASET);
        description.removeAll(ds, DCTerms.license, null);
        description.removeAll(ds, description.createProperty(VoidDescription.PAV, "version"), null);
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(SeedStore.root().resolve("src/test/resources/void/hcls-shapes.ttl").toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, description.getGraph());
        assertEquals(2, report.getEntries().size(), "one violation each");
    }

    private static long integer(Statement s) {
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", s.getLiteral().getDatatypeURI());
        return new BigInteger(s.getLiteral().getLexicalForm()).longValueExact();
    }
}
