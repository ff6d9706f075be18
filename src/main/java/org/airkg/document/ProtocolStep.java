package org.airkg.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of a protocol: its number in the protocol's outline ("3", "3.2"), its depth, the label it opens
 * with ("Cell Seeding" in "Cell Seeding: Plate ..."), its text, the quantities it states, and the
 * position of the list item it was read from.
 */
public record ProtocolStep(String number, int depth, Optional<String> label, Passage content, List<Parameter> parameters, int paragraphPosition) {
    public ProtocolStep {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(content, "content");
        parameters = List.copyOf(parameters);
    }
}
