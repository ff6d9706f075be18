package org.airkg.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The curated entries over the vocabulary: which vocabulary entity became which curated entry, the identifiers
 * the curated entries gain, and the vocabulary entities as lexicon entries of their own, made when first asked.
 */
final class Overlay {
    private static final String SOURCE_ROOT = "vocab-sources/";

    private final List<LexiconEntry> curated;
    private final List<LexiconEntry> merged;
    private final Vocabulary vocabulary;
    private final Suppressions suppressions;
    private final Map<String, String> redirect = new HashMap<>();
    private final List<String> disagreements = new ArrayList<>();
    private final Map<String, Optional<LexiconEntry>> made = new ConcurrentHashMap<>();

    Overlay(List<LexiconEntry> curated, Vocabulary vocabulary, Suppressions suppressions) {
        this.curated = List.copyOf(curated);
        this.vocabulary = vocabulary;
        this.suppressions = suppressions;
        Map<String, Set<String>> claimedBy = new HashMap<>();
        Map<String, List<Vocabulary.Entity>> matched = new LinkedHashMap<>();
        for (LexiconEntry entry : curated) {
            Set<String> seen = new HashSet<>();
            if (entry.xrefs().isEmpty()) {
                sameLabel(entry, vocabulary).filter(e -> !suppressions.suppresses(e.curie())).ifPresent(e -> {
                    seen.add(e.curie());
                    matched.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(e);
                    claimedBy.computeIfAbsent(e.curie(), k -> new TreeSet<>()).add(entry.id());
                });
            }
            for (Xref xref : entry.xrefs()) {
                for (Vocabulary.Entity e : vocabulary.byXref(xref.curie())) {
                    if (seen.add(e.curie()) && !suppressions.suppresses(e.curie())) {
                        matched.computeIfAbsent(entry.id(), k -> new ArrayList<>()).add(e);
                        claimedBy.computeIfAbsent(e.curie(), k -> new TreeSet<>()).add(entry.id());
                    }
                }
            }
        }
        claimedBy.forEach((curie, ids) -> {
            if (ids.size() == 1) {
                redirect.put(Vocabulary.idOf(curie), ids.iterator().next());
            } else {
                disagreements.add(curie + " shares identifiers with several curated entries (" + String.join(", ", ids)
                        + "); it grounds none of them");
            }
        });
        List<LexiconEntry> out = new ArrayList<>(curated.size());
        for (LexiconEntry entry : curated) {
            List<Vocabulary.Entity> entities = matched.getOrDefault(entry.id(), List.of()).stream()
                    .filter(e -> entry.id().equals(redirect.get(e.id()))).toList();
            out.add(entities.isEmpty() ? entry : enrich(entry, entities));
        }
        this.merged = List.copyOf(out);
    }

