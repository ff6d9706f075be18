package org.airkg.evaluate.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airkg.evaluate.Evaluation;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.Score;
import org.airkg.evaluate.graph.LexiconEntity;

/**
 * Scores the entities of one document: the graph's entities (those its linked mentions name outside the
 * reference list, of a class with a gold kind) matched one to one with the required gold entities; an
 * unmatched entity that matches an optional gold entity is counted neither way; the rest are false positives.
 * A matched entity carrying an identifier of a prefix the gold gives, other than the gold's, is a wrong
 * identifier.
 */
public final class EntityScoring {
    private EntityScoring() {}

    /** The scores and lists of one document. */
    public static Evaluation.Entities score(DocumentMatcher m) {
        String doc = m.gold().document();
        List<String> scored = new ArrayList<>();
        List<Evaluation.SystemEntity> unscored = new ArrayList<>();
        for (String iri : m.document().mentions().keySet()) {
            LexiconEntity e = m.entity(iri);
            if (e.kind().isPresent()) {
                scored.add(iri);
            } else {
                unscored.add(new Evaluation.SystemEntity(doc, e.ontologyClass().orElse("(no class)"), iri, e.label(),
                        m.document().texts(iri), null));
            }
        }
        List<Gold.Entity> required = m.gold().entities();
        int[] to = Bipartite.match(scored.size(), required.size(), (i, j) -> m.matches(scored.get(i), required.get(j)));
        boolean[] found = new boolean[required.size()];
        Map<Gold.Kind, int[]> counts = new EnumMap<>(Gold.Kind.class);
        required.forEach(g -> counts.computeIfAbsent(g.kind(), k -> new int[3])[0]++);
        List<Evaluation.SystemEntity> falsePositives = new ArrayList<>();
        List<Evaluation.WrongIdentifier> wrong = new ArrayList<>();
        int optional = 0;
        for (int i = 0; i < scored.size(); i++) {
            String iri = scored.get(i);
            LexiconEntity e = m.entity(iri);
            Gold.Kind kind = e.kind().orElseThrow();
            if (to[i] >= 0) {
                found[to[i]] = true;
                int[] c = counts.computeIfAbsent(required.get(to[i]).kind(), k -> new int[3]);
                c[1]++;
                c[2]++;
                wrongIdentifiers(doc, e, required.get(to[i])).forEach(wrong::add);
                continue;
            }
            Optional<Gold.Entity> accepted = m.gold().optional().stream().filter(g -> m.matches(iri, g)).findFirst();
            if (accepted.isPresent()) {
                optional++;
                wrongIdentifiers(doc, e, accepted.get()).forEach(wrong::add);
                continue;
            }
            counts.computeIfAbsent(kind, k -> new int[3])[1]++;
            String note = required.stream().filter(g -> m.matches(iri, g)).findFirst()
                    .map(g -> "also matches " + g.entry() + " '" + g.name() + "', matched to another entity").orElse(null);
            falsePositives.add(new Evaluation.SystemEntity(doc, kind.name(), iri, e.label(), m.document().texts(iri), note));
        }
        List<Evaluation.GoldEntity> falseNegatives = new ArrayList<>();
        for (int j = 0; j < required.size(); j++) {
            if (!found[j]) {
                Gold.Entity g = required.get(j);
                falseNegatives.add(new Evaluation.GoldEntity(doc, g.entry(), g.kind().name(), g.name(), g.forms(), nearMiss(m, g)));
            }
        }
        List<Evaluation.Row> rows = new ArrayList<>();
        counts.forEach((kind, c) -> rows.add(new Evaluation.Row(kind.name(), new Score(c[0], c[1], c[2]))));
        Score overall = rows.stream().map(Evaluation.Row::score).reduce(Score.ZERO, Score::plus);
        return new Evaluation.Entities(rows, overall, optional, falsePositives, falseNegatives, wrong, unscored);
    }

    /** A note on a missed gold entity that an entity of another kind is written as. */
    private static String nearMiss(DocumentMatcher m, Gold.Entity g) {
        return m.document().mentions().keySet().stream()
                .filter(iri -> m.textMatches(iri, g) && m.entity(iri).kind().filter(k -> DocumentMatcher.agree(k, g.kind())).isEmpty()).findFirst().map(iri -> {
            LexiconEntity e = m.entity(iri);
            return "written as " + e.label() + " <" + iri + ">, of class " + e.ontologyClass().orElse("(none)")
                    + e.kind().map(k -> " (kind " + k + ")").orElse(" (not scored)");
        }).orElse(null);
    }

    private static List<Evaluation.WrongIdentifier> wrongIdentifiers(String doc, LexiconEntity e, Gold.Entity g) {
        List<Evaluation.WrongIdentifier> wrong = new ArrayList<>();
        for (String curie : e.curies()) {
            String prefix = Identifiers.prefix(curie);
            List<String> expected = g.ids().stream().filter(id -> Identifiers.prefix(id).equals(prefix)).toList();
            if (!expected.isEmpty() && !expected.contains(curie)) {
                wrong.add(new Evaluation.WrongIdentifier(doc, g.entry(), g.kind().name(), g.name(), e.iri(), curie, expected));
            }
        }
        return wrong;
    }
}
