package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.Texts;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/**
 * Relations a sentence states by its shape rather than by a verb.
 * <ul>
 *   <li>{@code in-class}: a drug named with its class, in apposition or as its head: "the CDK4/6 inhibitor
 *       palbociclib", "abemaciclib, an oral CDK4/6 inhibitor", "fulvestrant (a SERD)", "SERDs such as elacestrant
 *       and camizestrant", "letrozole is a non-steroidal aromatase inhibitor", "letrozole and anastrozole are non-steroidal aromatase
 *       inhibitors" (each drug of a list after the class, or before "are" and the class), "the previous CDK4/6 inhibitor
 *       was palbociclib in 71%, ribociclib in 18% and abemaciclib in 11%" (a class broken down by share of patients).</li>
 *   <li>{@code variant-of}: a variant named in the text, of the gene the lexicon ties it to ("AKT1 E17K").</li>
 *   <li>{@code evaluated-in-trial}: a drug and the trial nearest to it in its own clause ("X in EMERALD,
 *       whereas Y in SERENA-4"; a brand name in brackets after the drug is no second mention), unless the drug is the
 *       therapy patients had before ("who had progressed on letrozole"), an exclusion ("rather than tamoxifen")
 *       or names a model ("letrozole-resistant cells"); in a table row, every drug of the row with its trial.</li>
 * </ul>
 */
