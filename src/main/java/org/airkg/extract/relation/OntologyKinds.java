package org.airkg.extract.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airkg.extract.relation.RuleProfile.Check;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The entity kinds and object properties of the ontology. */
final class OntologyKinds {
    private final Model ontology;
    private final String ns;
    private final Resource entity;

    OntologyKinds(Model ontology) {
        this.ontology = ontology;
        this.ns = Optional.ofNullable(ontology.getNsPrefixURI("airkg"))
                .orElseThrow(() -> new IllegalArgumentException("the ontology declares no prefix airkg:"));
        this.entity = ontology.createResource(ns + "LexiconEntity");
    }

    /** The local names of the object properties the ontology declares symmetric. */
    Set<String> symmetric() {
        Set<String> names = new LinkedHashSet<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.SymmetricProperty).forEach(p -> names.add(p.getLocalName()));
        return names;
    }

    /** The pairs of object properties the ontology declares disjoint ({@code owl:propertyDisjointWith}), by local name, each both ways. */
    Map<String, Set<String>> disjoint() {
        Map<String, Set<String>> pairs = new HashMap<>();
        ontology.listStatements(null, OWL2.propertyDisjointWith, (RDFNode) null).forEach(st -> {
            String a = st.getSubject().getLocalName();
            String b = st.getObject().asResource().getLocalName();
            pairs.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            pairs.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        });
        return pairs;
    }

    /** The named kinds and all their subclasses, by local name; a name that is no entity class fails. */
    Set<String> expand(List<String> names, Check check) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            Resource kind = ontology.createResource(ns + name);
            if (!ontology.contains(kind, RDF.type, OWL.Class) || !below(kind, entity)) {
                throw check.fail("'" + name + "' is no entity class of the ontology");
            }
            addWithSubclasses(kind, all);
        }
        return all;
    }

    private void addWithSubclasses(Resource kind, Set<String> into) {
        if (into.add(kind.getLocalName())) {
            ontology.listSubjectsWithProperty(RDFS.subClassOf, kind).forEach(sub -> addWithSubclasses(sub, into));
        }
    }

    private boolean below(Resource kind, Resource ancestor) {
        return kind.equals(ancestor) || ontology.listObjectsOfProperty(kind, RDFS.subClassOf).toList().stream()
                .anyMatch(p -> p.isResource() && below(p.asResource(), ancestor));
    }

    /**
     * Fails unless each property is an object property and every subject kind lies in the domain, every object
     * kind in the range, of one of them (a reader states the alternate property for some kinds).
     */
    void checkProperties(List<String> properties, Set<String> subjects, Set<String> objects, Check check) {
        Set<String> domain = new LinkedHashSet<>();
        Set<String> range = new LinkedHashSet<>();
        for (String property : properties) {
            Resource p = ontology.createResource(ns + property);
            if (!ontology.contains(p, RDF.type, OWL.ObjectProperty)) {
                throw check.fail("'" + property + "' is no object property of the ontology");
            }
            domain.addAll(bounds(p, RDFS.domain));
            range.addAll(bounds(p, RDFS.range));
        }
        within(domain, subjects, "subject", "domain", properties, check);
        within(range, objects, "object", "range", properties, check);
    }

    private Set<String> bounds(Resource property, org.apache.jena.rdf.model.Property side) {
        Set<String> allowed = new LinkedHashSet<>();
        for (RDFNode bound : ontology.listObjectsOfProperty(property, side).toList()) {
            members(bound.asResource()).forEach(k -> addWithSubclasses(k, allowed));
        }
        return allowed;
    }

    private static void within(Set<String> allowed, Set<String> kinds, String role, String side, List<String> properties, Check check) {
        List<String> outside = kinds.stream().filter(k -> !allowed.contains(k)).toList();
        if (!allowed.isEmpty() && !outside.isEmpty()) {
            throw check.fail(role + " kinds " + outside + " are outside the " + side + " of " + String.join(" and ", properties) + " " + allowed);
        }
    }

    /** A class, or the members of a union. */
    private List<Resource> members(Resource bound) {
        Resource union = bound.getPropertyResourceValue(OWL.unionOf);
        return union == null ? List.of(bound) : union.as(org.apache.jena.rdf.model.RDFList.class).iterator().toList().stream()
                .map(RDFNode::asResource).toList();
    }
}
