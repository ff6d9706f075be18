package org.airkg.rdf;

import java.util.List;
import java.util.function.Function;
import org.airkg.document.Document;
import org.airkg.extract.relation.MechanismChain;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes resistance mechanisms as chains: a ResistanceMechanism observed in a model, linked from the drug it
 * resists and to the genes and pathways involved, with ordered steps (alteration, dependence shift, drug
 * response, counter-strategy), each carrying its statement and its own evidence; a counter-strategy step
 * also names a TherapeuticStrategy the mechanism proposes.
 */
public final class MechanismMapper {
    private MechanismMapper() {}

    /**
     * Adds the chains of a document; {@code entityIri} and {@code labelOf} give an entity's IRI and name, the
     * name making the mechanism's label ("resistance to Anastrozole through ESR1 mutation").
     */
    public static void map(Model model, Document document, List<MechanismChain> chains, Function<String, String> entityIri,
            Function<String, String> labelOf, String loaderVersion) {
        Resource agent = AssociationMapper.agent(model, loaderVersion);
        String stem = document.stem();
        for (MechanismChain chain : chains) {
            String key = Iris.slug(stem) + "/" + chain.key() + chain.drugId().map(d -> "-" + d).orElse("");
            Resource mechanism = model.createResource(Iris.id("mechanism", key), AIRKG.ResistanceMechanism)
                    .addProperty(RDFS.label, "resistance" + chain.drugId().map(d -> " to " + labelOf.apply(d)).orElse("")
                            + chain.modelId().map(m -> " in " + labelOf.apply(m)).orElse(" through " + labelOf.apply(chain.key())));
            chain.modelId().ifPresent(m -> mechanism.addProperty(AIRKG.observedIn, model.createResource(entityIri.apply(m))));
            chain.drugId().ifPresent(d -> model.createResource(entityIri.apply(d)).addProperty(AIRKG.hasMechanism, mechanism));
            chain.entityIds().forEach(e -> mechanism.addProperty(AIRKG.involvesEntity, model.createResource(entityIri.apply(e))));
            int order = 0;
            for (MechanismChain.Step step : chain.steps()) {
                order++;
                Resource node = model.createResource(mechanism.getURI() + "/step/" + order, AIRKG.MechanismStep)
                        .addProperty(AIRKG.stepRole, step.role().label())
                        .addLiteral(AIRKG.stepOrder, ElementWriter.typed(order, XSDDatatype.XSDpositiveInteger))
                        .addProperty(AIRKG.stepStatement, step.statement())
                        .addProperty(AIRKG.stepEvidence, AssociationMapper.evidence(model, document, step.span(), step.element(),
                                step.sectionId(), step.rule(), agent));
                mechanism.addProperty(AIRKG.hasMechanismStep, node);
                if (step.role() == MechanismChain.Role.COUNTER_STRATEGY) {
                    mechanism.addProperty(AIRKG.proposedStrategy, model.createResource(mechanism.getURI() + "/strategy", AIRKG.TherapeuticStrategy)
                            .addProperty(RDFS.label, step.statement()));
                }
            }
        }
    }
}
