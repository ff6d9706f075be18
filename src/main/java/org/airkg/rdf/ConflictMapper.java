package org.airkg.rdf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.airkg.extract.fact.Conflict;
import org.airkg.extract.fact.StatedQuantity;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the conflicts found among the documents' values into a graph of their own: each a MeasurementConflict with
 * the quantity compared and the measurements of every place that disagrees, which keep their values and the cell or
 * sentence they were quoted from in their documents' graphs. A conflict's IRI is made of its quantity's key, so it
 * stays the same while documents that state the quantity come and go.
 */
public final class ConflictMapper {
    private ConflictMapper() {}

    public static Model map(List<Conflict> conflicts) {
        Model model = Namespaces.setPrefixes(ModelFactory.createDefaultModel());
        Resource activity = model.createResource(Iris.id("activity", "extraction/measurement-conflict"),
                model.createResource(AssociationMapper.PROV + "Activity")).addProperty(RDFS.label, "rule measurement-conflict");
        for (Conflict c : conflicts) {
            TreeSet<String> measurements = new TreeSet<>();
            for (StatedQuantity place : c.places()) {
                place.values().forEach(v -> measurements.add(MeasurementMapper.iri(place.stem(), v.id())));
            }
            String id = UUID.nameUUIDFromBytes(c.key().getBytes(StandardCharsets.UTF_8)).toString();
            Resource node = model.createResource(Iris.id("conflict", id), AIRKG.MeasurementConflict)
                    .addProperty(AIRKG.comparedQuantity, c.quantity())
                    .addProperty(model.createProperty(AssociationMapper.PROV, "wasGeneratedBy"), activity);
            measurements.forEach(m -> node.addProperty(AIRKG.conflictingMeasurement, model.createResource(m)));
        }
        return model;
    }
}
