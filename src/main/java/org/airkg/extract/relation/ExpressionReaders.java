package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.airkg.document.Span;
import org.airkg.extract.mention.Mention;
import org.airkg.extract.relation.Reader.Found;
import org.airkg.extract.relation.Reader.Scope;

/**
 * The changes a sentence states of a model itself, read only where the model is what the sentence speaks of: the
 * subject of the verb of change ("MCF-7/PR cells overexpress CDK6", "these cells have lost PGR"), the place of a passive
 * one ("EGFR was upregulated in LTLT-Ca cells"), or the setting its clause opens with ("In LTLT-Ca cells, ERα falls and
 * HER2 rises"). A gene merely named beside a model and a word of change, or changed by an agent ("estradiol upregulated
 * AREG in T47D cells"), is no trait of the model.
 */
final class ExpressionReaders {
    /** A measured amount of change: "3.4-fold", "5 fold". */
    private static final String FOLD = "[0-9]+(?:\\.[0-9]+)?[- ]?fold";
    /** What may stand between a subject and its verb of change: a comma'd connective, auxiliaries, a negation, adverbs, "show". */
    private static final String VERB_GAP = "\\s*(?:,\\s*(?:by contrast|in contrast|in turn|however|moreover|instead),\\s*)?"
            + "(?:(?:also|both|each|further|instead|then|consistently|additionally|have|has|had|did|do|does|not|no longer|[a-z]+ly)\\s+){0,3}"
            + "(?:(?:show|shows|showed|display|displays|displayed|exhibit|exhibits|exhibited)\\s+(?:(?:an?|marked|strong|clear|consistent)\\s+)?"
            + "(?:" + FOLD + "\\s+)?)?";
    /**
     * What may stand between a model and its verb: the bracket the model's name closes ("MCF-7 cells made resistant to
     * palbociclib (MCF-7-PR) overexpressed"), "cells", an aside in brackets or commas, then the verb gap.
     */
    private static final Pattern MODEL_TO_VERB = Pattern.compile("(?i)\\)?(?:\\s+(?:cells?|lines?|xenografts?|tumou?rs?|models?|derivatives?|sublines?))?"
            + "(?:\\s*\\([^()]*\\))?(?:\\s*,[^,;()]{1,100},)?" + VERB_GAP);
    /** Words for a model named before: "these cells", "the resistant lines" (not "they", which as often means patients). */
    private static final String POINTER = "(?:these|those|such|the resistant|the derived|both)\\s+(?:[\\w-]+\\s+)?"
            + "(?:cells|lines|sublines|models|xenografts|tumou?rs|derivatives)\\b";
    /** A pointer to a model named before as the subject of a verb of change. */
    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b" + POINTER + VERB_GAP + "$");
    /**
     * What stands between a changed gene and a passive or intransitive verb: "levels", "protein", "transcripts", the verb
     * "to be", a negation.
     */
    private static final Pattern GENE_TO_PASSIVE = Pattern.compile("(?i)^(?:\\s*\\([^()]*\\))?"
            + "(?:\\s+(?:proteins?|mRNAs?|transcripts?|genes?|expression|levels?|activity|phosphorylation|signalling|signaling))*"
            + "\\s+(?:(?:is|are|was|were|has been|have been|had been|became|become|becomes)\\s+)?(?:(?:not|also|further|consistently|[a-z]+ly|" + FOLD + ")\\s+){0,2}$");
    /** The place of a passive change: "in MCF-7/LetR cells", "in the LTLT-Ca model", "3.1-fold in MCF-7-LTED". */
    private static final Pattern IN_MODEL = Pattern.compile("(?i)^\\s+(?:" + FOLD + "\\s+)?in\\s+(?:the\\s+|both\\s+)?$");
    /** Another place of the same change, with its own amount: " and 2.3-fold in ", ", 1.8-fold in the ". */
    private static final Pattern ANOTHER_PLACE = Pattern.compile("(?i)^(?:\\s+(?:cells?|lines?|models?|xenografts?))?\\s*(?:,|,?\\s+and|\\s+or)\\s+"
            + FOLD + "\\s+in\\s+(?:the\\s+)?$");
    /**
     * A second verb of change of the same subject, after the place of the first and the model it was compared with: " cells
     * but was reduced in", " and 2.4-fold higher in", " than in MCF-7 and 4.8-fold higher in".
     */
    private static final Pattern SAME_SUBJECT = Pattern.compile("(?i)^(?:\\s+(?:cells?|lines?|models?|xenografts?))?"
            + "(?:\\s+than\\s+(?:in\\s+)?[^,;()]{1,40}?)?\\s*,?\\s*(?:but|and|whereas|while)\\s+"
            + "(?:(?:was|were|is|are|had been|has been|have been)\\s+)?(?:(?:not|also|further|[a-z]+ly|" + FOLD + ")\\s+){0,2}$");
    /**
     * A clause coordinated with one whose change had a place, naming its own genes and change but no place: "SGK1 was 6.3-fold
     * higher in MCF-7 LTLT than in MCF-7Ca, and phospho-NDRG1 was 4.8-fold higher" (NDRG1 rose in MCF-7 LTLT too).
     */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)^(?:\\s+(?:cells?|lines?|models?|xenografts?))?"
            + "(?:\\s+than\\s+(?:in\\s+)?[^,;()]{1,40}?)?\\s*,?\\s*(?:and|while|whereas)\\s+"
            + "(?:(?:the|its|their)\\s+)?(?:[a-z]+\\s+)?(?:phospho-|p-)?$");
    /** What a change with a place of its own, or a comparison, goes on with: " in", " than", " 2-fold in". */
    private static final Pattern OWN_PLACE_AFTER = Pattern.compile("(?i)^[^,;.]{0,30}?\\b(?:in|than|versus|vs)\\b");
    /** The place of a noun of change, after what changed: "upregulation of EGFR and HER3 in MCF-7/LetR cells", "loss of PTEN in the T-47D/AnaR line". */
    private static final Pattern IN_MODEL_AFTER_NOUN = Pattern.compile("(?i)^(?:\\s+(?:proteins?|mRNAs?|transcripts?|expression|levels?|signalling|signaling))?\\s+in\\s+(?:the\\s+|both\\s+)?$");
    /** A clause that opens on its setting: "In LTLT-Ca cells,", "In the MCF-7/LetR model". */
    private static final Pattern SETTING = Pattern.compile("(?i)(?:^|[;:]\\s*|\\.\\s+)[\\s*_]*in\\s+(?:the\\s+|both\\s+)?$");
    /**
     * A modifier that makes the name of an established line name a line derived from it ("everolimus-resistant MCF-7 cells",
     * "ARID1A-knockout MCF-7 cells"): what changed is in that line, which the text does not name, not in the model named.
     */
    private static final Pattern DERIVED = Pattern.compile("(?i)(?:-(?:resistant|knockout|knock-?in|deficient|null|mutant|overexpressing|amplified"
            + "|adapted|selected|treated|derived|expressing)|\\b(?:resistant|parental|knockout|wild-type|engineered|transfected))\\s+$");
    /** What may open a cell before a change it states: nothing, emphasis, or an earlier clause of the cell. */
    private static final Pattern CELL_OPENING = Pattern.compile("(?:.*[;.]\\s*)?[\\s*_]*");
    /**
     * Words that say an agent made a change: the change is the agent's effect, not a trait of the model. A "by" before an
     * amount ("fell by 71%", "by half") names none.
     */
    private static final Pattern AGENT_CUE = Pattern.compile("(?i)\\bby\\b(?!\\s+(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?"
            + "(?:[\\d.,]+|half\\b|a\\s+(?:third|quarter)\\b))|\\b(?:treated|treatment|exposure|exposed|knock-?down|silencing|si-?RNA|sh-?RNA|"
            + "depletion|stimulat\\w*|in response to|upon|following)\\b");
    /** A noun of change: "upregulation of", "loss of", "increase in". */
    private static final Pattern NOMINAL = Pattern.compile("(?i)\\b(?:of|in)$");
    /** What names the model another is compared with: "Compared with MCF-7Ca, LTLT-Ca cells ...". */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:compared (?:with|to)|relative to|versus|vs\\.?|unlike|than|over)\\s*$");
    /** Words that turn the direction inside one list of changes: "express less ERα and aromatase and more HER2". */
    private static final Pattern MORE = Pattern.compile("(?i)\\b(?:more|higher|greater|increased|raised|elevated)\\b");
    private static final Pattern LESS = Pattern.compile("(?i)\\b(?:less|lower|reduced|decreased|diminished)\\b");
    /** What ends the changes of one model: a new clause no list crosses, or the end of the sentence. */
    private static final Pattern END = Pattern.compile(Clauses.STRONG_BOUNDARY.pattern() + "|,\\s*(?=and\\b)|\\.(?:\\s|$)"
            + "|,\\s*(?=(?:consistent|compatible|in line|in keeping|suggesting|indicating|implying|which|as expected)\\b)");
    /**
     * What parts an intransitive change from the name after it, when that name has a change of its own: its amount and "and"
     * ("CDKN1A rose 4.2-fold and lamin B1 fell by 71%": lamin B1 is not what rose).
     */
    private static final Pattern NEXT_CLAUSE_GAP = Pattern.compile("(?i)^\\s*(?:(?:by\\s+)?(?:about\\s+|roughly\\s+)?[\\d.,]+\\s*(?:-fold|fold|%|times)\\s*)?"
            + ",?\\s*(?:and|while|whereas)\\s+$");
    /** The comparison that ends a list of changed genes: "3.2-fold more GR than parental cells". */
    private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\b");
    /**
     * A model's own name in brackets after the words that describe it: "Long-term oestrogen-deprived MCF-7 cells (MCF-7
     * LTED)" names one model, not MCF-7 with it.
     */
    private static final Pattern NAMED_IN_BRACKETS = Pattern.compile("(?i)\\s*(?:cells?|lines?)?\\s*\\(\\s*");
    /** A verb of change right after a name, which is then its subject: " fell", " protein was reduced", " mRNA rose". */
    private static final Pattern OWN_CHANGE = Pattern.compile("(?i)^(?:\\s+(?:proteins?|mRNAs?|transcripts?|levels?|expression))*\\s+"
            + "(?:(?:was|were|is|are)\\s+)?(?:[a-z]+ly\\s+)?(?:rose|rises?|fell|falls?|increased|decreased|declined|dropped|doubled|halved|"
            + "(?:up|down)-?regulated|reduced|raised|lowered|lost|gained|higher|lower)\\b");
    /** ", and" before a name ends a list whose items a comma joined ("CDK6, CCNE1, and AURKA"), not a new clause. */
    private static final Pattern SERIAL_AND = Pattern.compile("^,\\s*and\\s+$");
    /**
     * What a gene's name is the modifier of when it names not its amount but what its product does: "lose FOXA1 and ER
     * binding at luminal enhancers" loses the binding, not the receptor.
     */
    private static final Pattern NOT_AMOUNT = Pattern.compile("(?i)^[\\s-]+(?:binding|occupancy|recruitment|phosphorylation)\\b");

    private ExpressionReaders() {}

    /**
     * A word of change: where it stands, whether it is up, and whether it is a verb of change (the rule's cues) rather than
     * a comparative that only turns the direction inside a list ("more", "less").
     */
    private record Change(int start, int end, boolean up, boolean verb, boolean nominal) {
        /** A change whose cue text is a noun of change ("upregulation of"), which has no agent. */
        Change(int start, String text, boolean up, boolean verb) {
            this(start, start + text.length(), up, verb, NOMINAL.matcher(text).find());
        }
    }

    /** The changes of the models a unit speaks of: subject of the verb, place of a passive verb, setting of the clause. */
    static List<Found> modelChange(Unit u, RelationRule rule, Scope s) {
        List<Mention> models = s.objects(u, rule).stream().filter(m -> !(established(s, m) && DERIVED.matcher(u.wordsBefore(m)).find())).toList();
        List<Change> changes = changes(u, rule);
        List<Mention> genes = s.subjects(u, rule);
        List<Mention> agents = u.mentions().stream().filter(m -> !rule.objects().contains(s.kindOf(m)) && !rule.subjects().contains(s.kindOf(m))).toList();
        if (u.element().path().startsWith("/row/")) {
            return row(u, rule, models, genes, agents, changes);
        }
        List<Found> found = new ArrayList<>();
        List<Mention> lastListed = List.of();
        List<Mention> lastPlaces = List.of();
        int lastPlaceEnd = -1;
        for (Change change : changes.stream().filter(Change::verb).toList()) {
            Optional<Mention> model = activeSubject(u, models, change);
            Optional<Mention> place = models.stream().filter(m -> m.span().start() >= change.end()
                    && IN_MODEL.matcher(u.textBetween(change.end(), m.span().start())).matches()).findFirst();
            boolean sameSubject = lastPlaceEnd >= 0 && lastPlaceEnd <= change.start()
                    && SAME_SUBJECT.matcher(u.textBetween(lastPlaceEnd, change.start())).matches();
            List<Mention> before = before(u, change, genes);
            List<Mention> listed = before.isEmpty() && sameSubject ? lastListed : before;
            Optional<Mention> afterNoun = change.nominal() ? nounPlace(u, models, genes, agents, change) : Optional.empty();
            if (model.isPresent()) {
                if (!byAnAgent(u, change.start(), change)) {
                    for (Mention g : after(u, change, genes, models, agents)) {
                        listedWith(u, models, model.get()).forEach(m -> found.add(found(rule, g, m, changes, change)));
                    }
                }
            } else if (place.isPresent()) {
                if (!listed.isEmpty() && !byAnAgent(u, listed.get(0).span().start(), change)) {
                    List<Mention> places = morePlaces(u, models, place.get());
                    for (Mention g : listed) {
                        places.forEach(m -> found.add(new Found(g, direction(rule, change), m)));
                    }
                    lastListed = listed;
                    lastPlaces = places;
                    lastPlaceEnd = places.get(places.size() - 1).span().end();
                }
            } else if (afterNoun.isPresent()) {
                after(u, change, genes, models, agents).forEach(g -> found.add(found(rule, g, afterNoun.get(), changes, change)));
            } else if (!lastPlaces.isEmpty() && !before.isEmpty() && lastPlaceEnd <= before.get(0).span().start()
                    && ELLIPSIS.matcher(u.textBetween(lastPlaceEnd, before.get(0).span().start())).matches()
                    && !OWN_PLACE_AFTER.matcher(u.textBetween(change.end(), u.span().end())).find()
                    && !byAnAgent(u, before.get(0).span().start(), change)) {
                for (Mention g : before) {
                    lastPlaces.forEach(m -> found.add(new Found(g, direction(rule, change), m)));
                }
            } else {
                setting(u, models, change).filter(m -> !byAnAgent(u, m.span().end(), change)).ifPresent(m -> {
                    List<Mention> between = u.mentions().stream().filter(x -> x.span().start() >= m.span().end() && x.span().end() <= change.start()).toList();
                    List<Mention> following = after(u, change, genes, models, agents);
                    if (!listed.isEmpty() && following.isEmpty() && between.stream().allMatch(genes::contains)) {
                        listed.forEach(g -> found.add(new Found(g, direction(rule, change), m)));
                    } else if (between.isEmpty() && change.nominal()) {
                        following.forEach(g -> found.add(found(rule, g, m, changes, change)));
                    }
                });
            }
        }
        return found;
    }

    /**
     * The place of a passive change with the places listed after it, each with its own amount: "rose 3.1-fold in FULV-R9
     * and 2.3-fold in MCF-7 LTED".
     */
    private static List<Mention> morePlaces(Unit u, List<Mention> models, Mention first) {
        List<Mention> places = new ArrayList<>(List.of(first));
        for (Mention m : models) {
            Mention last = places.get(places.size() - 1);
            if (m.span().start() >= last.span().end() && ANOTHER_PLACE.matcher(u.textBetween(last.span().end(), m.span().start())).matches()) {
                places.add(m);
            }
        }
        return places;
    }

    /**
     * The model right after the genes a noun of change names, when no agent made it: "upregulation of EGFR and HER3 in
     * MCF-7/LetR cells".
     */
    private static Optional<Mention> nounPlace(Unit u, List<Mention> models, List<Mention> genes, List<Mention> agents, Change change) {
        List<Mention> changed = after(u, change, genes, models, agents);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        int end = changed.get(changed.size() - 1).span().end();
        return models.stream().filter(m -> m.span().start() >= end && IN_MODEL_AFTER_NOUN.matcher(u.textBetween(end, m.span().start())).matches())
                .findFirst().filter(m -> !byAnAgent(u, change.start(), change));
    }

    /** A model with the models listed right before it: "MCF-7/LetR and T-47D/LetR cells overexpress HER2". */
    private static List<Mention> listedWith(Unit u, List<Mention> models, Mention last) {
        List<Mention> listed = new ArrayList<>(List.of(last));
        for (int i = models.indexOf(last) - 1; i >= 0 && Units.LIST_JOINER.matcher(u.between(models.get(i), listed.get(0))).find()
                && !COMPARED.matcher(u.wordsBefore(models.get(i))).find()
                && !NAMED_IN_BRACKETS.matcher(u.between(models.get(i), listed.get(0))).matches(); i--) {
            listed.add(0, models.get(i));
        }
        return listed;
    }

    /** Whether a model is an established line, one with a public identifier (for a cell line, its Cellosaurus accession). */
    private static boolean established(Scope s, Mention model) {
        return s.lexicon().byId(model.entityIds().get(0)).map(e -> !e.xrefs().isEmpty()).orElse(false);
    }

    private static String direction(RelationRule rule, Change change) {
        return property(rule, change.up());
    }

    /** The rule's property for an up change, its alternate for a down one. */
    private static String property(RelationRule rule, boolean up) {
        return up ? rule.predicate() : rule.alternate().orElseThrow();
    }

    /**
     * A table row that names one model and opens a cell (or a clause of it) on a change: "Upregulation of HER2 and MAPK
     * signalling; downregulation of ERα | ... | LTLT-Ca cells". The genes after the change in its cell change in that model.
     */
    private static List<Found> row(Unit u, RelationRule rule, List<Mention> models, List<Mention> genes, List<Mention> agents, List<Change> changes) {
        List<Mention> inRow = models.stream().filter(m -> m.element().path().startsWith("/row/")).toList();
        if (inRow.stream().map(Mention::entityIds).distinct().count() != 1) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Change change : changes) {
            Optional<Span> cell = u.pieceAt(change.start());
            if (change.verb() && cell.isPresent() && CELL_OPENING.matcher(u.textBetween(cell.get().start(), change.start())).matches()) {
                List<Mention> inCell = genes.stream().filter(g -> g.span().end() <= cell.get().end()).toList();
                after(u, change, inCell, models, agents).forEach(g -> found.add(found(rule, g, inRow.get(0), changes, change)));
            }
        }
        return found;
    }

    /**
     * Whether the words from {@code from} (the changed genes, or the change) to the end of the change's clause say what made
     * the change: "by fulvestrant", "cells treated with everolimus", "knockdown of PTEN".
     */
    private static boolean byAnAgent(Unit u, int from, Change change) {
        Matcher end = END.matcher(u.textBetween(change.end(), u.span().end()));
        int to = end.find() ? change.end() + end.start() : u.span().end();
        return AGENT_CUE.matcher(u.textBetween(from, to)).find();
    }

    /** The up cues (the rule's cue) and down cues (its alternate) of a unit, and its comparatives, in reading order. */
    private static List<Change> changes(Unit u, RelationRule rule) {
        List<Change> changes = new ArrayList<>();
        u.cues(rule.cuePattern()).forEach(c -> changes.add(new Change(c.offset(), c.text(), true, true)));
        rule.alternateCue().ifPresent(p -> u.cues(p).forEach(c -> changes.add(new Change(c.offset(), c.text(), false, true))));
        u.cues(MORE).forEach(c -> changes.add(new Change(c.offset(), c.text(), true, false)));
        u.cues(LESS).forEach(c -> changes.add(new Change(c.offset(), c.text(), false, false)));
        changes.sort(Comparator.comparingInt(Change::start));
        return changes;
    }

    /**
     * The model that is the subject of a verb of change: named right before it, or pointed back to ("these cells") when the
     * sentence named it earlier. A pointer to a model of an earlier sentence is not followed: there it names a derived line
     * the lexicon does not know as often as the line it does.
     */
    private static Optional<Mention> activeSubject(Unit u, List<Mention> models, Change change) {
        Optional<Mention> named = models.stream().filter(m -> m.span().end() <= change.start()
                && MODEL_TO_VERB.matcher(u.textBetween(m.span().end(), change.start())).matches()).reduce((a, b) -> b);
        if (named.isPresent() || !ANAPHOR.matcher(u.textBefore(change.start())).find()) {
            return named;
        }
        return models.stream().filter(m -> m.span().end() <= change.start()).reduce((a, b) -> b);
    }

    /** The model a sentence opens on ("In LTLT-Ca cells, ..."), when no other model stands between it and the change. */
    private static Optional<Mention> setting(Unit u, List<Mention> models, Change change) {
        return models.stream().filter(m -> m.span().end() <= change.start()).reduce((a, b) -> b)
                .filter(m -> SETTING.matcher(u.textBefore(m.span().start())).find());
    }

    /** The genes after a change until its clause, the sentence, a model or an agent ends the list. */
    private static List<Mention> after(Unit u, Change change, List<Mention> genes, List<Mention> models, List<Mention> agents) {
        List<Mention> listed = new ArrayList<>();
        int from = change.end();
        boolean commas = false;
        for (Mention g : genes) {
            if (g.span().start() < from) {
                continue;
            }
            String gap = u.textBetween(from, g.span().start());
            Matcher end = END.matcher(gap);
            boolean ended = end.find() && !(commas && SERIAL_AND.matcher(gap.substring(end.start())).matches());
            boolean crossed = Stream.concat(models.stream(), agents.stream())
                    .anyMatch(m -> m.span().start() >= change.end() && m.span().end() <= g.span().start());
            // what follows the comparison ("3.2-fold more GR than parental cells and induced SGK1") is another clause's
            boolean compared = !listed.isEmpty() && THAN.matcher(gap).find();
            boolean ownClause = listed.isEmpty() && NEXT_CLAUSE_GAP.matcher(gap).matches()
                    && OWN_CHANGE.matcher(u.textBetween(g.span().end(), Math.min(g.span().end() + 60, u.span().end()))).lookingAt();
            if (ended || crossed || ownClause || compared) {
                break;
            }
            commas = commas || !listed.isEmpty() && gap.contains(",");
            if (!NOT_AMOUNT.matcher(u.textBetween(g.span().end(), Math.min(g.span().end() + 20, u.span().end()))).find()) {
                listed.add(g);
            }
            from = g.span().end();
        }
        return listed;
    }

    /** The list of genes that ends right before a passive change ("HER2 and EGFR were upregulated"). */
    private static List<Mention> before(Unit u, Change change, List<Mention> genes) {
        List<Mention> listed = new ArrayList<>();
        int to = change.start();
        for (int i = genes.size() - 1; i >= 0; i--) {
            Mention g = genes.get(i);
            if (g.span().end() > to) {
                continue;
            }
            String gap = u.textBetween(g.span().end(), to);
            boolean joined = listed.isEmpty() ? GENE_TO_PASSIVE.matcher(gap).matches() : Units.LIST_JOINER.matcher(gap).find();
            if (!joined) {
                break;
            }
            listed.add(0, g);
            to = g.span().start();
        }
        return listed;
    }

    /** A gene's change in a model: the direction of the last word of change, "more" or "less" before the gene. */
    private static Found found(RelationRule rule, Mention gene, Mention model, List<Change> changes, Change first) {
        boolean up = first.up();
        for (Change c : changes) {
            if (c.start() >= first.start() && c.end() <= gene.span().start()) {
                up = c.up();
            }
        }
        return new Found(gene, property(rule, up), model);
    }
}
