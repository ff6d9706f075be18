package org.airkg.rdf;

import java.util.Locale;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.Xref;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the lexicon's entries as RDF, through Jena's API.
 *
 * <p>Each entry becomes {@code https://w3id.org/airkg/id/{kind}/{id}}, where {@code kind} is its class local
 * name lower-cased ({@code .../id/drug/letrozole}), with:
 * <ul>
 *   <li>{@code rdf:type} the ontology class {@code airkg:{class}};</li>
 *   <li>{@code rdfs:label} its label and {@code skos:altLabel} each synonym, as plain string literals (the
 *       names mix words, brand names and code names, so no language tag is claimed);</li>
 *   <li>{@code skos:exactMatch} the expanded IRI of each xref.</li>
 * </ul>
 *
 * <p>Where each identifier was confirmed is recorded without RDF-star and without blank nodes, by a named
 * RDF reification of the {@code skos:exactMatch} triple:
 * <pre>
 * &lt;https://w3id.org/airkg/id/xref/letrozole/CHEBI-6413&gt;
 *     a rdf:Statement ;
 *     rdf:subject   &lt;https://w3id.org/airkg/id/drug/letrozole&gt; ;
 *     rdf:predicate skos:exactMatch ;
 *     rdf:object    &lt;http://purl.obolibrary.org/obo/CHEBI_6413&gt; ;
 *     dcterms:source &lt;https://...where it was confirmed...&gt; .
 * </pre>
 * The statement node is {@code https://w3id.org/airkg/id/xref/{id}/{prefix}-{local}}, so each is minted from
 * the entry and the identifier alone. It has one {@code dcterms:source} per source of {@code confirmedBy}
 * (several are separated by {@code ;}): an IRI for an http(s) URL, with any note written after the URL as an
 * {@code rdfs:comment}; a string literal otherwise (the {@code owner/repo/path} of a public file). Reification asserts nothing by itself; the
 * {@code skos:exactMatch} triple is also asserted directly.
 *
 * <pre>{@code
 * Model model = ModelFactory.createDefaultModel();
 * LexiconMapper.map(Lexicon.load(Path.of("data/lexicon")), model);
 * }</pre>
 */
public final class LexiconMapper {
    private LexiconMapper() {}

    /** Adds the triples of every curated entry of {@code lexicon} to {@code model}. */
    public static void map(Lexicon lexicon, Model model) {
        map(lexicon, java.util.Set.of(), model);
    }

    /**
     * Adds the triples of every curated entry of {@code lexicon}, and of the vocabulary and pattern entities among
     * {@code used} (the ids the documents mention), to {@code model}; a variant's gene comes with it.
     */
    public static void map(Lexicon lexicon, java.util.Set<String> used, Model model) {
        java.util.Set<String> done = new java.util.HashSet<>();
        for (LexiconEntry entry : lexicon.entries()) {
            map(entry, model);
            done.add(entry.id());
        }
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(new java.util.TreeSet<>(used));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (done.add(id)) {
                lexicon.byId(id).ifPresent(entry -> {
                    map(entry, model);
                    entry.variantOf().ifPresent(todo::add);
                });
            }
        }
    }

    /** Adds the triples of one entry to {@code model}. */
    public static void map(LexiconEntry entry, Model model) {
        Resource subject = model.createResource(iri(entry));
        subject.addProperty(RDF.type, model.createResource(classIri(entry)));
        subject.addProperty(RDFS.label, entry.label());
        for (String synonym : entry.synonyms()) {
            subject.addProperty(SKOS.altLabel, synonym);
        }
        entry.variantOf().ifPresent(gene -> subject.addProperty(AIRKG.variantOf, model.createResource(Iris.id("gene", gene))));
        for (Xref xref : entry.xrefs()) {
            Resource target = model.createResource(xref.iri());
            subject.addProperty(SKOS.exactMatch, target);
            Resource statement = model.createResource(xrefIri(entry, xref))
                    .addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, subject)
                    .addProperty(RDF.predicate, SKOS.exactMatch)
                    .addProperty(RDF.object, target);
            for (Xref.Source source : xref.parsedSources()) {
                if (source.url().isPresent()) {
                    statement.addProperty(DCTerms.source, model.createResource(source.url().get()));
                    if (!source.note().isEmpty()) {
                        statement.addProperty(RDFS.comment, source.note());
                    }
                } else {
                    statement.addProperty(DCTerms.source, source.note());
                }
            }
        }
    }

    /** The IRI of the description of a vocabulary name table: {@code https://w3id.org/airkg/id/dataset/vocab-{table}}. */
    public static String tableIri(String table) {
        return Iris.id("dataset", "vocab-" + Iris.slug(table));
    }

    /**
     * Describes each name table the lexicon grounds with as a {@code void:Dataset}: title, description, version
     * ({@code owl:versionInfo}), licences ({@code dcterms:license}), entity count and every source file with its
     * SHA-256 ({@code dcterms:source}).
     */
    public static void mapTables(java.util.List<org.airkg.extract.lexicon.VocabularyTables.Table> tables, Model model) {
        for (var t : tables) {
            Resource d = model.createResource(tableIri(t.table()), org.apache.jena.vocabulary.VOID.Dataset)
                    .addProperty(DCTerms.title, "AIR-KG name table '" + t.table() + "'")
                    .addProperty(DCTerms.description, t.description())
                    .addProperty(org.apache.jena.vocabulary.OWL.versionInfo, t.version())
                    .addProperty(RDFS.comment, "licence: " + t.licence())
                    .addLiteral(org.apache.jena.vocabulary.VOID.entities, model.createTypedLiteral(java.math.BigInteger.valueOf(t.entities())));
            t.licenceIris().forEach(l -> d.addProperty(DCTerms.license, model.createResource(l)));
            t.sources().forEach(s -> d.addProperty(DCTerms.source, "vocab-sources/" + s.file() + " sha256:" + s.sha256()));
        }
    }

    /** The IRI of an entry: {@code https://w3id.org/airkg/id/{kind}/{id}}, kind the lower-cased class name. */
    public static String iri(LexiconEntry entry) {
        return Iris.id(kind(entry), entry.id());
    }

    /** The IRI of the entry's ontology class: {@code https://w3id.org/airkg/ontology#{class}}. */
    public static String classIri(LexiconEntry entry) {
        return AIRKG.NS + entry.ontologyClass();
    }

    /** The IRI of the statement recording where an xref was confirmed. */
    public static String xrefIri(LexiconEntry entry, Xref xref) {
        return Iris.id("xref", entry.id() + "/" + xref.prefix() + "-" + xref.localId());
    }

    /** The kind segment of an entry's IRI: its class local name in lower case ({@code Drug} gives {@code drug}). */
    public static String kind(LexiconEntry entry) {
        return entry.ontologyClass().toLowerCase(Locale.ROOT);
    }
}
