package org.airkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The severity of a SHACL result, most severe first; a custom severity IRI counts as a violation. */
public enum Severity {
    VIOLATION("Violation"), WARNING("Warning"), INFO("Info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word the reports use: Violation, Warning or Info. */
    public String label() {
        return label;
    }

    /** The severity that {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info} names. */
    public static Severity of(Node level) {
        if (SHACL.Warning.equals(level)) {
            return WARNING;
        }
        if (SHACL.Info.equals(level)) {
            return INFO;
        }
        return VIOLATION;
    }
}
