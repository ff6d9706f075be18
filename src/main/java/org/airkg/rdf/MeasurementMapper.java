package org.airkg.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.airkg.extract.fact.Measurement;
import org.airkg.extract.fact.StatedOutcome;
import org.airkg.extract.fact.StatedValue;
import org.airkg.extract.fact.TextMeasurement;
import org.airkg.extract.quantity.Quantity;
import org.airkg.extract.quantity.Statistic;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the measurements read from a document's tables and sentences: each a Measurement node with its exact value
 * (or bounds and comparator), the unit as a vocabulary IRI with the text as written, or the statistic
 * (HR, OR, p-value) with its confidence interval; tied to its endpoint, its trial arm (the drugs of its
 * column) and trial, the entities its row is about, and the table cell it was quoted from.
 */
public final class MeasurementMapper {
    private MeasurementMapper() {}

    /**
     * The IRI of a stated value: {@code measurement/{stem}/{table}/{row}/{column}/{offset}} for a table cell's,
     * {@code measurement/{stem}/paragraph/{position}/sentence/{n}/{offset}} for a sentence's.
     */
    public static String iri(String stem, StatedValue value) {
        return iri(stem, value.id());
    }

    /** The IRI of the stated value of document {@code stem} whose {@link StatedValue#id()} is {@code id}. */
    public static String iri(String stem, String id) {
        return Iris.id("measurement", Iris.slug(stem) + "/" + id);
    }

    public static void map(Model model, String stem, List<Measurement> measurements, Function<String, String> entityIri) {
        for (Measurement m : measurements) {
            Resource node = stated(model, stem, m);
            m.quantity().ifPresent(q -> quantity(node, q));
            m.statistic().ifPresent(s -> statistic(node, s));
            m.pValue().ifPresent(p -> pValue(node, p));
            m.kind().ifPresent(k -> node.addProperty(AIRKG.quantityKind, k.label()));
            m.endpointId().ifPresent(e -> node.addProperty(AIRKG.measuredEndpoint, model.createResource(entityIri.apply(e))));
            m.aboutIds().forEach(a -> node.addProperty(AIRKG.aboutEntity, model.createResource(entityIri.apply(a))));
            Resource trial = m.trialId().map(t -> model.createResource(entityIri.apply(t))).orElse(null);
            m.population().ifPresent(p -> node.addProperty(AIRKG.population, p));
            m.qualifiers().analysis().ifPresent(a -> node.addProperty(AIRKG.analysis, a));
            m.qualifiers().assessment().ifPresent(a -> node.addProperty(AIRKG.assessment, a));
            m.qualifiers().cohort().ifPresent(c -> node.addProperty(AIRKG.cohort, c));
            m.qualifiers().timepoint().ifPresent(t -> node.addProperty(AIRKG.timepoint, t));
            m.criterion().ifPresent(c -> node.addProperty(AIRKG.selectionCriterion, c));
            if (m.hasArm()) {
                Resource arm = arm(model, stem, m.tablePosition(), m.armKey(), m.armLabel(), m.armDrugIds(), entityIri);
                arm.addProperty(AIRKG.hasMeasurement, node);
                if (trial != null) {
                    trial.addProperty(AIRKG.hasArm, arm);
                }
            } else if (trial != null) {
                trial.addProperty(AIRKG.hasMeasurement, node);
            }
            m.compared().ifPresent(c -> {
                Resource arm = arm(model, stem, m.tablePosition(), c.key(), c.label(), c.drugIds(), entityIri);
                node.addProperty(AIRKG.comparedArm, arm);
                if (trial != null) {
                    trial.addProperty(AIRKG.hasArm, arm);
                }
            });
        }
    }

