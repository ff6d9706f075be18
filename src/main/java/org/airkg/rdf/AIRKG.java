package org.airkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the terms of the AIR-KG ontology ({@code ontology/airkg.ttl}), in the style of Jena's
 * schemagen vocabularies. {@code AIRKGTest} checks that every constant here is declared in the ontology.
 */
public final class AIRKG {
    /** The ontology's IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/airkg/ontology";
    /** The namespace of every term: the ontology IRI followed by {@code #}. */
    public static final String NS = ONTOLOGY_IRI + "#";

    private AIRKG() {}

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // ---- Document structure ------------------------------------------------------------------------

    /** A source document: a vendor technical note, review or trial report read from the corpus. */
    public static final Resource Document = cls("Document");
    /** A part of a document that has a span in the source file. */
    public static final Resource DocumentElement = cls("DocumentElement");
    /** A headed section of a document. */
    public static final Resource Section = cls("Section");
    /** A paragraph or list item of running text. */
    public static final Resource Paragraph = cls("Paragraph");
    public static final Resource TitleLine = cls("TitleLine");
    /** A table of a document. */
    public static final Resource Table = cls("Table");
    /** An entry of a document's numbered reference list. */
    public static final Resource Reference = cls("Reference");
    /** A figure, known by its caption. */
    public static final Resource Figure = cls("Figure");
    /** A question and its answer from a FAQ block. */
    public static final Resource FaqItem = cls("FaqItem");
    /** An in-text citation marker pointing at an entry of the reference list. */
    public static final Resource Citation = cls("Citation");
    /** A sentence of a paragraph, list item, caption, table cell or FAQ item. */
    public static final Resource Sentence = cls("Sentence");
    /** A row of a table, the header row included. */
    public static final Resource TableRow = cls("TableRow");
    /** A cell of a table row. */
    public static final Resource TableCell = cls("TableCell");
    /** A protocol given as steps in a document. */
    public static final Resource Protocol = cls("Protocol");
    /** One step of a protocol. */
    public static final Resource ProtocolStep = cls("ProtocolStep");
    /** A quantity a protocol step states. */
    public static final Resource ProtocolParameter = cls("ProtocolParameter");
    /** A span of text that names, or may name, a lexicon entity. */
    public static final Resource Mention = cls("Mention");
    /** A statement that a subject entity stands in a relation to an object entity, with qualifiers and evidence. */
    public static final Resource Association = cls("Association");
    /** A passage of a document that states an association, with its quote and span. */
    public static final Resource Evidence = cls("Evidence");
    /** An organisation that publishes documents. */
    public static final Resource Publisher = cls("Publisher");

