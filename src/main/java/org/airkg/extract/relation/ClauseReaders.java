package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/**
 * Readers that take a verb's arguments from its own clause: the subject of the clause the verb stands in (not
 * merely the last name before it), and the object after the verb before the clause ends.
 */
final class ClauseReaders {
    /** What joins the last two names of a list: "and", "or", "&", "/", "+". */
    private static final Pattern LIST_END = Pattern.compile("(?i)\\b(?:and|or)\\b|[&/+]");
    /**
     * What may stand between a subject and its verb: a parenthetical, the concentration and time it was given at ("HBR-2207
     * at 100 nM for 24 h reduced"), ", which", auxiliaries, modals, negations and adverbs.
     */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)\\s*(?:\\([^()]{1,30}\\)\\s*)?"
            + "(?:at\\s+[\\d.,]+\\s*(?:nM|µM|μM|uM|mM|pM|mg/kg|mg|µg|μg|ng/mL|µg/mL|μg/mL)\\s+)?(?:for\\s+[\\d.,]+\\s*(?:h|hours?|min|minutes|days?|weeks?)\\s+)?"
            + "(?:,?\\s*(?:which|that)\\s+)?(?:,\\s*(?:by contrast|in turn|however|in contrast),\\s*)?"
            + "(?:(?:may|might|can|could|would|will|did|does|do|not|no longer|also|then|thus|therefore|further|normally|itself|themselves|in turn|both|each|[a-z]+ly)\\s+){0,4}");
    /** Between a subject and a second verb that shares the first one's object: " phosphorylates and ". */
    private static final Pattern SHARED_OBJECT = Pattern.compile("(?i)\\s*(?:[a-z]+ly\\s+)?[a-z]+(?:es|s|ed)\\s+and\\s+(?:[a-z]+ly\\s+)?");
    /** Between the first verb's object and a second verb of the same subject: " and ", ", and ". */
    private static final Pattern SECOND_VERB = Pattern.compile("(?i)[\\s)]*,?\\s*and\\s+(?:[a-z]+ly\\s+)?");
    /** A finite verb between a clause's subject and the first verb's object: "activates", "phosphorylated", "binds". */
    private static final Pattern VERB = Pattern.compile("(?i)\\b[a-z]{3,}(?:es|s|ed)\\s+(?:(?:the|a|an|its)\\s+)?\\S*$");
    /** What may stand between a verb and its object: an article and one modifier, not "of"; a phosphorylated form ("phospho-AKT", "p-ERK"). */
    private static final Pattern OBJECT_GAP = Pattern.compile("(?i)\\s*(?:(?:the|a|an|its|their)\\s+)?(?:(?!of\\b|by\\b|in\\b|with\\b|to\\b)[a-z-]+\\s+)?(?:phospho-|p-)?");
    /** A noun of loss or blocking right after the object: what the verb raises is the object's loss, not the object. */
    private static final Pattern LOSS_AFTER = Pattern.compile("(?i)\\s*(?:protein\\s+|mRNA\\s+)?(?:degradation|loss|inhibition|suppression|deletion|knockdown|blockade|turnover|depletion)\\b");
    /** ", and" between two names: more often a new clause than the end of a list ("X induced apoptosis, and FOXM1 sustains MYC"). */
    private static final Pattern CLAUSE_AND = Pattern.compile("\\s*,\\s*and\\s+");
    /** A clause that opens with a relative pronoun, whose subject is the noun before it: "CDK2, which then ...". */
    private static final Pattern RELATIVE = Pattern.compile("(?i)^[\\s,]*(?:which|that)\\b");
    /** Between an object and the cue right after it: a space, a hyphen, "pathway", "signalling", "kinase". */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?i)[\\s*_)-]*(?:(?:pathway|signal+ing|kinase|receptor|activity)[\\s-]+)?");
    /** A target named as lost rather than acted on: "loss of PTEN". */
    private static final Pattern LOST_BEFORE_TARGET = Pattern.compile("(?i)\\b(?:loss|deletion|knockdown|mutation|mutations)\\s+of\\s+(?:the\\s+)?$");
    /** How far, in code points, the subject of an "after" reading may stand from its cue. */
    private static final int AFTER_REACH = 80;

    /** What may stand before a label: a bullet, emphasis, white space. */
    private static final Pattern LABEL_OPENING = Pattern.compile("^[\\s*_#>•-]*$");
    /** What joins a label to its text: an abbreviation in brackets, emphasis, the colon. */
    private static final Pattern LABEL_COLON = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\))?[\\s*_]*:");
    /** How a subject is tied to the label's figures: "with X", "on X", "of X", "X-treated patients". */
    private static final Pattern INCIDENCE_BEFORE = Pattern.compile("(?i)\\b(?:with|on|of|receiving|taking|given)\\s+(?:[\\w-]+\\s+){0,1}[*_]*$");
    private static final Pattern INCIDENCE_AFTER = Pattern.compile("^-(?:treated|based|containing|exposed)\\b");

    private ClauseReaders() {}

    /** Whether the words around a subject tie a figure to it: "of patients on X", "with X", "receiving X", "X-treated". */
    static boolean tiedToFigures(Unit u, Mention subject) {
        return INCIDENCE_BEFORE.matcher(u.wordsBefore(subject)).find()
                || INCIDENCE_AFTER.matcher(u.textBetween(subject.span().end(), u.span().end())).find();
    }

    /**
     * A sentence that opens with an object as its label, in a section whose heading holds the cue ("Adverse events"):
     * "Neutropenia: grade 3-4 in 20% of entinostat-treated patients, compared with 2% on exemestane alone" has the
     * object neutropenia and the subject entinostat; a subject takes part when the figures are tied to it ("with X",
     * "of X", "X-treated") and no {@code notBetween} word ("compared", "placebo") stands between label and subject.
     */
    static List<Found> labelled(Unit u, RelationRule rule, Scope s) {
        if (!rule.cuePattern().matcher(s.headings().apply(u)).find()) {
            return List.of();
        }
        List<Mention> objects = s.objects(u, rule);
        if (objects.isEmpty()) {
            return List.of();
        }
        Mention label = objects.get(0);
        if (!LABEL_OPENING.matcher(u.textBefore(label.span().start())).matches()) {
            return List.of();
        }
        java.util.regex.Matcher colon = LABEL_COLON.matcher(u.textBetween(label.span().end(), u.span().end()));
        if (!colon.find()) {
            return List.of();
        }
        int text = label.span().end() + colon.end();
        List<Found> found = new ArrayList<>();
        for (Mention subject : s.subjects(u, rule)) {
            if (subject.span().start() < text || rule.notBetween().filter(p -> p.matcher(u.textBetween(text, subject.span().start())).find()).isPresent()) {
                continue;
            }
            boolean tied = INCIDENCE_BEFORE.matcher(u.textBetween(text, subject.span().start())).find()
                    || INCIDENCE_AFTER.matcher(u.textBetween(subject.span().end(), u.span().end())).find();
            if (tied) {
                found.add(new Found(subject, rule.predicate(), label));
            }
        }
        return found;
    }

    /**
     * The subject of the cue's clause (the first subject-kind name of the clause and the list it begins; in a
     * clause with none, or one opened by "which", the last name before the clause and its list) and the object
     * list after the cue: "IGF-1R may bind HER2 and could contribute to resistance to letrozole" has IGF-1R as
     * subject, not HER2. An object with a {@code notBetween} word between it and the cue is not the cue's.
     */
    static List<Found> clauseVerb(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            int clause = Clauses.start(u, cue.offset());
            List<Mention> after = s.objects(u, rule).stream().filter(m -> m.span().start() >= cue.offset() + cue.text().length()
                    || m.span().start() > cue.offset() && m.span().end() <= cue.offset() + cue.text().length())
                    .filter(m -> !Clauses.breaks(u.textBetween(cue.offset(), m.span().start())))
                    .filter(m -> rule.notBetween().map(p -> !p.matcher(u.textBetween(cue.offset() + cue.text().length(), m.span().start())).find())
                            .orElse(true)).toList();
            if (after.isEmpty() && rule.compoundObject() && s.compound().isPresent()) {
                after = List.of(Reader.Scope.standIn(u, s.compound().get()));
            }
            if (after.isEmpty()) {
                continue;
            }
            List<Mention> inClause = s.subjects(u, rule).stream().filter(m -> m.span().start() >= clause && m.span().end() <= cue.offset()).toList();
            List<Mention> before = s.subjects(u, rule).stream().filter(m -> m.span().end() <= clause).toList();
            boolean relative = RELATIVE.matcher(u.textBetween(clause, cue.offset())).find();
            List<Mention> subjects = !inClause.isEmpty() && !relative ? Readers.head(u, inClause)
                    : !before.isEmpty() ? Readers.tail(u, before) : List.of();
            for (Mention subject : subjects) {
                Readers.head(u, after).stream().filter(o -> !o.entityIds().equals(subject.entityIds()))
                        .forEach(o -> found.add(new Found(subject, rule.predicate(), o)));
            }
        }
        return found;
    }

    /**
     * Subject, verb and object side by side: the list of subjects right before the cue, with nothing between but
     * auxiliaries, modals, adverbs, a parenthetical or ", which"; the list of objects right after it, with at most one
     * modifier between ("induce compensatory HER3", "inhibits FSH-induced aromatase"), no "of" ("promotes degradation of p110α" is not read), and no
     * noun of loss after the object ("increases AKT degradation"). Narrower than {@link #clauseVerb}, for verbs whose
     * subject is often a process the text names in words ("relief of the feedback increased phospho-AKT"). A list of
     * subjects ends on a conjunction ("X, Y and Z"): in "by exposing dams to DHT, letrozole increased" only letrozole acts.
     * A subject named as lost ("knockout of NF1", "PTEN loss") takes the rule's alternate property, or none.
     */
    static List<Found> adjacent(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            int end = cue.offset() + cue.text().length();
            List<Mention> before = s.subjects(u, rule).stream().filter(m -> m.span().end() <= cue.offset()).toList();
            List<Mention> after = s.objects(u, rule).stream().filter(m -> m.span().start() >= end)
                    .filter(m -> !u.modifier(m))
                    .toList();
            if (before.isEmpty() || after.isEmpty() || !OBJECT_GAP.matcher(u.textBetween(end, after.get(0).span().start())).matches()) {
                continue;
            }
            Optional<List<Mention>> coordinated = Optional.empty();
            String subjectGap = u.textBetween(before.get(before.size() - 1).span().end(), cue.offset());
            if (!SUBJECT_GAP.matcher(subjectGap).matches()) {
                coordinated = coordinatedSubject(u, before, cue, subjectGap);
                if (coordinated.isEmpty()) {
                    continue;
                }
            }
            List<Mention> listed = Readers.head(u, after);
            List<Mention> objects = listed.subList(0, clauseBreaks(u, listed).findFirst().orElse(listed.size()));
            int last = objects.get(objects.size() - 1).span().end();
            if (LOSS_AFTER.matcher(u.textBetween(last, Math.min(last + 40, u.span().end()))).lookingAt()) {
                continue;
            }
            List<Mention> subjects = coordinated.orElseGet(() -> Readers.tail(u, before));
            int from = coordinated.isPresent() ? 0 : clauseBreaks(u, subjects).max().orElse(0);
            if (subjects.size() - from > 1 && !LIST_END.matcher(u.between(subjects.get(subjects.size() - 2), subjects.get(subjects.size() - 1))).find()) {
                from = subjects.size() - 1;
            }
            for (Mention subject : subjects.subList(from, subjects.size())) {
                // a subject named as lost ("knockout of NF1 raised phospho-ERK") does the opposite, so takes the rule's alternate or none
                Optional<String> predicate = Readers.lost(u, subject) ? rule.alternate() : Optional.of(rule.predicate());
                predicate.ifPresent(p -> objects.stream().filter(o -> !o.entityIds().equals(subject.entityIds()))
                        .forEach(o -> found.add(new Found(subject, p, o))));
            }
        }
        return found;
    }

    /**
     * The subject of a verb coordinated with the one before it: "mTORC1 phosphorylates and inhibits ULK1" (the verbs share
     * subject and object), "AMPK activates ULK1 and inhibits mTORC1" (the second verb's subject is the clause's, not the
     * first verb's object). None when the gap is anything else.
     */
    private static Optional<List<Mention>> coordinatedSubject(Unit u, List<Mention> before, Unit.Cue cue, String gap) {
        if (SHARED_OBJECT.matcher(gap).matches()) {
            return Optional.of(List.of(before.get(before.size() - 1)));
        }
        if (!SECOND_VERB.matcher(gap).matches()) {
            return Optional.empty();
        }
        int clause = Clauses.start(u, cue.offset());
        Mention last = before.get(before.size() - 1);
        return before.stream().filter(m -> m.span().start() >= clause).findFirst()
                .filter(first -> first != last && VERB.matcher(u.textBetween(first.span().end(), last.span().start())).find())
                .map(List::of);
    }

    /** The positions {@code i} of a list of names where ", and" stands between names {@code i - 1} and {@code i}. */
    private static java.util.stream.IntStream clauseBreaks(Unit u, List<Mention> names) {
        return java.util.stream.IntStream.range(1, names.size()).filter(i -> CLAUSE_AND.matcher(u.between(names.get(i - 1), names.get(i))).matches());
    }

    /**
     * Objects named before the cue in its clause, the subject after it with the list it begins: "Neutropenia occurred in
     * 66% of patients on palbociclib", "fatigue and dizziness were more frequent with letrozole", "neutropenia is the
     * dose-limiting toxicity of tucidinostat and entinostat". A subject past the rule's
     * {@code notBetween} words between cue and subject ("placebo plus X") is not the cue's.
     */
    static List<Found> after(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            int clause = Clauses.start(u, cue.offset());
            List<Mention> objects = s.objects(u, rule).stream().filter(m -> m.span().start() >= clause && m.span().end() <= cue.offset()).toList();
            int end = cue.offset() + cue.text().length();
            List<Mention> after = s.subjects(u, rule).stream().filter(m -> m.span().start() >= end).toList();
            Optional<Mention> subject = after.stream().findFirst().filter(m -> m.span().start() - end <= AFTER_REACH)
                    .filter(m -> !Clauses.breaks(u.textBetween(end, m.span().start())))
                    .filter(m -> rule.notBetween().map(p -> !p.matcher(u.textBetween(end, m.span().start())).find()).orElse(true));
            if (objects.isEmpty() || subject.isEmpty()) {
                continue;
            }
            for (Mention drug : Readers.head(u, after)) {
                Readers.tail(u, objects).forEach(object -> found.add(new Found(drug, rule.predicate(), object)));
            }
        }
        return found;
    }

    /**
     * The objects that end right before the cue (a list: "dual HER2/EGFR blockade with lapatinib"), with the first subject
     * after it: "PI3Kα inhibition with alpelisib", "mTOR blockade by everolimus". An object further back in the clause
     * ("loss of PTEN and mTOR inhibition with everolimus") is not what the cue acts on.
     */
    static List<Found> objectBefore(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : u.cues(rule.cuePattern())) {
            List<Mention> before = s.objects(u, rule).stream().filter(m -> m.span().end() <= cue.offset()).toList();
            if (before.isEmpty() || !RIGHT_BEFORE.matcher(u.textBetween(before.get(before.size() - 1).span().end(), cue.offset())).matches()) {
                continue;
            }
            int end = cue.offset() + cue.text().length();
            Optional<Mention> subject = s.subjects(u, rule).stream().filter(m -> m.span().start() >= end && m.span().start() - end <= AFTER_REACH)
                    .findFirst().filter(m -> !Clauses.breaks(u.textBetween(end, m.span().start())));
            List<Mention> targets = Readers.tail(u, before).stream().filter(o -> !LOST_BEFORE_TARGET.matcher(u.wordsBefore(o)).find()).toList();
            subject.ifPresent(d -> targets.forEach(o -> found.add(new Found(d, rule.predicate(), o))));
        }
        return found;
    }

    /** A subject written with the cue as one word and the object right after: "alpelisib-induced hyperglycaemia". */
    static List<Found> compound(Unit u, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Mention subject : s.subjects(u, rule)) {
            String next = u.textBetween(subject.span().end(), Math.min(u.span().end(), subject.span().end() + 40));
            var cue = rule.cuePattern().matcher(next);
            if (!cue.lookingAt()) {
                continue;
            }
            int from = subject.span().end() + next.codePointCount(0, cue.end());
            s.objects(u, rule).stream().filter(o -> o.span().start() >= from && o.span().start() - from <= 30).findFirst()
                    .filter(o -> !Clauses.breaks(u.textBetween(from, o.span().start())))
                    .ifPresent(o -> found.add(new Found(subject, rule.predicate(), o)));
        }
        return found;
    }
}
