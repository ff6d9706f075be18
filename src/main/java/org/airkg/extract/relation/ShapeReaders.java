package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/** Readers for relations a sentence states in a shape of its own: combinations, overcoming, derivations. */
final class ShapeReaders {
    /** The kind of a single drug, preferred as the agent over a class named beside it. */
    private static final String DRUG = "Drug";
    /**
     * A dose written right after a drug, before the word that joins it to another: "ribociclib 400 mg/day with", "abemaciclib
     * 150 mg twice daily plus", "goserelin 3.6 mg subcutaneously every 28 days alongside".
     */
    private static final String AMOUNT = "[\\d.]+\\s*(?:mg|µg|mcg|g|IU|nM|µM|μM)(?:/(?:day|d|m2|kg))?(?:\\s+(?:once|twice|three times)\\s+(?:daily|a day|weekly))?"
            + "(?:\\s+(?:daily|weekly|orally|subcutaneously|intramuscularly|intravenously))?(?:\\s+every\\s+(?:\\d+|two|three|four)\\s+(?:days|weeks|months))?";
    /** A drug's dose, as written after it or in brackets, or the count of patients given it: "500 mg", "at 20 mg/kg", "(0.5 µM)", "(n = 71)". */
    private static final String DOSE = "(?:\\(\\s*" + AMOUNT + "\\s*\\)\\s*|(?:at\\s+)?" + AMOUNT + "\\s*|\\(\\s*n\\s*=\\s*[\\d,]+\\s*\\)\\s*)?";
    /** What joins two drugs given together; "or" joins alternatives ("letrozole or anastrozole"), never a combination. */
    private static final Pattern JOINED = Pattern.compile("(?i)^\\W*" + DOSE + "(?:\\+|plus|with|and)\\W*(?:(?:an?|the)\\s+)?$|^[^.;]{0,12}\\+[^.;]{0,12}$");
    private static final Pattern PLUS = Pattern.compile("(?i)\\W*" + DOSE + "plus\\W*(?:(?:an?|the)\\s+)?");
    /** After a drug given by itself: "or tamoxifen alone" is the other arm, not an alternative partner. */
    private static final Pattern ALONE = Pattern.compile("(?i)^[\\s*_]*(?:alone|only|monotherapy)\\b");
    /** Between two alternatives: "anastrozole or letrozole". */
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)^[\\s*_]*(?:,\\s*)?or[\\s*_]*$");
    /**
     * Words between two drugs that combine them by themselves: "X combined with Y", "X added to Y", "X and Y are being
     * combined with Z", "X given with Y", "X was tested with Y", "X, in combination with Y", "X 400 mg/day with a Y", "X,
     * each with Y", "X was given alongside Y".
     */
    private static final Pattern COMBINED_WITH = Pattern.compile("(?i)^[\\s*_]*(?:\\)\\s*)?" + DOSE + "(?:,\\s*)?(?:(?:are|were|is|was|being|been|can be|will be|have|has)\\s+)*"
            + "(?:(?:each|both)\\s+)?(?:(?:in combination|combined|co-?administered|given|together|paired|tested|administered|continued|synergistic)"
            + "(?:\\s+in combination)? with|(?:(?:acted|acts|act|worked|works)\\s+)?synergistically with|added to|each with|with or without"
            + "|(?:(?:given|administered|continued|taken|used)\\s+)?alongside)"
            + "[\\s*_]*(?:both\\s+)?(?:(?:an?|the)\\s+)?$");
    /** A drug that made cells respond more to another, given with it: "X potentiated Y", "X sensitised MCF-7 cells to Y". */
    private static final Pattern POTENTIATED = Pattern.compile("(?i)^[\\s*_]*" + DOSE + "(?:potentiat(?:ed|es)|(?:re-?)?sensiti[sz](?:ed|es)\\s+"
            + "(?:[\\w/-]+\\s+){0,4}to)[\\s*_]*(?:(?:an?|the)\\s+)?$");
    /** Between the drugs added and the one they are added to: " to ", " (100 nM) to ", ", respectively, to ". */
    private static final Pattern TO = Pattern.compile("(?i)^[\\s*_]*" + DOSE + "(?:,\\s*respectively,\\s*)?to[\\s*_]*$");
    private static final Pattern WITH = Pattern.compile("(?i)^[\\s*_]*" + DOSE + "with[\\s*_]*$");
    /**
     * Where a clause opens, so that a drug "with" another after it is the subject it opens on: "Everolimus with
     * exemestane remains widely used", "In MAINTAIN, ribociclib with fulvestrant or exemestane gave ..." (not "compared X
     * with Y", "treated with X with Y").
     */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:^|[.:;]\\s+|\\b[Ii]n\\s+[\\w-]+(?:\\s+[\\w-]+){0,3},\\s+)[\\s*_]*$");
    /** What keeps two drugs apart though a "+" stands between them: "X + Y vs placebo + Z", "X + anastrozole or letrozole". */
    /** A list's joint: a comma alone ("palbociclib, ribociclib and abemaciclib"). */
    private static final Pattern LIST_JOINT = Pattern.compile("^\\s*,\\s*$");
    /** A cue that joins one drug to the one right after it ("together with fulvestrant"), and so no other pair. */
    private static final Pattern CUE_OF_A_PAIR = Pattern.compile("(?i)\\b(?:in combination|combined|co-?administered|together|paired)\\s+with\\b");
    private static final Pattern APART = Pattern.compile("(?i)\\b(?:vs|versus|or|than|compared)\\b");
    /** Cues that need the word "resistance" beside them; re-sensitizing and restoring sensitivity imply it. */
    private static final Pattern NEEDS_RESISTANCE = Pattern.compile("(?i)overcom|overcame|revers");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    /** A resistance the text named before, after the rest of the cue's word: "overcame this resistance", "to overcome that resistance". */
    private static final Pattern THIS_RESISTANCE = Pattern.compile("(?i)^\\w*[\\s*_]*(?:this|that|such|the)\\s+(?:acquired\\s+)?resistance\\b(?!\\s+(?:to|of)\\b)");
    /** A passive cue: "resistance can be overcome", "sensitivity was restored". */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:be|been|is|are|was|were)\\s+(?:[a-z]+ly\\s+)?$");
    /** What stands between a passive cue and its agent: "with low-dose", "by adding". */
    private static final Pattern AGENT_AFTER = Pattern.compile("(?i)^\\w*\\s+(?:(?:in part|partly|fully)\\s+)?(?:with|by)\\s+(?:(?:adding|the|an?|low-dose|high-dose)\\s+)*[\\s*_]*$");
    /** Before the drug another is added to, which is no agent: "Adding capivasertib to fulvestrant ... overcame AI resistance". */
    private static final Pattern ADDED_TO = Pattern.compile("(?i)\\badd(?:ing|ed|s)?\\s+[^,;]{1,60}?\\s+to\\s+(?:an?\\s+|the\\s+)?[*_]*$");
    private static final Pattern COMBINING = Pattern.compile("(?i)\\bcombin(?:e|es|ed|ing)\\s+(?:an?\\s+|the\\s+)?[*_]*$");
    /** Words of exposure right before a drug: "by long-term culture with ", "exposed to ", "in the presence of 1 µM ". */
    static final Pattern EXPOSURE = Pattern.compile("(?i)\\b(?:exposure|exposed|exposing|culture|cultured|treatment|treated|incubation|"
            + "incubated|selection|selected|presence|grown|maintained)\\s+(?:[\\w-]+\\s+){0,3}?(?:to|with|in|of)\\s+"
            + "(?:(?:increasing|escalating|stepwise|long-term|continuous|the|a|an|[\\d.]+\\s*[nµμm]?M|doses?\\s+of|concentrations?\\s+of)\\s+){0,3}[*_]*$");
    /** What names the medium a drug was given in: "in the presence of (10 nM) testosterone", "supplemented with". */
    private static final Pattern MEDIUM = Pattern.compile("(?i)\\b(?:presence\\s+of|supplemented\\s+with)\\s+(?:[\\d.]+\\s*[nµμm]?M\\s+)?[*_]*$");
    /** Lines named as alternatives are not parent and child: "seed 15,000 MCF-7-derived or 20,000 T47D cells". */
    private static final Pattern EITHER = Pattern.compile("(?i)\\bor\\b");
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\b");
    /** A line named as another's offspring, right before that other: "X: the letrozole-treated derivative of Y", "a subline of Y". */
    private static final Pattern DERIVATIVE_OF = Pattern.compile("(?i)\\b(?:derivatives?|sublines?|daughter lines?)\\s+of\\s+(?:the\\s+)?(?:parental\\s+)?[*_]*$");
    /** A line named as the one another comes from: "derived from (the parental) MCF-7". */
    private static final Pattern AFTER_FROM = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?(?:parental\\s+)?$");
    /**
     * A participle or a relative clause after a comma, before "from": "BT-474/TR, derived from BT-474" and "A, B and C cells,
     * which were derived from D" speak of the name before the comma only.
     */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)\\s*(?:cells?\\s*)?,\\s*(?:(?:which|that)\\s+(?:were|was|are|is|"
            + "(?:had|have|has)\\s+been)\\s+)?(?:\\w+ly\\s+)?\\w+ed\\s+$");
    private static final Pattern THROUGH = Pattern.compile("(?i)\\b(?:through|via|by)\\b");
    private static final Pattern LOSS_BEFORE = Pattern.compile("(?i)\\bloss of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern FOR_CARRIERS = Pattern.compile("(?i)\\bfor (?:patients |tumou?rs |cancers )?(?:with |harbou?ring )?$");

    private ShapeReaders() {}

    /**
     * Neighbouring drugs joined by "+", "plus", "with" or "and", in a unit that speaks of combining them unless "+", "plus",
     * "combined with", "added to", "adding X to Y", "X potentiated Y", "X sensitised the cells to Y" or a clause opening on
     * "X with Y" says so (a dose may stand after the first drug: "adding palbociclib (100 nM) to X"); but two drugs that are each combined with a third ("X and Y are
     * being combined with Z") are alternatives, and each is combined with each drug listed after "combined with", "given
     * with" or "in combination with" ("palbociclib or ribociclib given with letrozole or anastrozole": four combinations).
     * A regimen written with "+" or "plus" combines each of its drugs with each other ("inavolisib + palbociclib +
     * fulvestrant": three combinations), and with each alternative "or" lists beside a partner ("abemaciclib + anastrozole or
     * letrozole": two; "letrozole or anastrozole plus palbociclib, ribociclib or abemaciclib": six).
     */
    static List<Found> combination(Unit u, RelationRule rule, Scope s) {
        List<Mention> drugs = s.subjects(u, rule).stream().filter(m -> !inDerivationColumn(u, m) && !asSubstrate(u, m)).toList();
        List<Found> found = new ArrayList<>();
        boolean[] inRegimen = new boolean[Math.max(0, drugs.size() - 1)];
        for (int i = 0; i + 1 < drugs.size(); i++) {
            Mention a = drugs.get(i);
            Mention b = drugs.get(i + 1);
            String between = u.between(a, b);
            boolean combinedWith = COMBINED_WITH.matcher(between).matches() || WITH.matcher(between).matches()
                    && (CLAUSE_OPENING.matcher(u.textBefore(a.span().start())).find() || COMBINING.matcher(u.textBefore(a.span().start())).find()
                            || !SET_AGAINST_BEFORE.matcher(u.textBefore(a.span().start())).find());
            combinedWith = combinedWith || combinedWithAClassOr(u, s, a, b);
            boolean addedTo = TO.matcher(between).matches() && addedBefore(u, s, listed(u, drugs, i, -1));
            boolean added = combinedWith || addedTo || POTENTIATED.matcher(between).matches();
            boolean plus = between.contains("+") || PLUS.matcher(between).matches() || added;
            boolean alternatives = !plus && i + 2 < drugs.size() && COMBINED_WITH.matcher(u.between(b, drugs.get(i + 2))).matches();
            // "A, B and C" lists drugs; an "and" joins a combination only where it is not a list's last joint
            boolean listed = !plus && i > 0 && LIST_JOINT.matcher(Clauses.withoutAsides(u.between(drugs.get(i - 1), a))).matches();
            // "combinations with X and Y" pair each with something else, not X with Y
            boolean partners = !plus && PARTNERS_OF_ANOTHER.matcher(u.textBefore(a.span().start())).find();
            if (!a.entityIds().equals(b.entityIds()) && (JOINED.matcher(between).find() || added) && !APART.matcher(between).find()
                    && (plus || speaksOfCombining(u, rule)) && !alternatives && !listed && !partners) {
                found.add(new Found(a, rule.predicate(), b));
                inRegimen[i] = !added && plus;
            }
            if (combinedWith || addedTo) {
                for (Mention left : listed(u, drugs, i, -1)) {
                    listed(u, drugs, i + 1, 1).stream().filter(right -> !left.entityIds().equals(right.entityIds()))
                            .forEach(right -> found.add(new Found(left, rule.predicate(), right)));
                }
            }
        }
        found.addAll(regimens(u, rule, drugs, inRegimen));
        found.addAll(frontedPartners(u, rule, drugs));
        return found;
    }

    /** A clause that opens on the partner of the drug after it: "Combined with ", "In combination with the ", "Given with ". */
    private static final Pattern FRONTED_WITH = Pattern.compile("(?i)(?:^|[.;:]\\s+)[\\s*_]*(?:when\\s+)?(?:combined|given|co-?administered|"
            + "in combination|together|paired|used)\\s+with\\s+(?:(?:the|an?)\\s+)?[*_]*$");
    /** Between the last partner of a fronted "Combined with X" and the drug it was given with: ", ", ", the LSD1 inhibitor ". */
    private static final Pattern FRONTED_GAP = Pattern.compile("(?i)^[\\s*_]*" + DOSE + ",\\s*(?!(?:whereas|while|but|and|or|unlike|than|although|"
            + "which|as|so|yet|not)\\b)(?:[\\w/-]+\\s+){0,3}[*_]*$");

    /**
     * The drugs given with the partners a clause opens on: "Combined with letrozole, sunitinib shrank LTLT-Ca xenografts",
     * "In combination with letrozole or fulvestrant, the LSD1 inhibitor iadademstat ...", "Combined with fulvestrant,
     * capivasertib and ipatasertib were synergistic" (each drug after the comma with each partner before it).
     */
    private static List<Found> frontedPartners(Unit u, RelationRule rule, List<Mention> drugs) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < drugs.size(); i++) {
            if (!FRONTED_WITH.matcher(u.textBefore(drugs.get(i).span().start())).find()) {
                continue;
            }
            List<Mention> run = listed(u, drugs, i, 1);
            int split = -1;
            for (int k = 1; k < run.size(); k++) {
                if (LIST_JOINT.matcher(Clauses.withoutAsides(u.between(run.get(k - 1), run.get(k)))).matches()) {
                    split = k;
                }
            }
            List<Mention> partners;
            List<Mention> agents;
            if (split > 0) {
                partners = run.subList(0, split);
                agents = run.subList(split, run.size());
            } else {
                int next = i + run.size();
                if (next >= drugs.size() || !FRONTED_GAP.matcher(u.between(run.get(run.size() - 1), drugs.get(next))).matches()) {
                    continue;
                }
                partners = run;
                agents = listed(u, drugs, next, 1);
            }
            for (Mention agent : agents) {
                partners.stream().filter(p -> !p.entityIds().equals(agent.entityIds()))
                        .forEach(p -> found.add(new Found(p, rule.predicate(), agent)));
            }
        }
        return found;
    }

    /**
     * Whether the list of drugs added to another opens on "adding", "added" or "addition of", right before its first drug or
     * before the class they are named in: "adding palbociclib to", "adding the CDK4/6 inhibitors palbociclib and
     * abemaciclib, respectively, to".
     */
    private static boolean addedBefore(Unit u, Scope s, List<Mention> list) {
        Mention first = list.get(list.size() - 1);
        if (Readers.ADDING.matcher(u.wordsBefore(list.get(0))).find() || Readers.ADDING.matcher(u.wordsBefore(first)).find()) {
            return true;
        }
        return u.of(s.classOf(), Set.of("DrugClass")).stream()
                .filter(c -> c.span().end() <= first.span().start() && u.between(c, first).isBlank())
                .anyMatch(c -> Readers.ADDING.matcher(u.wordsBefore(c)).find());
    }

    /**
     * Before a list of the partners of drugs named elsewhere: "protocols for combinations with ", "in combinations with the ",
     * "was synergistic with both ".
     */
    private static final Pattern PARTNERS_OF_ANOTHER = Pattern.compile("(?i)\\b(?:combinations|synergistic(?:ally)?)\\s+with\\s+"
            + "(?:both\\s+)?(?:(?:the|an?)\\s+)?[\\s*_]*$");

    /** After a steroid the medium supplies for the enzyme to act on: " as substrate", " as the aromatase substrate". */
    private static final Pattern AS_SUBSTRATE = Pattern.compile("(?i)^[\\s*_]*as\\s+(?:the\\s+|a\\s+)?(?:aromatase\\s+)?substrates?\\b");

    /** Whether a drug is named as the substrate cells are given ("letrozole with androstenedione as substrate"), no partner. */
    private static boolean asSubstrate(Unit u, Mention m) {
        return AS_SUBSTRATE.matcher(u.textBetween(m.span().end(), u.span().end())).lookingAt();
    }

    /** After a class a drug is the alternative to: " (AI) or ", " or ". */
    private static final Pattern CLASS_ALTERNATIVE = Pattern.compile("(?i)^[\\s*_]*(?:\\([^()]*\\)\\s*)?(?:or|and)\\s+$");

    /**
     * Whether drug {@code b} is combined with drug {@code a} as the alternative to a class combined with it too: "palbociclib,
     * combined with an aromatase inhibitor (AI) or fulvestrant" (the class itself is no drug this reader pairs).
     */
    private static boolean combinedWithAClassOr(Unit u, Scope s, Mention a, Mention b) {
        return u.of(s.classOf(), Set.of("DrugClass")).stream().anyMatch(c -> a.span().end() <= c.span().start() && c.span().end() <= b.span().start()
                && COMBINED_WITH.matcher(u.between(a, c)).matches() && CLASS_ALTERNATIVE.matcher(u.between(c, b)).matches());
    }

    /** The heading of a table column that says how a line was made: "Selecting drug (final, duration)", "Derived by", "Origin". */
    private static final Pattern DERIVATION_HEADING = Pattern.compile("(?i)\\b(?:deriv(?:ed|ation)|origin|selecti(?:on|ng)|selected)\\b");

    /**
     * Whether a drug stands in a table cell under a heading of derivation: "palbociclib 1 µM with androstenedione, 7 months"
     * under "Selecting drug" is the medium a line was made in, not a combination given.
     */
    private static boolean inDerivationColumn(Unit u, Mention drug) {
        return u.columns().stream().anyMatch(c -> c.holds(drug) && DERIVATION_HEADING.matcher(c.heading()).find());
    }

    /**
     * Whether the unit speaks of combining drugs other than where a cue joins one drug to the next: in "Selpercatinib and
     * pralsetinib overcame this resistance, most effectively together with fulvestrant" the two are not combined.
     */
    private static boolean speaksOfCombining(Unit u, RelationRule rule) {
        return u.pieces().stream().anyMatch(p -> rule.cuePattern().matcher(CUE_OF_A_PAIR.matcher(p.text()).replaceAll(" ")).find());
    }

    /**
     * The combinations a regimen written with "+" or "plus" states beyond its neighbours: each drug of a run of such joins
     * with each other, and a partner's alternatives ("X + Y or Z") with the drug across the "+".
     */
    private static List<Found> regimens(Unit u, RelationRule rule, List<Mention> drugs, boolean[] inRegimen) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < inRegimen.length; i++) {
            if (!inRegimen[i]) {
                continue;
            }
            int end = i;
            while (end + 1 < inRegimen.length && inRegimen[end + 1]) {
                end++;
            }
            for (int a = i; a <= end + 1; a++) {
                for (int b = a + 2; b <= end + 1; b++) {
                    found.add(new Found(drugs.get(a), rule.predicate(), drugs.get(b)));
                }
            }
            List<Mention> after = alternativesAfter(u, drugs, inRegimen, end + 1);
            List<Mention> before = alternativesBefore(u, drugs, inRegimen, i);
            for (Mention alternative : after) {
                drugs.subList(i, end + 1).forEach(partner -> found.add(new Found(partner, rule.predicate(), alternative)));
            }
            for (Mention alternative : before) {
                drugs.subList(i + 1, end + 2).forEach(partner -> found.add(new Found(alternative, rule.predicate(), partner)));
                // "A or B plus C or D": each alternative of one side with each of the other
                after.forEach(other -> found.add(new Found(alternative, rule.predicate(), other)));
            }
            i = end;
        }
        return found.stream().filter(f -> !f.subject().entityIds().equals(f.object().entityIds())).toList();
    }

    /**
     * The alternatives listed after the last drug {@code last} of a regimen, to be given in its place ("X plus Y or Z", "X
     * plus Y, Z or W"): a list joined by commas counts only where it ends in "or". An alternative that opens a regimen of its
     * own ("A plus B, or C plus D") or is given alone ("or C alone") is another arm, no partner.
     */
    private static List<Mention> alternativesAfter(Unit u, List<Mention> drugs, boolean[] inRegimen, int last) {
        List<Mention> alternatives = new ArrayList<>();
        for (int k = last + 1; k < drugs.size() && alternativeJoint(u, drugs, k - 1) && !(k < inRegimen.length && inRegimen[k]); k++) {
            if (ALONE.matcher(u.textBetween(drugs.get(k).span().end(), Math.min(drugs.get(k).span().end() + 20, u.span().end()))).lookingAt()) {
                // "X plus Y, Z or W alone": a list that ends in a drug given alone names the arms, not partners
                boolean list = LIST_JOINT.matcher(u.between(drugs.get(last), drugs.get(last + 1))).matches();
                return list ? List.of() : alternatives;
            }
            alternatives.add(drugs.get(k));
        }
        return alternatives;
    }

    /** The alternatives listed before the first drug {@code first} of a regimen ("Y or Z plus X", "W, Y or Z plus X"). */
    private static List<Mention> alternativesBefore(Unit u, List<Mention> drugs, boolean[] inRegimen, int first) {
        List<Mention> alternatives = new ArrayList<>();
        for (int k = first - 1; k >= 0 && alternativeJoint(u, drugs, k) && !(k > 0 && inRegimen[k - 1]); k--) {
            alternatives.add(drugs.get(k));
        }
        return alternatives;
    }

    /**
     * Whether drugs {@code k} and {@code k + 1} are joined as alternatives: by "or", or by a comma of a list whose joints go
     * on by commas to an "or" ("palbociclib, ribociclib or abemaciclib").
     */
    private static boolean alternativeJoint(Unit u, List<Mention> drugs, int k) {
        for (int j = k; j + 1 < drugs.size(); j++) {
            String joint = u.between(drugs.get(j), drugs.get(j + 1));
            if (ALTERNATIVE.matcher(joint).matches()) {
                return true;
            }
            if (!LIST_JOINT.matcher(joint).matches()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Words before a drug, in its clause, that set the drug "with" another against it or in its place ("compared X with Y",
     * "replaced X with Y", "X versus Y with Z") or that it is given "with" only as the exposure a sentence speaks of
     * ("treated with X with Y"); elsewhere a drug "with" the next one is given with it: "231 received fulvestrant with
     * everolimus", "candidates for alpelisib or capivasertib with fulvestrant".
     */
    private static final Pattern SET_AGAINST_BEFORE = Pattern.compile("(?i)\\b(?:compar(?:e|ed|es|ing)|replac(?:e|ed|es|ing)|substitut(?:e|ed|es|ing)"
            + "|switch(?:ed|es|ing)?|swapp(?:ed|ing)|versus|vs|than|interactions?|treated\\s+with|exposed\\s+to)\\b[^.;:]*$");
    /** A joint of drugs listed as partners, a dose and a repeated "with" allowed: "with fulvestrant (10 nM) and with palbociclib". */
    private static final Pattern PARTNERS = Pattern.compile("(?i)^[\\s*_]*" + DOSE + "(?:,|,?\\s*(?:and|or)(?:\\s+with)?)\\s*[\\s*_]*$");

    /**
     * Words before a drug the patients had before the one the sentence is about, set apart by a comma: "MBC after tamoxifen,
     * palbociclib with exemestane" does not combine tamoxifen ("progressed on palbociclib or ribociclib given with letrozole"
     * still combines both with letrozole).
     */
    private static final Pattern GIVEN_BEFORE = Pattern.compile("(?i)\\b(?:after|following|prior\\s+to|before|progress\\w*\\s+on|failure\\s+of|"
            + "resistant\\s+to|refractory\\s+to)\\s+(?:(?:the|an?|prior|previous)\\s+)?[*_]*$");

    /** The drug at {@code at} and those listed with it on the side {@code step} points to ("X or Y given with Z and W"). */
    private static List<Mention> listed(Unit u, List<Mention> drugs, int at, int step) {
        List<Mention> listed = new ArrayList<>(List.of(drugs.get(at)));
        for (int k = at + step; k >= 0 && k < drugs.size() && PARTNERS.matcher(u.between(drugs.get(k - step), drugs.get(k))).matches()
                && !(u.between(drugs.get(k - step), drugs.get(k)).contains(",") && GIVEN_BEFORE.matcher(u.wordsBefore(drugs.get(k))).find());
                k += step) {
            listed.add(drugs.get(k));
        }
        return listed;
    }

    /**
     * The agents before the cue overcome resistance to the drug after it in its clause ("X restores sensitivity to Y"); when a
     * drug before the cue is what the others are combined with ("combining X with an AKT inhibitor (Y) or Z can
     * overcome acquired resistance"), that drug is the one resisted and the others the agents. With no drug after the
     * cue in its clause, the drug resisted is the one the resistant model the sentence speaks of was made with, and the
     * agent is the first drug of the clause, not the partners it was combined with ("in CAMA-1/PR cells, erdafitinib
     * combined with palbociclib restored growth inhibition"; see {@link ResistanceReaders#madeWith}).
     */
    /** A clause opened by a pronoun that stands for the subject of the clause before: ", but it did not overcome". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)^[\\s,]*(?:and|but|yet|so|while|whereas)?\\s*(?:it|they|both)\\b");

    static List<Found> overcoming(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            if (NEEDS_RESISTANCE.matcher(cue.text()).find() && !u.has(RESISTANCE)) {
                continue;
            }
            if (PASSIVE_BEFORE.matcher(u.textBefore(cue.offset())).find()) {
                passiveOvercoming(u, rule, s, cue).ifPresent(found::add);
                continue;
            }
            List<Mention> before = s.subjects(u, rule).stream().filter(m -> m.span().end() <= cue.offset()
                    && !inAnotherClause(u.textBetween(m.span().end(), cue.offset()))).toList();
            int end = cue.offset() + cue.text().length();
            // "overcame this resistance": the resistance the sentences before it named, whatever the clause names after it or
            // combines before it ("resistance to letrozole, ... combining the mTOR inhibitor everolimus with letrozole to
            // overcome that resistance")
            boolean anaphor = THIS_RESISTANCE.matcher(u.textBetween(end, u.span().end())).lookingAt();
            Optional<Mention> base = before.stream().filter(m -> COMBINING.matcher(u.textBefore(m.span().start())).find()).findFirst();
            if (base.isPresent() && !anaphor) {
                before.stream().filter(m -> m != base.get() && DRUG.equals(s.kindOf(m)) && !m.entityIds().equals(base.get().entityIds()))
                        .forEach(agent -> found.add(new Found(agent, rule.predicate(), base.get())));
                continue;
            }
            List<Mention> after = s.objects(u, rule).stream().filter(m -> m.span().start() > cue.offset())
                    .filter(m -> !Clauses.breaks(u.textBetween(end, m.span().start()))).toList();
            List<Mention> resisted = anaphor ? ResistanceReaders.resistedBefore(u, cue.offset(), rule.objects(), s)
                    : !after.isEmpty() ? after.subList(0, 1)
                    : ResistanceReaders.modelSpokenOf(u, cue, s).flatMap(model -> ResistanceReaders.madeWith(model, u, cue, rule.objects(), s))
                            .map(List::of).orElse(List.of());
            int clause = Clauses.start(u, cue.offset());
            if (anaphor) {
                // the agents are the drugs the cue's subject lists, and none when it names a class or a process; or the drugs a
                // combination before the cue joins to the one resisted ("combining everolimus with letrozole to overcome that
                // resistance")
                List<Mention> agents = (base.isPresent() ? before.subList(before.indexOf(base.get()), before.size()) : Readers.tail(u, before))
                        .stream().filter(m -> DRUG.equals(s.kindOf(m)) && m.span().start() >= clause).toList();
                agents.forEach(agent -> resisted.stream().filter(r -> !agent.entityIds().equals(r.entityIds()))
                        .forEach(r -> found.add(new Found(agent, rule.predicate(), r))));
            } else if (!before.isEmpty() && !resisted.isEmpty()) {
                List<Mention> agents = after.isEmpty()
                        ? before.stream().filter(m -> DRUG.equals(s.kindOf(m)) && m.span().start() >= clause).limit(1).toList()
                        : before.stream().filter(m -> DRUG.equals(s.kindOf(m)) && !ADDED_TO.matcher(u.textBefore(m.span().start())).find()).toList();
                for (Mention agent : agents.isEmpty() ? List.of(before.get(before.size() - 1)) : agents) {
                    resisted.stream().filter(r -> !agent.entityIds().equals(r.entityIds()))
                            .forEach(r -> found.add(new Found(agent, rule.predicate(), r)));
                }
            }
        }
        return found;
    }


    /**
     * Whether the text between an agent and the cue holds a boundary of coordinate clauses after which the cue's clause has
     * a subject of its own ("X may contribute to resistance, and that TEAD inhibition might restore ..."); a pronoun after the
     * boundary stands for the agent ("X overcomes ..., but it did not overcome ...").
     */
    private static boolean inAnotherClause(String between) {
        Matcher boundary = Clauses.COORDINATE.matcher(between);
        int last = -1;
        while (boundary.find()) {
            last = boundary.end();
        }
        return last >= 0 && !PRONOUN_SUBJECT.matcher(between.substring(last)).lookingAt();
    }

    /**
     * "Letrozole resistance can be overcome with low-dose FSH": the agent follows the passive cue after "with" or "by", the
     * drug resisted is the one named last before the cue.
     */
    private static Optional<Found> passiveOvercoming(Unit u, RelationRule rule, Scope s, Unit.Cue cue) {
        Optional<Mention> resisted = s.objects(u, rule).stream().filter(m -> m.span().end() <= cue.offset()).reduce((a, b) -> b);
        Optional<Mention> agent = s.subjects(u, rule).stream().filter(m -> m.span().start() > cue.offset()
                && AGENT_AFTER.matcher(u.textBetween(cue.offset() + cue.text().length(), m.span().start())).matches()).findFirst();
        return resisted.flatMap(r -> agent.filter(a -> !a.entityIds().equals(r.entityIds())).map(a -> new Found(a, rule.predicate(), r)));
    }
    /**
     * Of the first two different cell lines of a unit about deriving one, the later-named comes from the earlier
     * unless a "from" between them says otherwise ("X cells derived from Y").
     */
    static List<Found> derivation(Unit u, RelationRule rule, Scope s) {
        if (!u.has(rule.cuePattern())) {
            return List.of();
        }
        return derived(u, s.subjects(u, rule), s).stream()
                .flatMap(d -> d.parent().map(p -> new Found(d.line(), rule.predicate(), p)).stream()).toList();
    }

    /** A line a sentence derives, and the line it comes from when the sentence names one. */
    private record Derived(Mention line, Optional<Mention> parent) {}

    /**
     * The lines a sentence about deriving derives, each with its parent:
     * <ul>
     *   <li>around a "from", the lines before it come from those after it in its clause, one to one when there are as many
     *       ("X and Y were derived from A and B": X from A, Y from B), else all from the first; after a comma ("A, B and
     *       C, derived from D") only the line right before it;</li>
     *   <li>without one, of two lines the one whose name extends the other's ("MCF-7/HER2-18 cells are MCF-7 cells
     *       transfected with HER2") or that is named a derivative of the other ("X: the derivative of Y, selected in
     *       letrozole") is derived, else the later-named, unless the two are listed together ("the derived
     *       lines X and Y": neither comes from the other) or the sentence names a third line;</li>
     *   <li>a sentence naming one line derives that one, unless it stands after the "from" (the derived line has a name
     *       the text does not let us recognise).</li>
     * </ul>
     */
    private static List<Derived> derived(Unit u, List<Mention> mentions, Scope s) {
        Optional<Unit.Cue> from = mentions.isEmpty() ? Optional.empty()
                : u.cues(FROM).stream().filter(f -> f.offset() > mentions.get(0).span().end()).findFirst();
        if (from.isPresent()) {
            List<Mention> before = mentions.stream().filter(l -> l.span().end() <= from.get().offset()).toList();
            List<Mention> parents = mentions.stream().filter(l -> l.span().start() > from.get().offset())
                    .filter(l -> !Clauses.breaks(u.textBetween(from.get().offset(), l.span().start()))).toList();
            Mention last = before.get(before.size() - 1);
            List<Mention> derived = REDUCED_RELATIVE.matcher(u.textBetween(last.span().end(), from.get().offset())).matches()
                    ? List.of(last) : before;
            if (!parents.isEmpty()) {
                List<Derived> found = new ArrayList<>();
                for (int i = 0; i < derived.size(); i++) {
                    Mention parent = parents.get(derived.size() == parents.size() ? i : 0);
                    if (!parent.entityIds().equals(derived.get(i).entityIds())) {
                        found.add(new Derived(derived.get(i), Optional.of(parent)));
                    }
                }
                return found;
            }
        }
        List<Mention> lines = new ArrayList<>();
        for (Mention m : mentions) {
            if (lines.stream().noneMatch(l -> l.entityIds().equals(m.entityIds()))) {
                lines.add(m);
            }
        }
        if (lines.size() < 2) {
            return lines.stream().filter(l -> !AFTER_FROM.matcher(u.textBefore(l.span().start())).find())
                    .map(l -> new Derived(l, Optional.empty())).toList();
        }
        Mention first = lines.get(0);
        Mention second = lines.get(1);
        String firstName = label(first, s);
        String secondName = label(second, s);
        boolean firstExtends = firstName.length() > secondName.length() && firstName.startsWith(secondName)
                || DERIVATIVE_OF.matcher(u.textBetween(first.span().end(), second.span().start())).find();
        // of three lines or more, nothing tells which of the first two comes from the other ("p16 rose in T47D TamR and in
        // ZR-75-1 but not in MCF-7-derived cells")
        if (!firstExtends && (lines.size() > 2 || Readers.joined(u, first, second)
                || EITHER.matcher(u.textBetween(first.span().end(), second.span().start())).find())) {
            return List.of();
        }
        return List.of(firstExtends ? new Derived(first, Optional.of(second)) : new Derived(second, Optional.of(first)));
    }

    private static String label(Mention m, Scope s) {
        return s.lexicon().byId(m.entityIds().get(0)).map(e -> e.label()).orElse(m.text());
    }

    /**
     * The drug a derived line was made with: "LTLT-Ca cells were derived from MCF-7Ca by long-term culture with
     * letrozole", "MCF-7aro cells were exposed to letrozole for 12 months to obtain MCF-7aro/LetR cells". The drug
     * stands right after words of exposure ("exposure to", "culture with", "in the presence of").
     */
    static List<Found> treatmentDerivation(Unit u, RelationRule rule, Scope s) {
        if (!u.has(rule.cuePattern())) {
            return List.of();
        }
        List<Derived> derived = derived(u, s.subjects(u, rule), s);
        List<Mention> exposed = s.objects(u, rule).stream().filter(drug -> EXPOSURE.matcher(u.textBefore(drug.span().start())).find()).toList();
        // "exposure to letrozole in the presence of testosterone": the drug in whose presence another was given is the medium
        List<Mention> given = exposed.stream().filter(drug -> !MEDIUM.matcher(u.textBefore(drug.span().start())).find()).toList();
        List<Found> found = new ArrayList<>();
        for (Mention drug : given.isEmpty() ? exposed : given) {
            derived.stream().filter(d -> !parentOfItsOwnDerivation(u, s.subjects(u, rule), d.line(), drug))
                    .forEach(d -> found.add(new Found(d.line(), rule.predicate(), drug)));
        }
        return found;
    }

    /**
     * Whether the clause of the drug derives another line from {@code line}: in "LCC1 cells ... remain sensitive, whereas LCC9
     * cells, derived from LCC1 by stepwise exposure to fulvestrant, are resistant" fulvestrant made LCC9 of LCC1, whatever
     * LCC1 was made of.
     */
    private static boolean parentOfItsOwnDerivation(Unit u, List<Mention> lines, Mention line, Mention drug) {
        return lines.stream().anyMatch(m -> m.entityIds().equals(line.entityIds()) && m.span().end() <= drug.span().start()
                && AFTER_FROM.matcher(u.textBefore(m.span().start())).find()
                && !Clauses.STRONG_BOUNDARY.matcher(u.textBetween(m.span().end(), drug.span().start())).find());
    }

    /**
     * The passive form "activation of X, frequently through Y": Y activates X; a lost suppressor ("by loss of the
     * suppressor Z") takes the alternate property (inhibits), since it holds back what its loss activates.
     */
    static List<Found> activationThrough(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            Optional<Mention> object = s.objects(u, rule).stream().filter(m -> m.span().start() > cue.offset())
                    .filter(m -> m.span().start() - cue.offset() < 40).findFirst();
            Optional<Unit.Cue> through = u.cues(THROUGH).stream().filter(t -> object.isPresent() && t.offset() > object.get().span().end())
                    .findFirst();
            if (object.isEmpty() || through.isEmpty()) {
                continue;
            }
            for (Mention agent : s.subjects(u, rule)) {
                if (agent.span().start() > through.get().offset() && !agent.entityIds().equals(object.get().entityIds())) {
                    boolean lost = LOSS_BEFORE.matcher(u.textBefore(agent.span().start())).find();
                    found.add(new Found(agent, lost ? rule.alternate().orElseThrow() : rule.predicate(), object.get()));
                }
            }
        }
        return found;
    }

    /**
     * A variant a drug is for ("X for PIK3CA-mutant cancer"), or the patients a therapy is said to work for ("for
     * patients with ESR1 mutations, switching to X can be effective").
     */
    static List<Found> carriers(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        List<Mention> drugs = s.objects(u, rule);
        for (Mention variant : s.subjects(u, rule)) {
            if (!FOR_CARRIERS.matcher(u.textBefore(variant.span().start())).find()) {
                continue;
            }
            Optional<Mention> named = drugs.stream().filter(d -> d.span().end() <= variant.span().start())
                    .filter(d -> variant.span().start() - d.span().end() <= 6).reduce((a, b) -> b);
            if (named.isPresent()) {
                found.add(new Found(variant, rule.predicate(), named.get()));
            } else if (u.has(rule.cuePattern())) {
                drugs.stream().filter(d -> d.span().start() > variant.span().end() && DRUG.equals(s.kindOf(d)))
                        .forEach(d -> found.add(new Found(variant, rule.predicate(), d)));
            }
        }
        return found;
    }
}
