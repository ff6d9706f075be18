package org.airkg.extract.relation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One relation rule of a profile ({@code rules/relations/NAME.yaml}): the reader that takes its arguments
 * from a sentence or table row, the ontology property it states (and the alternate property its reader
 * states in its other case, such as "down" for "up"), the kinds of subject and object (ontology classes,
 * subclasses included), the cue a sentence must hold, what else it must or must not hold, and which
 * qualifiers apply.
 *
 * @param notBetween words that, standing between a cue and an argument, part them ("placebo plus X": X is not the
 *     drug of the cue before it)
 * @param notSubject labels of entities that are never the rule's subject, though of its kinds (a cyclin, the kinase's
 *     regulatory partner, phosphorylates nothing)
 * @param negatable whether a negation in the clause denies the relation (a trial still tested a drug the
 *     text says "did not improve" survival)
 * @param indication whether the disease of the passage qualifies the relation
 * @param modelQualifier whether the model system of the passage qualifies the relation (not when a model is
 *     one of its arguments)
 * @param expect every statement the rule reads from its example, as "subject predicate object" by lexicon label, with
 *     " (not)" or " (hypothesised)" after a denied or hedged one; a test holds the rule to exactly these
 * @param compoundObject whether the compound a document is about stands for an object the clause leaves out ("these
 *     mutations are a key driver of resistance", in a guide to one drug)
 * @param fallback whether the rule reads only units in which no earlier rule of the profile found a relation of its
 *     property or alternate property (a general reading that gives way to a structural one)
 * @param prevails whether the rule's statement stands where the document is also read as stating a disjoint property
 *     between the same entities by a rule that does not prevail (a drug the text says an event was "managed with" treats
 *     it, whatever a table of events by arm suggests); where neither or both prevail, neither stands
 * @param inverse whether the reader's subject is the statement's object and its object the statement's subject: "elacestrant
 *     prolonged PFS in ESR1-mutated disease", read as a drug's benefit in a population, states that the variant marks
 *     sensitivity to the drug; {@code subjects} and {@code objects} are then the reader's, the statement's the other way round
 * @param title whether the rule reads the document's title line ("FGFR1 Amplification in Resistance to Letrozole"), which
 *     rules written for sentences misread, and whether it reads anything else
 */
public record RelationRule(String name, String predicate, Optional<String> alternate, Reader reader, Set<String> subjects,
        Set<String> objects, Optional<Pattern> cue, Optional<Pattern> alternateCue, Optional<Pattern> requires,
        Optional<Pattern> unless, Optional<Pattern> notBetween, Optional<Pattern> notAfter, Optional<Pattern> notSubject, boolean negatable, boolean hedgeable, boolean indication, boolean modelQualifier, boolean fallback, boolean compoundObject, boolean prevails, boolean inverse, TitleLine title, String example,
        List<String> expect, String comment) {
    public RelationRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(alternate, "alternate");
        Objects.requireNonNull(reader, "reader");
        subjects = Set.copyOf(subjects);
        objects = Set.copyOf(objects);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(alternateCue, "alternateCue");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(unless, "unless");
        Objects.requireNonNull(notBetween, "notBetween");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(notSubject, "notSubject");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(example, "example");
        expect = List.copyOf(expect);
        Objects.requireNonNull(comment, "comment");
    }

    /** Which units a rule reads: the body's (sentences and table rows), the title line too, or the title line only. */
    public enum TitleLine {
        NO("no"), ALSO("also"), ONLY("only");

        private final String label;

        TitleLine(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether a rule of this kind reads a unit that is, or is not, the title line. */
        boolean reads(boolean titleLine) {
            return titleLine ? this != NO : this != ONLY;
        }
    }

    /** The cue, for readers that need one; the profile checks that they have it. */
    Pattern cuePattern() {
        return cue.orElseThrow(() -> new IllegalStateException("rule " + name + " has no cue"));
    }

    /** Whether the last words of the unit before {@code m} end as the rule's {@code notAfter} says ("managed with X"). */
    boolean setAside(Unit unit, org.airkg.extract.mention.Mention m) {
        return notAfter.map(p -> p.matcher(unit.wordsBefore(m)).find()).orElse(false);
    }

    /** Whether a unit holds what the rule requires and nothing it excludes. */
    boolean admits(Unit unit) {
        return requires.map(unit::has).orElse(true) && unless.map(p -> !unit.has(p)).orElse(true);
    }
}
