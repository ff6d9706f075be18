package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.NameKeys;
import org.airkg.extract.lexicon.Vocabulary;

/**
 * Every name of the curated lexicon (held here) and of the vocabulary's name tables (looked up in its index),
 * by key (see {@link NameKeys}), for finding the longest names that start at a token of a text. A name with two
 * or more capitals, or letters and digits mixed, matches by its exact key (gene symbols, cell lines: "ESR1",
 * "MCF-7"); other names by their folded key ("letrozole", "Femara", "oestrogen receptor"), and a folded name also
 * matches with a plural {@code s}. This is the dictionary look-up of Gilda's named-entity recogniser: at each token,
 * the spans of up to {@value Vocabulary#MAX_TOKENS} tokens are looked up, longest first.
 */
final class NameDictionary {
    /** Where a name comes from: the entity it names, its table ({@code curated} for the lexicon), type and English-word mark. */
    record Ref(String entityId, String curie, String table, String type, boolean word, boolean exact, String ontologyClass) {
        boolean curated() {
            return table.equals(CURATED);
        }
    }

    /** A span of tokens [{@code first}, {@code last}] and the names it matches. */
    record Match(int first, int last, List<Ref> refs) {}

    static final String CURATED = "curated";

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final Map<String, List<Ref>> exact = new HashMap<>();
    private final Map<String, List<Ref>> folded = new HashMap<>();
    private final Set<String> exactFirst = new HashSet<>();
    private final Set<String> foldedFirst = new HashSet<>();

    NameDictionary(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.vocabulary = lexicon.vocabulary();
        for (LexiconEntry entry : lexicon.entries()) {
            for (String name : entry.names()) {
                boolean caseSensitive = LexiconEntry.isCaseSensitive(name);
                StringBuilder first = new StringBuilder();
                String key = name.length() < 2 || NameKeys.tokenCountAtMost(name, Vocabulary.MAX_TOKENS) < 0 ? null
                        : NameKeys.key(name, !caseSensitive, first);
                if (key != null) {
                    Ref ref = new Ref(entry.id(), null, CURATED, "label", false, caseSensitive, entry.ontologyClass());
                    (caseSensitive ? exactFirst : foldedFirst).add(first.toString());
                    List<Ref> refs = (caseSensitive ? exact : folded).computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (refs.stream().noneMatch(r -> r.entityId().equals(entry.id()))) {
                        refs.add(ref);
                    }
                }
            }
        }
    }

    /** The spans starting at token {@code i} that are names, longest first. */
    List<Match> matchesAt(List<NameKeys.Token> tokens, int i, String text) {
        NameKeys.Token first = tokens.get(i);
        boolean tryExact = exactFirst.contains(first.exact()) || vocabulary.isFirstToken(first.exact(), true);
        boolean tryFolded = foldedFirst.contains(first.folded()) || vocabulary.isFirstToken(first.folded(), false);
        if (!tryExact && !tryFolded) {
            return List.of();
        }
        int last = i;
        while (last + 1 < tokens.size() && last + 1 - i < Vocabulary.MAX_TOKENS && tokens.get(last + 1).joinsPrevious()) {
            last++;
        }
        String[] exactKeys = new String[last - i + 1];
        String[] foldedKeys = new String[last - i + 1];
        StringBuilder e = new StringBuilder();
        StringBuilder f = new StringBuilder();
        for (int k = i; k <= last; k++) {
            if (k > i) {
                e.append(tokens.get(k).joiner());
                f.append(tokens.get(k).joiner());
            }
            e.append(tokens.get(k).exact());
            f.append(tokens.get(k).folded());
            exactKeys[k - i] = e.toString();
            foldedKeys[k - i] = f.toString();
        }
        List<Match> matches = new ArrayList<>();
        for (int k = last; k >= i; k--) {
            if (k + 1 < tokens.size() && tokens.get(k + 1).decimal() && tokens.get(k + 1).joinsPrevious() || tokens.get(i).decimal()) {
                continue;
            }
            String span = text.substring(first.start(), tokens.get(k).end());
            List<Ref> refs = new ArrayList<>();
            if (tryExact) {
                refs.addAll(exact.getOrDefault(exactKeys[k - i], List.of()));
                vocabulary.names(exactKeys[k - i], true).forEach(h -> ref(h, true, span).ifPresent(refs::add));
            }
            if (tryFolded) {
                String key = foldedKeys[k - i];
                refs.addAll(folded.getOrDefault(key, List.of()));
                vocabulary.names(key, false).forEach(h -> ref(h, false, span).ifPresent(refs::add));
                if (key.length() > 4 && key.endsWith("s")) {
                    String singular = key.substring(0, key.length() - 1);
                    refs.addAll(folded.getOrDefault(singular, List.of()));
                    vocabulary.names(singular, false).forEach(h -> ref(h, false, span).ifPresent(refs::add));
                }
            }
            if (!refs.isEmpty()) {
                matches.add(new Match(i, k, refs));
            }
        }
        return matches;
    }

    private Optional<Ref> ref(Vocabulary.Hit hit, boolean exactKey, String span) {
        Vocabulary.Entity e = hit.entity();
        if (lexicon.suppressions().suppresses(e.curie(), span)) {
            return Optional.empty();
        }
        return lexicon.idOf(e).map(id -> new Ref(id, e.curie(), e.table(), hit.type(), hit.word(), exactKey, e.ontologyClass()));
    }
}