    /**
     * For a curated entry without identifiers, the one vocabulary entity of its class whose own label (or approved
     * symbol) is the entry's label, as written apart from case: "Camizestrant" is DrugBank's camizestrant.
     */
    private static Optional<Vocabulary.Entity> sameLabel(LexiconEntry entry, Vocabulary vocabulary) {
        boolean exact = LexiconEntry.isCaseSensitive(entry.label());
        String key = NameKeys.key(entry.label(), !exact, null);
        if (key == null) {
            return Optional.empty();
        }
        List<Vocabulary.Entity> same = vocabulary.names(key, exact).stream()
                .filter(h -> h.type().equals("label") || h.type().equals("symbol"))
                .map(Vocabulary.Hit::entity).filter(e -> e.ontologyClass().equals(entry.ontologyClass()))
                .filter(e -> e.label().equalsIgnoreCase(entry.label())).distinct().toList();
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    /** The curated entry with the identifiers of the vocabulary entities it became, where none disagrees. */
    private LexiconEntry enrich(LexiconEntry entry, List<Vocabulary.Entity> entities) {
        Map<String, Set<String>> offered = new LinkedHashMap<>();
        Map<String, List<String>> sources = new HashMap<>();
        for (Vocabulary.Entity e : entities) {
            for (String xref : e.xrefs()) {
                String curie = xref.substring(0, xref.indexOf(' '));
                offered.computeIfAbsent(prefix(curie), k -> new TreeSet<>()).add(curie);
                sources.computeIfAbsent(curie, k -> new ArrayList<>()).add(xref.substring(xref.indexOf(' ') + 1));
            }
        }
        List<Xref> xrefs = new ArrayList<>(entry.xrefs());
        offered.forEach((prefix, curies) -> {
            List<String> own = entry.xrefs(prefix).stream().map(Xref::curie).toList();
            if (!own.isEmpty()) {
                curies.stream().filter(c -> !own.contains(c)).forEach(c -> disagreements.add(entry.id() + ": the vocabulary gives "
                        + c + ", the curated entry " + String.join(" ", own) + "; the curated one is kept"));
            } else if (curies.size() > 1) {
                disagreements.add(entry.id() + ": the vocabulary gives several " + prefix + " identifiers (" + String.join(" ", curies)
                        + "); none is kept");
            } else {
                String curie = curies.iterator().next();
                toXref(curie, sources.get(curie)).ifPresent(xrefs::add);
            }
        });
        return new LexiconEntry(entry.id(), entry.label(), entry.synonyms(), entry.ontologyClass(), xrefs, entry.variantOf());
    }

    private static String prefix(String curie) {
        return curie.substring(0, curie.indexOf(':'));
    }

    private static Optional<Xref> toXref(String curie, List<String> files) {
        Set<String> sources = new TreeSet<>();
        for (String f : files) {
            for (String file : f.split(";")) {
                sources.add(SOURCE_ROOT + file);
            }
        }
        try {
            return Optional.of(new Xref(curie, String.join(" ; ", sources)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    List<LexiconEntry> curated() {
        return curated;
    }

    List<LexiconEntry> curatedEntries() {
        return merged;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    Suppressions suppressions() {
        return suppressions;
    }

    List<String> disagreements() {
        return List.copyOf(disagreements);
    }

    Optional<String> idOf(Vocabulary.Entity entity) {
        if (suppressions.suppresses(entity.curie())) {
            return Optional.empty();
        }
        return Optional.of(redirect.getOrDefault(entity.id(), entity.id()));
    }

    /** The vocabulary entity of {@code id} as a lexicon entry, unless it became a curated entry or is suppressed. */
    Optional<LexiconEntry> vocabularyEntry(String id) {
        if (redirect.containsKey(id)) {
            return Optional.empty();
        }
        return made.computeIfAbsent(id, k -> vocabulary.byId(k).filter(e -> !suppressions.suppresses(e.curie())).map(Overlay::entry));
    }

    /** The vocabulary entity of {@code id}, as {@link #vocabularyEntry}, but never an entry minted meanwhile. */
    Optional<LexiconEntry> vocabularyOnly(String id) {
        return vocabulary.byId(id).isPresent() ? vocabularyEntry(id) : Optional.empty();
    }

    LexiconEntry mint(LexiconEntry entry) {
        return made.compute(entry.id(), (k, old) -> old == null || old.isEmpty() ? Optional.of(entry) : Optional.of(preferred(old.get(), entry)))
                .orElseThrow();
    }

    /**
     * Of two forms of one minted entry, the one whose label has fewer capitals (the prose form, not a heading's
     * "Hormone Receptor-Positive ..."), then the one that sorts first: the same whichever document, on whichever
     * thread, minted it first.
     */
    private static LexiconEntry preferred(LexiconEntry a, LexiconEntry b) {
        long capitalsA = a.label().chars().filter(Character::isUpperCase).count();
        long capitalsB = b.label().chars().filter(Character::isUpperCase).count();
        if (capitalsA != capitalsB) {
            return capitalsA < capitalsB ? a : b;
        }
        return a.label().compareTo(b.label()) <= 0 ? a : b;
    }

    private static LexiconEntry entry(Vocabulary.Entity e) {
        Set<String> lower = new HashSet<>();
        lower.add(e.label().toLowerCase(Locale.ROOT));
        List<String> synonyms = new ArrayList<>();
        for (Vocabulary.Name name : e.names()) {
            if (lower.add(name.text().toLowerCase(Locale.ROOT))) {
                synonyms.add(name.text());
            }
        }
        List<Xref> xrefs = new ArrayList<>();
        Set<String> curies = new HashSet<>();
        for (String xref : e.xrefs()) {
            String curie = xref.substring(0, xref.indexOf(' '));
            if (curies.add(curie)) {
                toXref(curie, List.of(xref.substring(xref.indexOf(' ') + 1))).ifPresent(xrefs::add);
            }
        }
        return new LexiconEntry(e.id(), e.label(), synonyms, e.ontologyClass(), xrefs);
    }
}
