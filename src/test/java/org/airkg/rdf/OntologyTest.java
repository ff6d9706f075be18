package org.airkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** Checks {@code ontology/airkg.ttl}: annotations, header, required classes, OWL 2 DL reasoning and alignments. */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology", "airkg.ttl");
    static final Path ALIGNMENTS = Path.of("ontology", "alignments.sssom.tsv");

    private static final List<String> REQUIRED_CLASSES = List.of(
            "Document", "DocumentElement", "Section", "Paragraph", "Table", "Reference", "Publisher",
            "Drug", "DrugClass", "Gene", "Protein", "GeneVariant", "Pathway", "Biomarker", "ResistanceMechanism",
            "TherapeuticStrategy", "ClinicalTrial", "TrialArm", "Endpoint", "Measurement", "Regimen",
            "ExperimentalModel", "CellLine", "XenograftModel", "AnimalModel", "Disease", "AdverseEvent", "Protocol",
            "ProtocolStep", "Assay", "Figure", "FaqItem", "Citation", "Mention", "LexiconEntity");
    private static final List<Property> MAPPING_PROPERTIES = List.of(
            SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch);
    private static final String BIOLINK = "https://w3id.org/biolink/vocab/";
    /** Classes Biolink has no category for; each says why in its SSSOM comment. */
    private static final Set<String> NO_BIOLINK_CLASS = Set.of("Unit");

    private static Model model;

    @BeforeAll
    static void load() {
        model = RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** The kinds of term the ontology declares. */
    private static final List<Resource> KINDS = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, OWL2.NamedIndividual);

    /** Every class, property and named individual declared in the AIR-KG namespace. */
    static Set<Resource> declaredTerms(Model m) {
        Set<Resource> terms = new HashSet<>();
        for (Resource kind : KINDS) {
            m.listResourcesWithProperty(RDF.type, kind).filterKeep(r -> r.isURIResource()
                    && r.getURI().startsWith(AIRKG.NS)).forEachRemaining(terms::add);
        }
        return terms;
    }

    private static String local(Resource r) {
        return r.getURI().startsWith(AIRKG.NS) ? r.getURI().substring(AIRKG.NS.length()) : r.getURI();
    }

    private static Set<String> sorted(Stream<String> names) {
        return names.collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyTermHasAnEnglishLabelAndDefinition() {
        Set<Resource> terms = declaredTerms(model);
        assertTrue(terms.size() > 50, "too few terms declared: " + terms.size());
        Set<String> noLabel = sorted(terms.stream().filter(t -> !hasEnglish(t, RDFS.label)).map(OntologyTest::local));
        Set<String> noDefinition = sorted(terms.stream().filter(t -> !hasEnglish(t, SKOS.definition)).map(OntologyTest::local));
        assertTrue(noLabel.isEmpty(), "terms without an English rdfs:label: " + noLabel);
        assertTrue(noDefinition.isEmpty(), "terms without an English skos:definition: " + noDefinition);
    }

    private static boolean hasEnglish(Resource term, Property p) {
        return term.listProperties(p).toList().stream().map(Statement::getObject)
                .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en") && !o.asLiteral().getString().isBlank());
    }

    @Test
    void everyPropertyHasADomainAndARangeOfTheRightKind() {
        List<String> problems = new ArrayList<>();
        for (Resource kind : List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty)) {
            for (Resource p : model.listResourcesWithProperty(RDF.type, kind).toList()) {
                if (!p.getURI().startsWith(AIRKG.NS)) {
                    continue;
                }
                if (!p.hasProperty(RDFS.domain)) {
                    problems.add(local(p) + " has no rdfs:domain");
                }
                if (!p.hasProperty(RDFS.range)) {
                    problems.add(local(p) + " has no rdfs:range");
                }
                for (RDFNode range : p.listProperties(RDFS.range).mapWith(Statement::getObject).toList()) {
                    boolean datatype = range.isURIResource() && range.asResource().getURI().startsWith(XSD.NS);
                    if (datatype != kind.equals(OWL2.DatatypeProperty)) {
                        problems.add(local(p) + " is a " + kind.getLocalName() + " with range " + range);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyAirkgTermUsedIsDeclaredOnce() {
        Set<Resource> declared = declaredTerms(model);
        Set<String> undeclared = sorted(model.listStatements().toList().stream()
                .flatMap(s -> Stream.of(s.getSubject(), s.getPredicate(), s.getObject()))
                .filter(n -> n.isURIResource() && n.asResource().getURI().startsWith(AIRKG.NS))
                .map(RDFNode::asResource).filter(r -> !declared.contains(r)).map(OntologyTest::local));
        assertTrue(undeclared.isEmpty(), "AIR-KG terms used but not declared: " + undeclared);
        Set<String> twoKinds = sorted(declared.stream().filter(t -> t.listProperties(RDF.type).toList().stream()
                .map(Statement::getObject).filter(KINDS::contains).count() > 1).map(OntologyTest::local));
        assertTrue(twoKinds.isEmpty(), "terms declared as more than one kind: " + twoKinds);
    }

    @Test
    void headerDescribesTheOntology() {
        Resource ontology = model.createResource(AIRKG.ONTOLOGY_IRI);
        assertTrue(ontology.hasProperty(RDF.type, OWL2.Ontology), "no owl:Ontology " + AIRKG.ONTOLOGY_IRI);
        assertEquals("0.1.0", ontology.getProperty(OWL2.versionInfo).getString());
        assertTrue(hasEnglish(ontology, DCTerms.title), "no English dcterms:title");
        assertTrue(hasEnglish(ontology, DCTerms.description), "no English dcterms:description");
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                ontology.getPropertyResourceValue(DCTerms.license).getURI());
        Literal created = ontology.getProperty(DCTerms.created).getLiteral();
        assertEquals("2026-11-22", created.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), created.getDatatypeURI());
    }

    @Test
    void requiredClassesAreDeclared() {
        Set<String> missing = sorted(REQUIRED_CLASSES.stream()
                .filter(c -> !model.contains(model.createResource(AIRKG.NS + c), RDF.type, OWL2.Class)));
        assertTrue(missing.isEmpty(), "required classes missing: " + missing);
    }

    @Test
    void hermitFindsTheOntologyConsistentWithNoUnsatisfiableClass() throws OWLOntologyCreationException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(ONTOLOGY.toFile());
        OWLOntologyLoaderMetaData loaded = manager.getOntologyFormat(ontology).getOntologyLoaderMetaData().orElseThrow();
        List<String> unparsed = loaded.getUnparsedTriples().map(Object::toString).sorted().toList();
        assertTrue(unparsed.isEmpty(), "triples the OWL API could not turn into axioms:\n" + String.join("\n", unparsed));
        List<String> violations = new OWL2DLProfile().checkOntology(ontology).getViolations().stream()
                .map(Object::toString).sorted().toList();
        assertTrue(violations.isEmpty(), "OWL 2 DL profile violations:\n" + String.join("\n", violations));

        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT: the ontology is inconsistent");
            Set<String> unsatisfiable = sorted(reasoner.getUnsatisfiableClasses().entities()
                    .filter(c -> !c.isOWLNothing()).map(OWLClass::getIRI).map(Object::toString));
            assertTrue(unsatisfiable.isEmpty(), "HermiT: unsatisfiable classes " + unsatisfiable);
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void mappingTriplesAreExactlyTheSssomRows() throws IOException {
        Set<String> inOntology = sorted(MAPPING_PROPERTIES.stream()
                .flatMap(p -> model.listStatements(null, p, (RDFNode) null).toList().stream())
                .map(s -> triple(s.getSubject().getURI(), s.getPredicate().getURI(), s.getObject().asResource().getURI())));
        Sssom sssom = Sssom.read(ALIGNMENTS);
        Set<String> inSssom = sorted(sssom.rows().stream().map(r -> triple(sssom.expand(r.get("subject_id")),
                sssom.expand(r.get("predicate_id")), sssom.expand(r.get("object_id")))));
        Set<String> onlyOntology = new TreeSet<>(inOntology);
        onlyOntology.removeAll(inSssom);
        Set<String> onlySssom = new TreeSet<>(inSssom);
        onlySssom.removeAll(inOntology);
        assertTrue(onlyOntology.isEmpty() && onlySssom.isEmpty(), "mappings in airkg.ttl but not in the SSSOM file: "
                + onlyOntology + "\nrows in the SSSOM file but not in airkg.ttl: " + onlySssom);
        assertEquals(inOntology.size(), sssom.rows().size(), "duplicate rows in " + ALIGNMENTS);
    }

    private static String triple(String s, String p, String o) {
        return "<" + s + "> <" + p + "> <" + o + ">";
    }

    @Test
    void sssomRowsAreCompleteAndMatchTheOntologyLabels() throws IOException {
        Sssom sssom = Sssom.read(ALIGNMENTS);
        for (String key : List.of("curie_map", "mapping_set_id", "license")) {
            assertTrue(sssom.metadata().containsKey(key), "SSSOM metadata lacks " + key);
        }
        List<String> problems = new ArrayList<>();
        for (Sssom.Row row : sssom.rows()) {
            String where = ALIGNMENTS + ":" + row.line() + ": ";
            Resource subject = model.createResource(sssom.expand(row.get("subject_id")));
            String label = subject.hasProperty(RDFS.label) ? subject.getProperty(RDFS.label).getString() : null;
            if (!row.get("subject_label").equals(label)) {
                problems.add(where + "subject_label '" + row.get("subject_label") + "' but rdfs:label '" + label + "'");
            }
            if (!row.get("mapping_justification").equals("semapv:ManualMappingCuration")) {
                problems.add(where + "mapping_justification is " + row.get("mapping_justification"));
            }
            for (String column : List.of("object_label", "see_also", "confidence")) {
                if (row.get(column).isBlank()) {
                    problems.add(where + column + " is empty");
                }
            }
            double confidence = Double.parseDouble(row.get("confidence"));
            if (confidence <= 0 || confidence > 1) {
                problems.add(where + "confidence out of (0, 1]: " + confidence);
            }
            if (sssom.expand(row.get("object_id")).startsWith(AIRKG.NS)) {
                problems.add(where + "object is an AIR-KG term: " + row.get("object_id"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyClassIsAlignedToABiolinkCategory() {
        Set<String> unaligned = sorted(model.listResourcesWithProperty(RDF.type, OWL2.Class).toList().stream()
                .filter(c -> c.isURIResource() && c.getURI().startsWith(AIRKG.NS))
                .filter(c -> MAPPING_PROPERTIES.stream().noneMatch(p -> c.listProperties(p).toList().stream()
                        .anyMatch(s -> s.getObject().isURIResource()
                                && s.getObject().asResource().getURI().startsWith(BIOLINK))))
                .map(OntologyTest::local).filter(c -> !NO_BIOLINK_CLASS.contains(c)));
        assertTrue(unaligned.isEmpty(), "classes without a Biolink alignment: " + unaligned);
    }

    /**
     * An SSSOM TSV file: the YAML metadata block (its top-level keys and the curie map) and the rows. Split by
     * hand: the file holds no quoted fields, and commons-csv on the test class path meets HermiT's commons-io 2.5.
     */
    record Sssom(Map<String, String> metadata, Map<String, String> curieMap, List<Row> rows) {
        /** One mapping row, by column name, with its line number in the file. */
        record Row(int line, Map<String, String> cells) {
            String get(String column) {
                String value = cells.get(column);
                assertTrue(value != null, ALIGNMENTS + ":" + line + ": no column " + column);
                return value;
            }
        }

        static Sssom read(Path file) throws IOException {
            Map<String, String> metadata = new LinkedHashMap<>();
            Map<String, String> curies = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            List<String> header = null;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("#  ")) {
                    String[] kv = line.substring(3).split(":", 2);
                    curies.put(kv[0].trim(), unquote(kv[1]));
                } else if (line.startsWith("#")) {
                    String[] kv = line.substring(1).split(":", 2);
                    metadata.put(kv[0].trim(), unquote(kv[1]));
                } else if (header == null) {
                    header = List.of(line.split("\t", -1));
                } else if (!line.isBlank()) {
                    String[] cells = line.split("\t", -1);
                    assertEquals(header.size(), cells.length, file + ":" + (i + 1) + ": cells do not match the header");
                    Map<String, String> byColumn = new LinkedHashMap<>();
                    for (int c = 0; c < cells.length; c++) {
                        byColumn.put(header.get(c), cells[c]);
                    }
                    rows.add(new Row(i + 1, byColumn));
                }
            }
            return new Sssom(metadata, curies, rows);
        }

        private static String unquote(String value) {
            String v = value.trim();
            return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        }

        /** The IRI a CURIE of this mapping set stands for; fails on an unknown prefix. */
        String expand(String curie) {
            String[] parts = curie.split(":", 2);
            String base = curieMap.get(parts[0]);
            assertTrue(base != null, "prefix '" + parts[0] + "' of " + curie + " is not in the curie_map");
            return base + parts[1];
        }
    }
}
