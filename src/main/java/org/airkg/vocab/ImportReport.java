package org.airkg.vocab;

import java.util.ArrayList;
import java.util.List;

/** Identifiers an import left out because its sources disagree, each with the reason. */
public final class ImportReport {
    /** One identifier left out: the entity, the identifiers in dispute and why. */
    public record LeftOut(String table, String entity, String identifiers, String reason) {}

    private final List<LeftOut> leftOut = new ArrayList<>();

    /** Records an identifier left out. */
    public void leftOut(String table, String entity, String identifiers, String reason) {
        leftOut.add(new LeftOut(table, entity, identifiers, reason));
    }

    /** Everything left out, in the order found. */
    public List<LeftOut> leftOut() {
        return List.copyOf(leftOut);
    }
}
