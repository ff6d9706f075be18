package org.airkg.document;

import java.util.List;
import java.util.Objects;

/**
 * An experimental or clinical protocol given as a list of steps under a heading: its section, title,
 * materials (the items of a "Materials:" list) and ordered steps with their sub-steps.
 */
public record Protocol(String sectionId, String title, List<Passage> materials, List<ProtocolStep> steps, Span span) {
    public Protocol {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        Objects.requireNonNull(span, "span");
    }
}
