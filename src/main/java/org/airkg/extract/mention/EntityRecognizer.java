package org.airkg.extract.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.document.Document;
import org.airkg.document.Passage;
import org.airkg.extract.lexicon.LevelNames;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.lexicon.NameKeys;
import org.airkg.extract.lexicon.Vocabulary;

/**
 * Finds every mention of a curated lexicon entry or of a vocabulary entity in every text of a document,
 * longest name first, and the names no table lists that have the shape of a drug, a trial or a cell line.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(Path.of("data/lexicon")).withVocabulary(Vocabulary.load(Path.of("data/vocab")), Suppressions.NONE);
 * List<Mention> mentions = new EntityRecognizer(lexicon, stopLists).recognize(document);
 * }</pre>
 *
 * <p>Rules, each named in {@link Mention#method()}: {@code lexicon-name} (a curated label or synonym, one
 * entity); {@code lexicon-context} (a curated name of several entities that the sentence decides, e.g.
 * osteoporosis as an adverse event in a sentence about side effects); {@code vocab-TABLE-TYPE} (a vocabulary
 * name that passed {@link GroundingRules}, e.g. {@code vocab-genes-symbol}); {@code abbreviation-defined} (an
 * abbreviation the document defines after a name: "aromatase inhibitor (AI)"; it wins over every table, and an
 * abbreviation the document defines for something no table knows is grounded by none); {@code
 * abbreviation-default} (ER for the estrogen receptor α); {@code drug-code-defined} (a research code no table knows, written in
 * brackets after a drug: "lasofoxifene (CP-336156)"); {@code pattern-coded-drug} (a research code no table knows, named as a
 * drug of a class: "the CDK2 inhibitors PF-07104091 and BLU-222", "HBR-2207 is an ATP-competitive CDK2 inhibitor"; a drug of
 * its own, wherever the document names it); {@code glossed-product} (a drug's product named in brackets after it, read as
 * that drug: "recombinant FSH (follitropin alfa)"); the pattern rules of {@link PatternRules} and {@link ModelPatterns}; and the
 * candidate rules of {@link CandidateRules}. Curated names come before vocabulary names of the same span.
 */
