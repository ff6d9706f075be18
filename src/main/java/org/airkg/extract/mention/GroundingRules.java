package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.extract.lexicon.LevelNames;

/**
 * The precision rules that decide which vocabulary names a span of text may stand for, and which entity wins
 * when several remain. Curated names are not judged here. Each rule is named in the mention it produces.
 * <ul>
 *   <li>Stop words, clinical abbreviations and laboratory reagents are never grounded ({@link StopLists}), but a stop
 *       word the lists write in lower case only, written in capitals, is a gene's approved symbol in a sentence about genes
 *       ("MET amplification", "KIT expression"; "DES exposure" names no desmin).</li>
 *   <li>A name of fewer than three letters and digits is never grounded from a vocabulary ("ER", "AR").</li>
 *   <li>A one-token name matched in an all-capitals passage (a shouted heading) is not grounded.</li>
 *   <li>Weight loss is a phenotype only in a sentence or section about side effects: elsewhere it is an outcome sought
 *       (weight management before ovulation induction) or a tolerability measure of mice.</li>
 *   <li>A name that is one common English word grounds only a disease or phenotype ("nausea"; a phenotype in lower
 *       case only in a sentence or section about side effects, so "estradiol falls" is no fall), or a gene whose approved symbol
 *       it is, written in capitals, in a sentence about genes ("MET amplification") or glossed by the first words of the
 *       gene's approved name ("smoothened (SMO)", "SHH (sonic hedgehog)"); or a gene whose alias or mapped text of four
 *       capitals or more it is, written so, in a sentence about genes ("PERK inhibitor", "CHOP expression").</li>
 *   <li>A drug name of three characters or fewer ("ATP", "Ser") and a span without letters ("5637") are not grounded, unless
 *       it is capitals and a digit in a sentence about a compound ("the BET inhibitor JQ1").</li>
 *   <li>A gene alias, previous symbol or text of FamPlex's grounding map of one token needs a capital and a digit, or four
 *       or more characters, and a sentence about genes or what a protein does or how much of it there is ("Ki67
 *       suppression", "Ki67 index"): the map was curated on papers of cell signalling, where "ROS" is no gene.</li>
 *   <li>A FamPlex name in lower case ("histone", "growth factor") or of one enzyme-class word ("GTPase") is a
 *       common noun, not a grounding; an assay acronym of five capitals or fewer ("ECL") is too short to tell from
 *       other abbreviations, and an assay synonym of one word ("immunoassay") too general.</li>
 *   <li>Of several entities, the table order decides (FamPlex's curated groundings, genes, drugs, cell lines,
 *       diseases, phenotypes, assays, pathways); among genes a name written exactly as the text
 *       beats one that only shares its key, whatever their types ("SF-1" is an alias of NR5A1, not the symbol SF1 with a
 *       hyphen), then a text FamPlex's curated grounding map gives a gene ("PDK1" for PDPK1, not the symbol of the pyruvate
 *       dehydrogenase kinase) beats an approved symbol or full name, which beats an alias;
 *       among drugs the one drug whose own name it is beats those that list it as a code or synonym (a research
 *       code that a later record of the same compound lists, "AZD4547" as code of "ABSK-091");
 *       a disease and a phenotype of the same name go to the phenotype in a sentence or section about side effects; a
 *       Reactome pathway beats a GO process of the same name. What
 *       is still tied stays ambiguous, never guessed.</li>
 * </ul>
 */
