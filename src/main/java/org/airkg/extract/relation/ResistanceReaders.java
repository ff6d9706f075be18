package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.airkg.document.SourceText;
import org.airkg.extract.lexicon.LexiconEntry;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.mention.MentionStatus;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/** Readers of what a passage says about resistance as a whole: its drivers, and its reversal when a drug is withdrawn. */
final class ResistanceReaders {
    /** The kind whose entities contribute to resistance rather than mark it. */
    private static final String PATHWAY = "Pathway";
    /** The kind of a variant, whose gene the variant stands for. */
    private static final String VARIANT = "GeneVariant";
    /** A sentence that goes on with the one before it: "These include FGFR1 amplification and NF1 loss." */
    private static final Pattern CONTINUES = Pattern.compile("^\\W*(?:These|They|This)\\b[^.]{0,40}?\\b(?:include|includes|comprise|are)\\b");
    /** An entity named as what resistance does without: "bypass the estrogen receptor (ER) dependency", "independently of ER". */
    private static final Pattern BYPASSED = Pattern.compile(
            "(?i)(?:bypass\\w*|independen\\w* of|dependence on|despite|uncouple\\w*)\\s+(?:the\\s+)?(?:tumou?r's\\s+)?[*_]*$");
    /** A drug named beside resistance: "resistance to letrozole", "letrozole-resistant", "anastrozole resistance". */
    private static final Pattern RESISTANCE_AFTER = Pattern.compile("(?i)^[\\s*_]*-?\\s*resist");
    /** A drug named as the therapy the outcomes were on: "poor outcomes on AI therapy". */
    private static final Pattern THERAPY_AFTER = Pattern.compile("(?i)^\\s*(?:therapy|treatment)\\b");
    private static final Pattern RESISTANCE_BEFORE = Pattern.compile("(?i)resist\\w*\\s+(?:to\\s+)?(?:the\\s+)?[*_]*$");
    /** Words before a cue that stand for a model named earlier: "they are", "these cells", "both derivatives", "the resistant lines". */
    private static final Pattern MODEL_ANAPHOR = Pattern.compile(
            "(?i)\\b(?:they|these|those|both|the\\s+(?:[\\w-]+\\s+)?(?:cells|lines|derivatives|models|clones))\\b");
    /** A drug named as cross-resisted, not as what a model was made with: "cross-resistant to anastrozole and X". */
    private static final Pattern CROSS_BEFORE = Pattern.compile("(?i)cross-resist\\w*\\s+(?:to|with)\\s+[^.;]*$");
    /** A drug named as not cross-resisted: "but not to fulvestrant". */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?i)\\bnot\\s+(?:to|with)\\s+[*_]*$");
    /** How far, in code points, an entity may stand from the word "resistance" it is tied to. */
    private static final int DRIVER_WINDOW = 100;

    private ResistanceReaders() {}

    /**
     * The entities of a unit naming an alteration and resistance, each tied to the drug named by its nearest
     * cue (else the drug the sentences before it named beside resistance, else the document's compound); a
     * unit that goes on with one about resistance ("These include the PI3K/AKT/mTOR and MAPK cascades") is read
     * with it. A variant's gene is left to the variant; an entity resistance bypasses is no driver.
     */
    static List<Found> drivers(Unit unit, RelationRule rule, Scope s) {
        Pattern cuePattern = rule.cuePattern();
        boolean continues = !unit.has(cuePattern) && CONTINUES.matcher(unit.text()).find() && aboutResistanceBefore(unit, cuePattern, s);
        if (!continues && (!unit.has(cuePattern) || !rule.admits(unit))) {
            return List.of();
        }
        List<Unit.Cue> cues = continues ? List.of(new Unit.Cue(unit.span().start(), "")) : unit.cues(cuePattern);
        Set<String> variantGenes = new HashSet<>();
        unit.of(s.classOf(), Set.of(VARIANT)).forEach(v -> s.lexicon().byId(v.entityIds().get(0)).flatMap(LexiconEntry::variantOf)
                .ifPresent(variantGenes::add));
        List<Mention> entities = s.subjects(unit, rule);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Mention entity = entities.get(i);
            if (variantGenes.contains(entity.entityIds().get(0)) || BYPASSED.matcher(unit.textBefore(entity.span().start())).find()) {
                continue;
            }
            Optional<Unit.Cue> cue = continues ? Optional.of(cues.get(0)) : nearestCue(cues, entities, i, unit);
            Optional<Mention> drug = cue.flatMap(k -> drugOf(k, unit, rule, s));
            String predicate = PATHWAY.equals(s.kindOf(entity)) ? rule.alternate().orElseThrow() : rule.predicate();
            drug.filter(d -> !d.entityIds().equals(entity.entityIds())).ifPresent(d -> found.add(new Found(entity, predicate, d)));
        }
        return found;
    }

    /** Whether a unit before this one, in the same element, spoke of resistance. */
    private static boolean aboutResistanceBefore(Unit unit, Pattern cue, Scope s) {
        for (Unit other : s.units()) {
            if (other == unit) {
                return false;
            }
            if (other.element().equals(unit.element()) && other.has(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The drug a resistance cue names, else the last the sentences before named beside resistance, else the document's compound. */
    private static Optional<Mention> drugOf(Unit.Cue cue, Unit unit, RelationRule rule, Scope s) {
        int at = cue.offset();
        return s.objects(unit, rule).stream()
                .filter(d -> at - d.span().end() >= 0 && at - d.span().end() <= 20 || d.span().start() - at >= 0 && d.span().start() - at <= 25)
                .findFirst()
                .or(() -> unit.context().stream().filter(m -> rule.objects().contains(s.kindOf(m))).filter(m -> besideResistance(m, unit))
                        .reduce((a, b) -> b))
                .or(() -> s.compound().map(id -> Scope.standIn(unit, id)));
    }

    /** The resistance cue within reach of an entity, or of the list it stands in ("Thr/Thr at 307 and Asn/Asn at 680 ... resistant"). */
    private static Optional<Unit.Cue> nearestCue(List<Unit.Cue> cues, List<Mention> entities, int i, Unit unit) {
        int last = i;
        while (last + 1 < entities.size() && Readers.joined(unit, entities.get(last), entities.get(last + 1))) {
            last++;
        }
        int from = entities.get(i).span().start();
        int to = entities.get(last).span().start();
        return cues.stream()
                .filter(k -> Math.abs(k.offset() - from) <= DRIVER_WINDOW || Math.abs(k.offset() - to) <= DRIVER_WINDOW)
                .min(Comparator.comparingInt(k -> Math.min(Math.abs(k.offset() - from), Math.abs(k.offset() - to))));
    }

    /** Whether a mention of a drug stands beside the word "resistance": "resistance to letrozole", "AI therapy ... resistance". */
    private static boolean besideResistance(Mention drug, Unit unit) {
        Around a = Around.of(drug, unit, 30);
        return RESISTANCE_BEFORE.matcher(a.before()).find() || RESISTANCE_AFTER.matcher(a.after()).find() || THERAPY_AFTER.matcher(a.after()).find();
    }

    /** The source text just before and just after a mention, whatever unit it stands in. */
    private record Around(String before, String after) {
        static Around of(Mention m, Unit unit, int reachBefore) {
            SourceText source = unit.source();
            int start = source.charIndex(m.span().start());
            int end = source.charIndex(m.span().end());
            return new Around(source.text().substring(Math.max(0, start - reachBefore), start),
                    source.text().substring(end, Math.min(source.text().length(), end + 30)));
        }
    }

    /**
     * A resistant model that regains sensitivity when the drug is withdrawn: the first model the unit names, and
     * the first drug it names, else the document's compound.
     */
    static List<Found> withdrawal(Unit unit, RelationRule rule, Scope s) {
        if (!unit.has(rule.cuePattern())) {
            return List.of();
        }
        Optional<Mention> model = s.subjects(unit, rule).stream().findFirst();
        Optional<Mention> drug = s.objects(unit, rule).stream().findFirst()
                .or(() -> s.compound().map(id -> Scope.standIn(unit, id)));
        return model.isPresent() && drug.isPresent() ? List.of(new Found(model.get(), rule.predicate(), drug.get())) : List.of();
    }
    /**
     * A resistant model cross-resistant to other drugs: the drug the model was made resistant to is cross-resistant
     * with each of them. "Letrozole-resistant MCF-7aro/LetR cells are cross-resistant to anastrozole"; "MCF-7/AlpR cells
     * were derived by culture with alpelisib. They have lost PTEN and are cross-resistant to inavolisib." The model is the
     * last one named before the cue in its sentence, else, when the sentence speaks of it as "they" or "these cells", the
     * last one its paragraph named. Its drug is the one drug named beside resistance or exposure ("letrozole-resistant",
     * "resistant to X", "long-term culture with X") in the sentence and its paragraph, else in the sentences of the
     * document that name the model; with two such drugs nothing is read. A drug named as not cross-resisted ("but not
     * to fulvestrant") is not read.
     */
    static List<Found> modelCrossResistance(Unit unit, RelationRule rule, Scope s) {
        List<Found> found = new ArrayList<>();
        for (Unit.Cue cue : unit.cues(rule.cuePattern())) {
            Optional<Mention> drug = modelSpokenOf(unit, cue, s).flatMap(m -> madeWith(m, unit, cue, rule.subjects(), s));
            int end = cue.offset() + cue.text().length();
            List<Mention> after = s.objects(unit, rule).stream().filter(m -> m.span().start() >= end).toList();
            if (drug.isEmpty() || after.isEmpty() || Clauses.breaks(unit.textBetween(end, after.get(0).span().start()))) {
                continue;
            }
            Readers.head(unit, after).stream()
                    .filter(o -> !DENIED_BEFORE.matcher(unit.textBefore(o.span().start())).find())
                    .filter(o -> !o.entityIds().equals(drug.get().entityIds()))
                    .forEach(o -> found.add(new Found(drug.get(), rule.predicate(), o)));
        }
        return found;
    }

    /**
     * The model a sentence speaks of before a cue: the last one it names before the cue, else, when it says "they" or
     * "these cells", the last one its paragraph named.
     */
    static Optional<Mention> modelSpokenOf(Unit unit, Unit.Cue cue, Scope s) {
        int clause = Clauses.start(unit, cue.offset());
        return unit.of(s.classOf(), s.models()).stream().filter(m -> m.span().end() <= cue.offset()).reduce((a, b) -> b)
                .or(() -> MODEL_ANAPHOR.matcher(unit.textBetween(clause, cue.offset())).find()
                        ? unit.context().stream().filter(m -> s.models().contains(s.kindOf(m))).reduce((a, b) -> b)
                        : Optional.empty());
    }

    /**
     * The one drug (of {@code kinds}) a model was made resistant to: named beside resistance or exposure near the cue,
     * else where the document names the model.
     */
    static Optional<Mention> madeWith(Mention model, Unit unit, Unit.Cue cue, java.util.Collection<String> kinds, Scope s) {
        List<Mention> near = new ArrayList<>(unit.context());
        unit.mentions().stream().filter(m -> m.span().end() <= cue.offset()).forEach(near::add);
        Optional<Mention> drug = theOne(near.stream().filter(m -> tied(m, unit)).toList(), kinds, s);
        if (drug.isPresent()) {
            return drug;
        }
        List<Mention> elsewhere = new ArrayList<>();
        s.units().stream().filter(u -> u != unit && u.mentions().stream().anyMatch(m -> m.entityIds().equals(model.entityIds())))
                .forEach(u -> u.mentions().stream().filter(m -> tied(m, u)).forEach(elsewhere::add));
        return theOne(elsewhere, kinds, s);
    }

    /**
     * The drugs (of {@code kinds}) the sentences before a unit in its paragraph, or the unit itself before {@code offset}, name
     * as resisted, for "overcame this resistance": the last one named beside resistance ("resistance to letrozole",
     * "letrozole-resistant") and those its list goes on with ("resistance to letrozole and to palbociclib"); none when none
     * is so named.
     */
    static List<Mention> resistedBefore(Unit unit, int offset, java.util.Collection<String> kinds, Scope s) {
        List<Mention> named = java.util.stream.Stream.concat(unit.context().stream(), unit.mentions().stream().filter(m -> m.span().end() <= offset))
                .filter(m -> kinds.contains(s.kindOf(m))).toList();
        int last = -1;
        for (int i = 0; i < named.size(); i++) {
            if (namedResisted(Around.of(named.get(i), unit, 120))) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        int first = last;
        while (first > 0 && Units.listed(unit.source(), named.get(first - 1), named.get(first))) {
            first--;
        }
        int end = last;
        while (end + 1 < named.size() && Units.listed(unit.source(), named.get(end), named.get(end + 1))) {
            end++;
        }
        return named.subList(first, end + 1);
    }

    /** The mention of {@code kinds} among {@code mentions}, if they name exactly one such entity. */
    private static Optional<Mention> theOne(List<Mention> mentions, java.util.Collection<String> kinds, Scope s) {
        List<Mention> of = mentions.stream().filter(m -> kinds.contains(s.kindOf(m))).toList();
        return of.stream().map(Mention::entityIds).distinct().count() == 1 ? Optional.of(of.get(0)) : Optional.empty();
    }

    /** Whether a drug is named as what a model resists or was exposed to: "letrozole-resistant", "resistant to X", "culture with X". */
    private static boolean tied(Mention drug, Unit unit) {
        Around a = Around.of(drug, unit, 120);
        return namedResisted(a) || !CROSS_BEFORE.matcher(a.before()).find() && ShapeReaders.EXPOSURE.matcher(a.before()).find();
    }

    /** Whether the text around a drug names it as resisted ("resistant to X", "X-resistant"), not as cross-resisted. */
    private static boolean namedResisted(Around a) {
        return !CROSS_BEFORE.matcher(a.before()).find()
                && (RESISTANCE_BEFORE.matcher(a.before()).find() || RESISTANCE_AFTER.matcher(a.after()).find());
    }
}
