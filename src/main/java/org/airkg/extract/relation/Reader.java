package org.airkg.extract.relation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.Mention;

/**
 * How a rule takes its subject and object from a unit (a sentence, or a table row with its table's title),
 * by the name a rule file gives it ({@code reader: verb}). Each reader reads the rule's cue and kinds; the
 * engine ({@link RelationExtractor}) adds polarity, modality and the other qualifiers.
 */
public enum Reader {
    /** The list just before the cue and the list just after it, with no clause break between cue and object. */
    VERB("verb", true, Readers::verb),
    /** As {@link #VERB}, for subjects the text names as lost ("knockdown of X and Y restored ..."), and only those. */
    LOST_VERB("lost-verb", true, Readers::lostVerb),
    /** As {@link #VERB}, for a noun cue ("a biomarker of resistance to"), whose object may stand past a comma. */
    NOUN("noun", true, Readers::noun),
    /** The nearest subject before the cue, and the objects after it. */
    ORDERED("ordered", true, Readers::ordered),
    /** Every subject and every object of a unit holding the cue. */
    PAIRS("pairs", true, Readers::pairs),
    /** As {@code pairs}, when the subject is the one entity of its kinds in the object's clause. */
    SOLE_PAIRS("sole-pairs", true, Readers::solePairs),
    /** As {@code sole-pairs}, in a section whose heading holds the cue. */
    SECTION_SOLE_PAIRS("section-sole-pairs", true, Readers::sectionSolePairs),
    /** As {@code section-sole-pairs}, for each subject the clause ties the figures to ("in 28% of patients on X and 57% on Y"). */
    SECTION_TIED_PAIRS("section-tied-pairs", true, Readers::sectionTiedPairs),
    /** Each pair of neighbouring subjects after the cue. */
    NEIGHBOURS_AFTER("neighbours-after", true, Readers::neighboursAfter),
    /** The subject of the cue's clause and the objects after the cue. */
    CLAUSE_VERB("clause-verb", true, ClauseReaders::clauseVerb),
    /** Subject, verb and object side by side, only function words between. */
    ADJACENT("adjacent", true, ClauseReaders::adjacent),
    /** Objects before the cue in its clause, the subject after it. */
    AFTER("after", true, ClauseReaders::after),
    /** The objects right before the cue, the first subject after it ("PI3Kα inhibition with alpelisib"). */
    OBJECT_BEFORE("object-before", true, ClauseReaders::objectBefore),
    /** A subject joined to the cue as one word, and the object right after it. */
    COMPOUND("compound", true, ClauseReaders::compound),
    /** A subject and the object nearest to it, no sentence or row break between them. */
    NEAREST("nearest", false, Readers::nearest),
    /** Neighbouring drugs joined as a combination. */
    COMBINATION("combination", true, ShapeReaders::combination),
    /** Genes up (the predicate) or down (the alternate) in the model a sentence speaks of. */
    MODEL_CHANGE("model-change", true, ExpressionReaders::modelChange),
    /** Agents that overcome resistance to a drug. */
    OVERCOMING("overcoming", true, ShapeReaders::overcoming),
    /** The drug whose long exposure made a derived line. */
    TREATMENT_DERIVATION("treatment-derivation", true, ShapeReaders::treatmentDerivation),
    /** A cell line derived from another. */
    DERIVATION("derivation", true, ShapeReaders::derivation),
    /** "Activation of X through Y". */
    ACTIVATION_THROUGH("activation-through", true, ShapeReaders::activationThrough),
    /** A variant named as what a drug is for. */
    CARRIERS("carriers", true, ShapeReaders::carriers),
    /** A drug and the trial that tested it. */
    TRIAL("trial", false, StructuralRules::evaluatedInTrial),
    /** The drugs a trial's arms test, for the disease of its population. */
    TRIAL_ARMS("trial-arms", true, StructuralRules::trialArms),
    /** A sentence labelled with an object ("Neutropenia: 20% with entinostat") in a section whose heading holds the cue. */
    LABELLED("labelled", true, ClauseReaders::labelled),
    /** The drug each arm column of a table tests, with the object its row names first ("| Diarrhoea | 79 | 18 |"). */
    ARM_COLUMNS("arm-columns", true, TableReaders::armColumns),
    /** The entity a table row names first, with those in the cells whose column heading holds the cue ("Main target"). */
    COLUMN("column", true, TableReaders::column),
    /** Genes up (the predicate) or down (the alternate) in models, from a table of levels relative to a reference. */
    RELATIVE_LEVELS("relative-levels", true, TableReaders::relativeLevels),
    /** As {@link #COLUMN} with the row's first entity the object: "| Rash | Alpelisib | Antihistamine |" under "Toxicity | Agents | Prevention". */
    ROW_COLUMN("row-column", true, TableReaders::rowColumn),
    /** A drug and its class in apposition. */
    CLASS("class", false, StructuralRules::inClass),
    /** A drug and the target its class is named after ("the AURKA inhibitor alisertib"); the cue matches the class's name. */
    CLASS_TARGET("class-target", true, StructuralRules::classTarget),
    /** An entity and what its own name names inside it ("letrozole-induced PCOS rat model"); the cue matches the subject's name. */
    NAMED("named", true, StructuralRules::named),
    /** A variant and its gene. */
    VARIANT("variant", false, StructuralRules::variantOf),
    /** Alterations named with resistance. */
    RESISTANCE_DRIVER("resistance-driver", true, ResistanceReaders::drivers) {
        /** A unit that goes on with the one before it is read without the rule's own requirements; see {@link ResistanceReaders#drivers}. */
        @Override
        boolean checksItsUnits() {
            return true;
        }
    },
    /** A model that regains sensitivity when a drug is withdrawn. */
    WITHDRAWAL("withdrawal", true, ResistanceReaders::withdrawal),
    /** The drug a resistant model was made with, and the drugs the model is cross-resistant to. */
    MODEL_CROSS_RESISTANCE("model-cross-resistance", true, ResistanceReaders::modelCrossResistance);

