package org.airkg.export;

import java.nio.file.Path;
import org.airkg.rdf.AIRKG;
import org.airkg.rdf.Iris;
import org.airkg.rdf.Namespaces;
import org.airkg.store.TdbStore;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A small dataset built the way the build writes one: lexicon entities in the lexicon graph; in each of two
 * documents' graphs, linked mentions and Biolink-style associations with evidence. The same relation
 * (CCNE1 biomarker of resistance to palbociclib) is stated in both documents; fulvestrant and neutropenia are
 * related twice, once supported and once denied; ESR1 is in the lexicon but neither mentioned nor related.
 */
final class ExportFixture {
    static final String DOC1 = Iris.document("001_fixture");
    static final String DOC2 = Iris.document("002_fixture");
    static final String LETROZOLE = Iris.id("drug", "letrozole");
    static final String PALBOCICLIB = Iris.id("drug", "palbociclib");
    static final String FULVESTRANT = Iris.id("drug", "fulvestrant");
    static final String EVEROLIMUS = Iris.id("drug", "everolimus");
    static final String CCNE1 = Iris.id("gene", "CCNE1");
    static final String CYP19A1 = Iris.id("gene", "CYP19A1");
    static final String ESR1 = Iris.id("gene", "ESR1");
    static final String PI3K = Iris.id("pathway", "pi3k-akt-mtor");
    static final String MCF7 = Iris.id("cellline", "MCF-7");
    static final String LTLT = Iris.id("cellline", "LTLT-Ca");
    static final String PALOMA2 = Iris.id("clinicaltrial", "PALOMA-2");
    static final String BREAST_CANCER = Iris.id("disease", "breast-cancer");
    static final String NEUTROPENIA = Iris.id("adverseevent", "neutropenia");
    /** A quote with characters XML, JSON, CSV and DOT must escape. */
    static final String HARD_QUOTE = "High CCNE1 <expression> & \"resistance\" to palbociclib, in cells; 5\u00a0% (\u2265 2-fold)";

    private ExportFixture() {}

    /** The dataset, in memory, its default graph empty as the build assembles it. */
    static Dataset dataset() {
        Dataset dataset = DatasetFactory.createTxnMem();
        Model lexicon = model();
        entity(lexicon, LETROZOLE, "Drug", "letrozole", "http://purl.obolibrary.org/obo/CHEBI_6413", "https://go.drugbank.com/drugs/DB01006");
        entity(lexicon, PALBOCICLIB, "Drug", "palbociclib", "http://purl.obolibrary.org/obo/CHEBI_85993", "https://go.drugbank.com/drugs/DB09073");
        entity(lexicon, FULVESTRANT, "Drug", "fulvestrant", "https://go.drugbank.com/drugs/DB00947");
        entity(lexicon, EVEROLIMUS, "Drug", "everolimus", "http://purl.obolibrary.org/obo/CHEBI_68478");
        entity(lexicon, CCNE1, "Gene", "CCNE1", "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/1589",
                "https://www.ncbi.nlm.nih.gov/gene/898");
        entity(lexicon, CYP19A1, "Gene", "CYP19A1", "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/2594");
        entity(lexicon, ESR1, "Gene", "ESR1", "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/3467");
        entity(lexicon, PI3K, "Pathway", "PI3K/AKT/mTOR signalling", "https://reactome.org/content/detail/R-HSA-1257604");
        entity(lexicon, MCF7, "CellLine", "MCF-7", "https://www.cellosaurus.org/CVCL_0031");
        entity(lexicon, LTLT, "CellLine", "LTLT-Ca");
        entity(lexicon, PALOMA2, "ClinicalTrial", "PALOMA-2", "https://clinicaltrials.gov/study/NCT01740427");
        entity(lexicon, BREAST_CANCER, "Disease", "breast cancer", "http://purl.obolibrary.org/obo/MONDO_0007254");
        entity(lexicon, NEUTROPENIA, "AdverseEvent", "neutropenia", "http://purl.obolibrary.org/obo/HP_0001875");
        dataset.addNamedModel(Iris.LEXICON_GRAPH, lexicon);

        Model doc1 = model();
        String s1 = "001_fixture";
        mentions(doc1, s1, DOC1, LETROZOLE, 3);
        mentions(doc1, s1, DOC1, PALBOCICLIB, 1);
        mentions(doc1, s1, DOC1, CCNE1, 2);
        mentions(doc1, s1, DOC1, MCF7, 1);
        mentions(doc1, s1, DOC1, LTLT, 1);
        mentions(doc1, s1, DOC1, BREAST_CANCER, 1);
        mentions(doc1, s1, DOC1, PI3K, 1);
        doc1.createResource(Iris.id("mention", s1 + "/ambiguous"), AIRKG.Mention)
                .addProperty(AIRKG.inDocument, doc1.createResource(DOC1))
                .addProperty(AIRKG.possibleReferent, doc1.createResource(ESR1));
        association(doc1, s1, 1, CCNE1, "biomarkerOfResistanceTo", PALBOCICLIB, "supports", "preclinical", 2,
                evidence(DOC1, 500, "CCNE1 amplification predicts resistance to palbociclib."), evidence(DOC1, 120, HARD_QUOTE));
        association(doc1, s1, 2, LETROZOLE, "targets", CYP19A1, "supports", "preclinical", 1,
                evidence(DOC1, 40, "Letrozole inhibits aromatase (CYP19A1)."));
        association(doc1, s1, 3, LTLT, "derivedFrom", MCF7, "supports", "preclinical", 1,
                evidence(DOC1, 900, "LTLT-Ca cells were derived from MCF-7 cells."));
        association(doc1, s1, 4, EVEROLIMUS, "inhibits", PI3K, "supports", "preclinical", 1,
                evidence(DOC1, 1200, "Everolimus blocks mTOR signalling."));
        dataset.addNamedModel(Iris.documentGraph(s1), doc1);

        Model doc2 = model();
        String s2 = "002_fixture";
        mentions(doc2, s2, DOC2, LETROZOLE, 2);
        mentions(doc2, s2, DOC2, PALBOCICLIB, 1);
        mentions(doc2, s2, DOC2, CYP19A1, 1);
        mentions(doc2, s2, DOC2, FULVESTRANT, 1);
        mentions(doc2, s2, DOC2, PALOMA2, 1);
        mentions(doc2, s2, DOC2, NEUTROPENIA, 1);
        association(doc2, s2, 1, CCNE1, "biomarkerOfResistanceTo", PALBOCICLIB, "supports", "clinical", -1,
                evidence(DOC2, 40, "In PALOMA-2, high CCNE1 went with shorter progression-free survival."));
        association(doc2, s2, 2, PALBOCICLIB, "combinedWith", LETROZOLE, "supports", "clinical", 1,
                evidence(DOC2, 10, "Palbociclib plus letrozole was given first-line."));
        association(doc2, s2, 3, FULVESTRANT, "causesAdverseEvent", NEUTROPENIA, "does-not-support", "clinical", 1,
                evidence(DOC2, 300, "Neutropenia was not seen with fulvestrant alone."));
        association(doc2, s2, 4, FULVESTRANT, "causesAdverseEvent", NEUTROPENIA, "supports", "clinical", 2,
                evidence(DOC2, 350, "Neutropenia was reported with fulvestrant."));
        association(doc2, s2, 5, PALBOCICLIB, "evaluatedInTrial", PALOMA2, "supports", "clinical", 1);
        dataset.addNamedModel(Iris.documentGraph(s2), doc2);
        return dataset;
    }

