package org.airkg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes AIR-KG writes its RDF with. */
public final class Namespaces {
    private Namespaces() {}

    /** Sets AIR-KG's prefixes on a prefix mapping (a model, a graph, a writer's prefix map). */
    public static <T extends PrefixMapping> T setPrefixes(T mapping) {
        mapping.setNsPrefix("airkg", AIRKG.NS);
        mapping.setNsPrefix("id", Iris.ID);
        mapping.setNsPrefix("rdf", RDF.getURI());
        mapping.setNsPrefix("rdfs", RDFS.getURI());
        mapping.setNsPrefix("owl", OWL.getURI());
        mapping.setNsPrefix("xsd", XSD.NS);
        mapping.setNsPrefix("skos", SKOS.getURI());
        mapping.setNsPrefix("dcterms", DCTerms.getURI());
        mapping.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        return mapping;
    }
}