final class GroundingRules {
    private static final List<String> TABLE_ORDER = List.of("famplex", "genes", "drugs", "cell-lines", "diseases", "phenotypes",
            "assays", "pathways");
    /**
     * Process names too general to be the pathway a document speaks of: one word for a chemical modification, a step or a
     * phase ("methylation", "acetylation", "transduction", "metaphase"; "apoptosis" and "autophagy" stay), "gene
     * expression", and GO's "response to X".
     */
    private static final Pattern GENERIC_PROCESS = Pattern.compile("(?i)[a-z]+(?:ation|tion|phase)|gene expression|response to .+");
    private static final Pattern GENE_CONTEXT = Pattern.compile("(?i)\\b(genes?|mutations?|mutant|mutated|amplifi\\w*|expression|"
            + "(?:over)?express\\w*|proteins?|kinases?|receptors?|phosphorylat\\w*|knock\\w*|deletions?|loss|fusions?|variants?|"
            + "alterations?|signal\\w*|inhibitors?|isoforms?|alleles?|polymorphisms?|transcripts?|mRNAs?|encod\\w*|pathways?)\\b");
    /** What a sentence does with a protein it names by an alias: the gene context, or a drug binding or acting on it. */
    private static final Pattern ALIAS_CONTEXT = Pattern.compile("(?i)\\b(?:bind\\w*|bound|inhibit\\w*|activat\\w*|degrad\\w*|recruit\\w*|"
            + "interact\\w*|complex\\w*|upregulat\\w*|downregulat\\w*|levels?|suppress\\w*|stain\\w*|index|scores?|markers?)\\b");
    static final Pattern ADVERSE_CONTEXT = Pattern.compile("(?i)side effect|adverse|toxicit|tolerab|risk of|symptom|grade [1-5]|incidence");
    /** What a sentence says of a compound it names by a short code ("the BET inhibitor JQ1", "JQ1 (500 nM)"). */
    private static final Pattern DRUG_CONTEXT = Pattern.compile("(?i)\\b(?:inhibitors?|antagonists?|agonists?|degraders?|compounds?|drugs?|treated|"
            + "treatment|dosed|[nµu]M)\\b");
    /**
     * A change of body weight that documents of this genre pursue or measure: trials of weight management before ovulation
     * induction aim at it, and preclinical notes report it as the tolerability of a dose to mice ("body weight loss did not
     * exceed 7%"). It is an adverse event only in a sentence or section on side effects.
     */
    private static final Pattern SOUGHT_CHANGE = Pattern.compile("(?i)(?:body\\s+)?weight[-\\s]loss");
    /** The heading of a section on side effects, whose sentences are about them even when they do not say so. */
    static final Pattern SAFETY_HEADING = Pattern.compile("(?i)side effect|adverse|toxicit|tolerab|safety");

    /** The entity chosen for a span, the rule that chose it and its confidence; or the entities it stays ambiguous between. */
    record Choice(List<String> entityIds, String method, double confidence) {}

    private final StopLists stopLists;
    /** The approved full names of a vocabulary entity, by entity id. */
    private final Function<String, List<String>> fullNames;

    GroundingRules(StopLists stopLists, Function<String, List<String>> fullNames) {
        this.stopLists = stopLists;
        this.fullNames = fullNames;
    }

