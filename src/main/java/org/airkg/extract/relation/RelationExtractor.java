package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.mention.Texts;

/**
 * Reads relations between lexicon entities from a document's sentences and table rows with the rules of a
 * {@link RuleProfile}, and qualifies each: polarity ("did not significantly improve" is a finding too, within
 * its clause), modality (a hedge in its clause, "may", "is thought to", "suggests", makes it a hypothesis),
 * clinical or preclinical evidence, the model system, and the indication (a disease the passage names, else
 * the last one the sentences before it in its element named, else the disease the document names most).
 * Sentences are read with their context (see {@link Units}): anaphors stand for the entities they refer to.
 *
 * <pre>{@code
 * List<Relation> relations = new RelationExtractor(lexicon, RuleProfile.standard()).extract(document, mentions);
 * }</pre>
 */
public final class RelationExtractor {
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:did|does|do) not\\b(?!\\s+differ)|\\bneither\\b|\\b(?:is|are|was|were|has been|have been)\\s+not\\b(?!\\s+(?:only|(?:significantly\\s+)?different))"
                    + "|(?:^|[;:]\\s*)[\\s*_-]*no\\s"
                    + "|\\b(?:caused|causes|cause|induced|produced|showed|shows|had|has|have|observed|reported|found|saw)\\s+no\\b"
                    + "|\\bnot significantly\\b|\\bno significant\\b|\\bfailed to\\b|\\bno difference\\b|\\bnot yet supported\\b"
                    + "|\\bno\\s+(?:[\\w-]+\\s+)?(?:cross-resistance|resistance|benefit|improvement|difference|effect|association|evidence|increase|decrease|change|activity|response)\\b");
    /**
     * Words that deny the object right after them, and no other: in "headache and fatigue were the most common complaints,
     * and no case of OHSS was recorded" only OHSS is denied, and so it is in "none of the 225 women developed OHSS" and
     * "no patient had OHSS".
     */
    private static final Pattern NONE_OF = Pattern.compile("(?i)(?:\\bno\\s+(?:single\\s+)?(?:cases?|episodes?|instances?)\\s+of"
            + "|\\b(?:none\\s+of\\s+(?:the\\s+|these\\s+)?(?:[\\d,]+\\s+)?(?:[\\w-]+\\s+){0,2}?|no\\s+(?:one|woman|man|patient|participant|child)\\s+)"
            + "(?:developed|had|experienced|reported|showed)(?:\\s+(?:an?|any))?)\\s+[*_]*$");
    /**
     * A question states no finding ("Do TSC1 or TSC2 alterations predict benefit from everolimus?"); its answer does. What
     * it names in passing still holds ("Whether MEK inhibitors such as trametinib restore ..." names trametinib a MEK
     * inhibitor): rules that read no finding (not hedgeable: classes, derivations, table columns) read it.
     */
    private static final Pattern QUESTION = Pattern.compile("\\?[\\s*_\"')\\]]*$|(?i)^[\\s*_-]*whether\\b");
    /**
     * An open question between the two arguments of a finding: "AKT1 E17K ..., but whether it predicts benefit from
     * gedatolisib is unknown" states nothing of gedatolisib ("regardless of whether" and "whether or not X was given"
     * do not ask). One before both ("whether adding X to Y helps") still names what was done.
     */
    private static final Pattern OPEN_QUESTION = Pattern.compile("(?i)(?<!\\bof\\s)\\bwhether\\b(?!\\s+or\\s+not\\b)");
    /**
     * An open question that asks about the finding right after it: "could not test whether giredestrant overcomes
     * resistance" states nothing of giredestrant. Not one that names an act ("whether adding X to Y helps"), which
     * still names what was done.
     */
    private static final Pattern ASKED = Pattern.compile("(?i)(?<!\\bof\\s)\\bwhether\\s+(?!or\\s+not\\b)(?![a-z]+ing\\b)(?:(?:the|a|an|its|their|this|these)\\s+)?");
    /** Words that present a statement as a hypothesis rather than a finding. */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:may|might|could)\\b(?! not\\b)|\\bsuggest(?:s|ed|ing)?\\b|\\bthought to\\b"
            + "|\\bhypothes[ie]s[ie]?[sd]?\\b|\\bhypothesi[sz]ed\\b|\\bputative(?:ly)?\\b|\\bpossibl[ey]\\b|\\bspeculat\\w*|\\bproposed\\b|\\bpresumabl[ey]\\b"
            + "|\\bappears? to\\b|\\bis likely\\b|\\bare likely\\b|\\bpotentially\\b");
    private static final Pattern PRECLINICAL = Pattern.compile("(?i)cell lines?|xenograft|\\bmice\\b|\\bmouse\\b|in vitro|in vivo|preclinical|\\brats?\\b");
    private static final Pattern CLINICAL = Pattern.compile("(?i)\\bpatients?\\b|clinical|\\btrials?\\b|\\bwomen\\b|cohort|phase (?:I|II|III|1|2|3)\\b");
    /**
     * Where a negation's or hedge's scope ends: a new clause ("..., its direct application in PCOS is not yet supported",
     * "..., so AKT is not suppressed", "..., and so does not rely on ligand deprivation", "..., which suggests"), a reading of
     * what came before ("... did not reach CCCA, consistent with RB1 loss conferring resistance"), or a colon ("VTE was not
     * a prominent signal, with one exception: VTE was reported in 5% of patients given abemaciclib").
     */
    private static final Pattern CLAUSE = Pattern.compile("(?i),\\s+(?=(?:its|their|but|whereas|although|though|however|while|yet|so|thus|hence|therefore|which"
            + "|and\\s+(?:so|thus|hence|therefore)|consistent\\s+with|in\\s+keeping\\s+with|in\\s+line\\s+with|as\\s+expected)\\b)|;|:\\s|\\s+but\\s+");

    private final Function<String, String> classOf;
    private final Lexicon lexicon;
    private final RuleProfile profile;
    private final Set<String> models;
    private final Set<String> diseases;
    private final Set<String> trials;
    private final Set<String> drugs;
    /** The rules whose statements stand against a disjoint one ({@link RelationRule#prevails()}), by name. */
    private final Set<String> prevailing;

    public RelationExtractor(Lexicon lexicon, RuleProfile profile) {
        this.lexicon = lexicon;
        this.profile = profile;
        this.classOf = id -> lexicon.byId(id).map(LexiconEntry::ontologyClass).orElse("");
        this.models = profile.kinds("ExperimentalModel");
        this.diseases = profile.kinds("Disease");
        this.trials = profile.kinds("ClinicalTrial");
        this.drugs = profile.kinds("Drug");
        this.prevailing = profile.rules().stream().filter(RelationRule::prevails).map(RelationRule::name).collect(Collectors.toSet());
    }

    /** An extractor with the project's standard rules ({@link RuleProfile#standard()}). */
    public RelationExtractor(Lexicon lexicon) {
        this(lexicon, RuleProfile.standard());
    }

    /** The relations of a document, read from its linked mentions; a mention inside another (the gene of "AKT1 E17K") is left to the outer one. */
    public List<Relation> extract(Document document, List<Mention> all) {
        List<Mention> linked = all.stream().filter(m -> m.status() == MentionStatus.LINKED).toList();
        List<Mention> mentions = linked.stream().filter(m -> linked.stream().noneMatch(o -> o.element().equals(m.element()) && o.span().holds(m.span())))
                .toList();
        Optional<String> defaultIndication = mostMentioned(mentions);
        Optional<String> compound = document.metadata().compoundName().flatMap(n -> lexicon.findByName(n).stream()
                .filter(e -> drugs.contains(e.ontologyClass())).findFirst()).map(LexiconEntry::id);
        Set<Relation> relations = new LinkedHashSet<>();
        List<Unit> units = Units.of(document, mentions, classOf);
        Reader.Scope scope = new Reader.Scope(classOf, lexicon, compound, units, outer -> linked.stream()
                .filter(m -> m.element().equals(outer.element()) && outer.span().holds(m.span()))
                .toList(), unit -> document.headings(unit.sectionId()), models);
        for (Unit unit : units) {
            boolean question = QUESTION.matcher(unit.text()).find();
            Optional<String> model = unit.of(classOf, models).stream().findFirst().map(m -> m.entityIds().get(0));
            Optional<String> indication = indication(unit, defaultIndication);
            Optional<Relation.EvidenceKind> kind = evidenceKind(unit, model);
            Set<String> stated = new HashSet<>();
            boolean title = unit.element().kind().equals(Texts.TITLE);
            for (RelationRule rule : profile.rules()) {
                boolean readAlready = stated.contains(rule.predicate()) || rule.alternate().filter(stated::contains).isPresent();
                if (question && rule.hedgeable() || rule.fallback() && readAlready || !rule.reader().checksItsUnits() && !rule.admits(unit)
                        || !rule.title().reads(title)) {
                    continue;
                }
                for (Reader.Found f : rule.reader().read(unit, rule, scope)) {
                    String s = f.subject().entityIds().get(0);
                    String o = f.object().entityIds().get(0);
                    boolean tableLevel = unit.element().path().startsWith("/row/") && isTableLevel(f.subject()) && isTableLevel(f.object());
                    if (s.equals(o) || tableLevel || rule.setAside(unit, f.subject()) || asksBetween(unit, rule, f.subject(), f.object())
                            || askedOf(unit, rule, f.subject(), f.object())) {
                        continue;
                    }
                    stated.add(f.predicate());
                    relations.add(relation(unit, rule, rule.inverse() ? new Reader.Found(f.object(), f.predicate(), f.subject()) : f, model, indication,
                            kind));
                }
            }
        }
        return withoutContradictions(relations);
    }

    /**
     * The relations but those the document is read as stating together with a relation of a disjoint property between
     * the same entities ("loperamide causes diarrhoea" and "loperamide treats diarrhoea"): one of the two readings is
     * wrong. The reading of a rule that {@linkplain RelationRule#prevails() prevails} stands against one that does not;
     * otherwise the document alone does not say which is wrong, and neither stands.
     */
    private List<Relation> withoutContradictions(Set<Relation> relations) {
        List<Relation> stated = relations.stream().filter(r -> r.polarity() == Relation.Polarity.SUPPORTS).toList();
        return relations.stream().filter(r -> {
            List<Relation> against = stated.stream().filter(o -> r.polarity() == Relation.Polarity.SUPPORTS && o.subjectId().equals(r.subjectId())
                    && o.objectId().equals(r.objectId()) && profile.disjoint(r.predicate(), o.predicate())).toList();
            return against.isEmpty() || prevailing.contains(r.rule()) && against.stream().noneMatch(o -> prevailing.contains(o.rule()));
        }).toList();
    }

    /** The relation a reader found, qualified; a symmetric statement is written with its ids in order, so both readings are one. */
    private Relation relation(Unit unit, RelationRule rule, Reader.Found f, Optional<String> model, Optional<String> indication,
            Optional<Relation.EvidenceKind> kind) {
        if (profile.symmetric(f.predicate()) && f.subject().entityIds().get(0).compareTo(f.object().entityIds().get(0)) > 0) {
            f = new Reader.Found(f.object(), f.predicate(), f.subject());
        }
        String s = f.subject().entityIds().get(0);
        String o = f.object().entityIds().get(0);
        boolean negated = rule.negatable() && (inClause(unit, NEGATION, f.subject(), f.object())
                || NONE_OF.matcher(unit.textBefore(f.object().span().start())).find());
        boolean hedged = rule.hedgeable() && inClause(unit, HEDGE, f.subject(), f.object());
        boolean aboutModel = !rule.modelQualifier() && (models.contains(classOf.apply(s)) || models.contains(classOf.apply(o)));
        return new Relation(s, f.predicate(), o, negated ? Relation.Polarity.DOES_NOT_SUPPORT : Relation.Polarity.SUPPORTS,
                hedged ? Relation.Modality.HYPOTHESISED : Relation.Modality.ASSERTED,
                aboutModel ? Optional.of(Relation.EvidenceKind.PRECLINICAL) : kind, rule.modelQualifier() ? model : Optional.empty(),
                rule.indication() ? indication : Optional.empty(), unit.element(), unit.sectionId(), unit.span(), rule.name(), Optional.empty());
    }

    private Optional<Relation.EvidenceKind> evidenceKind(Unit unit, Optional<String> model) {
        return model.isPresent() || unit.has(PRECLINICAL) ? Optional.of(Relation.EvidenceKind.PRECLINICAL)
                : unit.has(CLINICAL) || !unit.of(classOf, trials).isEmpty() ? Optional.of(Relation.EvidenceKind.CLINICAL)
                        : Optional.empty();
    }

    /** Whether an open question asks right before the first of a finding's mentions, of one a hedge could qualify. */
    private static boolean askedOf(Unit unit, RelationRule rule, Mention a, Mention b) {
        int first = Math.min(a.span().start(), b.span().start());
        return rule.hedgeable() && unit.cues(ASKED).stream().anyMatch(k -> k.offset() + k.text().length() == first);
    }

    /** Whether an open question stands between the two mentions of a finding, one a hedge could qualify. */
    private static boolean asksBetween(Unit unit, RelationRule rule, Mention a, Mention b) {
        int from = Math.min(a.span().end(), b.span().end());
        int to = Math.max(a.span().start(), b.span().start());
        return rule.hedgeable() && unit.cues(OPEN_QUESTION).stream().anyMatch(k -> k.offset() >= from && k.offset() < to);
    }

    /** The opening of a participial aside up to a mention: ", reported with ", ", as seen with the other ". */
    private static final Pattern ASIDE_OPENING = Pattern.compile("(?i)" + Clauses.PARTICIPLE_OPENING + "\\s+(?:(?:the|a|an)\\s+)?[^,;()]{0,40}$");
    /**
     * A clause coordinated after a comma up to its first word, a mention: in "Alpelisib does not inhibit PDK1, and PDK1
     * activates SGK1" the negation is not about PDK1 and SGK1.
     */
    private static final Pattern COORDINATED_CLAUSE_OPENS = Pattern.compile("(?i),\\s+(?:and|but|while|whereas)\\s+(?:(?:the|its|their)\\s+)?[*_]*$");
    /**
     * A coordinated second predicate: in "X lowered Y by 85% and induced no activation of Z" the "no" is not about X and Y,
     * nor in "Y and Z, known effects of X, were mild and did not lead to withdrawal".
     */
    private static final Pattern SECOND_PREDICATE = Pattern.compile("(?i)\\b(?:and|but)\\s+(?:also\\s+|then\\s+)?(?:\\w+ed|did|does|do|was|were|is|are|has|had|have)\\b");

    /**
     * What joins two names into one noun ("CDK4/6 inhibitor-related neutropenia", "AI-induced bone loss"): the noun states the
     * relation whatever its clause says of it; "X did not worsen CDK4/6 inhibitor-related neutropenia" denies nothing of it.
     */
    private static final Pattern COMPOUND_TIE = Pattern.compile("(?i)\\s*[-‐–]\\s*(?:related|induced|associated|attributable|mediated|driven)\\s*");

    /**
     * A reduced relative clause that says, of the first mention (or the list it opens), what the second goes with: "the
     * photopsia or bradycardia seen with some oral SERDs". What the clause before denies is not denied there: in "X did not
     * cause the photopsia seen with oral SERDs" the SERDs still cause it.
     */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)^(?:\\s*(?:,|or|and)\\s+[^,;.()]{1,40}?)?\\s+"
            + "(?:seen|reported|observed|described|noted|caused|induced)\\s+(?:with|by|on|under|during)\\b");

    /**
     * Whether a cue of {@code pattern} stands in the clause of the relation's two mentions, and not after both in a second
     * predicate coordinated with theirs.
     */
    private static boolean inClause(Unit unit, Pattern pattern, Mention a, Mention b) {
        if (!unit.has(pattern)) {
            return false;
        }
        int from = Math.min(a.span().start(), b.span().start());
        int to = Math.max(a.span().end(), b.span().end());
        List<Integer> bounds = new ArrayList<>(List.of(unit.span().start()));
        unit.cues(CLAUSE).forEach(k -> bounds.add(k.offset()));
        bounds.add(unit.span().end());
        int clauseStart = bounds.stream().filter(x -> x <= from).max(Integer::compare).orElse(unit.span().start());
        int clauseEnd = bounds.stream().filter(x -> x >= to).min(Integer::compare).orElse(unit.span().end());
        Optional<Aside> asideA = participleAside(unit, a);
        Optional<Aside> asideB = participleAside(unit, b);
        Mention first = a.span().start() <= b.span().start() ? a : b;
        Mention second = first == a ? b : a;
        boolean ownClause = !StructuralRules.LIST.matcher(unit.textBetween(first.span().end(), second.span().start())).matches();
        String between = unit.textBetween(first.span().end(), second.span().start());
        if (COMPOUND_TIE.matcher(between).matches()) {
            return false;
        }
        boolean relative = REDUCED_RELATIVE.matcher(between).lookingAt();
        return unit.cues(pattern).stream().anyMatch(k -> k.offset() >= clauseStart && k.offset() < clauseEnd
                && !(relative && k.offset() < from)
                && !(k.offset() >= to && SECOND_PREDICATE.matcher(unit.textBetween(to, k.offset() + k.text().length())).find())
                && !(ownClause && k.offset() < from && COORDINATED_CLAUSE_OPENS.matcher(unit.textBetween(k.offset(), from)).find())
                && asideA.map(x -> x.holds(k.offset())).orElse(true) && asideB.map(x -> x.holds(k.offset())).orElse(true));
    }

    /**
     * The participial aside a mention stands in, from its comma to the comma that closes it: ", reported with camizestrant,"
     * in "Photopsia, reported with camizestrant, was not observed with imlunestrant". A negation outside it does not deny
     * what the aside says.
     */
    private static Optional<Aside> participleAside(Unit unit, Mention m) {
        String before = unit.textBefore(m.span().start());
        Matcher open = ASIDE_OPENING.matcher(before);
        if (!open.find()) {
            return Optional.empty();
        }
        String after = unit.textBetween(m.span().end(), unit.span().end());
        int close = after.indexOf(',');
        if (close < 0 || after.substring(0, close).matches(".*[;()].*")) {
            return Optional.empty();
        }
        int start = m.span().start() - before.codePointCount(open.start(), before.length());
        int end = m.span().end() + after.codePointCount(0, close + 1);
        return Optional.of(new Aside(start, end));
    }

    /** An aside's source offsets, {@code [start, end)}. */
    private record Aside(int start, int end) {
        boolean holds(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** True for a mention in a table's title or source line rather than in a row. */
    private static boolean isTableLevel(Mention m) {
        return m.element().kind().equals("table") && m.element().path().isEmpty();
    }

    /** The disease the unit or its context names, else the document's, unless the context names several. */
    private Optional<String> indication(Unit unit, Optional<String> documentDefault) {
        return unit.named(classOf, diseases).or(() -> unit.contextNamesSeveral(classOf, diseases) ? Optional.empty() : documentDefault);
    }

    /** The disease the document names most. */
    private Optional<String> mostMentioned(List<Mention> mentions) {
        return mentions.stream()
                .filter(m -> diseases.contains(classOf.apply(m.entityIds().get(0))))
                .collect(Collectors.groupingBy(m -> m.entityIds().get(0), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
