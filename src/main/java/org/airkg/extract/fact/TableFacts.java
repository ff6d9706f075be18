package org.airkg.extract.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.document.Span;
import org.airkg.document.TableBlock;
import org.airkg.document.TableCell;
import org.airkg.document.TableRow;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.mention.Texts;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.QuantityParser;
import org.airkg.extract.quantity.Statistic;
import org.airkg.extract.quantity.Unit;

/**
 * Reads every numeric cell of every table into a {@link Measurement}, typed by its column: a p-value
 * column gives p-values (or a significance verdict), a hazard- or odds-ratio column effect estimates with
 * their confidence intervals, any other column values with units and bounds; reference columns are
 * skipped. Cells with no number ("-", "Complete inhibition of tumor growth") are listed as skipped with
 * the reason, so every cell is accounted for.
 *
 * <p>What a row says about its values is read once per row: its endpoint (named by the row label, or by a
 * cell that only names it, "50% effective dose (ED50)"), the entities it is about, its arm in a table of
 * treatment groups, and its population column. Numbers inside an entity's name ("Thr/Thr at 307", "50%
 * effective dose") are not values. A column header's unit ("Time to Double Initial Tumor Size (weeks)")
 * is the unit of its bare numbers.
 */
public final class TableFacts {
    /** A p-value column: "p", "P value", "p-value (log-rank)"; not a phospho-protein ("p-S6K1", "pAKT"). */
    private static final Pattern P_COLUMN = Pattern.compile("(?i)\\bp[- ]?values?\\b|(?<![\\w-])p(?![\\w-])");
    private static final Pattern EFFECT_COLUMN = Pattern.compile("(?i:hazard ratio|odds ratio|relative risk|risk ratio"
            + "|effect (?:estimate|size))|\\b(?:HR|OR|RR)\\b");
    /** The level of the intervals a column heading announces: "HR (95% CI)", "Odds ratio (90% confidence interval)". */
    private static final Pattern CI_LEVEL = Pattern.compile("(?i)\\b([0-9]{2}(?:\\.[0-9]+)?)\\s*%\\s*(?:CI|confidence interval)\\b");
    /**
     * A column of a measure with its fold change in brackets, "Fulvestrant IC50 (fold)", whose cells give the measure and
     * then the fold change: "3.9 (9.3)".
     */
    private static final Pattern FOLD_IN_BRACKETS = Pattern.compile("(?i)\\b(?:IC50|GI50|EC50|AUC|levels?|expression|activity|signal)\\s*\\(\\s*fold\\)");
    /** A column of fold changes: "CYP19A1 mRNA (fold vs basal)", "p-S6K1 (fold change vs vehicle)". */
    private static final Pattern FOLD_COLUMN = Pattern.compile("(?i)\\bfold\\b");
    /**
     * A ratio of two values of a measure, a fold change too: "AUC ratio (90% CI)", "IC50 ratio, knockout/control",
     * "geometric mean ratio"; not a hazard, odds or risk ratio, nor a bare "ratio", which in a table of events by arm is one.
     */
    private static final Pattern RATIO_OF_VALUES = Pattern.compile("(?i)\\b(?:AUC|Cmax|Cmin|Ctrough|IC50|GI50|EC50|exposure|geometric mean)\\s+ratios?\\b");
    /** A column headed by "Ratio" alone, a ratio of values when the table's title says which. */
    private static final Pattern RATIO_HEADING = Pattern.compile("(?i)^\\W*ratios?\\b");
    /**
     * A table title saying its values are fold changes: "Expression Changes in Resistant Models (Fold Change vs Parental
     * Cells)", "Protein levels relative to parental MCF-7"; a row or column whose label names its own unit ("Primary MFE
     * (%)") is not one.
     */
    private static final Pattern FOLD_TITLE = Pattern.compile("(?i)\\bfold[- ]changes?\\b|\\blevels? relative to\\b");
    /** What an arm's heading names as given in the arm: drugs, and classes given with a drug ("Letrozole + gonadotropins"). */
    /** What an arm's participants are given: drugs, or a placebo in their place. */
    private static final Set<String> GIVEN = Set.of("Drug", "Placebo");
    private static final String TRIAL = "ClinicalTrial";
    private static final String ENDPOINT = "Endpoint";
    /** What a heading of an arm or a comparison writes besides its drugs: sizes, statistics, "alone", "group", punctuation. */
    private static final Pattern ARM_HEADING_WORDS = Pattern.compile("(?i)\\b(?:HR|OR|RR|hazard ratio|odds ratio|relative risk|risk ratio|p(?:[- ]values?)?"
            + "|CI|n|alone|arms?|groups?|placebo|controls?|vs|versus|plus|with|and|or|any grade|grades?|difference|absolute)\\b|[0-9%=(),.:;/+≥≤<>~-]|\\s");
    /** A name, then the rest in brackets: a trial and the population of its values, "VIKTORIA-1 (PIK3CA wild-type)". */
    private static final Pattern TRIAL_THEN_BRACKET = Pattern.compile("(\\S+(?:\\s\\S+)?)\\s*\\(([^()]+)\\)");
    private static final Set<String> ARM_KINDS = Set.of("Drug", "DrugClass", "Placebo");
    private static final Pattern SAMPLE_SIZE = Pattern.compile("\\s*[(\\[]\\s*[nN]\\s*=\\s*[\\d,]+\\s*[)\\]]");
    private static final Pattern NOT_POPULATION = Pattern.compile("(?i),?\\s*\\b(?:interim|final|updated|primary)\\s+analys[ie]s\\b"
            + "|\\s*\\((?-i:[A-Z][A-Z0-9 -]+)\\)\\s*$|\\s*\\((?:ctDNA|cfDNA|plasma|tissue|blood)\\)\\s*$|\\s+(?:vs\\.?|versus)\\s+.*$");
    private static final Pattern P_LABEL = Pattern.compile("(?i)^\\s*p\\s*[<>=≤≥]");
    private static final Map<Statistic.Kind, Pattern> EFFECT_NAMES = Map.of(
            Statistic.Kind.HR, Pattern.compile("(?i:hazard ratio)|\\bHR\\b"),
            Statistic.Kind.OR, Pattern.compile("(?i:odds ratio)|\\bOR\\b"),
            Statistic.Kind.RR, Pattern.compile("(?i:relative risk|risk ratio)|\\bRR\\b"));
    /** The statistics that compare two arms, whose row's p-value is theirs. */
    private static final Set<Statistic.Kind> EFFECT_MEASURES = Set.of(Statistic.Kind.HR, Statistic.Kind.OR, Statistic.Kind.RR, Statistic.Kind.EFFECT);
    /** A p column that tests something else than the effect beside it: "p for interaction", "p (trend)", "p heterogeneity". */
    private static final Pattern NOT_THE_EFFECTS_P = Pattern.compile("(?i)interaction|trend|heterogeneity");
    /** Statistics a cell names itself: "HR 0.45 (95% CI 0.38-0.54)" in a column of results. */
    private static final Set<Statistic.Kind> NAMED_RATIOS = Set.of(Statistic.Kind.HR, Statistic.Kind.OR, Statistic.Kind.RR);
    /** The header of a column that names each row's treatment: "Treatment (48 h)", "Condition", "Exposure". */
    private static final Pattern CONDITION_COLUMN = Pattern.compile("(?i)^(?:treatments?|conditions?|exposures?|"
            + "experimental(?:\\s+(?:arms?|regimens?|treatments?))?$|interventions?$)\\b");
    /** The header of a column that names each row's comparator arm: "Comparator", "Control arm", "Control regimen". */
    private static final Pattern COMPARATOR_COLUMN = Pattern.compile("(?i)^(?:comparators?|controls?)(?:\\s+(?:arms?|regimens?|groups?|treatments?))?$");
    /** The heading of a control arm: "Anastrozole alone", "Control", "Standard endocrine therapy". */
    private static final Pattern CONTROL_HEADING = Pattern.compile("(?i)\\b(?:alone|control|standard|monotherapy|placebo)\\b");
    /** Between the two values of a cell that sets one arm's against the other's: "5.0 vs 2.1", "22.6 versus 13.9". */
    private static final Pattern VERSUS_VALUES = Pattern.compile("(?i)^\\s*(?:%|months?|mo)?\\s*(?:vs\\.?|versus)\\s*$");
    /**
     * The header of a column that names what each row's line was given with the drug the values are of, or made by:
     * "Partner", "Combination partner", "Selecting drug (final, duration)". Its cells set the row's conditions; their doses
     * are no results.
     */
    private static final Pattern PARTNER_COLUMN = Pattern.compile("(?i)^(?:(?:combination\\s+)?partners?|combined\\s+with|selecting\\s+drugs?|"
            + "selection(?:\\s+drugs?)?)\\b");
    /** A header of values measured with the row's partner: "HBR-2207 IC50 with partner (nM)", "IC50 in combination". */
    private static final Pattern WITH_PARTNER = Pattern.compile("(?i)\\b(?:with|plus|\\+)\\s+(?:the\\s+)?(?:partners?|combination\\s+partners?)\\b"
            + "|\\bin\\s+combination\\b");
    private static final Pattern REFERENCE_COLUMN = Pattern.compile("(?i)^references?$");
    private static final Pattern POPULATION_COLUMN = Pattern.compile("(?i)population|\\bcohort\\b|^patients?$|^sub-?groups?$");
    /**
     * A first column headed by what its cells name, with the population in brackets after it: "Endpoint (population)",
     * whose cells name the endpoint and write the population in brackets, "PFS, investigator (all)".
     */
    private static final Pattern BRACKETED_POPULATION_COLUMN = Pattern.compile("(?i)^[^()]*\\w[^()]*\\(\\s*(?:population|cohort|sub-?group)s?\\s*\\)\\s*$");
    /** The last brackets of a cell, where a column headed "Endpoint (population)" writes the population: "PFS (ESR1-mutant)". */
    private static final Pattern LAST_BRACKETS = Pattern.compile("\\(([^()]+)\\)\\s*$");
    /** A cell of a population column that only counts its patients: "271", "104 (21%)". */
    private static final Pattern COUNT_ONLY = Pattern.compile("^[\\d,.\\s()%]*$");
    private static final Pattern GROUP_COLUMN = Pattern.compile("(?i)treatment group|^groups?$|^arms?$|^treatment$|regimen|protocol name");
    private static final Pattern DOSE_COLUMN = Pattern.compile("(?i)intervention|dose|dosing|regimen");
    private static final Pattern DOSE_UNIT = Pattern.compile("^[mμµun]?g(?:/|$)");
    /** The words that join the drugs of a treatment: "X + Y", "X plus Y", "X alone". */
    private static final Pattern ARM_WORDS = Pattern.compile("(?i)\\s*(?:(?:plus|and|with|alone|monotherapy|combination|combined)\\b\\s*)*");
    /** A title's second measure, whose columns its unit is not: "... (nM) and combination index (CI)". */
    private static final Pattern SECOND_MEASURE = Pattern.compile("(?i)\\)[^()]*\\band\\s+(?:[\\w-]+\\s+){0,3}?(?:index|ratios?|scores?|rates?|levels?|"
            + "expression|activity|responses?|viability|inhibition|synergy|selectivity|Emax|Dmax)\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern HEADER_UNIT = Pattern.compile("\\(([^()]+)\\)\\s*$|\\b(fold)\\b", Pattern.CASE_INSENSITIVE);
    /** Between two values of one label: "45% versus 30%", "24.1 vs 15.2 months", "8, 12 and 15". */
    private static final Pattern JOINED_VALUES = Pattern.compile("(?i)^\\s*(?:%|months?|mo|weeks?|days?|years?)?\\s*(?:,|/|\\bvs\\.?|\\bversus|\\band|\\bor)?\\s*$");
    private static final Pattern TIME_QUALIFIER = Pattern.compile("(?i)\\b(?:at|after|for|over|within)\\s*$");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    private static final Pattern PRIOR_THERAPY = Pattern.compile("(?i)\\b(?:after|following|post-?|failure of|progression on)\\s*$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Another trial's name joined by a slash after a trial's, or before it: "SOFT/TEXT". */
    private static final Pattern JOINED_NAME = Pattern.compile("\\s*/\\s*[A-Z0-9]");
    private static final Pattern JOINED_BEFORE = Pattern.compile("[A-Z0-9]\\s*/\\s*$");
    /** A drug the values are relative to, not the arm they were measured in: "(% of FSH alone)", "(fold vs vehicle)". */
    private static final Pattern REFERENCE_ARM = Pattern.compile("(?i)(?:%\\s*of|\\bvs\\.?|\\bversus|relative to|compared (?:with|to)|over)\\s*$");
    /**
     * A column of a hormone's or drug's level: the drug it names is what was measured, not what was given. A molar unit
     * ("Median endoxifen (nM)") says so unless the column gives a potency ("Letrozole IC50 (nM)": letrozole was given).
     */
    private static final Pattern ANALYTE_COLUMN = Pattern.compile("(?i)\\b(?:serum|plasma|circulating|levels?|concentrations?)\\b"
            + "|\\([^()]*\\b[pnμµm]?(?:g|mol)/(?:m?L|dL)\\)|^(?!.*\\b(?:[IEG]C[0-9]{2}|GI[0-9]{2}|LC[0-9]{2}|K[idm]|potency)\\b).*\\(\\s*[pnμµ]M\\s*\\)");
    /** An abbreviation with a colon just before a value: "CR: 8%". */
    private static final Pattern ABBREVIATION = Pattern.compile("\\b([A-Z]{2,4}):\\s*$");
    private static final Set<String> ABOUT = Set.of("Drug", "DrugClass", "CellLine", "XenograftModel", "AnimalModel", "Disease",
            "ClinicalTrial", "Gene", "Protein", "GeneVariant", "Assay");
    private static final Set<String> LABELS = Set.of("Gene", "Protein", "GeneVariant");

    /** A cell that gave no measurement, and why. */
    public record Skipped(ElementRef cell, String text, String reason) {}

    /** The measurements of a document and the cells that gave none. */
    public record Result(List<Measurement> measurements, List<Skipped> skipped) {
        public Result {
            measurements = List.copyOf(measurements);
            skipped = List.copyOf(skipped);
        }
    }

    private final Function<String, String> classOf;
    private final QuantityParser parser = QuantityParser.standard();
    /** Endpoints by the initials of their label: "CR" for "Complete response". */
    private final Map<String, List<String>> endpointInitials = new HashMap<>();

    public TableFacts(Lexicon lexicon) {
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
        for (LexiconEntry e : lexicon.entries()) {
            if (e.ontologyClass().equals("Endpoint")) {
                endpointInitials.computeIfAbsent(initials(e.label()), k -> new ArrayList<>()).add(e.id());
            }
        }
    }

    private static String initials(String label) {
        StringBuilder sb = new StringBuilder();
        for (String word : label.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return sb.toString();
    }

    /** The measurements of every table of a document, given its mentions. */
    public Result extract(Document document, List<Mention> mentions) {
        List<Measurement> found = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Optional<String> titled = titleTrial(mentions, classOf);
        Optional<List<Arm>> compared = titleComparison(document, mentions);
        for (TableBlock table : document.tables()) {
            new TableReader(document, table, mentions, titled, compared, found, skipped).read();
        }
        return new Result(withWholeArms(found, titleRegimens(document, mentions)), skipped);
    }

    /** What joins the drugs of one regimen in a title: "plus", "+", "with", "combined with". */
    private static final Pattern REGIMEN_JOINT = Pattern.compile("(?i)\\s*(?:\\+|plus|with|(?:combined|in combination|together) with)\\s*");
    /** What joins a third drug to a regimen a title has begun: "and" ("X plus Y and Z"). */
    private static final Pattern REGIMEN_AND = Pattern.compile("(?i)\\s*,?\\s*and\\s*");

    /**
     * The regimens a document's title names, each of two or more drugs: "Ribociclib plus letrozole as first-line therapy
     * ...", "Inavolisib plus palbociclib and fulvestrant in ...", "X versus clomiphene plus metformin" (a regimen on each
     * side of "versus"). A drug given "with or without" another names no one regimen, nor do two drugs "and" alone joins
     * ("Palbociclib and ribociclib in ...": two drugs, perhaps compared).
     */
    private Set<List<String>> titleRegimens(Document document, List<Mention> mentions) {
        List<Mention> drugs = titleDrugs(mentions);
        Set<List<String>> regimens = new LinkedHashSet<>();
        List<String> regimen = new ArrayList<>();
        for (int i = 0; i < drugs.size(); i++) {
            Mention drug = drugs.get(i);
            String joint = i == 0 || drugs.get(i - 1).span().end() > drug.span().start() ? "" : between(document, drugs.get(i - 1), drug);
            boolean joined = i > 0 && (REGIMEN_JOINT.matcher(joint).matches() || regimen.size() >= 2 && REGIMEN_AND.matcher(joint).matches());
            if (!joined) {
                addRegimen(regimens, regimen);
                regimen = new ArrayList<>();
            }
            if (!regimen.contains(drug.entityIds().get(0))) {
                regimen.add(drug.entityIds().get(0));
            }
        }
        addRegimen(regimens, regimen);
        return regimens;
    }

    /** The drugs a document's title names, in order. */
    private List<Mention> titleDrugs(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.status() == MentionStatus.LINKED && m.element().kind().equals(Texts.TITLE)
                && classOf.apply(m.entityIds().get(0)).equals("Drug")).sorted(Comparator.comparingInt(m -> m.span().start())).toList();
    }

    /** The source text between two mentions, {@code a} before {@code b}. */
    private static String between(Document document, Mention a, Mention b) {
        return document.source().slice(new Span(a.span().end(), b.span().start(), b.span().line()));
    }

    /** What sets the two regimens of a title against each other: "versus", "vs", "compared with". */
    private static final Pattern TITLE_VERSUS = Pattern.compile("(?i)\\s*(?:versus|vs\\.?|compared (?:with|to))\\s*");

    /**
     * The two arms a document's title sets against each other, the experimental one first, as trial reports name them
     * ("Palazestrant plus ribociclib versus fulvestrant plus ribociclib after ...", "First-line fulvestrant 500 mg versus
     * anastrozole 1 mg in ..."): exactly two regimens (a drug, or drugs joined as {@link #titleRegimens} joins them) with
     * "versus" between them; empty otherwise.
     */
    private Optional<List<Arm>> titleComparison(Document document, List<Mention> mentions) {
        List<Mention> drugs = titleDrugs(mentions);
        List<List<Mention>> sides = new ArrayList<>();
        for (int i = 0; i < drugs.size(); i++) {
            Mention drug = drugs.get(i);
            if (i > 0 && drugs.get(i - 1).span().end() > drug.span().start()) {
                continue;
            }
            String joint = i == 0 ? "" : between(document, drugs.get(i - 1), drug);
            // a dose between the drugs ("fulvestrant 500 mg versus anastrozole 1 mg") is part of the side before the joint
            String bare = DOSE_BEFORE_JOINT.matcher(joint).replaceFirst("");
            if (i > 0 && (REGIMEN_JOINT.matcher(bare).matches() || sides.get(sides.size() - 1).size() >= 2 && REGIMEN_AND.matcher(bare).matches())) {
                sides.get(sides.size() - 1).add(drug);
            } else if (i == 0 || TITLE_VERSUS.matcher(bare).matches()) {
                sides.add(new ArrayList<>(List.of(drug)));
            } else {
                return Optional.empty();
            }
        }
        if (sides.size() != 2) {
            return Optional.empty();
        }
        List<Arm> arms = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<Mention> side = sides.get(k);
            arms.add(new Arm(side.stream().map(m -> m.entityIds().get(0)).distinct().toList(),
                    String.join(" + ", side.stream().map(Mention::text).toList()), "title/" + k));
        }
        return arms.get(0).drugs().equals(arms.get(1).drugs()) ? Optional.empty() : Optional.of(List.copyOf(arms));
    }

    /** A dose that ends the words between two drugs of a title: "500 mg " of "fulvestrant 500 mg versus anastrozole". */
    private static final Pattern DOSE_BEFORE_JOINT = Pattern.compile("^\\s*[0-9.,]+\\s*(?:mg|µg|g|mg/day|mg daily)?(?=\\s)");

    private static void addRegimen(Set<List<String>> regimens, List<String> regimen) {
        if (regimen.size() >= 2) {
            regimens.add(List.copyOf(regimen));
        }
    }

    /**
     * The trial a document's title names, when it names exactly one ("... : the ORCHID-4 randomised phase 2 trial"): the
     * trial of the results the document reports where they name no trial of their own.
     */
    static Optional<String> titleTrial(List<Mention> mentions, Function<String, String> classOf) {
        List<String> named = mentions.stream().filter(m -> m.status() == MentionStatus.LINKED && m.element().kind().equals(Texts.TITLE))
                .map(m -> m.entityIds().get(0)).filter(id -> classOf.apply(id).equals(TRIAL)).distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The measurements, those of a table whose arms each name one drug given as the one regimen of the document's other
     * tables or title ({@code titled}) that holds it: where a table of outcomes heads its arms "Atirmociclib + letrozole"
     * and "Palbociclib + letrozole", a table of adverse events heading its columns "Atirmociclib, any grade" and
     * "Palbociclib, grade ≥3" speaks of the same two arms. A table stays as it is where one of its arms names a drug that
     * no regimen, or more than one, holds (the backbone), where two of its arms name drugs of one regimen ("Alisertib" and
     * "Fulvestrant" beside "Alisertib + fulvestrant": each drug alone), or where it heads a regimen itself.
     */
    static List<Measurement> withWholeArms(List<Measurement> found, Set<List<String>> titled) {
        Map<Integer, List<Measurement>> byTable = found.stream().collect(Collectors.groupingBy(Measurement::tablePosition, TreeMap::new, Collectors.toList()));
        List<Measurement> whole = new ArrayList<>(found.size());
        byTable.forEach((table, measured) -> {
            Set<List<String>> regimens = found.stream().filter(m -> m.tablePosition() != table && m.armDrugIds().size() >= 2)
                    .map(Measurement::armDrugIds).collect(Collectors.toCollection(LinkedHashSet::new));
            titled.stream().filter(t -> regimens.stream().noneMatch(r -> Set.copyOf(r).equals(Set.copyOf(t)))).forEach(regimens::add);
            // the drug each arm names, when the table's arms each name one at most
            Set<String> armed = measured.stream().filter(m -> m.armDrugIds().size() == 1).map(m -> m.armDrugIds().get(0))
                    .collect(Collectors.toSet());
            Map<String, List<String>> regimenOf = new HashMap<>();
            boolean parallel = !regimens.isEmpty() && measured.stream().allMatch(m -> m.armDrugIds().size() <= 1);
            for (String drug : armed) {
                List<List<String>> holding = regimens.stream().filter(r -> r.contains(drug)).toList();
                parallel &= holding.size() == 1 && !regimenOf.containsValue(holding.get(0));
                if (parallel) {
                    regimenOf.put(drug, holding.get(0));
                }
            }
            boolean asRegimens = parallel;
            measured.forEach(m -> whole.add(asRegimens && m.armDrugIds().size() == 1 ? m.withArmDrugs(regimenOf.get(m.armDrugIds().get(0)),
                    m.compared().map(c -> c.drugIds().size() == 1 ? regimenOf.getOrDefault(c.drugIds().get(0), c.drugIds()) : c.drugIds())
                            .orElse(List.of())) : m));
        });
        return whole;
    }

    /** Reads one table: the context of its title and header, then row by row. */
    private final class TableReader {
        private final Document document;
        private final TableBlock table;
        /** The table's linked mentions by element path: "" for its title and source line, "/row/R/cell/C" for a cell. */
        private final Map<String, List<Mention>> byPath;
        private final List<Measurement> found;
        private final List<Skipped> skipped;
        private final String key;
        private final Optional<String> tableTrial;
        private final List<String> tableDrugs;
        private final boolean groupRows;
        /**
         * A column after the first that names each row's treatment or condition: "Treatment (48 h)", "Condition", or the
         * experimental arm of a trial a row names ("Experimental arm", beside "Comparator").
         */
        private final Optional<Integer> conditionColumn;
        /** The drugs the headers name as the reference of their values ("% of FSH alone"): never a row's arm. */
        private final Set<String> referenceDrugs;
        /** A column after the first that names each row's partner drug ({@link #PARTNER_COLUMN}). */
        private final Optional<Integer> partnerColumn;
        /** A column after the first that names each row's comparator arm ({@link #COMPARATOR_COLUMN}). */
        private final Optional<Integer> comparatorColumn;
        /** The p column whose value is the effect measure's of the same row ({@link #effectPColumn()}). */
        private final Optional<Integer> effectPColumn;
        /** The arms the column headings name ({@link #columnArms()}). */
        private final List<Arm> columnArms;
        /** The two arms the table's column headings name, experimental then control ({@link #armPair()}), if they name two. */
        private final Optional<List<Arm>> armPair;
        /** The trial the document's title names, if it names one. */
        private final Optional<String> titled;
        /** The two arms the document's title sets against each other ({@link #titleComparison}), if it does. */
        private final Optional<List<Arm>> titleArms;
        /**
         * The first column names each row's population ("Subgroup", or "Group" where no row names a drug): an endpoint named
         * there is a subgroup's ("BMI under 25").
         */
        private final boolean populationRows;
        /** The first column names each row's endpoint, with its population in brackets ("Endpoint (population)"). */
        private final boolean bracketedPopulations;
        /**
         * The one endpoint the table's title names and no row names as its population ("Live birth by body mass index (BMI)
         * and age": live birth): the endpoint of a value neither its row nor its column names.
         */
        private final Optional<String> titleEndpoint;

        /**
         * @param titled the trial the document's title names, the trial of a table that names none (in its title, source
         *     line or cells)
         */
        TableReader(Document document, TableBlock table, List<Mention> mentions, Optional<String> titled, Optional<List<Arm>> titleArms,
                List<Measurement> found, List<Skipped> skipped) {
            this.document = document;
            this.titled = titled;
            this.titleArms = titleArms;
            this.table = table;
            this.found = found;
            this.skipped = skipped;
            this.key = Integer.toString(table.position());
            List<Mention> linked = mentions.stream()
                    .filter(m -> m.status() == MentionStatus.LINKED && m.element().kind().equals("table") && m.element().key().equals(key)).toList();
            // a name inside another is the outer one's: the parent MCF-7 of "MCF-7 Y537S knock-in" is no model of the row
            this.byPath = linked.stream().filter(m -> linked.stream().noneMatch(o -> o != m && o.element().equals(m.element())
                    && o.span().holds(m.span()) && !o.span().equals(m.span()))).collect(Collectors.groupingBy(m -> m.element().path()));
            List<Mention> tableLevel = byPath.getOrDefault("", List.of());
            boolean namesTrial = byPath.values().stream().flatMap(List::stream).anyMatch(m -> classOf.apply(m.entityIds().get(0)).equals(TRIAL));
            this.tableTrial = first(tableLevel, Set.of(TRIAL)).or(() -> namesTrial ? Optional.empty() : titled);
            this.tableDrugs = ids(tableLevel, Set.of("Drug"));
            // rows under "Group" of which none names a drug are subgroups of patients ("Under 70", "70 or over"), no arms
            boolean rowsNameDrugs = table.bodyRows().stream().anyMatch(r -> !ids(cellMentions(r.index(), 0), GIVEN).isEmpty());
            this.groupRows = GROUP_COLUMN.matcher(header(0)).find() && rowsNameDrugs;
            this.conditionColumn = table.header().flatMap(h -> h.cells().stream().filter(c -> c.column() > 0)
                    .filter(c -> CONDITION_COLUMN.matcher(c.text().strip()).find()).map(TableCell::column).findFirst());
            this.referenceDrugs = referenceDrugs();
            this.partnerColumn = table.header().flatMap(h -> h.cells().stream().filter(c -> c.column() > 0)
                    .filter(c -> PARTNER_COLUMN.matcher(c.text().strip()).find()).map(TableCell::column).findFirst());
            this.effectPColumn = effectPColumn();
            this.comparatorColumn = table.header().flatMap(h -> h.cells().stream().filter(c -> c.column() > 0)
                    .filter(c -> COMPARATOR_COLUMN.matcher(c.text().strip()).matches()).map(TableCell::column).findFirst());
            this.columnArms = columnArms();
            this.armPair = armPair();
            this.bracketedPopulations = BRACKETED_POPULATION_COLUMN.matcher(header(0).strip()).matches();
            this.populationRows = !bracketedPopulations
                    && (POPULATION_COLUMN.matcher(header(0)).find() || GROUP_COLUMN.matcher(header(0)).find() && !rowsNameDrugs);
            Set<String> ofRows = table.bodyRows().stream().flatMap(r -> ids(cellMentions(r.index(), 0), Set.of(ENDPOINT)).stream())
                    .collect(Collectors.toSet());
            List<String> named = ids(tableLevel, Set.of(ENDPOINT)).stream().distinct().filter(e -> !ofRows.contains(e)).toList();
            this.titleEndpoint = named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }

        void read() {
            for (TableRow row : table.bodyRows()) {
                readRow(row);
            }
        }

        private void readRow(TableRow row) {
            String rowLabel = row.cells().isEmpty() ? "" : row.cells().get(0).text();
            List<Mention> label = cellMentions(row.index(), 0);
            List<String> about = new ArrayList<>(ids(label, ABOUT));
            Optional<String> trial = jointAnalysis(rowLabel, label) ? Optional.empty()
                    : first(label, Set.of("ClinicalTrial")).or(() -> tableTrial);
            Optional<String> rowEndpoint = populationRows ? Optional.empty() : first(label, Set.of(ENDPOINT));
            List<String> population = new ArrayList<>();
            if (populationRows && !row.cells().isEmpty() && !namesTreatment(row.cells().get(0), label)) {
                population.add(populationOf(written(document, row.cells().get(0)), label));
            }
            Matcher bracketed = bracketedPopulations && !row.cells().isEmpty() ? LAST_BRACKETS.matcher(written(document, row.cells().get(0)))
                    : null;
            if (bracketed != null && bracketed.find()) {
                population.add(populationOf(bracketed.group(1), label));
            }
            List<TableCell> values = new ArrayList<>();
            for (TableCell cell : row.cells()) {
                if (cell.column() == 0 || REFERENCE_COLUMN.matcher(header(cell.column())).matches()) {
                    continue;
                }
                List<Mention> inCell = cellMentions(row.index(), cell.column());
                if (partnerColumn.equals(Optional.of(cell.column()))) {
                    skip(row, cell, "names the row's partner or selecting drug");
                    continue;
                }
                if (POPULATION_COLUMN.matcher(header(cell.column())).find()) {
                    if (!COUNT_ONLY.matcher(cell.text()).matches()) {
                        population.add(populationOf(written(document, cell), inCell));
                    }
                    skip(row, cell, "describes the population of the row's values");
                } else if (namesEndpoint(row.index(), cell, inCell)) {
                    rowEndpoint = rowEndpoint.or(() -> first(inCell, Set.of("Endpoint")));
                    skip(row, cell, "names the endpoint of the row's values");
                } else {
                    values.add(cell);
                }
            }
            for (TableCell cell : row.cells()) {
                ids(cellMentions(row.index(), cell.column()), Set.of("Drug")).stream().filter(d -> !about.contains(d)).forEach(about::add);
            }
            Row context = new Row(row.index(), rowLabel, label, about, trial, rowEndpoint,
                    population.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", population)),
                    String.join("; ", row.cells().stream().map(TableCell::text).toList()));
            for (TableCell cell : values) {
                readCell(context, cell);
            }
        }

        /** A cell that only names an endpoint: "50% effective dose (ED50)"; its letters all stand inside endpoint names. */
        private boolean namesEndpoint(int row, TableCell cell, List<Mention> inCell) {
            List<Mention> endpoints = ofClass(inCell, Set.of("Endpoint"));
            return !endpoints.isEmpty() && values(row, cell).isEmpty() && wordsOutside(cell, endpoints).isBlank();
        }

        /**
         * A cell of a cohort column that names a treatment, not a population: its words are drug names and the words
         * that join them ("Neratinib + fulvestrant", "Letrozole alone").
         */
        private boolean namesTreatment(TableCell cell, List<Mention> inCell) {
            List<Mention> drugs = ofClass(inCell, Set.of("Drug"));
            return !drugs.isEmpty() && ARM_WORDS.matcher(wordsOutside(cell, drugs)).matches();
        }

        /** The letters of a cell outside the given mentions, a space wherever a mention or other character stands. */
        private String wordsOutside(TableCell cell, List<Mention> names) {
            StringBuilder rest = new StringBuilder();
            String text = cell.text();
            for (int i = 0; i < text.length(); i++) {
                int at = cell.content().sourceSpan(i, i + 1, document.source()).start();
                boolean inside = names.stream().anyMatch(m -> m.span().start() <= at && at < m.span().end());
                rest.append(Character.isLetter(text.charAt(i)) && !inside ? text.charAt(i) : ' ');
            }
            return rest.toString();
        }

        private void readCell(Row row, TableCell cell) {
            int column = cell.column();
            String headerText = header(column);
            List<Mention> headerMentions = table.header().map(h -> cellMentions(h.index(), column)).orElse(List.of());
            List<Mention> inCell = cellMentions(row.index(), column);
            Optional<String> endpoint = row.endpoint().or(() -> first(headerMentions, Set.of(ENDPOINT)))
                    .or(() -> namesNoQuantity(headerText, headerMentions) ? titleEndpoint : Optional.empty());
            Arm arm = arm(row, column, headerMentions);
            List<String> about = new ArrayList<>(row.about());
            ids(headerMentions, LABELS).stream().filter(g -> !about.contains(g)).forEach(about::add);
            if (arm.drugs().isEmpty()) {
                tableDrugs.stream().filter(d -> !about.contains(d)).forEach(about::add);
            }
            Cell at = new Cell(row, cell, arm, about, headerText);
            String text = cell.text();
            if (P_COLUMN.matcher(headerText).find() && !EFFECT_COLUMN.matcher(headerText).find()) {
                add(at, cell.content().span(), text, Optional.empty(), parser.pValue(text), endpoint, Optional.empty(), "table-p-value");
                return;
            }
            if (EFFECT_COLUMN.matcher(headerText).find()) {
                Optional<Statistic> effect = parser.effect(text).map(st -> st.kind() == Statistic.Kind.EFFECT ? st.withKind(kindOf(headerText)) : st)
                        .map(st -> leveled(st, headerText));
                Optional<List<Arm>> arms = comparison(cell, row, arm).filter(a -> !a.get(0).drugs().isEmpty());
                add(arms.map(a -> new Cell(row, cell, a.get(0), about, headerText)).orElse(at), arms.map(a -> a.get(1)),
                        cell.content().span(), text, Optional.empty(), effect, endpoint, Optional.empty(), "table-effect-measure");
                return;
            }
            Optional<Statistic> named = parser.effect(text).filter(st -> NAMED_RATIOS.contains(st.kind())).map(st -> leveled(st, headerText));
            if (named.isPresent()) {
                Optional<List<Arm>> arms = comparison(cell, row, arm).filter(a -> !a.get(0).drugs().isEmpty());
                add(arms.map(a -> new Cell(row, cell, a.get(0), about, headerText)).orElse(at), arms.map(a -> a.get(1)),
                        span(at, named.get().start(), named.get().end()), named.get().text(), Optional.empty(), named, endpoint,
                        Optional.empty(), "table-named-effect");
                return;
            }
            Optional<Statistic> onlyP = onlyPValue(text);
            if (onlyP.isPresent()) {
                add(at, cell.content().span(), text, Optional.empty(), onlyP, endpoint, Optional.empty(), "table-p-value");
                return;
            }
            List<Quantity> all = values(row.index(), cell);
            List<Mention> endpointLabels = ofClass(inCell, Set.of("Endpoint"));
            List<Mention> entityLabels = ofClass(inCell, LABELS);
            if (all.size() > 1 && RESPECTIVELY.matcher(text).find() && respectively(at, all, endpoint)) {
                return;
            }
            if (all.size() > 1 && !endpointLabels.isEmpty()) {
                labelled(at, all, endpointLabels, "table-labelled-values", endpoint);
                return;
            }
            if (all.size() > 1 && entityLabels.size() > 1) {
                labelled(at, all, entityLabels, "table-labelled-changes", endpoint);
                return;
            }
            Optional<Quantity> main = DOSE_COLUMN.matcher(headerText).find()
                    ? all.stream().filter(q -> q.unitSymbol().filter(u -> DOSE_UNIT.matcher(u).find()).isPresent()).findFirst()
                            .or(() -> all.stream().findFirst())
                    : all.stream().findFirst().map(q -> versusUnit(text, all, q));
            if (!endpointLabels.isEmpty()) {
                endpoint = Optional.of(endpointLabels.get(0).entityIds().get(0));
            }
            boolean foldBracketed = FOLD_IN_BRACKETS.matcher(headerText).find();
            boolean foldHeading = foldColumn(headerText) || !foldBracketed && !namesUnit(at.row().text()) && !namesUnit(headerText)
                    && foldTitle();
            if (main.isPresent() && !main.get().isRange() && (isFold(main.get()) || main.get().unit().isEmpty() && foldHeading)) {
                foldChange(at, main.get(), endpoint);
                return;
            }
            Optional<List<Arm>> versus = main.filter(q -> versusCell(text, all, q)).flatMap(q -> comparison(cell, row, arm));
            Cell valueAt = versus.map(v -> new Cell(row, cell, v.get(0), about, headerText)).orElse(at);
            add(valueAt, cell.content().span(), text, main.map(q -> withTitleUnit(foldBracketed ? q : withHeaderUnit(q, headerText), at.row().text(), headerText)),
                    Optional.empty(), endpoint,
                    main.flatMap(q -> criterion(text, q)), "table-value");
            main.ifPresent(q -> abbreviated(at, all, q));
            Optional<String> valueEndpoint = endpoint;
            main.ifPresent(q -> versus.ifPresent(v -> versusValue(at, all, q, v.get(1), valueEndpoint)));
            if (foldBracketed) {
                Optional<String> measured = endpoint;
                all.stream().filter(q -> q != main.orElse(null) && q.unit().isEmpty() && insideParentheses(text, q.start()))
                        .forEach(q -> foldChange(at, q, measured));
            }
        }

        /** The first of two values set against each other, with the unit the second writes for both: "5.0 vs 2.1 months". */
        private Quantity versusUnit(String text, List<Quantity> all, Quantity first) {
            return first.unit().isEmpty() && versusCell(text, all, first) ? first.withUnit(all.get(1).unit()) : first;
        }

        /** Whether a cell holds two values set against each other, {@code main} the first: "5.0 vs 2.1", "22.6 versus 13.9 months". */
        private boolean versusCell(String text, List<Quantity> all, Quantity main) {
            return all.size() == 2 && all.get(0).start() == main.start() && !insideParentheses(text, all.get(1).start())
                    && VERSUS_VALUES.matcher(text.substring(main.end(), all.get(1).start())).matches();
        }

        /**
         * The second value of a versus cell ({@link #versusCell}), the value of {@code comparator} ({@link #versusArms}),
         * with the first value's unit where it writes none ("3.7 vs 3.7 months" writes one for both).
         */
        private void versusValue(Cell at, List<Quantity> all, Quantity main, Arm comparator, Optional<String> endpoint) {
            Quantity second = all.get(1);
            Quantity first = withTitleUnit(withHeaderUnit(main, at.header()), at.row().text(), at.header());
            Quantity value = second.unit().isPresent() || first.unit().isEmpty() ? withTitleUnit(withHeaderUnit(second, at.header()), at.row().text(), at.header())
                    : second.withUnit(first.unit());
            add(new Cell(at.row(), at.cell(), comparator, at.about(), at.header()), span(at, second.start(), second.end()), second.text(), Optional.of(value),
                    Optional.empty(), endpoint, Optional.empty(), "table-versus-value");
        }

        /**
         * The two arms a row's value compares, the value's own first: an effect measure's arm and the arm it is compared
         * with, or the arms of the two values of a versus cell ("5.0 vs 2.1"). They are the row's arm (its "Experimental
         * arm" cell) and the one it names under "Comparator" or "Control arm"; else, for a value whose own column names no
         * arm, the table's or the title's two ({@link #pair}): "| Ribociclib + letrozole | Placebo + letrozole | HR (95% CI)
         * |". None in a table of treatment groups, whose rows are the arms, nor for the comparator's own cell.
         */
        private Optional<List<Arm>> comparison(TableCell cell, Row row, Arm arm) {
            if (comparatorColumn.isPresent()) {
                return groupRows || comparatorColumn.get() == cell.column() ? Optional.empty() : comparatorOf(row).map(c -> List.of(arm, c));
            }
            return arm.drugs().isEmpty() ? pair(row) : Optional.empty();
        }

        /** The arm a row names under "Comparator" or "Control arm", when it names a drug there. */
        private Optional<Arm> comparatorOf(Row row) {
            List<Mention> given = ofClass(cellMentions(row.index(), comparatorColumn.orElseThrow()), ARM_KINDS);
            return given.stream().noneMatch(m -> GIVEN.contains(classOf.apply(m.entityIds().get(0)))) ? Optional.empty()
                    : Optional.of(new Arm(ids(given, ARM_KINDS), String.join(" + ", given.stream().map(Mention::text).toList()),
                            "row/" + row.index() + "/comparator"));
        }

        /**
         * The arms a row's values compare: the table's two arms ({@link #armPair}), else, in a table with no arm columns
         * whose row names no other trial than the title's, the two the title sets against each other.
         */
        private Optional<List<Arm>> pair(Row row) {
            if (armPair.isPresent()) {
                return armPair;
            }
            boolean titleTrial = row.trial().isEmpty() || row.trial().equals(titled);
            return groupRows || conditionColumn.isPresent() || comparatorColumn.isPresent() || !columnArms.isEmpty() || !titleTrial ? Optional.empty()
                    : titleArms;
        }

        /**
         * The two arms a table's column headings name, the experimental one first and its control second, when they name
         * exactly two (each perhaps over several columns: "Ribociclib, any grade", "Ribociclib, grade 3"), one of them is
         * the other's control ({@link #controls}), no row names its own treatment and no column names a partner drug;
         * empty otherwise.
         */
        private Optional<List<Arm>> armPair() {
            if (groupRows || conditionColumn.isPresent() || partnerColumn.isPresent() || columnArms.size() != 2) {
                return Optional.empty();
            }
            List<Arm> two = columnArms;
            boolean firstControls = controls(two.get(0), two.get(1));
            boolean secondControls = controls(two.get(1), two.get(0));
            return firstControls == secondControls ? Optional.empty()
                    : Optional.of(firstControls ? List.of(two.get(1), two.get(0)) : two);
        }

        /** The arms the column headings after the first name, one per set of drugs ("Ribociclib, any grade" and "Ribociclib, grade 3" are one), in order. */
        private List<Arm> columnArms() {
            Map<Set<String>, Arm> arms = new LinkedHashMap<>();
            table.header().ifPresent(h -> h.cells().stream().filter(c -> c.column() > 0)
                    .map(c -> headerArm(c.column(), cellMentions(h.index(), c.column()))).filter(a -> !a.drugs().isEmpty())
                    .forEach(a -> arms.putIfAbsent(Set.copyOf(a.drugs()), a)));
            return List.copyOf(arms.values());
        }

        /**
         * Whether {@code arm} is the control {@code other} is compared with: it gives a placebo, its heading says "alone",
         * "control" or "standard", or it gives a part of what the other gives ("Anastrozole" beside "Anastrozole +
         * fulvestrant"). Column order says nothing: tables put the control first as often as last.
         */
        private boolean controls(Arm arm, Arm other) {
            return arm.drugs().stream().anyMatch(d -> classOf.apply(d).equals("Placebo")) || CONTROL_HEADING.matcher(arm.label()).find()
                    || other.drugs().containsAll(arm.drugs()) && other.drugs().size() > arm.drugs().size();
        }

        /** A value of a cell read as a fold change, a ratio: "fold" is its statistic, not a unit. */
        private void foldChange(Cell at, Quantity m, Optional<String> endpoint) {
            Quantity q = m.withUnit(Optional.empty());
            Statistic fold = new Statistic(Statistic.Kind.FOLD_CHANGE, Optional.of(q), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), q.text(), q.start(), q.end());
            add(at, span(at, q.start(), q.end()), q.text(), Optional.empty(), Optional.of(fold), endpoint, Optional.empty(),
                    "table-fold-change");
        }

        /**
         * Values an abbreviation labels in the remark after the main value: "27% (CR: 8%, PR: 19%)" gives complete
         * response 8% and partial response 19%, the abbreviation read as the initials of exactly one endpoint.
         */
        private void abbreviated(Cell at, List<Quantity> all, Quantity main) {
            String text = at.cell().text();
            for (Quantity q : all) {
                if (q == main || !insideParentheses(text, q.start())) {
                    continue;
                }
                Matcher m = ABBREVIATION.matcher(text.substring(0, q.start()));
                if (!m.find()) {
                    continue;
                }
                List<String> endpoints = endpointInitials.getOrDefault(m.group(1), List.of());
                if (endpoints.size() == 1) {
                    add(at, span(at, q.start(), q.end()), q.text(), Optional.of(q), Optional.empty(), Optional.of(endpoints.get(0)),
                            Optional.empty(), "table-abbreviated-values");
                }
            }
        }

        /**
         * Values each tied to the label next to it: "Ovulation Rate: 95.16% Clinical Pregnancy Rate: 23.73%" (label
         * first), "18.4% non-compliance rate at 2.5 years" (value first; "at 2.5 years" qualifies it), or
         * "EGFR: 28-fold increase HER2: 6-fold increase" (an entity as the label: a change in that entity). Values in
         * parentheses belong to another arm or are remarks.
         */
        private void labelled(Cell at, List<Quantity> all, List<Mention> labels, String rule, Optional<String> rowEndpoint) {
            String text = at.cell().text();
            boolean entityLabels = rule.equals("table-labelled-changes");
            List<Quantity> kept = all.stream().filter(q -> !insideParentheses(text, q.start()))
                    .filter(q -> !TIME_QUALIFIER.matcher(text.substring(0, q.start())).find()).toList();
            boolean valueFirst = !kept.isEmpty() && labelsFollowValues(at, kept, labels.get(0));
            List<Optional<Mention>> labelOf = labelsOfValues(at, kept, labels, valueFirst);
            for (int i = 0; i < kept.size(); i++) {
                Quantity q = kept.get(i);
                Optional<Mention> label = labelOf.get(i);
                if (label.isEmpty()) {
                    continue;
                }
                String labelId = label.get().entityIds().get(0);
                if (entityLabels) {
                    int end = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
                    String segment = text.substring(q.start(), end);
                    Optional<Statistic> change = parser.effect(segment).filter(s -> s.kind() == Statistic.Kind.FOLD_CHANGE)
                            .map(s -> s.shift(q.start()));
                    List<String> about = new ArrayList<>(List.of(labelId));
                    at.about().stream().filter(a -> !about.contains(a)).forEach(about::add);
                    Cell changed = new Cell(at.row(), at.cell(), at.arm(), about, at.header());
                    add(changed, span(at, change.map(Statistic::start).orElse(q.start()), change.map(Statistic::end).orElse(q.end())),
                            change.map(Statistic::text).orElse(q.text()), change.isPresent() ? Optional.empty() : Optional.of(q), change,
                            rowEndpoint, Optional.empty(), rule);
                } else if (isFold(q)) {
                    foldChange(at, q, Optional.of(labelId));
                } else {
                    add(at, span(at, q.start(), q.end()), q.text(), Optional.of(q), Optional.empty(), Optional.of(labelId),
                            Optional.empty(), rule);
                }
            }
        }

        /**
         * Whether a cell writes each label after its value ("8% (CR), 19% (PR)"): its first label stands after the first
         * value and before the second, with no semicolon between them, and nearer the first value than the second
         * ("SD 0.9 units; CV 2.1%" names CV before the value it labels).
         */
        private boolean labelsFollowValues(Cell at, List<Quantity> kept, Mention label) {
            Span first = span(at, kept.get(0).start(), kept.get(0).end());
            if (label.span().start() < first.end()) {
                return false;
            }
            String before = document.source().text().substring(first.end(), label.span().start());
            if (before.indexOf(';') >= 0) {
                return false;
            }
            if (kept.size() == 1) {
                return true;
            }
            int second = sourceStart(at, kept.get(1));
            return label.span().start() < second && before.length() <= second - label.span().end();
        }

        /**
         * The label of each value of a cell: the one written in the value's own stretch, between it and the value before
         * (after it and the value after, where labels follow their values: "8% (CR), 19% (PR)"); a value joined to its
         * neighbour by "versus", "and" or a comma shares the neighbour's ("ORR 45% versus 30%"), but none crosses a
         * semicolon or other words ("clinical benefit 56% versus 18%; specificity 41%": only 41% is specificity).
         */
        private List<Optional<Mention>> labelsOfValues(Cell at, List<Quantity> values, List<Mention> labels, boolean valueFirst) {
            int n = values.size();
            List<Optional<Mention>> of = new ArrayList<>(java.util.Collections.nCopies(n, Optional.<Mention>empty()));
            for (int k = 0; k < n; k++) {
                int i = valueFirst ? n - 1 - k : k;
                int pos = sourceStart(at, values.get(i));
                int next = i + 1 < n ? sourceStart(at, values.get(i + 1)) : Integer.MAX_VALUE;
                int previous = i > 0 ? sourceStart(at, values.get(i - 1)) : Integer.MIN_VALUE;
                Optional<Mention> own = valueFirst
                        ? labels.stream().filter(m -> m.span().start() >= pos && m.span().end() <= next).findFirst()
                        : labels.stream().filter(m -> m.span().end() <= pos && m.span().start() >= previous).reduce((a, b) -> b);
                int neighbour = valueFirst ? i + 1 : i - 1;
                if (own.isEmpty() && neighbour >= 0 && neighbour < n) {
                    Quantity a = values.get(Math.min(i, neighbour));
                    Quantity b = values.get(Math.max(i, neighbour));
                    if (JOINED_VALUES.matcher(at.cell().text().substring(a.end(), b.start())).matches()) {
                        own = of.get(neighbour);
                    }
                }
                of.set(i, own);
            }
            return of;
        }

        /**
         * "10 mg and 40 mg lowered estradiol by 61% and 89% respectively": the first half of
         * the numbers are the doses (arms), the second half their values, in order.
         */
        private boolean respectively(Cell at, List<Quantity> all, Optional<String> endpoint) {
            if (all.size() % 2 != 0) {
                return false;
            }
            int half = all.size() / 2;
            List<Quantity> doses = all.subList(0, half);
            List<Quantity> results = all.subList(half, all.size());
            if (!doses.stream().allMatch(q -> q.unitSymbol().filter(u -> DOSE_UNIT.matcher(u).find()).isPresent())) {
                return false;
            }
            Optional<String> named = first(cellMentions(at.row().index(), at.cell().column()), Set.of("Endpoint")).or(() -> endpoint);
            for (int i = 0; i < half; i++) {
                Quantity dose = doses.get(i);
                Quantity value = results.get(i);
                Arm arm = new Arm(at.arm().drugs().isEmpty() ? at.about().stream().filter(a -> GIVEN.contains(classOf.apply(a))).toList()
                        : at.arm().drugs(), dose.text(), "row/" + at.row().index() + "/dose/" + i);
                add(new Cell(at.row(), at.cell(), arm, at.about(), at.header()), span(at, value.start(), value.end()), value.text(),
                        Optional.of(value), Optional.empty(), named, Optional.empty(), "table-respective-values");
            }
            return true;
        }

        /**
         * The arm of a value: the row in a table of treatment groups; the drugs of the row's treatment when a column names
         * it ("FSH + letrozole 100 nM" under "Treatment", less a drug the headers name as the reference: "% of FSH alone");
         * else the drugs its column header names.
         */
        private Arm arm(Row row, int column, List<Mention> headerMentions) {
            if (groupRows) {
                List<String> drugs = ids(row.label(), GIVEN);
                return new Arm(drugs.isEmpty() ? row.about().stream().filter(a -> GIVEN.contains(classOf.apply(a))).toList() : drugs,
                        row.text(), "row/" + row.index());
            }
            if (conditionColumn.isPresent()) {
                // a class given with a drug is part of the arm ("Lapatinib + trastuzumab + AI"), as in a header
                List<Mention> given = ofClass(cellMentions(row.index(), conditionColumn.get()), ARM_KINDS).stream()
                        .filter(m -> !referenceDrugs.contains(m.entityIds().get(0))).toList();
                if (given.stream().anyMatch(m -> GIVEN.contains(classOf.apply(m.entityIds().get(0))))) {
                    return new Arm(ids(given, ARM_KINDS), String.join(" + ", given.stream().map(Mention::text).toList()), "row/" + row.index());
                }
            }
            Arm headed = headerArm(column, headerMentions);
            String header = header(column);
            if (partnerColumn.isPresent() && WITH_PARTNER.matcher(header).find() && !headed.drugs().isEmpty()) {
                List<String> drugs = new ArrayList<>(headed.drugs());
                ids(cellMentions(row.index(), partnerColumn.get()), GIVEN).stream().filter(d -> !drugs.contains(d)).forEach(drugs::add);
                return new Arm(List.copyOf(drugs), header, "row/" + row.index() + "/column/" + column);
            }
            return headed;
        }

        /** The arm a column's heading names: its drugs (and classes given with a drug), none for an analyte's or a placebo's column. */
        private Arm headerArm(int column, List<Mention> headerMentions) {
            String header = header(column);
            if (ANALYTE_COLUMN.matcher(header).find()) {
                return new Arm(List.of(), header, "column/" + column);
            }
            List<Mention> given = headerMentions.stream().filter(m -> ARM_KINDS.contains(classOf.apply(m.entityIds().get(0))))
                    .filter(m -> {
                        String before = priorText(header, m);
                        return !PRIOR_THERAPY.matcher(before).find() && !REFERENCE_ARM.matcher(before).find();
                    }).toList();
            boolean namesDrug = given.stream().anyMatch(m -> GIVEN.contains(classOf.apply(m.entityIds().get(0))));
            List<String> drugs = new ArrayList<>(given.stream().filter(m -> namesDrug || GIVEN.contains(classOf.apply(m.entityIds().get(0))))
                    .map(m -> m.entityIds().get(0)).distinct().toList());
            if (drugs.stream().allMatch(d -> classOf.apply(d).equals("Placebo"))) {
                return new Arm(List.of(), header, "column/" + column);
            }
            return new Arm(List.copyOf(drugs), header, "column/" + column);
        }

        /**
     * Whether a column heading names no quantity of its own: only arms, drugs, sizes and statistics ("Letrozole (n = 112)",
     * "RR (95% CI)", "p"), so that its values are of the endpoint the table's title names; "Bliss score" names one.
     */
    private static boolean namesNoQuantity(String header, List<Mention> headerMentions) {
        String rest = header;
        for (Mention m : headerMentions) {
            rest = rest.replace(m.text(), " ");
        }
        return ARM_HEADING_WORDS.matcher(rest).replaceAll(" ").isBlank();
    }

    /** The drugs a header names as what its values are relative to: FSH of "FSHR mRNA (fold vs FSH alone)". */
        private Set<String> referenceDrugs() {
            Set<String> drugs = new java.util.HashSet<>();
            table.header().ifPresent(h -> h.cells().forEach(c -> cellMentions(h.index(), c.column()).stream()
                    .filter(m -> REFERENCE_ARM.matcher(priorText(c.text(), m)).find()).forEach(m -> drugs.add(m.entityIds().get(0)))));
            return drugs;
        }

        /** The header's text before a mention, written as a word of its own: "Exemestane (Second-Line after " before "Anastrozole"; "fold vs " before the FSH of "FSHR mRNA (fold vs FSH alone)". */
        private String priorText(String header, Mention m) {
            java.util.regex.Matcher word = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(m.text()) + "(?![\\p{L}\\p{N}])").matcher(header);
            return word.find() ? header.substring(0, word.start()) : "";
        }

        private void add(Cell at, Span span, String text, Optional<Quantity> quantity, Optional<Statistic> statistic,
                Optional<String> endpoint, Optional<String> criterion, String rule) {
            add(at, Optional.empty(), span, text, quantity, statistic, endpoint, criterion, rule);
        }

        /** Adds a measurement of the cell {@code at}, compared with the arm {@code compared} when it is an effect measure of two arms. */
        private void add(Cell at, Optional<Arm> compared, Span span, String text, Optional<Quantity> quantity, Optional<Statistic> statistic,
                Optional<String> endpoint, Optional<String> criterion, String rule) {
            ElementRef ref = new ElementRef("table", key, "/row/" + at.row().index() + "/cell/" + at.cell().column());
            if (quantity.isEmpty() && statistic.isEmpty()) {
                String reason = !DIGIT.matcher(at.cell().text()).find() ? "no number"
                        : digitsOnlyInNames(at) ? "its digits belong to entity names" : "number not read";
                skipped.add(new Skipped(ref, at.cell().text(), reason));
                return;
            }
            Optional<QuantityKind> kind = QuantityKind.namedBy(header(at.cell().column())).or(() -> QuantityKind.namedBy(at.row().text()));
            found.add(new Measurement(ref, table.sectionId(), span, table.position(), at.row().index(), at.cell().column(), text, quantity,
                    statistic, kind, endpoint, at.about(), at.arm().drugs(), at.arm().label(), at.arm().key(),
                    compared.map(c -> new Measurement.Compared(c.drugs(), c.label(), c.key())),
                    statistic.filter(s -> EFFECT_MEASURES.contains(s.kind())).flatMap(s -> rowPValue(at.row().index())), at.row().text(),
                    at.row().trial(), at.row().population(), criterion,
                    Qualifiers.of(at.row().text(), header(at.cell().column()), table.title().map(t -> t.text()).orElse(""))
                            .withRow(at.row().cells()), rule));
        }

        /**
         * The table's p column, whose value in a row is that of the effect measure of its one effect column: none when the
         * table has several effect columns or p columns, or its p column tests an interaction, a trend or heterogeneity.
         */
        private Optional<Integer> effectPColumn() {
            List<TableCell> headings = table.header().map(h -> h.cells()).orElse(List.of());
            List<Integer> effects = headings.stream().filter(c -> EFFECT_COLUMN.matcher(c.text()).find()).map(TableCell::column).toList();
            List<Integer> ps = headings.stream().filter(c -> !EFFECT_COLUMN.matcher(c.text()).find() && P_COLUMN.matcher(c.text()).find()
                    && !NOT_THE_EFFECTS_P.matcher(c.text()).find()).map(TableCell::column).toList();
            return effects.size() == 1 && ps.size() == 1 ? Optional.of(ps.get(0)) : Optional.empty();
        }

        /** The p-value row {@code row} gives in the table's {@link #effectPColumn}, if it has one. */
        private Optional<Quantity> rowPValue(int row) {
            return effectPColumn.flatMap(column -> table.bodyRows().stream().filter(r -> r.index() == row).flatMap(r -> r.cells().stream())
                    .filter(c -> c.column() == column).findFirst()).flatMap(c -> parser.pValue(c.text())).flatMap(Statistic::estimate);
        }

        /** Whether every digit of the cell stands inside an entity's name: "HER2", "CDK4/6", "Thr/Thr at 307". */
        private boolean digitsOnlyInNames(Cell at) {
            List<Mention> inCell = cellMentions(at.row().index(), at.cell().column());
            String text = at.cell().text();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i))) {
                    int offset = at.cell().content().sourceSpan(i, i + 1, document.source()).start();
                    if (inCell.stream().noneMatch(m -> m.span().start() <= offset && offset < m.span().end())) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void skip(TableRow row, TableCell cell, String reason) {
            skipped.add(new Skipped(new ElementRef("table", key, "/row/" + row.index() + "/cell/" + cell.column()), cell.text(), reason));
        }

        /** The numbers of a cell that are values: not inside an entity's name ("Thr/Thr at 307", "50% effective dose"). */
        private List<Quantity> values(int row, TableCell cell) {
            List<Mention> inCell = cellMentions(row, cell.column());
            return parser.findAll(cell.text()).stream()
                    .filter(q -> {
                        int at = cell.content().sourceSpan(q.start(), q.end(), document.source()).start();
                        return inCell.stream().noneMatch(m -> m.span().start() <= at && at < m.span().end());
                    })
                    .toList();
        }

        /** A bare number takes the unit its column header states: "(weeks)", "Fold Increase ...". */
        /** Whether a row's or column's label ends on a unit of its own in brackets: "Primary MFE (%)", "IC50 (nM)". */
        private boolean namesUnit(String label) {
            Matcher m = HEADER_UNIT.matcher(label);
            while (m.find()) {
                if (m.group(1) != null && parser.unitNamed(m.group(1)).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private Quantity withHeaderUnit(Quantity q, String header) {
            if (q.unit().isPresent()) {
                return q;
            }
            Matcher m = HEADER_UNIT.matcher(header);
            while (m.find()) {
                String form = m.group(1) != null ? m.group(1) : m.group(2).toLowerCase(java.util.Locale.ROOT);
                Optional<Unit> unit = parser.unitNamed(form);
                if (unit.isPresent()) {
                    return q.withUnit(unit);
                }
            }
            return q;
        }

        private int sourceStart(Cell at, Quantity q) {
            return at.cell().content().sourceSpan(q.start(), q.end(), document.source()).start();
        }

        private Span span(Cell at, int from, int to) {
            return at.cell().content().sourceSpan(from, to, document.source());
        }

        /**
         * Whether a column holds fold changes: its heading says "fold", but not in brackets after the measure whose fold change
         * the cells add in brackets ("IC50 (fold)"), or names a ratio of values ("AUC ratio", or "Ratio" under such a title).
         */
        private boolean foldColumn(String heading) {
            return FOLD_COLUMN.matcher(heading).find() && !FOLD_IN_BRACKETS.matcher(heading).find() || RATIO_OF_VALUES.matcher(heading).find()
                    || RATIO_HEADING.matcher(heading).find() && table.title().filter(t -> RATIO_OF_VALUES.matcher(t.text()).find()).isPresent();
        }

        /**
         * Whether the table's title says its values are fold changes, naming no unit of its own ("IC50 values (nM) and fold
         * change" holds potencies too) and heading no column "fold" (then those columns are the fold changes).
         */
        private boolean foldTitle() {
            boolean foldColumns = table.header().filter(h -> h.cells().stream().anyMatch(c -> foldColumn(c.text()))).isPresent();
            return !foldColumns && table.title().filter(t -> FOLD_TITLE.matcher(t.text()).find() && !bracketsUnit(t.text())).isPresent();
        }

        /** Whether a text has a unit in brackets anywhere: "IC50 values (nM) and ...". */
        private boolean bracketsUnit(String text) {
            return !bracketedUnits(text).isEmpty();
        }

        /** The units a text names in brackets: "IC50 values (nM) and fold change (mean of three)" names nM. */
        private List<Unit> bracketedUnits(String text) {
            List<Unit> units = new ArrayList<>();
            Matcher m = BRACKETED.matcher(text);
            while (m.find()) {
                parser.unitNamed(m.group(1).strip()).ifPresent(units::add);
            }
            return units;
        }

        /**
         * A bare number under a title that names one unit in brackets takes it ("Table 2. IC50 values (nM)"), unless its
         * row or column names a unit of its own or its column holds fold changes, or the title names a second measure
         * ("IC50 values (nM) and combination index").
         */
        private Quantity withTitleUnit(Quantity q, String rowLabel, String header) {
            if (q.unit().isPresent() || namesUnit(rowLabel) || foldColumn(header) || table.title().isEmpty()) {
                return q;
            }
            String title = table.title().get().text();
            List<Unit> units = bracketedUnits(title);
            return units.size() != 1 || SECOND_MEASURE.matcher(title).find() ? q
                    : q.withUnit(Optional.of(units.get(0)));
        }

        private String header(int column) {
            return table.header().flatMap(h -> h.cells().stream().filter(c -> c.column() == column).findFirst())
                    .map(TableCell::text).orElse("");
        }

        private List<Mention> cellMentions(int row, int column) {
            return byPath.getOrDefault("/row/" + row + "/cell/" + column, List.of());
        }
    }

    /** What a row says about all its values. */
    private record Row(int index, String text, List<Mention> label, List<String> about, Optional<String> trial,
            Optional<String> endpoint, Optional<String> population, String cells) {}

    /** The arm a value belongs to: its drugs, its label as written, and its key in the table. */
    private record Arm(List<String> drugs, String label, String key) {}

    /** A cell being read, with its row, arm and the entities its values are about. */
    private record Cell(Row row, TableCell cell, Arm arm, List<String> about, String header) {}

    /** "411 (p<0.05, fold change > 1.20)": what the value was selected by, from the parentheses after it. */
    private Optional<String> criterion(String text, Quantity q) {
        String rest = text.substring(q.end()).strip();
        if (!rest.startsWith("(") || rest.indexOf(')') < 0) {
            return Optional.empty();
        }
        String inside = rest.substring(1, rest.indexOf(')')).strip();
        return parser.pValue(inside).filter(s -> s.estimate().isPresent()).map(s -> inside);
    }

    /**
     * A population without what is not the population: its size ("PIK3CA-mutated (n=341)"), the analysis the row
     * also names ("PIK3CA-mutated, final analysis"), an acronym in brackets ("Unexplained infertility (AMIGOS)"), the
     * specimen the status was read in ("ESR1-mutant (ctDNA)"), the group it is compared with ("FDG-PET flare vs no flare")
     * and the trial it is a population of ("VIKTORIA-1 (PIK3CA wild-type)": the trial is the value's trial, its own field).
     * A population no word of which tells it apart ("All patients", "all") is the overall population.
     */
    private String populationOf(String population, List<Mention> inCell) {
        String p = NOT_POPULATION.matcher(SAMPLE_SIZE.matcher(population).replaceAll("")).replaceAll("").strip();
        Matcher bracketed = TRIAL_THEN_BRACKET.matcher(p);
        boolean trialFirst = bracketed.matches() && inCell.stream()
                .anyMatch(m -> classOf.apply(m.entityIds().get(0)).equals(TRIAL) && m.text().equals(bracketed.group(1)));
        String named = trialFirst ? bracketed.group(2).strip() : p;
        // a population with no word that tells it apart ("All patients", "all", "Overall population") is every patient
        return Populations.key(named).isEmpty() && !named.isBlank() ? Qualifiers.OVERALL : named;
    }

    /** The words of a cell, as the document writes them ("kg/m²", where the cell's normalised text reads "kg/m^2"). */
    private static String written(Document document, TableCell cell) {
        return document.source().slice(cell.content().sourceSpan(0, cell.text().length(), document.source()));
    }

    /** A cell that is nothing but a labelled p-value, "p<0.001" or "P = 0.03", in a column of other results. */
    private Optional<Statistic> onlyPValue(String text) {
        if (!P_LABEL.matcher(text).find()) {
            return Optional.empty();
        }
        return parser.pValue(text).filter(st -> st.estimate().isPresent() && st.text().strip().equals(text.strip()));
    }

    /** "6-fold": a number whose unit is a fold. */
    private static boolean isFold(Quantity q) {
        return q.unitSymbol().filter(u -> u.equalsIgnoreCase("fold")).isPresent();
    }

    /** A statistic whose interval states no level, with the level its column heading gives ("HR (95% CI)"), if one does. */
    private static Statistic leveled(Statistic statistic, String header) {
        if (statistic.ci().isEmpty() || statistic.ciLevel().isPresent()) {
            return statistic;
        }
        Matcher level = CI_LEVEL.matcher(header);
        return level.find() ? statistic.withCiLevel(new java.math.BigDecimal(level.group(1)).movePointLeft(2)) : statistic;
    }

    /** The effect measure a column header names, by word or acronym; none when it names two ("HR or OR"). */
    private static Statistic.Kind kindOf(String header) {
        List<Statistic.Kind> named = new ArrayList<>();
        for (Statistic.Kind kind : List.of(Statistic.Kind.HR, Statistic.Kind.OR, Statistic.Kind.RR)) {
            if (EFFECT_NAMES.get(kind).matcher(header).find()) {
                named.add(kind);
            }
        }
        return named.size() == 1 ? named.get(0) : Statistic.Kind.EFFECT;
    }

    /** True when {@code at} lies inside parentheses: "36 days (significantly shorter than 47 days)" states 47 days of the other arm. */
    private static boolean insideParentheses(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    private List<Mention> ofClass(List<Mention> mentions, Set<String> kinds) {
        return mentions.stream().filter(m -> kinds.contains(classOf.apply(m.entityIds().get(0)))).toList();
    }

    /**
     * Whether a row label names an analysis of several trials together ("SOFT/TEXT", "ATAC and BIG 1-98"): two trials, or
     * a trial joined by a slash to another name. Its values belong to no one trial.
     */
    private boolean jointAnalysis(String rowLabel, List<Mention> label) {
        List<Mention> trials = label.stream().filter(m -> classOf.apply(m.entityIds().get(0)).equals("ClinicalTrial")).toList();
        if (trials.stream().map(m -> m.entityIds().get(0)).distinct().count() > 1) {
            return true;
        }
        return trials.stream().anyMatch(m -> {
            int at = rowLabel.indexOf(m.text());
            return at >= 0 && JOINED_NAME.matcher(rowLabel.substring(at + m.text().length())).lookingAt()
                    || at > 0 && JOINED_BEFORE.matcher(rowLabel.substring(0, at)).find();
        });
    }

    private Optional<String> first(List<Mention> mentions, Set<String> classes) {
        return ids(mentions, classes).stream().findFirst();
    }

    private List<String> ids(List<Mention> mentions, Set<String> classes) {
        return mentions.stream().map(m -> m.entityIds().get(0)).filter(id -> classes.contains(classOf.apply(id))).distinct().toList();
    }
}
