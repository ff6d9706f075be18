package org.airkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.airkg.AirkgException;
import org.airkg.rdf.AIRKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes on the seed corpus, on a small valid graph, and on one defect at a time added to it. */
class GraphValidatorTest {
    private static final String ID = "https://w3id.org/airkg/id/";
    private static final String SHAPES = "https://w3id.org/airkg/shapes#";

    @Test
    void seedCorpusHasNoViolations() throws IOException {
        ShapeReport report = Fixtures.validator().validate(Fixtures.seed());
        System.out.println("seed corpus: " + ReportFormat.summary(report));
        assertFalse(report.hasViolations(), () -> text(report, 50));
        assertTrue(report.triples() > 10_000, "the seed graph and ontology are validated: " + report.triples());
    }

    @Test
    void validGraphConformsWithoutAnyResult() {
        ShapeReport report = Fixtures.validator().validate(Fixtures.graph());
        assertTrue(report.conforms(), () -> text(report, 50));
        assertEquals(List.of(), report.violations());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "document-without-sha256,    document/d2,                 https://w3id.org/airkg/ontology#sha256,        Document-sha256",
        "malformed-sha256,           document/d2,                 https://w3id.org/airkg/ontology#sha256,        Document-sha256",
        "chebi-with-letters,         drug/anastrozole,            http://www.w3.org/2004/02/skos/core#exactMatch, LexiconEntity-xref-CHEBI",
        "hgnc-with-letters,          gene/esr1,                   http://www.w3.org/2004/02/skos/core#exactMatch, LexiconEntity-xref-hgnc",
        "nct-with-seven-digits,      clinicaltrial/pallet,        http://www.w3.org/2004/02/skos/core#exactMatch, LexiconEntity-xref-clinicaltrials",
        "cellosaurus-prefix-twice,   cellline/t47d,               http://www.w3.org/2004/02/skos/core#exactMatch, LexiconEntity-xref-cellosaurus",
        "section-without-title,      section/d1/2,                http://purl.org/dc/terms/title,                Section-title",
        "span-start-after-end,       paragraph/d1/5,              https://w3id.org/airkg/ontology#startOffset,   Span-order",
        "association-two-subjects,   association/a2,              https://w3id.org/airkg/ontology#assocSubject,  Association-subject",
        "association-polarity-maybe, association/a2,              https://w3id.org/airkg/ontology#polarity,      Association-polarity",
        "association-modality-perhaps, association/a2,            https://w3id.org/airkg/ontology#modality,      Association-modality",
        "association-without-evidence, association/a2,            https://w3id.org/airkg/ontology#hasEvidence,   Association-hasEvidence",
        "evidence-without-quote,     evidence/d1/61-90,           https://w3id.org/airkg/ontology#quote,         Evidence-quote",
        "measurement-kind-unknown,   measurement/d1/3,            https://w3id.org/airkg/ontology#quantityKind,  Measurement-quantityKind",
        "conflict-in-one-place,      conflict/c2,                 https://w3id.org/airkg/ontology#conflictingMeasurement, MeasurementConflict-twoPlaces",
    })
    void defectIsReportedWithItsFocusNodeAndPath(String defect, String focus, String path, String shape) {
        ShapeReport report = Fixtures.validator().validate(Fixtures.graph(defect));
        Node focusNode = NodeFactory.createURI(ID + focus);
        Node property = NodeFactory.createURI(path);
        List<ShapeReport.Violation> violations = report.violations(Severity.VIOLATION);
        assertFalse(report.conforms());
        assertTrue(report.hasViolations());
        assertTrue(violations.stream().anyMatch(v -> v.focusNode().equals(focusNode)
                        && v.property().equals(Optional.of(property))
                        && v.shape().equals(NodeFactory.createURI(SHAPES + shape))),
                () -> "expected a violation of shapes:" + shape + " on " + focus + " at " + path + ":\n" + text(report, 50));
        assertTrue(violations.stream().allMatch(v -> v.focusNode().equals(focusNode)),
                () -> "only " + focus + " is wrong:\n" + text(report, 50));
        assertTrue(text(report, 50).contains(focus), "the text report names the focus node");
    }

    @Test
    void textListsAtMostTheLimitThenCountsTheRest() {
        ShapeReport report = Fixtures.validator().validate(Fixtures.graph("document-without-sha256", "malformed-sha256",
                "chebi-with-letters", "hgnc-with-letters", "section-without-title", "evidence-without-quote"));
        List<String> lines = text(report, 2).lines().toList();
        assertTrue(lines.get(0).startsWith("SHACL: does not conform: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("Violation: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("Violation: "), lines.get(2));
        int total = report.violations().size();
        assertEquals("... and " + (total - 2) + " more (" + total + " in all; --format turtle lists every one)", lines.get(3));
        assertTrue(lines.get(4).startsWith("by shape: shapes:"), lines.get(4));
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertEquals(total, report.countsByShape().values().stream().mapToLong(Long::longValue).sum());
        assertEquals((long) total, report.countsBySeverity().get(Severity.VIOLATION));
    }

    @Test
    void turtleIsTheShaclReportWithEveryResult() {
        ShapeReport report = Fixtures.validator().validate(Fixtures.graph("section-without-title", "association-polarity-maybe"));
        StringWriter out = new StringWriter();
        ReportFormat.TURTLE.write(report, new PrintWriter(out), 1);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(out.toString(), Lang.TURTLE).parse(model);
        assertEquals(1, model.listSubjectsWithProperty(RDF.type,
                model.createResource(SHACL.ValidationReport.getURI())).toList().size());
        assertEquals(report.violations().size(), model.listSubjectsWithProperty(model.createProperty(SHACL.focusNode.getURI())).toList().size());
        assertTrue(model.contains(null, model.createProperty(SHACL.resultPath.getURI()), model.createResource(DCTerms.title.getURI())));
        assertTrue(model.contains(null, model.createProperty(SHACL.resultPath.getURI()), model.createResource(AIRKG.polarity.getURI())));
    }

    @Test
    void aPropertyOutsideItsDomainIsAViolation() {
        // A citation carrying a reference's number (domain Reference, disjoint with Citation) would make the
        // graph inconsistent under OWL: shapes:DomainConsistent reports it.
        Graph graph = Fixtures.graph();
        graph.add(NodeFactory.createURI(ID + "citation/d1/55/1"), AIRKG.referenceNumber.asNode(),
                NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        ShapeReport report = Fixtures.validator().validate(graph);
        assertFalse(report.conforms());
        assertTrue(report.hasViolations());
        assertEquals(List.of(NodeFactory.createURI(SHAPES + "DomainConsistent")),
                report.violations().stream().map(ShapeReport.Violation::shape).toList(), () -> text(report, 50));
    }

    @Test
    void skosExactMatchOutsideTheKnownRegistriesIsAViolation() {
        Graph graph = Fixtures.graph();
        Node drug = NodeFactory.createURI(ID + "drug/letrozole");
        graph.add(drug, SKOS.exactMatch.asNode(), NodeFactory.createURI("https://example.org/drugs/letrozole"));
        ShapeReport report = Fixtures.validator().validate(graph);
        assertEquals(List.of(NodeFactory.createURI(SHAPES + "LexiconEntity-xref")),
                report.violations().stream().map(ShapeReport.Violation::shape).toList(), () -> text(report, 50));
    }

    @Test
    void missingShapesFileSaysWhich() {
        Path missing = Fixtures.root().resolve("ontology/no-such-shapes.ttl");
        AirkgException e = assertThrows(AirkgException.class,
                () -> GraphValidator.load(missing, Fixtures.root().resolve("ontology/airkg.ttl")));
        assertTrue(e.getMessage().startsWith(missing + ": "), e.getMessage());
    }

    static String text(ShapeReport report, int limit) {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.write(report, new PrintWriter(out), limit);
        return out.toString();
    }
}