final class StructuralRules {
    private static final Set<String> DRUG_CLASS = Set.of("DrugClass");
    /**
     * Between a class and its drug: nothing ("the mTOR inhibitor everolimus"), a comma, "such as", "including", ", either", "(",
     * or a comma and how often the class is that drug ("a CDK4/6 inhibitor, most often palbociclib", "an AI, usually letrozole").
     */
    private static final Pattern CLASS_THEN_DRUG = Pattern.compile("(?i)^[\\s*_]*(?:,?\\s*(?:such as|including|like|e\\.g\\.,?|either|namely|among them)\\s*"
            + "|,\\s*(?:most\\s+)?(?:usually|often|commonly|frequently|typically|mainly|mostly|chiefly|predominantly|generally)\\s+"
            + "|\\(\\s*(?:e\\.g\\.,?\\s*)?|,\\s*)?[\\s*_]*$");
    /** Between a class and its drugs in brackets, one word of use before the bracket: "a GnRH agonist trigger (triptorelin or leuprolide)". */
    private static final Pattern CLASS_WORD_BRACKET = Pattern.compile("(?i)^\\s+[a-z]+\\s*\\(\\s*$");
    /**
     * A verb right after a class that follows a drug and a comma: the class opens the next clause as its subject ("For men
     * who cannot take tamoxifen, an AI should be combined with ..."), it is no apposition to the drug.
     */
    private static final Pattern VERB_AFTER = Pattern.compile("(?i)^[\\s*_]*(?:should|may|might|can|could|will|would|must|is|are|was|were|"
            + "has|have|had|remains?|appears?|seems?)\\b");
    /**
     * Between a drug and its class: ", an oral ATP-competitive", ": an allosteric", " (a", " is a reversible, highly selective",
     * ", another"; no preposition, whose class is another drug's ("remains an option after AI-related arthralgia").
     */
    private static final Pattern DRUG_THEN_CLASS = Pattern.compile("(?i)^[\\s*_]*(?:[,:]\\s*(?:an?|the|another)|\\(\\s*(?:an?|the)?|\\s(?:is|was|remains)\\s+(?:an?|the)"
            + "|,?\\s+(?:or|and)\\s+(?:another|other))\\s+(?:(?!(?:after|before|for|with|than|to|in|on|of|from|versus|vs|plus)\\b)[\\w/-]+,?\\s+){0,4}"
            + "[\\s*_]*$");
    /**
     * Between the last drug of a list and the class they all belong to: " are non-steroidal", " were both", ", both" ("alpelisib
     * and inavolisib, both PI3Kα-selective inhibitors"); no word that denies, compares or tells a use ("are not", "are more
     * potent than", "are given with").
     */
    private static final Pattern DRUGS_ARE_CLASS = Pattern.compile("(?i)^[\\s*_]*(?:\\s(?:are|were)\\s+(?:both\\s+|all\\s+)?|,\\s+(?:both|all|each)\\s+)"
            + "(?:(?!(?:not|no|never|than|as|more|less|also|used|given|combined|with|to|in|on|for|of|after|before|like|better|worse)\\b)"
            + "[\\w/-]+\\s+){0,3}[\\s*_]*$");
    /**
     * A share of patients after a drug or class, its dose first if written: " in 71%", " 10 mg in 49", " in 57.8% of patients";
     * how a report breaks a class down into its drugs ("The previous CDK4/6 inhibitor was palbociclib in 71%, ...").
     */
    private static final String SHARE_OF = "[\\s*_]*(?:[\\d.,]+\\s*(?:mg|µg|μg|g|IU|mL)\\s+(?:[a-z]+\\s+){0,2})?(?:in|for)\\s+\\d";
    private static final Pattern SHARE = Pattern.compile("(?i)^" + SHARE_OF);
    /** A share and the joint before the next drug of the breakdown: " in 24.2%, ", " in 173 and ", " 10 mg in 49 (12.5%), and ". */
    private static final Pattern SHARE_THEN_NEXT = Pattern.compile("(?i)^" + SHARE_OF + "[^;:]{0,40}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");
    /**
     * What may stand before a class that opens its clause as the subject of a breakdown: an article and up to two words ("The
     * previous CDK4/6 inhibitor was ..."); in "The CDK4/6 inhibitor continued alongside X or the AI was ..." the AI is not
     * the subject.
     */
    private static final Pattern CLASS_OPENS = Pattern.compile("(?i)^(?:.*[;:,]\\s*)?[\\s*_]*(?:(?:the|an?|their|its)\\s+)?(?:[\\w-]+\\s+){0,2}[\\s*_]*$");
    /** Between a class and the first drug of its breakdown: " was ", " had been ", " were ", " was added in 87 (22.1%), ". */
    private static final Pattern CLASS_WAS = Pattern.compile("(?i)^[\\s*_]*(?:was|were|had\\s+been)\\s+(?:(?:added|given|used|chosen|prescribed|started|received|taken)\\s+"
            + "(?:in|for|by)\\s+\\d[^;:]{0,40}?,\\s*)?$");
    /** The comma and gathering word of {@link #DRUGS_ARE_CLASS} (", both", ", all", ", each"). */
    private static final Pattern BOTH_AFTER_COMMA = Pattern.compile("(?i)^[\\s*_]*,\\s+(?:both|all|each)\\b");
    /** A class in brackets right after the drug or list of drugs it names: "palbociclib, ribociclib and abemaciclib (CDK4/6 inhibitors)". */
    private static final Pattern BRACKETED = Pattern.compile("^[\\s*_]*\\(\\s*(?:(?:an?|the|all|both)\\s+)?$");
    private static final Pattern CLOSING = Pattern.compile("^\\s*\\)");
    /** Between a class and the first of its drugs listed in brackets: "a CDK4/6 inhibitor (palbociclib, ribociclib or abemaciclib)". */
    private static final Pattern DRUGS_BRACKETED = Pattern.compile("(?i)^[\\s*_]*\\(\\s*(?:e\\.g\\.,?\\s*|such as\\s+|mainly\\s+|mostly\\s+)?$");
    /** Between a class and its drugs listed in brackets after its abbreviation: " (AI; " of "an aromatase inhibitor (AI; letrozole ...". */
    private static final Pattern ABBREVIATION_THEN_DRUGS = Pattern.compile("(?i)^[\\s*_]*\\(\\s*[^\\s();,]{1,12}\\s*[;,:]\\s*(?:e\\.g\\.,?\\s*|such as\\s+)?$");
    private static final Pattern CLOSED = Pattern.compile("\\s*(?:\\([^()]*\\)\\s*)?(?:[,;.)]|$)");
    /** Between a drug and the trial it was tested in: " from ", " in the phase III ". */
    private static final Pattern TRIAL_TIE = Pattern.compile("(?i)^[\\s*_]*(?:from|in|into|of)\\s+(?:the\\s+)?(?:(?:randomi[sz]ed|pivotal|phase\\s+\\w+)\\s+)*[\\s*_]*$");
    /** Between a trial and the drug it tested: "NATALEE with ribociclib", "ENCORE 301 of entinostat", "E2112, testing entinostat". */
    private static final Pattern TESTED_WITH = Pattern.compile("(?i)^[\\s*_]*,?\\s*(?:with|of|testing|tested)\\s+(?:(?:the|an?)\\s+)?[\\s*_]*$");
    /** A drug tied by a preposition to a source that is no trial named here: "capivasertib from its phase III programme". */
    private static final Pattern TIED_ELSEWHERE = Pattern.compile("(?i)^\\s*(?:from|in)\\s+(?:its|their|other|separate|an?)\\b");
    /**
     * Between a drug and the trial in the first brackets after it: "inavolisib with palbociclib and fulvestrant (", as in a list
     * whose items each end in their trial ("alpelisib with fulvestrant (SOLAR-1), the PI3Kα inhibitor inavolisib with ...
     * (INAVO120)").
     */
    private static final Pattern TRIAL_BRACKETED = Pattern.compile("^[^();.]{0,60}\\(\\s*$");
    /**
     * Words after a drug that make it what a trial measures, not what it tests: "Estradiol Suppression With Anastrozole",
     * "at least one estradiol value above 2.72 pg/mL", "serum testosterone levels".
     */
    private static final Pattern ANALYTE_AFTER = Pattern.compile("(?i)^[*_]*\\s+(?:suppression|deprivation|withdrawal|values?|levels?|concentrations?)\\b");
    /**
     * A sentence that opens in the one trial it names ("In MONALEESA-7, which enrolled premenopausal women, ... given
     * ribociclib"): the trial is the setting of the whole sentence, across the clauses a relative clause opens.
     */
    private static final Pattern SETTING = Pattern.compile("(?i)^[\\s*_]*in\\s+(?:the\\s+)?[\\s*_]*$");
    private static final Pattern BARE_COMMA = Pattern.compile("^[\\s*_]*,[\\s*_]*$");
    /** A preposition right before a name: it opens a list of what the preposition takes ("compared stimulation with "). */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:with|of|to|between|among|on|from|by|versus|vs\\.?)\\s+[*_]*$");
    private static final Pattern AFTER_PREPOSITION_AND_ARTICLE = Pattern.compile("(?i)\\b(?:with|of|to|on|from|by|after)\\s+an?\\s+[*_]*$");
    /** "and" or "or" between two names: the last item of a list follows. */
    static final Pattern CONJUNCTION = Pattern.compile("(?i)\\b(?:and|or)\\b");
    /** "and a", "or an" or "plus a" between two names, the second coordinated with the first ("on an AI plus a CDK4/6 inhibitor"). */
    private static final Pattern CONJUNCT = Pattern.compile("(?i)^[\\s*_]*(?:and|or|plus)\\s+(?:an?\\s+)?[\\s*_]*$");
    /** Between two drugs of one list. */
    static final Pattern LIST = Pattern.compile("(?i)^[\\s*_]*(?:,|,?\\s*(?:and|or))\\s*[\\s*_]*$");
    /** Between two drugs of a class's list, each with its count or dose: " 803, " in "(palbociclib 803, ribociclib 512)". */
    private static final Pattern COUNTED_LIST = Pattern.compile("(?i)^[\\s*_]*(?:[\\d.,]*\\d%?\\s*(?:mg\\s*)?)?(?:,|,?\\s*(?:and|or))\\s*[\\s*_]*$");
    /** Between a class and the first drug of its breakdown in brackets: " in 842 patients (" ("an AI in 842 patients (letrozole 701, ..."). */
    private static final Pattern CLASS_SHARE_BRACKET = Pattern.compile("(?i)^\\s+in\\s+[\\d.,]+%?(?:\\s+(?:of\\s+)?(?:patients|women|men))?\\s*\\(\\s*$");
    /** A class named in the plural: "non-steroidal aromatase inhibitors", "AIs". */
    private static final Pattern PLURAL = Pattern.compile("[a-z]s$|[A-Z]s$");
    /**
     * The comma that closes a class in apposition to a list, its abbreviation in brackets between: "Letrozole and anastrozole,
     * non-steroidal aromatase inhibitors (AIs), block aromatase".
     */
    private static final Pattern APPOSITION_CLOSED = Pattern.compile("^[\\s*_]*(?:\\([^()]*\\)\\s*)?,");

    /** A sentence that tells a trial's design: "were randomised", "was assigned". */
    private static final Pattern DESIGN = Pattern.compile("(?i)\\brandomi[sz]ed\\b|\\b(?:were|was)\\s+(?:randomly\\s+)?(?:assigned|allocated)\\b");
    /** A population before its disease: "724 postmenopausal women with ", "patients with newly diagnosed ". */
    private static final Pattern POPULATION = Pattern.compile("(?i)\\b(?:women|men|patients|participants|adults|girls|subjects|people)"
            + "\\s+with\\s+(?:[\\w-]+\\s+){0,2}[*_]*$");
    /** What parts the arms of a trial: "X plus Y or placebo plus Y", "X versus Y". */
    private static final Pattern ARMS_APART = Pattern.compile("(?i)\\b(?:or|versus|vs\\.?|compared with)\\b");
    /**
     * Words before a drug (or before the list it ends: "progressed on X or Y given with Z") that make it the therapy before
     * entry ("stratified by prior adjuvant tamoxifen", "started after five years of tamoxifen"), or one set aside ("rather
     * than X", "diarrhoea managed with loperamide").
     */
    private static final Pattern PRIOR = Pattern.compile("(?i)(?:progress\\w* (?:on|after|during)|progression (?:on|after)|after|following|"
            + "previously treated with|prior|pretreated with|refractory to|resistant to|resistance to|failure (?:of|on)|"
            + "failed to (?:ovulate|respond) (?:on|to|with)|failed|exposure to|"
            + "rather than|instead of|unlike|stratified (?:by|for|according to)|managed with|"
            + "(?:after|following|completing|completed)\\s+(?:\\S+\\s+){0,2}?(?:years?|months?)\\s+of)\\s+(?:(?:an?|the|one|two|\\w+-line|non-steroidal|steroidal|(?:neo)?adjuvant)\\s+){0,3}"
            + "(?:[\\w/-]+\\s+(?:or|and|plus|\\+|(?:given|combined) with|with)\\s+){0,4}[*_]*$");
    /**
     * How far before a drug {@link #PRIOR} looks: far enough for a list of four drugs after the cue ("progressed on
     * palbociclib or ribociclib given with letrozole or anastrozole").
     */
    private static final int PRIOR_WINDOW = 110;
    /**
     * Words after a drug that make it the name of a model ("letrozole-resistant cells") or of a condition patients have
     * ("women with clomiphene citrate resistance", "letrozole failure"), not a drug a trial gives.
     */
    private static final Pattern MODEL_AFTER = Pattern.compile("(?i)^[*_]*(?:-(?:resistant|sensitive|treated|naive|naïve)\\b"
            + "|\\s+(?:resistance|resistant|failure|refractory)\\b)");


    private StructuralRules() {}

    static List<Found> evaluatedInTrial(Unit u, RelationRule rule, Scope s) {
        List<Mention> trials = s.objects(u, rule);
        List<Found> found = new ArrayList<>();
        boolean row = u.element().path().startsWith("/row/");
        if (trials.isEmpty()) {
            if (row) {
                return found;
            }
            List<Found> design = u.has(DESIGN) ? designOfTheTrialBefore(u, rule, s) : List.of();
            return design.isEmpty() ? dosedInTheTrialOfTheTitle(u, rule, s) : design;
        }
        for (Mention drug : s.subjects(u, rule)) {
            if (!testedHere(u, drug)) {
                continue;
            }
            if (row) {
                trials.forEach(t -> found.add(new Found(drug, rule.predicate(), t)));
                continue;
            }
            if (restatesTheOneBefore(u, drug, s.subjects(u, rule))) {
                continue;
            }
            List<Mention> drugs = s.subjects(u, rule);
            Optional<Mention> setting = trials.size() == 1 && SETTING.matcher(u.textBefore(trials.get(0).span().start())).matches()
                    ? Optional.of(trials.get(0)) : Optional.empty();
            List<Mention> candidates = trials.stream().filter(t -> setting.isPresent() || !Clauses.BOUNDARY.matcher(read(u.between(drug, t))).find())
                    .filter(t -> drugs.stream().noneMatch(other -> !other.entityIds().equals(drug.entityIds())
                            && (tiedBefore(u, t, other) || t.span().end() <= drug.span().start() && tiedAfter(u, other, t))))
                    .toList();
            candidates.stream()
                    .min(Comparator.comparingInt((Mention t) -> tiedAfter(u, drug, t) ? 0 : 1).thenComparingInt(t -> distance(drug, t)))
                    .filter(nearest -> !(listed(u, drugs, drug) && listed(u, trials, nearest)))
                    .ifPresent(nearest -> listOf(u, candidates, nearest).forEach(t -> found.add(new Found(drug, rule.predicate(), t))));
        }
        return found;
    }

    /**
     * The trial nearest to a drug with the trials listed with it ("lengthened survival in MONALEESA-2, MONALEESA-3 and
     * MONALEESA-7", "In PALOMA-2 and PALOMA-3, palbociclib ..."): a drug named alone was evaluated in each.
     */
    private static List<Mention> listOf(Unit u, List<Mention> trials, Mention nearest) {
        int at = trials.indexOf(nearest);
        int first = at;
        while (first > 0 && LIST.matcher(u.between(trials.get(first - 1), trials.get(first))).matches()) {
            first--;
        }
        int last = at;
        while (last + 1 < trials.size() && LIST.matcher(u.between(trials.get(last), trials.get(last + 1))).matches()) {
            last++;
        }
        return trials.subList(first, last + 1);
    }

    /**
     * A design sentence that names no trial ("Patients were randomised 1:1 to abemaciclib plus fulvestrant or placebo plus
     * fulvestrant") speaks of the one trial its paragraph named before it: each drug of the arms was evaluated in it, the
     * therapy before entry and a drug tied to another source aside. A paragraph that named several trials says nothing.
     */
    private static List<Found> designOfTheTrialBefore(Unit u, RelationRule rule, Scope s) {
        Optional<String> trial = u.named(s.classOf(), rule.objects());
        if (trial.isEmpty()) {
            return List.of();
        }
        Mention named = Reader.Scope.standIn(u, trial.get());
        List<Mention> drugs = s.subjects(u, rule);
        return drugs.stream().filter(drug -> testedHere(u, drug) && !restatesTheOneBefore(u, drug, drugs))
                .map(drug -> new Found(drug, rule.predicate(), named)).toList();
    }

    /** The heading of a section that tells how a trial was run and what it gave: "Methods", "Study design", "Treatment". */
    private static final Pattern CONDUCT_HEADING = Pattern.compile("(?i)\\b(?:methods?|design|treatments?|interventions?|study drugs?|"
            + "procedures?|protocol|regimens?|dosing|randomi[sz]ation)\\b");
    /** A dose right after a drug, a code or gloss in brackets allowed between: "letrozole 2.5 mg", "hCG (Ovitrelle) 250 µg". */
    private static final Pattern DOSE_AFTER = Pattern.compile("^[\\s*_]*(?:\\([^()]{0,40}\\)\\s*)?\\d[\\d.,]*\\s*(?:mg|µg|μg|mcg|IU|g)\\b");

    /**
     * A step of a cycle's routine rather than what a trial compares: a trigger given once the lead follicle reached a size,
     * luteal support, a withdrawal bleed, monitoring.
     */
    private static final Pattern ROUTINE_STEP = Pattern.compile("(?i)\\btrigger(?:ed|ing|s)?\\b|\\b(?:lead(?:ing)?|dominant)\\s+follicles?\\b"
            + "|\\bfollicles?\\s+(?:reached|measured)\\b|\\bluteal(?:\\s+phase)?\\s+support\\b|\\bbleed\\b|\\bmonitoring\\b");

    /**
     * A drug given at a dose in a section on how a trial was run ("Methods", "Treatment"), in a report whose title names one
     * trial and whose paragraph names no other: the trial gave it ("- Letrozole arm: letrozole 5 mg daily on cycle days
     * 2-6, plus recombinant FSH 300 IU"). The therapy before entry, a drug tied to another source and a step of the cycle's
     * routine ("hCG 5,000 IU once the lead follicle reached 18 mm", luteal support) stay aside: the golds part on them.
     */
    private static List<Found> dosedInTheTrialOfTheTitle(Unit u, RelationRule rule, Scope s) {
        if (!CONDUCT_HEADING.matcher(s.headings().apply(u)).find() || u.contextNamesSeveral(s.classOf(), rule.objects())
                || u.has(ROUTINE_STEP)) {
            return List.of();
        }
        List<Mention> dosed = s.subjects(u, rule).stream()
                .filter(drug -> testedHere(u, drug) && DOSE_AFTER.matcher(u.textBetween(drug.span().end(), u.span().end())).lookingAt()).toList();
        if (dosed.isEmpty()) {
            return List.of();
        }
        // the title is looked for only once a sentence doses a drug in a section on how a trial was run
        List<String> titled = s.units().stream().filter(t -> t.element().kind().equals(Texts.TITLE))
                .flatMap(t -> s.objects(t, rule).stream()).map(m -> m.entityIds().get(0)).distinct().toList();
        Optional<String> paragraph = u.named(s.classOf(), rule.objects());
        if (titled.size() != 1 || paragraph.isPresent() && !paragraph.get().equals(titled.get(0))) {
            return List.of();
        }
        Mention trial = Reader.Scope.standIn(u, titled.get(0));
        return dosed.stream().map(drug -> new Found(drug, rule.predicate(), trial)).toList();
    }

    /**
     * Whether a mention stands in a list of its kind ("palbociclib, ribociclib or abemaciclib", "(PALOMA-2, MONALEESA-2,
     * MONARCH 3)"). A list of drugs beside a list of trials pairs them in an order the sentence does not state, so no drug
     * takes the trial nearest to it.
     */
    private static boolean listed(Unit u, List<Mention> kind, Mention m) {
        return kind.stream().anyMatch(other -> other != m && !other.entityIds().equals(m.entityIds())
                && LIST.matcher(u.between(m, other)).matches());
    }

    /**
     * Whether a drug is one the sentence's trial tests: not the therapy before entry, a model's name, tied to another source or
     * what is measured ("estradiol suppression").
     */
    private static boolean testedHere(Unit u, Mention drug) {
        String after = u.textBetween(drug.span().end(), Math.min(drug.span().end() + 20, u.span().end()));
        return !PRIOR.matcher(tail(u.textBefore(drug.span().start()), PRIOR_WINDOW)).find() && !MODEL_AFTER.matcher(after).find()
                && !TIED_ELSEWHERE.matcher(after).find() && !ANALYTE_AFTER.matcher(after).find();
    }

    /**
     * Whether a trial names the drug right after it as what it tested: "monarchE with abemaciclib, NATALEE with ribociclib"
     * (NATALEE is ribociclib's, not the abemaciclib named before it).
     */
    private static boolean tiedBefore(Unit u, Mention trial, Mention drug) {
        return drug.span().start() >= trial.span().end() && TESTED_WITH.matcher(u.between(trial, drug)).matches();
    }

    /**
     * Whether a trial is tied to the drug before it by a preposition ("alpelisib from SOLAR-1", "everolimus in BOLERO-2") or
     * stands in the first brackets after it ("alpelisib with fulvestrant (SOLAR-1)").
     */
    private static boolean tiedAfter(Unit u, Mention drug, Mention trial) {
        return trial.span().start() >= drug.span().end()
                && (TRIAL_TIE.matcher(u.between(drug, trial)).matches() || TRIAL_BRACKETED.matcher(u.between(drug, trial)).matches());
    }

    /**
     * A trial's design: "randomised 724 women with HR-positive advanced breast cancer who had progressed on a non-steroidal
     * aromatase inhibitor to everolimus plus exemestane or placebo plus exemestane" states that everolimus treats the
     * disease named right after "with". The arms follow the cue, parted by "or", "versus" or "vs"; a drug every arm
     * receives (exemestane) is the backbone, not what is tested, unless only one arm is named; a drug named as therapy
     * before entry ("progressed on letrozole") is no arm.
     */
    static List<Found> trialArms(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            java.util.Optional<Mention> disease = s.objects(u, rule).stream()
                    .filter(d -> POPULATION.matcher(tail(u.textBefore(d.span().start()), 40)).find()).findFirst();
            if (disease.isEmpty()) {
                continue;
            }
            int armsFrom = Math.max(cue.offset() + cue.text().length(), disease.get().span().end());
            List<Mention> drugs = s.subjects(u, rule).stream().filter(m -> m.span().start() >= armsFrom)
                    .filter(m -> !PRIOR.matcher(tail(u.textBefore(m.span().start()), PRIOR_WINDOW)).find()).toList();
            List<Set<String>> arms = new ArrayList<>();
            arms.add(new java.util.HashSet<>());
            int last = armsFrom;
            for (Mention drug : drugs) {
                if (ARMS_APART.matcher(u.textBetween(last, drug.span().start())).find() && !arms.get(arms.size() - 1).isEmpty()) {
                    arms.add(new java.util.HashSet<>());
                }
                arms.get(arms.size() - 1).add(drug.entityIds().get(0));
                last = drug.span().end();
            }
            if (ARMS_APART.matcher(u.textBetween(last, u.span().end())).find()) {
                arms.add(Set.of());
            }
            Set<String> inEvery = new java.util.HashSet<>(arms.get(0));
            arms.forEach(inEvery::retainAll);
            if (arms.size() == 1) {
                inEvery.clear();
            }
            for (Mention drug : drugs) {
                if (!inEvery.contains(drug.entityIds().get(0))) {
                    found.add(new Found(drug, rule.predicate(), disease.get()));
                }
            }
            break;
        }
        return found;
    }

    private static String tail(String text, int length) {
        return text.length() > length ? text.substring(text.length() - length) : text;
    }

    /** A name in brackets after another name of the same entity: "abemaciclib (Verzenio)" names abemaciclib once. */
    private static boolean restatesTheOneBefore(Unit u, Mention m, List<Mention> mentions) {
        return mentions.stream().anyMatch(o -> o.span().end() <= m.span().start() && o.entityIds().equals(m.entityIds())
                && u.between(o, m).matches("\\s*\\(\\s*(?:[^()]*[,;]\\s*)?"));
    }

    private static int distance(Mention a, Mention b) {
        return a.span().start() < b.span().start() ? b.span().start() - a.span().end() : a.span().start() - b.span().end();
    }

    /** Whether a mention of the class {@code named} stands between it and {@code drug}: the abbreviation in "(AI; letrozole". */
    private static boolean abbreviatedBetween(List<Mention> mentions, Mention named, Mention drug) {
        return mentions.stream().anyMatch(c -> c != named && c.entityIds().equals(named.entityIds()) && c.span().start() >= named.span().end()
                && c.span().end() <= drug.span().start());
    }

    static List<Found> inClass(Unit u, RelationRule rule, Scope s) {
        return drugsWithTheirClass(u, rule.subjects(), rule.objects(), rule.predicate(), s);
    }

    /** The drugs of {@code drugs} kinds named with a class of {@code classes} kinds, as in {@link #inClass}. */
    private static List<Found> drugsWithTheirClass(Unit u, Set<String> drugs, Set<String> classes, String predicate, Scope s) {
        List<Mention> sorted = new ArrayList<>(u.of(s.classOf(), union(drugs, classes)));
        sorted.sort(Comparator.comparingInt(m -> m.span().start()));
        List<Mention> mentions = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        Mention bracketed = null;
        for (Mention m : sorted) {
            Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            boolean aside = last != null && u.between(last, m).matches("(?s)\\s*\\([^()]*");
            boolean drug = !classes.contains(s.kindOf(m));
            if (!aside) {
                mentions.add(m);
                bracketed = null;
            } else if (!drug && !classes.contains(s.kindOf(last)) && BRACKETED.matcher(u.between(last, m)).matches()
                    && CLOSING.matcher(u.textBetween(m.span().end(), Math.min(m.span().end() + 3, u.span().end()))).lookingAt()) {
                found.add(new Found(last, predicate, m));
                listedBefore(u, s, classes, mentions, mentions.size() - 1).forEach(d -> found.add(new Found(d, predicate, m)));
            } else if (drug && classes.contains(s.kindOf(last)) && (DRUGS_BRACKETED.matcher(u.between(last, m)).matches()
                    || ABBREVIATION_THEN_DRUGS.matcher(u.between(last, m)).matches() && abbreviatedBetween(sorted, last, m))) {
                found.add(new Found(m, predicate, last));
                bracketed = m;
            } else if (drug && bracketed != null && classes.contains(s.kindOf(last)) && listedOn(u, bracketed, m)) {
                found.add(new Found(m, predicate, last));
                bracketed = m;
            } else {
                bracketed = null;
            }
        }
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            boolean aClass = classes.contains(s.kindOf(a));
            boolean bClass = classes.contains(s.kindOf(b));
            String between = read(u.between(a, b));
            boolean classThenDrug = CLASS_THEN_DRUG.matcher(between).matches() || CLASS_WORD_BRACKET.matcher(u.between(a, b)).matches()
                    || CLASS_SHARE_BRACKET.matcher(u.between(a, b)).matches();
            if (aClass && !bClass && classThenDrug && !coordinated(u, mentions, i, between)
                    && !(BARE_COMMA.matcher(between).matches() && listEndsOnAClass(u, s, classes, mentions, i))) {
                found.add(new Found(b, predicate, a));
                if (sharedOut(u, b)) {
                    breakdown(u, s, classes, mentions, i + 1, a, predicate, found);
                    continue;
                }
                for (int k = i + 2; k < mentions.size(); k++) {
                    Mention next = mentions.get(k);
                    String joint = read(u.between(mentions.get(k - 1), next));
                    if (classes.contains(s.kindOf(next)) || !listedOn(u, mentions.get(k - 1), next)) {
                        break;
                    }
                    found.add(new Found(next, predicate, a));
                    // "and" or "or" closes the class's list: "the AIs letrozole, anastrozole and exemestane, or tamoxifen"
                    if (CONJUNCTION.matcher(joint).find()) {
                        break;
                    }
                }
            } else if (aClass && !bClass && CLASS_WAS.matcher(between).matches() && sharedOut(u, b)
                    && CLASS_OPENS.matcher(u.textBefore(a.span().start())).matches()) {
                found.add(new Found(b, predicate, a));
                breakdown(u, s, classes, mentions, i + 1, a, predicate, found);
            } else if (!aClass && bClass && DRUG_THEN_CLASS.matcher(between).matches() && !namesTheDrugAfter(u, s, classes, mentions, i + 1)
                    && !(between.trim().startsWith(",") && VERB_AFTER.matcher(u.textBetween(b.span().end(), u.span().end())).lookingAt())) {
                found.add(new Found(a, predicate, b));
                if (sharedOut(u, b)) {
                    breakdown(u, s, classes, mentions, i + 1, b, predicate, found);
                }
            } else if (!aClass && bClass && !listApposedTo(u, s, classes, mentions, i, between).isEmpty()) {
                listApposedTo(u, s, classes, mentions, i, between).forEach(d -> found.add(new Found(d, predicate, b)));
            } else if (!aClass && bClass && DRUGS_ARE_CLASS.matcher(between).matches()) {
                List<Mention> listed = listedBefore(u, s, classes, mentions, i);
                // "both" and "all" after a comma gather a list: "Combined with fulvestrant, both AKT inhibitors were ..." names none
                if (!listed.isEmpty() || !BOTH_AFTER_COMMA.matcher(between).lookingAt()) {
                    found.add(new Found(a, predicate, b));
                    listed.forEach(d -> found.add(new Found(d, predicate, b)));
                }
            }
        }
        return found.stream().filter(f -> !f.subject().entityIds().equals(f.object().entityIds())).toList();
    }

    /**
     * The list of drugs, ending with the one at {@code i}, that the plural class right after it stands in apposition to,
     * set off by commas ("Letrozole and anastrozole, non-steroidal AIs, block aromatase"); none when the list is a
     * preposition's ("With letrozole and anastrozole, AIs cause ...") or the class is no plural closed by a comma.
     */
    private static List<Mention> listApposedTo(Unit u, Scope s, Set<String> classes, List<Mention> mentions, int i, String between) {
        Mention cls = mentions.get(i + 1);
        if (!BARE_COMMA.matcher(between).matches() || !PLURAL.matcher(cls.text()).find()
                || !APPOSITION_CLOSED.matcher(u.textBetween(cls.span().end(), u.span().end())).lookingAt()) {
            return List.of();
        }
        List<Mention> listed = listedBefore(u, s, classes, mentions, i);
        if (listed.isEmpty() || AFTER_PREPOSITION.matcher(u.textBefore(listed.get(listed.size() - 1).span().start())).find()) {
            return List.of();
        }
        List<Mention> apposed = new ArrayList<>(listed);
        apposed.add(0, mentions.get(i));
        return apposed;
    }

    /**
     * Whether {@code next} goes on the list {@code m} is on: "X, Y", "X and Y", "X 803, Y 512" (a count between); a bracket
     * that closes between them ends the list ("(letrozole 701, anastrozole 141) and fulvestrant").
     */
    private static boolean listedOn(Unit u, Mention m, Mention next) {
        String between = u.between(m, next);
        return between.indexOf(')') < 0 && COUNTED_LIST.matcher(between).matches()
                || LIST.matcher(read(between)).matches() && !(between.indexOf(')') >= 0 && between.indexOf('(') < 0);
    }

    /** Whether a share of patients follows the mention: "palbociclib in 71%", "the CDK4/6 inhibitor in 57.8% of patients". */
    private static boolean sharedOut(Unit u, Mention m) {
        return SHARE.matcher(u.textBetween(m.span().end(), u.span().end())).lookingAt();
    }

    /**
     * The drugs of a class broken down by the share of patients each was given to, after the mention at {@code from} (the class
     * or its first drug): "The previous CDK4/6 inhibitor was palbociclib in 71%, ribociclib in 18% and abemaciclib in 11%",
     * "Palbociclib was the CDK4/6 inhibitor in 57.8% of patients, ribociclib in 24.2% ...", "An SGLT2 inhibitor was added in
     * 87, dapagliflozin 10 mg in 49 and empagliflozin 10 mg in 38". Each next drug follows a share and a comma or "and", and
     * has a share of its own; a class ends the breakdown.
     */
    private static void breakdown(Unit u, Scope s, Set<String> classes, List<Mention> mentions, int from, Mention cls, String predicate,
            List<Found> found) {
        for (int k = from + 1; k < mentions.size(); k++) {
            Mention next = mentions.get(k);
            if (classes.contains(s.kindOf(next)) || !SHARE_THEN_NEXT.matcher(read(u.between(mentions.get(k - 1), next))).matches()
                    || !sharedOut(u, next)) {
                return;
            }
            found.add(new Found(next, predicate, cls));
        }
    }

    /**
     * Whether the class at {@code index} heads the drug named right after it ("..., the PI3Kα inhibitor inavolisib"), and so
     * is that drug's class, not the class of the drug before its comma.
     */
    private static boolean namesTheDrugAfter(Unit u, Scope s, Set<String> classes, List<Mention> mentions, int index) {
        return index + 1 < mentions.size() && !classes.contains(s.kindOf(mentions.get(index + 1)))
                && read(u.between(mentions.get(index), mentions.get(index + 1))).isBlank();
    }

    /** The drugs listed right before the one at {@code index} ("X, Y and Z"), nearest first, up to a class or the end of the list. */
    private static List<Mention> listedBefore(Unit u, Scope s, Set<String> classes, List<Mention> mentions, int index) {
        List<Mention> listed = new ArrayList<>();
        for (int k = index - 1; k >= 0 && !classes.contains(s.kindOf(mentions.get(k)))
                && LIST.matcher(read(u.between(mentions.get(k), mentions.get(k + 1)))).matches(); k--) {
            listed.add(mentions.get(k));
        }
        return listed;
    }

    /**
     * Whether the class at {@code i}, followed by a comma alone, is one item of a list ("stimulation with gonadotropins,
     * clomiphene citrate and letrozole"), not named with the drugs after it: a preposition takes the class, and the drugs
     * after the comma end in "and" or "or". "The three approved CDK4/6 inhibitors, palbociclib, ribociclib and
     * abemaciclib, block ..." names the class with its drugs. A class after a preposition and "a" names the drug after
     * the comma when a list or punctuation follows it ("treated with an AI, letrozole, anastrozole or exemestane"), not
     * when the clause goes on ("after progression on a non-steroidal AI, dasatinib with exemestane was inactive"), and
     * so does a class a preposition takes after another name ("stimulated with letrozole and gonadotrophins, somatropin
     * increased ...").
     */
    private static boolean coordinated(Unit u, List<Mention> mentions, int i, String between) {
        if (!BARE_COMMA.matcher(between).matches()) {
            return false;
        }
        int first = firstConjunct(u, mentions, i);
        String before = u.wordsBefore(mentions.get(first));
        if (AFTER_PREPOSITION_AND_ARTICLE.matcher(before).find() || first < i && AFTER_PREPOSITION.matcher(before).find()) {
            boolean listFollows = i + 2 < mentions.size() && LIST.matcher(read(u.between(mentions.get(i + 1), mentions.get(i + 2)))).matches();
            return !listFollows && !closed(u, mentions.get(i + 1));
        }
        return AFTER_PREPOSITION.matcher(before).find() && lastConjunct(u, mentions, i) >= 0;
    }

    /**
     * Whether the list a class at {@code i} opens, after a bare comma, ends on another class ("including AIs, fulvestrant
     * and CDK4/6 inhibitors"): its drugs are the classes' siblings in one list, not the first class's members.
     */
    private static boolean listEndsOnAClass(Unit u, Scope s, Set<String> classes, List<Mention> mentions, int i) {
        int last = lastConjunct(u, mentions, i);
        return last >= 0 && classes.contains(s.kindOf(mentions.get(last)));
    }

    /**
     * The name an "and" or "or" adds to the list that the name after {@code i} begins ("X, Y and Z": Z's index); -1 where
     * the list ends before a conjunction.
     */
    private static int lastConjunct(Unit u, List<Mention> mentions, int i) {
        for (int k = i + 2; k < mentions.size(); k++) {
            String joint = read(u.between(mentions.get(k - 1), mentions.get(k)));
            if (!LIST.matcher(joint).matches()) {
                return -1;
            }
            if (CONJUNCTION.matcher(joint).find()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first of the names coordinated with the one at {@code i} ("on an AI and a CDK4/6 inhibitor"), so that the
     * preposition before the first takes them all.
     */
    private static int firstConjunct(Unit u, List<Mention> mentions, int i) {
        int first = i;
        while (first > 0 && CONJUNCT.matcher(u.between(mentions.get(first - 1), mentions.get(first))).matches()) {
            first--;
        }
        return first;
    }

    /** Whether punctuation closes the phrase right after {@code m}: "on an AI, letrozole, ..." but not "on an AI, X with Y was". */
    private static boolean closed(Unit u, Mention m) {
        return CLOSED.matcher(u.textBetween(m.span().end(), u.span().end())).lookingAt();
    }

    /**
     * A drug and the target its class is named after, where the class stands in apposition to the drug ("the AURKA
     * inhibitor alisertib", "taselisib, a PI3K inhibitor"): each gene or protein family written inside the class's
     * name, when the name matches the rule's cue (what the class does to its target: "inhibitor").
     */
    static List<Found> classTarget(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Found f : drugsWithTheirClass(u, rule.subjects(), DRUG_CLASS, rule.predicate(), s)) {
            if (rule.cuePattern().matcher(f.object().text()).find()) {
                s.inside().apply(f.object()).stream().filter(t -> rule.objects().contains(s.kindOf(t)))
                        .forEach(t -> found.add(new Found(f.subject(), rule.predicate(), t)));
            }
        }
        return found;
    }

    /**
     * Each subject whose own name holds the cue, with the objects named inside that name (not those inside another of
     * them: the derived line of "MCF-7:5C xenografts", not MCF-7): a model "letrozole-induced
     * PCOS rat model" is a model of PCOS, made by treatment with letrozole; "MCF-7 xenografts in nude mice" come from MCF-7.
     */
    static List<Found> named(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Mention subject : s.subjects(u, rule)) {
            if (rule.cuePattern().matcher(subject.text()).find()) {
                List<Mention> inside = s.inside().apply(subject);
                List<Mention> named = inside.stream()
                        .filter(o -> rule.objects().contains(s.kindOf(o)) && inside.stream().noneMatch(p -> p.span().holds(o.span()))).toList();
                if (!named.isEmpty()) {
                    List<Mention> beside = s.units().stream().flatMap(unit -> s.objects(unit, rule).stream()).toList();
                    named.stream().filter(o -> !namedAfterCloser(subject, o, beside)).forEach(o -> found.add(new Found(subject, rule.predicate(), o)));
                }
            }
        }
        return found;
    }

    /**
     * Whether the document names, beside {@code name}, a longer beginning of its name than {@code inner}: where
     * MCF-7/LTED is named, MCF-7/LTED-EveR is named after it, not after the MCF-7 its name begins with.
     */
    private static boolean namedAfterCloser(Mention name, Mention inner, List<Mention> beside) {
        String text = name.text().toLowerCase(Locale.ROOT);
        return beside.stream().filter(m -> !name.span().holds(m.span()))
                .map(m -> m.text().toLowerCase(Locale.ROOT))
                .anyMatch(m -> m.length() > inner.text().length() && m.length() < text.length() && text.startsWith(m));
    }

    /** The text between two mentions without its bracketed asides. */
    private static String read(String between) {
        return Clauses.withoutAsides(between);
    }

    /**
     * The variants a unit names, each with its gene; the gene's mention is the variant's own (the text names both at once).
     * An anaphor ("these mutations") names no gene: the sentence it stands in is no source of the pair.
     */
    static List<Found> variantOf(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Mention v : s.subjects(u, rule).stream().filter(m -> !Units.ANAPHORA.equals(m.method())).toList()) {
            s.lexicon().byId(v.entityIds().get(0)).flatMap(e -> e.variantOf()).ifPresent(gene -> found.add(new Found(v, rule.predicate(),
                    v.relinked(List.of(gene), v.method()))));
        }
        return found;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