    /**
     * The grounding of {@code span} (the text as written) by vocabulary names, in {@code sentence} of a section on side
     * effects or not ({@code safety}); empty when no name passes the rules.
     */
    Optional<Choice> choose(String span, List<NameDictionary.Ref> refs, String sentence, boolean safety, boolean shouting, boolean oneToken) {
        // a stop word written in capitals ("MET", "KIT") is only a gene's symbol, in a sentence about genes
        boolean symbolOfAWord = stopLists.capitalsOfAWord(span);
        if (stopLists.stops(span) && !(symbolOfAWord && GENE_CONTEXT.matcher(sentence).find()) || alphanumerics(span) < 3 || shouting && oneToken
                || span.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<NameDictionary.Ref> named = symbolOfAWord
                ? refs.stream().filter(r -> r.table().equals("genes") && r.type().equals("symbol")).toList() : refs;
        boolean literalGene = named.stream().anyMatch(r -> r.table().equals("genes") && r.literal());
        List<NameDictionary.Ref> kept = new ArrayList<>();
        for (NameDictionary.Ref ref : named) {
            if (literalGene && ref.table().equals("genes") && !ref.literal()) {
                continue;
            }
            if (accepts(ref, span, sentence, safety, oneToken)) {
                kept.add(ref);
            }
        }
        if (kept.stream().anyMatch(r -> !r.type().equals(LevelNames.TYPE))) {
            // a name the vocabulary writes beats another way of writing another entity's level
            kept.removeIf(r -> r.type().equals(LevelNames.TYPE));
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String table = kept.stream().map(NameDictionary.Ref::table).min((a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow();
        List<NameDictionary.Ref> best = kept.stream().filter(r -> r.table().equals(table)).toList();
        if (table.equals("diseases") && kept.stream().anyMatch(r -> r.table().equals("phenotypes")) && (safety || ADVERSE_CONTEXT.matcher(sentence).find())) {
            best = kept.stream().filter(r -> r.table().equals("phenotypes")).toList();
        }
        if (table.equals("genes")) {
            List<NameDictionary.Ref> mapped = best.stream().filter(r -> r.type().equals("curated")).toList();
            List<NameDictionary.Ref> approved = best.stream().filter(r -> r.type().equals("symbol") || r.type().equals("fullname")).toList();
            best = !mapped.isEmpty() ? mapped : !approved.isEmpty() ? approved : best;
        }
        if (table.equals("drugs")) {
            List<NameDictionary.Ref> labels = best.stream().filter(r -> r.type().equals("label") || r.type().equals("curated")).toList();
            if (labels.size() == 1) {
                best = labels;
            }
        }
        if (table.equals("pathways") && best.stream().anyMatch(r -> r.ontologyClass().equals("Pathway"))) {
            best = best.stream().filter(r -> r.ontologyClass().equals("Pathway")).toList();
        }
        Map<String, NameDictionary.Ref> byEntity = new LinkedHashMap<>();
        best.forEach(r -> byEntity.putIfAbsent(r.entityId(), r));
        if (table.equals("diseases") && byEntity.size() == 2 && byEntity.keySet().stream().anyMatch(id -> id.startsWith("doid-"))
                && byEntity.keySet().stream().anyMatch(id -> id.startsWith("mondo-"))) {
            NameDictionary.Ref doid = byEntity.values().stream().filter(r -> r.entityId().startsWith("doid-")).findFirst().orElseThrow();
            return Optional.of(new Choice(List.of(doid.entityId()), "vocab-diseases-doid-before-mondo", confidence(doid)));
        }
        if (byEntity.size() == 1) {
            NameDictionary.Ref r = byEntity.values().iterator().next();
            return Optional.of(new Choice(List.of(r.entityId()), "vocab-" + r.table() + "-" + r.type(), confidence(r)));
        }
        return byEntity.size() <= 5 ? Optional.of(new Choice(byEntity.keySet().stream().sorted().toList(), "vocab-" + table + "-ambiguous", 0.4))
                : Optional.empty();
    }

    /** The kinds of gene name HGNC or FamPlex keep besides the approved symbol: an alias, a previous symbol, a mapped text. */
    private static final Set<String> BY_ALIAS_TYPES = Set.of("alias", "previous", "curated");

    private boolean accepts(NameDictionary.Ref ref, String span, String sentence, boolean safety, boolean oneToken) {
        boolean gene = ref.table().equals("genes");
        if (ref.table().equals("drugs") && oneToken && alphanumerics(span) <= 3 && !(isCapitalsAndDigit(span) && DRUG_CONTEXT.matcher(sentence).find())) {
            return false;
        }
        if (ref.ontologyClass().equals("PhenotypicFeature") && SOUGHT_CHANGE.matcher(span).matches() && !safety
                && !ADVERSE_CONTEXT.matcher(sentence).find()) {
            // "preconception weight loss", "metformin produced slightly more weight loss": an outcome sought or measured
            return false;
        }
        if (ref.type().equals(LevelNames.TYPE) && !safety && !ADVERSE_CONTEXT.matcher(sentence).find()) {
            // "estradiol increased" in a cycle's monitoring is a measurement, "blood creatinine increased" among side effects an event
            return false;
        }
        if (ref.word()) {
            boolean phenotype = ref.ontologyClass().equals("PhenotypicFeature");
            if (phenotype && oneToken && Character.isLowerCase(span.charAt(0)) && !safety && !ADVERSE_CONTEXT.matcher(sentence).find()) {
                return false;
            }
            boolean clinical = ref.ontologyClass().equals("Disease") || phenotype;
            boolean symbol = gene && ref.type().equals("symbol") && isCapitals(span)
                    && (GENE_CONTEXT.matcher(sentence).find() || glossedByItsName(ref.entityId(), span, sentence));
            // "PERK inhibitor", "CHOP expression": an alias of four capitals or more, written as HGNC or FamPlex writes it
            boolean alias = gene && oneToken && BY_ALIAS_TYPES.contains(ref.type()) && ref.exact() && isCapitals(span)
                    && alphanumerics(span) >= 4 && GENE_CONTEXT.matcher(sentence).find();
            return clinical || symbol || alias;
        }
        if (ref.table().equals("famplex") && span.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        if (oneToken && ref.table().equals("assays") && (span.length() <= 5 && isCapitals(span) || ref.type().equals("synonym"))) {
            return false;
        }
        if (ref.table().equals("pathways") && GENERIC_PROCESS.matcher(span).matches()) {
            return false;
        }
        if (oneToken && ref.table().equals("famplex") && span.toLowerCase(Locale.ROOT).matches("[a-z]*ases?")) {
            return false;
        }
        if (gene && oneToken && (ref.type().equals("alias") || ref.type().equals("previous") || ref.type().equals("curated"))) {
            boolean capitalAndDigit = span.chars().anyMatch(Character::isUpperCase) && span.chars().anyMatch(Character::isDigit);
            return ref.exact() && (capitalAndDigit || span.length() >= 4)
                    && (GENE_CONTEXT.matcher(sentence).find() || ALIAS_CONTEXT.matcher(sentence).find());
        }
        return true;
    }

    /** A gloss of a name: up to three words before "(SYMBOL)", or the words inside the brackets after "SYMBOL (". */
    private static final Pattern GLOSS_BEFORE = Pattern.compile("((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)\\s*\\(\\s*$");
    private static final Pattern GLOSS_AFTER = Pattern.compile("^\\s*\\(([\\p{L}\\s-]{5,60})\\)");

    /**
     * Whether the sentence writes the symbol beside the first words of the gene's approved name, of five letters or more:
     * "the transducer smoothened (SMO)", "porcupine (PORCN)", "SHH (sonic hedgehog)". A gloss says which gene a symbol
     * that is also an English word names, as a sentence about genes does.
     */
    private boolean glossedByItsName(String entityId, String span, String sentence) {
        List<String> names = fullNames.apply(entityId);
        if (names.isEmpty()) {
            return false;
        }
        for (int at = sentence.indexOf(span); at >= 0; at = sentence.indexOf(span, at + 1)) {
            Matcher before = GLOSS_BEFORE.matcher(sentence.substring(Math.max(0, at - 60), at));
            if (before.find() && beginsAName(before.group(1), names)) {
                return true;
            }
            Matcher after = GLOSS_AFTER.matcher(sentence.substring(at + span.length()));
            if (after.find() && beginsAName(after.group(1), names)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the last one, two or three words of {@code words}, five letters or more, begin one of the names. */
    static boolean beginsAName(String words, List<String> names) {
        String[] w = words.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = 1; k <= w.length; k++) {
            String tail = String.join(" ", Arrays.copyOfRange(w, w.length - k, w.length));
            if (tail.replaceAll("[^\\p{L}]", "").length() < 5) {
                continue;
            }
            for (String name : names) {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.equals(tail) || n.startsWith(tail + " ") || n.startsWith(tail + ",")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double confidence(NameDictionary.Ref r) {
        return switch (r.type()) {
            case "alias", "previous", "synonym", LevelNames.TYPE -> 0.7;
            default -> r.word() ? 0.6 : 0.85;
        };
    }

    private static int rank(String table) {
        int i = TABLE_ORDER.indexOf(table);
        return i < 0 ? TABLE_ORDER.size() : i;
    }

    private static int alphanumerics(String s) {
        return (int) s.chars().filter(Character::isLetterOrDigit).count();
    }

    /** Capitals and a digit, and nothing in lower case: "JQ1", "H89"; not "ATP", "Ser" or "p53". */
    private static boolean isCapitalsAndDigit(String s) {
        return isCapitals(s) && s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter);
    }

    private static boolean isCapitals(String s) {
        return s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