    /** The arm {@code key} of a document's table, with its label and drugs. */
    private static Resource arm(Model model, String stem, int tablePosition, String key, String label, List<String> drugs,
            Function<String, String> entityIri) {
        Resource arm = model.createResource(Iris.id("arm", Iris.slug(stem) + "/" + tablePosition + "/" + key), AIRKG.TrialArm)
                .addProperty(RDFS.label, label);
        drugs.forEach(d -> arm.addProperty(AIRKG.armDrug, model.createResource(entityIri.apply(d))));
        return arm;
    }

    /**
     * Writes the values sentences state: each a Measurement of its kind with its value, the entities it is a quantity
     * of and the protocol's cell lines, its population, vessel and qualifiers, quoted from its sentence.
     */
    public static void mapText(Model model, String stem, List<TextMeasurement> values, Function<String, String> entityIri) {
        for (TextMeasurement t : values) {
            Resource node = stated(model, stem, t).addProperty(AIRKG.quantityKind, t.kind().label());
            quantity(node, t.quantity());
            t.aboutIds().forEach(a -> node.addProperty(AIRKG.aboutEntity, model.createResource(entityIri.apply(a))));
            t.population().ifPresent(p -> node.addProperty(AIRKG.population, p));
            t.vessel().ifPresent(v -> node.addProperty(AIRKG.cultureVessel, v));
            t.qualifiers().analysis().ifPresent(a -> node.addProperty(AIRKG.analysis, a));
            t.qualifiers().assessment().ifPresent(a -> node.addProperty(AIRKG.assessment, a));
            t.qualifiers().cohort().ifPresent(c -> node.addProperty(AIRKG.cohort, c));
            t.qualifiers().timepoint().ifPresent(tp -> node.addProperty(AIRKG.timepoint, tp));
        }
    }

    /**
     * Writes the trial outcomes sentences state: each a Measurement with its statistic, interval and p-value or its value, the
     * endpoint it is of and the trial that holds it, and its qualifiers, quoted from its sentence.
     */
    public static void mapOutcomes(Model model, String stem, List<StatedOutcome> outcomes, Function<String, String> entityIri) {
        for (StatedOutcome o : outcomes) {
            Resource node = stated(model, stem, o);
            o.statistic().ifPresent(s -> statistic(node, s));
            o.pValue().ifPresent(p -> pValue(node, p));
            o.value().ifPresent(q -> quantity(node, q));
            o.endpointId().ifPresent(id -> node.addProperty(AIRKG.measuredEndpoint, model.createResource(entityIri.apply(id))));
            o.trialId().ifPresent(id -> model.createResource(entityIri.apply(id)).addProperty(AIRKG.hasMeasurement, node));
            o.qualifiers().analysis().ifPresent(a -> node.addProperty(AIRKG.analysis, a));
            o.qualifiers().assessment().ifPresent(a -> node.addProperty(AIRKG.assessment, a));
            o.qualifiers().cohort().ifPresent(c -> node.addProperty(AIRKG.cohort, c));
            o.qualifiers().timepoint().ifPresent(tp -> node.addProperty(AIRKG.timepoint, tp));
        }
    }

    /** A Measurement node with its text, the element it was quoted from and the rule that read it. */
    private static Resource stated(Model model, String stem, StatedValue value) {
        return model.createResource(iri(stem, value), AIRKG.Measurement)
                .addProperty(AIRKG.valueText, value.text())
                .addProperty(model.createProperty(AssociationMapper.PROV, "wasQuotedFrom"),
                        model.createResource(MentionMapper.elementIri(stem, value.element())))
                .addProperty(model.createProperty(AssociationMapper.PROV, "wasGeneratedBy"),
                        model.createResource(Iris.id("activity", "extraction/" + value.rule())));
    }

    /** The p-value stated with an effect measure, and how it bounds the true one. */
    private static void pValue(Resource node, Quantity p) {
        p.value().ifPresent(v -> node.addLiteral(AIRKG.pValue, decimal(node.getModel(), v)).addProperty(AIRKG.pValueComparator, p.comparator().symbol()));
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
