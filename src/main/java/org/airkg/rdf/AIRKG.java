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
    /** A table of a document. */
    public static final Resource Table = cls("Table");
    /** An entry of a document's numbered reference list. */
    public static final Resource Reference = cls("Reference");
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
