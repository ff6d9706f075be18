package org.airkg.evaluate.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.evaluate.Evaluation;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.Score;
import org.airkg.evaluate.graph.SystemRelation;

/**
 * Scores the relations of one document: the graph's relations with evidence from it (associations sharing
 * subject, predicate, object and polarity are one) matched one to one with the gold relations. A pair matches
 * when the predicates and polarities are equal and the subject and object match the gold subject and object
 * entities (or its object and subject, for a predicate the ontology declares symmetric: combinedWith). Over the matched pairs, each qualifier (modality, model, indication, population) is compared.
 */
public final class RelationScoring {
    /** The qualifiers compared, in report order. */
    public static final List<String> QUALIFIERS = List.of("modality", "model", "indication", "population");

    private RelationScoring() {}

    /** The scores and lists of one document. */
    public static Evaluation.Relations score(DocumentMatcher m) {
        String doc = m.gold().document();
        List<SystemRelation> system = m.document().relations();
        List<Gold.Relation> gold = m.gold().relations();
        int[] to = Bipartite.match(system.size(), gold.size(), (i, j) -> matches(m, system.get(i), gold.get(j)));
        Map<String, int[]> counts = new LinkedHashMap<>();
        gold.forEach(g -> counts.computeIfAbsent(g.predicate(), k -> new int[3])[0]++);
        boolean[] found = new boolean[gold.size()];
        List<Evaluation.Relation> falsePositives = new ArrayList<>();
        int[][] qualifiers = new int[QUALIFIERS.size()][5];
        for (int i = 0; i < system.size(); i++) {
            SystemRelation s = system.get(i);
            int[] c = counts.computeIfAbsent(s.predicate(), k -> new int[3]);
            c[1]++;
            if (to[i] >= 0) {
                c[2]++;
                found[to[i]] = true;
                compareQualifiers(m, s, gold.get(to[i]), qualifiers);
            } else {
                falsePositives.add(new Evaluation.Relation(doc, null, m.entity(s.subject()).label(), s.predicate(),
                        m.entity(s.object()).label(), s.polarity().label(), s.quote(), s.subject(), s.object()));
            }
        }
        List<Evaluation.Relation> falseNegatives = new ArrayList<>();
        for (int j = 0; j < gold.size(); j++) {
            if (!found[j]) {
                Gold.Relation g = gold.get(j);
                falseNegatives.add(new Evaluation.Relation(doc, g.entry(), g.subject(), g.predicate(), g.object(), g.polarity().label(),
                        g.quote(), null, null));
            }
        }
        List<Evaluation.Row> rows = new ArrayList<>();
        counts.forEach((p, c) -> rows.add(new Evaluation.Row(p, new Score(c[0], c[1], c[2]))));
        Score overall = rows.stream().map(Evaluation.Row::score).reduce(Score.ZERO, Score::plus);
        List<Evaluation.Qualifier> q = new ArrayList<>();
        for (int k = 0; k < QUALIFIERS.size(); k++) {
            int[] n = qualifiers[k];
            q.add(new Evaluation.Qualifier(QUALIFIERS.get(k), n[0], n[1], n[2], n[3], n[4]));
        }
        return new Evaluation.Relations(rows, overall, q, falsePositives, falseNegatives);
    }

    /** Same predicate and polarity, and the same subject and object; either way round for a symmetric predicate. */
    private static boolean matches(DocumentMatcher m, SystemRelation s, Gold.Relation g) {
        if (!s.predicate().equals(g.predicate()) || s.polarity() != g.polarity()) {
            return false;
        }
        return same(m, s.subject(), g.subject()) && same(m, s.object(), g.object())
                || m.graph().symmetric().contains(g.predicate()) && same(m, s.subject(), g.object()) && same(m, s.object(), g.subject());
    }

    private static boolean same(DocumentMatcher m, String systemIri, String goldName) {
        return m.goldEntity(goldName).filter(e -> m.matches(systemIri, e)).isPresent();
    }

    /** Adds one matched pair to the counts of each qualifier: pairs, gold states, system states, either states, both agree. */
    private static void compareQualifiers(DocumentMatcher m, SystemRelation s, Gold.Relation g, int[][] counts) {
        // The graph does not model a relation's population yet.
        String modality = g.modality().label();
        compare(counts[0], Optional.of(modality), !s.modalities().isEmpty(), s.modalities().contains(modality));
        Optional<String> model = g.qualifiers().model();
        compare(counts[1], model, !s.models().isEmpty(), model.filter(x -> s.models().stream().anyMatch(e -> m.resolves(e, x))).isPresent());
        Optional<String> indication = g.qualifiers().indication();
        compare(counts[2], indication, !s.indications().isEmpty(),
                indication.filter(x -> s.indications().stream().anyMatch(e -> m.resolves(e, x))).isPresent());
        compare(counts[3], g.qualifiers().population(), false, false);
    }

    private static void compare(int[] n, Optional<String> gold, boolean systemStates, boolean agree) {
        n[0]++;
        if (gold.isPresent()) {
            n[1]++;
        }
        if (systemStates) {
            n[2]++;
        }
        if (gold.isPresent() || systemStates) {
            n[3]++;
        }
        if (agree) {
            n[4]++;
        }
    }
}
