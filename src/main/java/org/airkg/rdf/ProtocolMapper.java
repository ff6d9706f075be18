package org.airkg.rdf;

import static org.airkg.rdf.ElementWriter.integer;

import java.util.HashMap;
import java.util.Map;
import org.airkg.document.Parameter;
import org.airkg.document.Passage;
import org.airkg.document.Protocol;
import org.airkg.document.ProtocolStep;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;

/** Writes a protocol: its title, materials, and ordered steps with their labels, sub-steps and parameters. */
final class ProtocolMapper {
    private ProtocolMapper() {}

    static void map(ElementWriter out, Protocol protocol) {
        String iri = Iris.id("protocol", Iris.slug(out.stem()) + "/" + protocol.sectionId());
        Resource node = out.model().createResource(iri, AIRKG.Protocol)
                .addProperty(DCTerms.title, protocol.title())
                .addProperty(AIRKG.describedIn, out.model().createResource(Iris.section(out.stem(), protocol.sectionId())));
        out.document().addProperty(AIRKG.hasProtocol, node);
        for (Passage material : protocol.materials()) {
            node.addProperty(AIRKG.material, material.text());
        }
        Map<String, Resource> byNumber = new HashMap<>();
        int index = 0;
        for (ProtocolStep step : protocol.steps()) {
            Resource s = out.model().createResource(iri + "/step/" + step.number(), AIRKG.ProtocolStep)
                    .addProperty(AIRKG.stepNumber, step.number())
                    .addLiteral(AIRKG.stepIndex, ElementWriter.typed(++index, XSDDatatype.XSDpositiveInteger))
                    .addProperty(AIRKG.stepText, step.content().text())
                    .addProperty(AIRKG.readFrom, out.model().createResource(Iris.block(out.stem(), "paragraph", step.paragraphPosition())));
            step.label().ifPresent(l -> s.addProperty(AIRKG.stepLabel, l));
            int dot = step.number().lastIndexOf('.');
            if (dot > 0 && byNumber.containsKey(step.number().substring(0, dot))) {
                s.addProperty(AIRKG.parentStep, byNumber.get(step.number().substring(0, dot)));
            }
            byNumber.put(step.number(), s);
            node.addProperty(AIRKG.hasStep, s);
            int n = 0;
            for (Parameter parameter : step.parameters()) {
                Resource p = out.element(s.getURI() + "/parameter/" + (++n), AIRKG.ProtocolParameter, parameter.span())
                        .addProperty(AIRKG.text, parameter.text())
                        .addLiteral(AIRKG.position, integer(n));
                s.addProperty(AIRKG.hasParameter, p);
            }
        }
    }
}
