package org.airkg.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airkg.document.Document;
import org.airkg.extract.lexicon.Lexicon;
import org.airkg.extract.mention.ElementRef;
import org.airkg.extract.mention.Mention;

/**
 * Builds resistance-mechanism chains from a document's relations and passages. Two kinds of passage anchor a
 * chain:
 * <ul>
 *   <li>a model in which genes or pathways are reported up- or downregulated ("LTLT-Ca: upregulation of HER2
 *       and MAPK signaling; downregulation of ERα and aromatase"); the rule then looks, first in the same
 *       sentence or row and then across the document, for the passages naming the model;</li>
 *   <li>a paragraph, list item or row whose sentences name an alteration as a driver of resistance ("Acquired
 *       mutations in the ESR1 gene ... are a key driver of resistance"); the rule then looks in the same
 *       element for the other steps.</li>
 * </ul>
 * The other steps are the passage that says what the change does to estrogen-receptor or cell-cycle
 * dependence, the passage that states the drug response, and the strategy proposed against it: the first
 * passage of the document that proposes a strategy and names one of the chain's drivers, else a strategy the
 * element itself proposes.
 *
 * <pre>{@code
 * List<MechanismChain> chains = new MechanismBuilder(lexicon, profile).build(document, mentions, relations);
 * }</pre>
 */
public final class MechanismBuilder {
    private final Lexicon lexicon;
    private final Set<String> models;

    /** A builder that tells models from diseases (both can be what an expression change is "in") by the lexicon. */
    public MechanismBuilder(Lexicon lexicon, RuleProfile profile) {
        this.lexicon = lexicon;
        this.models = profile.kinds("ExperimentalModel");
    }

    private static final Pattern DEPENDENCE = Pattern.compile(
            "(?i)estrogen-independent|ligand-independent|ER-independent|independently of ER|hormone-independent|growth factor-dependent"
                    + "|bypass of CDK4/6|bypass their dependence|uncouple|constitutive");
    private static final Pattern RESISTANCE = Pattern.compile("(?i)resist");
    private static final Pattern RESPONSE = Pattern.compile("(?i)resistan(?:ce|t) (?:to|in)\\b|-resistant|ineffective|respond less|less well|poor outcome|\\bresistance\\b|\\bescape\\b");
    private static final Pattern CHANGE = Pattern.compile(
            "(?i)\\b(?:up|down)-?regulat(?:ion|ed|es|e|ing)\\b|overexpress|increase|decrease|suppress|activation|\\bloss\\b|mutation"
                    + "|\\bgains?\\b|shift|\\bhigh\\b|elevated");
    private static final Pattern STRATEGY = Pattern.compile(
            "(?i)strategy|restore\\w* (?:\\w+ )?sensitivity|regain\\w* (?:\\w+ )?sensitivity|drug holiday|overcom|overcame|re-?sensiti[sz]|switching to");
    /** The rules whose statements make a passage about what drives resistance. */
    private static final Set<String> DRIVER_PREDICATES = Set.of("biomarkerOfResistanceTo", "contributesToResistanceTo");
    /** Relations whose entities take part in a chain besides its drivers. */
    private static final Set<String> MECHANISTIC = Set.of("activates", "phosphorylates");

    /** The chains of a document, given its mentions and its (curated) relations. */
    public List<MechanismChain> build(Document document, List<Mention> mentions, List<Relation> relations) {
        Passages passages = new Passages(Units.of(document, mentions));
        List<MechanismChain> chains = new ArrayList<>();
        Set<ElementRef> anchored = new LinkedHashSet<>();
        modelChains(passages, relations, chains, anchored);
        driverChains(passages, relations, chains, anchored);
        return chains;
    }

    /** A document's units, indexed by element, with those that propose a strategy. */
    private static final class Passages {
        final List<Unit> units;
        final Map<ElementRef, List<Unit>> byElement = new LinkedHashMap<>();
        final List<Unit> strategies;

        Passages(List<Unit> units) {
            this.units = units;
            units.forEach(u -> byElement.computeIfAbsent(u.element(), k -> new ArrayList<>()).add(u));
            this.strategies = units.stream().filter(u -> u.has(STRATEGY)).toList();
        }

        List<Unit> in(ElementRef element) {
            return byElement.getOrDefault(element, List.of());
        }

        /** The unit a relation was read from. */
        Unit of(Relation r) {
            return in(r.element()).stream().filter(u -> u.span().start() <= r.span().start() && r.span().end() <= u.span().end()).findFirst()
                    .orElseGet(() -> units.stream().filter(u -> u.span().start() <= r.span().start() && r.span().start() < u.span().end())
                            .findFirst().orElseThrow());
        }
    }

