package org.airkg.extract.lexicon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One named entity of the lexicon: a drug, gene, disease or other thing the corpus talks about, with the
 * names it goes by and its confirmed identifiers in external registries.
 *
 * @param id a stable lower-case slug, unique across the lexicon, such as {@code letrozole}
 * @param label the preferred name, such as {@code Letrozole}
 * @param synonyms other names met in the literature: brand names, code names, spellings
 * @param ontologyClass the local name of the entity's class in the AIR-KG ontology, such as {@code Drug};
 *     written {@code class} in the JSON files
 * @param xrefs confirmed identifiers in external registries; empty when none could be confirmed
 * @param variantOf for a gene variant, the id of the gene entry it is a variant of
 */
public record LexiconEntry(
        String id, String label, List<String> synonyms, @JsonProperty("class") String ontologyClass, List<Xref> xrefs,
        Optional<String> variantOf) {

    /** The form of an entry id: lower-case letters and digits, then also dots, underscores and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** The form of an ontology class local name. */
    public static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");

    public LexiconEntry {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entry id '" + id + "' does not match " + ID.pattern());
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entry '" + id + "' has no label");
        }
        if (ontologyClass == null || !CLASS.matcher(ontologyClass).matches()) {
            throw new IllegalArgumentException("entry '" + id + "' has class '" + ontologyClass
                    + "', not an ontology class local name matching " + CLASS.pattern());
        }
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        xrefs = xrefs == null ? List.of() : List.copyOf(xrefs);
        variantOf = variantOf == null ? Optional.empty() : variantOf;
        if (variantOf.isPresent() && !ontologyClass.equals("GeneVariant")) {
            throw new IllegalArgumentException("entry '" + id + "' has variantOf but is a " + ontologyClass + ", not a GeneVariant");
        }
        Set<String> anyCase = new HashSet<>();
        Set<String> exact = new HashSet<>();
        for (String name : Stream.concat(Stream.of(label), synonyms.stream()).toList()) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("entry '" + id + "' has a blank synonym");
            }
            String lower = name.strip().toLowerCase(Locale.ROOT);
            boolean repeated = isCaseSensitive(name)
                    ? anyCase.contains(lower) || !exact.add(name.strip())
                    : !anyCase.add(lower) || exact.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(lower));
            if (repeated) {
                throw new IllegalArgumentException("entry '" + id + "' repeats the name '" + name + "'");
            }
        }
        Set<String> curies = new HashSet<>();
        for (Xref xref : xrefs) {
            if (!curies.add(xref.curie())) {
                throw new IllegalArgumentException("entry '" + id + "' repeats the xref " + xref.curie());
            }
        }
    }

    /** An entry that is no variant of anything. */
    public LexiconEntry(String id, String label, List<String> synonyms, String ontologyClass, List<Xref> xrefs) {
        this(id, label, synonyms, ontologyClass, xrefs, Optional.empty());
    }

    /**
     * True for names matched case-sensitively: a single word with two or more capitals, or letters and digits
     * mixed ("ER", "MCF-7", "PI3K/Akt/mTOR"). A name of several words ("ESR1 mutations") is long enough to match
     * in any case ("Frequency of ESR1 Mutations").
     */
    public static boolean isCaseSensitive(String name) {
        if (name.strip().contains(" ")) {
            return false;
        }
        int capitals = 0;
        boolean letters = false;
        boolean digits = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            capitals += Character.isUpperCase(c) ? 1 : 0;
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
        }
        return capitals >= 2 || letters && digits;
    }

    /** The label followed by the synonyms. */
    public List<String> names() {
        return Stream.concat(Stream.of(label), synonyms.stream()).toList();
    }

    /** The xrefs with the given prefix, in file order. */
    public List<Xref> xrefs(String prefix) {
        return xrefs.stream().filter(x -> x.prefix().equals(prefix)).toList();
    }
}
