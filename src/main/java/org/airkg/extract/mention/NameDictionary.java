package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.airkg.extract.lexicon.LevelNames;
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
    /** A hyphen, as it joins a number to the word after it ("2-fold"). */
    private static final Pattern HYPHEN = Pattern.compile("[-‐–]");
    /** Words a number makes a quantity of: "2-fold", "5-year", "3-month". */
    private static final Pattern QUANTITY_WORD = Pattern.compile("(?i)fold|(?:month|year|week|day|hour|cycle|log|point)s?|times");
    /**
     * Where a name comes from: the entity it names, its table ({@code curated} for the lexicon), type and English-word mark;
     * {@code literal}: the entity, a gene, has a name written exactly as the text (case and joints), not only one with the same
     * key (always false for the other tables, whose rules do not ask).
     */
    record Ref(String entityId, String curie, String table, String type, boolean word, boolean exact, String ontologyClass, boolean literal) {
        boolean curated() {
            return table.equals(CURATED);
        }
    }

    /** A span of tokens [{@code first}, {@code last}] and the names it matches. */
    record Match(int first, int last, List<Ref> refs) {}

    static final String CURATED = "curated";
    /** Keys remembered before the memory of {@link Slot}s is cleared: far more than the distinct words of a corpus. */
    private static final int SLOTS = 200_000;
    private final int slotCapacity;

    /**
     * What a key holds, so that each span costs one look-up: its curated names (null: none), whether a curated name
     * begins with it or may go on from it, what the vocabulary holds under it, and the lexicon id of each of the
     * vocabulary's names (empty: the overlay drops that entity). A key a name may go on from remembers the slots of the
     * keys one more token makes of it, by that token, when the token joins it with nothing ({@code joined}) or with a
     * space ({@code spaced}): so the slots of a text's spans are a trie walked token by token, and no span's key is
     * built or hashed once its slot is known (null maps: no name goes on from the key).
     */
    private record Slot(List<Ref> curated, boolean curatedFirst, boolean curatedGoesOn, Vocabulary.Key vocabulary, List<Optional<String>> ids,
            Map<String, Slot> joined, Map<String, Slot> spaced) {
        /** Whether a name is the key or begins with it. */
        boolean opens() {
            return curatedFirst || vocabulary.first() || !vocabulary.names().isEmpty();
        }

        /** Whether a name may go on from the key with more tokens. */
        boolean goesOn() {
            return curatedGoesOn || vocabulary.goesOn();
        }

        /** The slots of the keys this key's token {@code joiner} makes, null for a joiner other than nothing or a space. */
        Map<String, Slot> next(String joiner) {
            return joiner.isEmpty() ? joined : joiner.equals(" ") ? spaced : null;
        }
    }

    private final Lexicon lexicon;
    private final Vocabulary vocabulary;
    private final Map<String, List<Ref>> exact = new HashMap<>();
    private final Map<String, List<Ref>> folded = new HashMap<>();
    /** The first tokens of the curated names, and their whole keys (exact, then folded). */
    private final Set<String> exactFirst = new HashSet<>();
    private final Set<String> foldedFirst = new HashSet<>();
    private final Set<String> exactPrefixes = new HashSet<>();
    private final Set<String> foldedPrefixes = new HashSet<>();
    private final Map<String, Slot> exactSlots = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Slot> foldedSlots = new java.util.concurrent.ConcurrentHashMap<>();
    /** The slots made since the memory was last cleared, those of the trie's inner keys included. */
    private final java.util.concurrent.atomic.AtomicInteger slotsMade = new java.util.concurrent.atomic.AtomicInteger();

    NameDictionary(Lexicon lexicon) {
        this(lexicon, SLOTS);
    }

    /** A dictionary that remembers at most {@code slotCapacity} keys' slots. */
    NameDictionary(Lexicon lexicon, int slotCapacity) {
        this.lexicon = lexicon;
        this.slotCapacity = slotCapacity;
        this.vocabulary = lexicon.vocabulary();
        for (LexiconEntry entry : lexicon.entries()) {
            // an event's names, then the other ways of writing a level one of them says is raised or lowered
            Map<String, String> types = new LinkedHashMap<>();
            entry.names().forEach(name -> types.put(name, "label"));
            Set<String> written = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            written.addAll(entry.names());
            if (entry.ontologyClass().equals("AdverseEvent")) {
                entry.names().forEach(name -> LevelNames.variants(name).stream().filter(written::add).forEach(v -> types.put(v, LevelNames.TYPE)));
            }
            for (var typed : types.entrySet()) {
                String name = typed.getKey();
                boolean caseSensitive = LexiconEntry.isCaseSensitive(name);
                StringBuilder first = new StringBuilder();
                String key = name.length() < 2 || NameKeys.tokenCountAtMost(name, Vocabulary.MAX_TOKENS) < 0 ? null
                        : NameKeys.key(name, !caseSensitive, first);
                if (key != null) {
                    Ref ref = new Ref(entry.id(), null, CURATED, typed.getValue(), false, caseSensitive, entry.ontologyClass(), false);
                    // the whole key too: a token may be the name written without its joints ("Ki67" for "Ki-67")
                    (caseSensitive ? exactFirst : foldedFirst).addAll(List.of(first.toString(), key));
                    (caseSensitive ? exactPrefixes : foldedPrefixes).addAll(NameKeys.prefixKeys(name, !caseSensitive));
                    List<Ref> refs = (caseSensitive ? exact : folded).computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (refs.stream().noneMatch(r -> r.entityId().equals(entry.id()))) {
                        refs.add(ref);
                    }
                }
            }
        }
    }

    /**
     * The spans starting at token {@code i} that are names, longest first. A span is extended token by token only
     * while some name may still begin with it, so most tokens cost one or two look-ups.
     */
    List<Match> matchesAt(List<NameKeys.Token> tokens, int i, String text) {
        NameKeys.Token first = tokens.get(i);
        Slot exactFirstSlot = slot(first.exact(), true);
        Slot foldedFirstSlot = slot(first.folded(), false);
        // a token may be a whole name written without its joints: "Ki67" is the key of "Ki-67", whose first token is "Ki"
        boolean exactOpen = exactFirstSlot.opens();
        boolean foldedOpen = foldedFirstSlot.opens();
        if (!exactOpen && !foldedOpen) {
            return greekEnding(tokens, i, text).map(List::of).orElse(List.of());
        }
        List<Slot> exactFound = new ArrayList<>(4);
        List<Slot> foldedFound = new ArrayList<>(4);
        // the folded keys of the spans are the prefixes of f, of these lengths
        int[] foldedLengths = new int[Vocabulary.MAX_TOKENS];
        StringBuilder e = new StringBuilder();
        StringBuilder f = new StringBuilder();
        Slot ex = exactFirstSlot;
        Slot fo = foldedFirstSlot;
        for (int k = i; k < tokens.size() && k - i < Vocabulary.MAX_TOKENS && (exactOpen || foldedOpen); k++) {
            NameKeys.Token t = tokens.get(k);
            if (k > i) {
                if (!t.joinsPrevious()) {
                    break;
                }
                ex = !exactOpen ? null : next(ex, e, t.joiner(), t.exact(), true);
                fo = !foldedOpen ? null : next(fo, f, t.foldedJoiner(), t.folded(), false);
            } else {
                e.append(t.exact());
                f.append(t.folded());
            }
            exactFound.add(ex);
            foldedFound.add(fo);
            foldedLengths[k - i] = f.length();
            exactOpen = exactOpen && ex.goesOn();
            foldedOpen = foldedOpen && fo.goesOn();
        }
        List<Match> matches = new ArrayList<>();
        for (int n = exactFound.size(); n >= 1; n--) {
            int k = i + n - 1;
            Slot exactSlot = exactFound.get(n - 1);
            Slot foldedSlot = foldedFound.get(n - 1);
            // a curated name may end in a version number ("RECIST 1.1", "CTCAE version 5.0"); other names span no decimal
            boolean versioned = exactSlot != null && exactSlot.curated() != null || foldedSlot != null && foldedSlot.curated() != null;
            if (k + 1 < tokens.size() && tokens.get(k + 1).decimal() && tokens.get(k + 1).joinsPrevious() || first.decimal()
                    || !versioned && spansDecimal(tokens, i, k) || k > i && numberOfACompound(tokens, k, text)
                    || codeGoesOn(tokens, k, text)) {
                continue;
            }
            int foldedLength = foldedLengths[n - 1];
            Slot singular = foldedSlot != null && foldedLength > 4 && f.charAt(foldedLength - 1) == 's' ? slot(f.substring(0, foldedLength - 1), false) : null;
            if (!names(exactSlot) && !names(foldedSlot) && !names(singular)) {
                continue;
            }
            List<Ref> refs = new ArrayList<>();
            String span = text.substring(first.start(), tokens.get(k).end());
            addRefs(refs, exactSlot, true, span);
            addRefs(refs, foldedSlot, false, span);
            addRefs(refs, singular, false, span);
            if (!refs.isEmpty()) {
                matches.add(new Match(i, k, refs));
            }
        }
        if (matches.isEmpty() || matches.get(matches.size() - 1).last() > i) {
            greekEnding(tokens, i, text).ifPresent(matches::add);
        }
        return matches;
    }

    /** The Latin capitals HGNC writes for a Greek letter ending a symbol: "GSK3β" is GSK3B, "TNFα" TNFA, "IKKβ" IKKB. */
    private static final Map<Character, Character> GREEK_CAPITALS = Map.of('α', 'A', 'β', 'B', 'γ', 'G', 'δ', 'D', 'ε', 'E', 'κ', 'K', 'λ', 'L');
    /** A symbol's letters and digits before its Greek letter: a capital first, a capital or digit last. */
    private static final Pattern SYMBOL_BEFORE_GREEK = Pattern.compile("[A-Z][A-Za-z0-9]*[A-Z0-9]");

    /** The token at {@code i} as a symbol ending in a Greek letter, when it is one and names something so written. */
    private Optional<Match> greekEnding(List<NameKeys.Token> tokens, int i, String text) {
        char last = text.charAt(tokens.get(i).end() - 1);
        // below U+0370 no character is Greek: most tokens end there and need no look-up
        if (last < 0x370 || !GREEK_CAPITALS.containsKey(last)) {
            return Optional.empty();
        }
        String span = text.substring(tokens.get(i).start(), tokens.get(i).end());
        return latinGreekEnding(span).map(symbol -> {
            List<Ref> refs = new ArrayList<>();
            addRefs(refs, slot(symbol, true), true, span);
            return refs.isEmpty() ? null : new Match(i, i, refs);
        });
    }

    /**
     * A one-token name that ends in a Greek letter after a symbol ("GSK3β"), written as HGNC writes such symbols
     * ("GSK3B"); names that spell the letter ("ERα", "p110α") are matched by their keys, and have no such form.
     */
    static Optional<String> latinGreekEnding(String written) {
        if (written.length() < 3) {
            return Optional.empty();
        }
        Character latin = GREEK_CAPITALS.get(written.charAt(written.length() - 1));
        if (latin == null) {
            return Optional.empty();
        }
        String symbol = written.substring(0, written.length() - 1);
        return SYMBOL_BEFORE_GREEK.matcher(symbol).matches() ? Optional.of(symbol + latin) : Optional.empty();
    }

    /**
     * Whether token {@code k}, a number, belongs to the quantity a hyphen makes of it and the word after it: in
     * "phospho-AKT 2-fold" the 2 is a fold change, not the 2 of AKT2.
     */
    private static boolean numberOfACompound(List<NameKeys.Token> tokens, int k, String text) {
        NameKeys.Token last = tokens.get(k);
        if (k + 1 >= tokens.size() || !NameKeys.allDigits(last.exact())) {
            return false;
        }
        NameKeys.Token next = tokens.get(k + 1);
        return next.joinsPrevious() && HYPHEN.matcher(text.substring(last.end(), next.start())).matches() && QUANTITY_WORD.matcher(next.exact()).matches();
    }

    /**
     * Whether token {@code k} is the letters of a research code that goes on past a hyphen with a number of three digits or
     * more: the RMC of "RMC-4550" is no renal medullary carcinoma, whatever the vocabulary calls RMC.
     */
    private static boolean codeGoesOn(List<NameKeys.Token> tokens, int k, String text) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        NameKeys.Token last = tokens.get(k);
        NameKeys.Token next = tokens.get(k + 1);
        return next.joinsPrevious() && next.exact().length() >= 3 && NameKeys.allDigits(next.exact())
                && HYPHEN.matcher(text.substring(last.end(), next.start())).matches() && !NameKeys.allDigits(last.exact());
    }

    /** Whether a decimal number stands inside tokens [i, k] ("76.0" is no name, whatever the key says). */
    private static boolean spansDecimal(List<NameKeys.Token> tokens, int i, int k) {
        for (int j = i + 1; j <= k; j++) {
            if (tokens.get(j).decimal()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a slot ({@code null}: none) holds a name. */
    private static boolean names(Slot slot) {
        return slot != null && (slot.curated() != null || !slot.vocabulary().names().isEmpty());
    }

    /** What {@code key} holds, exact or folded, looked up once and then remembered. */
    private Slot slot(String key, boolean exactKey) {
        Map<String, Slot> slots = exactKey ? exactSlots : foldedSlots;
        Slot slot = slots.get(key);
        if (slot == null) {
            slot = lookUp(key, exactKey);
            slots.put(key, slot);
        }
        return slot;
    }

    /**
     * The slot of the key {@code key} and one more token make ({@code key} is made that key), from the trie below {@code slot}
     * when the token's joiner is nothing or a space, else looked up.
     */
    private Slot next(Slot slot, StringBuilder key, String joiner, String token, boolean exactKey) {
        key.append(joiner).append(token);
        Map<String, Slot> next = slot.next(joiner);
        if (next == null) {
            return slot(key.toString(), exactKey);
        }
        Slot child = next.get(token);
        if (child == null) {
            child = lookUp(key.toString(), exactKey);
            next.put(token, child);
        }
        return child;
    }

    /** What {@code key} holds, looked up in the lexicon and the vocabulary; the memory of slots is cleared when it is full. */
    private Slot lookUp(String key, boolean exactKey) {
        if (slotsMade.incrementAndGet() > slotCapacity) {
            exactSlots.clear();
            foldedSlots.clear();
            slotsMade.set(0);
        }
        Vocabulary.Key held = vocabulary.find(key, exactKey);
        List<Optional<String>> ids = held.names().stream().map(h -> lexicon.idOf(h.entity())).toList();
        boolean curatedGoesOn = (exactKey ? exactPrefixes : foldedPrefixes).contains(key);
        boolean goesOn = curatedGoesOn || held.goesOn();
        Map<String, Slot> joined = goesOn ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        Map<String, Slot> spaced = goesOn ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        return new Slot((exactKey ? exact : folded).get(key), (exactKey ? exactFirst : foldedFirst).contains(key), curatedGoesOn, held, ids,
                joined, spaced);
    }

    /** A name ending in a number set apart by a space: "CI 30" (of "95% CI 30-70"), "MD -1" (of "MD -1,624"). */
    private static final Pattern SPACED_NUMBER = Pattern.compile("\\p{L}\\s+[-‐−–]?[0-9]+$");

    /**
     * Whether {@code span} ends in a number set apart by a space and is found by a gene's alias or previous symbol not so
     * written: the alias CI-30 (NDUFS3) is not the "CI 30" of a confidence interval, nor MD-1 (LY86) the "MD -1" of a
     * mean difference; a symbol or curated name so found stands ("CD 44" is CD44, "HSP 90" HSP90).
     */
    private static boolean spacedNumberUnwritten(Vocabulary.Hit hit, String span) {
        return (hit.type().equals("alias") || hit.type().equals("previous")) && SPACED_NUMBER.matcher(span).find()
                && hit.entity().names().stream().noneMatch(n -> n.text().equalsIgnoreCase(span));
    }

    /** A name ending in a Latin letter set apart by a space: "ER H" (of "ER H-score"), "annexin V". */
    private static final Pattern SPACED_LETTER = Pattern.compile("[\\p{L}\\p{N}]\\s+[A-Za-z]$");

    /**
     * Whether {@code span} ends in one Latin letter set apart by a space that no name of the hit's entity writes so: the gene
     * ERH is not the "ER H" of "ER H-score", whose key it shares; "annexin V", a name so written, stands.
     */
    private static boolean spacedLetterUnwritten(Vocabulary.Hit hit, String span) {
        int length = span.length();
        return length >= 3 && Character.isWhitespace(span.charAt(length - 2)) && SPACED_LETTER.matcher(span).find()
                && hit.entity().names().stream().noneMatch(n -> n.text().equalsIgnoreCase(span));
    }

    /** Adds the curated names of a slot ({@code null}: none) and the vocabulary's names the suppressions let stand. */
    private void addRefs(List<Ref> refs, Slot slot, boolean exactKey, String span) {
        if (slot == null) {
            return;
        }
        if (slot.curated() != null) {
            refs.addAll(slot.curated());
        }
        List<Vocabulary.Hit> hits = slot.vocabulary().names();
        for (int h = 0; h < hits.size(); h++) {
            Vocabulary.Hit hit = hits.get(h);
            Vocabulary.Entity e = hit.entity();
            Optional<String> id = slot.ids().get(h);
            if (id.isEmpty() || lexicon.suppressions().suppresses(e.curie(), span) || spacedNumberUnwritten(hit, span)
                    || spacedLetterUnwritten(hit, span)) {
                continue;
            }
            // only the grounding rules of genes ask whether a name is written exactly as the text
            boolean literal = e.table().equals("genes") && e.names().stream().anyMatch(n -> n.text().equals(span));
            refs.add(new Ref(id.get(), e.curie(), e.table(), hit.type(), hit.word(), exactKey, e.ontologyClass(), literal));
        }
    }
}