    /** A chain for each model in which genes or pathways are up- or downregulated. */
    private void modelChains(Passages passages, List<Relation> relations, List<MechanismChain> chains, Set<ElementRef> anchored) {
        List<Unit> units = passages.units;
        Map<String, List<Relation>> byModel = new LinkedHashMap<>();
        for (Relation r : relations) {
            boolean inModel = lexicon.byId(r.objectId()).map(e -> models.contains(e.ontologyClass())).orElse(false);
            if (inModel && (r.predicate().equals("upregulatedIn") || r.predicate().equals("downregulatedIn"))) {
                byModel.computeIfAbsent(r.objectId(), k -> new ArrayList<>()).add(r);
            }
        }
        for (var entry : byModel.entrySet()) {
            String model = entry.getKey();
            // The passage that says most about the model's changes anchors the chain: a table row or sentence of its own.
            Relation anchor = entry.getValue().stream()
                    .collect(Collectors.groupingBy(Relation::span, LinkedHashMap::new, Collectors.toList()))
                    .values().stream().max(java.util.Comparator.comparingInt((List<Relation> l) -> l.size())
                            .thenComparing(l -> passages.of(l.get(0)).has(DEPENDENCE) ? 1 : 0))
                    .orElseThrow().get(0);
            Optional<String> drug = relations.stream()
                    .filter(r -> r.subjectId().equals(model) && r.predicate().equals("derivedByTreatmentWith"))
                    .map(Relation::objectId).findFirst();
            Unit alterationUnit = passages.of(anchor);
            List<MechanismChain.Step> steps = new ArrayList<>();
            steps.add(step(MechanismChain.Role.ALTERATION, alterationUnit.narrowTo(CHANGE), "mechanism-alteration"));
            find(units, alterationUnit, DEPENDENCE, model).ifPresent(u -> steps.add(step(MechanismChain.Role.DEPENDENCE_SHIFT, u.narrowTo(DEPENDENCE), "mechanism-dependence")));
            find(units, alterationUnit, RESISTANCE, model).ifPresent(u -> steps.add(step(MechanismChain.Role.DRUG_RESPONSE, u.narrowTo(RESISTANCE), "mechanism-response")));
            find(units, null, STRATEGY, model).ifPresent(u -> steps.add(step(MechanismChain.Role.COUNTER_STRATEGY, u.narrowTo(STRATEGY), "mechanism-strategy")));
            if (steps.size() >= 2) {
                List<String> involved = entry.getValue().stream().map(Relation::subjectId).distinct().toList();
                chains.add(new MechanismChain(model, Optional.of(model), drug, involved, steps));
                anchored.add(alterationUnit.element());
            }
        }
    }

    /**
     * A chain for each element (paragraph, list item, row) and drug whose sentences name drivers of resistance to
     * that drug, unless a model chain starts there. Where several elements tell the chain of one driver (a
     * summary and the section on it), the one with more steps, then fewer drivers, is kept.
     */
    private static void driverChains(Passages passages, List<Relation> relations, List<MechanismChain> chains, Set<ElementRef> anchored) {
        Map<List<Object>, List<Relation>> byElementAndDrug = new LinkedHashMap<>();
        for (Relation r : relations) {
            if (!r.rule().equals("curated") && DRIVER_PREDICATES.contains(r.predicate()) && !anchored.contains(r.element())) {
                byElementAndDrug.computeIfAbsent(List.of(r.element(), r.objectId()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, MechanismChain> byKey = new LinkedHashMap<>();
        for (List<Relation> drivers : byElementAndDrug.values()) {
            chain(passages, relations, drivers).ifPresent(c -> byKey.merge(c.key() + "|" + c.drugId().orElse(""), c, MechanismBuilder::better));
        }
        byKey.values().stream().filter(c -> chains.stream().noneMatch(o -> o.entityIds().containsAll(c.entityIds()) && o.drugId().equals(c.drugId())))
                .forEach(chains::add);
    }

    private static MechanismChain better(MechanismChain a, MechanismChain b) {
        if (a.steps().size() != b.steps().size()) {
            return a.steps().size() > b.steps().size() ? a : b;
        }
        return b.entityIds().size() < a.entityIds().size() ? b : a;
    }

    private static Optional<MechanismChain> chain(Passages passages, List<Relation> relations, List<Relation> drivers) {
        ElementRef element = drivers.get(0).element();
        String drug = drivers.get(0).objectId();
        List<String> driverIds = drivers.stream().map(Relation::subjectId).distinct().toList();
        List<Unit> inElement = passages.in(element);
        Optional<Unit> alteration = drivers.stream().map(passages::of).filter(u -> u.has(CHANGE)).findFirst()
                .or(() -> inElement.stream().filter(u -> u.has(CHANGE)).findFirst());
        if (alteration.isEmpty()) {
            return Optional.empty();
        }
        List<MechanismChain.Step> steps = new ArrayList<>();
        steps.add(step(MechanismChain.Role.ALTERATION, alteration.get().narrowTo(CHANGE), "mechanism-alteration"));
        inElement.stream().filter(u -> u.has(DEPENDENCE)).findFirst()
                .ifPresent(u -> steps.add(step(MechanismChain.Role.DEPENDENCE_SHIFT, u.narrowTo(DEPENDENCE), "mechanism-dependence")));
        inElement.stream().filter(u -> u != alteration.get() && u.has(RESPONSE))
                .filter(u -> u.mentions().stream().anyMatch(m -> driverIds.contains(m.entityIds().get(0)) || m.entityIds().get(0).equals(drug)))
                .findFirst().or(() -> alteration.filter(u -> u.has(RESPONSE)))
                .ifPresent(u -> steps.add(step(MechanismChain.Role.DRUG_RESPONSE, u.narrowTo(RESPONSE), "mechanism-response")));
        passages.strategies.stream().filter(u -> !u.element().equals(element))
                .filter(u -> u.mentions().stream().anyMatch(m -> driverIds.contains(m.entityIds().get(0))))
                .findFirst()
                .or(() -> inElement.stream().filter(u -> u != alteration.get() && u.has(STRATEGY)).findFirst())
                .ifPresent(u -> steps.add(step(MechanismChain.Role.COUNTER_STRATEGY, u.narrowTo(STRATEGY), "mechanism-strategy")));
        if (steps.stream().map(MechanismChain.Step::span).distinct().count() < 2) {
            return Optional.empty();
        }
        Set<String> involved = new LinkedHashSet<>(driverIds);
        relations.stream().filter(r -> r.element().equals(element) && MECHANISTIC.contains(r.predicate()))
                .forEach(r -> {
                    involved.add(r.subjectId());
                    involved.add(r.objectId());
                });
        return Optional.of(new MechanismChain(driverIds.get(0), Optional.empty(), Optional.of(drug), List.copyOf(involved), steps));
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
