package org.airkg.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.airkg.extract.fact.Measurement;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.Statistic;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the measurements read from a document's tables: each a Measurement node with its exact value
 * (or bounds and comparator), the unit as a vocabulary IRI with the text as written, or the statistic
 * (HR, OR, p-value) with its confidence interval; tied to its endpoint, its trial arm (the drugs of its
 * column) and trial, the entities its row is about, and the table cell it was quoted from.
 */
public final class MeasurementMapper {
    private MeasurementMapper() {}

    public static void map(Model model, String stem, List<Measurement> measurements, Function<String, String> entityIri) {
        for (Measurement m : measurements) {
            String iri = Iris.id("measurement", Iris.slug(stem) + "/" + m.tablePosition() + "/" + m.row() + "/" + m.column()
                    + "/" + m.span().start());
            Resource node = model.createResource(iri, AIRKG.Measurement)
                    .addProperty(AIRKG.valueText, m.text())
                    .addProperty(model.createProperty(AssociationMapper.PROV, "wasQuotedFrom"),
                            model.createResource(MentionMapper.elementIri(stem, m.cell())))
                    .addProperty(model.createProperty(AssociationMapper.PROV, "wasGeneratedBy"),
                            model.createResource(Iris.id("activity", "extraction/" + m.rule())));
            m.quantity().ifPresent(q -> quantity(node, q));
            m.statistic().ifPresent(s -> statistic(node, s));
            m.endpointId().ifPresent(e -> node.addProperty(AIRKG.measuredEndpoint, model.createResource(entityIri.apply(e))));
            m.aboutIds().forEach(a -> node.addProperty(AIRKG.aboutEntity, model.createResource(entityIri.apply(a))));
            Resource trial = m.trialId().map(t -> model.createResource(entityIri.apply(t))).orElse(null);
            m.population().ifPresent(p -> node.addProperty(AIRKG.population, p));
            m.qualifiers().analysis().ifPresent(a -> node.addProperty(AIRKG.analysis, a));
            m.qualifiers().assessment().ifPresent(a -> node.addProperty(AIRKG.assessment, a));
            m.qualifiers().cohort().ifPresent(c -> node.addProperty(AIRKG.cohort, c));
            m.criterion().ifPresent(c -> node.addProperty(AIRKG.selectionCriterion, c));
            if (m.hasArm()) {
                Resource arm = model.createResource(Iris.id("arm", Iris.slug(stem) + "/" + m.tablePosition() + "/" + m.armKey()), AIRKG.TrialArm)
                        .addProperty(RDFS.label, m.armLabel());
                m.armDrugIds().forEach(d -> arm.addProperty(AIRKG.armDrug, model.createResource(entityIri.apply(d))));
                arm.addProperty(AIRKG.hasMeasurement, node);
                if (trial != null) {
                    trial.addProperty(AIRKG.hasArm, arm);
                }
            } else if (trial != null) {
                trial.addProperty(AIRKG.hasMeasurement, node);
            }
        }
    }

    private static void quantity(Resource node, Quantity q) {
        q.value().ifPresent(v -> node.addLiteral(AIRKG.numericValue, decimal(node.getModel(), v)));
        q.lower().ifPresent(v -> node.addLiteral(AIRKG.lowerBound, decimal(node.getModel(), v)));
        q.upper().ifPresent(v -> node.addLiteral(AIRKG.upperBound, decimal(node.getModel(), v)));
        node.addProperty(AIRKG.comparator, q.comparator().symbol());
        q.unit().ifPresent(u -> {
            node.addProperty(AIRKG.unitText, u.symbol());
            u.iri().ifPresent(iri -> node.addProperty(AIRKG.unit, node.getModel().createResource(iri)));
        });
    }

    private static void statistic(Resource node, Statistic s) {
        node.addProperty(AIRKG.statisticType, s.kind().name());
        s.estimate().ifPresent(q -> quantity(node, q));
        s.ciLower().ifPresent(v -> node.addLiteral(AIRKG.ciLower, decimal(node.getModel(), v)));
        s.ciUpper().ifPresent(v -> node.addLiteral(AIRKG.ciUpper, decimal(node.getModel(), v)));
        s.ciLevel().ifPresent(v -> node.addLiteral(AIRKG.ciLevel, decimal(node.getModel(), v)));
        s.verdict().ifPresent(v -> node.addProperty(AIRKG.significance, v.name()));
        s.direction().ifPresent(d -> node.addProperty(AIRKG.changeDirection, d.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static org.apache.jena.rdf.model.Literal decimal(Model model, BigDecimal value) {
        return model.createTypedLiteral(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
    }
}
