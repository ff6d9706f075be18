package org.airkg.rdf;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of AIR-KG's things and graphs from what each thing is (a document's file name, an
 * element's place in that document, a lexicon id), never from processing order, so that the same input
 * always gives the same IRIs.
 *
 * <pre>{@code
 * Iris.document("001_16f9ed06042b2b1e")      // https://w3id.org/airkg/id/document/001_16f9ed06042b2b1e
 * Iris.section("001_16f9ed06042b2b1e", "3.1") // https://w3id.org/airkg/id/section/001_16f9ed06042b2b1e/3.1
 * Iris.documentGraph("001_16f9ed06042b2b1e")  // https://w3id.org/airkg/graph/doc/001_16f9ed06042b2b1e
 * }</pre>
 */
public final class Iris {
    /** The base of every AIR-KG IRI. */
    public static final String BASE = "https://w3id.org/airkg/";
    /** The base of instance IRIs: {@code id/{kind}/{slug}}. */
    public static final String ID = BASE + "id/";
    /** The named graph of the ontology. */
    public static final String ONTOLOGY_GRAPH = BASE + "graph/ontology";
    /** The named graph of the lexicon's entities. */
    public static final String LEXICON_GRAPH = BASE + "graph/lexicon";
    /** The named graph of the conflicts among values the documents state. */
    public static final String CONFLICTS_GRAPH = BASE + "graph/conflicts";
    /** The prefix of the named graph of each document. */
    public static final String DOCUMENT_GRAPH = BASE + "graph/doc/";

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._~-]+");

    private Iris() {}

    /**
     * The slug of a name: characters outside the IRI-safe set {@code A-Z a-z 0-9 . _ ~ -} become one
     * {@code -}; a file stem such as {@code 001_16f9ed06042b2b1e} is its own slug.
     */
    public static String slug(String name) {
        String slug = UNSAFE.matcher(name.strip()).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no IRI-safe character in name: '" + name + "'");
        }
        return slug;
    }

    /** An instance IRI {@code id/{kind}/{slug}}. */
    public static String id(String kind, String slug) {
        return ID + kind + "/" + slug;
    }

    public static String document(String stem) {
        return id("document", slug(stem));
    }

    public static String documentGraph(String stem) {
        return DOCUMENT_GRAPH + slug(stem);
    }

    public static String section(String stem, String sectionId) {
        return id("section", slug(stem) + "/" + sectionId);
    }

    public static String block(String stem, String kind, int position) {
        return id(kind, slug(stem) + "/" + position);
    }

    public static String reference(String stem, int number) {
        return id("reference", slug(stem) + "/" + number);
    }

    /** The publisher named {@code name}; the slug is lower-cased so "BenchChem" and "Benchchem" are one. */
    public static String publisher(String name) {
        return id("publisher", slug(name).toLowerCase(Locale.ROOT));
    }
}