public final class EntityRecognizer {
    private static final String PATHWAY = "Pathway";
    private static final String FAMILY = "ProteinFamily";
    private static final String GENE = "Gene";
    private static final String DRUG = "Drug";
    private static final String DRUG_CLASS = "DrugClass";
    /** A bracket opening right after a name. */
    private static final Pattern BRACKET_OPENS = Pattern.compile("\\s*\\(\\s*");
    /** A bracket closing right after a name. */
    private static final Pattern BRACKET_CLOSES = Pattern.compile("\\s*\\)");
    /** Between two names of one gloss: "; ", ", ", " or ". */
    private static final Pattern GLOSS_JOINT = Pattern.compile("\\s*(?:[;,]|\\bor\\b)\\s*");
    /** Where a gloss of products ends: its bracket closes, or a dose or remark follows a comma ("follitropin alfa, starting at 50 IU"). */
    private static final Pattern BRACKET_ENDS_GLOSS = Pattern.compile("\\s*(?:\\)|,\\s+(?!or\\b)[^()]*\\))");
    /**
     * The plural head two names share, written once after the second: "pathways", "cascades" ("HER2 and MAPK signalling"
     * may name the gene HER2, so a bare "signalling" is no shared head).
     */
    private static final Pattern SHARED_HEAD = Pattern.compile("(?i)\\b(?:pathways|cascades)$");
    /** The plural head written right after the second of two names: "MAPK and PI3K pathways". */
    private static final Pattern HEAD_AFTER = Pattern.compile("(?i)\\s+(?:signall?ing\\s+)?(?:pathways|cascades)\\b");
    /** What joins the two names: "and", "or", a comma. */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\s*(?:,\\s*|\\s+(?:and|or|&)\\s+)(?:the\\s+)?");
    /**
     * An abbreviation defined in brackets after its name: "(PFS)", "(PDK1, encoded by PDPK1)" (a comma and words in lower
     * case, not a list of names), or in square brackets inside parentheses: "(normalised enrichment score [NES] 2.38)".
     */
    private static final Pattern DEFINITION = Pattern.compile("\\(([A-Z][A-Za-z0-9]{0,2}[A-Z0-9][A-Za-z0-9+-]{0,6})(?:\\)|[,;]\\s+(?=[a-z]))|\\[([A-Z][A-Za-z0-9]{0,2}[A-Z0-9][A-Za-z0-9+-]{0,6})\\]");
    /** A prefix that denies the name after it: "the non-aromatase pair" speaks of no aromatase. */
    private static final Pattern DENYING_PREFIX = Pattern.compile("(?i)\\bnon[-‐]$");
    /**
     * A number joined by a hyphen to the word after it, which makes the two one name: the HT3 of "5-HT3 receptor antagonist"
     * is no cell line HT-3, the glucose of "2-deoxyglucose" no glucose. A name that begins with the number ("5-fluorouracil")
     * is matched from it.
     */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])[0-9]{1,3}[-‐]$");
    /**
     * An antibody named for its target, joined by a hyphen to the label it carries: the APC of "anti-CD45-APC" is the
     * fluorophore allophycocyanin, not the gene APC (nor the PE of "anti-cytokeratin-PE" a drug). A modifier of the target is
     * no target: "anti-phospho-AKT" names AKT.
     */
    private static final Pattern CONJUGATE_PREFIX = Pattern.compile("(?i)\\banti[-‐](?!(?:phospho|total|pan|human|mouse|rabbit|rat|goat)[-‐])"
            + "[\\p{L}\\p{N}]+[-‐]$");
    /**
     * What follows an amino acid named as a residue of a protein, not as a compound a vocabulary of drugs lists: its position
     * ("serine 118", "tyrosine 705"; a number with no unit), its partner ("serine/threonine kinases") or what is done to it
     * ("lysine acetylation", "lysine hyperacetylation").
     */
    private static final Pattern RESIDUE_AFTER = Pattern.compile("(?i)\\s+[0-9]{1,4}(?![0-9]|[.,][0-9]|\\s*(?:%|(?:[mµμun]?g|kg|mcg|[mµμunp]?M|m?L|ml|I?U|"
            + "h|hrs?|hours?|min|d|days?|w(?:ee)?ks?|months?|y(?:ea)?rs?|cycles?|patients?|women|men|cells?)\\b))|\\s*/\\s*(?:serine|threonine|tyrosine)\\b"
            + "|\\s+(?:residues?|(?:hyper|de)?(?:acetylation|methylation|phosphorylation))\\b");
    /** The last word of a protein's name: "HMG-CoA reductase", "oxysterol 7α-hydroxylase", "liver X receptor α". */
    private static final Pattern PROTEIN_HEAD = Pattern.compile("(?i)(?:\\w+ase|receptor|factor|protein|kinase|ligand|transporter|channel|"
            + "subunit|homolog(?:ue)?)(?:[\\s-]+(?:[αβγδ]|alpha|beta|gamma|delta|[0-9]+|[A-Z]))?$");
    /** The rest of a catalogue code after its first part: "-H2M-01" of "NGB-H2M-01" (whose NGB is no gene). */
    private static final Pattern CODE_REST = Pattern.compile("^[-‐][A-Za-z0-9]+[-‐][0-9]+(?![A-Za-z0-9])");
    private static final Map<String, String> DEFAULT_ABBREVIATIONS = Map.of("ER", "esr1", "ERs", "esr1");
    /** A research code of a compound: letters, an optional hyphen, three digits or more ("AZD9833", "BLU-222", "S63845", "ABT-199"). */
    private static final String CODE = "[A-Z][A-Za-z]{0,4}-?[0-9]{3,8}[A-Z]?";
    private static final Pattern DRUG_CODE = Pattern.compile(CODE);
    /** What a drug class's name ends on: "CDK2 inhibitors", "an oral SERD", "BH3 mimetic". */
    private static final String CLASS_HEAD = "(?:inhibitors?|antagonists?|agonists?|degraders?|modulators?|blockers?|SERDs?|SERMs?|PROTACs?|mimetics?)";
    /** The words of {@link #CLASS_HEAD} in lower case, a quick test before its patterns are tried. */
    private static final List<String> CLASS_HEAD_WORDS = List.of("inhibitor", "antagonist", "agonist", "degrader", "modulator", "blocker",
            "serd", "serm", "protac", "mimetic");
    private static final String CODE_LIST = CODE + "(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)" + CODE + ")*";
    /** Codes after a class: "the CDK2 inhibitors PF-07104091 and BLU-222", "SERDs such as GDC-9545", "inhibitors, among them X". */
    private static final Pattern CODES_AFTER_CLASS = Pattern.compile("\\b" + CLASS_HEAD + "\\s*(?:\\(\\s*|,\\s*)?(?:(?:such as|including|e\\.g\\.,?|namely|"
            + "among them|like)\\s+)?(?<![\\w-])(" + CODE_LIST + ")(?![\\w-])");
    /** A code before its class: "HBR-2207 is an ATP-competitive CDK2 inhibitor", "S63845, a selective MCL1 inhibitor", "X (a PROTAC)". */
    private static final Pattern CODE_BEFORE_CLASS = Pattern.compile("(?<![\\w-])(" + CODE + ")(?:\\s+(?:is|was)|\\s*,|\\s*\\()\\s+(?:an?|the)\\s+"
            + "(?:[\\w/-]+,?\\s+){0,4}" + CLASS_HEAD + "\\b");

    private final Lexicon lexicon;
    private final NameDictionary dictionary;
    private final GroundingRules rules;
    private final CandidateRules candidates = new CandidateRules();
    private final PatternRules patterns;
    private final ModelPatterns models;
    private final StopLists stopLists;

    /** A recogniser over the lexicon (and the vocabulary it overlays), with no stop list. */
    public EntityRecognizer(Lexicon lexicon) {
        this(lexicon, StopLists.NONE);
    }

    public EntityRecognizer(Lexicon lexicon, StopLists stopLists) {
        this.lexicon = lexicon;
        this.dictionary = new NameDictionary(lexicon);
        this.rules = new GroundingRules(stopLists, id -> lexicon.vocabulary().byId(id).map(EntityRecognizer::fullNames).orElse(List.of()));
        this.stopLists = stopLists;
        this.patterns = new PatternRules(lexicon);
        this.models = new ModelPatterns(lexicon);
    }

    /** The mentions of a document, in reading order of its texts. */
    public List<Mention> recognize(Document document) {
        List<Texts.Text> texts = Texts.of(document);
        Definitions defined = definitions(texts);
        Set<String> trials = PatternRules.trialNames(document, texts, stopLists, this::unknownName);
        List<List<Placed>> named = new ArrayList<>();
        Map<Optional<String>, Boolean> safety = new HashMap<>();
        texts.forEach(text -> named.add(names(document, text, defined, trials, safety.computeIfAbsent(text.sectionId(),
                id -> GroundingRules.SAFETY_HEADING.matcher(document.headings(id)).find()))));
        Map<String, String> changes = patterns.changesWithTheirGene(texts, named);
        Set<ElementRef> outcomeCells = PatternRules.outcomeCells(document);
        ModelPatterns.Named models = this.models.named(document, texts);
        List<Mention> mentions = new ArrayList<>();
        Map<String, List<String>> glossed = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            Texts.Text text = texts.get(t);
            List<Placed> placed = named.get(t);
            List<Placed> patterned = patterns.find(document, text, placed, trials, changes);
            placed.addAll(this.models.find(document, text, models, placed, patterned));
            placed.addAll(patterned);
            if (outcomeCells.contains(text.element())) {
                patterns.outcome(document, text, placed).ifPresent(placed::add);
            }
            placed.sort(java.util.Comparator.comparingInt(Placed::start));
            sharedHead(document, text, placed);
            glossedByMembers(text, placed);
            glossedByProducts(text, placed);
            membersGlossedBySymbol(document, text, placed);
            glossedBySymbol(text, placed, glossed);
            List<Mention> found = new ArrayList<>(placed.stream().map(Placed::mention).toList());
            mentions.addAll(found);
            candidates.find(document, text, found, this::isName).forEach(c -> mentions.add(byItsStem(c)));
        }
        return withoutLigandsOfClasses(asGlossed(asShortForms(mentions, models.shortForms()), glossed));
    }

    /**
     * The mentions, each cell line written as the short form of a line the document made of another parent's suffix, as
     * that line ({@code derived-line-short-form}): "LetR-2" where the document writes "MCF-7aro/LetR-2".
     */
    private List<Mention> asShortForms(List<Mention> mentions, Map<String, String> shortForms) {
        if (shortForms.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> m.status() != MentionStatus.LINKED || !shortForms.containsKey(m.text()) || !"CellLine".equals(classOf(m)) ? m
                : m.relinked(List.of(shortForms.get(m.text())), "derived-line-short-form")).toList();
    }

    /** What a trial's number adds to the name it is written after: "-3" of "CAPRI-3", " 2" of "MONARCH 2". */
    private static final Pattern TRIAL_NUMBER = Pattern.compile("[-‐ ][0-9]{1,3}[A-Za-z]?");

    /**
     * Whether the name found at {@code start}-{@code end} of {@code s} lies inside a longer name the document gives a trial,
     * written there: in "the phase III CAPRI-3 trial" CAPRI is the trial's name, not the alias CAPRI of RASA4; in "the
     * LEOPARD-PCOS trial" and "the SRC-AIM trial" PCOS and SRC are parts of the trial's name, not a disease and a gene; in
     * "the phase III ACE trial" the vocabulary's gene ACE is the whole of it.
     * Only a name written in capitals and digits alone is one name ("the MAPK-ctDNA cohort" and "HER2-Mutant" name MAPK and
     * HER2), and a name the lexicon curates yields only to a trial whose other parts are no number ("PCOS" in
     * "LEOPARD-PCOS", not "FALCON" in "FALCON-2").
     */
    private static boolean insideTrialName(Set<String> trials, String s, int start, int end, boolean curated) {
        for (String trial : trials) {
            int length = trial.length();
            if (length < end - start || length == end - start && curated) {
                continue;
            }
            for (int from = Math.max(0, end - length); from <= start; from++) {
                int after = from + length;
                if (s.startsWith(trial, from) && (from == 0 || !Character.isLetterOrDigit(s.charAt(from - 1)))
                        && (after == s.length() || !Character.isLetterOrDigit(s.charAt(after)))) {
                    boolean numbered = from == start && TRIAL_NUMBER.matcher(trial.substring(end - start)).matches();
                    return numbered ? !curated : trial.chars().noneMatch(Character::isLowerCase);
                }
            }
        }
        return false;
    }

    /** A word made of letters only: an international nonproprietary name, not a code. */
    private static final Pattern LETTERS_ONLY = Pattern.compile("[A-Za-z]+");

    /**
     * A candidate named with a drug stem of the WHO's international nonproprietary names ("tagtociclib": -ciclib, a
     * CDK inhibitor; -lisib, -sertib, -tinib, -strant, -mab ...) is a drug no table lists yet: a drug of its own, linked
     * to an entity of that name ({@code pattern-drug-stem}), with no identifier. Other candidates stay candidates.
     */
    private Mention byItsStem(Mention candidate) {
        if (!candidate.method().equals(CandidateRules.DRUG_STEM) || !LETTERS_ONLY.matcher(candidate.text()).matches()) {
            return candidate;
        }
        String name = candidate.text().toLowerCase(java.util.Locale.ROOT);
        LexiconEntry drug = lexicon.mint(new LexiconEntry(name, Character.toUpperCase(name.charAt(0)) + name.substring(1), List.of(), "Drug",
                List.of()));
        return new Mention(candidate.text(), candidate.span(), candidate.element(), candidate.sectionId(), MentionStatus.LINKED,
                List.of(drug.id()), Optional.empty(), 0.6, "pattern-drug-stem");
    }

    /** The role that names a class after the ligand whose receptor it acts on: "GnRH antagonist", "GnRH agonists". */
    private static final Pattern LIGAND_ROLE_AT_END = Pattern.compile("(?i)\\b(?:agonists?|antagonists?)$");

    /**
     * The mentions without the names a document writes only inside the name of an agonist or antagonist class: in "the
     * GnRH antagonist ganirelix" or "gonadotropin-releasing hormone (GnRH) agonists" the hormone is not itself spoken of,
     * only the class of drugs acting on its receptor. A name the document also writes elsewhere keeps all its mentions.
     */
    private List<Mention> withoutLigandsOfClasses(List<Mention> mentions) {
        List<Mention> classes = mentions.stream().filter(m -> DRUG_CLASS.equals(classOf(m)) && LIGAND_ROLE_AT_END.matcher(m.text()).find()).toList();
        if (classes.isEmpty()) {
            return mentions;
        }
        java.util.function.Predicate<Mention> inClass = m -> classes.stream().anyMatch(c -> c.element().equals(m.element()) && c.span().holds(m.span()));
        Set<String> spokenOf = new java.util.HashSet<>();
        mentions.stream().filter(m -> !inClass.test(m)).forEach(m -> spokenOf.addAll(m.entityIds()));
        return mentions.stream().filter(m -> m.status() != MentionStatus.LINKED || spokenOf.contains(m.entityIds().get(0)) || !inClass.test(m)).toList();
    }

    /**
     * A name that shares the head of the pathway named after it: in "the MAPK and PI3K/AKT pathways" MAPK names the MAPK
     * pathway, not the kinase family; in "the MAPK and PI3K pathways", where no pathway is named, both names do, the second
     * with the head written after it. A name becomes the pathway the lexicon knows as "NAME pathway", if it knows one
     * ({@code pathway-shared-head}).
     */
    private void sharedHead(Document document, Texts.Text text, List<Placed> placed) {
        String s = text.passage().text();
        for (int i = 0; i + 1 < placed.size(); i++) {
            Placed name = placed.get(i);
            Placed next = placed.get(i + 1);
            if (name.mention().status() != MentionStatus.LINKED || next.mention().status() != MentionStatus.LINKED || next.start() < name.end()
                    || !COORDINATED.matcher(s.substring(name.end(), next.start())).matches()) {
                continue;
            }
            if (PATHWAY.equals(classOf(next.mention())) && SHARED_HEAD.matcher(next.mention().text()).find()) {
                int at = i;
                asPathway(document, text, name, name.end()).ifPresent(p -> placed.set(at, p));
                continue;
            }
            Matcher head = HEAD_AFTER.matcher(s.substring(next.end()));
            Optional<Placed> second = head.lookingAt() ? asPathway(document, text, next, next.end() + head.end()) : Optional.empty();
            Optional<Placed> first = second.isPresent() ? asPathway(document, text, name, name.end()) : Optional.empty();
            if (first.isPresent()) {
                placed.set(i, first.get());
                placed.set(i + 1, second.get());
            }
        }
    }

    /**
     * A family glossed by two or more genes in brackets right after it: "cyclin-dependent kinases 4 and 6 (CDK4 and
     * CDK6)" names the two kinases, so the family's mention is dropped and what the sentence says is read of the genes.
     */
    private void glossedByMembers(Texts.Text text, List<Placed> placed) {
        String s = text.passage().text();
        for (int i = 0; i + 2 < placed.size(); i++) {
            if (!opensBracket(s, placed, i, FAMILY)) {
                continue;
            }
            int last = lastJoined(s, placed, i + 1, COORDINATED, GENE);
            if (last > i + 1 && GENE.equals(classOf(placed.get(last).mention()))
                    && BRACKET_CLOSES.matcher(s).region(placed.get(last).end(), s.length()).lookingAt()) {
                placed.remove(i);
            }
        }
    }

    /**
     * A drug glossed in brackets by the products it is given as: "recombinant FSH (follitropin alfa)", "rFSH (follitropin
     * alfa or follitropin beta)", "recombinant follicle-stimulating hormone (rFSH; follitropin alfa)". The bracket opens on
     * drug names only, and each drug it names is a name of the drug it glosses, here: one substance, written twice.
     */
    private void glossedByProducts(Texts.Text text, List<Placed> placed) {
        String s = text.passage().text();
        for (int i = 0; i + 1 < placed.size(); i++) {
            if (!opensBracket(s, placed, i, DRUG)) {
                continue;
            }
            Placed drug = placed.get(i);
            int last = lastJoined(s, placed, i + 1, GLOSS_JOINT, DRUG);
            if (!DRUG.equals(classOf(placed.get(last).mention())) || !BRACKET_ENDS_GLOSS.matcher(s).region(placed.get(last).end(), s.length()).lookingAt()) {
                continue;
            }
            for (int k = i + 1; k <= last; k++) {
                Placed product = placed.get(k);
                if (!product.mention().entityIds().equals(drug.mention().entityIds())) {
                    placed.set(k, new Placed(product.mention().relinked(drug.mention().entityIds(), "glossed-product"), product.start(), product.end()));
                }
            }
        }
    }

    /** Whether the token at {@code start} ends a hyphenated name: the BCI of the trial EXTEND-BCI is no mention of the assay BCI. */
    private static boolean endsCompound(String s, int start) {
        return start >= 2 && (s.charAt(start - 1) == '-' || s.charAt(start - 1) == '‐') && Character.isLetterOrDigit(s.charAt(start - 2));
    }

    /** The methods of a gene found by a name HGNC keeps for another purpose than its approved symbol: an alias, a previous symbol. */
    static final Set<String> BY_ALIAS = Set.of("vocab-genes-alias", "vocab-genes-previous");
    private static final String GLOSSED_SYMBOL = "glossed-symbol";

    /**
     * A gene name and an approved symbol in brackets right after it, or the other way round, name one gene, the symbol's: in
     * "SRC-2 (NCOA2)" SRC-2 is NCOA2, not FGR, whose previous symbol SRC2 shares its key. Only a name found by an alias or a
     * previous symbol yields to the symbol ({@code glossed-symbol}); two approved symbols side by side stay two genes. Each name
     * so glossed is put in {@code glossed} with its gene, for the document's other mentions of it ({@link #asGlossed}).
     */
    private void glossedBySymbol(Texts.Text text, List<Placed> placed, Map<String, List<String>> glossed) {
        String s = text.passage().text();
        for (int i = 0; i + 1 < placed.size(); i++) {
            Placed first = placed.get(i);
            Placed second = placed.get(i + 1);
            if (!opensBracket(s, placed, i, GENE) || !GENE.equals(classOf(second.mention()))
                    || !BRACKET_CLOSES.matcher(s).region(second.end(), s.length()).lookingAt()
                    || first.mention().entityIds().equals(second.mention().entityIds())) {
                continue;
            }
            int name = BY_ALIAS.contains(first.mention().method()) && isApprovedSymbol(second) ? i
                    : BY_ALIAS.contains(second.mention().method()) && isApprovedSymbol(first) ? i + 1 : -1;
            if (name >= 0) {
                Placed symbol = placed.get(name == i ? i + 1 : i);
                Placed named = placed.get(name);
                placed.set(name, new Placed(named.mention().relinked(symbol.mention().entityIds(), GLOSSED_SYMBOL), named.start(), named.end()));
                glossed.put(placed.get(name).mention().text(), symbol.mention().entityIds());
            }
        }
    }

    /** A member's number after its family's name, before a bracket: " 3A4 (" in "cytochrome P450 3A4 (CYP3A4)". */
    private static final Pattern MEMBER_NUMBER = Pattern.compile("\\s+([0-9][A-Z0-9]{1,4})\\s*\\(\\s*");

    /**
     * A family's name with a member's number, glossed by the member's approved symbol ending in that number, is the member:
     * "cytochrome P450 3A4 (CYP3A4)" is CYP3A4, not the CYP family with "3A4" left over ({@code glossed-member}).
     */
    private void membersGlossedBySymbol(Document document, Texts.Text text, List<Placed> placed) {
        String s = text.passage().text();
        for (int i = 0; i + 1 < placed.size(); i++) {
            Placed family = placed.get(i);
            Placed symbol = placed.get(i + 1);
            if (!FAMILY.equals(classOf(family.mention())) || !GENE.equals(classOf(symbol.mention())) || !isApprovedSymbol(symbol)
                    || symbol.start() < family.end() || !BRACKET_CLOSES.matcher(s).region(symbol.end(), s.length()).lookingAt()) {
                continue;
            }
            Matcher member = MEMBER_NUMBER.matcher(s.substring(family.end(), symbol.start()));
            if (member.matches() && symbol.mention().text().endsWith(member.group(1))) {
                placed.set(i, placed(document, text, family.start(), family.end() + member.end(1), MentionStatus.LINKED,
                        symbol.mention().entityIds(), 0.85, "glossed-member"));
            }
        }
    }

    /** The mentions, each found by an alias or previous symbol the document glosses elsewhere with a symbol, as that gene. */
    private static List<Mention> asGlossed(List<Mention> mentions, Map<String, List<String>> glossed) {
        if (glossed.isEmpty()) {
            return mentions;
        }
        return mentions.stream().map(m -> BY_ALIAS.contains(m.method()) && glossed.containsKey(m.text())
                ? m.relinked(glossed.get(m.text()), GLOSSED_SYMBOL) : m).toList();
    }

    /** Whether a gene's mention is its approved symbol, written as HGNC writes it. */
    private boolean isApprovedSymbol(Placed gene) {
        return gene.mention().method().equals("vocab-genes-symbol") && isGeneSymbol(gene.mention().text());
    }

    /** Whether the name at {@code i} is of {@code kind} and a bracket opens right after it on the next name. */
    private boolean opensBracket(String s, List<Placed> placed, int i, String kind) {
        Placed name = placed.get(i);
        return kind.equals(classOf(name.mention())) && placed.get(i + 1).start() >= name.end()
                && BRACKET_OPENS.matcher(s.substring(name.end(), placed.get(i + 1).start())).matches();
    }

    /** The last of the names of {@code kind} from {@code from} on that {@code joint} joins one to the next. */
    private int lastJoined(String s, List<Placed> placed, int from, Pattern joint, String kind) {
        int last = from;
        while (last + 1 < placed.size() && kind.equals(classOf(placed.get(last).mention())) && placed.get(last + 1).start() >= placed.get(last).end()
                && joint.matcher(s.substring(placed.get(last).end(), placed.get(last + 1).start())).matches()) {
            last++;
        }
        return last;
    }

    /** A name read as the pathway the lexicon knows as "NAME pathway", its mention ending at {@code end}. */
    private Optional<Placed> asPathway(Document document, Texts.Text text, Placed name, int end) {
        return lexicon.findByName(name.mention().text() + " pathway").stream().filter(e -> e.ontologyClass().equals(PATHWAY)).findFirst()
                .map(e -> new Placed(mention(document, text, name.start(), end, MentionStatus.LINKED, List.of(e.id()), 0.8, "pathway-shared-head"),
                        name.start(), end));
    }

    private String classOf(Mention m) {
        return m.entityIds().isEmpty() ? "" : lexicon.byId(m.entityIds().get(0)).map(LexiconEntry::ontologyClass).orElse("");
    }

    /**
     * What a document defines: abbreviations of known names, abbreviations of what no table knows, research codes written
     * in brackets after a known drug ("lasofoxifene (CP-336156)": the drug's code), and codes it names as drugs of a class
     * ("the CDK2 inhibitor HBR-2207": a drug of its own), each with its entity.
     */
    private record Definitions(Map<String, String> known, Set<String> unknown, Map<String, String> codes, Map<String, String> newCodes) {}

    /**
     * The names of one text; {@code trials}: the names the document gives its trials; {@code safety}: the text stands in a
     * section on side effects.
     */
    private List<Placed> names(Document document, Texts.Text text, Definitions defined, Set<String> trials, boolean safety) {
        List<Placed> found = new ArrayList<>();
        String s = text.passage().text();
        List<NameKeys.Token> tokens = text.tokens();
        boolean shouting = isShouting(s);
        int i = 0;
        while (i < tokens.size()) {
            NameKeys.Token token = tokens.get(i);
            String word = s.substring(token.start(), token.end());
            if (defined.known().containsKey(word) && !curatedAt(tokens, i, s) && !endsCompound(s, token.start())) {
                found.add(placed(document, text, token.start(), token.end(), MentionStatus.LINKED, List.of(defined.known().get(word)), 0.85,
                        "abbreviation-defined"));
                i++;
                continue;
            }
            String code = defined.codes().isEmpty() && defined.newCodes().isEmpty() ? "" : codeAt(tokens, i, s);
            if (defined.codes().containsKey(code) || defined.newCodes().containsKey(code)) {
                boolean known = defined.codes().containsKey(code);
                int end = token.start() + code.length();
                found.add(placed(document, text, token.start(), end, MentionStatus.LINKED,
                        List.of(known ? defined.codes().get(code) : defined.newCodes().get(code)), known ? 0.85 : 0.7,
                        known ? "drug-code-defined" : "pattern-coded-drug"));
                while (i < tokens.size() && tokens.get(i).start() < end) {
                    i++;
                }
                continue;
            }
            if (token.start() >= 2 && (s.charAt(token.start() - 1) == '-' || s.charAt(token.start() - 1) == '‐')
                    && Character.isLetter(s.charAt(token.start())) && (DENYING_PREFIX.matcher(s.substring(Math.max(0, token.start() - 5), token.start())).find()
                    || NUMBER_PREFIX.matcher(s.substring(Math.max(0, token.start() - 5), token.start())).find()
                    || CONJUGATE_PREFIX.matcher(s.substring(Math.max(0, token.start() - 24), token.start())).find())) {
                i++;
                continue;
            }
            Optional<Resolved> resolved = Optional.empty();
            for (NameDictionary.Match match : dictionary.matchesAt(tokens, i, s)) {
                boolean vocabularyOnly = match.refs().stream().noneMatch(NameDictionary.Ref::curated);
                if (insideTrialName(trials, s, token.start(), tokens.get(match.last()).end(), !vocabularyOnly)) {
                    continue;
                }
                // an abbreviation the document defines as what no table knows ("LDL-cholesterol (LDL-C)") is no vocabulary name
                if (vocabularyOnly && defined.unknown().contains(s.substring(token.start(), tokens.get(match.last()).end()))) {
                    continue;
                }
                if (match.first() == match.last() && vocabularyOnly
                        && (CODE_REST.matcher(s).region(token.end(), s.length()).lookingAt()
                        || RESIDUE_AFTER.matcher(s).region(token.end(), s.length()).lookingAt()
                                && match.refs().stream().allMatch(r -> r.table().equals("drugs")))) {
                    continue;
                }
                resolved = resolve(text.passage(), tokens, match, shouting, safety);
                if (resolved.isPresent()) {
                    break;
                }
            }
            if (resolved.isPresent()) {
                Resolved r = resolved.get();
                found.add(placed(document, text, r.start(), r.end(), r.status(), r.ids(), r.confidence(), r.method()));
                i = r.lastToken() + 1;
                continue;
            }
            if (DEFAULT_ABBREVIATIONS.containsKey(word) && lexicon.byId(DEFAULT_ABBREVIATIONS.get(word)).isPresent()) {
                found.add(placed(document, text, token.start(), token.end(), MentionStatus.LINKED, List.of(DEFAULT_ABBREVIATIONS.get(word)), 0.6,
                        "abbreviation-default"));
            }
            i++;
        }
        return found;
    }

    /**
     * The end of a name that opens a bracket it does not close, moved past the bracket that closes it: "unfolded protein
     * response (UPR)" is the whole name whose key "unfolded protein response (UPR" matched.
     */
    private static int closingBracket(String text, int start, int end) {
        int open = 0;
        for (int k = start; k < end; k++) {
            open += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
        }
        return open > 0 && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
    }

    private record Resolved(int start, int end, int lastToken, MentionStatus status, List<String> ids, double confidence, String method) {}

    /** A number with a Greek letter, as steroid enzymes are named by the carbon they act on ("17β", "11beta", "5α"). */
    private static final Pattern STEREO_NUMBER = Pattern.compile("[0-9]{1,2}(?:alpha|beta)");

    /**
     * Whether token {@code first} is joined by a hyphen to a number with a Greek letter before it: "HSD1" in "17β-HSD1" is
     * the end of the enzyme's name (HSD17B1), not the alias HGNC lists for another gene.
     */
    private static boolean afterStereoNumber(String text, List<NameKeys.Token> tokens, int first) {
        if (first == 0 || !tokens.get(first).joinsPrevious()) {
            return false;
        }
        NameKeys.Token before = tokens.get(first - 1);
        return STEREO_NUMBER.matcher(before.exact()).matches() && text.substring(before.end(), tokens.get(first).start()).matches("[-‐–]");
    }

    /** What follows a word used as the verb of a level: "falls below", "rises above". */
    private static final Pattern LEVEL_VERB_AFTER = Pattern.compile("\\s+(?:below|above|under|back|again|further)\\b");

    /**
     * The grounding of a dictionary match, or none; {@code safety}: the text stands in a section on side effects, where
     * a name of both a disease and an adverse event is the adverse event.
     */
    private Optional<Resolved> resolve(Passage passage, List<NameKeys.Token> tokens, NameDictionary.Match match, boolean shouting,
            boolean safety) {
        int start = tokens.get(match.first()).start();
        int end = closingBracket(passage.text(), start, tokens.get(match.last()).end());
        String sentence = sentenceAround(passage, start);
        List<String> curated = new ArrayList<>(1);
        // a curated event's level written another way ("raised ALT") counts only where no curated name matches and side
        // effects are spoken of
        boolean levelsOnly = match.refs().stream().anyMatch(r -> r.curated() && r.type().equals(LevelNames.TYPE))
                && match.refs().stream().filter(NameDictionary.Ref::curated).allMatch(r -> r.type().equals(LevelNames.TYPE));
        boolean levelsCount = levelsOnly && (safety || GroundingRules.ADVERSE_CONTEXT.matcher(sentence).find());
        for (NameDictionary.Ref ref : match.refs()) {
            if (ref.curated() && !curated.contains(ref.entityId()) && (levelsCount || !ref.type().equals(LevelNames.TYPE))) {
                curated.add(ref.entityId());
            }
        }
        if (curated.size() == 1) {
            if (namesAnotherTrial(passage.text(), end, curated.get(0))) {
                return Optional.empty();
            }
            return Optional.of(new Resolved(start, end, match.last(), MentionStatus.LINKED, List.copyOf(curated), levelsCount ? 0.85 : 0.95,
                    levelsCount ? "lexicon-level" : "lexicon-name"));
        }
        if (curated.size() > 1) {
            boolean adverse = safety || GroundingRules.ADVERSE_CONTEXT.matcher(sentence).find();
            List<String> fitting = curated.stream().filter(id -> lexicon.byId(id).map(LexiconEntry::ontologyClass)
                    .map(c -> adverse == c.equals("AdverseEvent")).orElse(false)).toList();
            return Optional.of(fitting.size() == 1
                    ? new Resolved(start, end, match.last(), MentionStatus.LINKED, fitting, 0.75, "lexicon-context")
                    : new Resolved(start, end, match.last(), MentionStatus.AMBIGUOUS, curated.stream().sorted().toList(), 0.5, "lexicon-name"));
        }
        String span = passage.text().substring(start, end);
        List<NameDictionary.Ref> refs = afterStereoNumber(passage.text(), tokens, match.first())
                ? match.refs().stream().filter(r -> !r.table().equals("genes") || r.type().equals("symbol") || r.type().equals("fullname")).toList()
                : match.refs();
        // in a section on side effects a word names an event, unless it is a verb of a level ("once glucose falls below")
        boolean event = safety && !LEVEL_VERB_AFTER.matcher(passage.text()).region(end, passage.text().length()).lookingAt();
        return rules.choose(span, refs, sentence, event, shouting, match.first() == match.last()).map(c -> new Resolved(start, end,
                match.last(), c.entityIds().size() == 1 ? MentionStatus.LINKED : MentionStatus.AMBIGUOUS, c.entityIds(), c.confidence(),
                c.method()));
    }

    /**
     * Whether a trial's name goes on, past a hyphen, as the name of another study: "SOFT-EST", "POETIC-A" are a substudy and
     * a trial of their own, not SOFT or POETIC; "EMERALD-like" still names EMERALD.
     */
    private boolean namesAnotherTrial(String text, int end, String entityId) {
        return end + 1 < text.length() && text.charAt(end) == '-'
                && (Character.isUpperCase(text.charAt(end + 1)) || Character.isDigit(text.charAt(end + 1)))
                && lexicon.byId(entityId).map(LexiconEntry::ontologyClass).filter("ClinicalTrial"::equals).isPresent();
    }

    private boolean curatedAt(List<NameKeys.Token> tokens, int i, String text) {
        return dictionary.matchesAt(tokens, i, text).stream().anyMatch(m -> m.refs().stream().anyMatch(NameDictionary.Ref::curated));
    }

    /** Whether some name of the dictionary starts at {@code start} of {@code text} and reaches {@code end} or beyond. */
    private boolean isName(String text, int start, int end) {
        List<NameKeys.Token> tokens = NameKeys.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                int k = i;
                return dictionary.matchesAt(tokens, k, text).stream().anyMatch(m -> tokens.get(m.last()).end() >= end);
            }
        }
        return false;
    }

    /** Whether a text names a drug class by one of the heads of {@link #CLASS_HEAD}. */
    private static boolean namesAClass(Texts.Text text) {
        for (String head : CLASS_HEAD_WORDS) {
            if (text.lower().contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Abbreviations a document defines in brackets after a name: of a known entity ("aromatase inhibitor (AI)",
     * "progression-free survival (PFS)"), or of something no table knows, which no table may then ground.
     */
    private Definitions definitions(List<Texts.Text> texts) {
        Map<String, String> known = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (Texts.Text text : texts) {
            String s = text.passage().text();
            // a definition opens a bracket
            CuedMatcher cued = new CuedMatcher(DEFINITION, s, i -> i < s.length() && (s.charAt(i) == '(' || s.charAt(i) == '['));
            List<NameKeys.Token> tokens = text.tokens();
            while (cued.find()) {
                Matcher m = cued.matcher();
                String abbreviation = m.group(1) != null ? m.group(1) : m.group(2);
                // "(RANKL, encoded by TNFSF11)" defines a known name; it does not make a name no table knows hide the vocabulary's
                char closing = m.group().charAt(m.group().length() - 1);
                boolean alone = closing == ')' || closing == ']';
                int nameEnd = m.start();
                while (nameEnd > 0 && s.charAt(nameEnd - 1) == ' ') {
                    nameEnd--;
                }
                Optional<Resolved> entity = entityEndingAt(text.passage(), tokens, nameEnd);
                if (entity.isPresent()) {
                    if (!isCuratedName(abbreviation) && abbreviates(abbreviation, s.substring(entity.get().start(), nameEnd))) {
                        known.putIfAbsent(abbreviation, entity.get().ids().get(0));
                    } else if (DRUG_CODE.matcher(abbreviation).matches() && entity.get().ids().size() == 1 && unknownName(abbreviation)
                            && lexicon.byId(entity.get().ids().get(0)).map(e -> e.ontologyClass().equals("Drug")).orElse(false)) {
                        codes.putIfAbsent(abbreviation, entity.get().ids().get(0));
                    }
                } else if (alone && !known.containsKey(abbreviation) && nameEnd > 0 && Character.isLetter(s.charAt(nameEnd - 1))
                        && definesSomethingElse(abbreviation, s.substring(0, nameEnd))) {
                    unknown.add(abbreviation);
                    String before = s.substring(0, nameEnd);
                    singular(abbreviation).filter(one -> !meantAlike(one, before) && !namesAProtein(one)).ifPresent(unknown::add);
                }
            }
        }
        unknown.removeAll(known.keySet());
        Set<String> besideClass = new java.util.TreeSet<>();
        for (Texts.Text text : texts) {
            String s = text.passage().text();
            if (!namesAClass(text)) {
                continue;
            }
            // a class head is a word of CLASS_HEAD, which opens with one of these letters
            for (CuedMatcher m = new CuedMatcher(CODES_AFTER_CLASS, s, i -> i < s.length() && "iadmbSP".indexOf(s.charAt(i)) >= 0); m.find(); ) {
                DRUG_CODE.matcher(m.matcher().group(1)).results().forEach(code -> besideClass.add(code.group()));
            }
            for (CuedMatcher m = CuedMatcher.atCapitals(CODE_BEFORE_CLASS, s); m.find(); ) {
                besideClass.add(m.matcher().group(1));
            }
        }
        besideClass.removeIf(c -> codes.containsKey(c) || known.containsKey(c) || !unknownName(c) || c.startsWith("NCT"));
        Map<String, String> newCodes = new HashMap<>();
        besideClass.forEach(c -> newCodes.put(c, lexicon.mint(new LexiconEntry("code-" + c.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-"), c, List.of(), "Drug", List.of())).id()));
        return new Definitions(known, unknown, codes, newCodes);
    }

    /**
     * Whether a name the lexicon or a vocabulary knows means what the words before a definition say: a word of four letters
     * or more of one of its names (its plural too) stands among the last words before it. "FGF receptors (FGFRs)" and
     * "histone deacetylases (HDACs)" define the families FGFR and HDAC, "tumour-associated macrophages (TAMs)" no disease
     * TAM (transient abnormal myelopoiesis).
     */
    private boolean meantAlike(String name, String before) {
        List<String> words = Arrays.asList(before.strip().toLowerCase(Locale.ROOT).split(NON_WORD));
        Set<String> last = new HashSet<>(words.subList(Math.max(0, words.size() - 6), words.size()));
        Stream<String> curated = lexicon.findByName(name).stream().flatMap(e -> Stream.concat(Stream.of(e.label()), e.synonyms().stream()));
        Stream<String> vocabulary = vocabularyNames(name)
                .flatMap(h -> Stream.concat(Stream.of(h.entity().label()), h.entity().names().stream().map(Vocabulary.Name::text)));
        return Stream.concat(curated, vocabulary).flatMap(n -> Arrays.stream(n.toLowerCase(Locale.ROOT).split(NON_WORD)))
                .filter(w -> w.length() >= 4).anyMatch(w -> last.contains(w) || last.contains(w + "s") || last.contains(w + "es"));
    }

    private static final String NON_WORD = "[^\\p{L}\\p{N}]+";

    /** Whether the lexicon or a vocabulary knows {@code name} as a gene or a protein family ("FGFR", of "FGF receptors (FGFRs)"). */
    private boolean namesAProtein(String name) {
        Set<String> proteins = Set.of(GENE, FAMILY);
        return lexicon.findByName(name).stream().anyMatch(e -> proteins.contains(e.ontologyClass()))
                || vocabularyNames(name).anyMatch(h -> proteins.contains(h.entity().ontologyClass()));
    }

    /** The vocabulary's names written exactly as {@code name}, with their entities; none for a name with no key. */
    private Stream<Vocabulary.Hit> vocabularyNames(String name) {
        return Optional.ofNullable(NameKeys.exactKey(name)).stream().flatMap(k -> lexicon.vocabulary().names(k, true).stream());
    }

    /** The abbreviation a plural one is made of: "TAM" of "TAMs", defined as "tumour-associated macrophages (TAMs)". */
    private static Optional<String> singular(String abbreviation) {
        int n = abbreviation.length();
        return n >= 3 && abbreviation.charAt(n - 1) == 's' && Character.isUpperCase(abbreviation.charAt(n - 2))
                ? Optional.of(abbreviation.substring(0, n - 1)) : Optional.empty();
    }

    /**
     * Whether a bracketed abbreviation after a name no table knows defines something else than a vocabulary name of the same
     * letters: its letters stand in order in the words before it (the test of Schwartz and Hearst, over at most
     * min(|A| + 5, 2|A|) words: "normalised enrichment score [NES]", not the gene NES; "oxysterol 7α-hydroxylase (CYP7B1)" is
     * no such definition), unless the abbreviation is a gene's approved symbol and those words end as a protein's name does,
     * the protein's gene ("HMG-CoA reductase (HMGCR)"), or begin the gene's approved name ("smoothened (SMO)").
     */
    private boolean definesSomethingElse(String abbreviation, String before) {
        String[] words = before.strip().split("\\s+");
        int n = Math.min(words.length, Math.min(abbreviation.length() + 5, 2 * abbreviation.length()));
        String longForm = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
        if (!abbreviates(abbreviation, longForm)) {
            return false;
        }
        Optional<Vocabulary.Entity> gene = geneOfSymbol(abbreviation);
        if (gene.isEmpty()) {
            return true;
        }
        String lastWords = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 3), words.length));
        return !(PROTEIN_HEAD.matcher(longForm).find() || GroundingRules.beginsAName(lastWords, fullNames(gene.get())));
    }

    /** Whether {@code name}, as written, is the approved symbol of a gene of the vocabulary. */
    private boolean isGeneSymbol(String name) {
        return geneOfSymbol(name).isPresent();
    }

    /** The gene of the vocabulary whose approved symbol {@code name} is, as written. */
    private Optional<Vocabulary.Entity> geneOfSymbol(String name) {
        return vocabularyNames(name)
                .filter(h -> h.entity().table().equals("genes") && h.type().equals("symbol") && h.entity().label().equals(name))
                .map(Vocabulary.Hit::entity).findFirst();
    }

    /** The approved full names of a vocabulary entity ("sonic hedgehog signaling molecule"). */
    private static List<String> fullNames(Vocabulary.Entity entity) {
        return entity.names().stream().filter(n -> n.type().equals("fullname")).map(Vocabulary.Name::text).toList();
    }

    /** Whether no curated or vocabulary name is {@code name}. */
    private boolean unknownName(String name) {
        return lexicon.findByName(name).isEmpty() && !isName(name, 0, name.length());
    }

    /** The research code that starts at token {@code i}, across the hyphen the tokens may split it at; "" if none does. */
    private static String codeAt(List<NameKeys.Token> tokens, int i, String s) {
        int start = tokens.get(i).start();
        if (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '-')) {
            return "";
        }
        Matcher m = DRUG_CODE.matcher(s).region(start, s.length());
        return m.lookingAt() && (m.end() == s.length() || !Character.isLetterOrDigit(s.charAt(m.end())) && s.charAt(m.end()) != '-') ? m.group() : "";
    }

    /**
     * Whether {@code abbreviation} can abbreviate {@code longForm}: its letters and digits stand in the long form in
     * order, the first at the start of a word (the test of Schwartz and Hearst, PSB 2003): "PFS" abbreviates
     * "progression-free survival", "TAnDEM" does not abbreviate "metastatic breast cancer". A capitalised
     * abbreviation with one letter per word of the long form is made of their initials: "ABC" abbreviates
     * "advanced breast cancer", "ACE" (a trial's name after its title) does not.
     */
    static boolean abbreviates(String abbreviation, String longForm) {
        String[] words = longForm.strip().split("[\\s-]+");
        if (abbreviation.chars().allMatch(Character::isUpperCase) && abbreviation.length() == words.length) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                initials.append(w.isEmpty() ? ' ' : Character.toUpperCase(w.charAt(0)));
            }
            if (!initials.toString().equals(abbreviation)) {
                return false;
            }
        }
        String a = abbreviation.toLowerCase(java.util.Locale.ROOT);
        String l = longForm.toLowerCase(java.util.Locale.ROOT);
        int li = l.length() - 1;
        for (int ai = a.length() - 1; ai >= 0; ai--) {
            char c = a.charAt(ai);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c || ai == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            li--;
        }
        return true;
    }

    private Optional<Resolved> entityEndingAt(Passage passage, List<NameKeys.Token> tokens, int end) {
        int last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() == end) {
                last = k;
            }
        }
        for (int first = Math.max(0, last - org.airkg.extract.lexicon.Vocabulary.MAX_TOKENS + 1); first <= last && last >= 0; first++) {
            for (NameDictionary.Match match : dictionary.matchesAt(tokens, first, passage.text())) {
                if (match.last() == last) {
                    Optional<Resolved> r = resolve(passage, tokens, match, false, false);
                    if (r.isPresent() && r.get().status() == MentionStatus.LINKED) {
                        return r;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean isCuratedName(String name) {
        List<NameKeys.Token> tokens = NameKeys.tokens(name);
        return !tokens.isEmpty() && dictionary.matchesAt(tokens, 0, name).stream()
                .anyMatch(m -> m.last() == tokens.size() - 1 && m.refs().stream().anyMatch(NameDictionary.Ref::curated));
    }

    /** Whether most letters of a text are capitals: a heading in capitals, where symbols cannot be told from words. */
    private static boolean isShouting(String s) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 12 && upper * 10 >= letters * 8;
    }

    static String sentenceAround(Passage passage, int at) {
        int offset = 0;
        String text = passage.text();
        for (var sentence : passage.sentences()) {
            int begin = text.indexOf(sentence.text(), offset);
            if (begin >= 0 && at >= begin && at < begin + sentence.text().length()) {
                return sentence.text();
            }
            offset = Math.max(offset, begin);
        }
        return text;
    }

    private static Placed placed(Document document, Texts.Text text, int start, int end, MentionStatus status, List<String> ids,
            double confidence, String method) {
        return new Placed(mention(document, text, start, end, status, ids, confidence, method), start, end);
    }

    static Mention mention(Document document, Texts.Text text, int start, int end, MentionStatus status, List<String> ids,
            double confidence, String method) {
        Passage p = text.passage();
        return new Mention(p.text().substring(start, end), p.sourceSpan(start, end, document.source()), text.element(),
                text.sectionId(), status, ids, Optional.empty(), confidence, method);
    }
}
