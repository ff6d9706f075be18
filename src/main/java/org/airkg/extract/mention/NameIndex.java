package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;

/**
 * Every name of the lexicon in a character trie, for finding the longest name that starts at a position
 * of a text. A name with two or more capitals, or with letters and digits mixed, is matched case-sensitively
 * (gene symbols, cell lines, trial acronyms: "ESR1", "MCF-7", "FALCON"); other names ignore case
 * ("letrozole", "Femara"). Hyphens, slashes-free spacing variants and runs of white space all match a single
 * space, so "PI3K-AKT" and "PI3K AKT" are one name.
 */
final class NameIndex {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Set<String> entries;
    }

    /** A name found: where it ends (exclusive) and the entries it names. */
    record Match(int end, Set<String> entryIds) {}

    private final Node sensitive = new Node();
    private final Node insensitive = new Node();

    NameIndex(Lexicon lexicon) {
        for (LexiconEntry entry : lexicon.entries()) {
            add(entry.label(), entry.id());
            entry.synonyms().forEach(s -> add(s, entry.id()));
        }
    }

    private void add(String name, String id) {
        boolean caseSensitive = LexiconEntry.isCaseSensitive(name);
        String key = key(name.strip(), !caseSensitive);
        if (key.length() < 2) {
            return;
        }
        Node node = caseSensitive ? sensitive : insensitive;
        for (int i = 0; i < key.length(); i++) {
            node = node.next.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        if (node.entries == null) {
            node.entries = new LinkedHashSet<>();
        }
        node.entries.add(id);
    }


    private static String key(String name, boolean fold) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = normal(name.charAt(i), fold);
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }

    private static char normal(char c, boolean fold) {
        if (c == '-' || Character.isWhitespace(c)) {
            return ' ';
        }
        return fold ? Character.toLowerCase(c) : c;
    }

    /** The longest names starting at {@code start} of {@code text} and ending at a word boundary, longest first. */
    List<Match> longest(String text, int start) {
        List<Match> found = new ArrayList<>();
        walk(sensitive, text, start, false, found);
        walk(insensitive, text, start, true, found);
        found.sort((a, b) -> Integer.compare(b.end(), a.end()));
        return found;
    }

    private static void walk(Node root, String text, int start, boolean fold, List<Match> found) {
        Node node = root;
        int i = start;
        boolean lastWasSpace = false;
        while (i < text.length()) {
            char c = normal(text.charAt(i), fold);
            if (c == ' ' && lastWasSpace) {
                i++;
                continue;
            }
            node = node.next.get(c);
            if (node == null) {
                return;
            }
            lastWasSpace = c == ' ';
            i++;
            if (node.entries != null && isBoundary(text, start, i)) {
                found.add(new Match(i, node.entries));
            }
        }
    }

    private static boolean isBoundary(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after && !Character.isWhitespace(text.charAt(end - 1));
    }
}
