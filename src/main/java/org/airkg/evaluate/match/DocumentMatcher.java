package org.airkg.evaluate.match;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.airkg.evaluate.Gold;
import org.airkg.evaluate.graph.LexiconEntity;
import org.airkg.evaluate.graph.SystemDocument;
import org.airkg.evaluate.graph.SystemGraph;

/**
 * Decides, within one document, whether an entity of the graph is a gold entity, and whether it is what a gold
 * text (a measurement's endpoint, a relation's model) names.
 *
 * <p>An entity matches a gold entity when their kinds agree (the entity's class scored as the gold kind) and
 * either one of the texts its linked mentions in the document are written as is one of the gold forms (after
 * {@link Names#normalize}), or one of its identifiers is one of the gold ids. {@code Disease} and
 * {@code AdverseEvent} agree with each other: one condition is a disease in one sentence and an adverse event
 * or clinical feature in the next (anovulation, OHSS), and which the annotator chose says nothing of whether the
 * entity was found and grounded right. Counts per kind stay by the gold's kind.
 */
public final class DocumentMatcher {
    private final SystemGraph graph;
    private final SystemDocument document;
    private final Gold gold;
    private final Map<String, Gold.Entity> byName;

    public DocumentMatcher(SystemGraph graph, SystemDocument document, Gold gold) {
        this.graph = graph;
        this.document = document;
        this.gold = gold;
        this.byName = gold.allEntities().stream().collect(Collectors.toMap(Gold.Entity::name, Function.identity()));
    }

    public SystemGraph graph() {
        return graph;
    }

    public SystemDocument document() {
        return document;
    }

    public Gold gold() {
        return gold;
    }

    /** The lexicon's description of an entity. */
    public LexiconEntity entity(String iri) {
        return graph.entity(iri);
    }

    /** The gold entity of this file named {@code name}. */
    public Optional<Gold.Entity> goldEntity(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether the entity {@code iri} is the gold entity {@code g}. */
    public boolean matches(String iri, Gold.Entity g) {
        LexiconEntity e = graph.entity(iri);
        if (e.kind().isEmpty() || !agree(e.kind().get(), g.kind())) {
            return false;
        }
        return textMatches(iri, g) || e.curies().stream().anyMatch(g.ids()::contains);
    }

    /** Whether a system kind and a gold kind agree: equal, or both clinical conditions (disease, adverse event). */
    static boolean agree(Gold.Kind system, Gold.Kind gold) {
        Set<Gold.Kind> conditions = Set.of(Gold.Kind.Disease, Gold.Kind.AdverseEvent);
        return system == gold || conditions.contains(system) && conditions.contains(gold);
    }

    /** Whether one of the texts {@code iri} is written as in this document is a form of {@code g}, whatever the kinds. */
    public boolean textMatches(String iri, Gold.Entity g) {
        Set<String> forms = normalized(g.forms());
        return document.texts(iri).stream().map(Names::normalize).anyMatch(forms::contains);
    }

    /**
     * Whether the entity {@code iri} is what {@code text} names: the text is its label, a synonym or a text it is
     * written as in the document, or the name or a form of a gold entity it matches.
     */
    public boolean resolves(String iri, String text) {
        String wanted = Names.normalize(text);
        LexiconEntity e = graph.entity(iri);
        Set<String> own = new HashSet<>(normalized(e.names()));
        own.add(Names.normalize(e.label()));
        own.addAll(normalized(document.texts(iri)));
        if (own.contains(wanted)) {
            return true;
        }
        return gold.allEntities().stream()
                .filter(g -> Names.normalize(g.name()).equals(wanted) || normalized(g.forms()).contains(wanted))
                .anyMatch(g -> matches(iri, g));
    }

    private static Set<String> normalized(List<String> texts) {
        return texts.stream().map(Names::normalize).collect(Collectors.toSet());
    }
}
