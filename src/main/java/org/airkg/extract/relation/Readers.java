package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/** The general readers: arguments taken by their order around a cue word. */
final class Readers {
    private static final String DRUG_CLASS = "DrugClass";
    private static final String DRUG = "Drug";
    /** A preposition right before a name, which makes it no subject: "against CDK4", "of the ERK kinases". */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:against|of|to|with|by|for|on|in|from|than|over|at|via)\\s+(?:(?:the|a|an)\\s+)?$");
    /** A relative clause on a list's last name, then ", and" before the next: ", which stayed at grade 1, and ". */
    private static final Pattern RELATIVE_THEN_AND = Pattern.compile("(?i)\\s*,\\s*which\\s+[^,;()]{1,80},\\s*and\\s+(?:(?:the|a|an)\\s+)?");
    /** ", and" between two names of a list. */
    private static final Pattern NEW_CLAUSE_AND = Pattern.compile("\\s*,\\s*and\\s+");
    /** A verb right after a name, which makes the name a subject: " represses", " (PKB) also activates", " was". */
    private static final Pattern VERB_AFTER = Pattern.compile("(?i)\\s*(?:\\([^()]{1,30}\\)\\s*)?(?:[a-z]+ly\\s+)?"
            + "(?:is|was|are|were|has|had|may|can|could|might|would|will|[a-z]{3,}(?:es|s|ed))\\b(?!\\s+(?:of|and|or)\\b)");
    /** What joins two drugs given together: "plus", "+", "in combination with", "combined with". */
    private static final String GIVEN = "\\+|plus|(?:in combination|combined|together) with";
    /** Between a drug and the partner it is given with: {@link #GIVEN}, or "with". */
    private static final Pattern PARTNER = Pattern.compile("(?i)[\\s*_]*(?:" + GIVEN + "|with)[\\s*_]*");
    /** Before a therapy given earlier: "(sensitivity to X) after failure of", "after progression on", "following". */
    private static final Pattern GIVEN_BEFORE = Pattern.compile("(?i)\\b(?:after|following|progress\\w*|failure|failing|pretreated|prior)\\b");
    /**
     * As {@link #PARTNER}, without the "with" that also compares ("compared X with Y"), but for one after a verb of giving:
     * "alpelisib is given with fulvestrant to patients with".
     */
    private static final Pattern GIVEN_WITH = Pattern.compile("(?i)[\\s*_]*(?:" + GIVEN + "|,?\\s*(?:(?:is|are|was|were)\\s+)?(?:[a-z]+ly\\s+)?"
            + "(?:given|used|taken|prescribed)\\s+with)[\\s*_]*(?:(?:an?|the)\\s+)?");
    /** A class named in apposition to the drug before it: "Letrozole (Femara), a non-steroidal aromatase inhibitor, is". */
    private static final Pattern APPOSED = Pattern.compile("(?i)[\\s)*_]*,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?");
    /** As {@link #APPOSED}, after "a" or "an": "metformin, a biguanide". */
    private static final Pattern APPOSED_INDEFINITE = Pattern.compile("(?i)[\\s)*_]*,\\s+an?\\s+(?:[\\w-]+\\s+)?");
    /**
     * The words before a drug added to a backbone: "Adding a CDK4/6 inhibitor to endocrine therapy is standard for",
     * "adding low-dose FSH to letrozole", "the addition of everolimus to".
     */
    static final Pattern ADDING = Pattern.compile("(?i)\\badd(?:ing|ed|ition of)\\s+(?:(?:low-dose|high-dose|the|an?)\\s+)?[*_]*$");
    private static final Pattern ADDED_TO = Pattern.compile("(?i)[\\s*_)]*to\\s+(?:(?:an?|the)\\s+)?(?:[\\w-]+\\s+)?");
    /**
     * What parts a verb from the entity after it: punctuation ("lowers estradiol levels, dampening ERα signalling"), a second
     * predicate of its subject ("binds FGFRs and is approved for ..."), or a subordinate clause ("degrades ERα66 while
     * stimulating GPER1": GPER1 is not degraded), or a contrast that denies or opens another predicate ("carries a risk of
     * differentiation syndrome but has not been associated with QTc prolongation", "but not QTc prolongation").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.:]|\\band\\s+(?:is|are|was|were|has|have|had)\\b"
            + "|\\b(?:while|whereas|although|though)\\b"
            + "|\\bbut\\s+(?:not|never|no|is|are|was|were|has|have|had|did|does|do|may|might|can|could|rarely|seldom)\\b");

    /** A relative clause's start: ", which", "which". */
    private static final Pattern RELATIVE = Pattern.compile("(?i)[\\s,;]*(?:which|that|who)\\b");
    /**
     * What parts a verb from a subject named before it in another clause: "X targets HER2, whereas Y targets TROP2" (Y
     * unknown) says nothing of X and TROP2. A relative clause (", which inhibits") is the antecedent's.
     */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i);|\\b(?:whereas|while|although|though)\\b|,\\s*(?:but|yet)\\b");
    /**
     * A clause break between a noun cue and the entity after it: another clause ({@link #OTHER_CLAUSE}) or a clause
     * of consequence or comment (", so", ", thus", ", which"). "CCNE1 amplification predicted shorter PFS in both arms,
     * so it appears to be prognostic rather than a biomarker of resistance to abemaciclib" says nothing of what
     * "predicted" is followed by in the next clause.
     */
    private static final Pattern NEW_CLAUSE = Pattern.compile(OTHER_CLAUSE.pattern() + "|,\\s*(?:so|thus|hence|therefore|which)\\b");
    /**
     * A pronoun that opens a clause as its subject, before a verb: "Both phosphorylate", "They also activate", "It binds",
     * ", where it couples".
     */
    private static final Pattern PRONOUN_OPENS = Pattern.compile("(?i)^[\\s,;]*(?:(?:where|and|but|so|while|whereas)\\s+)?(?:both|they|it|these|this|each|all)\\s+(?:[a-z]+ly\\s+|also\\s+)?[a-z]+(?:s|ed)?\\s");
    /**
     * A pronoun as the verb's own subject, after a name that is then no subject of it: in "it phosphorylates RNA polymerase
     * II (POLR2A), and it also phosphorylates ERα" POLR2A phosphorylates nothing.
     */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)(?:^|[,;(]\\s*|\\b(?:and|but)\\s+)(?:it|they)\\s+(?:(?:also|then|still|further|thereby|in turn|\\w+ly)\\s+)*[*_]*$");
    /**
     * Words that set a name before a verb against its subject, as a therapy given before or compared with it: "Gonadotropins
     * remain an option after letrozole failure but carry a higher risk of OHSS" says nothing of letrozole.
     */
    private static final Pattern SET_AGAINST = Pattern.compile("(?i)\\b(?:after|following|before|beyond|than|versus|vs\\.?|unlike)\\s+(?:(?:an?|the|prior|previous)\\s+)?[*_]*$");
    /** What may stand between a coordinating word and a verb sharing the first clause's subject: "and also", "but can be". */
    private static final Pattern AUXILIARIES = Pattern.compile("(?i)[\\s,*_]*(?:(?:and|but|so|yet|or|also|then|thereby|further|still|not|can|may|might|"
            + "should|could|will|would|must|is|are|was|were|be|been|being|has|have|had|does|do|did|\\w+ly)[\\s,*_]+)*");
    /** A phrase that opens a coordinate clause before its verb, not its subject: "and, in MCF-7 cells, blocks". */
    private static final Pattern PHRASE_FIRST = Pattern.compile("(?i)[\\s,*_]*(?:also\\s+|then\\s+)?(?:in|at|on|with|by|after|before|during|from|through|via|within|under|over)\\b");
    /**
     * A noun of loss between a verb and its object: what "triggers degradation of mutant p110α" or "leads to loss of PTEN" acts
     * on is the object's loss, which the verb's property does not state.
     */
    private static final Pattern LOSS_OF_OBJECT = Pattern.compile("(?i)\\b(?:degradation|loss|depletion|breakdown|downregulation|down-regulation)\\s+of\\s+"
            + "(?:the\\s+)?(?:[\\w-]+\\s+)?$");
    /** Words before a gene that name its loss: "loss of", "knockdown of the". */
    private static final Pattern LOST_BEFORE = Pattern.compile("(?i)\\b(?:loss|deletion|knockdown|knock-down|knockout|knock-out|inactivation|depletion|silencing|"
            + "ablation)\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,1}[*_]*$");
    /** Words after a gene that name its loss: "PTEN loss", "NF1 deletion", "RB1-null". */
    private static final Pattern LOST_AFTER = Pattern.compile("(?i)[*_]*(?:\\s+|-)(?:loss|deletion|knockdown|knockout|inactivation|depletion|silencing|null|deficiency)\\b");
    /** An argument set aside by the words right before it: "myelosuppressive rather than hepatotoxic", "instead of tamoxifen". */
    private static final Pattern EXCLUDED = Pattern.compile("(?i)\\b(?:rather than|instead of|unlike|other than)\\s+(?:(?:an?|the|with)\\s+)?[*_]*$");
    /** A cue set aside: "rather than (by) blocking", "instead of inhibiting", "not by inhibiting", "rather than a biomarker of". */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\b(?:rather than|instead of)\\s+(?:by\\s+|an?\\s+|the\\s+)?$|\\bnot\\s+by\\s+$");
    /**
     * A verb coordinated with an earlier one, right after the earlier verb's object: in "both phosphorylate IRS-1 and
     * activate PI3K" IRS-1 is no subject of "activate".
     */
    private static final Pattern COORDINATED = Pattern.compile("(?i)[\\s*_)]*,?\\s*(?:and|or)\\s+(?:(?:also|then|thereby|thus|so|[a-z]+ly)\\s+)?");
    /**
     * A verb after a comma right after the earlier verb's object, in a series of verbs with one subject: in "oestrogen
     * deprivation activates AMPK, inhibits mTORC1 and induces autophagy" AMPK is no subject of "inhibits".
     */
    private static final Pattern SERIAL = Pattern.compile("(?i)[\\s*_)]*,\\s*(?:(?:also|then|thereby|thus|[a-z]+ly)\\s+)?");
    /**
     * A verb coordinated with one before it, right after a name, which makes the name that verb's object: "activates AMPK,
     * inhibits mTORC1 and represses MYC" (AMPK and mTORC1).
     */
    private static final Pattern THEN_VERB = Pattern.compile("[\\s*_)]*(?:,\\s*|,?\\s*(?:and|or)\\s+)(?:(?:also|then|thereby|thus|so|[a-z]+ly)\\s+)?"
            + "[a-z]{3,}(?:s|ed)\\b");
    /** A verb right before a name, whose object it is: "activates AMPK", "inhibited the". */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b[a-z]{3,}(?:s|ed)\\s+(?:(?:the|its|their)\\s+)?[*_]*$");
    /** A relative pronoun after a comma, right before a verb: "AMPK, which inhibits", ", that in turn activates". */
    private static final Pattern RELATIVE_BEFORE_VERB = Pattern.compile("(?i),\\s*(?:which|that)\\s+(?:(?:also|then|in turn|thereby|still|further|can|may|"
            + "might|could|would|will|does|do|did|\\w+ly)\\s+)*[*_]*$");
    /** What may stand between a relative clause's antecedent and its comma: a gloss closing, markup. */
    private static final Pattern ANTECEDENT_CLOSE = Pattern.compile("[\\s*_)\\]]*");
    /**
     * An aside closing right before a verb: a participial one (", activated by cyclin D1 (CCND1), ", ", encoded by CDKN2A,
     * ") or one that excludes (", but not AKT, ", ", not PDK1, ").
     */
    private static final Pattern ASIDE_BEFORE_VERB = Pattern.compile("(?i)(?:" + Clauses.PARTICIPLE_OPENING + "|,\\s*(?:but\\s+)?not\\b)[^,;]*,\\s*$");
    /** The amount a name before it changed by: "MYC by 74% and". */
    private static final Pattern CHANGED_BY = Pattern.compile("(?i)^\\s*by\\s+(?:only\\s+)?\\d");
    /**
     * An aside closed by a comma and the conjunction of a second verb: ", cutting androgen synthesis, and also " in "X inhibits
     * CYP17A1, cutting androgen synthesis, and also antagonises AR", where the second verb is the clause subject's, not the
     * last name's.
     */
    private static final Pattern AND_AFTER_ASIDE = Pattern.compile("(?i),[^,;]*,\\s*(?:and|or)\\s+(?:(?:also|then|thereby|thus|so|[a-z]+ly)\\s+)?$");
    /** A gerund after "by": "by inhibiting", "by blocking". */
    private static final Pattern BY_GERUND = Pattern.compile("(?i)\\bby\\s+$");
    /** A gerund after "by" that opens its sentence: "By inhibiting aromatase (CYP19A1), letrozole lowers estradiol". */
    private static final Pattern FRONTED_BY = Pattern.compile("(?i)^[\\s*_]*by\\s+$");
    /** What may stand between the comma that ends a fronted gerund's phrase and the clause's subject. */
    private static final Pattern BEFORE_FRONTED_SUBJECT = Pattern.compile("(?i),\\s*(?:the\\s+|an?\\s+|oral\\s+)?");

    private Readers() {}

    static List<Found> verb(Unit u, RelationRule rule, Scope s) {
        return grouped(u, rule, s, true);
    }

    /**
     * As {@link #verb}, for the subjects named as lost, knocked down or silenced, with the rest of a list a loss word leads
     * ("combined knockdown of YAP1 and WWTR1 restored letrozole sensitivity" names both as lost); a subject named otherwise
     * states nothing, since what its loss does, it does not.
     */
    static List<Found> lostVerb(Unit u, RelationRule rule, Scope s) {
        List<Found> read = grouped(u, rule, s, true);
        return read.stream().filter(f -> lost(u, f.subject()) || read.stream().anyMatch(g -> g.subject().span().end() <= f.subject().span().start()
                && lost(u, g.subject()) && StructuralRules.LIST.matcher(u.between(g.subject(), f.subject())).matches())).toList();
    }

    static List<Found> noun(Unit u, RelationRule rule, Scope s) {
        return grouped(u, rule, s, false);
    }

    /**
     * Subjects (the list just before the cue, or the mentions an anaphor stands for) and objects (the list just
     * after it; for a verb, only if no clause break stands between them). A verb's subject named as lost ("loss of NF1
     * activates RAS") takes the rule's alternate property (NF1 inhibits RAS), or none.
     */
    private static List<Found> grouped(Unit u, RelationRule rule, Scope s, boolean verb) {
        List<Found> found = new ArrayList<>();
        List<Mention> all = s.subjects(u, rule);
        List<Mention> against = verb ? setAgainst(u, all) : List.of();
        // a class said of a drug beside it ("neratinib, a pan-HER TKI that blocks") is no subject of its own
        List<Mention> candidates = all.stream().filter(m -> !against.contains(m) && !rule.setAside(u, m) && !standsForADrug(u, s, all, m))
                .toList();
        for (Unit.Cue k : u.cues(rule.cuePattern())) {
            // a subject the rule sets aside ("given with or without X") is no part of the list the verb takes
            int aside = verb ? asideBefore(u, k) : k.offset();
            List<Mention> before = candidates.stream().filter(m -> m.span().end() <= aside).toList();
            List<Mention> after = s.objects(u, rule).stream().filter(m -> m.span().start() > k.offset()).toList();
            String gap = after.isEmpty() ? "" : u.textBetween(k.offset() + k.text().length(), after.get(0).span().start());
            if (verb && before.isEmpty() && !after.isEmpty() && FRONTED_BY.matcher(u.textBefore(k.offset())).find()) {
                found.addAll(fronted(u, rule, s, after, gap));
                continue;
            }
            if (before.isEmpty() || after.isEmpty() || (verb ? CLAUSE_BREAK : NEW_CLAUSE).matcher(gap).find()
                    || SET_ASIDE.matcher(u.textBefore(k.offset())).find()) {
                continue;
            }
            if (verb && drugActs(u, rule, s, before, k) || verb && LOSS_OF_OBJECT.matcher(gap).find()) {
                continue;
            }
            String lead = u.textBetween(before.get(before.size() - 1).span().end(), k.offset());
            boolean coordinated = verb && (COORDINATED.matcher(lead).matches() || SERIAL.matcher(lead).matches() && objectOfVerb(u, before));
            List<Mention> targets = untilNewClause(u, pastRelatives(u, after, head(u, after))).stream().filter(o -> !verb || !u.modifier(o)).toList();
            Optional<Mention> antecedent = verb ? antecedent(u, k) : Optional.empty();
            List<Mention> subjects = antecedent.isPresent() ? antecedentList(u, before, antecedent.get())
                    : coordinated ? clauseSubjects(u, s, before, k)
                    : verb && BY_GERUND.matcher(u.textBefore(k.offset())).find() ? gerundSubject(u, s, before, k)
                    : tail(u, before).stream().filter(m -> !verb || sameClause(u, m, aside)).map(m -> leader(u, before, m))
                            .map(m -> apposedTo(u, s, before, m)).distinct().toList();
            for (Mention subject : subjects) {
                Optional<String> predicate = verb && lost(u, subject) ? rule.alternate() : Optional.of(rule.predicate());
                predicate.ifPresent(p -> targets.stream().filter(o -> !o.entityIds().equals(subject.entityIds()))
                        .forEach(o -> found.add(new Found(subject, p, o))));
            }
        }
        return found;
    }

    /**
     * A gerund phrase that opens its sentence ("By inhibiting aromatase (CYP19A1), letrozole lowers estradiol"): the objects
     * are the list right after the cue, within the phrase; the subject is the clause's subject right after the comma that
     * ends the phrase.
     */
    private static List<Found> fronted(Unit u, RelationRule rule, Scope s, List<Mention> after, String gap) {
        if (CLAUSE_BREAK.matcher(gap).find()) {
            return List.of();
        }
        List<Mention> targets = head(u, after);
        Mention last = targets.get(targets.size() - 1);
        String rest = u.textBetween(last.span().end(), u.span().end());
        int comma = closingComma(rest);
        if (comma < 0) {
            return List.of();
        }
        int from = last.span().end() + comma;
        List<Found> found = new ArrayList<>();
        s.subjects(u, rule).stream().filter(m -> m.span().start() > from).findFirst()
                .filter(m -> BEFORE_FRONTED_SUBJECT.matcher(u.textBetween(from, m.span().start())).matches())
                .ifPresent(subject -> targets.stream().filter(o -> !o.entityIds().equals(subject.entityIds()))
                        .forEach(o -> found.add(new Found(subject, rule.predicate(), o))));
        return found;
    }

    /** The offset of the first comma outside brackets in {@code text}, or -1. */
    private static int closingComma(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '.' || c == ';')) {
                return -1;
            } else if (depth == 0 && c == ',') {
                return i;
            }
        }
        return -1;
    }

    /**
     * A list that goes on past a relative clause on its last name: "caused stomatitis, which stayed at grade 1, and
     * hyperglycaemia, which was controlled" lists both events; the name after ", and" must not open a clause of its own.
     */
    private static List<Mention> pastRelatives(Unit u, List<Mention> after, List<Mention> list) {
        List<Mention> extended = new ArrayList<>(list);
        for (int i = after.indexOf(list.get(list.size() - 1)) + 1; i < after.size(); i++) {
            Mention last = extended.get(extended.size() - 1);
            Mention next = after.get(i);
            int end = next.span().end();
            if (!RELATIVE_THEN_AND.matcher(u.between(last, next)).matches()
                    || VERB_AFTER.matcher(u.textBetween(end, Math.min(end + 40, u.span().end()))).lookingAt()) {
                break;
            }
            extended.add(next);
            for (int j = i + 1; j < after.size() && joined(u, after.get(j - 1), after.get(j)); j++, i++) {
                extended.add(after.get(j));
            }
        }
        return extended;
    }

    /**
     * A list up to a name that ", and" joins to it and a verb follows, which opens a new clause: in "inhibits RHEB, and PTEN
     * represses AKT" PTEN is no second object.
     */
    private static List<Mention> untilNewClause(Unit u, List<Mention> list) {
        for (int i = 1; i < list.size(); i++) {
            int end = list.get(i).span().end();
            if (NEW_CLAUSE_AND.matcher(u.between(list.get(i - 1), list.get(i))).matches()
                    && VERB_AFTER.matcher(u.textBetween(end, Math.min(end + 40, u.span().end()))).lookingAt()) {
                return list.subList(0, i);
            }
        }
        return list;
    }

    /**
     * Whether a drug is what the verb's subject is, for a rule whose subjects are no drugs: the drug named after the last
     * subject before the verb ("L755S confers resistance, neratinib inhibits HER2"), or, for a verb coordinated with an
     * earlier one or for a last name a preposition governs, the drug that opens the clause ("everolimus binds FKBP12 and
     * inhibits mTORC1": not FKBP12; "abemaciclib is more potent against CDK4 and also inhibits CDK2": not CDK4), and for a
     * verb coordinated across an aside, the drug that opens the last name's clause ("seviteronel inhibits CYP17A1, cutting
     * androgen synthesis, and also antagonises AR": not CYP17A1).
     */
    private static boolean drugActs(Unit u, RelationRule rule, Scope s, List<Mention> before, Unit.Cue k) {
        if (rule.subjects().contains(DRUG)) {
            return false;
        }
        Mention last = before.get(before.size() - 1);
        List<Mention> agents = u.mentions().stream().filter(m -> m.span().end() <= k.offset())
                .filter(m -> s.kindOf(m).equals(DRUG) || rule.subjects().contains(s.kindOf(m))).toList();
        if (agents.stream().anyMatch(m -> m.span().start() > last.span().end() && s.kindOf(m).equals(DRUG))) {
            return true;
        }
        String gap = u.textBetween(last.span().end(), k.offset());
        if (AND_AFTER_ASIDE.matcher(gap).find()) {
            int clause = Clauses.start(u, last.span().start());
            return agents.stream().filter(m -> m.span().start() >= clause).findFirst().filter(m -> s.kindOf(m).equals(DRUG)).isPresent();
        }
        boolean governed = COORDINATED.matcher(gap).matches() || PREPOSITION_BEFORE.matcher(u.wordsBefore(last)).find();
        return governed && clauseSubject(u, agents, k).stream().anyMatch(m -> s.kindOf(m).equals(DRUG));
    }

    /**
     * Where an aside that closes right before a verb begins, or the verb's offset when none does: the names in "CDK4/6,
     * activated by cyclin D1 (CCND1), phosphorylates RB1" are what acts on CDK4/6, and the one in "SGK1, but not AKT,
     * phosphorylates NDRG1" is set apart from the verb's subject.
     */
    private static int asideBefore(Unit u, Unit.Cue verb) {
        String before = u.textBefore(verb.offset());
        Matcher m = ASIDE_BEFORE_VERB.matcher(before);
        return m.find() ? verb.offset() - before.codePointCount(m.start(), m.end()) : verb.offset();
    }

    /**
     * Between a drug and the class it is said to be, where the class is no subject of its own: ", an irreversible pan-HER",
     * " is an oral", ", non-steroidal", " (a", " are allosteric".
     */
    private static final Pattern CLASS_OF_DRUG = Pattern.compile("(?i)(?:\\s*\\([^()]*\\))?[\\s)*_]*(?:,|\\(|\\s+(?:is|are|was|were|remains?))\\s*"
            + "(?:(?:an?|the)\\s+)?(?:[\\p{L}\\p{N}/-]+,?\\s+){0,4}");
    /** Between a class and the drug it heads: a space ("the mTORC1 inhibitor everolimus"). */
    private static final Pattern HEADS = Pattern.compile("[\\s*_]*");
    /** Between a class and its abbreviation in brackets: "aromatase inhibitors (AIs". */
    private static final Pattern GLOSS = Pattern.compile("\\s*\\(\\s*");

    /**
     * Whether a class of drugs stands in apposition to the drug named right before it ("neratinib, an irreversible pan-HER
     * TKI that blocks EGFR", "Lucitanib (E-3810) is a multikinase inhibitor that blocks FGFR1", "Letrozole and anastrozole,
     * non-steroidal aromatase inhibitors (AIs), block aromatase"), heads the drug after it ("the mTORC1 inhibitor
     * everolimus"), or is the abbreviation of such a class: the drug, not the class, is what the verb speaks of.
     */
    private static boolean standsForADrug(Unit u, Scope s, List<Mention> subjects, Mention m) {
        if (!s.kindOf(m).equals(DRUG_CLASS)) {
            return false;
        }
        Mention previous = null;
        for (Mention other : subjects) {
            if (other.span().end() <= m.span().start()) {
                previous = other;
            } else if (other.span().start() >= m.span().end() && !s.kindOf(other).equals(DRUG_CLASS)
                    && HEADS.matcher(u.between(m, other)).matches()) {
                return true;
            }
        }
        if (previous == null) {
            return false;
        }
        if (s.kindOf(previous).equals(DRUG_CLASS)) {
            return GLOSS.matcher(u.between(previous, m)).matches()
                    && standsForADrug(u, s, subjects, previous);
        }
        return CLASS_OF_DRUG.matcher(u.between(previous, m)).matches();
    }

    /**
     * A class in apposition to the drug named right before it stands for that drug: "metformin, a biguanide that activates
     * AMPK" (a name after "a" or "an" is a class even where a vocabulary knows it as a compound, as it knows biguanide).
     */
    private static Mention apposedTo(Unit u, Scope s, List<Mention> before, Mention subject) {
        int i = before.indexOf(subject);
        if (i <= 0 || s.kindOf(before.get(i - 1)).equals(DRUG_CLASS)) {
            return subject;
        }
        String between = u.between(before.get(i - 1), subject);
        boolean apposed = s.kindOf(subject).equals(DRUG_CLASS) ? APPOSED.matcher(between).matches() : APPOSED_INDEFINITE.matcher(between).matches();
        return apposed ? before.get(i - 1) : subject;
    }

    /**
     * The drug a combination is named after: in "lapatinib plus letrozole caused diarrhoea in 64% of patients, versus 20%
     * with letrozole alone" the events are lapatinib's, the drug added to the backbone, which is named after "plus"; in
     * "abemaciclib given with anastrozole or letrozole caused diarrhoea" they are abemaciclib's, across the partners' list.
     */
    private static Mention leader(Unit u, List<Mention> before, Mention subject) {
        Mention first = subject;
        Mention cursor = subject;
        for (int i = before.indexOf(subject) - 1; i >= 0; i--) {
            String between = u.between(before.get(i), cursor);
            if (GIVEN_WITH.matcher(between).matches()) {
                first = before.get(i);
            } else if (!StructuralRules.LIST.matcher(between).matches()) {
                break;
            }
            cursor = before.get(i);
        }
        return first;
    }

    /** "and" or "or" between two names of a list. */
    private static final Pattern LIST_AND = Pattern.compile("(?i)^[\\s*_)]*,?\\s*(?:and|or|nor)\\s+(?:(?:the|an?)\\s+)?[*_]*$");

    /**
     * The names that words before them set against a verb's subject ({@link #SET_AGAINST}), with the rest of the list they
     * begin: in "unlike palbociclib and abemaciclib, ribociclib lengthens the QT interval by blocking hERG" neither drug
     * blocks it.
     */
    private static List<Mention> setAgainst(Unit u, List<Mention> names) {
        List<Mention> against = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            if (SET_AGAINST.matcher(u.wordsBefore(m)).find()
                    || i > 0 && against.contains(names.get(i - 1)) && LIST_AND.matcher(u.between(names.get(i - 1), m)).matches()) {
                against.add(m);
            }
        }
        return against;
    }

    /** Whether no other clause ({@link #OTHER_CLAUSE}) begins between a subject and the verb (or the aside before it) at {@code verb}. */
    private static boolean sameClause(Unit u, Mention subject, int verb) {
        String between = Clauses.withoutAsides(u.textBetween(subject.span().end(), verb));
        return !OTHER_CLAUSE.matcher(between).find() && !PRONOUN_SUBJECT.matcher(between).find() && !ownSubject(between);
    }

    /**
     * Whether a coordinate clause with a subject of its own opens between a name and a verb: in "metformin is used to treat
     * hyperglycaemia, and bisphosphonates can be used for bone loss" metformin is no subject of the second "used for" (", and
     * can be used for" would be).
     */
    private static boolean ownSubject(String between) {
        Matcher boundary = Clauses.COORDINATE.matcher(between);
        int after = -1;
        while (boundary.find()) {
            after = boundary.end();
        }
        String rest = between.substring(Math.max(after, 0));
        return after >= 0 && !AUXILIARIES.matcher(rest).matches() && !PHRASE_FIRST.matcher(rest).lookingAt();
    }

    /** Whether a verb's subject is named as lost: "loss of NF1 activates RAS", "PTEN deletion activates ..." is about its loss. */
    static boolean lost(Unit u, Mention subject) {
        return LOST_BEFORE.matcher(u.wordsBefore(subject)).find()
                || LOST_AFTER.matcher(u.textBetween(subject.span().end(), Math.min(subject.span().end() + 30, u.span().end()))).lookingAt();
    }

    /**
     * The subject of a gerund's clause: in "letrozole lowers estradiol by inhibiting aromatase" what inhibits is the
     * clause's first subject, not the nearest one; in a relative clause ("letrozole, which lowers estradiol by
     * inhibiting aromatase") it is the clause's antecedent.
     */
    private static List<Mention> clauseSubject(Unit u, List<Mention> before, Unit.Cue k) {
        int clause = Clauses.start(u, k.offset());
        if (RELATIVE.matcher(u.textBetween(clause, k.offset())).lookingAt()) {
            return before.stream().filter(m -> m.span().end() <= clause).reduce((a, b) -> b).map(List::of).orElse(List.of());
        }
        return before.stream().filter(m -> m.span().start() >= clause).findFirst().map(List::of).orElse(List.of());
    }

    /**
     * The subject of a gerund after "by" ("letrozole lowers estradiol by inhibiting aromatase"): the clause's subject, when it
     * is of the rule's kinds; a drug class that opens the clause is its subject, and then a drug named after it is none
     * ("AIs starve tumours of estradiol by blocking aromatase": not estradiol).
     */
    private static List<Mention> gerundSubject(Unit u, Scope s, List<Mention> before, Unit.Cue k) {
        List<Mention> agents = u.mentions().stream().filter(m -> m.span().end() <= k.offset() && (before.contains(m) || s.kindOf(m).equals(DRUG_CLASS)))
                .toList();
        return clauseSubject(u, agents, k).stream().filter(before::contains).toList();
    }

    /**
     * The name a relative clause opening right before a verb is said of: in "metformin activates AMPK, which inhibits mTORC1"
     * what inhibits is AMPK, whatever its kind; empty when no name ends right before the relative's comma ("FGFR1
     * amplification, which activates").
     */
    private static Optional<Mention> antecedent(Unit u, Unit.Cue k) {
        Matcher relative = RELATIVE_BEFORE_VERB.matcher(u.textBefore(k.offset()));
        if (!relative.find()) {
            return Optional.empty();
        }
        int comma = k.offset() - u.textBefore(k.offset()).codePointCount(relative.start(), relative.end());
        return u.mentions().stream().filter(m -> m.span().end() <= comma).reduce((a, b) -> b)
                .filter(m -> ANTECEDENT_CLOSE.matcher(u.textBetween(m.span().end(), comma)).matches());
    }

    /** The subjects a relative clause's antecedent stands for: the list it ends, if it is of the rule's subjects, else none. */
    private static List<Mention> antecedentList(Unit u, List<Mention> before, Mention antecedent) {
        int at = before.indexOf(antecedent);
        return at < 0 ? List.of() : tail(u, before.subList(0, at + 1));
    }

    /**
     * Whether the list that ends the names before a verb follows a verb, as its object: in "activates AMPK, inhibits mTORC1"
     * the comma joins two verbs, while in "ESR1 mutations, most often Y537S and D538G, keep ER signalling on" it closes an
     * aside on the subject.
     */
    private static boolean objectOfVerb(Unit u, List<Mention> before) {
        return VERB_BEFORE.matcher(u.wordsBefore(tail(u, before).get(0))).find();
    }

    /** Whether a verb coordinated with an earlier one follows a name, which is then that verb's object, no subject. */
    private static boolean objectOfSeries(Unit u, Mention m) {
        int end = m.span().end();
        return THEN_VERB.matcher(u.textBetween(end, Math.min(end + 60, u.span().end()))).lookingAt();
    }

    /**
     * The subjects of a verb coordinated with an earlier one ("IGF1R and INSR phosphorylate IRS-1 and activate PI3K"):
     * the clause's subject and the list it begins, the subject of the earlier verb too; none when the clause's first name is
     * an earlier verb's object ("oestrogen deprivation activates AMPK and inhibits mTORC1", "activates AMPK, inhibits mTORC1
     * and represses MYC").
     */
    private static List<Mention> clauseSubjects(Unit u, Scope s, List<Mention> before, Unit.Cue k) {
        List<Mention> first = clauseSubject(u, before, k);
        if (!first.isEmpty() && (first.get(0) == before.get(before.size() - 1) || objectOfSeries(u, first.get(0)))) {
            return List.of();
        }
        if (!first.isEmpty() && PRONOUN_OPENS.matcher(u.textBetween(Clauses.start(u, k.offset()), first.get(0).span().start())).find()) {
            // "Both phosphorylate IRS-1 and activate PI3K": the pronoun is the subject of both verbs, IRS-1 of neither
            return List.of();
        }
        return first.isEmpty() ? first : head(u, before.subList(before.indexOf(first.get(0)), before.size())).stream()
                .map(m -> apposedTo(u, s, before, m)).toList();
    }

    /**
     * The nearest subject before a cue, with the partners it is given with ("capivasertib plus fulvestrant is a treatment
     * for"), and the objects after the cue, the first with those within 40 characters of it; a drug given with the one
     * before it ("sensitivity to lapatinib plus letrozole") is its partner, not an object of its own.
     */
    static List<Found> ordered(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue k : u.cues(rule.cuePattern())) {
            List<Mention> before = s.subjects(u, rule).stream().filter(m -> m.span().end() <= k.offset()).toList();
            List<Mention> after = s.objects(u, rule).stream().filter(m -> m.span().start() > k.offset()).toList();
            if (!before.isEmpty() && !after.isEmpty()) {
                List<Mention> subjects = new ArrayList<>(List.of(before.get(before.size() - 1)));
                for (int i = before.size() - 2; i >= 0 && ARM_JOINT.matcher(u.between(before.get(i), subjects.get(0))).matches(); i--) {
                    subjects.add(0, before.get(i));
                }
                int first = before.indexOf(subjects.get(0));
                while (first > 0 && before.get(first - 1).entityIds().equals(before.get(first).entityIds())) {
                    first--;
                }
                if (first > 0 && named(u, s, before.get(first - 1), before.get(first))) {
                    subjects = new ArrayList<>(List.of(before.get(first - 1)));
                } else if (subjects.size() == 1 && PLURAL_VERB.matcher(u.textBetween(before.get(before.size() - 1).span().end(), k.offset())).find()) {
                    subjects.addAll(0, listedBefore(u, before, first));
                }
                for (Mention subject : subjects) {
                    found.add(new Found(subject, rule.predicate(), after.get(0)));
                    for (int i = 1; i < after.size() && after.get(i).span().start() - after.get(0).span().end() < 40
                            && !GIVEN_BEFORE.matcher(u.between(after.get(i - 1), after.get(i))).find(); i++) {
                        if (!PARTNER.matcher(u.between(after.get(i - 1), after.get(i))).matches()) {
                            found.add(new Found(subject, rule.predicate(), after.get(i)));
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Between two drugs an ordered rule's cue is said of: one given with the other ({@link #GIVEN_WITH}), or two arms compared
     * for one use ("letrozole versus tamoxifen for ovulation induction in ...").
     */
    private static final Pattern ARM_JOINT = Pattern.compile(GIVEN_WITH.pattern() + "|(?i)[\\s*_]*(?:versus|vs\\.?)[\\s*_]*");
    /** A plural verb between a subject and the cue: "X and Y are approved for", "X and Y were given to women with". */
    private static final Pattern PLURAL_VERB = Pattern.compile("(?i)\\b(?:are|were|have been)\\b");
    /** What joins the items of a list of subjects, after a code or gloss in brackets: "X (LOXO-292) and Y", "X, Y and Z". */
    private static final Pattern SUBJECT_JOINT = Pattern.compile("(?i)^\\s*\\)?\\s*(?:,\\s*(?:and\\s+)?|\\s*and\\s+)$");

    /**
     * The subjects listed before the one at {@code first} ("Selpercatinib (LOXO-292) and pralsetinib are approved for"), each
     * by the first of its mentions side by side (a name and its code in brackets are one subject).
     */
    private static List<Mention> listedBefore(Unit u, List<Mention> before, int first) {
        List<Mention> listed = new ArrayList<>();
        int next = first;
        for (int j = first - 1; j >= 0; j--) {
            if (before.get(j).entityIds().equals(before.get(j + 1).entityIds())) {
                if (!listed.isEmpty() && listed.get(0) == before.get(j + 1)) {
                    listed.set(0, before.get(j));
                }
                continue;
            }
            if (!SUBJECT_JOINT.matcher(u.between(before.get(j), before.get(next))).matches()) {
                break;
            }
            listed.add(0, before.get(j));
            next = j;
        }
        return listed;
    }

    /**
     * Whether a subject stands for the one named before it: a class in apposition to a drug ("letrozole, a non-steroidal
     * aromatase inhibitor, is the first-line agent for"), or the backbone a drug is added to ("adding X to endocrine
     * therapy is standard for").
     */
    private static boolean named(Unit u, Scope s, Mention earlier, Mention subject) {
        String between = u.between(earlier, subject);
        return s.kindOf(subject).equals(DRUG_CLASS) && APPOSED.matcher(between).matches()
                || ADDING.matcher(u.wordsBefore(earlier)).find() && ADDED_TO.matcher(between).matches();
    }

    /**
     * Every subject and every object of one clause of a unit holding the cue: "the most frequent adverse events with
     * anastrozole were arthralgia and hot flushes"; "hot flushes were more frequent with clomiphene, whereas dizziness
     * was more frequent with letrozole" pairs each drug with its own clause's events. The clauses are those no list
     * crosses ({@link Clauses#STRONG_BOUNDARY}); a table's title and its row are read together. An argument right after
     * "rather than", "instead of" or "unlike" is set aside ("myelosuppressive rather than hepatotoxic").
     */
    static List<Found> pairs(Unit u, RelationRule rule, Scope s) {
        return u.has(rule.cuePattern()) ? clausePairs(u, rule, s) : List.of();
    }

    /**
     * Every subject and every object of one clause of a unit, whatever it holds, but one set aside ("rather than X"). Of a
     * table row whose column headings name the drugs of its arms, the title's drug is no subject: "Adverse events by
     * CDK4/6 inhibitor" above "Abemaciclib | Ribociclib | Palbociclib" says how the columns are grouped, and the columns
     * say whose event each figure is.
     */
    private static List<Found> clausePairs(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        boolean armsNamed = u.columns().stream().flatMap(c -> c.named().stream()).filter(m -> rule.subjects().contains(s.kindOf(m)))
                .map(m -> m.entityIds().get(0)).distinct().count() >= 2;
        for (Mention subject : s.subjects(u, rule)) {
            if (armsNamed && u.columns().stream().noneMatch(c -> c.holds(subject))) {
                continue;
            }
            for (Mention object : s.objects(u, rule)) {
                if (EXCLUDED.matcher(u.wordsBefore(subject)).find() || EXCLUDED.matcher(u.wordsBefore(object)).find()) {
                    continue;
                }
                boolean onePassage = subject.element().equals(object.element());
                if (!onePassage || !Clauses.STRONG_BOUNDARY.matcher(Clauses.withoutAsides(u.between(subject, object))).find()) {
                    found.add(new Found(subject, rule.predicate(), object));
                }
            }
        }
        return found;
    }

    /**
     * As {@link #pairs}, but only for a subject that is the one entity of its kind in the object's clause, remedies and
     * comparators (the rule's {@code notAfter}) aside: where a clause names two drugs, co-occurrence does not say which
     * one an event belongs to.
     */
    static List<Found> solePairs(Unit u, RelationRule rule, Scope s) {
        return sole(u, rule, s, pairs(u, rule, s));
    }

    /**
     * As {@link #solePairs}, in a section whose heading holds the cue, whether or not the sentence does: under "Safety",
     * "grade 3 neutropenia occurred in 12% of patients on X" names X's event without naming side effects.
     */
    static List<Found> sectionSolePairs(Unit u, RelationRule rule, Scope s) {
        return rule.cuePattern().matcher(s.headings().apply(u)).find() ? sole(u, rule, s, clausePairs(u, rule, s)) : List.of();
    }

    /**
     * As {@link #sectionSolePairs}, for every subject the clause ties the figures to: "in 28% of patients on taselisib and
     * in up to 57% of those on alpelisib", "frequent with alpelisib and with MK-2206", "entinostat-treated patients". A drug
     * named otherwise beside another one ("X plus Y caused rash") does not say whose event it is.
     */
    static List<Found> sectionTiedPairs(Unit u, RelationRule rule, Scope s) {
        if (!rule.cuePattern().matcher(s.headings().apply(u)).find()) {
            return List.of();
        }
        List<Found> tied = clausePairs(u, rule, s).stream().filter(f -> !rule.setAside(u, f.subject()) && ClauseReaders.tiedToFigures(u, f.subject()))
                .toList();
        return tied.stream().filter(f -> !ownSubjectInClause(u, f, tied)).toList();
    }

    /**
     * Whether the object's clause ties its figures to a subject of its own while the pair's subject stands outside it:
     * in "diarrhoea was most frequent with X, and QT prolongation occurred only with Y", QT prolongation is Y's alone.
     */
    private static boolean ownSubjectInClause(Unit u, Found f, List<Found> tied) {
        int at = f.object().span().start();
        return f.subject().element().equals(f.object().element()) && !Clauses.inClauseOf(u, at, f.subject())
                && tied.stream().anyMatch(g -> g.object() == f.object()
                        && !g.subject().entityIds().equals(f.subject().entityIds()) && Clauses.inClauseOf(u, at, g.subject()));
    }

    /** The pairs whose subject is the one entity of its kinds in the object's clause, set-aside subjects apart. */
    private static List<Found> sole(Unit u, RelationRule rule, Scope s, List<Found> pairs) {
        List<Found> found = new ArrayList<>();
        for (Found f : pairs) {
            long others = s.subjects(u, rule).stream()
                    .filter(m -> !m.entityIds().equals(f.subject().entityIds()))
                    .filter(m -> !rule.setAside(u, m))
                    .filter(m -> !m.element().equals(f.object().element())
                            || !Clauses.STRONG_BOUNDARY.matcher(Clauses.withoutAsides(u.between(m, f.object()))).find())
                    .count();
            if (others == 0) {
                found.add(f);
            }
        }
        return found;
    }

    /** Each pair of neighbouring subjects after the first cue, in its clause: "cross-resistance between X and Y". */
    static List<Found> neighboursAfter(Unit u, RelationRule rule, Scope s) {
        List<Unit.Cue> cues = u.cues(rule.cuePattern());
        if (cues.isEmpty()) {
            return List.of();
        }
        List<Mention> after = s.subjects(u, rule).stream().filter(m -> m.span().start() > cues.get(0).offset()).toList();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i + 1 < after.size(); i++) {
            if (Clauses.breaks(u.textBetween(cues.get(0).offset(), after.get(i + 1).span().start()))) {
                break;
            }
            if (!after.get(i).entityIds().equals(after.get(i + 1).entityIds())) {
                found.add(new Found(after.get(i), rule.predicate(), after.get(i + 1)));
            }
        }
        return found;
    }

    /**
     * A subject and the object nearest to it, on either side: "the ZR-75-1 breast cancer cell line"; an object
     * further away in another clause or row is not the subject's.
     */
    static List<Found> nearest(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Mention subject : s.subjects(u, rule)) {
            s.objects(u, rule).stream()
                    .filter(o -> gap(subject, o) >= 0 && gap(subject, o) <= 40 && !u.between(subject, o).matches("(?s).*[.;|].*"))
                    .min(Comparator.comparingInt(o -> gap(subject, o)))
                    .ifPresent(o -> found.add(new Found(subject, rule.predicate(), o)));
        }
        return found;
    }

    static int gap(Mention a, Mention b) {
        return b.span().start() >= a.span().end() ? b.span().start() - a.span().end() : a.span().start() - b.span().end();
    }

    /**
     * The last mention and the list it ends ("HER2, EGFR, and IGF-1R"; the entities an anaphor stands for). A ", and"
     * after a list that had its own "and" opens a clause: in "MYC induces SLC1A5 and GLS, and glutaminase inhibition" the
     * list is glutaminase alone. Names each followed by the amount it changed by ("lowered MYC by 74% and cyclin D1 by
     * 49%, and palbociclib ...") are the objects of a verb before them, no list the name after them ends.
     */
    static List<Mention> tail(Unit u, List<Mention> mentions) {
        List<Mention> group = new ArrayList<>(List.of(mentions.get(mentions.size() - 1)));
        int afterClauseAnd = 0;
        for (int i = mentions.size() - 2; i >= 0; i--) {
            if (!joined(u, mentions.get(i), group.get(0))) {
                break;
            }
            String joint = u.between(mentions.get(i), group.get(0));
            if (CHANGED_BY.matcher(joint).find()) {
                break;
            }
            if (afterClauseAnd > 0 && StructuralRules.CONJUNCTION.matcher(joint).find()) {
                return group.subList(group.size() - afterClauseAnd, group.size());
            }
            if (afterClauseAnd == 0 && NEW_CLAUSE_AND.matcher(joint).matches()) {
                afterClauseAnd = group.size();
            }
            group.add(0, mentions.get(i));
        }
        return group;
    }

    /** The first mention and the list it begins, up to a ", and" after the list's own "and", as in {@link #tail}. */
    static List<Mention> head(Unit u, List<Mention> mentions) {
        List<Mention> group = new ArrayList<>(List.of(mentions.get(0)));
        boolean conjoined = false;
        for (int i = 1; i < mentions.size(); i++) {
            String joint = u.between(group.get(group.size() - 1), mentions.get(i));
            if (!joined(u, group.get(group.size() - 1), mentions.get(i)) || conjoined && NEW_CLAUSE_AND.matcher(joint).matches()) {
                break;
            }
            conjoined |= StructuralRules.CONJUNCTION.matcher(joint).find();
            group.add(mentions.get(i));
        }
        return group;
    }

    /** Two mentions of a unit in one list or apposition; see {@link Units#listed}. */
    static boolean joined(Unit u, Mention a, Mention b) {
        return Units.listed(u.source(), a, b);
    }
}