    /** Links a document to each of its sections. */
    public static final Property hasSection = prop("hasSection");
    /** Links a section to the section that contains it. */
    public static final Property parentSection = prop("parentSection");
    /** Links a document element to the document it is part of. */
    public static final Property inDocument = prop("inDocument");
    /** Links a document element to the innermost section it is in. */
    public static final Property inSection = prop("inSection");
    /** Links a document to an entry of its reference list. */
    public static final Property hasReference = prop("hasReference");
    /** Links a document element to one of its sentences. */
    public static final Property hasSentence = prop("hasSentence");
    /** Links a mention to the sentence of its element that its text starts in. */
    public static final Property inSentence = prop("inSentence");
    /** A kind of statement that words of a sentence mark, such as resistance or treatment after a prior therapy failed. */
    public static final Resource SentenceCue = cls("SentenceCue");
    /** Links a sentence to a sentence cue whose pattern its text holds. */
    public static final Property hasCue = prop("hasCue");
    /** The regular expression whose match, anywhere in a sentence's text and ignoring case, marks it with the cue. */
    public static final Property cuePattern = prop("cuePattern");
    /** Links a document element to a citation marker in its text. */
    public static final Property hasCitation = prop("hasCitation");
    /** Links a citation marker to the reference it cites. */
    public static final Property citesReference = prop("citesReference");
    /** Links a document element directly to a reference its text cites. */
    public static final Property cites = prop("cites");
    /** Links a table to one of its rows. */
    public static final Property hasRow = prop("hasRow");
    /** Links a table row to one of its cells. */
    public static final Property hasCell = prop("hasCell");
    /** Links a table cell to the header cell of its column. */
    public static final Property columnHeader = prop("columnHeader");
    /** Links a document to a protocol it gives. */
    public static final Property hasProtocol = prop("hasProtocol");
    /** Links a plan, such as a protocol, to the section that describes it. */
    public static final Property describedIn = prop("describedIn");
    /** Links a protocol to one of its steps. */
    public static final Property hasStep = prop("hasStep");
    /** Links a sub-step to the step it belongs to. */
    public static final Property parentStep = prop("parentStep");
    /** Links a protocol step to the list item it was read from. */
    public static final Property readFrom = prop("readFrom");
    /** Links a protocol step to a quantity it states. */
    public static final Property hasParameter = prop("hasParameter");
    /** The index of a row in its table, from 0. */
    public static final Property rowIndex = prop("rowIndex");
    /** The index of a cell's column, from 0. */
    public static final Property columnIndex = prop("columnIndex");
    /** True for the header row of a table. */
    public static final Property isHeader = prop("isHeader");
    /** How a table's rows are written in the source. */
    public static final Property tableLayout = prop("tableLayout");
    /** The nesting of a list item. */
    public static final Property listDepth = prop("listDepth");
    /** The number of a FAQ item's question. */
    public static final Property faqNumber = prop("faqNumber");
    /** The question of a FAQ item. */
    public static final Property questionText = prop("questionText");
    /** The answer of a FAQ item. */
    public static final Property answerText = prop("answerText");
    /** The number of a step in its protocol's outline ("3.2"). */
    public static final Property stepNumber = prop("stepNumber");
    /** The ordinal of a step in its protocol's reading order. */
    public static final Property stepIndex = prop("stepIndex");
    /** The label a protocol step opens with. */
    public static final Property stepLabel = prop("stepLabel");
    /** The text of a protocol step. */
    public static final Property stepText = prop("stepText");
    /** An item of a protocol's materials list. */
    public static final Property material = prop("material");
    /** Links a mention to the lexicon entity it names. */
    public static final Property mentionOf = prop("mentionOf");
    /** Links a mention to the document element whose text holds it. */
    public static final Property mentionIn = prop("mentionIn");
    /** Links an ambiguous mention to each entity it may name. */
    public static final Property possibleReferent = prop("possibleReferent");
    /** How a mention was resolved: LINKED, AMBIGUOUS or CANDIDATE. */
    public static final Property mentionStatus = prop("mentionStatus");
    /** How sure the method that produced a mention is, from 0 to 1. */
    public static final Property confidence = prop("confidence");
    /** The rule or method that produced a mention. */
    public static final Property method = prop("method");
    /** The class a candidate mention's shape suggests. */
    public static final Property candidateKind = prop("candidateKind");
    /** Links an association to its subject entity. */
    public static final Property assocSubject = prop("assocSubject");
    /** Links an association to the ontology property relating its subject to its object. */
    public static final Property assocPredicate = prop("assocPredicate");
    /** Links an association to its object entity. */
    public static final Property assocObject = prop("assocObject");
    /** Links an association to a passage that states it. */
    public static final Property hasEvidence = prop("hasEvidence");
    /** Links an association to the experimental model its evidence comes from. */
    public static final Property inModel = prop("inModel");
    /** Links an association to the disease or setting it holds in. */
    public static final Property inIndication = prop("inIndication");
    /** Whether the evidence supports the association or states that it does not hold. */
    public static final Property polarity = prop("polarity");
    /** Whether the evidence states the association as a finding ("asserted") or as a hypothesis ("hypothesised"). */
    public static final Property modality = prop("modality");
    /** Whether an association rests on clinical or preclinical evidence. */
    public static final Property evidenceKind = prop("evidenceKind");
    /** The number of passages stating an association. */
    public static final Property evidenceCount = prop("evidenceCount");
    /** Why a curator added a statement that extraction missed. */
    public static final Property curationNote = prop("curationNote");
    /** Links a trial, arm or model to a measurement. */
    public static final Property hasMeasurement = prop("hasMeasurement");
    /** Links a measurement to its endpoint. */
    public static final Property measuredEndpoint = prop("measuredEndpoint");
    /** A measurement's exact value. */
    public static final Property numericValue = prop("numericValue");
    /** The lower end of a stated range. */
    public static final Property lowerBound = prop("lowerBound");
    /** The upper end of a stated range. */
    public static final Property upperBound = prop("upperBound");
    /** How the stated value bounds the measured one (=, ~, <, ≤, >, ≥). */
    public static final Property comparator = prop("comparator");
    /** A measurement's unit, a unit-vocabulary IRI. */
    public static final Property unit = prop("unit");
    /** A measurement's unit as written. */
    public static final Property unitText = prop("unitText");
    /** The cell text, or the quantity as a sentence writes it, a measurement was read from. */
    public static final Property valueText = prop("valueText");
    /** The kind of statistic a measurement is. */
    public static final Property statisticType = prop("statisticType");
    /** The lower bound of a confidence interval. */
    public static final Property ciLower = prop("ciLower");
    /** The upper bound of a confidence interval. */
    public static final Property ciUpper = prop("ciUpper");
    /** The level of a confidence interval. */
    public static final Property ciLevel = prop("ciLevel");
    /** The p-value stated with an effect estimate in running text. */
    public static final Property pValue = prop("pValue");
    /** How a stated p-value bounds the true one: =, <, >, ≤ or ≥. */
    public static final Property pValueComparator = prop("pValueComparator");
    /** A significance verdict stated instead of a p-value. */
    public static final Property significance = prop("significance");
    /** Links a gene variant to the gene it is a variant of. */
    public static final Property variantOf = prop("variantOf");
    /** The direction of a fold change: increase or decrease. */
    public static final Property changeDirection = prop("changeDirection");
    /** Which analysis of a trial a value comes from: interim, final, updated or primary. */
    public static final Property analysis = prop("analysis");
    /** Who assessed the outcome a value measures: investigator or central review. */
    public static final Property assessment = prop("assessment");
    /** The cohort or subgroup words of the row or column a value stands in. */
    public static final Property cohort = prop("cohort");
    /** When a value was observed: a time ("6 month") or an event ("progression"). */
    public static final Property timepoint = prop("timepoint");
    /** The population a measured value was observed in, as its table states it. */
    public static final Property population = prop("population");
    /** What a value was selected by ("p<0.05, fold change > 1.20"), as written. */
    public static final Property selectionCriterion = prop("selectionCriterion");
    /** Links a measurement to an entity its row is about. */
    public static final Property aboutEntity = prop("aboutEntity");
    /** What a measurement that is not a trial outcome measures: frequency, absorbance wavelength or seeding density. */
    public static final Property quantityKind = prop("quantityKind");
    /** The culture vessel an assay parameter applies to, as written ("96-well plate"). */
    public static final Property cultureVessel = prop("cultureVessel");
    /** Two or more measurements of one quantity, from different places, whose values differ beyond rounding. */
    public static final Resource MeasurementConflict = cls("MeasurementConflict");
    /** Links a conflict to a measurement it compares. */
    public static final Property conflictingMeasurement = prop("conflictingMeasurement");
    /** The quantity a conflict's measurements are values of, with the qualifiers they share. */
    public static final Property comparedQuantity = prop("comparedQuantity");
    /** Links a trial to one of its arms. */
    public static final Property hasArm = prop("hasArm");
    public static final Property comparedArm = prop("comparedArm");
    /** Links a trial arm to a drug it gives. */
    public static final Property armDrug = prop("armDrug");
    /** A measurement of observed values. */
    public static final Resource Measurement = cls("Measurement");
    /** An arm of a trial or experiment. */
    public static final Resource TrialArm = cls("TrialArm");
    /** The reference number a citation marker cites. */
    public static final Property citedNumber = prop("citedNumber");
    /** A resistance mechanism. */
    public static final Resource ResistanceMechanism = cls("ResistanceMechanism");
    /** A step of a resistance mechanism's chain. */
    public static final Resource MechanismStep = cls("MechanismStep");
    /** A strategy proposed against resistance. */
    public static final Resource TherapeuticStrategy = cls("TherapeuticStrategy");
    /** Links a drug to a mechanism of resistance to it. */
    public static final Property hasMechanism = prop("hasMechanism");
    /** Links a mechanism to an entity that takes part in it. */
    public static final Property involvesEntity = prop("involvesEntity");
    /** Links a mechanism to a strategy proposed against it. */
    public static final Property proposedStrategy = prop("proposedStrategy");
    /** Links a mechanism to one of its steps. */
    public static final Property hasMechanismStep = prop("hasMechanismStep");
    /** Links a mechanism to the model it was observed in. */
    public static final Property observedIn = prop("observedIn");
    /** The role of a mechanism step. */
    public static final Property stepRole = prop("stepRole");
    /** The place of a step in its chain. */
    public static final Property stepOrder = prop("stepOrder");
    /** The text stating a mechanism step. */
    public static final Property stepStatement = prop("stepStatement");
    /** Links a mechanism step to its evidence. */
    public static final Property stepEvidence = prop("stepEvidence");
    /** The exact text of the source file a piece of evidence cites. */
    public static final Property quote = prop("quote");
    /** The depth of a section heading: 1 for the document title, 2 for top-level sections, and so on. */
    public static final Property headingLevel = prop("headingLevel");
    /** The ordinal of an element among its kind within its document, from 1, in reading order. */
    public static final Property position = prop("position");
    /** The offset, in Unicode code points, of an element's first character in the source file's text. */
    public static final Property startOffset = prop("startOffset");
    /** The offset, in Unicode code points, just past an element's last character in the source file's text. */
    public static final Property endOffset = prop("endOffset");
    /** The line, from 1, of the source file on which an element starts. */
    public static final Property startLine = prop("startLine");
    /**
     * The text of an element as in the source file, with line breaks and the gaps a page break left inside a
     * paragraph folded to single spaces; a table's text is its rows exactly as in the file.
     */
    public static final Property text = prop("text");
    /** The kind of a paragraph block: running text, list item, caption or question and answer. */
    public static final Property blockKind = prop("blockKind");
    /** The number a reference carries in its document's reference list. */
    public static final Property referenceNumber = prop("referenceNumber");
    /** The host name of the web site a reference points to, as the document gives it. */
    public static final Property sourceHost = prop("sourceHost");
    /** Links a document to the lexicon's drug that is the compound the document is about. */
    public static final Property compoundOfInterest = prop("compoundOfInterest");
    /** The name of the chemical compound a document is about. */
    public static final Property compoundName = prop("compoundName");
    /** The vendor's catalogue number of the compound a document is about. */
    public static final Property catalogNumber = prop("catalogNumber");
    /** The CAS Registry Number of the compound a document is about. */
    public static final Property casNumber = prop("casNumber");
    /** The lower-case hexadecimal SHA-256 digest of the source file's bytes. */
    public static final Property sha256 = prop("sha256");
    /** The name of the source file in the corpus. */
    public static final Property fileName = prop("fileName");
    /** The size of the source file in bytes. */
    public static final Property byteSize = prop("byteSize");
    /** The citation text a document asks its readers to use. */
    public static final Property howToCite = prop("howToCite");
    /** The version of the AIR-KG loader that produced a graph. */
    public static final Property loaderVersion = prop("loaderVersion");
}