    /** The dataset written into a TDB2 store at {@code dir} and opened, as the CLI reads it. */
    static Dataset store(Path dir) {
        TdbStore.replace(dir, dataset());
        return TdbStore.open(dir);
    }

    private static Model model() {
        return Namespaces.setPrefixes(ModelFactory.createDefaultModel());
    }

    private static void entity(Model m, String iri, String cls, String label, String... ids) {
        Resource r = m.createResource(iri, m.createResource(AIRKG.NS + cls)).addProperty(RDFS.label, label)
                .addProperty(SKOS.altLabel, label.toUpperCase(java.util.Locale.ROOT));
        for (String id : ids) {
            r.addProperty(SKOS.exactMatch, m.createResource(id));
        }
    }

    private static void mentions(Model m, String stem, String doc, String entity, int count) {
        String slug = entity.substring(entity.lastIndexOf('/') + 1);
        for (int i = 0; i < count; i++) {
            m.createResource(Iris.id("mention", stem + "/" + slug + "-" + i), AIRKG.Mention)
                    .addProperty(AIRKG.inDocument, m.createResource(doc))
                    .addProperty(AIRKG.mentionOf, m.createResource(entity))
                    .addProperty(AIRKG.mentionStatus, "LINKED");
        }
    }

    /** One piece of evidence: its document, start offset and quote. */
    record Evidence(String document, int start, String quote) {}

    private static Evidence evidence(String document, int start, String quote) {
        return new Evidence(document, start, quote);
    }

    private static void association(Model m, String stem, int n, String s, String predicate, String o, String polarity,
            String kind, int count, Evidence... evidence) {
        Property p = m.createProperty(AIRKG.NS + predicate);
        Resource a = m.createResource(Iris.id("association", stem + "/" + n), AIRKG.Association)
                .addProperty(AIRKG.assocSubject, m.createResource(s))
                .addProperty(AIRKG.assocPredicate, p)
                .addProperty(AIRKG.assocObject, m.createResource(o))
                .addProperty(AIRKG.polarity, polarity)
                .addProperty(AIRKG.evidenceKind, kind);
        if (count >= 0) {
            a.addLiteral(AIRKG.evidenceCount, m.createTypedLiteral(String.valueOf(count), XSDDatatype.XSDnonNegativeInteger));
        }
        int i = 0;
        for (Evidence e : evidence) {
            a.addProperty(AIRKG.hasEvidence, m.createResource(Iris.id("evidence", stem + "/" + n + "-" + i++), AIRKG.Evidence)
                    .addProperty(AIRKG.inDocument, m.createResource(e.document()))
                    .addProperty(AIRKG.quote, e.quote())
                    .addLiteral(AIRKG.startOffset, m.createTypedLiteral(String.valueOf(e.start()), XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(AIRKG.endOffset, m.createTypedLiteral(String.valueOf(e.start() + e.quote().length()),
                            XSDDatatype.XSDnonNegativeInteger)));
        }
        m.createResource(s).addProperty(p, m.createResource(o));
    }
}