    /**
     * What a reader is given besides the unit: the kind of each entity, the lexicon, the document's units, the
     * mentions inside each mention ("AURKA" in "AURKA inhibitor"), which rules otherwise do not read, the
     * headings of the sections a unit stands in, innermost first, and the kinds of experimental model.
     */
    record Scope(Function<String, String> classOf, Lexicon lexicon, Optional<String> compound, List<Unit> units,
            Function<Mention, List<Mention>> inside, Function<Unit, String> headings, java.util.Set<String> models) {
        Scope {
            units = List.copyOf(units);
            models = java.util.Set.copyOf(models);
        }

        /** An entity the unit implies without naming it (the document's compound), standing as a mention over the whole unit. */
        static Mention standIn(Unit unit, String id) {
            return new Mention(unit.text(), unit.span(), unit.element(), unit.sectionId(), org.airkg.extract.mention.MentionStatus.LINKED,
                    List.of(id), Optional.empty(), 1.0, "document-compound");
        }

        String kindOf(Mention m) {
            return classOf.apply(m.entityIds().get(0));
        }

        /** The unit's mentions of entities of the rule's subject kinds, but those its {@code notSubject} sets aside. */
        List<Mention> subjects(Unit u, RelationRule rule) {
            List<Mention> of = u.of(classOf, rule.subjects());
            return rule.notSubject().isEmpty() ? of : of.stream().filter(m -> !neverSubject(rule, m)).toList();
        }

        /** Whether an entity the mention names has a label the rule's {@code notSubject} matches (a cyclin, "CCNT1"). */
        private boolean neverSubject(RelationRule rule, Mention m) {
            Pattern never = rule.notSubject().orElseThrow();
            return m.entityIds().stream().anyMatch(id -> lexicon.byId(id).map(e -> never.matcher(e.label()).matches()).orElse(false));
        }

        /** The unit's mentions of entities of the rule's object kinds. */
        List<Mention> objects(Unit u, RelationRule rule) {
            return u.of(classOf, rule.objects());
        }
    }

    /** A relation a reader found: subject and object mentions and the ontology property. */
    record Found(Mention subject, String predicate, Mention object) {}

    /** The reading itself. */
    @FunctionalInterface
    interface Read {
        List<Found> read(Unit unit, RelationRule rule, Scope scope);
    }

    private final String label;
    private final boolean needsCue;
    private final Read read;

    Reader(String label, boolean needsCue, Read read) {
        this.label = label;
        this.needsCue = needsCue;
        this.read = read;
    }

    /** The name rule files use. */
    public String label() {
        return label;
    }

    /** Whether a rule with this reader must give a cue. */
    public boolean needsCue() {
        return needsCue;
    }

    /** Whether the reader decides itself which units hold what the rule requires, rather than the engine. */
    boolean checksItsUnits() {
        return false;
    }

    List<Found> read(Unit unit, RelationRule rule, Scope scope) {
        return read.read(unit, rule, scope);
    }

    /** The reader a rule file names. */
    public static Optional<Reader> byLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
