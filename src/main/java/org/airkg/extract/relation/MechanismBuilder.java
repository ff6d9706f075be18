package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.airkg.document.Document;
import org.airkg.extract.mention.Mention;

/**
 * Builds resistance-mechanism chains from a document's relations and passages: each model in which
 * genes or pathways are reported up- or downregulated anchors a chain; the rule then looks, first in the
 * same sentence or row and then across the document, for the passage that says what the change does to
 * estrogen-receptor or cell-cycle dependence, the passage that states resistance to the drug the model was
 * made with, and the strategy proposed against it.
 *
 * <pre>{@code
 * List<MechanismChain> chains = MechanismBuilder.build(document, mentions, relations);
 * }</pre>
 */
public final class MechanismBuilder {
    private MechanismBuilder() {}

    private static final Pattern DEPENDENCE = Pattern.compile(
            "(?i)estrogen-independent|ligand-independent|ER-independent|independently of ER|hormone-independent|growth factor-dependent"
                    + "|bypass of CDK4/6|bypass their dependence|uncouple");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    private static final Pattern CHANGE = Pattern.compile("(?i)regulat|overexpress|increase|decrease|suppress|activation|loss");
    private static final Pattern STRATEGY = Pattern.compile(
            "(?i)strategy|restore\\w* (?:\\w+ )?sensitivity|regain\\w* (?:\\w+ )?sensitivity|drug holiday|overcom|re-?sensiti[sz]");

    /** The chains of a document, given its mentions and its (curated) relations. */
    public static List<MechanismChain> build(Document document, List<Mention> mentions, List<Relation> relations) {
        List<Unit> units = Units.of(document, mentions);
        Map<String, List<Relation>> byModel = new LinkedHashMap<>();
        for (Relation r : relations) {
            if (r.predicate().equals("upregulatedIn") || r.predicate().equals("downregulatedIn")) {
                byModel.computeIfAbsent(r.objectId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<MechanismChain> chains = new ArrayList<>();
        for (var entry : byModel.entrySet()) {
            String model = entry.getKey();
            Relation anchor = entry.getValue().get(0);
            Optional<String> drug = relations.stream()
                    .filter(r -> r.subjectId().equals(model) && r.predicate().equals("derivedByTreatmentWith"))
                    .map(Relation::objectId).findFirst();
            Unit alterationUnit = unitOf(units, anchor);
            List<MechanismChain.Step> steps = new ArrayList<>();
            steps.add(step(MechanismChain.Role.ALTERATION, alterationUnit.narrowTo(CHANGE), "mechanism-alteration"));
            find(units, alterationUnit, DEPENDENCE, model).ifPresent(u -> steps.add(step(MechanismChain.Role.DEPENDENCE_SHIFT, u.narrowTo(DEPENDENCE), "mechanism-dependence")));
            find(units, alterationUnit, RESISTANCE, model).ifPresent(u -> steps.add(step(MechanismChain.Role.DRUG_RESPONSE, u.narrowTo(RESISTANCE), "mechanism-response")));
            find(units, null, STRATEGY, model).ifPresent(u -> steps.add(step(MechanismChain.Role.COUNTER_STRATEGY, u.narrowTo(STRATEGY), "mechanism-strategy")));
            if (steps.size() >= 2) {
                List<String> involved = entry.getValue().stream().map(Relation::subjectId).distinct().toList();
                chains.add(new MechanismChain(model, drug, involved, steps));
            }
        }
        return chains;
    }

    private static Unit unitOf(List<Unit> units, Relation r) {
        return units.stream().filter(u -> u.element().equals(r.element()) && u.span().start() <= r.span().start()
                && r.span().end() <= u.span().end()).findFirst()
                .orElseGet(() -> units.stream().filter(u -> u.span().start() <= r.span().start() && r.span().start() < u.span().end())
                        .findFirst().orElseThrow());
    }

    /** The unit with the cue: the anchor's own unit if it has it, else the first other unit naming the model. */
    private static Optional<Unit> find(List<Unit> units, Unit anchor, Pattern cue, String model) {
        if (anchor != null && anchor.has(cue)) {
            return Optional.of(anchor);
        }
        return units.stream()
                .filter(u -> u != anchor && u.has(cue))
                .filter(u -> u.mentions().stream().anyMatch(m -> m.entityIds().get(0).equals(model)))
                .findFirst();
    }

    private static MechanismChain.Step step(MechanismChain.Role role, Unit unit, String rule) {
        return new MechanismChain.Step(role, unit.text(), unit.span(), unit.element(), unit.sectionId(), rule);
    }
}
