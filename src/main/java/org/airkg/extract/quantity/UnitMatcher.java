package org.airkg.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the unit written at a position of a text: the longest form of the unit table that ends at a word
 * boundary, extended by {@code /word} segments into a compound unit with no IRI ({@code μg/animal/day}).
 */
final class UnitMatcher {
    private static final int MAX_EXTRA_SEGMENTS = 3;
    private static final int MAX_SEGMENT_LETTERS = 20;
    /** Forms that are a unit only when written right after the number ({@code 500x}), never after a space. */
    private static final Set<String> ATTACHED_ONLY = Set.of("x", "×");

    /** A unit found in a text and where its chars end. */
    record Hit(Unit unit, int end) {}

    private record Form(String form, UnitDefinition definition, boolean ignoreCase) {}

    private final UnitTable table;
    private final Map<Character, List<Form>> byFirstChar;

    UnitMatcher(UnitTable table) {
        this.table = table;
        Map<Character, List<Form>> index = new HashMap<>();
        for (UnitDefinition d : table.definitions()) {
            for (String form : d.forms()) {
                index.computeIfAbsent(key(form.charAt(0)), k -> new ArrayList<>()).add(new Form(form, d, isWordForm(form)));
            }
        }
        index.replaceAll((k, forms) -> forms.stream()
                .sorted(java.util.Comparator.comparingInt((Form f) -> f.form().length()).reversed()).toList());
        this.byFirstChar = Map.copyOf(index);
    }

    /** Lower-case word forms of three chars or more ({@code hours}, {@code fold}) match in any case. */
    private static boolean isWordForm(String form) {
        return form.length() >= 3 && form.chars().allMatch(c -> c == ' ' || (Character.isLetter(c) && Character.isLowerCase(c)));
    }

    private static char key(char c) {
        return Character.toLowerCase(Chars.micro(c));
    }

    /** The unit at {@code pos}; {@code attached} when it follows the number with no space. */
    Optional<Hit> match(String text, int pos, boolean attached) {
        if (pos >= text.length()) {
            return Optional.empty();
        }
        for (Form f : byFirstChar.getOrDefault(key(text.charAt(pos)), List.of())) {
            if ((!attached && ATTACHED_ONLY.contains(f.form())) || !Chars.formAt(text, pos, f.form(), f.ignoreCase())) {
                continue;
            }
            int end = pos + f.form().length();
            if (endsAtBoundary(text, end, f.form())) {
                return Optional.of(extend(text, pos, end, f.definition()));
            }
        }
        return Optional.empty();
    }

    private static boolean endsAtBoundary(String text, int end, String form) {
        if (!Chars.isAlnum(form.charAt(form.length() - 1)) || end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        return !Chars.isAlnum(next) && next != '_' && next != '^';
    }

    /** The unit at {@code [pos, end)} with any {@code /word} segments after it, which make it a compound without IRI. */
    private Hit extend(String text, int pos, int end, UnitDefinition base) {
        int n = text.length();
        int p = end;
        StringBuilder label = new StringBuilder(base.label());
        int segments = 0;
        while (segments < MAX_EXTRA_SEGMENTS && p + 1 < n && text.charAt(p) == '/' && Chars.isLetter(text.charAt(p + 1))) {
            int q = p + 1;
            while (q < n && Chars.isLetter(text.charAt(q)) && q - p <= MAX_SEGMENT_LETTERS) {
                q++;
            }
            if (q < n && (Chars.isAlnum(text.charAt(q)) || text.charAt(q) == '^')) {
                break;
            }
            String word = text.substring(p + 1, q);
            label.append(" per ").append(table.lookup(word).map(UnitDefinition::label).orElse(word));
            p = q;
            segments++;
        }
        String written = text.substring(pos, p);
        return segments == 0 ? new Hit(base.as(written), p) : new Hit(new Unit(written, Optional.empty(), label.toString()), p);
    }
}
