package org.airkg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.airkg.rdf.Iris;

/**
 * A relation between two entities: every association with the same subject, predicate, object and polarity,
 * from whichever documents, merged into one edge with its evidence counts summed and its quotes in order.
 *
 * @param subject the subject entity's IRI
 * @param predicate the AIR-KG object property's IRI ({@code airkg:biomarkerOfResistanceTo})
 * @param object the object entity's IRI
 * @param biolinkPredicate the Biolink predicate it maps to, when one was confirmed ({@link org.airkg.export.model.Biolink})
 * @param polarity whether the documents support the relation or state that it does not hold
 * @param evidenceCount the evidence counts of the merged associations, summed
 * @param documents the documents its evidence is in, sorted
 * @param quotes its evidence passages, by document and then offset; the first is the supporting quote
 * @param evidenceKinds the kinds of evidence ({@code clinical}, {@code preclinical}), sorted
 * @param references the publications its quotes cite (a citation marker inside a quote), each as a CURIE of the
 *        reference's DOI ({@code doi:10.1000/x}) or PMID ({@code PMID:123}), or else the reference entry's IRI; sorted
 * @param curated true when every piece of its evidence is a curator's ({@code airkg:curationNote}), false when a
 *        rule read any of it
 */
public record RelationEdge(String subject, String predicate, String object, Optional<String> biolinkPredicate,
        Polarity polarity, int evidenceCount, List<String> documents, List<Quote> quotes, List<String> evidenceKinds,
        List<String> references, boolean curated) {

    /** Whether the evidence supports a relation or states that it does not hold ({@code airkg:polarity}). */
    public enum Polarity {
        SUPPORTS("supports"),
        DOES_NOT_SUPPORT("does-not-support");

        private final String literal;

        Polarity(String literal) {
            this.literal = literal;
        }

        /** The value of {@code airkg:polarity}. */
        public String literal() {
            return literal;
        }

        /** The polarity written as {@code literal}. */
        public static Polarity of(String literal) {
            for (Polarity p : values()) {
                if (p.literal.equals(literal)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown polarity '" + literal + "'; expected supports or does-not-support");
        }
    }

    /** One evidence passage: the document, the offset where the quote starts, and the quote. */
    public record Quote(String document, long startOffset, String text) {
        public Quote {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(text, "text");
        }
    }

    public RelationEdge {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(biolinkPredicate, "biolinkPredicate");
        Objects.requireNonNull(polarity, "polarity");
        if (evidenceCount < 0) {
            throw new IllegalArgumentException(subject + " " + predicate + " " + object + ": evidence count " + evidenceCount);
        }
        documents = documents.stream().sorted().distinct().toList();
        quotes = List.copyOf(quotes);
        evidenceKinds = evidenceKinds.stream().sorted().distinct().toList();
        references = references.stream().sorted().distinct().toList();
    }

    /** The predicate's local name ({@code biomarkerOfResistanceTo}). */
    public String predicateName() {
        return predicate.substring(Math.max(predicate.lastIndexOf('#'), predicate.lastIndexOf('/')) + 1);
    }

    /** The supporting quote: the first by document, then offset. */
    public Optional<Quote> supportingQuote() {
        return quotes.isEmpty() ? Optional.empty() : Optional.of(quotes.get(0));
    }

    /** The quotes' texts, in order. */
    public List<String> quoteTexts() {
        return quotes.stream().map(Quote::text).toList();
    }

    /**
     * A stable identifier of the edge, {@code e} and 16 hex digits of the SHA-256 of subject, predicate, object
     * and polarity: the same relation has the same identifier in every export and every build.
     */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", subject, predicate, object, polarity.literal()).getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The edge's IRI, {@code https://w3id.org/airkg/id/edge/{id}}. */
    public String iri() {
        return Iris.id("edge", id());
    }

    /** The relationship type in upper snake case, as property graphs name them ({@code BIOMARKER_OF_RESISTANCE_TO}). */
    public String relationshipType() {
        return predicateName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }
}
